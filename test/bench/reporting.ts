// Reporting benchmarks, run by `npm run bench` (test/bench/run.ts). A script, not library code:
// reading the clock and the process's memory here is intended.
//
// The report is measured over 1,000,000 complaints streamed from a lazy iterable. Replaying a
// million generated histories through the lifecycle takes far longer than the report itself, so the
// million is 20,000 distinct generated-and-replayed complaints yielded 50 times over (the report
// does the same work for a repeat as for a new complaint; it keeps nothing per complaint). The
// generation and replay costs are measured separately below, and a fully lazy
// generate → replay → report pipeline is measured on 100,000 complaints, with the heap retained
// after a full collection compared at 10,000 and at 100,000 complaints to show memory stays flat.
import type { Complaint } from '../../src/lifecycle/index.js';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { BenchRow } from './types.js';
import { builtModule } from './measure.js';

const { createCalendar } = await builtModule<typeof import('../../src/calendar/index.js')>('./calendar');
const { replay } = await builtModule<typeof import('../../src/lifecycle/index.js')>('./lifecycle');
const { policies } = await builtModule<typeof import('../../src/policy/index.js')>('./policy');
const { generateComplaintEvents, generateComplaints, performanceReport } = await builtModule<typeof import('../../src/reporting/index.js')>('./reporting');

const MiB = 2 ** 20;
const calendar = createCalendar({ region: 'england-and-wales' });
const policy = policies.wellington;
const context = { policy, calendar };
const period = { from: '2025-04-01', to: '2026-03-31', homes: 600 } as const;
const gen = { from: '2025-04-01', to: '2026-03-31', policy, calendar, asOf: '2026-04-30' } as const;

/** Memory high-water marks, sampled from inside the iteration (a timer cannot fire in a synchronous loop). */
class MemoryProbe {
  heap = 0;
  rss = 0;
  sample(): void {
    const m = process.memoryUsage();
    if (m.heapUsed > this.heap) this.heap = m.heapUsed;
    if (m.rss > this.rss) this.rss = m.rss;
  }
}

/** Yields `pool` `times` times over, sampling memory every 10,000 complaints. */
function* cycle(pool: readonly Complaint[], times: number, probe?: MemoryProbe): Generator<Complaint> {
  let n = 0;
  for (let t = 0; t < times; t++) {
    for (const c of pool) {
      if (probe && ++n % 10_000 === 0) probe.sample();
      yield c;
    }
  }
}

/**
 * A naive multi-pass computation of three of the figures (CH01 stage 1, CH02 stage 1 against the
 * Code, median working days at stage 1): materialise the complaints, filter once per figure, use
 * the calendar's string API for every working-day sum, and sort for the median.
 */
function naiveThreeFigures(complaints: Iterable<Complaint>): { ch01: number; ch02: number; median: number } {
  const all = Array.from(complaints);
  const { from, to } = period;
  const received = all.filter((c) => c.receivedOn >= from && c.receivedOn <= to && !(c.status === 'refused' && c.refusal.stage === 1));
  const responded = all.filter((c) => 'response' in c.stage1 && c.stage1.response.on >= from && c.stage1.response.on <= to);
  let onTime = 0;
  for (const c of responded) {
    const s = c.stage1 as Extract<Complaint['stage1'], { response: unknown }>;
    const ackDue = calendar.addWorkingDays(c.receivedOn, 5);
    const anchor = s.acknowledgedOn < ackDue ? s.acknowledgedOn : ackDue;
    const extra = s.extensions.filter((e) => !e.late && e.on <= s.response.on && (e.totalWorkingDays <= 10 || e.goodReason)).reduce((a, e) => a + e.workingDays, 0);
    if (s.response.on <= calendar.addWorkingDays(anchor, 10 + extra)) onTime++;
  }
  const days = responded.map((c) => calendar.workingDaysBetween(c.receivedOn, (c.stage1 as { response: { on: string } }).response.on)).sort((a, b) => a - b);
  const n = days.length;
  const median = n === 0 ? 0 : n % 2 ? days[(n - 1) / 2]! : (days[n / 2 - 1]! + days[n / 2]!) / 2;
  return { ch01: (received.length / period.homes) * 1000, ch02: responded.length ? (onTime / responded.length) * 100 : 0, median };
}

