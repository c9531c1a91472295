/**
 * One measured figure in docs/benchmarks.md. Every module's `test/bench/<module>.ts` exports
 * `bench(): Promise<BenchRow[]>`; `test/bench/run.ts` calls each and writes the table.
 */
export type BenchRow = {
  /** What was measured, e.g. `calendar: addWorkingDays (ISO strings, warm)`. */
  name: string;
  /** The figure measured in this run. */
  value: number;
  /** Its unit, e.g. `calls/s`, `ms`, `kB`. */
  unit: string;
  /** The goal it is held to, in words, e.g. `>= 2,000,000 calls/s`. */
  goal?: string;
  /** A comparison measured in the same run; the table shows `value / baseline.value`. */
  baseline?: { name: string; value: number };
};

/** The function every bench file exports. */
export type Bench = () => Promise<BenchRow[]>;
