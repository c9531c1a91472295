import { describe, expect, expectTypeOf, it } from 'vitest';
import { HousingComplaintsError } from '../../src/core/index.js';
import { replay, type Complaint, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { policies } from '../../src/policy/index.js';
import { parseReportOptions, performanceReport, type PerformanceReport, type PerformanceReportOptions, type PerThousandHomes } from '../../src/reporting/index.js';
import { acknowledged, build, context, extension, juneDataset, received, responded } from './fixtures.js';

const JUNE = { from: '2025-06-01', to: '2025-06-30', homes: 600 } as const;

describe('performanceReport: hand-checked June 2025 dataset (policy s.11, s.12; Code 8.1, 9.6, 9.7)', () => {
  const report: PerformanceReport = performanceReport(juneDataset(), context, JUNE);

  it('reads every complaint once', () => {
    expect(report.complaintsRead).toBe(7);
  });

  it('counts complaints received by receipt date: A, B, C, D, E in June; F and G earlier (Code 9.7(a))', () => {
    expect(report.received.total).toBe(5);
    // D was refused, so stage 1 complaints received are A, B, C, E.
    expect(report.received.stage1).toBe(4);
    // F's escalation was requested on 2 June.
    expect(report.received.stage2).toBe(1);
    expect(report.received.byMonth).toEqual([{ month: '2025-06', stage1: 4, stage2: 1, refused: 1 }]);
  });

  it('counts refusals by ground and stage (Code 8.1(b), 2.4; policy s.3)', () => {
    expect(report.refused).toEqual({ total: 1, stage1: 1, stage2: 0, byGround: [{ ground: 'legal-proceedings', count: 1 }] });
  });

  it('counts withdrawals at the stage they happened (E at stage 1)', () => {
    expect(report.withdrawn).toEqual({ total: 1, stage1: 1, stage2: 0 });
  });

  it('counts outcomes of responses sent in the period (policy s.8): A upheld, B not, C partially; F upheld at stage 2', () => {
    expect(report.outcomes.stage1).toEqual({ upheld: 1, partiallyUpheld: 1, notUpheld: 1, notRecorded: 0 });
    expect(report.outcomes.stage2).toEqual({ upheld: 1, partiallyUpheld: 0, notUpheld: 0, notRecorded: 0 });
  });

  it('counts acknowledgements against the policy (Code 6.2, 6.11; policy s.6): only B (12 Jun, due 10 Jun) is late', () => {
    // A: due 2 Jun + 5 = 9 Jun, sent 4 Jun. B: due 3 Jun + 5 = 10 Jun, sent 12 Jun. C: due 12 Jun, sent 6 Jun.
    // E: due 16 Jun, sent 10 Jun. F at stage 2: due 2 Jun + 5 = 9 Jun, sent 4 Jun.
    expect(report.acknowledgements.stage1).toEqual({ acknowledged: 4, onTime: 3, late: 1, withoutTimescale: 0 });
    expect(report.acknowledgements.stage2).toEqual({ acknowledged: 1, onTime: 1, late: 0, withoutTimescale: 0 });
  });

  it("counts responses on time and late against the policy's timescales, with and without extensions (Code 6.3, 6.4; policy s.5)", () => {
    // A: due 4 Jun + 10 = 18 Jun, sent 13 Jun: on time. B: due 12 Jun + 10 = 26 Jun, sent 27 Jun: late.
    // C: due 6 Jun + 10 = 20 Jun, + 5 extension = 27 Jun, sent 25 Jun: on time with an extension.
    expect(report.timeliness.stage1).toEqual({ responded: 3, onTime: 2, late: 1, onTimeWithoutExtension: 1, onTimeWithExtension: 1, lateWithoutExtension: 1, lateWithExtension: 0, withoutTimescale: 0 });
    // F (Wellington: 20 from the request): due 2 Jun + 20 = 30 Jun, + 12 = 16 Jul; sent 30 Jun: on time with an extension.
    expect(report.timeliness.stage2).toEqual({ responded: 1, onTime: 1, late: 0, onTimeWithoutExtension: 0, onTimeWithExtension: 1, lateWithoutExtension: 0, lateWithExtension: 0, withoutTimescale: 0 });
  });

  it('counts extensions and those over the allowance without good reason (Code 6.4, 6.15; policy s.5)', () => {
    expect(report.extensions.stage1).toEqual({ granted: 1, exceededAllowance: 0, beyondLimitWithoutAgreement: 0 });
    // F's 12 working days pass Wellington's 10 (with a good reason), not its 20-day agreement point.
    expect(report.extensions.stage2).toEqual({ granted: 1, exceededAllowance: 1, beyondLimitWithoutAgreement: 0 });
  });

  it('gives the exact median and 90th percentile of working days taken', () => {
    // Stage 1 from receipt: A 2→13 Jun = 9, B 3→27 Jun = 18, C 5→25 Jun = 14. Sorted 9, 14, 18:
    // median 14; nearest-rank p90 = the ceil(0.9 × 3) = 3rd value = 18; mean 41 / 3 = 13.67.
    expect(report.workingDaysTaken.stage1).toMatchObject({ count: 3, median: 14, p90: 18, mean: 13.67, max: 18 });
    expect(report.workingDaysTaken.stage1.histogram).toEqual([[9, 1], [14, 1], [18, 1]]);
    // Stage 2 from the request: F 2→30 Jun = 20.
    expect(report.workingDaysTaken.stage2).toMatchObject({ count: 1, median: 20, p90: 20 });
  });

  it("counts Ombudsman referrals and evidence requests against policy s.10's 15 working days", () => {
    // ev-1: requested 2 Jun, due 23 Jun, provided 20 Jun: on time. ev-2: requested 3 Jun, due 24 Jun,
    // not provided by 30 Jun: overdue.
    expect(report.ombudsman.referrals).toBe(1);
    expect(report.ombudsman.evidenceRequests).toEqual({ received: 2, metOnTime: 1, metLate: 0, outstanding: 0, overdue: 1 });
    expect(report.ombudsman.determinations.total).toBe(0);
  });

  it('counts remedies outstanding and overdue as of the end of the period (Code 7.3)', () => {
    // A-r1 completed 20 Jun; C-r1 due 27 Jun, not completed: overdue; F-r1 due 10 Jul: outstanding, not overdue.
    expect(report.remedies).toEqual({ asOf: '2025-06-30', outstanding: 2, overdue: 1, completedInPeriod: 1 });
  });

  it('computes TSM CH01 per 1,000 homes with numerator and denominator', () => {
    // 4 / 600 × 1000 = 6.67 → 6.7; 1 / 600 × 1000 = 1.67 → 1.7.
    expect(report.tsm!.ch01.stage1).toEqual({ numerator: 4, homes: 600, perThousand: 6.7 });
    expect(report.tsm!.ch01.stage2).toEqual({ numerator: 1, homes: 600, perThousand: 1.7 });
  });

  it("computes TSM CH02 against the Code's timescales (6.3, 6.4, 6.14, 6.15)", () => {
    // Stage 1: A and C within (C's 5-day extension is within the Code's 10); B late: 2 of 3 = 66.7%.
    expect(report.tsm!.ch02.stage1).toEqual({ numerator: 2, denominator: 3, percent: 66.7 });
    // Stage 2: F: Code due 4 Jun (acknowledgement) + 20 = 2 Jul, + 12 (within the Code's 20): sent 30 Jun.
    expect(report.tsm!.ch02.stage2).toEqual({ numerator: 1, denominator: 1, percent: 100 });
  });

  it('reports complaints without a category as uncategorised, and categoryOf overrides (Code 9.7(a); policy s.12)', () => {
    expect(report.categories).toEqual([{ category: 'uncategorised', count: 5 }]);
    const byId: Record<string, string> = { A: 'repairs', B: 'repairs', C: 'damp', D: 'repairs' };
    const r = performanceReport(juneDataset(), context, { ...JUNE, categoryOf: (c) => byId[c.id] });
    expect(r.categories).toEqual([
      { category: 'repairs', count: 3 },
      { category: 'damp', count: 1 },
      { category: 'uncategorised', count: 1 },
    ]);
  });

  it("reads the complaint's own category by default, as corrected at acknowledgement (Code 9.7(a); policy s.12)", () => {
    const complaints = [
      build([received('K1', '2025-06-02', { category: 'repairs' }), acknowledged('2025-06-04')]),
      build([received('K2', '2025-06-03', { category: 'repairs' }), { ...acknowledged('2025-06-04'), category: 'damp' } as LifecycleEvent]),
      build([received('K3', '2025-06-05', { category: 'repairs' })]),
      build([received('K4', '2025-06-06')]),
    ];
    const r = performanceReport(complaints, context, JUNE);
    expect(r.categories).toEqual([
      { category: 'repairs', count: 2 },
      { category: 'damp', count: 1 },
      { category: 'uncategorised', count: 1 },
    ]);
    // categoryOf overrides the complaint's own category.
    expect(performanceReport(complaints, context, { ...JUNE, categoryOf: () => 'all' }).categories).toEqual([{ category: 'all', count: 4 }]);
  });

  it("counts the Ombudsman's determinations by outcome and orders outstanding and overdue as of the end of the period (Code 9.7(c))", () => {
    const referred = (id: string) => [received(id, '2025-03-03'), acknowledged('2025-03-04'), responded('2025-03-10', 1, ['upheld']), { type: 'ombudsman-referral', at: '2025-03-20' } as LifecycleEvent];
    const complaints = [
      // K: severe maladministration on 2 Jun, three orders: one complied 10 Jun, one due 20 Jun never complied, one without a due date.
      build([
        ...referred('K'),
        { type: 'ombudsman-determination', at: '2025-06-02', outcome: 'severe-maladministration', orders: [
          { id: 'K-o1', description: 'Apologise', dueBy: '2025-06-16' },
          { id: 'K-o2', description: 'Pay compensation', dueBy: '2025-06-20' },
          { id: 'K-o3', description: 'Review the procedure' },
        ] } as LifecycleEvent,
        { type: 'ombudsman-order-complied', at: '2025-06-10', orderId: 'K-o1' } as LifecycleEvent,
      ]),
      // L: maladministration in May (before the period), order due 30 Jul: outstanding, not overdue.
      build([...referred('L'), { type: 'ombudsman-determination', at: '2025-05-20', outcome: 'maladministration', orders: [{ id: 'L-o1', description: 'Repair', dueBy: '2025-07-30' }] } as LifecycleEvent]),
      // M: no maladministration in June.
      build([...referred('M'), { type: 'ombudsman-determination', at: '2025-06-25', outcome: 'no-maladministration' } as LifecycleEvent]),
      // N: determined in July, after the period: not counted, its order not yet made.
      build([...referred('N'), { type: 'ombudsman-determination', at: '2025-07-02', outcome: 'service-failure', orders: [{ id: 'N-o1', description: 'Pay' }] } as LifecycleEvent]),
    ];
    const r = performanceReport(complaints, context, JUNE);
    expect(r.ombudsman.determinations.total).toBe(2);
    expect(r.ombudsman.determinations.byOutcome.filter((d) => d.count > 0)).toEqual([
      { outcome: 'no-maladministration', count: 1 },
      { outcome: 'severe-maladministration', count: 1 },
    ]);
    expect(r.ombudsman.determinations.byOutcome.map((d) => d.outcome)).toEqual(['no-maladministration', 'service-failure', 'maladministration', 'severe-maladministration', 'reasonable-redress', 'outside-jurisdiction']);
    expect(r.ombudsman.orders).toEqual({ asOf: '2025-06-30', made: 3, outstanding: 3, overdue: 1, outstandingAfterSevereMaladministration: 2, compliedInPeriod: 1 });
  });

  it('gives CH01 as null without the number of homes, and CH02 percent as null with nothing responded to', () => {
    const r = performanceReport(juneDataset(), context, { from: '2025-07-01', to: '2025-07-31' });
    expect(r.tsm!.ch01).toEqual({ stage1: null, stage2: null });
    expect(r.tsm!.ch02.stage1).toEqual({ numerator: 0, denominator: 0, percent: null });
  });

  it('does not change its input', () => {
    const data = juneDataset();
    const before = JSON.stringify(data);
    performanceReport(data, context, JUNE);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('accepts a lazy generator as well as an array, with the same result', () => {
    function* lazy() {
      yield* juneDataset();
    }
    expect(performanceReport(lazy(), context, JUNE)).toEqual(report);
  });
});

describe("TSM CH02 measures against the Code's timescales, not the policy's (Code 6.14; Wellington s.6)", () => {
  it("a stage 2 response late by Wellington's 20 days from the request is within the Code's 20 from the acknowledgement", () => {
    // Request Tue 3 Jun; acknowledged Mon 9 Jun (Code due 10 Jun). Wellington: 3 Jun + 20 = 1 Jul.
    // Code: 9 Jun + 20 = 7 Jul. Sent Wed 2 Jul: late for the policy, within the Code.
    const h = build([
      received('H', '2025-05-12'),
      acknowledged('2025-05-13'),
      responded('2025-05-22', 1, ['not-upheld']),
      { type: 'escalation-requested', at: '2025-06-03' },
      { type: 'escalation-acknowledged', at: '2025-06-09', reviewer: 'reviewer-1' },
      responded('2025-07-02', 2, ['not-upheld']),
    ]);
    const r = performanceReport([h], context, { from: '2025-06-01', to: '2025-07-31' });
    expect(r.timeliness.stage2).toMatchObject({ responded: 1, onTime: 0, late: 1 });
    expect(r.tsm!.ch02.stage2).toEqual({ numerator: 1, denominator: 1, percent: 100 });
  });

  it('a late acknowledgement does not lengthen the Code timescale (library reading of 6.2 with 6.3)', () => {
    // Received Mon 2 Jun; Code acknowledgement due 9 Jun; acknowledged Fri 13 Jun (late).
    // Code: 9 Jun + 10 = 23 Jun. Policy (from the actual acknowledgement): 13 Jun + 10 = 27 Jun.
    // Sent Wed 25 Jun: on time for the policy as the lifecycle reads it, late for CH02.
    const k = build([received('K', '2025-06-02'), acknowledged('2025-06-13'), responded('2025-06-25', 1, ['upheld'])]);
    const r = performanceReport([k], context, { from: '2025-06-01', to: '2025-06-30' });
    expect(r.timeliness.stage1).toMatchObject({ onTime: 1, late: 0 });
    expect(r.tsm!.ch02.stage1).toEqual({ numerator: 0, denominator: 1, percent: 0 });
  });

  it('an extension beyond 10 working days at stage 1 counts with a recorded good reason (Code 6.4)', () => {
    // Received Mon 2 Jun, acknowledged same day; due 2 Jun + 10 = 16 Jun; extended by 15 on 10 Jun with a
    // good reason: due 16 Jun + 15 = 7 Jul. Sent Tue 1 Jul: on time for both.
    const l = build([
      received('L', '2025-06-02'),
      acknowledged('2025-06-02'),
      extension('2025-06-10', 1, 15, { goodReason: 'A structural engineer must inspect.' }),
      responded('2025-07-01', 1, ['upheld']),
    ]);
    const r = performanceReport([l], context, { from: '2025-06-01', to: '2025-07-31' });
    expect(r.tsm!.ch02Timeliness.stage1).toMatchObject({ onTime: 1, onTimeWithExtension: 1 });
    expect(r.extensions.stage1).toEqual({ granted: 1, exceededAllowance: 1, beyondLimitWithoutAgreement: 0 });
  });

  it('CHS s.5 "CHS will communicate how much extra time is needed to the complainant and the reasons why there will be a delay": no allowance to exceed', () => {
    const chs = { ...context, policy: policies.chsCommercialClient };
    const events: LifecycleEvent[] = [
      { type: 'received', at: '2025-06-02', complaintId: 'X', channel: 'email', procedure: 'single' },
      { type: 'acknowledged', at: '2025-06-02', procedure: 'single', handler: 'officer-1', definition: { issues: [{ id: 'i1', summary: 'Repairs' }], outcomesSought: ['Repair'] } },
      extension('2025-06-10', 1, 25),
    ];
    const r = replay(events, chs);
    if (!r.ok) throw new Error(r.error.message);
    expect(performanceReport([r.value], chs, { from: '2025-06-01', to: '2025-06-30' }).extensions.stage1).toEqual({ granted: 1, exceededAllowance: 0, beyondLimitWithoutAgreement: 0 });
  });
});

describe('performanceReport: the period', () => {
  it('places each figure by its own date: a complaint received in May and answered in June counts in June for timeliness only', () => {
    const m = build([received('M', '2025-05-28'), acknowledged('2025-05-29'), responded('2025-06-05', 1, ['upheld'])]);
    const may = performanceReport([m], context, { from: '2025-05-01', to: '2025-05-31' });
    const june = performanceReport([m], context, { from: '2025-06-01', to: '2025-06-30' });
    expect([may.received.stage1, may.timeliness.stage1.responded]).toEqual([1, 0]);
    expect([june.received.stage1, june.timeliness.stage1.responded]).toEqual([0, 1]);
  });

  it('includes both end days of the period', () => {
    const a = build([received('N', '2025-06-30')]);
    const b = build([received('O', '2025-06-01')]);
    expect(performanceReport([a, b], context, { from: '2025-06-01', to: '2025-06-30' }).received.total).toBe(2);
  });
});

describe('performanceReport: invalid options are typed errors naming the field', () => {
  const cases: [string, unknown, string][] = [
    ['from not a date', { from: '2025-02-30', to: '2025-06-30' }, 'options.from'],
    ['to missing', { from: '2025-06-01' }, 'options.to'],
    ['to before from', { from: '2025-06-30', to: '2025-06-01' }, 'options.to'],
    ['homes zero', { from: '2025-06-01', to: '2025-06-30', homes: 0 }, 'options.homes'],
    ['homes fractional', { from: '2025-06-01', to: '2025-06-30', homes: 600.5 }, 'options.homes'],
    ['homes a string', { from: '2025-06-01', to: '2025-06-30', homes: '600' }, 'options.homes'],
    ['categoryOf not a function', { from: '2025-06-01', to: '2025-06-30', categoryOf: 'x' }, 'options.categoryOf'],
    ['options null', null, 'options'],
  ];
  for (const [name, options, path] of cases) {
    it(`${name} → invalid-report-options at ${path}`, () => {
      let caught: unknown;
      try {
        performanceReport([], context, options as never);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(HousingComplaintsError);
      expect(caught).toMatchObject({ code: 'invalid-report-options', path });
      expect((caught as Error).message).toMatch(/^housing-complaints: performanceReport: /);
    });
  }

  it('rejects complaints that are not iterable', () => {
    expect(() => performanceReport(42 as never, context, JUNE)).toThrow(expect.objectContaining({ code: 'invalid-complaints' }));
  });

  it('rejects a context without a calendar', () => {
    expect(() => performanceReport([], { policy: context.policy } as never, JUNE)).toThrow(expect.objectContaining({ path: 'context.calendar' }));
  });
});

describe('types', () => {
  it('performanceReport accepts any iterable of complaints and returns a PerformanceReport', () => {
    expectTypeOf(performanceReport).parameter(0).toEqualTypeOf<Iterable<Complaint>>();
    expectTypeOf(performanceReport).returns.toEqualTypeOf<PerformanceReport>();
    expectTypeOf<NonNullable<PerformanceReport['tsm']>['ch01']['stage1']>().toEqualTypeOf<PerThousandHomes | null>();
    // @ts-expect-error: a period needs both ends
    const bad: PerformanceReportOptions = { from: '2025-04-01' };
    expect(bad).toBeDefined();
  });
});

describe('records the report cannot read are left out and counted, not guessed', () => {
  it('a complaint with an unreadable receipt date is skipped with its reason', () => {
    const broken = { ...juneDataset()[0]!, receivedOn: '2025-06-31' } as Complaint;
    const r = performanceReport([broken, ...juneDataset()], context, JUNE);
    expect(r.skipped).toEqual([{ reason: 'receipt date is not a date', count: 1 }]);
    expect(r.complaintsRead).toBe(8);
    expect(r.received.total).toBe(5);
  });
});

describe('parseReportOptions: the Result door for options from outside the program', () => {
  it('returns valid options unchanged', () => {
    expect(parseReportOptions({ from: '2025-04-01', to: '2026-03-31', homes: 600 })).toEqual({ ok: true, value: { from: '2025-04-01', to: '2026-03-31', homes: 600 } });
  });
  it('returns the error naming the field instead of throwing', () => {
    const r = parseReportOptions({ from: '2025-04-01', to: '2026-03-31', homes: -3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid-report-options', path: 'options.homes' });
    expect(parseReportOptions('2025')).toMatchObject({ ok: false, error: { path: 'options' } });
    expect(!r.ok && r.error.message).toMatch(/^housing-complaints: parseReportOptions: options\.homes /);
  });
});
