// Code 6.4: "Landlords must decide whether an extension to this timescale is needed when
// considering the complexity of the complaint and then inform the resident of the expected
// timescale for response." (6.15 the same at stage 2.) An extension first told to the resident
// after the response was already due cannot make that response on time: deadlines(), the
// lifecycle's recorded verdict, the report's policy timeliness and TSM CH02 all say late.
import { describe, expect, it } from 'vitest';
import { deadlines, replay, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { policies } from '../../src/policy/index.js';
import { performanceReport } from '../../src/reporting/index.js';
import { acknowledged, calendar, extension, received, responded } from '../reporting/fixtures.js';

const context = { policy: policies.wellington, calendar };

function build(events: readonly LifecycleEvent[]) {
  const r = replay(events, context);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('Code 6.4 "decide whether an extension ... is needed ... and then inform the resident of the expected timescale"', () => {
  // Received Mon 2 Jun 2025, acknowledged Tue 3 Jun: response due Tue 17 Jun (10 working days).
  const start = [received('L', '2025-06-02'), acknowledged('2025-06-03')];

  describe('an extension granted after the response was due (Thu 19 Jun, 5 working days), response Mon 23 Jun', () => {
    const c = build([...start, extension('2025-06-19', 1, 5), responded('2025-06-23', 1, ['not-upheld'])]);

    it('is recorded as late, with the date it would have moved the response to', () => {
      expect(c.stage1.extensions[0]).toMatchObject({ late: true, previousDueBy: '2025-06-17', newDueBy: '2025-06-24' });
    });
    it('deadlines(): the response stays due on 17 Jun and is met-late', () => {
      expect(deadlines(c, context, '2025-06-30').find((d) => d.kind === 'stage-1-response')).toMatchObject({ dueBy: '2025-06-17', metOn: '2025-06-23', status: 'met-late' });
    });
    it('the lifecycle records the response as late', () => {
      expect('response' in c.stage1 && c.stage1.response.late).toBe(true);
    });
    it("the report counts it late against the policy (with an extension) and late for CH02", () => {
      const r = performanceReport([c], context, { from: '2025-06-01', to: '2025-06-30' });
      expect(r.timeliness.stage1).toMatchObject({ responded: 1, onTime: 0, late: 1, lateWithExtension: 1 });
      expect(r.tsm!.ch02Timeliness.stage1).toMatchObject({ responded: 1, onTime: 0, late: 1 });
      expect(r.tsm!.ch02.stage1).toEqual({ numerator: 0, denominator: 1, percent: 0 });
    });
    it('before the response, the complaint shows overdue from 18 Jun, not pending until the late extension date', () => {
      const open = build([...start, extension('2025-06-19', 1, 5)]);
      expect(deadlines(open, context, '2025-06-20').find((d) => d.kind === 'stage-1-response')).toMatchObject({ dueBy: '2025-06-17', status: 'overdue' });
    });
  });

  describe('the same extension told in time (Mon 16 Jun) moves the deadline to 24 Jun everywhere', () => {
    const c = build([...start, extension('2025-06-16', 1, 5), responded('2025-06-23', 1, ['not-upheld'])]);
    it('deadlines() met, the recorded verdict on time, the report and CH02 on time with an extension', () => {
      expect(deadlines(c, context, '2025-06-30').find((d) => d.kind === 'stage-1-response')).toMatchObject({ dueBy: '2025-06-24', status: 'met' });
      expect('response' in c.stage1 && c.stage1.response.late).toBe(false);
      const r = performanceReport([c], context, { from: '2025-06-01', to: '2025-06-30' });
      expect(r.timeliness.stage1).toMatchObject({ onTime: 1, onTimeWithExtension: 1 });
      expect(r.tsm!.ch02Timeliness.stage1).toMatchObject({ onTime: 1, onTimeWithExtension: 1 });
    });
  });

  describe('told on the due day itself (Tue 17 Jun) is not after the response was due: it moves the deadline to 24 Jun', () => {
    const c = build([...start, extension('2025-06-17', 1, 5), responded('2025-06-23', 1, ['not-upheld'])]);
    it('on time in deadlines(), the recorded verdict, the policy timeliness and CH02', () => {
      expect(c.stage1.extensions[0]).toMatchObject({ late: false, newDueBy: '2025-06-24' });
      expect(deadlines(c, context, '2025-06-30').find((d) => d.kind === 'stage-1-response')).toMatchObject({ dueBy: '2025-06-24', status: 'met' });
      const r = performanceReport([c], context, { from: '2025-06-01', to: '2025-06-30' });
      expect(r.timeliness.stage1).toMatchObject({ onTime: 1, late: 0 });
      expect(r.tsm!.ch02.stage1).toEqual({ numerator: 1, denominator: 1, percent: 100 });
    });
  });
});

describe('Code 6.15, the same at stage 2: an extension first told after the stage 2 response was due', () => {
  // Stage 1 answered Fri 6 Jun; review requested Mon 9 Jun, acknowledged Tue 10 Jun. Wellington s.5:
  // the review response is due 20 working days from the request, Mon 7 Jul. Extended on Tue 8 Jul,
  // answered Thu 10 Jul.
  const c = build([
    received('M', '2025-06-02'),
    acknowledged('2025-06-03'),
    responded('2025-06-06', 1, ['not-upheld']),
    { type: 'escalation-requested', at: '2025-06-09' },
    { type: 'escalation-acknowledged', at: '2025-06-10', reviewer: 'reviewer-1' },
    extension('2025-07-08', 2, 5),
    responded('2025-07-10', 2, ['not-upheld']),
  ]);
  it('late in deadlines(), the recorded verdict, the policy timeliness and CH02 alike', () => {
    expect('stage2' in c && c.stage2?.extensions[0]).toMatchObject({ late: true, previousDueBy: '2025-07-07' });
    expect(deadlines(c, context, '2025-07-31').find((d) => d.kind === 'stage-2-response')).toMatchObject({ dueBy: '2025-07-07', metOn: '2025-07-10', status: 'met-late' });
    const r = performanceReport([c], context, { from: '2025-06-01', to: '2025-07-31' });
    expect(r.timeliness.stage2).toMatchObject({ responded: 1, onTime: 0, late: 1, lateWithExtension: 1 });
    expect(r.tsm!.ch02Timeliness.stage2).toMatchObject({ responded: 1, onTime: 0, late: 1 });
    expect(r.tsm!.ch02.stage2).toEqual({ numerator: 0, denominator: 1, percent: 0 });
  });
});
