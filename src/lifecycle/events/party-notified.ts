/**
 * The `party-notified` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo, changed } from '../append.js';
import * as z from 'zod/mini';
import { base, Id } from '../scalars.js';
import { STATUSES, type Status } from '../status.js';
import { defineEvent, guard, unknownRole } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const partyNotifiedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('party-notified'),
    ...base,
    role: Id,
  }))();
/**
 * A role named by the procedure is notified (procedure B: the landlord's complaints officer at
 * receipt, policy s.7; procedure A: the co-op is told the outcome, policy s.6).
 *
 * @example
 * ```ts
 * const e: PartyNotifiedEvent = { type: 'party-notified', at: '2024-12-20', role: 'landlord-complaints-officer' };
 * ```
 */
export const PartyNotifiedEvent: Schema<PartyNotifiedEvent, PartyNotifiedEvent> = partyNotifiedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const PartyNotifiedEventZod: z.ZodMiniType<PartyNotifiedEvent, PartyNotifiedEvent> = partyNotifiedEventSchema;
/** See {@link PartyNotifiedEvent}. */
export interface PartyNotifiedEvent {
  type: 'party-notified';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  role: string;
}

/** `party-notified`: a role named by the procedure is notified. */
export const partyNotified = /* @__PURE__ */ (() => defineEvent<PartyNotifiedEvent>()({
  type: 'party-notified',
  source: { note: 'the procedure names who is told' },
  from: STATUSES,
  moves: [],
  guards: [guard<Status, PartyNotifiedEvent>('unknown-role', { note: 'policy.roles' }, "The role notified is the policy's", (x, ev) => unknownRole(x.ctx, [ev.role], x.path, 'role', false))],
  effect({ c, on, history }, ev) {
    return changed(c, { history, notifications: appendTo(c.notifications, { role: ev.role, on }) });
  },
}))();