/** A function that runs a full garbage collection (`--expose-gc` turned on at run time). */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const load = os.loadavg()[0] ?? 0;
  const POOL = 20_000;
  const TIMES = 50;
  const TOTAL = POOL * TIMES;

  // 1. Generating event histories alone (no replay).
  const eventsOnly = time(() => {
    let events = 0;
    for (const e of generateComplaintEvents({ ...gen, seed: 1, count: 100_000 })) events += e.length;
    return events;
  });
  rows.push({ name: 'generateComplaintEvents: synthetic histories (100,000 complaints)', value: 100_000 / (eventsOnly.ms / 1000), unit: 'complaints/s' });

  // 2. Replaying them through the lifecycle (zod-validated events), to build the pool.
  const built = time(() => [...generateComplaints({ ...gen, seed: 2, count: POOL })]);
  const pool = built.value;
  rows.push({ name: `generateComplaints: generate and replay through the lifecycle (${POOL.toLocaleString('en-GB')} complaints)`, value: POOL / (built.ms / 1000), unit: 'complaints/s' });

  // 3. The raw cost of streaming 1,000,000 complaints through a generator, touching each.
  const raw = time(() => {
    let n = 0;
    for (const c of cycle(pool, TIMES)) if (c.status !== 'received') n++;
    return n;
  });

  // 4. Naive multi-pass baseline (three figures only) over the same 1,000,000.
  const naive = time(() => naiveThreeFigures(cycle(pool, TIMES)));

  // 5. The report over 1,000,000, with memory sampled during the run.
  const before = process.memoryUsage();
  const probe = new MemoryProbe();
  probe.sample();
  const report = time(() => performanceReport(cycle(pool, TIMES, probe), context, period));
  probe.sample();
  if (report.value.complaintsRead !== TOTAL) throw new Error(`report read ${report.value.complaintsRead} complaints, expected ${TOTAL}`);
  // The report must agree with the naive figures it shares.
  const r = report.value;
  if (Math.abs((r.tsm!.ch02.stage1.percent ?? 0) - naive.value.ch02) > 0.06 || r.workingDaysTaken.stage1.median !== naive.value.median) {
    throw new Error(`report and naive baseline disagree: ${JSON.stringify({ report: [r.tsm!.ch02.stage1.percent, r.workingDaysTaken.stage1.median], naive: naive.value })}`);
  }

  rows.push({
    name: 'performanceReport: 1,000,000 complaints streamed (20,000 distinct x 50), all figures',
    value: report.ms,
    unit: 'ms',
    goal: '< 5,000 ms',
    baseline: { name: 'naive multi-pass, 3 figures only', value: naive.ms },
  });
  rows.push({ name: 'raw iteration of the same 1,000,000 complaints (the floor)', value: raw.ms, unit: 'ms' });
  rows.push({ name: 'performanceReport: report time per complaint', value: (report.ms * 1000) / TOTAL, unit: 'µs' });
  rows.push({ name: 'performanceReport 1,000,000: peak heap used during the run (input pool included)', value: probe.heap / MiB, unit: 'MiB', goal: '< 1,024 MiB' });
  rows.push({ name: 'performanceReport 1,000,000: heap growth over the input pool during the run', value: (probe.heap - before.heapUsed) / MiB, unit: 'MiB' });
  rows.push({ name: 'performanceReport 1,000,000: peak RSS during the run', value: probe.rss / MiB, unit: 'MiB', goal: '< 1,024 MiB' });

  // 6. Fully lazy pipeline: generate → replay → report, 100,000 complaints, nothing held. To show
  // that memory does not grow with the count, the heap still in use after a full garbage collection
  // is measured after the first 10,000 complaints and at the end (collections timed out of the run).
  pool.length = 0;
  const gc = exposeGc();
  let retainedEarly = 0;
  let retainedLate = 0;
  let gcMs = 0;
  const retained = (): number => {
    const t0 = performance.now();
    gc();
    gcMs += performance.now() - t0;
    return process.memoryUsage().heapUsed;
  };
  function* lazyComplaints(): Generator<Complaint> {
    let n = 0;
    for (const events of generateComplaintEvents({ ...gen, seed: 3, count: 100_000 })) {
      n++;
      if (n === 10_000) retainedEarly = retained();
      if (n === 100_000) retainedLate = retained();
      const res = replay(events, context);
      if (res.ok) yield res.value;
    }
  }
  const lazy = time(() => performanceReport(lazyComplaints(), context, period));
  rows.push({ name: 'generate → replay → report, fully lazy (100,000 complaints; forced collections excluded)', value: lazy.ms - gcMs, unit: 'ms' });
  rows.push({ name: 'generate → replay → report: heap retained after 10,000 complaints (after a full GC)', value: retainedEarly / MiB, unit: 'MiB' });
  rows.push({ name: 'generate → replay → report: heap retained after 100,000 complaints (after a full GC)', value: retainedLate / MiB, unit: 'MiB', goal: 'about the same as after 10,000: memory does not grow with the count' });
  rows.push({ name: 'reporting bench: process peak RSS (maxRSS, whole bench process so far)', value: process.resourceUsage().maxRSS / 1024, unit: 'MiB' });
  rows.push({ name: 'reporting bench: 1-minute load average when it started (above the core count means other work shared the CPUs)', value: load, unit: 'load' });
  return rows;
}

// Run directly: `npx tsx test/bench/reporting.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await bench()) console.log(`${row.name}: ${row.value.toFixed(1)} ${row.unit}${row.baseline ? ` (baseline ${row.baseline.name}: ${row.baseline.value.toFixed(1)})` : ''}`);
}
