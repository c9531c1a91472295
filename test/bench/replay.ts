// Replay speed on the built package (dist/, as users get it): replaying 100,000 stored complaints
// (8 events each) and computing their deadlines, beside JSON.parse of the same stored texts,
// measured side by side in one run. The goal: replay with deadlines at most 0.75x JSON.parse.
// This is a script, not library code: reading the clock here is intended.
import { storedComplaints } from './lifecycle.js';
import { builtModule } from './measure.js';
import type { BenchRow } from './types.js';

const COMPLAINTS = 100_000;

type Lib = typeof import('../../src/index.js');

export async function bench(): Promise<BenchRow[]> {
  const lib = await builtModule<Lib>();
  const context = { policy: lib.policies.wellington, calendar: lib.createCalendar({ region: 'england-and-wales' }) };
  const texts = storedComplaints(COMPLAINTS, context);
  const parseAll = (): { ms: number; parsed: unknown[][] } => {
    const t0 = performance.now();
    const parsed = texts.map((t) => JSON.parse(t) as unknown[]);
    return { ms: performance.now() - t0, parsed };
  };
  const replayAll = (parsed: readonly unknown[][], validated = false): { ms: number; deadlines: number } => {
    const t0 = performance.now();
    let n = 0;
    for (const events of parsed) {
      const r = lib.replay(events, context, { validated });
      if (!r.ok) throw new Error(`bench complaint did not replay: ${r.error.code} ${r.error.message}`);
      n += lib.deadlines(r.value, context, '2026-06-30').length;
    }
    return { ms: performance.now() - t0, deadlines: n };
  };
  // Warm-up, then three rounds, each timing JSON.parse and replay side by side.
  replayAll(parseAll().parsed.slice(0, 5_000));
  let bestParse = Infinity;
  let bestReplay = Infinity;
  let bestValidated = Infinity;
  let count = 0;
  for (let round = 0; round < 3; round++) {
    const p = parseAll();
    const r = replayAll(p.parsed);
    const v = replayAll(p.parsed, true);
    bestParse = Math.min(bestParse, p.ms);
    bestReplay = Math.min(bestReplay, r.ms);
    bestValidated = Math.min(bestValidated, v.ms);
    count = r.deadlines;
  }
  const parseRow = { name: `JSON.parse of the ${COMPLAINTS.toLocaleString('en-GB')} stored histories (best of 3)`, value: bestParse };
  return [
    { name: parseRow.name, value: bestParse, unit: 'ms' },
    {
      name: `replay + deadlines of the same parsed histories (dist/index.js; ${count.toLocaleString('en-GB')} deadlines; best of 3), as a ratio to JSON.parse`,
      value: bestReplay,
      unit: 'ms',
      goal: '<= 0.75 x JSON.parse',
      baseline: parseRow,
    },
    {
      name: 'replay({ validated: true }) + deadlines (events validated once, when stored; same run), as a ratio to JSON.parse',
      value: bestValidated,
      unit: 'ms',
      goal: '<= 0.75 x JSON.parse',
      baseline: parseRow,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await bench()) console.log(row.name, Math.round(row.value), row.unit, row.baseline ? `(${(row.value / row.baseline.value).toFixed(2)}x)` : '');
}
