import { dayNumberOf, daysInMonth, fromDayNumber, type IsoDate } from './dates.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './holiday-table.js';

const FIRST_DAY = dayNumberOf(FIRST_SUPPORTED_YEAR, 1, 1);
const LAST_DAY = dayNumberOf(LAST_SUPPORTED_YEAR, 12, 31);
/** Offset (from FIRST_DAY) of 1 January of each supported year, and of the day after the range. */
const YEAR_START = new Int32Array(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 2);
for (let i = 0; i < YEAR_START.length; i++) YEAR_START[i] = dayNumberOf(FIRST_SUPPORTED_YEAR + i, 1, 1) - FIRST_DAY;
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

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
