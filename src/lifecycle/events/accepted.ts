/**
 * The `accepted` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import { base, Text, Id } from '../scalars.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { defineEvent, knownProcedure } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const acceptedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('accepted'),
    ...base,
    procedure: z.optional(Id),
    discretionReason: z.optional(Text),
  }))();
/**
 * The organisation decides to accept the complaint (Code 2.1). Optional: an acknowledgement
 * accepts it too. `discretionReason` records why a complaint outside the time limit was accepted
 * (Code 2.3).
 *
 * @example
 * ```ts
 * const e: AcceptedEvent = { type: 'accepted', at: '2024-12-20' };
 * ```
 */
export const AcceptedEvent: Schema<AcceptedEvent, AcceptedEvent> = acceptedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const AcceptedEventZod: z.ZodMiniType<AcceptedEvent, AcceptedEvent> = acceptedEventSchema;
/** See {@link AcceptedEvent}. */
export interface AcceptedEvent {
  type: 'accepted';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  procedure?: string | undefined;
  discretionReason?: string | undefined;
}

/** `accepted`: the complaint is accepted at receipt, before its acknowledgement. */
export const accepted = /* @__PURE__ */ (() => defineEvent<AcceptedEvent>()({
  type: 'accepted',
  source: { provision: `${CODE_2024.accept.provision}, ${CODE_2024.timeLimit.provision}` },
  from: ['received'],
  moves: [],
  guards: [knownProcedure<'received', AcceptedEvent>()],
  effect({ c, on, history }, ev) {
    return {
      ...c,
      history,
      acceptedOn: on,
      ...(ev.procedure === undefined ? {} : { procedure: ev.procedure }),
      ...(ev.discretionReason === undefined ? {} : { discretionReason: ev.discretionReason }),
    };
  },
}))();
