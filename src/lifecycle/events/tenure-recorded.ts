/**
 * The `tenure-recorded` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import { changed } from '../append.js';
import { base, Id, Text, TENURES, type Tenure } from '../scalars.js';
import { STATUSES } from '../status.js';
import { defineEvent } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { deepFrozen } from '../../core/freeze.js';

/** @internal The schema as built, for the union of events and the type test. */
export const tenureRecordedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('tenure-recorded'),
    ...base,
    tenure: z.enum(TENURES),
    by: Id,
    reason: z.optional(Text),
  }))();
/**
 * The tenure of the home is given or corrected at any point in the complaint's life, after the
 * `received` and `acknowledged` events that may also carry it: low cost rental (`lcra`) or low cost
 * home ownership (`lcho`), as the Regulator of Social Housing reports CH01 and CH02 per tenure. The
 * complaint carries the latest tenure recorded, which the report counts it under; the event stays
 * in the history with who recorded it (`by`) and why (`reason`), so the correction is recorded,
 * not edited (Code 5.12: a full record of the complaint).
 *
 * @example
 * ```ts
 * const e: TenureRecordedEvent = { type: 'tenure-recorded', at: '2026-07-20', tenure: 'lcho', by: 'officer-ann', reason: 'Shared ownership, not rented' };
 * ```
 */
export const TenureRecordedEvent: Schema<TenureRecordedEvent, TenureRecordedEvent> = tenureRecordedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const TenureRecordedEventZod: z.ZodMiniType<TenureRecordedEvent, TenureRecordedEvent> = tenureRecordedEventSchema;
/** See {@link TenureRecordedEvent}. */
export interface TenureRecordedEvent {
  type: 'tenure-recorded';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  /** The tenure of the home: `lcra` or `lcho`. */
  tenure: Tenure;
  /** Who recorded it. */
  by: string;
  /** Why, when it corrects an earlier tenure. */
  reason?: string | undefined;
}

const SOURCE = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.record.provision, note: 'a full record of the complaint: corrections are recorded, not edited; CH01 and CH02 are reported per tenure (RSH Tenant Satisfaction Measures: Technical Requirements)' }) as const)());

/** `tenure-recorded`: the tenure of the home is given or corrected; the complaint carries the latest. */
export const tenureRecorded = /* @__PURE__ */ (() => defineEvent<TenureRecordedEvent>()({
  type: 'tenure-recorded',
  source: SOURCE,
  from: STATUSES,
  moves: [],
  guards: [],
  effect({ c, history }, ev) {
    return changed(c, { history, tenure: ev.tenure });
  },
}))();
