/**
 * Argument guards shared by every exported function that takes data from outside: each check
 * either returns the value, narrowed, or throws a {@link HousingComplaintsError} naming the
 * function, the argument or field (`path`), the rule broken (`rule`) and, for limits, the limit
 * itself as a number (`limit`), so that a host never has to read English to learn what was wrong.
 *
 * Result-returning functions use {@link guarded} to turn these errors into their own `{ ok: false }`
 * answer instead of throwing.
 */
import { HousingComplaintsError, type GuardRule } from './errors.js';
import { guideUrl } from './links.js';

const MAX_DESCRIBED = 60;

/**
 * A short, safe description of any value for an error message. Never throws: BigInt (`12n`),
 * Symbols, objects without a prototype, revoked proxies, cyclic structures and getters that throw
 * are all described without being converted to JSON. Long strings are cut to 60 characters.
 *
 * @example
 * ```ts
 * describeValue(10n); // '10n'
 * describeValue(Object.create(null)); // 'an object without a prototype'
 * describeValue('x'.repeat(100)); // "'xxxxxxxx…' (100 characters)"
 * ```
 */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string': {
        const shown = value.length > MAX_DESCRIBED ? `${value.slice(0, MAX_DESCRIBED)}…` : value;
        // Control characters are shown escaped, so a message stays on one line.
        // eslint-disable-next-line no-control-regex
        const safe = shown.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        return value.length > MAX_DESCRIBED ? `'${safe}' (${value.length} characters)` : `'${safe}'`;
      }
      case 'number':
        return Object.is(value, -0) ? '-0' : String(value);
      case 'bigint':
        return `${String(value)}n`;
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'undefined';
      case 'symbol':
        return 'a Symbol';
      case 'function':
        return 'a function';
      default:
        break;
    }
    if (value === null) return 'null';
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null) return 'an object without a prototype';
    return proto === Object.prototype ? 'an object' : 'an object of another class';
  } catch {
    return 'a value that cannot be inspected';
  }
}

/** What a guard needs to name the place at fault: the function called and the argument's path. */
export interface GuardAt {
  /** The exported function that was called, e.g. `'deadlines'`. */
  readonly fn: string;
  /** The argument or field at fault, e.g. `'context.policy'` or `'options.count'`. */
  readonly path: string;
}

/**
 * Makes the typed error for an argument that breaks a rule. `expected` completes the sentence
 * "`path` must be …".
 *
 * @example
 * ```ts
 * throw argumentError({ fn: 'createRng', path: 'seed' }, 'type', 'a whole number', 1.5);
 * ```
 */
export function argumentError(
  at: GuardAt,
  rule: GuardRule,
  expected: string,
  value: unknown,
  extra: { code?: string; limit?: number } = {},
): HousingComplaintsError {
  return new HousingComplaintsError(extra.code ?? 'invalid-argument', `${at.fn}: ${at.path} must be ${expected}, got ${describeValue(value)}`, {
    path: at.path,
    rule,
    ...(extra.limit === undefined ? {} : { limit: extra.limit }),
  });
}

/**
 * The error for input beyond a documented limit (`rule: 'limit'`), carrying the limit.
 *
 * @example
 * ```ts
 * throw limitError({ fn: 'replay', path: 'events' }, 'events per complaint', 100_000, 100_001);
 * ```
 */
export function limitError(at: GuardAt, what: string, limit: number, actual: number): HousingComplaintsError {
  return new HousingComplaintsError('limit-exceeded', `${at.fn}: ${at.path} has ${actual} ${what}; the limit is ${limit} (see ${guideUrl('limits')})`, {
    path: at.path,
    rule: 'limit',
    limit,
  });
}

/** True for an object that is neither null nor an array (prototype-less objects included). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object argument (not null, not an array, not a function), returned as a record.
 *
 * @example
 * ```ts
 * const ctx = expectObject({ fn: 'deadlines', path: 'context' }, context);
 * ```
 */
export function expectObject(at: GuardAt, value: unknown, expected = 'an object'): Record<string, unknown> {
  if (!isObject(value)) throw argumentError(at, 'type', expected, value);
  return value;
}

/**
 * A string argument, optionally at most `maxLength` characters.
 *
 * @example
 * ```ts
 * expectString({ fn: 'parseAssessment', path: 'text' }, text);
 * ```
 */
export function expectString(at: GuardAt, value: unknown, options: { maxLength?: number; expected?: string } = {}): string {
  if (typeof value !== 'string') throw argumentError(at, 'type', options.expected ?? 'a string', value);
  if (options.maxLength !== undefined && value.length > options.maxLength) throw limitError(at, 'characters', options.maxLength, value.length);
  return value;
}

/**
 * A whole-number argument from `min` to `max` (both inclusive; both default to the safe integers).
 *
 * @example
 * ```ts
 * expectInteger({ fn: 'createRng', path: 'seed' }, seed, { min: 0, max: 2 ** 32 - 1 });
 * ```
 */
