/**
 * The same engine under the built-in Code 2024 policy and the CHS commercial client policy: the
 * anchors and allowances come from the policy. Dates worked out by hand from the England and Wales
 * bank holidays (2025: Mon 5 May, Mon 26 May, Mon 25 Aug). "(n)" is the nth working day after day 0.
 */
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { isIsoDate, SUPPORTED_DATES } from '../../src/calendar/index.js';
import { policies } from '../../src/policy/index.js';
import { applyEvent, deadlines, isEventTime, type Complaint, type Deadline, type LifecycleContext, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { ackEv, built, calendar, receivedEv, respondEv } from './fixtures.js';

const code: LifecycleContext = { policy: policies.housingOmbudsmanCode2024, calendar };
const chs: LifecycleContext = { policy: policies.chsCommercialClient, calendar };
const byKind = (ds: Deadline[]) => Object.fromEntries(ds.map((d) => [d.kind, d]));
const single = { procedure: 'single', handler: 'officer-ann' };

const events = [
  receivedEv('2025-05-21'),
  ackEv('2025-05-27', single),
  respondEv('2025-06-09', 1),
  { type: 'escalation-requested', at: '2025-06-11' },
  { type: 'escalation-acknowledged', at: '2025-06-17', reviewer: 'officer-ben' },
];

describe('Code 2024 policy', () => {
  it('Code 6.2, 6.3, 6.11, 6.14: deadlines counted from the anchors the Code sets', () => {
    const c = built(events, code);
    const d = byKind(deadlines(c, code, '2025-06-18'));
    // 6.2: 5 from receipt Wed 21 May: Thu 22 (1), Fri 23 (2), [Mon 26 May] Tue 27 (3), Wed 28 (4), Thu 29 (5).
    expect(d['stage-1-acknowledgement']).toMatchObject({ dueBy: '2025-05-29', status: 'met', basis: { source: { provision: '6.2' } } });
    // 6.3: 10 from the acknowledgement Tue 27 May: Wed 28 (1) ... Fri 30 (3), Mon 2 Jun (4) ... Tue 10 Jun (10).
    expect(d['stage-1-response']).toMatchObject({ dueBy: '2025-06-10', status: 'met' });
    // 6.11: 5 from the request Wed 11 Jun: Thu 12, Fri 13, Mon 16, Tue 17, Wed 18.
    expect(d['stage-2-acknowledgement']).toMatchObject({ dueBy: '2025-06-18', status: 'met', metOn: '2025-06-17' });
    // 6.14: 20 from the stage 2 acknowledgement Tue 17 Jun (not from the request, as Wellington counts):
    // Wed 18 (1), Thu 19 (2), Fri 20 (3), Mon 23 (4) ... Fri 27 (8), Mon 30 (9), Tue 1 Jul (10) ... Mon 14 (19), Tue 15 Jul (20).
    expect(d['stage-2-response']).toMatchObject({ dueBy: '2025-07-15', status: 'pending', basis: { anchor: '2025-06-17', anchorKind: 'acknowledgement', workingDays: 20 } });
  });

  it('Code 6.15: at stage 2 up to 20 working days need no good reason; there is no agreement point', () => {
    const c = built(events, code);
    const ext = (workingDays: number, extra: object = {}) => ({ type: 'extension-granted', at: '2025-06-20', stage: 2, workingDays, reasons: 'Surveyor', ombudsmanDetailsGiven: true, ...extra });
    const ok20 = applyEvent(c, ext(20) as never, code);
    expect(ok20.ok).toBe(true);
    const r21 = applyEvent(c, ext(21) as never, code);
    expect(r21.ok ? undefined : r21.error).toMatchObject({ code: 'extension-needs-good-reason', source: { provision: '6.15' } });
    expect(r21.ok ? undefined : r21.error.source.policy).toBeUndefined(); // the Code policy has no sections of its own
    expect(applyEvent(c, ext(40, { goodReason: 'Major works survey' }) as never, code).ok).toBe(true);
  });

  it('Code 6.10 "If all or part of the complaint is not resolved to the resident\'s satisfaction at stage 1, it must be progressed to stage 2": no escalation window, never late', () => {
    expect(code.policy.escalation.window).toBeNull();
    const responded = built(events.slice(0, 3), code);
    expect(deadlines(responded, code, '2026-01-05').some((d) => d.kind === 'escalation-window')).toBe(false);
    // A year after the stage 1 response: not late, no discretion asked for.
    const r = applyEvent(responded, { type: 'escalation-requested', at: '2026-06-09' }, code);
    expect(r.ok && r.value.status === 'stage-2-requested' && r.value.stage2.escalation.late).toBe(false);
    // Nothing lapses: closing as "window lapsed" is refused; the complainant may accept the response.
    const lapsed = applyEvent(responded, { type: 'closed', at: '2026-06-09', how: 'escalation-window-lapsed' }, code);
    expect(lapsed.ok ? undefined : lapsed.error).toMatchObject({ code: 'no-escalation-window', path: 'event.how', source: { provision: '6.10' } });
    expect(applyEvent(responded, { type: 'closed', at: '2025-06-10', how: 'stage-1-accepted' }, code).ok).toBe(true);
  });

  it('Code 6.9 (the stage 1 contents) does not ask for the Ombudsman: a stage 1 response without it is complete under the Code and CHS, not under Wellington (s.9)', () => {
    const { ombudsman: _o, ...noOmbudsman } = respondEv('2025-06-09', 1);
    expect(applyEvent(built(events.slice(0, 2), code), noOmbudsman as never, code).ok).toBe(true);
    expect(applyEvent(built(events.slice(0, 2), chs), noOmbudsman as never, chs).ok).toBe(true);
    expect(code.policy.responses.stages[0].items).not.toContain('ombudsman');
    // CHS s.6 "CHS will write to the client to say: ... the reasons why decisions have been made": a gap cites s.6; under the Code, no section.
    const { reasons: _r, ...noReasons } = respondEv('2025-06-09', 1);
    const chsGap = applyEvent(built(events.slice(0, 2), chs), noReasons as never, chs);
    expect(chsGap.ok ? undefined : chsGap.error).toMatchObject({ code: 'response-incomplete', path: 'event.reasons', source: { policy: 's.6' } });
    const codeGap = applyEvent(built(events.slice(0, 2), code), noReasons as never, code);
    expect(codeGap.ok ? undefined : codeGap.error.source).toEqual({ provision: '6.9', note: 'item d' });
    expect(policies.wellington.responses.stages[0].items).toContain('ombudsman');
  });

  it('CHS s.6 "CHS will write to the client to say: what the outcome of their complaint is, the reasons why decisions have been made, what offers CHS is making to put things right, what actions remain outstanding": a stage 1 response with those four and no escalation route or Ombudsman is recorded; the same under Wellington (s.9) is refused', () => {
    const { escalation: _e, ombudsman: _o, ...s6 } = respondEv('2025-06-09', 1);
    const r = applyEvent(built(events.slice(0, 2), chs), s6 as never, chs);
    expect(r.ok && r.value.status).toBe('stage-1-responded');
    const wellington = { policy: policies.wellington, calendar };
    const w = applyEvent(built([events[0], ackEv('2025-05-27')], wellington), s6 as never, wellington);
    expect(w.ok ? undefined : w.error).toMatchObject({ code: 'response-incomplete', path: 'event.escalation', source: { provision: '6.9', policy: 's.9' } });
  });

  it('Code 6.13: the reviewer must differ from the stage 1 handler under the Code too', () => {
    const r = applyEvent(built(events.slice(0, 4), code), { type: 'escalation-acknowledged', at: '2025-06-12', reviewer: 'officer-ann' }, code);
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'reviewer-is-stage-1-handler', source: { provision: '6.13' } });
  });

  it('no Ombudsman evidence timescale in the Code: a request is recorded without a deadline', () => {
    const c = built([...events, { type: 'ombudsman-referral', at: '2025-06-20' }, { type: 'ombudsman-evidence-requested', at: '2025-06-23', requestId: 'e1' }], code);
    expect(c.ombudsman.evidenceRequests).toEqual([{ id: 'e1', requestedOn: '2025-06-23' }]);
    expect(deadlines(c, code).some((d) => d.kind === 'ombudsman-evidence')).toBe(false);
  });
});

