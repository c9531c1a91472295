/**
 * The `ombudsman-referral` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo } from '../append.js';
import * as z from 'zod/mini';
import { STATUSES, type Status } from '../status.js';
import { base } from '../scalars.js';
import { defineEvent } from './kit.js';

/**
 * The complaint is referred to the Housing Ombudsman (policy s.10; Code 3.7). Possible at any time.
 *
 * @example
 * ```ts
 * const e: OmbudsmanReferralEvent = { type: 'ombudsman-referral', at: '2025-03-01', reference: 'HOS-123' };
 * ```
 */
export const OmbudsmanReferralEvent = z.strictObject({
  type: z.literal('ombudsman-referral'),
  ...base,
  reference: z.optional(z.string()),
});
/** See {@link OmbudsmanReferralEvent}. */
export type OmbudsmanReferralEvent = z.infer<typeof OmbudsmanReferralEvent>;

/** `ombudsman-referral`: the complaint is referred to the Housing Ombudsman; possible in every status. */
export const ombudsmanReferral = defineEvent({
  type: 'ombudsman-referral',
  schema: OmbudsmanReferralEvent,
  source: { provision: '3.7' },
  from: STATUSES,
  moves: [],
  guards: [],
  effect({ c, on, history }, ev) {
    const referral = { on, ...(ev.reference === undefined ? {} : { reference: ev.reference }) };
    return { ...c, history, ombudsman: { ...c.ombudsman, referrals: appendTo(c.ombudsman.referrals, referral) } };
  },
});
