/**
 * The `withdrawn` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import { changed } from '../append.js';
import { base } from '../scalars.js';
import { defineEvent } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const withdrawnEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('withdrawn'),
    ...base,
    reason: z.optional(z.string()),
  }))();
/**
 * The complainant withdraws the complaint.
 *
 * @example
 * ```ts
 * const e: WithdrawnEvent = { type: 'withdrawn', at: '2025-01-07', reason: 'Resolved informally' };
 * ```
 */
export const WithdrawnEvent: Schema<WithdrawnEvent, WithdrawnEvent> = withdrawnEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const WithdrawnEventZod: z.ZodMiniType<WithdrawnEvent, WithdrawnEvent> = withdrawnEventSchema;
/** See {@link WithdrawnEvent}. */
export interface WithdrawnEvent {
  type: 'withdrawn';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  reason?: string | undefined;
}

/** `withdrawn`: the complainant withdraws the complaint; `withdrawal.from` keeps the status it left. */
export const withdrawn = /* @__PURE__ */ (() => defineEvent<WithdrawnEvent>()({
  type: 'withdrawn',
  source: { note: 'withdrawn by the complainant' },
  from: ['received', 'stage-1', 'stage-1-responded', 'stage-2-requested', 'stage-2'],
  moves: [
    { from: 'received', to: 'withdrawn' },
    { from: 'stage-1', to: 'withdrawn' },
    { from: 'stage-1-responded', to: 'withdrawn' },
    { from: 'stage-2-requested', to: 'withdrawn' },
    { from: 'stage-2', to: 'withdrawn' },
  ],
  guards: [],
  effect({ c, on, history }, ev) {
    const withdrawal = { on, from: c.status, ...(ev.reason === undefined ? {} : { reason: ev.reason }) };
    return changed(c, { history, status: 'withdrawn', withdrawal });
  },
}))();
