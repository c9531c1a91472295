/**
 * The `adjustment-recorded` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { AdjustmentKind } from '../scalars.js';
import { base, Text, Id, ADJUSTMENT_KINDS } from '../scalars.js';
import { STATUSES, type Status } from '../status.js';
import { appendTo, changed, indexOfId, replaceAt } from '../append.js';
import { defineEvent } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const adjustmentRecordedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('adjustment-recorded'),
    ...base,
    id: Id,
    kind: z.enum(ADJUSTMENT_KINDS),
    description: Text,
    reviewEveryWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  }))();
/**
 * A reasonable adjustment agreed, or a disability or vulnerability disclosed, is recorded (Code 5.10;
 * policy s.4, s.8). Recording it again with the same `id` records a review: agreed adjustments are
 * kept under active review. `reviewEveryWorkingDays` sets when the next review is due.
 *
 * @example
 * ```ts
 * const e: AdjustmentRecordedEvent = { type: 'adjustment-recorded', at: '2024-12-20', id: 'adj-1',
 *   kind: 'reasonable-adjustment', description: 'Letters in large print', reviewEveryWorkingDays: 20 };
 * ```
 */
export const AdjustmentRecordedEvent: Schema<AdjustmentRecordedEvent, AdjustmentRecordedEvent> = adjustmentRecordedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const AdjustmentRecordedEventZod: z.ZodMiniType<AdjustmentRecordedEvent, AdjustmentRecordedEvent> = adjustmentRecordedEventSchema;
/** See {@link AdjustmentRecordedEvent}. */
export interface AdjustmentRecordedEvent {
  type: 'adjustment-recorded';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  id: string;
  kind: AdjustmentKind;
  description: string;
  /** 1 to 1000 working days. */
  reviewEveryWorkingDays?: number | undefined;
}

/** `adjustment-recorded`: an adjustment, disability or vulnerability is recorded; the same id again records a review. */
export const adjustmentRecorded = /* @__PURE__ */ (() => defineEvent<AdjustmentRecordedEvent>()({
  type: 'adjustment-recorded',
  source: { provision: CODE_2024.adjustments.provision },
  from: STATUSES,
  moves: [],
  guards: [],
  effect({ c, on, history }, ev) {
    // A look-up in the ids' map kept for the replay, and appends and replacements in place there:
    // n adjustments and reviews cost O(n).
    const i = indexOfId(c.adjustments, ev.id);
    const every = ev.reviewEveryWorkingDays === undefined ? {} : { reviewEveryWorkingDays: ev.reviewEveryWorkingDays };
    if (i < 0) return changed(c, { history, adjustments: appendTo(c.adjustments, { id: ev.id, kind: ev.kind, description: ev.description, recordedOn: on, reviewedOn: [], ...every }) });
    const { reviewEveryWorkingDays: _old, ...rest } = c.adjustments[i]!;
    const adjustments = replaceAt(c.adjustments, i, { ...rest, kind: ev.kind, description: ev.description, reviewedOn: appendTo(rest.reviewedOn, on), ...every });
    return changed(c, { history, adjustments });
  },
}))();
