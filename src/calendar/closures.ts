import { HousingComplaintsError } from '../core/errors.js';
import { dayNumberOf, daysInMonth, describe, type IsoDate, toDayNumber } from './dates.js';

/**
 * A closure the organisation repeats every year, as it writes it: "24 to 31 December every year" is
 * `{ every: 'year', from: '12-24', to: '12-31' }`. `from` and `to` are `MM-DD`, both included; a `to`
 * earlier in the year than `from` runs over the year end (`from: '12-24', to: '01-02'`). A `02-29`
 * end falls on 28 February in a year without one, a `02-29` start on 1 March. `effective` limits the
 * closure to the dates it applies between (both included), e.g. the dates its policy is in force.
 *
 * @example
 * ```ts
 * const christmas: RecurringClosure = { every: 'year', from: '12-24', to: '12-31', name: 'Christmas closure' };
 * ```
 */
export interface RecurringClosure {
  /** How often it recurs: every year. */
  readonly every: 'year';
  /** First day closed, `MM-DD`. */
  readonly from: string;
  /** Last day closed, `MM-DD`; earlier in the year than `from` when the closure crosses the year end. */
  readonly to: string;
  /** What the organisation calls it, e.g. `Christmas closure`. */
  readonly name?: string;
  /** The dates between which the closure applies, both included (`to` open-ended when absent). */
  readonly effective?: { readonly from: IsoDate; readonly to?: IsoDate };
}

/**
 * The longest a recurring closure may be, in calendar days. A closure longer than a month is more
 * likely a typing slip (`01-24` for `12-24`) than an office closure; close longer with dated closures.
 *
 * @example
 * ```ts
 * MAX_CLOSURE_DAYS; // 31
 * ```
 */
export const MAX_CLOSURE_DAYS = 31;

const KEYS = new Set(['every', 'from', 'to', 'name', 'effective']);
const MAX_NAME = 200;

/** A validated recurring closure: month and day of each end, and the effective day numbers. @internal */
export interface ClosureRule {
  readonly fromMonth: number;
  readonly fromDay: number;
  readonly toMonth: number;
  readonly toDay: number;
  readonly effectiveFrom: number;
  readonly effectiveTo: number;
}

function monthDay(value: unknown, path: string): [number, number] {
  const bad = (why: string): HousingComplaintsError =>
    new HousingComplaintsError('invalid-closure', `${path} must be a day of the year written MM-DD (e.g. '12-24'), got ${describe(value)}${why}`, { path });
  if (typeof value !== 'string' || !/^\d\d-\d\d$/.test(value)) throw bad('');
  const m = Number(value.slice(0, 2));
  const d = Number(value.slice(3));
  if (m < 1 || m > 12) throw bad(`: there is no month ${m}`);
  // 2000 is a leap year, so 02-29 is accepted.
  if (d < 1 || d > daysInMonth(2000, m)) throw bad(`: month ${m} has ${daysInMonth(2000, m)} days`);
  return [m, d];
}

/** Length in days of a closure starting in year `y` (0 when it does not happen that year). */
function span(rule: ClosureRule, y: number): [number, number] {
  const start = rule.fromDay > daysInMonth(y, rule.fromMonth) ? dayNumberOf(y, 3, 1) : dayNumberOf(y, rule.fromMonth, rule.fromDay);
  const crosses = rule.toMonth * 100 + rule.toDay < rule.fromMonth * 100 + rule.fromDay;
  const ey = crosses ? y + 1 : y;
  const end = dayNumberOf(ey, rule.toMonth, Math.min(rule.toDay, daysInMonth(ey, rule.toMonth)));
  return [start, end];
}

/**
 * Validates one recurring closure, throwing `invalid-closure` naming the field (`options.closures[1].to`).
 * @internal
 */
export function closureRule(value: unknown, path: string): ClosureRule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HousingComplaintsError('invalid-closure', `${path} must be a YYYY-MM-DD date or a recurring closure { every: 'year', from: 'MM-DD', to: 'MM-DD' }, got ${describe(value)}`, { path });
  }
  const c = value as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (!KEYS.has(key)) throw new HousingComplaintsError('invalid-closure', `${path} has no field '${key}' (fields are ${[...KEYS].join(', ')})`, { path: `${path}.${key}` });
  }
  if (c.every !== 'year') throw new HousingComplaintsError('invalid-closure', `${path}.every must be 'year', got ${describe(c.every)}`, { path: `${path}.every` });
  if (c.name !== undefined && (typeof c.name !== 'string' || c.name.length > MAX_NAME)) {
    throw new HousingComplaintsError('invalid-closure', `${path}.name must be a string of at most ${MAX_NAME} characters, got ${describe(c.name)}`, { path: `${path}.name` });
  }
  const [fromMonth, fromDay] = monthDay(c.from, `${path}.from`);
  const [toMonth, toDay] = monthDay(c.to, `${path}.to`);
  let effectiveFrom = -Infinity;
  let effectiveTo = Infinity;
  if (c.effective !== undefined) {
    const e = c.effective as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null || Array.isArray(e) || Object.keys(e).some((k) => k !== 'from' && k !== 'to')) {
      throw new HousingComplaintsError('invalid-closure', `${path}.effective must be { from: YYYY-MM-DD, to?: YYYY-MM-DD }, got ${describe(e)}`, { path: `${path}.effective` });
    }
    effectiveFrom = toDayNumber(e.from, `${path}.effective.from`);
    if (e.to !== undefined) effectiveTo = toDayNumber(e.to, `${path}.effective.to`);
    if (effectiveTo < effectiveFrom) {
      throw new HousingComplaintsError('invalid-closure', `${path}.effective.to is earlier than ${path}.effective.from`, { path: `${path}.effective.to` });
    }
  }
  const rule = { fromMonth, fromDay, toMonth, toDay, effectiveFrom, effectiveTo };
  // The longest the closure is in any year: a leap year for a span over February.
  const longest = Math.max(...[2000, 2001, 2003].map((y) => span(rule, y)[1] - span(rule, y)[0] + 1));
  if (longest > MAX_CLOSURE_DAYS) {
    throw new HousingComplaintsError(
      'invalid-closure',
      `${path} closes ${c.from as string} to ${c.to as string}, ${longest} days, more than the ${MAX_CLOSURE_DAYS} a recurring closure may be (a 'to' earlier than 'from' runs over the year end)`,
      { path },
    );
  }
  return rule;
}

/**
 * Calls `close(day)` for every day number the closure covers from year `firstYear` to `lastYear`
 * (instances starting the year before `firstYear` included, for closures over the year end).
 * @internal
 */
export function eachClosedDay(rule: ClosureRule, firstYear: number, lastYear: number, close: (day: number) => void): void {
  for (let y = firstYear - 1; y <= lastYear; y++) {
    const [start, end] = span(rule, y);
    for (let d = Math.max(start, rule.effectiveFrom); d <= Math.min(end, rule.effectiveTo); d++) close(d);
  }
}
