// Hostile-input benchmark, on the built package (`npm run build` first): replay of one complaint with
// 1,000, 10,000 and 100,000 events (time per event, against the 1,000-event run), a complaint
// definition of 100,000 issues answered in one response, parseAssessment of 100,000 invalid JSON
// entries and of a 25 MB CSV, each with its time and the process's peak memory so far (maxRSS,
// cases run smallest first). This is a script, not library code: reading the clock here is intended.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './measure.js';
import type { BenchRow } from './types.js';

type Lib = typeof import('../../src/index.js');

export async function library(): Promise<Lib> {
  const entry = join(root, 'dist/index.js');
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` before `npm run bench`');
  return (await import(pathToFileURL(entry).href)) as Lib;
}

/** Milliseconds taken by `fn`, the best of `runs` (after one warm-up run). */
function time(fn: () => unknown, runs = 3): number {
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Peak resident memory of this process so far, in MB. */
const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

const definition = (n: number) => ({ issues: Array.from({ length: n }, (_, i) => ({ id: `i${i}`, summary: `Issue ${i}` })), outcomesSought: ['Repair'] });

/** One complaint: received, acknowledged, then updates until it has `n` events. */
export function longComplaint(n: number): unknown[] {
  const events: unknown[] = [
    { type: 'received', at: '2025-01-06', complaintId: 'C-long', channel: 'email', procedure: 'A' },
    { type: 'acknowledged', at: '2025-01-07', procedure: 'A', handler: 'officer-1', definition: definition(1) },
  ];
  while (events.length < n) events.push({ type: 'update-sent', at: '2025-01-08', note: `update ${events.length}` });
  return events;
}

/** Received, acknowledged with `n` issues, and a stage 1 response with a finding on each. */
export function wideComplaint(n: number): unknown[] {
  const d = definition(n);
  return [
    { type: 'received', at: '2025-01-06', complaintId: 'C-wide', channel: 'email', procedure: 'A' },
    { type: 'acknowledged', at: '2025-01-07', procedure: 'A', handler: 'officer-1', definition: d },
    {
      type: 'responded', at: '2025-01-14', stage: 1, definition: 'Many issues', findings: d.issues.map((q) => ({ issue: q.id, finding: 'not-upheld', reasons: 'Per the log' })),
      reasons: 'See findings', remedies: [], outstandingActions: [], escalation: 'Ask for a review within 20 working days', ombudsman: 'Housing Ombudsman 0300 111 3000',
    },
  ];
}

/**
 * One complaint of about `n` events whose events look up and change entries by id: a stage 1
 * response offering k remedies and k outstanding actions, an Ombudsman determination of k orders,
 * k evidence requests, then each evidence request answered, each remedy and action completed and
 * each order complied with (k = (n - 5) / 5).
 */
export function repeatingComplaint(n: number): unknown[] {
  const k = Math.max(1, Math.floor((n - 5) / 5));
  const ids = (prefix: string) => Array.from({ length: k }, (_, i) => `${prefix}${i}`);
  return [
    { type: 'received', at: '2025-01-06', complaintId: 'C-repeat', channel: 'email', procedure: 'A' },
    { type: 'acknowledged', at: '2025-01-07', procedure: 'A', handler: 'officer-1', definition: definition(1) },
    {
      type: 'responded', at: '2025-01-14', stage: 1, definition: 'One issue', findings: [{ issue: 'i0', finding: 'upheld', reasons: 'Per the log' }],
      reasons: 'See findings', escalation: 'Ask for a review within 20 working days', ombudsman: 'Housing Ombudsman 0300 111 3000',
      remedies: ids('r').map((id) => ({ id, kind: 'apology', description: 'A written apology', dueBy: '2025-02-28' })),
      outstandingActions: ids('a').map((id) => ({ id, description: 'Replace the fan', dueBy: '2025-02-28' })),
    },
    { type: 'ombudsman-referral', at: '2025-01-20' },
    { type: 'ombudsman-determination', at: '2025-01-21', outcome: 'maladministration', orders: ids('o').map((id) => ({ id, description: 'Pay compensation' })) },
    ...ids('e').map((requestId) => ({ type: 'ombudsman-evidence-requested', at: '2025-01-22', requestId })),
    ...ids('e').map((requestId) => ({ type: 'ombudsman-evidence-provided', at: '2025-01-23', requestId })),
    ...ids('r').map((remedyId) => ({ type: 'remedy-completed', at: '2025-01-24', remedyId })),
    ...ids('a').map((actionId) => ({ type: 'action-completed', at: '2025-01-24', actionId })),
    ...ids('o').map((orderId) => ({ type: 'ombudsman-order-complied', at: '2025-01-24', orderId })),
  ];
}

function invalidJson(n: number): string {
  return JSON.stringify({ entries: Array.from({ length: n }, (_, i) => ({ provision: `9.${100 + i}`, complies: 'Voc', evidence: 12 })) });
}

export function bigCsv(bytes: number, lib: Lib): string {
  const rows: string[] = ['Code provision,Code requirement,Comply,Evidence,Commentary'];
  const evidence = `"${'Covered in Section 6 of the policy, with the log of responses; '.repeat(40)}"`;
  let size = rows[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const p = lib.code2024[i % lib.code2024.length]!.number;
    const row = `${p},,Yes,${evidence},`;
    rows.push(row);
    size += row.length + 2;
  }
  return `${rows.join('\r\n')}\r\n`;
}

export async function bench(): Promise<BenchRow[]> {
  const lib = await library();
  const context = { policy: lib.policies.wellington, calendar: lib.createCalendar({ region: 'england-and-wales' }) };
  const rows: BenchRow[] = [];

  const perEvent: Record<number, number> = {};
  for (const n of [1_000, 10_000, 100_000]) {
    const events = longComplaint(n);
    const ms = time(() => {
      const r = lib.replay(events, context);
      if (!r.ok) throw new Error(r.error.message);
    }, n >= 100_000 ? 1 : 3);
    perEvent[n] = (ms * 1000) / n;
    rows.push({
      name: `replay: one complaint of ${n.toLocaleString('en-GB')} events, time per event (peak RSS so far ${Math.round(peakMb())} MB)`,
      value: perEvent[n]!,
      unit: 'µs/event',
      goal: 'at most 2x the 1,000-event figure',
      ...(n === 1_000 ? {} : { baseline: { name: 'replay of 1,000 events', value: perEvent[1_000]! } }),
    });
  }

  const repeating: Record<number, number> = {};
  for (const n of [1_000, 10_000, 100_000]) {
    const events = repeatingComplaint(n);
    const ms = time(() => {
      const r = lib.replay(events, context);
      if (!r.ok) throw new Error(r.error.message);
    }, n >= 100_000 ? 1 : 3);
    repeating[n] = (ms * 1000) / events.length;
    rows.push({
      name: `replay: one complaint of ${events.length.toLocaleString('en-GB')} events completing remedies, actions and orders and answering evidence requests by id, time per event (peak RSS so far ${Math.round(peakMb())} MB)`,
      value: repeating[n]!,
      unit: 'µs/event',
      goal: 'at most 2x the 1,000-event figure',
      ...(n === 1_000 ? {} : { baseline: { name: 'the same with about 1,000 events', value: repeating[1_000]! } }),
    });
  }

  const wide: Record<number, number> = {};
  for (const n of [1_000, 100_000]) {
    const events = wideComplaint(n);
    const ms = time(() => {
      const r = lib.replay(events, context);
      if (!r.ok) throw new Error(r.error.message);
    }, n >= 100_000 ? 1 : 3);
    wide[n] = (ms * 1000) / n;
    rows.push({
      name: `replay: a definition of ${n.toLocaleString('en-GB')} issues acknowledged and answered, time per issue (peak RSS so far ${Math.round(peakMb())} MB)`,
      value: wide[n]!,
      unit: 'µs/issue',
      ...(n === 1_000 ? {} : { baseline: { name: 'the same with 1,000 issues', value: wide[1_000]! } }),
    });
  }

  const invalid: Record<number, number> = {};
  for (const n of [1_000, 100_000]) {
    const text = invalidJson(n);
    const ms = time(() => {
      const r = lib.parseAssessment(text, 'json');
      if (r.ok) throw new Error('expected errors');
    }, n >= 100_000 ? 1 : 3);
    invalid[n] = (ms * 1000) / n;
    rows.push({
      name: `parseAssessment: ${n.toLocaleString('en-GB')} invalid JSON entries, time per entry (peak RSS so far ${Math.round(peakMb())} MB)`,
      value: invalid[n]!,
      unit: 'µs/entry',
      ...(n === 1_000 ? {} : { baseline: { name: 'the same with 1,000 entries', value: invalid[1_000]! } }),
    });
  }

  // The 25 MB CSV runs in its own process, so its peak memory is its own: test/bench/hostile-csv.ts.
  return rows;
}
