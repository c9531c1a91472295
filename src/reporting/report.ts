import { assertCalendarRegion } from '../core/region.js';
import type { WorkingDayCalendar } from '../calendar/calendar.js';
import { fromDayNumber } from '../calendar/dates.js';
import type { ExclusionGroundId } from '../core/catalogue.js';
import { HousingComplaintsError } from '../core/errors.js';
import { describeValue, isObject } from '../core/guard.js';
import { dateOutsideRange, SUPPORTED_DATES } from '../calendar/supported.js';
import { err, ok, type Result } from '../core/result.js';
import type { Source } from '../core/source.js';
import { DETERMINATION_LEVELS, type DeterminationLevel } from '../outcomes/ombudsman.js';
import type { Complaint, ExtensionRecord, RefusalRecord, ResponseRecord, Stage2Record, Tenure, WithdrawnComplaint } from '../lifecycle/types.js';
import type { Policy } from '../policy/schema.js';
import { code2024Input } from '../policy/builtin/code2024.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import type { AnchorDates } from '../lifecycle/index.js';
import { countedExtensionDaysOf, dueDateOf } from '../lifecycle/schedule.js';
import { dayNumber, monthIndex, WorkingDayIndex } from './days.js';
import { WorkingDaysHistogram } from './stats.js';
import { figureDefinitions } from './figures.js';
import { reportsFigures, schemeBasicsOf } from '../policy/scheme-basics.js';
import type {
  ArcStage,
  TenureMeasures,
  AcknowledgementTimeliness,
  ExtensionCounts,
  MonthVolume,
  OutcomeCounts,
  PerformanceReport,
  PerformanceReportOptions,
  PerThousandHomes,
  Proportion,
  StageTimeliness,
} from './types.js';

/**
 * What {@link performanceReport} needs besides the complaints: the policy and the working-day
 * calendar (the lifecycle's context has the same shape).
 *
 * @example
 * ```ts
 * const context: ReportContext = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
 * ```
 */
export interface ReportContext {
  readonly policy: Policy;
  readonly calendar: WorkingDayCalendar;
}

/** The Code's own timescales and extension allowances, per stage (TSM CH02 is measured against them, whatever the policy says). */
const CODE_STAGES = CODE_2024.stages;
/** The Code policy's reading of a receipt on a non-working day (the Code states none; the Code policy counts from the day of receipt). */
const CODE_RECEIPT_RULE = code2024Input.receiptOnNonWorkingDay;

function optionError(fn: string, path: string, message: string, rule: 'type' | 'date' | 'minimum' = 'type'): HousingComplaintsError {
  return new HousingComplaintsError('invalid-report-options', `${fn}: ${path} ${message}`, { path, rule, ...(rule === 'minimum' ? { limit: 1 } : {}) });
}

/** The first and last dates the working-day calendar supports, which bound a report's period. */
const FIRST_DATE = SUPPORTED_DATES.first;
const LAST_DATE = SUPPORTED_DATES.last;
const FIRST_DAY = /* @__PURE__ */ dayNumber(FIRST_DATE);
const LAST_DAY = /* @__PURE__ */ dayNumber(LAST_DATE);

/** Validates the options, throwing a {@link HousingComplaintsError} (`invalid-report-options`) naming the function called (`fn`) and the field. */
function checkOptions(options: PerformanceReportOptions, fn: string): { fromDay: number; toDay: number; homes: number | null; homesByTenure: { lcra: number; lcho: number } | null } {
  if (!isObject(options)) throw optionError(fn, 'options', `must be an object { from, to, homes? }, got ${describeValue(options)}`);
  const fromDay = typeof options.from === 'string' ? dayNumber(options.from) : Number.NaN;
  if (Number.isNaN(fromDay)) throw optionError(fn, 'options.from', `must be a real calendar date written YYYY-MM-DD, got ${describeValue(options.from)}`, 'date');
  const toDay = typeof options.to === 'string' ? dayNumber(options.to) : Number.NaN;
  if (Number.isNaN(toDay)) throw optionError(fn, 'options.to', `must be a real calendar date written YYYY-MM-DD, got ${describeValue(options.to)}`, 'date');
  if (toDay < fromDay) throw optionError(fn, 'options.to', `(${options.to}) must not be before options.from (${options.from})`, 'date');
  for (const [path, date] of [['options.from', options.from], ['options.to', options.to]] as const) {
    // The supported range shared with the events and letters (SUPPORTED_DATES): the rule and the limit year.
    const side = dateOutsideRange(date);
    if (side !== undefined) {
      throw new HousingComplaintsError('invalid-report-options', `${fn}: ${path} (${date}) must be within the years the working-day calendar supports, ${FIRST_DATE} to ${LAST_DATE}`, {
        path,
        rule: side === 'before' ? 'minimum' : 'maximum',
        limit: side === 'before' ? SUPPORTED_DATES.firstYear : SUPPORTED_DATES.lastYear,
      });
    }
  }
  let homes: number | null = null;
  if (options.homes !== undefined) {
    if (typeof options.homes !== 'number' || !Number.isInteger(options.homes) || options.homes < 1) {
      throw optionError(fn, 'options.homes', `must be a whole number of homes of at least 1 (TSM CH01), got ${describeValue(options.homes)}`, 'minimum');
    }
    homes = options.homes;
  }
  if (options.categoryOf !== undefined && typeof options.categoryOf !== 'function') {
    throw optionError(fn, 'options.categoryOf', 'must be a function (complaint) => string | undefined');
  }
  let homesByTenure: { lcra: number; lcho: number } | null = null;
  if (options.homesByTenure !== undefined) {
    const h = options.homesByTenure as unknown;
    if (!isObject(h)) throw optionError(fn, 'options.homesByTenure', `must be an object { lcra, lcho }, got ${describeValue(h)}`);
    const o = h as Record<string, unknown>;
    for (const k of Object.keys(o)) if (k !== 'lcra' && k !== 'lcho') throw optionError(fn, `options.homesByTenure.${k}`, 'is not a tenure (lcra, lcho)');
    for (const k of ['lcra', 'lcho'] as const) {
      const n = o[k];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw optionError(fn, `options.homesByTenure.${k}`, `must be a whole number of homes, 0 or more, got ${describeValue(n)}`, 'minimum');
    }
    if ((o['lcra'] as number) + (o['lcho'] as number) < 1) throw optionError(fn, 'options.homesByTenure', 'must give at least 1 home in one tenure', 'minimum');
    homesByTenure = { lcra: o['lcra'] as number, lcho: o['lcho'] as number };
  }
  return { fromDay, toDay, homes, homesByTenure };
}

/** Stage 2 of a complaint, once requested. */
function stage2Of(c: Complaint): Stage2Record | undefined {
  // A property read, not an `in` check: complaints come in many shapes, and each check is a slow lookup.
  return (c as { stage2?: Stage2Record }).stage2;
}

/** Whether every entry of a list is an object (the records a report reads fields of). */
function allObjects(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (!isObject(list[i])) return false;
  return true;
}

/** A stage's extension allowance as the report counts it: the days allowed without good reason, and the total beyond which the complainant must agree (null: no such point). */
interface ExtensionLimits {
  readonly allowance: number;
  readonly agreementBeyond: number | null;
}

/** The report's period and each stage's extension limits: what counting a stage's lists needs. */
interface ListRules {
  readonly from: string;
  readonly to: string;
  /** Read from the policy the first time a stage has extensions to count. */
  readonly limits: (stage: 0 | 1) => ExtensionLimits;
}

/**
 * A stage's extensions and its response's remedies, counted while their shape is checked (one
 * walk of each list). The report adds them only once the whole complaint is readable.
 */
interface StageLists {
  /** Extensions notified in the period, those taking the total past the allowance, and past the agreement point without agreement. */
  granted: number;
  exceededAllowance: number;
  beyondLimitWithoutAgreement: number;
  /** The response's remedies: completed in the period, outstanding at its end (completed after it, or not), and of those overdue. */
  completedInPeriod: number;
  outstanding: number;
  overdue: number;
  /** The stage's extensions, its response and the response's date, as the walk read them (so that counting reads them no more). */
  extensions: readonly ExtensionRecord[];
  response: ResponseRecord | undefined;
  responseOn: string | undefined;
}

const NO_LIMITS: ExtensionLimits = { allowance: Number.POSITIVE_INFINITY, agreementBeyond: null };
const stageLists = (): StageLists => ({ granted: 0, exceededAllowance: 0, beyondLimitWithoutAgreement: 0, completedInPeriod: 0, outstanding: 0, overdue: 0, extensions: [], response: undefined, responseOn: undefined });

/**
 * Why the parts of a stored complaint that the report reads are not in the shape the lifecycle
 * stores (a host's record edited by hand, or read back wrongly), or `undefined` when they are.
 * Dates are checked where they are counted; this checks only what would otherwise be read as
 * nothing (a list that is not a list, an extension without its working days) or throw. Each
 * stage's extensions and remedies are counted into `lists` on the same walk (see StageLists).
 */
function unreadablePart(
  ombudsman: unknown,
  stage1: unknown,
  stage2: unknown,
  ending: { readonly refusal?: unknown; readonly withdrawal?: unknown } | undefined,
  rules: ListRules,
  lists: readonly [StageLists, StageLists],
): string | undefined {
  if (ending !== undefined) {
    const { refusal, withdrawal } = ending;
    if (refusal !== undefined && (!isObject(refusal) || typeof refusal.on !== 'string' || !Array.isArray(refusal.grounds))) return 'the refusal is not a refusal { on, stage, grounds }';
    if (withdrawal !== undefined && (!isObject(withdrawal) || typeof withdrawal.on !== 'string')) return 'the withdrawal is not a withdrawal { on, from }';
  }
  if (!isObject(ombudsman)) return 'the ombudsman record is not an object';
  const { referrals, evidenceRequests, determinations } = ombudsman as Record<string, unknown>;
  if (!Array.isArray(referrals) || !Array.isArray(evidenceRequests) || (determinations !== undefined && !Array.isArray(determinations))) {
    return 'the ombudsman record\'s referrals, evidence requests or determinations are not lists';
  }
  if (!allObjects(referrals) || !allObjects(evidenceRequests)) return 'an ombudsman referral or evidence request is not an object';
  if (determinations !== undefined) {
    for (let i = 0; i < determinations.length; i++) {
      const d = determinations[i] as unknown;
      if (!isObject(d) || !Array.isArray(d.orders) || !allObjects(d.orders)) return 'an ombudsman determination is not an object with a list of orders';
    }
  }
  for (let s = 0; s < 2; s++) {
    const stage = s === 0 ? stage1 : stage2;
    const l = lists[s]!;
    if (stage === undefined && s === 1) {
      l.response = undefined;
      l.responseOn = undefined;
      continue;
    }
    const name = s === 0 ? 'stage 1' : 'stage 2';
    if (!isObject(stage)) return `the ${name} record is not an object with a list of extensions`;
    const exts = stage.extensions as readonly unknown[];
    if (!Array.isArray(exts)) return `the ${name} record is not an object with a list of extensions`;
    l.extensions = exts as readonly ExtensionRecord[];
    let granted = 0;
    let exceededAllowance = 0;
    let beyondLimitWithoutAgreement = 0;
    // The total before each extension: one extension takes it past a limit, the later ones are past it already.
    let before = 0;
    const { allowance, agreementBeyond } = exts.length === 0 ? NO_LIMITS : rules.limits(s as 0 | 1);
    for (let i = 0; i < exts.length; i++) {
      const e = exts[i] as unknown;
      if (!isObject(e) || typeof e.on !== 'string' || typeof e.workingDays !== 'number' || typeof e.totalWorkingDays !== 'number') {
        return `a ${name} extension is not an extension { on, workingDays, totalWorkingDays }`;
      }
      const total = e.totalWorkingDays;
      if (e.on >= rules.from && e.on <= rules.to) {
        granted++;
        if (total > allowance && before <= allowance) exceededAllowance++;
        if (agreementBeyond !== null && total > agreementBeyond && before <= agreementBeyond && !e.complainantAgreed) beyondLimitWithoutAgreement++;
      }
      before = total;
    }
    l.granted = granted;
    l.exceededAllowance = exceededAllowance;
    l.beyondLimitWithoutAgreement = beyondLimitWithoutAgreement;
    let completedInPeriod = 0;
    let outstanding = 0;
    let overdue = 0;
    const response = stage.response as unknown;
    l.response = response as ResponseRecord | undefined;
    l.responseOn = undefined;
    if (response !== undefined) {
      if (!isObject(response)) return `the ${name} response is not a response { on, ... }`;
      const on = response.on;
      if (typeof on !== 'string') return `the ${name} response is not a response { on, ... }`;
      l.responseOn = on;
      const remedies = response.remedies as unknown;
      if (remedies !== undefined) {
        if (!Array.isArray(remedies)) return `the ${name} response's remedies are not a list of remedies`;
        for (let i = 0; i < remedies.length; i++) {
          const r = remedies[i] as unknown;
          if (!isObject(r)) return `the ${name} response's remedies are not a list of remedies`;
          const done = r.completedOn as string | undefined;
          if (done !== undefined && done <= rules.to) {
            if (done >= rules.from) completedInPeriod++;
          } else {
            outstanding++;
            if ((r.dueBy as string) < rules.to) overdue++;
          }
        }
      }
    }
    l.completedInPeriod = completedInPeriod;
    l.outstanding = outstanding;
    l.overdue = overdue;
  }
  return undefined;
}

/** The fields of a stage record in any of its states, each read as optional. */
type StageFields = { readonly acknowledgedOn?: string; readonly response?: ResponseRecord; readonly extensions: readonly ExtensionRecord[] };

/**
 * Why report options were rejected: the field (`path`, e.g. `'options.homes'`) and the rule.
 *
 * @example
 * ```ts
 * const e: ReportOptionsError = { code: 'invalid-report-options', path: 'options.homes', message: '...' };
 * ```
 */
export interface ReportOptionsError {
  readonly code: 'invalid-report-options';
  readonly path: string;
  readonly message: string;
}

/**
 * Checks report options that come from outside the program (a form, a query string, a JSON file)
 * and returns them, or the first error naming the field. {@link performanceReport} applies the same
 * checks and throws instead.
 *
 * @example
 * ```ts
 * declare const query: { from: string; to: string; homes: string }; // a query string, as read
 * const r = parseReportOptions({ from: query.from, to: query.to, homes: Number(query.homes) });
 * if (!r.ok) console.error(`${r.error.path}: ${r.error.message}`);
 * else console.log(performanceReport(complaints, context, r.value).received.total);
 * ```
 */
