import { expectArray, expectInteger, expectObject } from '../core/guard.js';

/**
 * A summary of whole numbers of working days: how many values, their exact median and 90th
 * percentile, and the counting histogram they were computed from (so that summaries of two
 * periods can be merged exactly with {@link mergeDistributions}).
 *
 * - `median`: the middle value; with an even count, the mean of the two middle values (so it may
 *   end in `.5`). `null` when there are no values.
 * - `p90`: the nearest-rank 90th percentile: the smallest value `v` such that at least 90% of the
 *   values are `<= v` (the `ceil(0.9 × count)`th value in ascending order). `null` when empty.
 * - `histogram`: `[value, count]` pairs in ascending order of value, counts above zero only.
 *
 * @example
 * ```ts
 * const d: WorkingDaysDistribution = { count: 3, median: 8, p90: 12, mean: 9, max: 12,
 *   histogram: [[7, 1], [8, 1], [12, 1]] };
 * ```
 */
export interface WorkingDaysDistribution {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
  /** Arithmetic mean, rounded to 2 decimal places; `null` when empty. */
  readonly mean: number | null;
  readonly max: number | null;
  readonly histogram: readonly (readonly [value: number, count: number])[];
}

/**
 * A streaming counter of whole numbers (working days taken) that gives the exact median and 90th
 * percentile in memory proportional to the largest value, not to the number of values: one
 * counting bucket per possible value. Values must be whole numbers from 0 to 100,000.
 *
 * @example
 * ```ts
 * const h = new WorkingDaysHistogram();
 * for (const d of [3, 10, 12, 7]) h.add(d);
 * h.summary().median; // 8.5
 * h.summary().p90; // 12
 * ```
 */
export class WorkingDaysHistogram {
  #counts: Float64Array = new Float64Array(64);
  #n = 0;
  #sum = 0;
  #max = -1;

  /** Counts one value (a whole number of working days, 0 to 100,000). */
  add(value: number, times = 1): void {
    // The checks' error paths only when a check fails: the report calls this once per response.
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100_000) {
      expectInteger({ fn: 'WorkingDaysHistogram.add', path: 'value' }, value, { min: 0, max: 100_000, expected: 'a whole number of working days from 0 to 100000', code: 'invalid-working-days' });
    }
    if (times !== 1) expectInteger({ fn: 'WorkingDaysHistogram.add', path: 'times' }, times, { min: 0, expected: 'a whole number of times, 0 or more' });
    if (value >= this.#counts.length) {
      let size = this.#counts.length;
      while (size <= value) size *= 2;
      const grown = new Float64Array(size);
      grown.set(this.#counts);
      this.#counts = grown;
    }
    this.#counts[value]! += times;
    this.#n += times;
    this.#sum += value * times;
    if (value > this.#max) this.#max = value;
  }

  /** How many values have been added. */
  get count(): number {
    return this.#n;
  }

  /** The value at 1-based rank `rank` in ascending order (1 <= rank <= count). */
  #atRank(rank: number): number {
    let seen = 0;
    for (let v = 0; v <= this.#max; v++) {
      seen += this.#counts[v]!;
      if (seen >= rank) return v;
    }
    return this.#max;
  }

  /** The summary of the values added so far. */
  summary(): WorkingDaysDistribution {
    const n = this.#n;
    if (n === 0) return { count: 0, median: null, p90: null, mean: null, max: null, histogram: [] };
    const lower = this.#atRank(Math.floor((n + 1) / 2));
    const upper = this.#atRank(Math.floor(n / 2) + 1);
    const histogram: [number, number][] = [];
    for (let v = 0; v <= this.#max; v++) if (this.#counts[v]! > 0) histogram.push([v, this.#counts[v]!]);
    return {
      count: n,
      median: (lower + upper) / 2,
      p90: this.#atRank(Math.ceil(0.9 * n)),
      mean: Math.round((this.#sum / n) * 100) / 100,
      max: this.#max,
      histogram,
    };
  }
}

/**
 * Merges the summaries of disjoint sets of values (e.g. two halves of a period) into the exact
 * summary of their union, using the histograms.
 *
 * @example
 * ```ts
 * declare const firstHalf: PerformanceReport, secondHalf: PerformanceReport; // April-September, October-March
 * const whole = mergeDistributions([firstHalf.workingDaysTaken.stage1, secondHalf.workingDaysTaken.stage1]);
 * ```
 */
export function mergeDistributions(parts: readonly WorkingDaysDistribution[]): WorkingDaysDistribution {
  const fn = 'mergeDistributions';
  const list = expectArray({ fn, path: 'parts' }, parts);
  const h = new WorkingDaysHistogram();
  for (let i = 0; i < list.length; i++) {
    const part = expectObject({ fn, path: `parts.${i}` }, list[i], 'a WorkingDaysDistribution');
    const histogram = expectArray({ fn, path: `parts.${i}.histogram` }, part.histogram);
    for (let j = 0; j < histogram.length; j++) {
      const at = { fn, path: `parts.${i}.histogram.${j}` };
      const pair = expectArray(at, histogram[j]);
      const value = expectInteger({ fn, path: `${at.path}.0` }, pair[0], { min: 0, max: 100_000, expected: 'a whole number of working days from 0 to 100000', code: 'invalid-working-days' });
      const count = expectInteger({ fn, path: `${at.path}.1` }, pair[1], { min: 0, expected: 'a whole number of responses, 0 or more' });
      h.add(value, count);
    }
  }
  return h.summary();
}
