import { dayNumberOf, daysInMonth, fromDayNumber, type IsoDate } from './dates.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './holiday-table.js';

const FIRST_DAY = dayNumberOf(FIRST_SUPPORTED_YEAR, 1, 1);
const LAST_DAY = dayNumberOf(LAST_SUPPORTED_YEAR, 12, 31);
/** Offset (from FIRST_DAY) of 1 January of each supported year, and of the day after the range. */
const YEAR_START = new Int32Array(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 2);
for (let i = 0; i < YEAR_START.length; i++) YEAR_START[i] = dayNumberOf(FIRST_SUPPORTED_YEAR + i, 1, 1) - FIRST_DAY;
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/**
 * Per supported year: 1 in a leap year. With MONTH_START (offset of each month's first day from
 * 1 January, by leap) and MONTH_DAYS (each month's length, by leap) they turn a written date into
 * its offset by table reads, without the era arithmetic of dayNumberOf.
 */
const LEAP = new Uint8Array(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);
const MONTH_START = new Int32Array(26);
const MONTH_DAYS = new Int32Array(26);
for (let i = 0; i < LEAP.length; i++) LEAP[i] = daysInMonth(FIRST_SUPPORTED_YEAR + i, 2) === 29 ? 1 : 0;
for (let leap = 0; leap < 2; leap++) {
  for (let m = 1, start = 0; m <= 12; m++) {
    const days = daysInMonth(leap === 1 ? 2000 : 2001, m);
    MONTH_START[leap * 13 + m] = start;
    MONTH_DAYS[leap * 13 + m] = days;
    start += days;
  }
}

/** The value of the digit at `i` of `s`, or a value above 9 when it is not a digit. */
const digitAt = (s: string, i: number): number => (s.charCodeAt(i) - 48) >>> 0;

/**
 * The offset from 1 January of the first supported year of a date written `YYYY-MM-DD` in the
 * supported years, or -1 for anything else (not text, not so written, not a calendar date, or
 * outside the years): the caller then reads it the slow way, which names the fault.
 * @internal
 * @example
 * ```ts
 * supportedOffset('2012-01-02'); // 1
 * supportedOffset('2012-02-30'); // -1
 * ```
 */
export function supportedOffset(date: unknown): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(date, 0);
  const y1 = digitAt(date, 1);
  const y2 = digitAt(date, 2);
  const y3 = digitAt(date, 3);
  const m0 = digitAt(date, 5);
  const m1 = digitAt(date, 6);
  const d0 = digitAt(date, 8);
  const d1 = digitAt(date, 9);
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return -1;
  const yi = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - FIRST_SUPPORTED_YEAR;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (yi < 0 || yi >= LEAP.length || m < 1 || m > 12) return -1;
  const k = (LEAP[yi] as number) * 13 + m;
  if (d < 1 || d > (MONTH_DAYS[k] as number)) return -1;
  return (YEAR_START[yi] as number) + (MONTH_START[k] as number) + d - 1;
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
