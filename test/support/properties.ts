// How many cases the property tests try: one setting for the whole suite, read here and nowhere else.
//
// `npm test` tries DEFAULT_RUNS cases of a typical property. `npm run test:long` sets FC_NUM_RUNS
// (see package.json) and every property tries that many times more: the same properties, a deeper
// search. A property much cheaper per case than most asks for more (`runs(20)`), a much dearer one
// for fewer (`runs(1 / 5)`), so the two settings keep the properties' proportions. vitest.config.ts
// loads this file before every test file, so a property that names no count (fast-check's own
// default) follows the same setting.
import fc from 'fast-check';

/** Cases of a typical property in `npm test`. */
export const DEFAULT_RUNS = 40;
/** The fewest cases any property tries, however it is scaled. */
export const MIN_RUNS = 10;

function read(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_RUNS;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`FC_NUM_RUNS must be a whole number of cases, at least 1; got "${value}"`);
  return n;
}

/** Cases of a typical property: FC_NUM_RUNS when set, else DEFAULT_RUNS. */
export const numRuns = read(process.env.FC_NUM_RUNS);

/** Cases for a property `factor` times as cheap per case as a typical one (at least MIN_RUNS). */
export function runs(factor = 1): number {
  return Math.max(MIN_RUNS, Math.round(numRuns * factor));
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns });
