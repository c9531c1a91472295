/**
 * The one computation of deadline timing: which date a policy timescale counts from, day 0 of it,
 * the due date, and which extensions move it. The lifecycle (`deadlines()`, the verdicts it
 * records) and reporting (`performanceReport`) both call these functions, each with its own
 * working-day arithmetic (ISO date strings through the calendar; day numbers through reporting's
 * index), so a committee report cannot disagree with the case file. The exported functions check
 * a host's arguments at the door; the library's own callers, which pass what they built or what
 * their own doors checked, call the `...Of` twins, so the checks do not run on every deadline.
 * @internal
 */
import type { Anchor, Extension, Policy } from '../policy/schema.js';
import { argumentError, isObject } from '../core/guard.js';

/**
 * Working-day arithmetic over some representation of a date: `YYYY-MM-DD` strings (a
 * `WorkingDayCalendar` is one) or day numbers. Dates of one representation compare with `<`.
 * @internal
 */
export interface DayArithmetic<D> {
  isWorkingDay(day: D): boolean;
  /** The first working day after `day`. */
  nextWorkingDay(day: D): D;
  /** The `n`th working day after `day` (n >= 1; day 0 is `day`). */
  addWorkingDays(day: D, n: number): D;
}

/**
 * The dates the anchors of a timescale refer to at one stage: `undefined` while that event has
 * not happened. `acknowledgement` is the acknowledgement of the stage being timed;
 * `escalationRequest` the stage 2 request; `stageResponse` the stage 1 response (the response of
 * the stage before, for anything counted at stage 2 and for the escalation window).
 * @internal
 */
export interface AnchorDates<D> {
  receipt: D;
  acknowledgement: D | undefined;
  escalationRequest: D | undefined;
  stageResponse: D | undefined;
}

/** The date `anchor` refers to, or undefined while it has not happened. @internal */
export function anchorDate<D>(anchor: Anchor, dates: AnchorDates<D>): D | undefined {
  switch (anchor) {
    case 'receipt':
      return dates.receipt;
    case 'acknowledgement':
      return dates.acknowledgement;
    case 'escalation-request':
      return dates.escalationRequest;
    case 'stage-response':
      return dates.stageResponse;
  }
}

/**
 * Day 0 of a timescale counted from `date`. Receipt of a complaint or of an escalation request on
 * a non-working day counts from that day unless the policy's `receiptOnNonWorkingDay` is
 * `next-working-day`.
 * @internal
 */
export function dayZero<D>(...args: Parameters<typeof dayZeroOf<D>>): D {
  expectDays('dayZero', args[3]);
  return dayZeroOf(...args);
}

/** {@link dayZero} without the argument check, for the library's own callers (the lifecycle's timing, whose calendar its doors checked); its parameters are the door's too. @internal */
export function dayZeroOf<D>(date: D, anchor: Anchor | string, rule: Policy['receiptOnNonWorkingDay'], days: DayArithmetic<D>): D {
  if (rule === 'next-working-day' && (anchor === 'receipt' || anchor === 'escalation-request') && !days.isWorkingDay(date)) {
    return days.nextWorkingDay(date);
  }
  return date;
}

/** The `n`th working day after day 0; for n = 0 the day itself, or the next working day when it is not one. @internal */
export function nthWorkingDay<D>(...args: Parameters<typeof nthWorkingDayOf<D>>): D {
  expectDays('nthWorkingDay', args[2]);
  return nthWorkingDayOf(...args);
}

/** {@link nthWorkingDay} without the argument check, for the library's own callers (the lifecycle's timing); its parameters are the door's too. @internal */
export function nthWorkingDayOf<D>(day0: D, n: number, days: DayArithmetic<D>): D {
  if (n === 0) return days.isWorkingDay(day0) ? day0 : days.nextWorkingDay(day0);
  return days.addWorkingDays(day0, n);
}

/**
 * The due date of a timescale of `workingDays` (plus `extra`) counted from `anchor`, or undefined
 * while the anchor has not happened.
 * @internal
 */
export function dueDate<D>(...args: Parameters<typeof dueDateOf<D>>): D | undefined {
  const [timescale, dates, , days] = args;
  if (!isObject(timescale)) throw argumentError({ fn: 'dueDate', path: 'timescale' }, 'type', 'a timescale { workingDays, anchor }', timescale);
  if (!isObject(dates)) throw argumentError({ fn: 'dueDate', path: 'dates' }, 'type', 'the anchor dates { receipt, ... }', dates);
  expectDays('dueDate', days);
  return dueDateOf(...args);
}

