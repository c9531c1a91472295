import type { Source } from './source.js';

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

  constructor(code: string, message: string, options: { path?: string; source?: Source } = {}) {
    super(`housing-complaints: ${message}`);
    this.name = 'HousingComplaintsError';
    this.code = code;
    this.path = options.path;
    this.source = options.source;
  }
}
