/**
 * The `ombudsman-evidence-provided` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import { base, Id } from '../scalars.js';
import { STATUSES, type Status } from '../status.js';
import { changed, indexOfId, replaceAt } from '../append.js';
import { defineEvent, guard, cite, sectionOf } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const ombudsmanEvidenceProvidedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('ombudsman-evidence-provided'),
    ...base,
    requestId: Id,
  }))();
/**
 * The evidence the Ombudsman asked for is provided (policy s.10).
 *
 * @example
 * ```ts
 * const e: OmbudsmanEvidenceProvidedEvent = { type: 'ombudsman-evidence-provided', at: '2025-03-20', requestId: 'ev-1' };
 * ```
 */
export const OmbudsmanEvidenceProvidedEvent: Schema<OmbudsmanEvidenceProvidedEvent, OmbudsmanEvidenceProvidedEvent> = ombudsmanEvidenceProvidedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OmbudsmanEvidenceProvidedEventZod: z.ZodMiniType<OmbudsmanEvidenceProvidedEvent, OmbudsmanEvidenceProvidedEvent> = ombudsmanEvidenceProvidedEventSchema;
/** See {@link OmbudsmanEvidenceProvidedEvent}. */
export interface OmbudsmanEvidenceProvidedEvent {
  type: 'ombudsman-evidence-provided';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  requestId: string;
}

/** `ombudsman-evidence-provided`: the evidence for a request is provided, once. */
export const ombudsmanEvidenceProvided = /* @__PURE__ */ (() => defineEvent<OmbudsmanEvidenceProvidedEvent>()({
  type: 'ombudsman-evidence-provided',
  source: { note: "the policy's Ombudsman evidence timescale" },
  from: STATUSES,
  moves: [],
  guards: [
    guard<Status, OmbudsmanEvidenceProvidedEvent>('unknown-evidence-request', { note: 'evidence answers a recorded request' }, 'Evidence answers a recorded request', (x, ev) =>
      indexOfId(x.c.ombudsman.evidenceRequests, ev.requestId) >= 0
        ? undefined
        : { message: `no evidence request '${ev.requestId}' is recorded`, at: 'requestId', source: cite(undefined, sectionOf.ombudsman(x.ctx)) },
    ),
    guard<Status, OmbudsmanEvidenceProvidedEvent>('evidence-already-provided', { note: 'a request is answered once' }, 'A request is answered once', (x, ev) => {
      const provided = x.c.ombudsman.evidenceRequests[indexOfId(x.c.ombudsman.evidenceRequests, ev.requestId)]?.providedOn;
      return provided === undefined
        ? undefined
        : { message: `evidence for request '${ev.requestId}' was provided on ${provided}`, at: 'requestId', source: cite(undefined, sectionOf.ombudsman(x.ctx)) };
    }),
  ],
  unavailable: (c) => (c.ombudsman.evidenceRequests.some((q) => q.providedOn === undefined) ? undefined : 'no evidence request of the Ombudsman is unanswered'),
  effect({ c, on, history }, ev) {
    // Request ids are unique (the request's guards), and the guards found this one.
    const qs = c.ombudsman.evidenceRequests;
    const i = indexOfId(qs, ev.requestId);
    const evidenceRequests = i < 0 ? qs : replaceAt(qs, i, Object.assign({}, qs[i]!, { providedOn: on }));
    return changed(c, { history, ombudsman: { ...c.ombudsman, evidenceRequests } });
  },
}))();
