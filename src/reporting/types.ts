import type { ExclusionGroundId } from '../core/catalogue.js';
import type { Source } from '../core/source.js';
import type { IsoDate } from '../calendar/dates.js';
import type { DeterminationLevel } from '../outcomes/ombudsman.js';
import type { Complaint } from '../lifecycle/types.js';
import type { WorkingDaysDistribution } from './stats.js';

/**
 * Options for {@link performanceReport}.
 *
 * @example
 * ```ts
 * const options: PerformanceReportOptions = { from: '2025-04-01', to: '2026-03-31', homes: 600 };
 * ```
 */
export interface PerformanceReportOptions {
  /** First day of the reporting period (`YYYY-MM-DD`, Europe/London), inclusive. */
  readonly from: IsoDate;
  /** Last day of the reporting period (`YYYY-MM-DD`, Europe/London), inclusive. Also the "as of" date of the snapshot figures (remedies, evidence outstanding). */
  readonly to: IsoDate;
  /** The number of homes the landlord owns (a whole number of at least 1); needed for TSM CH01. Without it CH01 is `null`. */
  readonly homes?: number;
  /**
   * The category of a complaint, for the categories figure (Code 9.7(a); policy s.12), overriding
   * the complaint's own. Default: the complaint's `category` (set by the lifecycle's `received` or
   * `acknowledged` event); complaints without one are counted as `'uncategorised'`.
   */
  readonly categoryOf?: (complaint: Complaint) => string | undefined;
  /**
   * Homes owned per tenure, for CH01 and CH02 per tenure (the Regulator reports low cost rental,
   * LCRA, and low cost home ownership, LCHO, separately): each a whole number, 0 or more, and at
   * least one of at least 1. Complaints carry their tenure from the lifecycle's `received` event.
   * Without it `tsm.byTenure` is `null`.
   */
  readonly homesByTenure?: { readonly lcra: number; readonly lcho: number };
}

/**
 * Upheld / partially upheld / not upheld counts of the responses sent at one stage in the period (policy s.8).
 *
 * @example
 * ```ts
 * const o: OutcomeCounts = report.outcomes.stage1; // { upheld: 12, partiallyUpheld: 5, notUpheld: 20, notRecorded: 0 }
 * ```
 */
export interface OutcomeCounts {
  readonly upheld: number;
  readonly partiallyUpheld: number;
  readonly notUpheld: number;
  /** Responses sent in the period whose history records no decision. */
  readonly notRecorded: number;
}

/**
 * Timeliness of the responses sent at one stage in the period, measured against a set of
 * timescales (the policy's, or the Code's for CH02). Always `onTime + late === responded`, and
 * `onTimeWithoutExtension + onTimeWithExtension === onTime`, `lateWithoutExtension + lateWithExtension === late`.
 *
 * @example
 * ```ts
 * const t: StageTimeliness = report.timeliness.stage1;
 * const share = t.responded === 0 ? null : t.onTime / t.responded;
 * ```
 */
export interface StageTimeliness {
  /** Responses sent in the period. */
  readonly responded: number;
  readonly onTime: number;
  readonly late: number;
  readonly onTimeWithoutExtension: number;
  /** On time only because of an extension that counts under these timescales. */
  readonly onTimeWithExtension: number;
  readonly lateWithoutExtension: number;
  /** Late although an extension had been given (beyond the extended date, or the extension does not count). */
  readonly lateWithExtension: number;
  /**
   * Responses at a stage for which the policy states no time to respond (`respond: null`): neither
   * on time nor late, since there is no policy deadline (`deadlines()` shows the Code's as a
   * benchmark, and CH02 measures every response against the Code). Always 0 against the Code.
   * `onTime + late + withoutTimescale === responded`; the on-time share leaves them out.
   */
  readonly withoutTimescale: number;
}

/**
 * Acknowledgements sent in the period at one stage, on time or late (Code 6.2, 6.11; policy s.5, s.6).
 *
 * @example
 * ```ts
 * const a: AcknowledgementTimeliness = report.acknowledgements.stage1; // { acknowledged: 40, onTime: 38, late: 2, withoutTimescale: 0 }
 * ```
 */