describe('CHS commercial client policy', () => {
  it('CHS s.5 "CHS will communicate how much extra time is needed to the complainant and the reasons why there will be a delay": reasons only, no good reason, no limit', () => {
    const c: Complaint = built([receivedEv('2025-05-21'), ackEv('2025-05-27', single)], chs);
    const ext = { type: 'extension-granted', at: '2025-06-02', stage: 1, workingDays: 30, reasons: 'Awaiting records', ombudsmanDetailsGiven: false } as const;
    const ok = applyEvent(c, ext, chs);
    expect(ok.ok).toBe(true); // no good reason, no upper limit, no agreement point, no Ombudsman details (outside the scheme)
    // 6.3: 10 from the acknowledgement Tue 27 May is Tue 10 Jun; 30 more: Tue 22 Jul.
    expect(ok.ok && byKind(deadlines(ok.value, chs, '2025-06-03'))['stage-1-response']?.dueBy).toBe('2025-07-22');
    const noReasons = applyEvent(c, { ...ext, reasons: '' }, chs);
    expect(noReasons.ok ? undefined : noReasons.error).toMatchObject({ code: 'extension-needs-reasons', source: { policy: 's.5' } });
  });

  it('CHS s.3 "CHS will formally write to the client setting out its reasons why": a refusal needs written reasons, not the Ombudsman right (Code 2.4 binds scheme members)', () => {
    const c: Complaint = built([receivedEv('2025-05-21')], chs);
    const refusal: LifecycleEvent = { type: 'refused', at: '2025-05-23', grounds: ['legal-proceedings'], writtenReasons: 'A claim about this is before the court.', ombudsmanRightGiven: false };
    const r = applyEvent(c, refusal, chs);
    expect(r.ok && r.value).toMatchObject({ status: 'refused', refusal: { grounds: ['legal-proceedings'], ombudsmanRightGiven: false } });
    const noReasons = applyEvent(c, { ...refusal, writtenReasons: ' ' }, chs);
    expect(noReasons.ok ? undefined : noReasons.error).toMatchObject({ code: 'refusal-needs-reasons', source: { policy: 's.3' } });
    // Under the Code policy (a scheme member) the same refusal still needs the right to go to the Ombudsman.
    const underCode = applyEvent(built([receivedEv('2025-05-21')], code), refusal, code);
    expect(underCode.ok ? undefined : underCode.error).toMatchObject({ code: 'refusal-needs-ombudsman-right', source: { provision: '2.4' } });
  });

  it('CHS: a stage 2 response need not give Ombudsman details (not a scheme member)', () => {
    const c = built([receivedEv('2025-05-21'), ackEv('2025-05-27', single), respondEv('2025-06-09', 1), { type: 'escalation-requested', at: '2025-06-11' }, { type: 'escalation-acknowledged', at: '2025-06-12', reviewer: 'md' }], chs);
    const { ombudsman: _o, ...noOmbudsman } = respondEv('2025-06-20', 2);
    const r = applyEvent(c, noOmbudsman as never, chs);
    expect(r.ok && r.value.status).toBe('closed');
  });
});

