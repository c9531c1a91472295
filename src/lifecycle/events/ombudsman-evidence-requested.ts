/**
 * The `ombudsman-evidence-requested` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo, changed, indexOfId } from '../append.js';
import * as z from 'zod/mini';
import { base, Id } from '../scalars.js';
import { STATUSES, type Status } from '../status.js';
import { defineEvent, guard, cite, sectionOf } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const ombudsmanEvidenceRequestedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('ombudsman-evidence-requested'),
    ...base,
    requestId: Id,
  }))();
/**
 * The Ombudsman asks for evidence; the policy sets the working days to provide it (policy s.10: 15).
 *
 * @example
 * ```ts
 * const e: OmbudsmanEvidenceRequestedEvent = { type: 'ombudsman-evidence-requested', at: '2025-03-10', requestId: 'ev-1' };
 * ```
 */
export const OmbudsmanEvidenceRequestedEvent: Schema<OmbudsmanEvidenceRequestedEvent, OmbudsmanEvidenceRequestedEvent> = ombudsmanEvidenceRequestedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OmbudsmanEvidenceRequestedEventZod: z.ZodMiniType<OmbudsmanEvidenceRequestedEvent, OmbudsmanEvidenceRequestedEvent> = ombudsmanEvidenceRequestedEventSchema;
/** See {@link OmbudsmanEvidenceRequestedEvent}. */
export interface OmbudsmanEvidenceRequestedEvent {
  type: 'ombudsman-evidence-requested';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  requestId: string;
}

/** `ombudsman-evidence-requested`: the Ombudsman asks for evidence, after a referral; the policy sets the time to provide it. */
export const ombudsmanEvidenceRequested = /* @__PURE__ */ (() => defineEvent<OmbudsmanEvidenceRequestedEvent>()({
  type: 'ombudsman-evidence-requested',
  source: { note: "the policy's Ombudsman evidence timescale" },
  from: STATUSES,
  moves: [],
  guards: [
    guard<Status, OmbudsmanEvidenceRequestedEvent>('no-ombudsman-referral', { note: 'a referral comes first' }, 'An evidence request follows a referral', (x) =>
      x.c.ombudsman.referrals.length > 0 ? undefined : { message: 'record the Ombudsman referral before its requests for evidence', at: 'type', source: cite(undefined, sectionOf.ombudsman(x.ctx)) },
    ),
    guard<Status, OmbudsmanEvidenceRequestedEvent>('duplicate-id', { note: 'evidence request ids are unique' }, 'Evidence request ids are unique in the complaint', (x, ev) =>
      indexOfId(x.c.ombudsman.evidenceRequests, ev.requestId) >= 0
        ? { message: `evidence request '${ev.requestId}' is already recorded`, at: 'requestId', source: cite(undefined, sectionOf.ombudsman(x.ctx)) }
        : undefined,
    ),
  ],
  unavailable: (c) => (c.ombudsman.referrals.length > 0 ? undefined : 'the complaint has not been referred to the Ombudsman'),
  effect({ c, on, history }, ev) {
    return changed(c, { history, ombudsman: { ...c.ombudsman, evidenceRequests: appendTo(c.ombudsman.evidenceRequests, { id: ev.requestId, requestedOn: on }) } });
  },
}))();