export interface AcknowledgementTimeliness {
  readonly acknowledged: number;
  readonly onTime: number;
  readonly late: number;
  /**
   * Acknowledgements at a stage for which the policy states no time (its `acknowledge` is `null`):
   * neither on time nor late, since there is no policy deadline. `onTime + late + withoutTimescale === acknowledged`.
   */
  readonly withoutTimescale: number;
}

/**
 * Extensions given in the period at one stage (Code 6.4, 6.15; policy s.5).
 *
 * @example
 * ```ts
 * const x: ExtensionCounts = report.extensions.stage1; // { granted: 6, exceededAllowance: 1, beyondLimitWithoutAgreement: 0 }
 * ```
 */
export interface ExtensionCounts {
  /** Extension events recorded in the period. */
  readonly granted: number;
  /** Extensions after which the total extension of the stage exceeds the policy's `withoutGoodReason` allowance (never, under a policy with `noUpperLimit`). */
  readonly exceededAllowance: number;
  /** Extensions after which the total exceeds `complainantAgreementBeyond` without the complainant's recorded agreement. */
  readonly beyondLimitWithoutAgreement: number;
}

/**
 * A rate per 1,000 homes with its numerator and denominator (TSM CH01).
 *
 * @example
 * ```ts
 * const ch01: PerThousandHomes = { numerator: 34, homes: 600, perThousand: 56.7 };
 * ```
 */
export interface PerThousandHomes {
  readonly numerator: number;
  readonly homes: number;
  /** `numerator / homes × 1000`, rounded to 1 decimal place as the regulator publishes it. */
  readonly perThousand: number;
}

/**
 * A percentage with its numerator and denominator (TSM CH02). `percent` is `null` when the denominator is 0.
 *
 * @example
 * ```ts
 * const ch02: Proportion = { numerator: 30, denominator: 33, percent: 90.9 };
 * ```
 */
export interface Proportion {
  readonly numerator: number;
  readonly denominator: number;
  /** `numerator / denominator × 100`, rounded to 1 decimal place; `null` when nothing was responded to. */
  readonly percent: number | null;
}

/**
 * Per-month counts for the charts: month `YYYY-MM`, by receipt date (stage 1), escalation request
 * date (stage 2) and refusal date (refused).
 *
 * @example
 * ```ts
 * const m: MonthVolume = { month: '2025-11', stage1: 6, stage2: 1, refused: 0 };
 * ```
 */
export interface MonthVolume {
  readonly month: string;
  readonly stage1: number;
  readonly stage2: number;
  readonly refused: number;
}

/**
 * Complaint handling performance over a period: the figures the committee receives (policy s.12;
 * Code 9.6, 9.7) and the annual report's quantitative analysis (Code 8.1(b)), with the regulator
 * figures of the policy's scheme (the Regulator of Social Housing's Tenant Satisfaction Measures
 * CH01 and CH02, or the Scottish Housing Regulator's Annual Return on the Charter). Every count is of complaints or
 * events whose counting date (see {@link figureDefinitions} and the reporting guide) falls in
 * `[period.from, period.to]`, so the counts of two adjacent periods add up to those of the whole;
 * `remedies` and the outstanding evidence requests are a snapshot as of `period.to`.
 *
 * @example
 * ```ts
 * const report: PerformanceReport = performanceReport(complaints, context, { from: '2025-04-01', to: '2026-03-31', homes: 600 });
 * report.tsm?.ch02.stage1.percent; // e.g. 91.7
 * ```
 */
