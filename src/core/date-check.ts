/**
 * The zod checks of host dates: a real `YYYY-MM-DD` date (or an instant with its offset) within the
 * supported range of the calendar (`SUPPORTED_DATES`). One check for the event schema, the complaint
 * schema and the outcomes' dates, so each refuses the same dates with the same problem: a date
 * outside the range is reported with `reason` `too-small` or `too-large`, what was expected and the
 * limit (the first or last supported year). The checks are named functions in zod's `z.check`
 * form (they push their issues onto the payload), so the schemas and the validators derived from
 * them (core/derived-schema.ts) run the same code; this module loads no zod.
 */
import type { CheckPayload } from './derived-schema.js';
import { packedDateAt } from '../calendar/dates.js';
import { parseInstant } from '../calendar/london.js';
import { dateOutsideRange, instantOutsideRange, SUPPORTED_DATES, SUPPORTED_RANGE_RULE } from '../calendar/supported.js';

/** What a failed date check reports (zod custom issue params), read by `explainSchemaIssues`. */
export interface RangeIssueParams {
  readonly reason: 'too-small' | 'too-large';
  readonly expected: string;
  readonly limit: number;
}

/** The custom issue params for a date before or after the supported range. */
export function rangeParams(side: 'before' | 'after'): RangeIssueParams {
  const before = side === 'before';
  return {
    reason: before ? 'too-small' : 'too-large',
    expected: `a date on or ${before ? `after ${SUPPORTED_DATES.first}` : `before ${SUPPORTED_DATES.last}`}`,
    limit: before ? SUPPORTED_DATES.firstYear : SUPPORTED_DATES.lastYear,
  };
}

/**
 * Why `s` is not a supported date `YYYY-MM-DD`: `'invalid'` (not a real date written so),
 * `'before'` or `'after'` the range, or undefined when it is one. Reads character codes only.
 */
export function dateProblem(s: string): 'invalid' | 'before' | 'after' | undefined {
  if (s.length !== 10) return 'invalid';
  const packed = packedDateAt(s);
  return packed < 0 ? 'invalid' : dateOutsideRange(packed);
}

/**
 * Why `s` is not a supported event time (a date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or
 * an offset whose London date is in the range), or undefined when it is one.
 */
export function eventTimeProblem(s: string): 'invalid' | 'before' | 'after' | undefined {
  if (s.length === 10) return dateProblem(s);
  const ms = parseInstant(s); // NaN for anything shorter than a date-time
  return Number.isNaN(ms) ? 'invalid' : instantOutsideRange(ms);
}

/** The message of a date that is not a real date written `YYYY-MM-DD`. */
export const DATE_MESSAGE = 'must be a real calendar date written YYYY-MM-DD';
/** The message of an event time that is neither such a date nor an instant with its offset. */
export const EVENT_TIME_MESSAGE = 'must be a date YYYY-MM-DD or an ISO 8601 date-time with Z or an offset';

/** Pushes the issue of `problem` (none when undefined): `invalid` as `invalidMessage`, outside the range with {@link RangeIssueParams}. */
function report(payload: CheckPayload<string>, problem: 'invalid' | 'before' | 'after' | undefined, invalidMessage: string): void {
  if (problem === undefined) return;
  const s = payload.value;
  if (problem === 'invalid') payload.issues.push({ code: 'custom', message: invalidMessage, input: s, continue: true });
  else payload.issues.push({ code: 'custom', message: SUPPORTED_RANGE_RULE, input: s, params: rangeParams(problem), continue: true });
}

/** The check of a supported date `YYYY-MM-DD` (zod's `z.check(checkDate)`). */
export function checkDate(payload: CheckPayload<string>): void {
  report(payload, dateProblem(payload.value), DATE_MESSAGE);
}

/** The check of a supported event time, a date or an instant with its offset (zod's `z.check(checkEventTime)`). */
export function checkEventTime(payload: CheckPayload<string>): void {
  report(payload, eventTimeProblem(payload.value), EVENT_TIME_MESSAGE);
}
