import { deepFrozen } from '../core/freeze.js';
/** The statuses a complaint moves through. */
// ---------------------------------------------------------------------------------------------

/**
 * Every status a complaint can be in.
 *
 * @example
 * ```ts
 * STATUSES.includes(complaint.status); // true
 * ```
 */
export const STATUSES = /* @__PURE__ */ deepFrozen([
  'received',
  'refused',
  'stage-1',
  'stage-1-responded',
  'stage-2-requested',
  'stage-2',
  'closed',
  'withdrawn',
] as const);
/**
 * One of {@link STATUSES}.
 *
 * @example
 * ```ts
 * const s: Status = 'stage-1-responded';
 * ```
 */
export type Status = (typeof STATUSES)[number];

/**
 * The statuses in which the internal procedure has ended (refused, closed, withdrawn); a complaint
 * closed at stage 1 may still be escalated late with discretion (Code 5.11).
 *
 * @example
 * ```ts
 * FINAL_STATUSES.includes('closed'); // true
 * ```
 */
export const FINAL_STATUSES = /* @__PURE__ */ deepFrozen(['refused', 'withdrawn', 'closed'] as const satisfies readonly Status[]);
