/**
 * When the year's self-assessment and complaints report go to the Housing Ombudsman, and the
 * Tenant Satisfaction Measures to the Regulator of Social Housing, as dated data worked out from
 * the landlord's size and financial year end.
 */
import { HousingComplaintsError } from '../core/errors.js';
import type { Source } from '../core/source.js';
import { daysInMonth, isIsoDate } from '../calendar/dates.js';
import type { Confirmation } from '../outcomes/guidance.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * One annual submission rule: to whom, what, for which landlords, and how the due date is set.
 *
 * @example
 * ```ts
 * SUBMISSION_RULES.map((r) => r.id);
 * ```
 */
export interface SubmissionRule {
  readonly id: 'ombudsman-annual-submission-large' | 'ombudsman-annual-submission-small' | 'tsm-return-large' | 'tsm-small';
  readonly to: 'Housing Ombudsman Service' | 'Regulator of Social Housing';
  readonly what: string;
  /** Which landlords the rule is for, by homes owned. */
  readonly homes: { readonly min?: number; readonly max?: number };
  /**
   * How the due date is set: a fixed day of the year after the financial year end, a number of
   * months after it, no submission at all, or `null` when the library could not confirm a date.
   */
  readonly due: { readonly kind: 'day-of-year'; readonly month: number; readonly day: number } | { readonly kind: 'months-after-year-end'; readonly months: number } | { readonly kind: 'none' } | null;
  readonly text: string;
  /** Readings the library makes for a landlord of exactly `homes` homes, where the rule's text is silent. */
  readonly readingsAt?: readonly { readonly homes: number; readonly text: string }[];
  readonly source: Source;
  readonly confirmation: Confirmation;
}

const CHECKED_ON = '2026-12-02';
const HO_PAGE = { title: 'Housing Ombudsman Service, Annual submissions form (Complaint Handling Code annual submission)', url: 'https://www.housing-ombudsman.org.uk/centre-for-learning/key-topics/complaint-handling/chc-annual-submissions/', on: CHECKED_ON };
const HO_FOUND = "'landlords with over 1,000 homes must submit the form by 30 September'; 'landlords with under 1,000 homes must submit the form within 6 months after their financial year-end'";
const RSH_FOUND =
  "'All registered providers that own 1,000 or more social housing units are required to submit TSM information to the regulator through the NROSH+ website'; small landlords must still 'collect, process and publish TSM results' but are not required to submit them. CH01 and CH02 are each published and reported in both parts ('publish and report both parts of a TSM where required (e.g. for CH01, CH02 ...)').";
const RSH_PAGES = [
  { title: 'Regulator of Social Housing, Tenant Satisfaction Measures: Summary of publication requirements', url: 'https://www.gov.uk/government/publications/tenant-satisfaction-measures-summary-of-publication-requirements', on: CHECKED_ON },
  { title: 'Regulator of Social Housing, CEO letter Annex B: Tenant Satisfaction Measures (11 March 2025)', url: 'https://www.gov.uk/government/publications/letter-to-registered-providers-data-requirements-for-2025-26/ceo-letter-annex-b-tenant-satisfaction-measures-large-providers-and-local-authorities', on: CHECKED_ON },
  { title: 'Regulator of Social Housing, Tenant Satisfaction Measures: small landlord data submission pilot (September 2025)', url: 'https://www.gov.uk/government/publications/tenant-satisfaction-measures-small-landlord-data-submission-pilot', on: CHECKED_ON },
];

const EXACTLY_1000 =
  "The Ombudsman's rule speaks of landlords 'over 1,000 homes' and 'under 1,000 homes'; for exactly 1,000 the library applies the small-landlord rule (the regulator's 'fewer than 1,000' is for its own return).";
/**
 * The submission rules, as data.
 *
 * @example
 * ```ts
 * SUBMISSION_RULES.find((r) => r.id === 'tsm-return-large')?.due; // null: the date could not be confirmed
 * ```
 */
export const SUBMISSION_RULES: readonly SubmissionRule[] = /* @__PURE__ */ deepFrozen([
  {
    id: 'ombudsman-annual-submission-large',
    to: 'Housing Ombudsman Service',
    what: 'Complaint Handling Code annual submission (the self-assessment and the annual complaints performance and service improvement report)',
    homes: { min: 1001 },
    due: { kind: 'day-of-year', month: 9, day: 30 },
    text: 'landlords with over 1,000 homes must submit the form by 30 September',
    source: { provision: CODE_2024.annualReport.provision, note: 'Housing Ombudsman Service, Annual submissions form: submission dates' },
    confirmation: { status: 'confirmed', found: HO_FOUND, checked: [HO_PAGE] },
  },
  {
    id: 'ombudsman-annual-submission-small',
    to: 'Housing Ombudsman Service',
    what: 'Complaint Handling Code annual submission (the self-assessment and the annual complaints performance and service improvement report)',
    homes: { max: 1000 },
    due: { kind: 'months-after-year-end', months: 6 },
    text: 'landlords with under 1,000 homes must submit the form within 6 months after their financial year-end',
    readingsAt: [{ homes: 1000, text: EXACTLY_1000 }],
    source: { provision: CODE_2024.annualReport.provision, note: 'Housing Ombudsman Service, Annual submissions form: submission dates' },
    confirmation: { status: 'confirmed', found: HO_FOUND, checked: [HO_PAGE] },
  },
  {
    id: 'tsm-return-large',
    to: 'Regulator of Social Housing',
    what: 'Tenant Satisfaction Measures return through NROSH+ (CH01 and CH02 for low cost rental (LCRA) and low cost home ownership (LCHO) homes)',
    homes: { min: 1000 },
    due: null,
    text: 'All registered providers that own 1,000 or more social housing units are required to submit TSM information to the regulator through the NROSH+ website',
    source: { note: 'Regulator of Social Housing, Tenant Satisfaction Measures: Summary of publication requirements' },
    confirmation: {
      status: 'unconfirmed',
      found: `${RSH_FOUND} The due date (reported as 30 June) was not found in the texts checked; the regulator's pages say exact deadlines are given on NROSH+. Searched again on 3 December 2026 (the publication requirements, the CEO letter's Annex B, the small landlord pilot and the draft TSM Direction of 9 December 2025): no date found.`,
      checked: [...RSH_PAGES, { title: 'Regulator of Social Housing, Draft TSM Direction (accessible version, 9 December 2025)', url: 'https://www.gov.uk/government/publications/tsm-direction/draft-tsm-direction-accessible-version', on: '2026-12-03' }],
    },
  },
  {
    id: 'tsm-small',
    to: 'Regulator of Social Housing',
    what: 'Tenant Satisfaction Measures: published, not submitted',
    homes: { max: 999 },
    due: { kind: 'none' },
    text: 'we will not require small landlords to annually submit their TSM information to us',
    source: { note: 'Regulator of Social Housing, Tenant Satisfaction Measures: small landlord data submission pilot (September 2025)' },
    confirmation: { status: 'confirmed', found: RSH_FOUND, checked: RSH_PAGES },
  },
]);

