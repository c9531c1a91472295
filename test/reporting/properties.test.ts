import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../src/calendar/dates.js';
import { policies } from '../../src/policy/index.js';
import { dayNumber } from '../../src/reporting/days.js';
import { generateComplaints, mergeDistributions, performanceReport, type PerformanceReport } from '../../src/reporting/index.js';
import { calendar } from './fixtures.js';

const context = { policy: policies.wellington, calendar };
const gen = (seed: number) => [...generateComplaints({ seed, count: 40, from: '2025-01-01', to: '2025-12-31', policy: policies.wellington, calendar })];

/** The figures that count events in the period (not the "as of" snapshots), to add across periods. */
function flows(r: PerformanceReport) {
  return {
    received: [r.received.total, r.received.stage1, r.received.stage2],
    refused: [r.refused.stage1, r.refused.stage2],
    byGround: Object.fromEntries(r.refused.byGround.map((g) => [g.ground, g.count])),
    withdrawn: [r.withdrawn.stage1, r.withdrawn.stage2],
    outcomes: r.outcomes,
    categories: Object.fromEntries(r.categories.map((c) => [c.category, c.count])),
    acknowledgements: r.acknowledgements,
    timeliness: r.timeliness,
    ch02: r.tsm!.ch02Timeliness,
    extensions: r.extensions,
    referrals: r.ombudsman.referrals,
    evidenceReceived: r.ombudsman.evidenceRequests.received,
    determinations: Object.fromEntries(r.ombudsman.determinations.byOutcome.map((d) => [d.outcome, d.count])),
    ordersMade: r.ombudsman.orders.made,
    ordersComplied: r.ombudsman.orders.compliedInPeriod,
    remediesCompleted: r.remedies.completedInPeriod,
  };
}

function add<T>(a: T, b: T): T {
  if (typeof a === 'number') return ((a as number) + (b as number)) as T;
  if (Array.isArray(a)) return a.map((x, i) => add(x, (b as unknown[])[i])) as T;
  const out: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(a as object), ...Object.keys(b as object)])) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    out[k] = x === undefined ? y : y === undefined ? x : add(x, y);
  }
  return out as T;
}

describe('performanceReport properties (over seeded synthetic complaints)', () => {
  it('on time + late = responded, at each stage, against the policy and the Code; the breakdowns add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (seed) => {
        const r = performanceReport(gen(seed), context, { from: '2025-01-01', to: '2025-12-31', homes: 500 });
        for (const t of [r.timeliness.stage1, r.timeliness.stage2, r.tsm!.ch02Timeliness.stage1, r.tsm!.ch02Timeliness.stage2]) {
          expect(t.onTime + t.late + t.withoutTimescale).toBe(t.responded);
          expect(t.onTimeWithExtension + t.onTimeWithoutExtension).toBe(t.onTime);
          expect(t.lateWithExtension + t.lateWithoutExtension).toBe(t.late);
        }
        const o = r.outcomes.stage1;
        expect(o.upheld + o.partiallyUpheld + o.notUpheld + o.notRecorded).toBe(r.timeliness.stage1.responded);
        expect(r.workingDaysTaken.stage1.count).toBe(r.timeliness.stage1.responded);
        expect(r.received.stage1).toBeLessThanOrEqual(r.received.total);
      }),
      { numRuns: runs(1 / 4) },
    );
  });

  it('CH02 is between 0 and 100 (or null when nothing was responded to), and equals numerator / denominator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 120 }), (seed, start, len) => {
        const from = fromDayNumber(dayNumber('2025-01-01') + start);
        const to = fromDayNumber(dayNumber(from) + len);
        const r = performanceReport(gen(seed), context, { from, to });
        for (const p of [r.tsm!.ch02.stage1, r.tsm!.ch02.stage2]) {
          if (p.denominator === 0) expect(p.percent).toBeNull();
          else {
            expect(p.percent).toBeGreaterThanOrEqual(0);
            expect(p.percent).toBeLessThanOrEqual(100);
            expect(p.percent).toBeCloseTo((p.numerator / p.denominator) * 100, 1);
          }
        }
      }),
      { numRuns: runs(1 / 4) },
    );
  });

  it('splitting a period in two and adding the counts gives the whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 400 }), (seed, cut) => {
        const complaints = gen(seed);
        const from = '2025-01-01';
        const to = '2026-02-28';
        const mid = fromDayNumber(dayNumber(from) + cut);
        const next = fromDayNumber(dayNumber(mid) + 1);
        const whole = performanceReport(complaints, context, { from, to });
        const first = performanceReport(complaints, context, { from, to: mid });
        const second = performanceReport(complaints, context, { from: next, to });
        expect(add(flows(first), flows(second))).toEqual(flows(whole));
        expect(mergeDistributions([first.workingDaysTaken.stage1, second.workingDaysTaken.stage1])).toEqual(whole.workingDaysTaken.stage1);
        expect(mergeDistributions([first.workingDaysTaken.stage2, second.workingDaysTaken.stage2])).toEqual(whole.workingDaysTaken.stage2);
        const months = (r: PerformanceReport) => r.received.byMonth.reduce((a, m) => a + m.stage1 + m.stage2 + m.refused, 0);
        expect(months(first) + months(second)).toBe(months(whole));
      }),
      { numRuns: runs(1 / 4) },
    );
  });
});
