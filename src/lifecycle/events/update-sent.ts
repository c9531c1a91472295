/**
 * The `update-sent` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo, changed } from '../append.js';
import * as z from 'zod/mini';
import { STATUSES, type Status } from '../status.js';
import { base } from '../scalars.js';
import { defineEvent, UPDATE_INTERVALS } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const updateSentEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('update-sent'),
    ...base,
    note: z.optional(z.string()),
    everyWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  }))();
/**
 * An update is sent to the complainant (Code 5.9, 6.6; policy s.9: regularly updated even where
 * there is no news). `everyWorkingDays` records update intervals agreed with the complainant
 * (Code 5.9).
 *
 * @example
 * ```ts
 * const e: UpdateSentEvent = { type: 'update-sent', at: '2025-01-15', note: 'Surveyor booked', everyWorkingDays: 5 };
 * ```
 */
export const UpdateSentEvent: Schema<UpdateSentEvent, UpdateSentEvent> = updateSentEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const UpdateSentEventZod: z.ZodMiniType<UpdateSentEvent, UpdateSentEvent> = updateSentEventSchema;
/** See {@link UpdateSentEvent}. */
export interface UpdateSentEvent {
  type: 'update-sent';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  note?: string | undefined;
  /** Agrees update intervals (Code 5.9): every so many working days, 1 to 1000. */
  everyWorkingDays?: number | undefined;
}

/** `update-sent`: an update is sent to the complainant; `everyWorkingDays` records agreed update intervals (Code 5.9). */
export const updateSent = /* @__PURE__ */ (() => defineEvent<UpdateSentEvent>()({
  type: 'update-sent',
  source: { provision: `${CODE_2024.updates.provision}, ${CODE_2024.outstandingActions[0].provision}` },
  from: STATUSES,
  moves: [],
  guards: [],
  effect({ c, on, history }, ev) {
    const updates = appendTo(c.updates, { on, ...(ev.note === undefined ? {} : { note: ev.note }) });
    if (ev.everyWorkingDays === undefined) return changed(c, { history, updates });
    const updateIntervals = { ...(c.updateIntervals ?? { source: UPDATE_INTERVALS }), agreedOn: on, agreedEveryWorkingDays: ev.everyWorkingDays };
    return changed(c, { history, updates, updateIntervals });
  },
}))();
