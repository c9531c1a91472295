import { HousingComplaintsError } from '../core/errors.js';
import { describeValue } from '../core/guard.js';
import { daysInMonth, toDayNumber, type IsoDate } from '../calendar/dates.js';

/**
 * Adds calendar months to a `YYYY-MM-DD` date. When the day does not exist in the target month the
 * result is that month's last day (the month-end clamp, as date-fns `addMonths` does):
 * `2024-08-31` + 6 months = `2025-02-28`; `2024-02-29` + 12 months = `2025-02-28`;
 * `2023-08-31` + 6 months = `2024-02-29`. Pure date arithmetic: no time zone is involved.
 * Throws {@link HousingComplaintsError} `'invalid-date'` / `'invalid-months'` naming `path`.
 *
 * @example
 * ```ts
 * addCalendarMonths('2024-08-31', 6); // '2025-02-28'
 * ```
 */
export function addCalendarMonths(date: IsoDate, months: number, path0: string = 'date'): IsoDate {
  const path = typeof path0 === 'string' ? path0 : 'date';
  toDayNumber(date, path);
  if (!Number.isSafeInteger(months)) {
    throw new HousingComplaintsError('invalid-months', `months must be a whole number, got ${describeValue(months)}`, { path: 'months', rule: 'integer' });
  }
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  if (ty < 0 || ty > 9999) {
    throw new HousingComplaintsError('invalid-date', `${path} + ${months} months is outside the years 0000–9999`, { path });
  }
  const td = Math.min(d, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

/**
 * The last day on which a complaint about something that happened (or became known) on `start`
 * is still within a time limit of `months` calendar months (Code 2.3: "within 12 months of the
 * issue occurring or the resident becoming aware of the issue"). The rule: the period ends on the
 * same day of the month `months` later, and that day is inside; when that day does not exist, the
 * last day of that month is inside. So an issue on 15 March 2024 is in time on 15 March 2025 and
 * out of time on 16 March 2025; an issue on 29 February 2024 is in time up to 28 February 2025.
 *
 * @example
 * ```ts
 * lastDayInTime('2024-02-29', 12); // '2025-02-28'
 * ```
 */
export function lastDayInTime(start: IsoDate, months: number, path = 'start'): IsoDate {
  return addCalendarMonths(start, months, path);
}
