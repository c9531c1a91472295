/**
 * The Housing Ombudsman's guidance on remedies and compensation as dated data: which edition
 * applies on a date, what it says, where it was published, and whether the library could confirm
 * each figure against a published text.
 */
import type { Source } from '../core/source.js';
import { expectString } from '../core/guard.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * How far a figure or date taken from outside the library was confirmed: `confirmed` against
 * the publisher's own text, `secondary` against a published account of it (a law firm's summary,
 * a landlord's procedure that adopts it), `unconfirmed` when no published text with the figure
 * was found; `found` says what was.
 *
 * @example
 * ```ts
 * const c: Confirmation = { status: 'unconfirmed', found: 'the section exists; its figures were not found', checked: [{ title: 'Remedies guidance', on: '2026-12-02' }] };
 * ```
 */
export interface Confirmation {
  readonly status: 'confirmed' | 'secondary' | 'unconfirmed';
  /** What was found, in the source's words where possible. */
  readonly found: string;
  /** Where it was found (title and address), and when it was checked. */
  readonly checked: readonly { readonly title: string; readonly url?: string; readonly on: string }[];
}

/**
 * One edition of the Ombudsman's guidance: what it is, the first day it applies, the last day
 * (absent while it is current), and how the library confirmed it.
 *
 * @example
 * ```ts
 * guidanceInForce('2026-04-01')?.id; // 'compensation-guidance-2026'
 * ```
 */
export interface GuidanceEdition {
  readonly id: 'remedies-guidance-2024' | 'compensation-guidance-2026';
  readonly title: string;
  readonly publisher: 'Housing Ombudsman Service';
  /** The date it was published, when known. */
  readonly published?: string;
  /** First day it applies (inclusive). */
  readonly appliesFrom: string;
  /** Last day it applies (inclusive); absent while current. */
  readonly appliesTo?: string;
  readonly url?: string;
  readonly source: Source;
  readonly confirmation: Confirmation;
  /** Readings the library made where the guidance is silent or the record incomplete. */
  readonly readings: readonly string[];
}

const CHECKED_ON = '2026-12-02';

/**
 * The earlier guidance: *Guidance on remedies*, whose section "Guidance on calculating financial
 * redress" held the indicative compensation bands (see `COMPENSATION_BANDS`).
 *
 * @example
 * ```ts
 * REMEDIES_GUIDANCE_2024.appliesTo; // '2026-03-31'
 * ```
 */
export const REMEDIES_GUIDANCE_2024: GuidanceEdition = /* @__PURE__ */ deepFrozen({
  id: 'remedies-guidance-2024',
  title: "Guidance on remedies (revisions listed up to April 2024), section 'Guidance on calculating financial redress'",
  publisher: 'Housing Ombudsman Service',
  appliesFrom: '2024-04-01',
  appliesTo: '2026-03-31',
  url: 'https://www.housing-ombudsman.org.uk/landlords-info/guidance-notes/ombudsmans-policy-and-guidance-on-remedies/',
  source: { note: "Housing Ombudsman Service, 'Guidance on remedies', section 'Guidance on calculating financial redress'" },
  confirmation: {
    status: 'unconfirmed',
    found:
      "The guidance and its section 'Guidance on calculating financial redress' exist; its page lists revisions of September 2023, December 2023 and April 2024. The amounts of the bands were not found in any published text the library could check.",
    checked: [{ title: 'Housing Ombudsman Service, Guidance on remedies', url: 'https://housing-ombudsman.org.uk/landlords-info/guidance-notes/ombudsmans-policy-and-guidance-on-remedies', on: CHECKED_ON }],
  },
  readings: [
    'First day: the April 2024 revision, the latest the page lists; earlier revisions are not modelled.',
    "Last day: 31 March 2026, the day before the Compensation Guidance applies; the new guidance 'complements' the remedies guidance, and the library reads it as replacing the remedies guidance's bands for compensation from 1 April 2026.",
  ],
});

/**
 * The Compensation Guidance published on 3 February 2026, applying from 1 April 2026: the
 * Ombudsman orders compensation by its own guidance, not the landlord's policy, and sets specific
 * compensation orders for some failures (see {@link SPECIFIC_COMPENSATION_ORDERS}).
 *
 * @example
 * ```ts
 * COMPENSATION_GUIDANCE_2026.appliesFrom; // '2026-04-01'
 * ```
 */
export const COMPENSATION_GUIDANCE_2026: GuidanceEdition = /* @__PURE__ */ deepFrozen({
  id: 'compensation-guidance-2026',
  title: 'Compensation guidance',
  publisher: 'Housing Ombudsman Service',
  published: '2026-02-03',
  appliesFrom: '2026-04-01',
  source: { note: "Housing Ombudsman Service, 'Compensation guidance' (published 3 February 2026, applies from 1 April 2026)" },
  confirmation: {
    status: 'confirmed',
    found:
      "The Ombudsman's page, section 2 (Scope): 'Our orders for compensation will apply our own guidance rather than the landlord's policy.' Dates: 'published on 3 February 2026 and takes effect from 1 April 2026' (Anthony Collins, 'New Housing Ombudsman Compensation Guidance').",
    checked: [
      { title: 'Housing Ombudsman Service, Compensation guidance', on: CHECKED_ON },
      { title: 'Anthony Collins, New Housing Ombudsman Compensation Guidance', url: 'https://blog.anthonycollins.com/post/102mi3i/new-housing-ombudsman-compensation-guidance', on: CHECKED_ON },
    ],
  },
  readings: ["'Applies from 1 April 2026' is read as: compensation assessed (ordered or offered) on or after that date."],
});

