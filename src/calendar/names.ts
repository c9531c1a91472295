import { dayNumberOf, daysInMonth, fromDayNumber, type IsoDate } from './dates.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './holiday-table.js';

const FIRST_DAY = dayNumberOf(FIRST_SUPPORTED_YEAR, 1, 1);
const LAST_DAY = dayNumberOf(LAST_SUPPORTED_YEAR, 12, 31);
/** Offset (from FIRST_DAY) of 1 January of each supported year, and of the day after the range. */
const YEAR_START = new Int32Array(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 2);
for (let i = 0; i < YEAR_START.length; i++) YEAR_START[i] = dayNumberOf(FIRST_SUPPORTED_YEAR + i, 1, 1) - FIRST_DAY;
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** Days before the first of each month (1-12) of a common year, and each month's length. */
const MONTH_START = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of two digits at `i` of `s`, or -1 when they are not both digits. */
function twoDigits(s: string, i: number): number {
  const a = (s.charCodeAt(i) - 48) >>> 0;
  const b = (s.charCodeAt(i + 1) - 48) >>> 0;
  return a > 9 || b > 9 ? -1 : a * 10 + b;
}

/**
 * The offset from 1 January of the first supported year of a date written `YYYY-MM-DD` in the
 * supported years, or -1 for anything else (not text, not so written, not a calendar date, or
 * outside the years): the caller then reads it the slow way, which names the fault. Table reads
 * (the year's first day, the month's), without the era arithmetic of dayNumberOf.
 * @internal
 * @example
 * ```ts
 * supportedOffset('2012-01-02'); // 1
 * supportedOffset('2012-02-30'); // -1
 * ```
 */
export function supportedOffset(date: unknown): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const hi = twoDigits(date, 0);
  const lo = twoDigits(date, 2);
  const m = twoDigits(date, 5);
  const d = twoDigits(date, 8);
  const yi = hi * 100 + lo - FIRST_SUPPORTED_YEAR;
  if (hi < 0 || lo < 0 || m < 1 || m > 12 || d < 1 || yi < 0 || yi > LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR) return -1;
  const start = YEAR_START[yi] as number;
  // 1 in a leap year: the year's length less 365.
  const leap = (YEAR_START[yi + 1] as number) - start - 365;
  if (d > (MONTH_DAYS[m] as number) + (m === 2 ? leap : 0)) return -1;
  return start + (MONTH_START[m] as number) + (m > 2 ? leap : 0) + d - 1;
}

/** `YYYY-MM-DD` of every day of a supported year, built the first time a day of that year is named (366 short strings). */
const names: (string[] | undefined)[] = [];

/**
 * `YYYY-MM-DD` of a day number (days since 1970-01-01). Inside the supported years the strings come from
 * a per-year table, so naming a day allocates nothing after the first time; outside, they are formatted.
 * @internal
 */
export function dayName(day: number): IsoDate {
  if (day < FIRST_DAY || day > LAST_DAY) return fromDayNumber(day);
  const offset = day - FIRST_DAY;
  let yi = Math.floor(offset / 365.25);
  if (offset >= (YEAR_START[yi + 1] as number)) yi++;
  else if (offset < (YEAR_START[yi] as number)) yi--;
  let year = names[yi];
  if (!year) {
    year = [];
    const y = FIRST_SUPPORTED_YEAR + yi;
    for (let m = 1; m <= 12; m++) {
      const prefix = `${y}-${TWO_DIGITS[m]}-`;
      for (let d = 1, last = daysInMonth(y, m); d <= last; d++) year.push(prefix + (TWO_DIGITS[d] as string));
    }
    names[yi] = year;
  }
  return year[offset - (YEAR_START[yi] as number)] as IsoDate;
}
