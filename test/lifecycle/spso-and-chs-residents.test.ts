import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { policies } from '../../src/policy/index.js';
import { deadlines, replay, type LifecycleContext, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { ackEv, receivedEv, respondEv } from './fixtures.js';

const scotland: LifecycleContext = { policy: policies.spsoModelScotland, calendar: createCalendar({ region: 'scotland' }) };
const england: LifecycleContext = { policy: policies.chsResidents, calendar: createCalendar({ region: 'england-and-wales' }) };

const due = (events: readonly unknown[], ctx: LifecycleContext, asOf: string) => {
  const r = replay(events, ctx);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return Object.fromEntries(deadlines(r.value, ctx, asOf).map((d) => [d.kind, { dueBy: d.dueBy, status: d.status }]));
};
const review = (at: string): LifecycleEvent => ({ type: 'escalation-acknowledged', at, reviewer: 'officer-ben' });

describe('the SPSO model procedure, end to end in Scotland (Monday 15 June 2026 is a Scottish bank holiday)', () => {
  const ack = (at: string) => ackEv(at, { procedure: 'single' });

  it('"We will give you our decision at stage 1 in five working days or less": received Thursday 11 June 2026, due Friday 19 June (not Thursday 18, as in England)', () => {
    const d = due([receivedEv('2026-06-11T09:30:00+01:00')], scotland, '2026-06-12');
    expect(d['stage-1-response']).toEqual({ dueBy: '2026-06-19', status: 'pending' });
    // No separate acknowledgement: no acknowledgement deadline.
    expect(d['stage-1-acknowledgement']).toBeUndefined();
    // The deadline cites the model procedure, not the Housing Ombudsman's Code.
    const r = replay([receivedEv('2026-06-11T09:30:00+01:00')], scotland);
    const source = r.ok ? deadlines(r.value, scotland).find((x) => x.kind === 'stage-1-response')?.basis.source : undefined;
    expect(source?.provision).toBeUndefined();
    expect(source?.note).toContain('five working days or less');
    const inEngland = due([receivedEv('2026-06-11T09:30:00+01:00')], { policy: { ...policies.spsoModelScotland, region: 'england-and-wales' }, calendar: createCalendar({ region: 'england-and-wales' }) }, '2026-06-12');
    expect(inEngland['stage-1-response']?.dueBy).toBe('2026-06-18');
  });

  it('a frontline response on the day of receipt, then stage 2: "acknowledge receipt of your complaint within three working days" (Fri 12 June -> Thu 18 June) and "normally within 20 working days" (-> Mon 13 July)', () => {
    const events = [receivedEv('2026-06-11T09:30:00+01:00'), ack('2026-06-11'), respondEv('2026-06-11', 1), { type: 'escalation-requested', at: '2026-06-12' }];
    const d = due(events, scotland, '2026-06-16');
    expect(d['stage-1-response']).toEqual({ dueBy: '2026-06-19', status: 'met' });
    expect(d['stage-2-acknowledgement']).toEqual({ dueBy: '2026-06-18', status: 'pending' });
    expect(d['stage-2-response']).toEqual({ dueBy: '2026-07-13', status: 'pending' });
    const closed = due([...events, review('2026-06-17'), respondEv('2026-07-13', 2)], scotland, '2026-07-14');
    expect(closed['stage-2-acknowledgement']).toEqual({ dueBy: '2026-06-18', status: 'met' });
    expect(closed['stage-2-response']).toEqual({ dueBy: '2026-07-13', status: 'met' });
  });

  it('"within six months of the event ... or within two months of receiving your stage 1 response (if this is later)": received 11 June 2026, answered 11 June: stage 2 may be asked for until 11 December 2026', () => {
    const d = due([receivedEv('2026-06-11T09:30:00+01:00'), ack('2026-06-11'), respondEv('2026-06-11', 1)], scotland, '2026-06-12');
    expect(d['escalation-window']).toEqual({ dueBy: '2026-12-11', status: 'pending' });
    const late = replay([receivedEv('2026-06-11T09:30:00+01:00'), ack('2026-06-11'), respondEv('2026-06-11', 1), { type: 'escalation-requested', at: '2026-12-14' }], scotland);
    expect(!late.ok && late.error.code).toBe('escalation-late-without-discretion');
  });
});

describe('the SPSO model: the customer "finding out", and a complaint handled at stage 2 from receipt', () => {
  const ack = (at: string) => ackEv(at, { procedure: 'single' });
  const definition = { issues: [{ id: 'damp', summary: 'Damp and mould in the bedroom since winter' }], outcomesSought: ['Treat the damp', 'Redecorate'] };

  it('"within six months of the event you want to complain about or finding out that you have a reason to complain; or within two months of receiving your stage 1 response (if this is later)": found out 2 March 2026, answered 11 June: until 2 September 2026', () => {
    const events = [receivedEv('2026-06-11T09:30:00+01:00', { becameAwareOn: '2026-03-02' }), ack('2026-06-11'), respondEv('2026-06-11', 1)];
    // Six months from 2 March 2026 is 2 September 2026; two months from 11 June is 11 August: the later is 2 September.
    expect(due(events, scotland, '2026-06-12')['escalation-window']).toEqual({ dueBy: '2026-09-02', status: 'pending' });
    expect(replay([...events, { type: 'escalation-requested', at: '2026-09-02' }], scotland).ok).toBe(true);
    const late = replay([...events, { type: 'escalation-requested', at: '2026-09-03' }], scotland);
    expect(!late.ok && late.error.code).toBe('escalation-late-without-discretion');
  });
  it('found out long before (20 December 2025, six months ending 20 June 2026): the two months from the stage 1 response of 11 June 2026 are later (11 August 2026)', () => {
    const events = [receivedEv('2026-06-11T09:30:00+01:00', { becameAwareOn: '2025-12-20' }), ack('2026-06-11'), respondEv('2026-06-11', 1)];
    expect(due(events, scotland, '2026-06-12')['escalation-window']).toEqual({ dueBy: '2026-08-11', status: 'pending' });
  });
  it('"those that clearly require investigation, and so are handled directly at this stage", in one event: received Thursday 11 June 2026, acknowledged by Wednesday 17 June, answered by Friday 10 July (15 June a bank holiday)', () => {
    const start = receivedEv('2026-06-11T09:30:00+01:00', { procedure: 'single', direct: { loggedBy: 'frontline-ann', definition, reasons: 'clearly requires investigation' } });
    // Three working days from Thu 11 June: Fri 12, Tue 16, Wed 17. Twenty: 12, 16-19 (5), 22-26 (10), 29 June-3 July (15), 6-10 July (20).
    expect(due([start], scotland, '2026-06-12')).toEqual({
      'stage-2-acknowledgement': { dueBy: '2026-06-17', status: 'pending' },
      'stage-2-response': { dueBy: '2026-07-10', status: 'pending' },
    });
    const closed = due([start, review('2026-06-16'), respondEv('2026-07-10', 2, { findings: [{ issue: 'damp', finding: 'upheld', reasons: 'The damp was reported in January and not treated.' }] })], scotland, '2026-07-13');
    expect(closed['stage-2-response']).toEqual({ dueBy: '2026-07-10', status: 'met' });
    // The deadlines cite the model, not the Code.
    const r = replay([start], scotland);
    for (const d of r.ok ? deadlines(r.value, scotland) : []) expect(d.basis.source.provision, d.kind).toBeUndefined();
  });
  it('the same complaint in England (the policy moved to England\'s calendar): 15 June is a working day, so acknowledged by Tuesday 16 June and answered by Thursday 9 July', () => {
    const inEngland: LifecycleContext = { policy: { ...policies.spsoModelScotland, region: 'england-and-wales' }, calendar: createCalendar({ region: 'england-and-wales' }) };
    const start = receivedEv('2026-06-11T09:30:00+01:00', { procedure: 'single', direct: { loggedBy: 'frontline-ann', definition } });
    expect(due([start], inEngland, '2026-06-12')).toEqual({
      'stage-2-acknowledgement': { dueBy: '2026-06-16', status: 'pending' },
      'stage-2-response': { dueBy: '2026-07-09', status: 'pending' },
    });
  });
});

describe('the CHS residents\' leaflet on Scotland\'s calendar (the same data, region scotland): Monday 15 June 2026 is not a working day there', () => {
  const inScotland: LifecycleContext = { policy: { ...policies.chsResidents, region: 'scotland' }, calendar: createCalendar({ region: 'scotland' }) };
  const ack = (at: string) => ackEv(at, { procedure: 'single' });

  it('"within 5 working days*": received Friday 5 June 2026, still due Friday 12 June; "within 10 working days*": acknowledged Wednesday 10 June, due Thursday 25 June (24 June in England)', () => {
    const d = due([receivedEv('2026-06-05T10:00:00+01:00'), ack('2026-06-10')], inScotland, '2026-06-11');
    expect(d['stage-1-acknowledgement']).toEqual({ dueBy: '2026-06-12', status: 'met' });
    // 11, 12, (15 a bank holiday), 16, 17, 18, 19, 22, 23, 24, 25 June.
    expect(d['stage-1-response']).toEqual({ dueBy: '2026-06-25', status: 'pending' });
  });
  it('"within 20 working days* of your request for a review": requested Thursday 25 June, acknowledged by Thursday 2 July and answered by Thursday 23 July, as in England (no Scottish bank holiday in between)', () => {
    const d = due([receivedEv('2026-06-05T10:00:00+01:00'), ack('2026-06-10'), respondEv('2026-06-25', 1), { type: 'escalation-requested', at: '2026-06-25' }], inScotland, '2026-06-26');
    expect(d['stage-1-response']).toEqual({ dueBy: '2026-06-25', status: 'met' });
    expect(d['stage-2-acknowledgement']).toEqual({ dueBy: '2026-07-02', status: 'pending' });
    expect(d['stage-2-response']).toEqual({ dueBy: '2026-07-23', status: 'pending' });
  });
});

describe('the CHS residents\' leaflet, end to end in England', () => {
  const ack = (at: string) => ackEv(at, { procedure: 'single' });

  it('"we\'ll log and acknowledge receipt of your complaint within 5 working days": received Friday 5 June 2026, due Friday 12 June', () => {
    expect(due([receivedEv('2026-06-05T10:00:00+01:00')], england, '2026-06-08')['stage-1-acknowledgement']).toEqual({ dueBy: '2026-06-12', status: 'pending' });
  });

  it('"their decision within 10 working days": acknowledged Wednesday 10 June, due Wednesday 24 June (15 June is a working day in England)', () => {
    const d = due([receivedEv('2026-06-05T10:00:00+01:00'), ack('2026-06-10'), respondEv('2026-06-24', 1)], england, '2026-06-24');
    expect(d['stage-1-acknowledgement']).toEqual({ dueBy: '2026-06-12', status: 'met' });
    expect(d['stage-1-response']).toEqual({ dueBy: '2026-06-24', status: 'met' });
    // The leaflet sets no time to ask for a review: no window.
    expect(d['escalation-window']).toBeUndefined();
  });

  it('"The Managing Director will respond to you within 20 working days* of your request for a review": requested Thursday 25 June, acknowledged by Thursday 2 July, answered by Thursday 23 July', () => {
    const events = [receivedEv('2026-06-05T10:00:00+01:00'), ack('2026-06-10'), respondEv('2026-06-24', 1), { type: 'escalation-requested', at: '2026-06-25' }, review('2026-06-30'), respondEv('2026-07-24', 2)];
    const d = due(events, england, '2026-07-24');
    expect(d['stage-2-acknowledgement']).toEqual({ dueBy: '2026-07-02', status: 'met' });
    expect(d['stage-2-response']).toEqual({ dueBy: '2026-07-23', status: 'met-late' });
  });

  it('"we\'ll try to put things right and fix what\'s gone wrong by the end of that day": a same-day fix is a stage 1 response on the day of receipt (no stage 0, Code 5.2)', () => {
    const d = due([receivedEv('2026-06-05T10:00:00+01:00'), ack('2026-06-05'), respondEv('2026-06-05', 1)], england, '2026-06-05');
    expect(d['stage-1-acknowledgement']).toEqual({ dueBy: '2026-06-12', status: 'met' });
    expect(d['stage-1-response']?.status).toBe('met');
  });

  it('"* If we\'re unable to respond within the timescales we\'ll let you know our reasons for this and how much extra time is needed": an extension with reasons moves the date, with no maximum', () => {
    const events = [receivedEv('2026-06-05T10:00:00+01:00'), ack('2026-06-10'), { type: 'extension-granted', at: '2026-06-22', stage: 1, workingDays: 30, reasons: 'A contractor report is awaited.', ombudsmanDetailsGiven: false }];
    const r = replay(events, england);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(deadlines(r.value, england, '2026-06-23').find((x) => x.kind === 'stage-1-response')?.dueBy).toBe(england.calendar.addWorkingDays('2026-06-24', 30));
  });
});