/**
 * {@link dueDate} without the argument checks: the same computation, for a caller that passes the
 * library's own values many times over (the report's loop over every complaint). Its parameters
 * are the door's too.
 * @internal
 */
export function dueDateOf<D>(
  timescale: { readonly workingDays: number; readonly anchor: Anchor },
  dates: AnchorDates<D>,
  rule: Policy['receiptOnNonWorkingDay'],
  days: DayArithmetic<D>,
  extra = 0,
): D | undefined {
  const date = anchorDate(timescale.anchor, dates);
  if (date === undefined) return undefined;
  return nthWorkingDayOf(dayZeroOf(date, timescale.anchor, rule, days), timescale.workingDays + extra, days);
}

/** What {@link countedExtensionDays} reads of a recorded extension. @internal */
export interface ExtensionFacts {
  readonly on: string;
  readonly workingDays: number;
  readonly totalWorkingDays: number;
  readonly goodReason?: string | undefined;
  /** Told to the complainant after the response was already due (the deadline it extends had passed). */
  readonly late: boolean;
}

/**
 * Working days of extension that move a response deadline, under `rules` (the policy's, or the
 * Code's for TSM CH02):
 * - an extension first told to the complainant after the response was already due does not count
 *   (Code 6.4: the landlord decides whether an extension is needed "and then inform[s] the
 *   resident of the expected timescale"; it cannot make a missed deadline met);
 * - with `asOf`, an extension dated after it does not count (not known then; for a response, one
 *   granted after the response);
 * - an extension after which the stage's total passes the allowance without a recorded good
 *   reason does not count (a policy with no upper limit has no allowance).
 * @internal
 */
export function countedExtensionDays(extensions: readonly ExtensionFacts[], rules: Pick<Extension, 'withoutGoodReason' | 'noUpperLimit'>, asOf?: string): number {
  // Named parameters, not a rest list: the lifecycle calls this door for every response deadline.
  const fn = 'countedExtensionDays';
  if (!Array.isArray(extensions)) throw argumentError({ fn, path: 'extensions' }, 'type', 'an array of extensions', extensions);
  if (!isObject(rules)) throw argumentError({ fn, path: 'rules' }, 'type', 'the extension rules { withoutGoodReason, noUpperLimit? }', rules);
  if (asOf !== undefined && typeof asOf !== 'string') throw argumentError({ fn, path: 'asOf' }, 'date', 'a date YYYY-MM-DD', asOf);
  for (let i = 0; i < extensions.length; i++) {
    const e = extensions[i] as unknown;
    if (!isObject(e) || typeof e.workingDays !== 'number' || typeof e.totalWorkingDays !== 'number' || typeof e.on !== 'string') throw argumentError({ fn, path: `extensions.${i}` }, 'shape', 'an extension { on, workingDays, totalWorkingDays, late }', e);
  }
  return countedExtensionDaysOf(extensions, rules, asOf);
}

/**
 * {@link countedExtensionDays} without the argument checks: the same computation, for a caller
 * that passes extensions the lifecycle recorded (the report's loop over every complaint). Its
 * parameters are the door's too.
 * @internal
 */
export function countedExtensionDaysOf(extensions: readonly ExtensionFacts[], rules: Pick<Extension, 'withoutGoodReason' | 'noUpperLimit'>, asOf?: string): number {
  if (extensions.length === 0) return 0;
  const allowance = rules.noUpperLimit === true ? Number.POSITIVE_INFINITY : rules.withoutGoodReason;
  let extra = 0;
  for (let i = 0; i < extensions.length; i++) {
    const e = extensions[i]!;
    if (e.late || (asOf !== undefined && e.on > asOf)) continue;
    if (e.totalWorkingDays <= allowance || (e.goodReason !== undefined && e.goodReason.trim() !== '')) extra += e.workingDays;
  }
  return extra;
}

/** Throws unless `days` has the day arithmetic the timing reads (a WorkingDayCalendar has it). */
function expectDays(fn: string, days: unknown): void {
  const d = days as Partial<DayArithmetic<unknown>> | null;
  if (typeof d !== 'object' || d === null || typeof d.isWorkingDay !== 'function' || typeof d.nextWorkingDay !== 'function' || typeof d.addWorkingDays !== 'function') {
    throw argumentError({ fn, path: 'days' }, 'type', 'day arithmetic { isWorkingDay, nextWorkingDay, addWorkingDays } (a WorkingDayCalendar)', days);
  }
}
