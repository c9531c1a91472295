import type { Source } from './source.js';

/**
 * The brand every `HousingComplaintsError` carries, from the global symbol registry, so that it is
 * the same symbol in every copy of this library loaded into one process.
 */
const BRAND: unique symbol = Symbol.for('housing-complaints.HousingComplaintsError');

/** What every message of a `HousingComplaintsError` begins with. */
const PREFIX = 'housing-complaints: ';

/**
 * Which rule an argument broke, for errors thrown by the argument guards: the wrong `type`, not an
 * `integer`, below the `minimum`, above the `maximum`, not `one-of` the allowed values, an invalid
 * `date`, beyond a documented `limit`, or a `shape` the function cannot read.
 *
 * @example
 * ```ts
 * try {
 *   figureAt(report, 'received.nonsense');
 * } catch (e) {
 *   if (e instanceof HousingComplaintsError && e.rule === 'shape') console.log(e.path, e.message); // 'report', no such figure
 * }
 * ```
 */
export type GuardRule = 'type' | 'integer' | 'minimum' | 'maximum' | 'one-of' | 'date' | 'limit' | 'shape';

/**
 * Base class of every error this library throws. Thrown only for programmer errors (an invalid
 * argument); input from hosts is validated by functions that return a `Result` instead.
 *
 * Every subpath exports this same class, and `instanceof` holds across them and across module
 * formats: an error thrown by the CommonJS build (`require('housing-complaints/policy')`) is an
 * `instanceof` the class imported from the ES module build (`import ... from 'housing-complaints'`),
 * even though a process that loads both has two copies of the class. Each error carries a brand from
 * the global symbol registry, and `instanceof HousingComplaintsError` checks the brand rather than the
 * prototype chain.
 *
 * @example
 * ```ts
 * try { calendar.addWorkingDays('2025-02-30', 5); }
 * catch (e) { if (e instanceof HousingComplaintsError) console.log(e.code, e.path); }
 * ```
 */
export class HousingComplaintsError extends Error {
  /** Stable identifier, safe to match on. */
  readonly code: string;
  /** The argument or field at fault (`'date'`, `'options.region'`, `'stages.0.days'`). */
  readonly path: string | undefined;
  /** The rule enforced, when the error enforces one. */
  readonly source: Source | undefined;
  /** For an invalid argument: which rule it broke ({@link GuardRule}). */
  readonly rule: GuardRule | undefined;
  /** For a minimum, a maximum or a documented limit: the limit itself, as a number. */
  readonly limit: number | undefined;

  constructor(code: string, message: string, options: { path?: string; source?: Source; rule?: GuardRule; limit?: number } = {}) {
    // Built from anything a host passes without throwing (a message that is not a string is shown as
    // its type): constructing the error must never itself fail.
    super(`${PREFIX}${typeof message === 'string' ? message : `(a message that is not a string: ${typeof message})`}`);
    const o: { path?: unknown; source?: unknown; rule?: unknown; limit?: unknown } = typeof options === 'object' && options !== null ? options : {};
    this.name = 'HousingComplaintsError';
    this.code = typeof code === 'string' ? code : 'invalid';
    this.path = typeof o.path === 'string' ? o.path : undefined;
    this.source = typeof o.source === 'object' && o.source !== null ? (o.source as Source) : undefined;
    this.rule = typeof o.rule === 'string' ? (o.rule as GuardRule) : undefined;
    this.limit = typeof o.limit === 'number' ? o.limit : undefined;
    // Not enumerable: the brand does not appear in `JSON.stringify`, spreads or console output.
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `value instanceof HousingComplaintsError`: true for an error from any copy of this library (its
   * ES module and CommonJS builds, or another installed copy), by the brand they share. A subclass
   * keeps the ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== HousingComplaintsError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}

/**
 * An error's message without the library's name in front, for restating it inside another message.
 *
 * @internal
 * @example
 * ```ts
 * plainMessage(new HousingComplaintsError('invalid-date', 'date is not a calendar date')); // 'date is not a calendar date'
 * ```
 */
export function plainMessage(e: Error): string {
  return e.message.startsWith(PREFIX) ? e.message.slice(PREFIX.length) : e.message;
}
