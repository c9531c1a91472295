import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { policies } from '../../src/policy/index.js';
import { replay, type Complaint, type LifecycleContext } from '../../src/lifecycle/index.js';
import { performanceReport, renderReportCsv, renderReportHtml, renderReportMarkdown } from '../../src/reporting/index.js';
import { ackEv, receivedEv, respondEv } from '../lifecycle/fixtures.js';

const built = (events: readonly unknown[], ctx: LifecycleContext): Complaint => {
  const r = replay(events, ctx);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const ack = (at: string) => ackEv(at, { procedure: 'single' });
const period = { from: '2026-04-01', to: '2027-03-31' };

describe('Scottish Housing Regulator, ARC indicators 3 and 4, under the SPSO model (chosen by the policy\'s scheme)', () => {
  const ctx: LifecycleContext = { policy: policies.spsoModelScotland, calendar: createCalendar({ region: 'scotland' }) };
  const complaints = [
    // Carried forward: received before the year, answered in it (Fri 20 March -> Thu 2 April 2026: 9 working days).
    built([receivedEv('2026-03-20T10:00:00Z', { complaintId: 'C1' }), ack('2026-03-23'), respondEv('2026-04-02', 1)], ctx),
    // Answered on the day, then stage 2: Fri 12 June -> Mon 13 July 2026, 20 working days (15 June a bank holiday).
    built([receivedEv('2026-06-11T10:00:00+01:00', { complaintId: 'C2' }), ack('2026-06-11'), respondEv('2026-06-11', 1), { type: 'escalation-requested', at: '2026-06-12' }, { type: 'escalation-acknowledged', at: '2026-06-17', reviewer: 'officer-ben' }, respondEv('2026-07-13', 2)], ctx),
    // Received, not yet answered.
    built([receivedEv('2026-09-01T10:00:00+01:00', { complaintId: 'C3' }), ack('2026-09-02')], ctx),
  ];
  const report = performanceReport(complaints, ctx, period);

  it('indicator 3: responded to in full ÷ (received + carried forward); a complaint escalated is counted at both stages', () => {
    expect(report.arc?.stage1).toMatchObject({ received: 2, carriedForward: 1, respondedInFull: 2, percentResponded: 66.7 });
    expect(report.arc?.stage2).toMatchObject({ received: 1, carriedForward: 0, respondedInFull: 1, percentResponded: 100 });
  });
  it('indicator 4: average working days to a full response (stage 1: (9 + 0) / 2; stage 2: 20)', () => {
    expect(report.arc?.stage1.averageWorkingDays).toBe(4.5);
    expect(report.arc?.stage2.averageWorkingDays).toBe(20);
  });
  it('instead of CH01 and CH02 (England\'s measures, against the Housing Ombudsman\'s Code), with definitions that cite the Regulator and mark the library\'s reading', () => {
    expect(report.tsm).toBeNull();
    expect(report.definitions.some((x) => x.figure.startsWith('tsm.'))).toBe(false);
    const d = report.definitions.filter((x) => x.figure.startsWith('arc.'));
    expect(d.map((x) => x.figure)).toEqual(['arc.indicator3', 'arc.indicator4']);
    for (const x of d) {
      expect(x.source.note).toMatch(/Scottish Housing Regulator, Annual Return on the Charter/);
      expect(x.libraryReading).toBe(true);
    }
  });
  it('no figure cites the Tenant Satisfaction Measures or a Code provision, and no renderer shows CH01, CH02 or the Housing Ombudsman', () => {
    for (const x of report.definitions) {
      expect(x.source.provision, x.figure).toBeUndefined();
      expect(x.source.note ?? '', x.figure).not.toMatch(/Tenant Satisfaction|CH0[12]/);
    }
    expect(report.definitions.find((x) => x.figure === 'received.stage1')?.source.note).toMatch(/Annual Return on the Charter.*indicator 3: complaints received at stage 1/);
    expect(report.policy.ombudsman).toBe('Scottish Public Services Ombudsman');
    for (const text of [renderReportMarkdown(report), renderReportHtml(report), renderReportCsv(report)]) {
      expect(text).not.toMatch(/CH01|CH02|Tenant Satisfaction|Housing Ombudsman|Code 9\.7/);
      expect(text).toContain('Scottish Public Services Ombudsman');
    }
    // With homes per tenure given, still no per-tenure TSM: the scheme reports none.
    const withTenure = performanceReport(complaints, ctx, { ...period, homes: 500, homesByTenure: { lcra: 400, lcho: 100 } });
    expect(withTenure.tsm).toBeNull();
    expect(renderReportMarkdown(withTenure)).not.toContain('by tenure');
  });
  it('every renderer shows the ARC table from the JSON', () => {
    expect(renderReportMarkdown(report)).toContain('Annual Return on the Charter (indicators 3 and 4)');
    expect(renderReportHtml(report)).toContain('Annual Return on the Charter (indicators 3 and 4)');
    expect(renderReportCsv(report)).toContain('arc.stage1.percentResponded');
  });
  it('a complaint handled directly at stage 2 is a stage 2 complaint only: counted at stage 2, never as received or answered at stage 1', () => {
    const definition = { issues: [{ id: 'damp', summary: 'Damp in the bedroom' }], outcomesSought: ['Treat the damp'] };
    const direct = [
      // Started at stage 2 in one event: Thu 11 June -> Fri 10 July 2026, 20 working days.
      built([receivedEv('2026-06-11T10:00:00+01:00', { complaintId: 'D1', procedure: 'single', direct: { loggedBy: 'frontline-ann', definition } }), { type: 'escalation-acknowledged', at: '2026-06-16', reviewer: 'officer-ben' }, respondEv('2026-07-10', 2, { findings: [{ issue: 'damp', finding: 'upheld', reasons: 'Not treated.' }] })], ctx),
      // Logged, then escalated at once (two events): Mon 7 Sept -> Fri 2 Oct 2026, 19 working days.
      built([receivedEv('2026-09-07T10:00:00+01:00', { complaintId: 'D2' }), ack('2026-09-07'), { type: 'escalation-requested', at: '2026-09-07' }, { type: 'escalation-acknowledged', at: '2026-09-08', reviewer: 'officer-ben' }, respondEv('2026-10-02', 2)], ctx),
    ];
    const r = performanceReport([...complaints, ...direct], ctx, period);
    expect(r.arc?.stage1).toMatchObject({ received: 2, carriedForward: 1, respondedInFull: 2, averageWorkingDays: 4.5 });
    // Stage 2: C2 (20 working days), D1 (20) and D2 (19).
    expect(r.arc?.stage2).toMatchObject({ received: 3, respondedInFull: 3, percentResponded: 100, averageWorkingDays: 19.7 });
  });
  it('not given for a policy whose scheme names no such figures (the Housing Ombudsman\'s), which gives CH01 and CH02 instead', () => {
    const england: LifecycleContext = { policy: policies.chsResidents, calendar: createCalendar({ region: 'england-and-wales' }) };
    const r = performanceReport([], england, period);
    expect(r.arc).toBeNull();
    expect(r.tsm).not.toBeNull();
    expect(r.definitions.some((x) => x.figure.startsWith('arc.'))).toBe(false);
    expect(r.definitions.filter((x) => x.figure.startsWith('tsm.')).map((x) => x.figure)).toEqual(['tsm.ch01', 'tsm.byTenure', 'tsm.ch02']);
    for (const text of [renderReportMarkdown(r), renderReportHtml(r)]) {
      expect(text).not.toContain('Annual Return on the Charter');
      expect(text).toContain('CH02');
    }
  });
});

describe('CH01 and CH02 per tenure (LCRA, LCHO), when the host gives homes per tenure', () => {
  const ctx: LifecycleContext = { policy: policies.chsResidents, calendar: createCalendar({ region: 'england-and-wales' }) };
  const complaints = [
    // Acknowledged Wed 10 June 2026: the Code's 10 working days end Wed 24 June.
    built([receivedEv('2026-06-05T10:00:00+01:00', { complaintId: 'T1', tenure: 'lcra' }), ack('2026-06-10'), respondEv('2026-06-24', 1)], ctx),
    built([receivedEv('2026-06-05T10:00:00+01:00', { complaintId: 'T2', tenure: 'lcho' }), ack('2026-06-10'), respondEv('2026-06-26', 1)], ctx),
    built([receivedEv('2026-07-01T10:00:00+01:00', { complaintId: 'T3' })], ctx),
  ];

  it('CH01 per 1,000 homes of each tenure; CH02 per tenure; complaints without a tenure counted apart', () => {
    const r = performanceReport(complaints, ctx, { ...period, homes: 500, homesByTenure: { lcra: 400, lcho: 100 } });
    expect(r.tsm!.byTenure?.lcra).toMatchObject({ homes: 400, ch01: { stage1: { numerator: 1, homes: 400, perThousand: 2.5 } }, ch02: { stage1: { numerator: 1, denominator: 1, percent: 100 } } });
    expect(r.tsm!.byTenure?.lcho).toMatchObject({ homes: 100, ch01: { stage1: { numerator: 1, homes: 100, perThousand: 10 } }, ch02: { stage1: { numerator: 0, denominator: 1, percent: 0 } } });
    expect(r.tsm!.byTenure?.withoutTenure).toBe(1);
    expect(r.tsm!.ch01.stage1).toMatchObject({ numerator: 3, homes: 500, perThousand: 6 });
    expect(renderReportMarkdown(r)).toContain('Tenant Satisfaction Measures by tenure');
  });
  it('a tenure with no homes has no CH01', () => {
    const r = performanceReport(complaints, ctx, { ...period, homesByTenure: { lcra: 400, lcho: 0 } });
    expect(r.tsm!.byTenure?.lcho.ch01.stage1).toBeNull();
  });
  it('without homes per tenure, no per-tenure figures', () => {
    expect(performanceReport(complaints, ctx, period).tsm!.byTenure).toBeNull();
  });
  it('bad homes per tenure is an error naming the field', () => {
    expect(() => performanceReport(complaints, ctx, { ...period, homesByTenure: { lcra: -1, lcho: 3 } })).toThrow(expect.objectContaining({ path: 'options.homesByTenure.lcra' }));
    expect(() => performanceReport(complaints, ctx, { ...period, homesByTenure: { lcra: 0, lcho: 0 } })).toThrow(expect.objectContaining({ path: 'options.homesByTenure' }));
    expect(() => performanceReport(complaints, ctx, { ...period, homesByTenure: { lcra: 1, lcho: 1, shared: 2 } as never })).toThrow(expect.objectContaining({ path: 'options.homesByTenure.shared' }));
  });
  it('a tenure not known at receipt is given (or corrected) at acknowledgement, and counts under it', () => {
    const late = built([receivedEv('2026-07-01T10:00:00+01:00', { complaintId: 'T3' }), ackEv('2026-07-02', { procedure: 'single', tenure: 'lcho' })], ctx);
    expect(late.tenure).toBe('lcho');
    const corrected = built([receivedEv('2026-07-01T10:00:00+01:00', { complaintId: 'T4', tenure: 'lcra' }), ackEv('2026-07-02', { procedure: 'single', tenure: 'lcho' })], ctx);
    expect(corrected.tenure).toBe('lcho');
    const r = performanceReport([complaints[0]!, complaints[1]!, late, corrected], ctx, { ...period, homes: 500, homesByTenure: { lcra: 400, lcho: 100 } });
    expect(r.tsm!.byTenure?.lcho.ch01.stage1).toMatchObject({ numerator: 3, homes: 100, perThousand: 30 });
    expect(r.tsm!.byTenure?.lcra.ch01.stage1).toMatchObject({ numerator: 1 });
    expect(r.tsm!.byTenure?.withoutTenure).toBe(0);
    expect(replay([receivedEv('2026-07-01T10:00:00+01:00'), ackEv('2026-07-02', { procedure: 'single', tenure: 'shared' as never })], ctx).ok).toBe(false);
  });
  describe('the tenure corrected after acknowledgement (tenure-recorded)', () => {
    // Acknowledged Wed 10 June 2026, answered Wed 24 June: within the Code's 10 working days.
    const answered = [receivedEv('2026-06-05T10:00:00+01:00', { complaintId: 'T1', tenure: 'lcra' }), ack('2026-06-10'), respondEv('2026-06-24', 1)];
    const fix = { type: 'tenure-recorded', at: '2026-07-20', tenure: 'lcho', by: 'officer-ann', reason: 'Shared ownership, not rented' };
    const homes = { ...period, homes: 500, homesByTenure: { lcra: 400, lcho: 100 } };
    it('after the stage 1 response: the complaint carries the corrected tenure and the report counts it there', () => {
      const c = built([...answered, fix], ctx);
      expect(c.status).toBe('stage-1-responded');
      expect(c.tenure).toBe('lcho');
      expect(c.history.at(-1)?.event).toMatchObject({ type: 'tenure-recorded', tenure: 'lcho', by: 'officer-ann' });
      const r = performanceReport([c], ctx, homes);
      // 1 stage 1 complaint over 100 LCHO homes: 10 per 1,000; its response within the Code's timescale.
      expect(r.tsm!.byTenure?.lcho).toMatchObject({ ch01: { stage1: { numerator: 1, homes: 100, perThousand: 10 } }, ch02: { stage1: { numerator: 1, denominator: 1, percent: 100 } } });
      expect(r.tsm!.byTenure?.lcra).toMatchObject({ ch01: { stage1: { numerator: 0, homes: 400, perThousand: 0 } }, ch02: { stage1: { numerator: 0, denominator: 0, percent: null } } });
    });
    it('given where none was recorded, at stage 2', () => {
      const c = built([receivedEv('2026-06-05T10:00:00+01:00', { complaintId: 'T5' }), ack('2026-06-10'), respondEv('2026-06-24', 1), { type: 'escalation-requested', at: '2026-06-29' }, { ...fix, tenure: 'lcra', reason: undefined }], ctx);
      expect(c.status).toBe('stage-2-requested');
      expect(c.tenure).toBe('lcra');
      expect(performanceReport([c], ctx, homes).tsm!.byTenure).toMatchObject({ withoutTenure: 0, lcra: { ch01: { stage1: { numerator: 1 }, stage2: { numerator: 1 } } } });
    });
    it('voiding the correction restores the tenure before it; the correction stays in the history, marked', () => {
      const c = built([...answered, fix, { type: 'voided', at: '2026-07-21', eventIndex: 3, reason: 'Entered on the wrong complaint', by: 'officer-ann' }], ctx);
      expect(c.tenure).toBe('lcra');
      expect(c.history[3]).toMatchObject({ event: { type: 'tenure-recorded' }, voided: { on: '2026-07-21' } });
    });
    it('an unknown tenure, no one recording it, a blank reason or an unknown key is refused as an invalid event', () => {
      for (const bad of [{ ...fix, tenure: 'market-rent' }, { ...fix, by: '' }, { ...fix, reason: ' ' }, { ...fix, homes: 3 }]) {
        const r = replay([...answered, bad], ctx);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('invalid-event');
      }
    });
  });
  it('the tenure is recorded on the complaint from its received event, and an unknown tenure is refused', () => {
    expect(complaints[0]?.tenure).toBe('lcra');
    const r = replay([receivedEv('2026-06-05T10:00:00+01:00', { tenure: 'market-rent' as never })], ctx);
    expect(r.ok).toBe(false);
  });
});
