import { deepFrozen } from '../core/freeze.js';
/**
 * The UK divisions with their own bank holidays, as GOV.UK lists them. England and Wales share one list.
 *
 * @example
 * ```ts
 * REGIONS.includes('scotland'); // true
 * ```
 */
export const REGIONS = /* @__PURE__ */ deepFrozen(['england-and-wales', 'scotland', 'northern-ireland'] as const);

/**
 * One of {@link REGIONS}.
 *
 * @example
 * ```ts
 * const region: Region = 'northern-ireland';
 * ```
 */
export type Region = (typeof REGIONS)[number];

/**
 * Whether a value is one of {@link REGIONS}: the check `createCalendar` makes of its `region`
 * option, and the policy lint of a draft's region.
 *
 * @internal
 * @example
 * ```ts
 * isRegion('scotland'); // true
 * isRegion('wales'); // false: Wales shares the England and Wales list
 * ```
 */
export function isRegion(value: unknown): value is Region {
  return (REGIONS as readonly unknown[]).includes(value);
}
