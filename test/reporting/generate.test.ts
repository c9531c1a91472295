import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/lifecycle/index.js';
import { policies } from '../../src/policy/index.js';
import { createRng, generateComplaintEvents, generateComplaints, performanceReport } from '../../src/reporting/index.js';
import { seededRng } from '../../src/reporting/prng.js';
import { calendar } from './fixtures.js';

const base = { from: '2025-04-01', to: '2026-03-31', policy: policies.wellington, calendar } as const;

describe('createRng: a seeded generator', () => {
  it('is deterministic per seed and stays in range', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    expect(createRng(43).next()).not.toBe(xs[0]);
  });

  it('is roughly uniform: each tenth of [0, 1) gets 8–12% of 20,000 draws', () => {
    const rng = createRng(7);
    const bins = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) bins[Math.floor(rng.next() * 10)]++;
    for (const b of bins) expect(b / 20_000).toBeGreaterThan(0.08), expect(b / 20_000).toBeLessThan(0.12);
  });

  it("draws the same numbers as the generator's unchecked one for the same seed, call for call", () => {
    const checked = createRng(11);
    const own = seededRng(11);
    const table = [['a', 1], ['b', 0], ['c', 2.5]] as const;
    for (let i = 0; i < 500; i++) {
      const which = i % 4;
      if (which === 0) expect(checked.next()).toBe(own.next());
      else if (which === 1) expect(checked.int(-3, 40)).toBe(own.int(-3, 40));
      else if (which === 2) expect(checked.chance(0.3)).toBe(own.chance(0.3));
      else expect(checked.weighted(table)).toBe(own.weighted(table));
    }
  });

  it('int draws whole numbers from min to max, both included, and refuses bounds that are not whole or out of order, naming the bound', () => {
    const rng = createRng(3);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(-2, 3)));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(rng.int(4, 4)).toBe(4);
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        const { code, path, rule, limit } = e as { code: string; path: string; rule: string; limit?: number };
        return { code, path, rule, limit };
      }
      return 'accepted';
    };
    expect(refusal(() => rng.int(1.5, 3))).toEqual({ code: 'invalid-argument', path: 'min', rule: 'integer', limit: undefined });
    expect(refusal(() => rng.int(0, Number.NaN))).toEqual({ code: 'invalid-argument', path: 'max', rule: 'integer', limit: undefined });
    expect(refusal(() => rng.int(0, 2 ** 60))).toEqual({ code: 'invalid-argument', path: 'max', rule: 'maximum', limit: Number.MAX_SAFE_INTEGER });
    expect(refusal(() => rng.int(5, 1))).toEqual({ code: 'invalid-argument', path: 'max', rule: 'minimum', limit: 5 });
  });
});