/**
 * A submission the landlord owes for a financial year: the rule, and the due date when the rule
 * gives one (`null` when the library could not confirm the date, or when nothing is submitted).
 *
 * @example
 * ```ts
 * const d: SubmissionDeadline = submissionDeadlines({ homes: 600, financialYearEnd: '2026-03-31' })[0];
 * d.dueBy; // '2026-09-30'
 * ```
 */
export interface SubmissionDeadline {
  readonly rule: SubmissionRule;
  readonly dueBy: string | null;
  /** Readings the library made (where the rule's text is silent), if any. */
  readonly readings: readonly string[];
}

/**
 * Options of {@link submissionDeadlines}.
 *
 * @example
 * ```ts
 * const o: SubmissionOptions = { homes: 1200, financialYearEnd: '2026-03-31' };
 * ```
 */
export interface SubmissionOptions {
  /** Homes the landlord owns, a whole number of at least 1. */
  readonly homes: number;
  /** The last day of the financial year the submission is for, `YYYY-MM-DD`. */
  readonly financialYearEnd: string;
}

const NEXT_30_SEPTEMBER = "'by 30 September' is read as the first 30 September after the financial year end.";

function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = (m % 12) + 1;
  const dd = Math.min(Number(date.slice(8, 10)), daysInMonth(yy, mm));
  // A year end on the last day of its month gives the last day of the month six months on.
  const last = Number(date.slice(8, 10)) === daysInMonth(y, Number(date.slice(5, 7)));
  const day = last ? daysInMonth(yy, mm) : dd;
  return `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The annual submissions a landlord owes for a financial year, with their due dates: the
 * Complaint Handling Code annual submission to the Housing Ombudsman (by 30 September for
 * landlords with over 1,000 homes; within 6 months after the year end for smaller ones) and the
 * Tenant Satisfaction Measures return to the Regulator of Social Housing (landlords owning 1,000 or
 * more homes; its date could not be confirmed, so `dueBy` is `null`). Throws a
 * `HousingComplaintsError` naming the option when `homes` or `financialYearEnd` is invalid.
 *
 * @example
 * ```ts
 * submissionDeadlines({ homes: 1200, financialYearEnd: '2026-03-31' }).map((d) => [d.rule.id, d.dueBy]);
 * // [['ombudsman-annual-submission-large', '2026-09-30'], ['tsm-return-large', null]]
 * ```
 */
export function submissionDeadlines(options: SubmissionOptions): SubmissionDeadline[] {
  if (typeof options !== 'object' || options === null) throw new HousingComplaintsError('invalid-argument', 'submissionDeadlines: options must be { homes, financialYearEnd }', { path: 'options' });
  const { homes, financialYearEnd } = options;
  if (typeof homes !== 'number' || !Number.isInteger(homes) || homes < 1) {
    throw new HousingComplaintsError('invalid-argument', `submissionDeadlines: options.homes must be a whole number of homes of at least 1, got ${JSON.stringify(homes)}`, { path: 'options.homes' });
  }
  if (!isIsoDate(financialYearEnd)) {
    throw new HousingComplaintsError('invalid-argument', `submissionDeadlines: options.financialYearEnd must be a real date written YYYY-MM-DD, got ${JSON.stringify(financialYearEnd)}`, { path: 'options.financialYearEnd' });
  }
  const out: SubmissionDeadline[] = [];
  for (const rule of SUBMISSION_RULES) {
    if ((rule.homes.min !== undefined && homes < rule.homes.min) || (rule.homes.max !== undefined && homes > rule.homes.max)) continue;
    const readings: string[] = (rule.readingsAt ?? []).filter((r) => r.homes === homes).map((r) => r.text);
    let dueBy: string | null = null;
    if (rule.due?.kind === 'day-of-year') {
      const y = Number(financialYearEnd.slice(0, 4));
      const candidate = `${String(y).padStart(4, '0')}-${String(rule.due.month).padStart(2, '0')}-${String(rule.due.day).padStart(2, '0')}`;
      dueBy = candidate > financialYearEnd ? candidate : `${String(y + 1).padStart(4, '0')}${candidate.slice(4)}`;
      readings.push(NEXT_30_SEPTEMBER);
    } else if (rule.due?.kind === 'months-after-year-end') {
      dueBy = addMonths(financialYearEnd, rule.due.months);
    }
    out.push({ rule, dueBy, readings });
  }
  return out;
}