describe('event times', () => {
  it('accepts London dates and instants with an offset, and nothing else', () => {
    expect(['2024-02-29', '2025-12-31', '2025-03-30T00:59:59Z', '2025-03-30T01:00:00.123+01:00', '2025-06-13T23:30-05:00'].every(isEventTime)).toBe(true);
    expect(['2025-02-29', '2025-13-01', '2025-00-10', '0000-01-01', '2025-06-13T23:30:00', '2025-06-13T24:00:00Z', '2025-06-13T23:60:00Z', '2025-06-13 10:00:00Z', '20250613', '', 20250613, null].some(isEventTime)).toBe(false);
    expect(['2025-06-13T23:30:00.Z', '2025-06-13T23:30Zx', '2025-06-13T23:30+1:00', '2025-06-13T23:30+24:00', '0000-06-13T23:30Z', '2025-06-13T23:3Z'].some(isEventTime)).toBe(false);
  });
  it("agrees with the calendar's parsers: an event time is a real date or instant whose London date is in SUPPORTED_DATES", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (d, offset) => {
        const date = d.toISOString().slice(0, 10);
        const supported = (day: string) => day >= SUPPORTED_DATES.first && day <= SUPPORTED_DATES.last;
        expect(isEventTime(date)).toBe(isIsoDate(date) && supported(date));
        const sign = offset < 0 ? '-' : '+';
        const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
        const instant = `${d.toISOString().slice(0, 19)}${sign}${hhmm}`;
        const london = calendar.londonDate(instant);
        expect(london).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(isEventTime(instant)).toBe(supported(london));
      }),
      { numRuns },
    );
  });
});