export interface PerformanceReport {
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /**
   * Present when the period runs into a year after the last year of the calendar's published bank
   * holiday list (`calendar.publishedThrough`): deadlines counted into `year` or later are provisional
   * (bank holidays may still be announced there), and so are the on time / late figures judging them.
   */
  readonly provisional?: { readonly year: number; readonly publishedThrough: number };
  /** The policy reported on, and the name of the ombudsman of its scheme (`SCHEME_BASICS[...].name`), which the report's tables name. */
  readonly policy: { readonly id: string; readonly organisation: string; readonly title: string; readonly ombudsman: string };
  readonly homes: number | null;
  /** Complaints read (every complaint in the input, in the period or not). */
  readonly complaintsRead: number;
  readonly received: {
    /** Complaints received in the period (receipt date), whether accepted, refused or withdrawn. */
    readonly total: number;
    /** Complaints received in the period and accepted at stage 1 (not refused). */
    readonly stage1: number;
    /** Stage 2 escalation requests accepted, by date of request. */
    readonly stage2: number;
    readonly byMonth: readonly MonthVolume[];
  };
  readonly refused: {
    readonly total: number;
    readonly stage1: number;
    /** Escalation requests refused. */
    readonly stage2: number;
    /** Refusals by exclusion ground, most frequent first. */
    readonly byGround: readonly { readonly ground: ExclusionGroundId; readonly count: number }[];
  };
  readonly withdrawn: { readonly total: number; readonly stage1: number; readonly stage2: number };
  readonly outcomes: { readonly stage1: OutcomeCounts; readonly stage2: OutcomeCounts };
  /** Complaints received in the period by category, most frequent first; complaints without one are counted as `uncategorised`. */
  readonly categories: readonly { readonly category: string; readonly count: number }[];
  readonly acknowledgements: { readonly stage1: AcknowledgementTimeliness; readonly stage2: AcknowledgementTimeliness };
  /** Responses against the policy's own timescales and extension rules: the lifecycle's verdict on each response. */
  readonly timeliness: { readonly stage1: StageTimeliness; readonly stage2: StageTimeliness };
  /** The share of `timeliness` on time, with its numerator and denominator (the policy's counterpart of CH02). */
  readonly onTimeAgainstPolicy: { readonly stage1: Proportion; readonly stage2: Proportion };
  readonly extensions: { readonly stage1: ExtensionCounts; readonly stage2: ExtensionCounts };
  /** Working days from receipt (stage 1) or escalation request (stage 2) to the response, for responses sent in the period. */
  readonly workingDaysTaken: { readonly stage1: WorkingDaysDistribution; readonly stage2: WorkingDaysDistribution };
  readonly ombudsman: {
    /** Referrals to the Housing Ombudsman recorded in the period. */
    readonly referrals: number;
    readonly evidenceRequests: {
      /** Requests for evidence received in the period. */
      readonly received: number;
      /** Of those, answered within the policy's allowance (policy s.10: 15 working days). */
      readonly metOnTime: number;
      readonly metLate: number;
      /** Not answered by `period.to` and not yet due. */
      readonly outstanding: number;
      /** Not answered by `period.to` and past due. */
      readonly overdue: number;
    };
    /** The Ombudsman's determinations made in the period, by outcome: every determination level, in the order of `DETERMINATION_LEVELS` (Code 9.7(c)). */
    readonly determinations: {
      readonly total: number;
      readonly byOutcome: readonly { readonly outcome: DeterminationLevel; readonly count: number }[];
    };
    /** Progress in complying with the Ombudsman's orders (Code 9.7(c)). */
    readonly orders: {
      readonly asOf: IsoDate;
      /** Orders made in determinations dated in the period. */
      readonly made: number;
      /** Orders made on or before `asOf` and not complied with by `asOf`. */
      readonly outstanding: number;
      /** Of the outstanding, those whose `dueBy` is before `asOf`. */
      readonly overdue: number;
      /** Of the outstanding, those made in a severe maladministration determination (Code 9.7(c) names these). */
      readonly outstandingAfterSevereMaladministration: number;
      /** Orders complied with in the period. */
      readonly compliedInPeriod: number;
    };
  };
  readonly remedies: {
    readonly asOf: IsoDate;
    /** Remedies offered in responses sent on or before `asOf`, not completed by `asOf`. */
    readonly outstanding: number;
    /** Of the outstanding, those whose `dueBy` is before `asOf`. */
    readonly overdue: number;
    /** Remedies completed in the period. */
    readonly completedInPeriod: number;
  };
  /**
   * The Regulator of Social Housing's Tenant Satisfaction Measures CH01 and CH02, given when the
   * policy's ombudsman scheme lists them (`SCHEME_BASICS[...].regulatorFigures` includes `'tsm'`:
   * the Housing Ombudsman's, England), else `null` (the SPSO's scheme reports the Annual Return on
   * the Charter instead, `arc`).
   */
  readonly tsm: TsmFigures | null;
  /**
   * The Scottish Housing Regulator's Annual Return on the Charter complaint indicators, given when the
   * policy's ombudsman scheme lists them (`SCHEME_BASICS[...].regulatorFigures` includes `'arc'`:
   * the SPSO's), else `null`. A stage 1 complaint that goes on to stage 2 is counted at both stages.
   */
  readonly arc: ArcFigures | null;
  /** How each figure counts, with its source read from the policy and the Code (see `figureDefinitions`); every renderer prints these. */
  readonly definitions: readonly FigureDefinition[];
  /** Complaints whose history could not be read for a figure (e.g. a response without a receipt), by reason; they are left out of that figure. */
  readonly skipped: readonly { readonly reason: string; readonly count: number }[];
}

