/**
 * The built-in bank holidays of each region as one flag per day of the supported years, read once
 * from the holiday table and shared: every calendar starts from a copy of them (createCalendar), and
 * the policy lint counts a closure's working days with them without building a calendar, so that
 * `lintPolicy` does not carry the calendar's feed, time-zone and option handling into a bundle.
 *
 * @internal
 */
import { dayNumberOf, weekday } from './dates.js';
import { FIRST_SUPPORTED_YEAR, HOLIDAY_TABLE, LAST_SUPPORTED_YEAR } from './holiday-table.js';
import type { Region } from './regions.js';

/** The day number of the first supported day, 1 January of the first supported year. @internal */
export const FIRST_DAY = /* @__PURE__ */ dayNumberOf(FIRST_SUPPORTED_YEAR, 1, 1);
/** The day number of the last supported day, 31 December of the last supported year. @internal */
export const LAST_DAY = /* @__PURE__ */ dayNumberOf(LAST_SUPPORTED_YEAR, 12, 31);
/** The number of supported days. @internal */
export const SPAN = LAST_DAY - FIRST_DAY + 1;

/** The built-in bank holidays of each region, as offsets from FIRST_DAY. */
const builtIn = new Map<Region, Uint8Array>();

/**
 * The region's built-in bank holidays: a flag (1) at each day's offset from {@link FIRST_DAY}.
 * Shared: a caller that changes the flags copies them first.
 *
 * @internal
 * @example
 * ```ts
 * builtInHolidays('scotland')[dayNumberOf(2025, 1, 2) - FIRST_DAY]; // 1: 2nd January
 * ```
 */
export function builtInHolidays(region: Region): Uint8Array {
  let flags = builtIn.get(region);
  if (flags) return flags;
  flags = new Uint8Array(SPAN);
  const years = HOLIDAY_TABLE[region];
  for (let i = 0; i < years.length; i++) {
    const list = years[i] ?? '';
    for (let j = 0; j + 4 <= list.length; j += 5) {
      const m = (list.charCodeAt(j) - 48) * 10 + list.charCodeAt(j + 1) - 48;
      const d = (list.charCodeAt(j + 2) - 48) * 10 + list.charCodeAt(j + 3) - 48;
      flags[dayNumberOf(FIRST_SUPPORTED_YEAR + i, m, d) - FIRST_DAY] = 1;
    }
  }
  builtIn.set(region, flags);
  return flags;
}

/**
 * Whether a day (a day number from {@link FIRST_DAY} to {@link LAST_DAY}) is a working day of the
 * region's built-in calendar: Monday to Friday and not a built-in bank holiday, as
 * `createCalendar({ region }).isWorkingDay` answers for it.
 *
 * @internal
 * @example
 * ```ts
 * isBuiltInWorkingDay('england-and-wales', dayNumberOf(2025, 12, 25)); // false: Christmas Day
 * ```
 */
export function isBuiltInWorkingDay(region: Region, day: number): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && builtInHolidays(region)[day - FIRST_DAY] === 0;
}
