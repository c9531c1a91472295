import type { WorkingDayCalendar } from '../calendar/calendar.js';
import { fromDayNumber } from '../calendar/dates.js';
import { HousingComplaintsError } from '../core/errors.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../calendar/holiday-table.js';
import type { DayArithmetic } from '../lifecycle/index.js';

const DAYS_BEFORE_MONTH = new Int32Array([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
/** Days in each month of a common year, by month number (index 0 unused). */
const MONTH_LENGTH = new Int32Array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or `NaN` when it is not a real date.
 * Character arithmetic only (no regular expression, no `Date`, no division by floating point), for
 * the report's hot loop.
 *
 * @example
 * ```ts
 * dayNumber('1970-01-02'); // 1
 * dayNumber('2025-02-29'); // NaN
 * ```
 */
export function dayNumber(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = date.charCodeAt(0) - 48, y1 = date.charCodeAt(1) - 48, y2 = date.charCodeAt(2) - 48, y3 = date.charCodeAt(3) - 48;
  const m0 = date.charCodeAt(5) - 48, m1 = date.charCodeAt(6) - 48, d0 = date.charCodeAt(8) - 48, d1 = date.charCodeAt(9) - 48;
  // A digit is 0 to 9; read as unsigned, anything else (below '0' too) is above 9.
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return Number.NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (m < 1 || m > 12 || d < 1) return Number.NaN;
  const leap = (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : MONTH_LENGTH[m]!)) return Number.NaN;
  // Leap days in the years before y (0 to y - 1): floor((y-1)/4) - floor((y-1)/100) + floor((y-1)/400), which is -1 for the year 0.
  const yy = y - 1;
  const leapDays = yy < 0 ? -1 : (yy >> 2) - ((yy / 100) | 0) + ((yy / 400) | 0);
  return 365 * (y - 1970) + leapDays - 477 + DAYS_BEFORE_MONTH[m - 1]! + (m > 2 && leap ? 1 : 0) + d - 1;
}

/**
 * `year × 12 + month − 1` of a `YYYY-MM-DD` date (no validation: for dates already checked).
 *
 * @example
 * ```ts
 * monthIndex('2026-01-15') - monthIndex('2025-12-01'); // 1
 * ```
 */
export function monthIndex(date: string): number {
  const y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  return y * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

const FIRST_INDEX_DAY = dayNumber(`${FIRST_SUPPORTED_YEAR}-01-01`);
const LAST_INDEX_DAY = dayNumber(`${LAST_SUPPORTED_YEAR}-12-31`);

function beyondCalendar(day: number): HousingComplaintsError {
  return new HousingComplaintsError(
    'year-out-of-range',
    `${Number.isFinite(day) ? fromDayNumber(Math.max(day, FIRST_INDEX_DAY - 1)) : 'a date'} is outside the years the working-day calendar supports (${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR})`,
    { rule: 'date' },
  );
}

/**
 * Working-day arithmetic on day numbers in O(1) per call after a one-off scan of the calendar over
 * the dates the report meets (grown on demand). Answers agree with the calendar's
 * `addWorkingDays` and `workingDaysBetween` (day 0 is the start date).
 *
 * @example
 * ```ts
 * const idx = new WorkingDayIndex(calendar, dayNumber('2025-04-01'), dayNumber('2026-03-31'));
 * idx.addWorkingDays(dayNumber('2025-06-02'), 10) === dayNumber('2025-06-16'); // true
 * ```
 */
export class WorkingDayIndex implements DayArithmetic<number> {
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

  #build(wantLo: number, wantHi: number): void {
    // Only the years the calendar supports are asked about; a date beyond them is refused by the calendar itself.
    const lo = Math.max(wantLo, FIRST_INDEX_DAY);
    const hi = Math.min(wantHi, LAST_INDEX_DAY);
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
    if (!(day >= FIRST_INDEX_DAY && day <= LAST_INDEX_DAY)) throw beyondCalendar(day);
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

  /** The first working day after `day`. */
  nextWorkingDay(day: number): number {
    return this.addWorkingDays(day, 1);
  }

  /** The `n`th working day after `day` (n >= 0; day 0 is `day` itself). */
  addWorkingDays(day: number, n: number): number {
    if (n === 0) return day;
    this.#ensure(day, n);
    const k = this.#w(day) + n - 1;
    if (k >= this.#list.length) {
      if (this.#base + this.#length - 1 >= LAST_INDEX_DAY) throw beyondCalendar(LAST_INDEX_DAY + 1);
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