export function expectInteger(at: GuardAt, value: unknown, options: { min?: number; max?: number; expected?: string; code?: string } = {}): number {
  const min = options.min ?? Number.MIN_SAFE_INTEGER;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  // -0 === 0: a negative zero comes back as 0. The message and the error's details are made only
  // for a refusal (a generator calls this for every number it draws).
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value === 0 ? 0 : value;
  const expected = options.expected ?? `a whole number from ${min} to ${max}`;
  const code = options.code === undefined ? {} : { code: options.code };
  if (typeof value !== 'number' || !Number.isInteger(value)) throw argumentError(at, 'integer', expected, value, code);
  throw argumentError(at, value < min ? 'minimum' : 'maximum', expected, value, { ...code, limit: value < min ? min : max });
}

/**
 * One of a fixed list of values.
 *
 * @example
 * ```ts
 * expectOneOf({ fn: 'checkResponseContents', path: 'stage' }, stage, [1, 2] as const);
 * ```
 */
export function expectOneOf<T>(at: GuardAt, value: unknown, options: readonly T[]): T {
  if (!(options as readonly unknown[]).includes(value)) {
    throw argumentError(at, 'one-of', `one of ${options.map((o) => describeValue(o)).join(', ')}`, value);
  }
  return value as T;
}

/**
 * An array argument with at most `maxItems` entries. Holes in a sparse array read as `undefined`
 * (the same as an explicit `undefined` entry), so callers iterate with an index, never `forEach`.
 *
 * @example
 * ```ts
 * const events = expectArray({ fn: 'replay', path: 'events' }, input, { maxItems: 100_000, what: 'events' });
 * ```
 */
export function expectArray(at: GuardAt, value: unknown, options: { maxItems?: number; what?: string } = {}): readonly unknown[] {
  if (!Array.isArray(value)) throw argumentError(at, 'type', 'an array', value);
  if (options.maxItems !== undefined && value.length > options.maxItems) throw limitError(at, options.what ?? 'entries', options.maxItems, value.length);
  return value;
}

/**
 * A function argument.
 *
 * @example
 * ```ts
 * expectFunction({ fn: 'performanceReport', path: 'options.categoryOf' }, options.categoryOf);
 * ```
 */
export function expectFunction(at: GuardAt, value: unknown): (...args: never[]) => unknown {
  if (typeof value !== 'function') throw argumentError(at, 'type', 'a function', value);
  return value as (...args: never[]) => unknown;
}

const CALENDAR_METHODS = ['isWorkingDay', 'addWorkingDays', 'workingDaysBetween', 'nextWorkingDay'] as const;

/**
 * A working-day calendar argument: an object with the calendar's methods (from `createCalendar`,
 * or a host's own implementation of the same interface).
 *
 * @example
 * ```ts
 * expectCalendar({ fn: 'deadlines', path: 'context.calendar' }, context.calendar);
 * ```
 */
export function expectCalendar(at: GuardAt, value: unknown): void {
  const expected = 'a WorkingDayCalendar (from createCalendar)';
  const cal = expectObject(at, value, expected);
  for (const m of CALENDAR_METHODS) {
    if (typeof ownOrInherited(cal, m) !== 'function') throw argumentError({ fn: at.fn, path: `${at.path}.${m}` }, 'type', `a function (${expected})`, safeGet(cal, m));
  }
}

function safeGet(obj: Record<string, unknown>, key: string): unknown {
  try {
    return obj[key];
  } catch {
    return undefined;
  }
}

function ownOrInherited(obj: Record<string, unknown>, key: string): unknown {
  return key in obj ? safeGet(obj, key) : undefined;
}

/**
 * The value of an own property, or `undefined` when the object has no own property of that name:
 * `ownValue({}, 'constructor')` is `undefined`, not `Object`. Use it (or a `Map`) wherever a key
 * comes from data.
 *
 * @example
 * ```ts
 * ownValue(sectionsByPolicy, policy.id); // undefined for an id such as 'toString'
 * ```
 */
export function ownValue<V>(obj: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/**
 * Runs a guarded computation for a Result-returning function: an argument error thrown inside
 * (by a guard, or by the calendar for a date beyond its years) becomes `{ ok: false }` through
 * `toError`, so a Result door never throws for host data. Other exceptions (defects) propagate.
 *
 * @example
 * ```ts
 * return guarded(() => replayUnchecked(events, context), (e) => [{ code: e.code, message: e.message }]);
 * ```
 */
export function guarded<T, E>(run: () => { ok: true; value: T } | { ok: false; error: E }, toError: (e: HousingComplaintsError) => E):
  | { ok: true; value: T }
  | { ok: false; error: E } {
  try {
    return run();
  } catch (e) {
    if (e instanceof HousingComplaintsError) return { ok: false, error: toError(e) };
    throw e;
  }
}

/**
 * Reads a structured argument (a report, an assessment) for a renderer: the argument must be an
 * object, and a field of the wrong type met while reading it (a `TypeError`, or a `BigInt` that
 * JSON cannot write) becomes an `'invalid-argument'` error with `rule: 'shape'` naming the
 * argument, instead of a crash deep inside.
 *
 * @example
 * ```ts
 * return readingAs({ fn: 'renderReportHtml', path: 'report' }, 'a PerformanceReport', report, () => html(report));
 * ```
 */
export function readingAs<T>(at: GuardAt, expected: string, value: unknown, run: () => T): T {
  expectObject(at, value, expected);
  try {
    return run();
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) {
      throw new HousingComplaintsError('invalid-argument', `${at.fn}: ${at.path} must be ${expected}; a field has the wrong type (${e.message})`, { path: at.path, rule: 'shape' });
    }
    throw e;
  }
}
