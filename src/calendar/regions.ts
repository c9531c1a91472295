/**
 * The UK divisions with their own bank holidays, as GOV.UK lists them. England and Wales share one list.
 *
 * @example
 * ```ts
 * REGIONS.includes('scotland'); // true
 * ```
 */
export const REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/**
 * One of {@link REGIONS}.
 *
 * @example
 * ```ts
 * const region: Region = 'northern-ireland';
 * ```
 */
export type Region = (typeof REGIONS)[number];
