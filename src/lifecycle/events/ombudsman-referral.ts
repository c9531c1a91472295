/**
 * The `ombudsman-referral` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo, changed } from '../append.js';
import * as z from 'zod/mini';
import { STATUSES, type Status } from '../status.js';
import { base } from '../scalars.js';
import { defineEvent } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const ombudsmanReferralEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('ombudsman-referral'),
    ...base,
    reference: z.optional(z.string()),
  }))();
/**
 * The complaint is referred to the Housing Ombudsman (policy s.10; Code 3.7). Possible at any time.
 *
 * @example
 * ```ts
 * const e: OmbudsmanReferralEvent = { type: 'ombudsman-referral', at: '2025-03-01', reference: 'HOS-123' };
 * ```
 */
export const OmbudsmanReferralEvent: Schema<OmbudsmanReferralEvent, OmbudsmanReferralEvent> = ombudsmanReferralEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OmbudsmanReferralEventZod: z.ZodMiniType<OmbudsmanReferralEvent, OmbudsmanReferralEvent> = ombudsmanReferralEventSchema;
/** See {@link OmbudsmanReferralEvent}. */
export interface OmbudsmanReferralEvent {
  type: 'ombudsman-referral';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  reference?: string | undefined;
}

/** `ombudsman-referral`: the complaint is referred to the Housing Ombudsman; possible in every status. */
export const ombudsmanReferral = /* @__PURE__ */ (() => defineEvent<OmbudsmanReferralEvent>()({
  type: 'ombudsman-referral',
  source: { provision: CODE_2024.ombudsmanInformation.provision },
  from: STATUSES,
  moves: [],
  guards: [],
  effect({ c, on, history }, ev) {
    const referral = { on, ...(ev.reference === undefined ? {} : { reference: ev.reference }) };
    return changed(c, { history, ombudsman: { ...c.ombudsman, referrals: appendTo(c.ombudsman.referrals, referral) } });
  },
}))();