describe('generateComplaintEvents: synthetic histories valid for the lifecycle', () => {
  it('gives the same events for the same seed, different ones for another', () => {
    const once = [...generateComplaintEvents({ ...base, seed: 5, count: 20 })];
    expect([...generateComplaintEvents({ ...base, seed: 5, count: 20 })]).toEqual(once);
    expect([...generateComplaintEvents({ ...base, seed: 6, count: 20 })]).not.toEqual(once);
    expect(once).toHaveLength(20);
  });

  it('property: every history replays under Wellington, with receipt in the period and events in date order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(undefined, '2025-10-15', '2026-04-30'), (seed, asOf) => {
        for (const events of generateComplaintEvents({ ...base, seed, count: 15, ...(asOf ? { asOf } : {}) })) {
          const r = replay(events, { policy: policies.wellington, calendar });
          expect(r.ok ? 'ok' : r.error).toBe('ok');
          const dates = events.map((e) => e.at);
          expect([...dates].sort()).toEqual(dates);
          expect(dates[0]! >= base.from && dates[0]! <= base.to).toBe(true);
          if (asOf) expect(dates.every((d) => d <= asOf)).toBe(true);
        }
      }),
      { numRuns: runs(1 / 5) },
    );
  });

  it('puts categories on the events: every received event has one, about a tenth corrected at acknowledgement (Code 9.7(a); policy s.12)', () => {
    const logs = [...generateComplaintEvents({ ...base, seed: 5, count: 2000 })];
    expect(logs.every((events) => events[0]?.type === 'received' && typeof events[0].category === 'string')).toBe(true);
    const acks = logs.flatMap((events) => events.filter((e) => e.type === 'acknowledged'));
    const corrected = acks.filter((e) => e.type === 'acknowledged' && e.category !== undefined).length / acks.length;
    expect(corrected).toBeGreaterThan(0.07);
    expect(corrected).toBeLessThan(0.13);
  });

  it('completes stage 1 remedies after a refusal to escalate, in the documented proportions (Code 7.3)', () => {
    const refusedAtStage2 = [...generateComplaints({ ...base, from: '2025-01-01', to: '2027-12-31', asOf: '2028-12-31', seed: 9, count: 6000, rates: { escalationRefused: 0.5 } })].filter(
      (c) => c.status === 'refused' && c.refusal.stage === 2,
    );
    const remedies = refusedAtStage2.flatMap((c) => ('response' in c.stage1 ? c.stage1.response.remedies : []));
    const completedAfterRefusal = refusedAtStage2.filter((c) => c.history.some((h) => h.event.type === 'remedy-completed' && c.status === 'refused' && h.on > c.refusal.on));
    expect(completedAfterRefusal.length).toBeGreaterThan(0);
    // 80% on time and 70% of the rest late: about 94% completed in all.
    const completed = remedies.filter((r) => r.completedOn !== undefined).length / remedies.length;
    expect(completed).toBeGreaterThan(0.88);
    expect(completed).toBeLessThan(0.99);
  });

  it('replays under the Code, Dennetts and CHS commercial client policies too', () => {
    for (const policy of [policies.housingOmbudsmanCode2024, policies.dennetts, policies.chsCommercialClient]) {
      expect([...generateComplaints({ ...base, policy, seed: 11, count: 200 })]).toHaveLength(200);
    }
  });

  it('Code 6.10 "it must be progressed to stage 2": under the Code policy (no window) no complaint closes as "window lapsed" and no request is late', () => {
    const all = [...generateComplaints({ ...base, policy: policies.housingOmbudsmanCode2024, seed: 12, count: 300 })];
    expect(all.some((c) => c.status === 'closed' && c.closure.how === 'escalation-window-lapsed')).toBe(false);
    expect(all.some((c) => c.status === 'closed' && c.closure.how === 'stage-1-accepted')).toBe(true);
    expect(all.some((c) => 'stage2' in c && c.stage2 !== undefined && c.stage2.escalation.late)).toBe(false);
  });

  it('policy s.7 "it will then be the responsibility of the Co-op\'s Complaints Panel to make a decision and communicate this to the complainant": a procedure B stage 2 response notifies no one; procedure A\'s notify the Co-op', () => {
    const seen = { A: 0, B: 0 };
    for (const events of generateComplaintEvents({ ...base, seed: 13, count: 600 })) {
      const procedure = (events.find((e) => e.type === 'received') as { procedure?: string } | undefined)?.procedure;
      const stage2 = events.find((e) => e.type === 'responded' && e.stage === 2) as { notified?: string[] } | undefined;
      if (stage2 === undefined || (procedure !== 'A' && procedure !== 'B')) continue;
      seen[procedure]++;
      expect(stage2.notified).toEqual(procedure === 'B' ? undefined : ['landlord-complaints-officer']);
    }
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
  });

  it('draws plausible proportions (documented defaults) on 3,000 complaints', () => {
    const r = performanceReport(generateComplaints({ ...base, seed: 2024, count: 3000 }), { policy: policies.wellington, calendar }, { from: '2025-01-01', to: '2027-12-31' });
    const share = (n: number, d: number) => n / d;
    expect(share(r.refused.stage1, r.received.total)).toBeGreaterThan(0.04);
    expect(share(r.refused.stage1, r.received.total)).toBeLessThan(0.08);
    expect(share(r.received.stage2, r.timeliness.stage1.responded)).toBeGreaterThan(0.14);
    expect(share(r.received.stage2, r.timeliness.stage1.responded)).toBeLessThan(0.22);
    expect(share(r.timeliness.stage1.late, r.timeliness.stage1.responded)).toBeGreaterThan(0.07);
    expect(share(r.timeliness.stage1.late, r.timeliness.stage1.responded)).toBeLessThan(0.14);
    expect(r.categories[0]?.category).toBe('repairs');
    expect(r.ombudsman.referrals).toBeGreaterThan(0);
    // Code 9.7(c): determinations follow some referrals; orders are mostly complied with.
    expect(r.ombudsman.determinations.total).toBeGreaterThan(0);
    expect(r.ombudsman.determinations.total).toBeLessThan(r.ombudsman.referrals);
    expect(r.ombudsman.orders.compliedInPeriod).toBeGreaterThan(r.ombudsman.orders.outstanding);
    expect(r.extensions.stage1.exceededAllowance).toBeGreaterThan(0);
    expect(r.withdrawn.total).toBeGreaterThan(0);
  });

  it('rejects invalid options with a typed error naming the field', () => {
    expect(() => generateComplaintEvents({ ...base, seed: 1, count: -1 }).next()).toThrow(expect.objectContaining({ code: 'invalid-generator-options', path: 'options.count' }));
    expect(() => generateComplaintEvents({ ...base, seed: 1.5, count: 1 }).next()).toThrow(expect.objectContaining({ path: 'options.seed' }));
    expect(() => generateComplaintEvents({ ...base, from: '2025-13-01', seed: 1, count: 1 }).next()).toThrow(expect.objectContaining({ path: 'options.from' }));
  });
});