export function parseReportOptions(input: unknown): Result<PerformanceReportOptions, ReportOptionsError> {
  try {
    checkOptions(input as PerformanceReportOptions, 'parseReportOptions');
  } catch (e) {
    if (e instanceof HousingComplaintsError) {
      return err({ code: 'invalid-report-options', path: e.path ?? 'options', message: e.message });
    }
    throw e;
  }
  const o = input as PerformanceReportOptions;
  return ok({ from: o.from, to: o.to, ...(o.homes === undefined ? {} : { homes: o.homes }), ...(o.categoryOf === undefined ? {} : { categoryOf: o.categoryOf }), ...(o.homesByTenure === undefined ? {} : { homesByTenure: { lcra: o.homesByTenure.lcra, lcho: o.homesByTenure.lcho } }) });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const timeliness = (): Mutable<StageTimeliness> => ({ responded: 0, onTime: 0, late: 0, onTimeWithoutExtension: 0, onTimeWithExtension: 0, lateWithoutExtension: 0, lateWithExtension: 0, withoutTimescale: 0 });
const outcomes = (): Mutable<OutcomeCounts> => ({ upheld: 0, partiallyUpheld: 0, notUpheld: 0, notRecorded: 0 });
const acks = (): Mutable<AcknowledgementTimeliness> => ({ acknowledged: 0, onTime: 0, late: 0, withoutTimescale: 0 });
const extensions = (): Mutable<ExtensionCounts> => ({ granted: 0, exceededAllowance: 0, beyondLimitWithoutAgreement: 0 });

function tally(t: Mutable<StageTimeliness>, onTime: boolean, extended: boolean): void {
  t.responded++;
  if (onTime) {
    t.onTime++;
    if (extended) t.onTimeWithExtension++;
    else t.onTimeWithoutExtension++;
  } else {
    t.late++;
    if (extended) t.lateWithExtension++;
    else t.lateWithoutExtension++;
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * ARC: whether a stage was carried forward into a period starting `from`: begun before it, not
 * refused at that stage, and neither responded to nor withdrawn (`endedOn`) before it began.
 */
function openAt(from: string, start: string, responseOn: string | undefined, refusedHere: boolean, endedOn: string | undefined): boolean {
  return start < from && !refusedHere && (responseOn === undefined || responseOn >= from) && (endedOn === undefined || endedOn >= from);
}

/** CH01 and CH02 of one tenure; CH01 is null for a tenure with no homes. */
function tenureMeasures(t: { received: number[]; codeTime: readonly [Mutable<StageTimeliness>, Mutable<StageTimeliness>] }, homes: number): TenureMeasures {
  const h = homes > 0 ? homes : null;
  return { homes, ch01: { stage1: perThousand(t.received[0]!, h), stage2: perThousand(t.received[1]!, h) }, ch02: { stage1: proportion(t.codeTime[0]), stage2: proportion(t.codeTime[1]) } };
}

/** ARC indicators 3 and 4 at one stage. */
function arcStage(received: number, carriedForward: number, respondedInFull: number, mean: number | null): ArcStage {
  const base = received + carriedForward;
  return { received, carriedForward, respondedInFull, percentResponded: base === 0 ? null : round1((respondedInFull / base) * 100), averageWorkingDays: mean === null ? null : round1(mean) };
}

function proportion(t: StageTimeliness): Proportion {
  // Responses with no policy timescale (withoutTimescale) are neither on time nor late: left out.
  const denominator = t.responded - t.withoutTimescale;
  return { numerator: t.onTime, denominator, percent: denominator === 0 ? null : round1((t.onTime / denominator) * 100) };
}

function perThousand(n: number, homes: number | null): PerThousandHomes | null {
  return homes === null ? null : { numerator: n, homes, perThousand: round1((n / homes) * 1000) };
}

/** The complaint's own category (lifecycle `received`/`acknowledged` events; Code 9.7(a), policy s.12). */
const defaultCategory = (c: Complaint): string | undefined => (c.category === undefined || c.category.length === 0 ? undefined : c.category);

/**
 * Complaint handling performance over a period, in one pass over any iterable of complaints built
 * by the lifecycle module (`replay`): volumes received per stage, refusals by ground, withdrawals,
 * outcomes per stage, categories, acknowledgements and responses on time or late (with and without
 * extensions), extensions over the allowance, working days taken (exact median and 90th
 * percentile), Ombudsman referrals, evidence requests, determinations by outcome and orders
 * outstanding and overdue (Code 9.7(c)), remedies outstanding and overdue, and
 * the regulator figures of the policy's scheme with their numerators and denominators: the
 * Tenant Satisfaction Measures CH01 and CH02 (the Housing Ombudsman's scheme), or the Scottish
 * Housing Regulator's Annual Return on the Charter indicators 3 and 4 (the SPSO's), as
 * `SCHEME_BASICS[...].regulatorFigures` lists them (policy s.11, s.12; Code 8.1, 9.6, 9.7).
 *
 * The complaints are read once and not kept: memory does not grow with their number, so a
 * generator of a million complaints is fine. Each figure is placed in the period by one date
 * (receipt for volumes, response date for outcomes and timeliness, ...): see
 * `report.definitions` ({@link figureDefinitions}) and the reporting guide
 * (https://github.com/housing-complaints/housing-complaints/blob/main/docs/reporting.md). Pure: no clock; `to` is the "as of" date.
 *
 * @throws {@link HousingComplaintsError} `invalid-report-options` naming the field
 * (`options.from`, `options.to`, `options.homes`, `options.categoryOf`) when an option is invalid.
 *
 * @example
 * ```ts
 * import { policies } from 'housing-complaints/policy';
 * import { createCalendar } from 'housing-complaints/calendar';
 * const context = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
 * const report = performanceReport(complaints, context, { from: '2025-04-01', to: '2026-03-31', homes: 600 });
 * console.log(report.tsm?.ch01.stage1?.perThousand, report.tsm?.ch02.stage1.percent);
 * ```
 */
export function performanceReport(
  complaints: Iterable<Complaint>,
  context: ReportContext,
  options: PerformanceReportOptions,
): PerformanceReport {
  const report = reportAccumulator(context, options, 'performanceReport');
  if (complaints === null || complaints === undefined || typeof (complaints as Iterable<Complaint>)[Symbol.iterator] !== 'function') {
    throw new HousingComplaintsError('invalid-complaints', 'performanceReport: complaints must be an iterable (an array or a generator) of complaints', { path: 'complaints' });
  }
  for (const c of complaints) report.add(c);
  return report.finish();
}

/**
 * The report being built, one complaint at a time: {@link performanceReport} and
 * `performanceReportAsync` feed it as they read. It keeps counts and histograms, never the
 * complaints, so its memory does not grow with their number.
 *
 * @internal
 */
export interface ReportAccumulator {
  /** Counts one complaint (anything that is not one is counted under `skipped`). */
  add(complaint: Complaint): void;
  /** The report on every complaint added so far. */
  finish(): PerformanceReport;
}

/**
 * A {@link ReportAccumulator} for a period and context, after checking both (the same checks and
 * errors as {@link performanceReport}, named for `fn`).
 *
 * @internal
 * @example
 * ```ts
 * const report = reportAccumulator(context, { from: '2025-04-01', to: '2026-03-31' }, 'performanceReport');
 * for (const c of complaints) report.add(c);
 * report.finish().received.total;
 * ```
 */
export function reportAccumulator(context: ReportContext, options: PerformanceReportOptions, fn = 'performanceReport'): ReportAccumulator {
  const { fromDay, toDay, homes, homesByTenure } = checkOptions(options, fn);
  if (typeof context !== 'object' || context === null || typeof context.policy !== 'object' || context.policy === null) {
    throw new HousingComplaintsError('invalid-context', `${fn}: context must be { policy, calendar }`, { path: 'context' });
  }
  if (typeof context.calendar?.isWorkingDay !== 'function') {
    throw new HousingComplaintsError('invalid-context', `${fn}: context.calendar must be a WorkingDayCalendar (createCalendar)`, { path: 'context.calendar' });
  }
  assertCalendarRegion(context, fn);
  const { policy } = context;
  const categoryOf = options.categoryOf ?? defaultCategory;
  const idx = new WorkingDayIndex(context.calendar, fromDay, toDay);
  const from = options.from;
  const to = options.to;
  /**
   * Whether a `YYYY-MM-DD` date is in the period. Dates written this way compare as strings in
   * date order, so no parsing is needed; complaints built by the lifecycle hold only valid dates.
   */
  const inPeriod = (date: string): boolean => date >= from && date <= to;

  // Months of the period, in order, for the per-month volumes.
  const firstMonth = monthIndex(from);
  const months: Mutable<MonthVolume>[] = [];
  for (let m = firstMonth; m <= monthIndex(to); m++) {
    const month = `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`;
    months.push({ month, stage1: 0, stage2: 0, refused: 0 });
  }
  /** The month record of a date in the period. */
  const month = (date: string): Mutable<MonthVolume> => months[monthIndex(date) - firstMonth]!;

  let read = 0;
  let receivedTotal = 0;
  const received = [0, 0];
  const refused = [0, 0];
  const byGround = new Map<ExclusionGroundId, number>();
  const withdrawn = [0, 0];
  const outcome = [outcomes(), outcomes()] as const;
  const categories = new Map<string, number>();
  const ack = [acks(), acks()] as const;
  const policyTime = [timeliness(), timeliness()] as const;
  const codeTime = [timeliness(), timeliness()] as const;
  // Per tenure (CH01, CH02 by LCRA / LCHO) and the ARC indicators: the tenure of the complaint being read.
  let tenure: Tenure | undefined;
  let withoutTenure = 0;
  const byTenure = {
    lcra: { received: [0, 0] as [number, number], codeTime: [timeliness(), timeliness()] as const },
    lcho: { received: [0, 0] as [number, number], codeTime: [timeliness(), timeliness()] as const },
  };
  // Only the figures the report gives are counted: per tenure when homes are given by tenure, the
  // ARC indicators when the policy's regulator asks for them.
  const countsTenure = homesByTenure !== null;
  const countsArc = reportsFigures(policy, 'arc');
  const arcCarried = [0, 0] as [number, number];
  const arcResponded = [0, 0] as [number, number];
  const ext = [extensions(), extensions()] as const;
  const taken = [new WorkingDaysHistogram(), new WorkingDaysHistogram()] as const;
  let referrals = 0;
  const evidence = { received: 0, metOnTime: 0, metLate: 0, outstanding: 0, overdue: 0 };
  const determinations = new Map<DeterminationLevel, number>(DETERMINATION_LEVELS.map((l) => [l, 0]));
  const orders = { made: 0, outstanding: 0, overdue: 0, outstandingAfterSevereMaladministration: 0, compliedInPeriod: 0 };
  const remedies = { outstanding: 0, overdue: 0, completedInPeriod: 0 };
  const skipped = new Map<string, number>();
  const skip = (reason: string): void => {
    skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  };
  const evidenceDays = policy.ombudsmanEvidence?.workingDays ?? null;

  /** The dates the anchors refer to at the stage being counted (one object, refilled per stage). */
  const dates: AnchorDates<number> = { receipt: 0, acknowledgement: undefined, escalationRequest: undefined, stageResponse: undefined };
  /** The stage 1 response date of the complaint being read, and whether `dates.stageResponse` still has to be filled from it. */
  let stageResponseOn: string | undefined;
  let stageResponsePending = true;
  /** Per stage: whether any timescale the report counts there (the policy's acknowledgement, the Code's) runs from the stage 1 response. */
  const usesStageResponse = [0, 1].map((i) =>
    [policy.stages[i]?.acknowledge, CODE_STAGES[i]?.acknowledge, CODE_STAGES[i]?.respond].some((t) => t !== null && t !== undefined && t.anchor === 'stage-response'),
  );
  // A policy that states no maximum (noUpperLimit) has no allowance to exceed and no agreement point.
  const limits: (ExtensionLimits | undefined)[] = [undefined, undefined];
  const limitsOf = (stage: 0 | 1): ExtensionLimits => {
    const e = policy.stages[stage].extension;
    return e.noUpperLimit === true ? NO_LIMITS : { allowance: e.withoutGoodReason, agreementBeyond: e.complainantAgreementBeyond };
  };
  const listRules: ListRules = { from, to, limits: (stage) => (limits[stage] ??= limitsOf(stage)) };
  /** What the shape check counted of the complaint being read (per stage). */
  const lists = [stageLists(), stageLists()] as const;

  /**
   * Whether a response is within the Code's timescales (CH02), see the figure 'tsm.ch02' in figures.ts:
   * the lifecycle's timing (lifecycle/schedule.ts) run with the Code's timescales.
   */
  const withinCode = (stage: 0 | 1, ackDay: number, responseOn: string, responseDay: number, exts: readonly ExtensionRecord[]): boolean => {
    const code = CODE_STAGES[stage];
    const ackDue = code.acknowledge === null ? undefined : dueDateOf(code.acknowledge, dates, CODE_RECEIPT_RULE, idx);
    // Library reading: a late acknowledgement does not lengthen the Code's response timescale.
    dates.acknowledgement = ackDue === undefined ? ackDay : Math.min(ackDay, ackDue);
    const due = dueDateOf(code.respond, dates, CODE_RECEIPT_RULE, idx, countedExtensionDaysOf(exts, code.extension, responseOn));
    return due !== undefined && responseDay <= due;
  };

  /** Counts a response dated in the period (`on`, its date, is `response.on`). */
  const countResponse = (stage: 0 | 1, startDay: number, ackDay: number, response: ResponseRecord, on: string, exts: readonly ExtensionRecord[]): void => {
    const o = outcome[stage];
    const decided = response.outcome;
    if (decided === 'upheld') o.upheld++;
    else if (decided === 'partially-upheld') o.partiallyUpheld++;
    else if (decided === 'not-upheld') o.notUpheld++;
    else o.notRecorded++;
    let extended = false;
    for (let i = 0; i < exts.length; i++) {
      if (exts[i]!.on <= on) {
        extended = true;
        break;
      }
    }
    // A policy that states no time to respond (null) sets no due date: neither on time nor late.
    if (policy.stages[stage].respond === null) {
      policyTime[stage].responded++;
      policyTime[stage].withoutTimescale++;
    } else tally(policyTime[stage], !response.late, extended);
    const day = dayNumber(on);
    if (Number.isNaN(day) || Number.isNaN(ackDay) || Number.isNaN(startDay)) {
      skip(`stage ${stage + 1} response without a readable response, receipt or acknowledgement date`);
      return;
    }
    const within = withinCode(stage, ackDay, on, day, exts);
    tally(codeTime[stage], within, extended);
    if (tenure !== undefined) tally(byTenure[tenure].codeTime[stage], within, extended);
    arcResponded[stage]++;
    const days = idx.workingDaysBetween(startDay, day);
    if (days >= 0) taken[stage].add(days);
    else skip(`stage ${stage + 1} response dated before the stage started`);
  };

  /**
   * Counts one stage, begun on `startDay`, from its record and what the shape check counted of its
   * extensions and remedies (`lists`, see unreadablePart).
   */
  const countStage = (stage: 0 | 1, startDay: number, record: StageFields): void => {
    const rules = policy.stages[stage];
    const ackOn = record.acknowledgedOn;
    // The response, its date and the extensions as the shape check read them.
    const l = lists[stage];
    const response = l.response;
    const responseOn = l.responseOn;
    // Day numbers are worked out only for what the period counts: most complaints of a long
    // history fall outside it, and parsing their dates was most of the report's time.
    const ackCounted = ackOn !== undefined && inPeriod(ackOn);
    const responseCounted = ackOn !== undefined && responseOn !== undefined && inPeriod(responseOn);
    const ackDay = ackCounted || responseCounted ? dayNumber(ackOn!) : Number.NaN;
    dates.acknowledgement = ackCounted || responseCounted ? ackDay : undefined;
    if ((ackCounted || responseCounted) && stageResponsePending && usesStageResponse[stage]) {
      dates.stageResponse = stageResponseOn === undefined ? undefined : dayNumber(stageResponseOn);
      stageResponsePending = false;
    }
    if (ackCounted) {
      const a = ack[stage];
      a.acknowledged++;
      // A policy that states no time to acknowledge (null) sets no due date: neither on time nor late.
      if (rules.acknowledge === null) a.withoutTimescale++;
      else {
        const due = dueDateOf(rules.acknowledge, dates, policy.receiptOnNonWorkingDay, idx);
        // No acknowledgement timescale can start (its anchor never happened): nothing to be late for.
        if (due === undefined || ackDay <= due) a.onTime++;
        else a.late++;
      }
    }
    if (l.granted > 0) {
      const x = ext[stage];
      x.granted += l.granted;
      x.exceededAllowance += l.exceededAllowance;
      x.beyondLimitWithoutAgreement += l.beyondLimitWithoutAgreement;
    }
    if (responseOn !== undefined && ackOn !== undefined) {
      if (responseCounted) countResponse(stage, startDay, ackDay, response!, responseOn, l.extensions);
      if (responseOn <= to) {
        remedies.completedInPeriod += l.completedInPeriod;
        remedies.outstanding += l.outstanding;
        remedies.overdue += l.overdue;
      }
    }
  };

  const add = (c: Complaint): void => {
    read++;
    if (!isObject(c)) {
      skip('not a complaint record');
      return;
    }
    const receivedOn = c.receivedOn;
    const receivedDay = dayNumber(receivedOn);
    if (Number.isNaN(receivedDay)) {
      skip('receipt date is not a date');
      return;
    }
    // A real date: its day number orders it as its text does.
    if (receivedDay < FIRST_DAY || receivedDay > LAST_DAY) {
      skip('a date outside the years the working-day calendar supports');
      return;
    }
    // The parts of a complaint are separate objects, so reading one is often a wait on memory. The
    // parts every figure needs are read first, and together, so that the processor fetches them
    // at the same time rather than one after another as they are counted: the Ombudsman's lists
    // (most often empty) and the stage 1 record with its lists. Each property is read once, with
    // optional reads rather than `in` checks (the records come in many shapes, so each read is a
    // slow, megamorphic one).
    const status = c.status;
    const ended = status === 'refused' || status === 'withdrawn' ? (c as { refusal?: unknown; withdrawal?: unknown }) : undefined;
    const s2 = stage2Of(c);
    const ombudsman = c.ombudsman;
    const s1 = c.stage1 as StageFields;
    const unreadable = unreadablePart(ombudsman, s1, s2, ended, listRules, lists);
    if (unreadable !== undefined) {
      skip(unreadable);
      return;
    }
    const ownCategory = (c as { category?: unknown }).category;
    if (ownCategory !== undefined && typeof ownCategory !== 'string') {
      skip('the category is not text');
      return;
    }
    const { referrals: refs, evidenceRequests, determinations: dets } = ombudsman;
    const noOmbudsman = (refs.length | evidenceRequests.length | (dets === undefined ? 0 : dets.length)) === 0;
    const response1 = lists[0].response;
    const response1On = lists[0].responseOn;
    const escalation = s2?.escalation;
    const refusal = status === 'refused' ? (c as { refusal: RefusalRecord }).refusal : undefined;
    const receivedInPeriod = receivedDay >= fromDay && receivedDay <= toDay;
    // Handled directly at stage 2, with no stage 1 response (escalation.direct): a stage 2
    // complaint only, never counted as received, carried forward or answered at stage 1.
    const directAtStage2 = escalation?.direct === true && response1 === undefined;
    if (countsTenure) {
      const t = c.tenure;
      tenure = t === 'lcra' || t === 'lcho' ? t : undefined;
    }
    if (receivedInPeriod) {
      if (tenure === undefined) withoutTenure++;
      receivedTotal++;
      // The default category is the complaint's own, read above (a non-empty text, else none).
      const category = (categoryOf === defaultCategory ? (ownCategory === undefined || ownCategory.length === 0 ? undefined : ownCategory) : categoryOf(c)) ?? 'uncategorised';
      categories.set(category, (categories.get(category) ?? 0) + 1);
      if ((refusal === undefined || refusal.stage !== 1) && !directAtStage2) {
        received[0]!++;
        if (tenure !== undefined) byTenure[tenure].received[0]++;
        month(receivedOn).stage1++;
      }
    }
    if (refusal !== undefined && inPeriod(refusal.on)) {
      refused[refusal.stage - 1]!++;
      month(refusal.on).refused++;
      const grounds = refusal.grounds;
      for (let i = 0; i < grounds.length; i++) byGround.set(grounds[i]!, (byGround.get(grounds[i]!) ?? 0) + 1);
    }
    const withdrawal = status === 'withdrawn' ? (c as WithdrawnComplaint).withdrawal : undefined;
    if (withdrawal !== undefined && inPeriod(withdrawal.on)) {
      withdrawn[withdrawal.from === 'stage-2-requested' || withdrawal.from === 'stage-2' ? 1 : 0]!++;
    }

    const requestedOn = s2?.requestedOn;
    const requestDay = requestedOn === undefined ? Number.NaN : dayNumber(requestedOn);
    dates.receipt = receivedDay;
    dates.escalationRequest = Number.isNaN(requestDay) ? undefined : requestDay;
    // The stage 1 response's day number, parsed only if a counted figure needs it (countStage).
    stageResponseOn = response1On;
    stageResponsePending = true;
    // ARC: carried forward into the period at a stage: begun before it, not refused at that stage,
    // and neither responded to nor withdrawn before it began.
    const endedOn = withdrawal?.on;
    if (countsArc && !directAtStage2 && openAt(from, receivedOn, response1On, refusal?.stage === 1, endedOn)) arcCarried[0]++;
    if (countsArc && s2 !== undefined && openAt(from, s2.requestedOn, lists[1].responseOn, refusal?.stage === 2, endedOn)) arcCarried[1]++;
    // Started at stage 2 (a received event with direct): nothing happened at stage 1 to count.
    if (escalation?.atReceipt !== true) countStage(0, receivedDay, s1);
    if (s2 !== undefined) {
      if (Number.isNaN(requestDay)) skip('escalation request date is not a date');
      else {
        if (requestDay >= fromDay && requestDay <= toDay && (refusal === undefined || refusal.stage !== 2)) {
          received[1]!++;
          if (tenure !== undefined) byTenure[tenure].received[1]++;
          month(requestedOn!).stage2++;
        }
        countStage(1, requestDay, s2 as StageFields);
      }
    }

    // Most complaints never reach the Ombudsman: the loops below are skipped for them.
    if (noOmbudsman) return;
    // Complaints stored before determinations were recorded have none.
    if (dets !== undefined) for (const d of dets) {
      if (inPeriod(d.on)) {
        determinations.set(d.outcome, (determinations.get(d.outcome) ?? 0) + 1);
        orders.made += d.orders.length;
      }
      if (d.on > to) continue;
      for (const o of d.orders) {
        const done = o.compliedOn;
        if (done !== undefined && done <= to) {
          if (done >= from) orders.compliedInPeriod++;
          continue;
        }
        orders.outstanding++;
        if (o.dueBy !== undefined && o.dueBy < to) orders.overdue++;
        if (d.outcome === 'severe-maladministration') orders.outstandingAfterSevereMaladministration++;
      }
    }
    for (const r of refs) if (inPeriod(r.on)) referrals++;
    for (const q of evidenceRequests) {
      if (!inPeriod(q.requestedOn)) continue;
      evidence.received++;
      const due = evidenceDays === null ? null : fromDayNumber(idx.addWorkingDays(dayNumber(q.requestedOn), evidenceDays));
      const provided = q.providedOn;
      if (provided !== undefined && provided <= to) {
        if (due === null || provided <= due) evidence.metOnTime++;
        else evidence.metLate++;
      } else if (due !== null && due < to) evidence.overdue++;
      else evidence.outstanding++;
    }
  };

  const finish = (): PerformanceReport => {
    const byCount = <K extends string>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const through = context.calendar.publishedThrough;
    const provisional =
      typeof through === 'number' && Number(to.slice(0, 4)) > through
        ? { provisional: { year: Math.max(through + 1, Number(from.slice(0, 4))), publishedThrough: through } }
        : {};
    return {
      period: { from, to },
      ...provisional,
      policy: { id: policy.id, organisation: policy.organisation, title: policy.title, ombudsman: schemeBasicsOf(policy).name },
      homes,
      complaintsRead: read,
      received: { total: receivedTotal, stage1: received[0]!, stage2: received[1]!, byMonth: months },
      refused: { total: refused[0]! + refused[1]!, stage1: refused[0]!, stage2: refused[1]!, byGround: byCount(byGround).map(([ground, count]) => ({ ground, count })) },
      withdrawn: { total: withdrawn[0]! + withdrawn[1]!, stage1: withdrawn[0]!, stage2: withdrawn[1]! },
      outcomes: { stage1: outcome[0], stage2: outcome[1] },
      categories: byCount(categories).map(([category, count]) => ({ category, count })),
      acknowledgements: { stage1: ack[0], stage2: ack[1] },
      timeliness: { stage1: policyTime[0], stage2: policyTime[1] },
      onTimeAgainstPolicy: { stage1: proportion(policyTime[0]), stage2: proportion(policyTime[1]) },
      extensions: { stage1: ext[0], stage2: ext[1] },
      workingDaysTaken: { stage1: taken[0].summary(), stage2: taken[1].summary() },
      ombudsman: {
        referrals,
        evidenceRequests: evidence,
        determinations: { total: [...determinations.values()].reduce((a, b) => a + b, 0), byOutcome: DETERMINATION_LEVELS.map((outcome) => ({ outcome, count: determinations.get(outcome) ?? 0 })) },
        orders: { asOf: to, ...orders },
      },
      remedies: { asOf: to, ...remedies },
      tsm: reportsFigures(policy, 'tsm')
        ? {
            ch01: { stage1: perThousand(received[0]!, homes), stage2: perThousand(received[1]!, homes) },
            ch02: { stage1: proportion(codeTime[0]), stage2: proportion(codeTime[1]) },
            ch02Timeliness: { stage1: codeTime[0], stage2: codeTime[1] },
            byTenure: homesByTenure === null ? null : { lcra: tenureMeasures(byTenure.lcra, homesByTenure.lcra), lcho: tenureMeasures(byTenure.lcho, homesByTenure.lcho), withoutTenure },
          }
        : null,
      arc: reportsFigures(policy, 'arc') ? { stage1: arcStage(received[0]!, arcCarried[0], arcResponded[0], taken[0].summary().mean), stage2: arcStage(received[1]!, arcCarried[1], arcResponded[1], taken[1].summary().mean) } : null,
      definitions: figureDefinitions(policy),
      skipped: byCount(skipped).map(([reason, count]) => ({ reason, count })),
    };
  };
  return { add, finish };
}
