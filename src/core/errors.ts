import type { Source } from './source.js';

/**
 * Which rule an argument broke, for errors thrown by the argument guards: the wrong `type`, not an
 * `integer`, below the `minimum`, above the `maximum`, not `one-of` the allowed values, an invalid
 * `date`, beyond a documented `limit`, or a `shape` the function cannot read.
 *
 * @example
 * ```ts
 * if (e instanceof HousingComplaintsError && e.rule === 'limit') console.log(`at most ${e.limit}`);
 * ```
 */
export type GuardRule = 'type' | 'integer' | 'minimum' | 'maximum' | 'one-of' | 'date' | 'limit' | 'shape';

/**
 * Base class of every error this library throws. Thrown only for programmer errors (an invalid
 * argument); input from hosts is validated by functions that return a `Result` instead.
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
    super(`housing-complaints: ${message}`);
    this.name = 'HousingComplaintsError';
    this.code = code;
    this.path = options.path;
    this.source = options.source;
    this.rule = options.rule;
    this.limit = options.limit;
  }
}
