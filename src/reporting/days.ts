import type { WorkingDayCalendar } from '../calendar/calendar.js';
import { fromDayNumber } from '../calendar/dates.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or `NaN` when it is not a real date.
 * Arithmetic only (no `Date` allocation), for the report's hot loop.
 */
export function dayNumber(date: string): number {
  if (date.length !== 10 || !ISO_DATE.test(date)) return Number.NaN;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthLength = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  if (m < 1 || m > 12 || d < 1 || d > monthLength) return Number.NaN;
  const yy = y - 1;
  const daysBeforeYear = 365 * (y - 1970) + (Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400)) - 477;
  return daysBeforeYear + DAYS_BEFORE_MONTH[m - 1]! + (m > 2 && leap ? 1 : 0) + d - 1;
}

/**
 * Working-day arithmetic on day numbers in O(1) per call after a one-off scan of the calendar over
 * the dates the report meets (grown on demand). Answers agree with the calendar's
 * `addWorkingDays` and `workingDaysBetween` (day 0 is the start date).
 */
export class WorkingDayIndex {
  readonly #calendar: WorkingDayCalendar;
  #base = 0;
  #length = 0;
  /** cum[i]: working days among base .. base + i (inclusive). */
  #cum: Int32Array = new Int32Array(0);
  /** list[k]: the day number of the (k + 1)th working day from base. */
  #list: Int32Array = new Int32Array(0);

  constructor(calendar: WorkingDayCalendar, fromDay: number, toDay: number) {
    this.#calendar = calendar;
    this.#build(fromDay - 370, toDay + 370);
  }

  #build(lo: number, hi: number): void {
    const length = hi - lo + 1;
    const cum = new Int32Array(length);
    const list: number[] = [];
    let count = 0;
    for (let i = 0; i < length; i++) {
      // Reuse what is already known: the calendar is the authority, but asking it once per day is enough.
      const day = lo + i;
      const known = day >= this.#base && day < this.#base + this.#length;
      const working = known ? this.#isWorkingKnown(day) : this.#calendar.isWorkingDay(fromDayNumber(day));
      if (working) {
        count++;
        list.push(day);
      }
      cum[i] = count;
    }
    this.#base = lo;
    this.#length = length;
    this.#cum = cum;
    this.#list = Int32Array.from(list);
  }

  #isWorkingKnown(day: number): boolean {
    const i = day - this.#base;
    return this.#cum[i]! - (i > 0 ? this.#cum[i - 1]! : 0) === 1;
  }

  #ensure(day: number, ahead = 0): void {
    const lo = this.#base;
    const hi = this.#base + this.#length - 1;
    if (day - 1 >= lo && day + ahead * 2 + 10 <= hi) return;
    this.#build(Math.min(lo, day - 400), Math.max(hi, day + ahead * 2 + 400));
  }

  /** Working days among base .. day, inclusive. */
  #w(day: number): number {
    return this.#cum[day - this.#base]!;
  }

  /** True when the day is a working day. */
  isWorkingDay(day: number): boolean {
    this.#ensure(day);
    return this.#isWorkingKnown(day);
  }

  /** The `n`th working day after `day` (n >= 0; day 0 is `day` itself). */
  addWorkingDays(day: number, n: number): number {
    if (n === 0) return day;
    this.#ensure(day, n);
    const k = this.#w(day) + n - 1;
    if (k >= this.#list.length) {
      this.#build(this.#base, this.#base + this.#length - 1 + n * 2 + 400);
      return this.addWorkingDays(day, n);
    }
    return this.#list[k]!;
  }

  /** Working days after `a` up to and including `b` (negative when `b` is earlier). */
  workingDaysBetween(a: number, b: number): number {
    this.#ensure(Math.min(a, b));
    this.#ensure(Math.max(a, b));
    return this.#w(b) - this.#w(a);
  }
}