/**
 * The Tenant Satisfaction Measures CH01 and CH02 of a report (see {@link PerformanceReport.tsm}).
 *
 * @example
 * ```ts
 * const tsm: TsmFigures | null = report.tsm;
 * tsm?.ch02.stage1.percent; // e.g. 91.7
 * ```
 */
export interface TsmFigures {
  readonly ch01: { readonly stage1: PerThousandHomes | null; readonly stage2: PerThousandHomes | null };
  /** Against the Complaint Handling Code's timescales (not the policy's), stage 1 and stage 2 separately. */
  readonly ch02: { readonly stage1: Proportion; readonly stage2: Proportion };
  readonly ch02Timeliness: { readonly stage1: StageTimeliness; readonly stage2: StageTimeliness };
  /**
   * CH01 and CH02 per tenure, when `homesByTenure` was given (else `null`): each over the
   * complaints whose tenure is recorded; `withoutTenure` counts complaints received in the period
   * with none, which are in neither tenure. CH01 for a tenure with 0 homes is `null`.
   */
  readonly byTenure: {
    readonly lcra: TenureMeasures;
    readonly lcho: TenureMeasures;
    readonly withoutTenure: number;
  } | null;
}

/**
 * CH01 and CH02 for one tenure.
 *
 * @example
 * ```ts
 * report.tsm?.byTenure?.lcho.ch02.stage1.percent;
 * ```
 */
export interface TenureMeasures {
  readonly homes: number;
  readonly ch01: { readonly stage1: PerThousandHomes | null; readonly stage2: PerThousandHomes | null };
  readonly ch02: { readonly stage1: Proportion; readonly stage2: Proportion };
}

/**
 * ARC indicators 3 and 4 at one stage: complaints received in the period, those carried forward
 * from before it (received earlier, not yet responded to in full when it began), those responded
 * to in full in it, the percentage responded to of received plus carried forward, and the average
 * working days to a full response.
 *
 * @example
 * ```ts
 * report.arc?.stage1.averageWorkingDays; // e.g. 4.2
 * ```
 */
export interface ArcStage {
  readonly received: number;
  readonly carriedForward: number;
  readonly respondedInFull: number;
  /** Indicator 3: respondedInFull ÷ (received + carriedForward) × 100, 1 decimal place; `null` when nothing was received or carried forward. */
  readonly percentResponded: number | null;
  /** Indicator 4: mean working days from receipt (stage 1) or the stage 2 request to the full response, 1 decimal place; `null` when none. */
  readonly averageWorkingDays: number | null;
}

/**
 * The ARC complaint indicators (3 and 4) at each stage.
 *
 * @example
 * ```ts
 * report.arc?.stage2.percentResponded;
 * ```
 */
export interface ArcFigures {
  readonly stage1: ArcStage;
  readonly stage2: ArcStage;
}

/**
 * The definition of one figure: how it counts, which date places it in the period, and its source.
 *
 * @example
 * ```ts
 * const d: FigureDefinition | undefined = figureDefinitions(policies.wellington).find((x) => x.figure === 'tsm.ch01');
 * ```
 */
export interface FigureDefinition {
  readonly figure: string;
  readonly counts: string;
  readonly periodDate: string;
  readonly source: Source;
  /** True where the rule is the library's reading rather than the text of the source. */
  readonly libraryReading: boolean;
}
