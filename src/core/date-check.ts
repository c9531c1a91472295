/**
 * The zod checks of host dates: a real `YYYY-MM-DD` date (or an instant with its offset) within the
 * supported range of the calendar (`SUPPORTED_DATES`). One check for the event schema, the complaint
 * schema and the outcomes' dates, so each refuses the same dates with the same problem: a date
 * outside the range is reported with `reason` `too-small` or `too-large`, what was expected and the
 * limit (the first or last supported year).
 */
import * as z from 'zod/mini';
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

/**
 * A zod check of a string by `problem`: `invalid` as `invalidMessage`, outside the range with
 * {@link RangeIssueParams}.
 */
export function dateCheck(problem: (s: string) => 'invalid' | 'before' | 'after' | undefined, invalidMessage: string): z.core.$ZodCheck<string> {
  return z.superRefine((s: string, ctx) => {
    const p = problem(s);
    if (p === undefined) return;
    if (p === 'invalid') ctx.addIssue({ code: 'custom', message: invalidMessage, input: s });
    else ctx.addIssue({ code: 'custom', message: SUPPORTED_RANGE_RULE, input: s, params: rangeParams(p) });
  });
}
