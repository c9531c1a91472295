/**
 * The one range of dates the library supports: the days the working-day calendar covers, the
 * years whose bank holidays it knows. The event schema, the complaint schema, the lifecycle's
 * queries, letters and the performance report all check dates against it, so a date the calendar
 * cannot count from is refused where it comes in, with a typed error naming the field, the rule
 * (`minimum` or `maximum`) and the limit (the first or last supported year).
 */
import { HousingComplaintsError } from '../core/errors.js';
import { describeValue } from '../core/guard.js';
import { dayNumberOf, packedDateAt, toDayNumber } from './dates.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './holiday-table.js';

/**
 * The first and last dates the library supports, London calendar dates `YYYY-MM-DD` (1 January
 * of {@link FIRST_SUPPORTED_YEAR} to 31 December of {@link LAST_SUPPORTED_YEAR}), with those years.
 * Every date a host gives (an event's `at`, a remedy's `dueBy`, an `asOf`, a letter's date, a
 * report's period) must fall within it; see "Dates" in the limits guide,
 * https://github.com/housing-complaints/housing-complaints/blob/main/docs/limits.md.
 *
 * @example
 * ```ts
 * SUPPORTED_DATES.first; // '2012-01-01'
 * SUPPORTED_DATES.last;  // '2040-12-31'
 * ```
 */
export const SUPPORTED_DATES: { readonly first: string; readonly last: string; readonly firstYear: number; readonly lastYear: number } = Object.freeze({
  first: `${FIRST_SUPPORTED_YEAR}-01-01`,
  last: `${LAST_SUPPORTED_YEAR}-12-31`,
  firstYear: FIRST_SUPPORTED_YEAR,
  lastYear: LAST_SUPPORTED_YEAR,
});

const FIRST_PACKED = FIRST_SUPPORTED_YEAR * 10_000 + 101;
const LAST_PACKED = LAST_SUPPORTED_YEAR * 10_000 + 1231;
/** The first instant of the first supported London day, and the first instant after the last (both in winter: London time is UTC). */
const FIRST_MS = dayNumberOf(FIRST_SUPPORTED_YEAR, 1, 1) * 86_400_000;
const AFTER_LAST_MS = dayNumberOf(LAST_SUPPORTED_YEAR + 1, 1, 1) * 86_400_000;

/**
 * Where a real date `YYYY-MM-DD` (or packed `y * 10000 + m * 100 + d`) stands against
 * {@link SUPPORTED_DATES}: `'before'`, `'after'`, or undefined when it is supported.
 *
 * @internal
 * @example
 * ```ts
 * dateOutsideRange('2041-01-01'); // 'after'
 * ```
 */
export function dateOutsideRange(date: string | number): 'before' | 'after' | undefined {
  const packed = typeof date === 'number' ? date : packedDateAt(date);
  return packed < FIRST_PACKED ? 'before' : packed > LAST_PACKED ? 'after' : undefined;
}

/**
 * Where an instant (milliseconds since 1970 UTC) stands against {@link SUPPORTED_DATES}, by its
 * London date: `'before'`, `'after'`, or undefined when it is supported.
 *
 * @internal
 * @example
 * ```ts
 * instantOutsideRange(Date.UTC(2041, 0, 1)); // 'after'
 * ```
 */
export function instantOutsideRange(ms: number): 'before' | 'after' | undefined {
  return ms < FIRST_MS ? 'before' : ms >= AFTER_LAST_MS ? 'after' : undefined;
}

/**
 * The sentence "must be a date from 2012-01-01 to 2040-12-31 ...", for messages.
 *
 * @internal
 * @example
 * ```ts
 * `${path} ${SUPPORTED_RANGE_RULE}`;
 * ```
 */
export const SUPPORTED_RANGE_RULE = `must be a date from ${SUPPORTED_DATES.first} to ${SUPPORTED_DATES.last}`;

/**
 * The typed error for a date, given or worked out, outside {@link SUPPORTED_DATES}: code
 * `year-out-of-range`, the message, the field (`path`), the rule (`minimum` before the range,
 * `maximum` after it) and the limit (the first or last supported year). Every such error the
 * library raises is built here.
 *
 * @internal
 * @example
 * ```ts
 * throw yearOutOfRange('30 working days after 2040-12-01 falls after 2040-12-31', 'complaint', 'after');
 * ```
 */
export function yearOutOfRange(message: string, path: string, side: 'before' | 'after'): HousingComplaintsError {
  return new HousingComplaintsError('year-out-of-range', message, {
    path,
    rule: side === 'before' ? 'minimum' : 'maximum',
    limit: side === 'before' ? FIRST_SUPPORTED_YEAR : LAST_SUPPORTED_YEAR,
  });
}

/**
 * The typed error for a date argument outside {@link SUPPORTED_DATES} ({@link yearOutOfRange}),
 * its message naming the function, the field, the range and the value.
 *
 * @internal
 * @example
 * ```ts
 * throw dateRangeError('deadlines', 'asOf', '2041-01-01', 'after');
 * ```
 */
export function dateRangeError(fn: string, path: string, value: unknown, side: 'before' | 'after'): HousingComplaintsError {
  return yearOutOfRange(`${fn === '' ? '' : `${fn}: `}${path} ${SUPPORTED_RANGE_RULE}, got ${describeValue(value)}`, path, side);
}

/**
 * A date argument `YYYY-MM-DD` within {@link SUPPORTED_DATES}, or a typed error naming the
 * argument: `invalid-date` (rule `date`) when it is not a real date written so, `year-out-of-range`
 * (rule `minimum` or `maximum`, with the limit year) when it is outside the range.
 *
 * @internal
 * @example
 * ```ts
 * expectSupportedDate('complaintAsOf', 'asOf', asOf);
 * ```
 */
export function expectSupportedDate(fn: string, path: string, value: unknown): string {
  toDayNumber(value, path); // invalid-date naming the path when it is not a real date YYYY-MM-DD
  const side = dateOutsideRange(value as string);
  if (side !== undefined) throw dateRangeError(fn, path, value, side);
  return value as string;
}
