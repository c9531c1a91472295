import { HousingComplaintsError } from '../core/errors.js';

/**
 * A calendar date written `YYYY-MM-DD`, in Europe/London.
 *
 * @example
 * ```ts
 * const receivedOn: IsoDate = '2025-06-14';
 * ```
 */
export type IsoDate = string;

const DASH = 45; // '-'
const ZERO = 48; // '0'
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days in month `m` (1-12) of year `y`. @internal */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_LENGTHS[m - 1] ?? 0);
}

/**
 * Day number (days since 1970-01-01) of a proleptic Gregorian date, by integer arithmetic alone:
 * no `Date`, so the host's time zone never matters. @internal
 */
export function dayNumberOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The `[year, month, day]` of a day number (days since 1970-01-01). @internal */
export function civilOf(day: number): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : -100_000; // any bad character makes the whole field negative
}

/**
 * The `YYYY-MM-DD` date in the first ten characters of `s`, packed as `y * 10000 + m * 100 + d`
 * (so packed dates compare in date order), or -1 when they are not a real calendar date written
 * that way. What follows the tenth character is not read, so an instant's date part is checked in
 * place. Never throws; reads character codes only, no allocation. {@link toDayNumber},
 * {@link isIsoDate} and the lifecycle module's date checks use it. @internal
 *
 * @example
 * ```ts
 * packedDateAt('2024-02-29T10:00:00Z'); // 20240229
 * packedDateAt('2025-02-29');           // -1
 * ```
 */
export function packedDateAt(s: string): number {
  if (s.length < 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return -1;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return y * 10_000 + m * 100 + d;
}


/**
 * Parses a `YYYY-MM-DD` date into a day number (days since 1970-01-01), throwing a
 * {@link HousingComplaintsError} (code `invalid-date`) naming `path` when it is not written that way
 * or is not a real calendar date. Reads character codes only: no regular expression, no `Date`,
 * no allocation on success, so the host's time zone never matters.
 *
 * @example
 * ```ts
 * toDayNumber('1970-01-02', 'date'); // 1
 * ```
 */
export function toDayNumber(date: unknown, path: string): number {
  if (typeof date !== 'string' || date.length !== 10) throw notWritten(date, path);
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  const written = date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH && y >= 0 && m >= 0 && d >= 0;
  // Each field read once (the calendar parses a date for every deadline it counts).
  if (written && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return dayNumberOf(y, m, d);
  // Only errors reach here: work out which message fits.
  if (!written) throw notWritten(date, path);
  const detail = m < 1 || m > 12 ? 'there is no month ' + m : `month ${m} of ${y} has ${daysInMonth(y, m)} days`;
  throw new HousingComplaintsError('invalid-date', `${path} is not a calendar date: '${date}' (${detail})`, { path, rule: 'date' });
}

function notWritten(date: unknown, path: string): HousingComplaintsError {
  return new HousingComplaintsError(
    'invalid-date',
    typeof date === 'string'
      ? `${path} must be a date written YYYY-MM-DD (four-digit year, two-digit month and day), got '${date}'`
      : `${path} must be a date string YYYY-MM-DD, got ${describe(date)}`,
    { path, rule: 'date' },
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Formats a day number (days since 1970-01-01) as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * fromDayNumber(0); // '1970-01-01'
 * ```
 */
export function fromDayNumber(day: number): IsoDate {
  const [y, m, d] = civilOf(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/**
 * Day of the week of a day number: 0 is Sunday, 6 is Saturday.
 *
 * @example
 * ```ts
 * weekday(toDayNumber('2025-06-14', 'date')); // 6 (a Saturday)
 * ```
 */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * True when `date` is a valid `YYYY-MM-DD` calendar date. Never throws.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * isIsoDate('2025-2-3');   // false
 * ```
 */
export function isIsoDate(date: unknown): date is IsoDate {
  return typeof date === 'string' && date.length === 10 && packedDateAt(date) >= 0;
}

/**
 * A short description of a value for error messages: strings quoted, numbers as written, otherwise the type.
 *
 * @example
 * ```ts
 * describe('2025-2-3'); // "'2025-2-3'"
 * ```
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