/**
 * Every edition, oldest first.
 *
 * @example
 * ```ts
 * OMBUDSMAN_GUIDANCE.map((g) => g.appliesFrom); // ['2024-04-01', '2026-04-01']
 * ```
 */
export const OMBUDSMAN_GUIDANCE: readonly GuidanceEdition[] = /* @__PURE__ */ deepFrozen([REMEDIES_GUIDANCE_2024, COMPENSATION_GUIDANCE_2026]);

/**
 * The edition of the Ombudsman's compensation guidance that applies on `date` (`YYYY-MM-DD`), or
 * `null` before the earliest one the library holds.
 *
 * @example
 * ```ts
 * guidanceInForce('2025-06-30')?.id; // 'remedies-guidance-2024'
 * guidanceInForce('2026-03-31')?.id; // 'remedies-guidance-2024'
 * guidanceInForce('2026-04-01')?.id; // 'compensation-guidance-2026'
 * ```
 */
export function guidanceInForce(date: string): GuidanceEdition | null {
  expectString({ fn: 'guidanceInForce', path: 'date' }, date);
  for (let i = OMBUDSMAN_GUIDANCE.length - 1; i >= 0; i--) {
    const g = OMBUDSMAN_GUIDANCE[i] as GuidanceEdition;
    if (g.appliesFrom <= date && (g.appliesTo === undefined || date <= g.appliesTo)) return g;
  }
  return null;
}

/**
 * Identifier of a specific compensation order.
 *
 * @example
 * ```ts
 * const order: SpecificOrderId = 'heating-and-hot-water-complete-loss';
 * ```
 */
export type SpecificOrderId =
  | 'heating-and-hot-water-complete-loss'
  | 'heating-or-hot-water'
  | 'power-complete-loss'
  | 'lighting-only'
  | 'missed-appointment';

/**
 * One specific compensation order: the failure, the rate in pence and its unit.
 *
 * @example
 * ```ts
 * SPECIFIC_COMPENSATION_ORDERS[0]?.ratePence; // 1500
 * ```
 */
export interface SpecificOrder {
  readonly id: SpecificOrderId;
  readonly description: string;
  readonly ratePence: number;
  readonly per: 'day' | 'week' | 'appointment';
  /** The guidance's words, as published in the account the library confirmed it from. */
  readonly text: string;
  readonly guidance: GuidanceEdition['id'];
  readonly confirmation: Confirmation;
}

const ORDERS_CONFIRMATION: Confirmation = /* @__PURE__ */ deepFrozen({
  status: 'secondary',
  found:
    "'loss of heating - £15 per day for complete loss or £8 per day for loss of one service (heating OR hot water); loss of power - £10 per day for complete loss or £10 per week for loss of lighting only; missed appointments - £15 per missed appointment'. The Ombudsman's own table was not in the text the library could check.",
  checked: [{ title: 'Anthony Collins, New Housing Ombudsman Compensation Guidance', url: 'https://blog.anthonycollins.com/post/102mi3i/new-housing-ombudsman-compensation-guidance', on: CHECKED_ON }],
});

/**
 * The specific compensation orders of the 2026 Compensation Guidance, as data.
 *
 * @example
 * ```ts
 * SPECIFIC_COMPENSATION_ORDERS.map((o) => [o.id, o.ratePence, o.per]);
 * ```
 */
export const SPECIFIC_COMPENSATION_ORDERS: readonly SpecificOrder[] = /* @__PURE__ */ deepFrozen([
  { id: 'heating-and-hot-water-complete-loss', description: 'Complete loss of heating (heating and hot water)', ratePence: 1500, per: 'day', text: 'loss of heating - £15 per day for complete loss', guidance: 'compensation-guidance-2026', confirmation: ORDERS_CONFIRMATION },
  { id: 'heating-or-hot-water', description: 'Loss of one service: heating or hot water', ratePence: 800, per: 'day', text: '£8 per day for loss of one service (heating OR hot water)', guidance: 'compensation-guidance-2026', confirmation: ORDERS_CONFIRMATION },
  { id: 'power-complete-loss', description: 'Complete loss of power', ratePence: 1000, per: 'day', text: 'loss of power - £10 per day for complete loss', guidance: 'compensation-guidance-2026', confirmation: ORDERS_CONFIRMATION },
  { id: 'lighting-only', description: 'Loss of lighting only', ratePence: 1000, per: 'week', text: '£10 per week for loss of lighting only', guidance: 'compensation-guidance-2026', confirmation: ORDERS_CONFIRMATION },
  { id: 'missed-appointment', description: 'Missed appointment', ratePence: 1500, per: 'appointment', text: '£15 per missed appointment', guidance: 'compensation-guidance-2026', confirmation: ORDERS_CONFIRMATION },
]);
