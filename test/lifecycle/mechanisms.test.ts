import { describe, expect, it } from 'vitest';
import { definePolicy, lintPolicy, parsePolicy, policies, type Policy, type PolicyOverrides } from '../../src/policy/index.js';
import { allowedEvents, deadlines, parseComplaint, replay, type LifecycleContext } from '../../src/lifecycle/index.js';
import { createCalendar } from '../../src/calendar/index.js';
import { renderLetter } from '../../src/outcomes/index.js';
import { ackEv, built, calendar, receivedEv, respondEv } from './fixtures.js';

function variant(base: Policy, overrides: PolicyOverrides): Policy {
  const r = definePolicy(base, overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const src = { note: 'a variant for the test' };

/** Wellington with its escalation window replaced (not merged) by `window`, validated. */
function withWindow(window: unknown): Policy {
  const r = parsePolicy({ ...structuredClone(policies.wellington), escalation: { ...policies.wellington.escalation, window } });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('a stage with no separate acknowledgement, its response due from receipt (general: any policy, any stage)', () => {
  const stages = structuredClone(policies.wellington.stages) as Policy['stages'];
  stages[0].acknowledge = null;
  stages[0].respond = { workingDays: 5, anchor: 'receipt', source: src };
  const policy = variant(policies.wellington, { stages });
  const ctx: LifecycleContext = { policy, calendar };

  it('no acknowledgement deadline of the policy (the Code\'s is shown as a benchmark, marked); the response is due 5 working days after receipt (Mon 3 March 2025 -> Mon 10 March)', () => {
    const r = replay([receivedEv('2025-03-03T09:00:00Z')], ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ds = deadlines(r.value, ctx, '2025-03-05');
    expect(ds.filter((d) => d.benchmark !== true).map((d) => d.kind)).not.toContain('stage-1-acknowledgement');
    expect(ds.find((d) => d.kind === 'stage-1-acknowledgement')).toMatchObject({ benchmark: true, basis: { source: { provision: '6.2' } } });
    expect(ds.find((d) => d.kind === 'stage-1-response')).toMatchObject({ dueBy: '2025-03-10', basis: { anchorKind: 'receipt', workingDays: 5 }, status: 'pending' });
  });
  it('the acknowledged event still records the definition, and is late for nothing', () => {
    const r = replay([receivedEv('2025-03-03T09:00:00Z'), ackEv('2025-03-07'), respondEv('2025-03-10', 1)], ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ds = deadlines(r.value, ctx, '2025-03-10');
    expect(ds.find((d) => d.kind === 'stage-1-response')).toMatchObject({ dueBy: '2025-03-10', status: 'met' });
  });
  it('the Code lint says the Code asks for an acknowledgement (6.2)', () => {
    const f = lintPolicy(policy).find((x) => x.code === 'stage1-acknowledgement-missing');
    expect(f).toMatchObject({ severity: 'breach', source: { provision: '6.2' }, path: 'stages.0.acknowledge' });
  });
  it('the same at stage 2: no stage 2 acknowledgement deadline', () => {
    const s = structuredClone(policies.wellington.stages) as Policy['stages'];
    s[1].acknowledge = null;
    const p2 = variant(policies.wellington, { stages: s });
    const c2: LifecycleContext = { policy: p2, calendar };
    const r = replay([receivedEv('2025-03-03T09:00:00Z'), ackEv('2025-03-04'), respondEv('2025-03-14', 1), { type: 'escalation-requested', at: '2025-03-20' }], c2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const kinds = deadlines(r.value, c2, '2025-03-21').filter((d) => d.benchmark !== true).map((d) => d.kind);
    expect(kinds).toContain('stage-2-response');
    expect(kinds).not.toContain('stage-2-acknowledgement');
    expect(lintPolicy(p2).map((x) => x.code)).toContain('stage2-acknowledgement-missing');
  });
});

describe('an escalation window that is the later of two periods from different anchors', () => {
  const policy = withWindow({ laterOf: [{ months: 6, anchor: 'receipt', source: src }, { months: 2, anchor: 'stage-response', source: src }], source: src });
  const ctx: LifecycleContext = { policy, calendar };
  const start = [receivedEv('2025-03-03T09:00:00Z'), ackEv('2025-03-04')];

  it('an early stage 1 response: 6 months from receipt is later (3 March 2025 -> 3 September 2025)', () => {
    const r = replay([...start, respondEv('2025-03-14', 1)], ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = deadlines(r.value, ctx, '2025-03-20').find((d) => d.kind === 'escalation-window');
    expect(w).toMatchObject({ dueBy: '2025-09-03', basis: { anchorKind: 'receipt' } });
    expect(w?.basis.source.note).toContain('2 months from stage-response: 2025-05-14');
  });
  it('a late stage 1 response: 2 months from it is later (20 August 2025 -> 20 October 2025)', () => {
    const r = replay([...start, respondEv('2025-08-20', 1)], ctx);
    expect(r.ok && deadlines(r.value, ctx, '2025-08-21').find((d) => d.kind === 'escalation-window')?.dueBy).toBe('2025-10-20');
  });
  it('a request on the last day is in time; the day after needs a reason for discretion (Code 5.11)', () => {
    const inTime = replay([...start, respondEv('2025-08-20', 1), { type: 'escalation-requested', at: '2025-10-20' }], ctx);
    expect(inTime.ok).toBe(true);
    const late = replay([...start, respondEv('2025-08-20', 1), { type: 'escalation-requested', at: '2025-10-21' }], ctx);
    expect(!late.ok && late.error.code).toBe('escalation-late-without-discretion');
    const allowed = replay([...start, respondEv('2025-08-20', 1), { type: 'escalation-requested', at: '2025-10-21', discretionReason: 'In hospital' }], ctx);
    expect(allowed.ok).toBe(true);
  });
  it('the month-end clamp: 2 months from 31 December 2025 is 28 February 2026', () => {
    const p = withWindow({ laterOf: [{ months: 1, anchor: 'receipt', source: src }, { months: 2, anchor: 'stage-response', source: src }], source: src });
    const c: LifecycleContext = { policy: p, calendar };
    const r = replay([receivedEv('2025-12-01T09:00:00Z'), ackEv('2025-12-02'), respondEv('2025-12-31', 1)], c);
    expect(r.ok && deadlines(r.value, c, '2026-01-05').find((d) => d.kind === 'escalation-window')?.dueBy).toBe('2026-02-28');
  });
  it('a working-days period and a months period mix', () => {
    const p = withWindow({ laterOf: [{ workingDays: 20, anchor: 'stage-response', source: src }, { months: 1, anchor: 'receipt', source: src }], source: src });
    const c: LifecycleContext = { policy: p, calendar };
    const r = replay([...start, respondEv('2025-03-14', 1)], c);
    // 20 working days after Fri 14 March 2025 is Fri 11 April (Good Friday is 18 April); 1 month from 3 March is 3 April.
    expect(r.ok && deadlines(r.value, c, '2025-03-20').find((d) => d.kind === 'escalation-window')?.dueBy).toBe('2025-04-11');
  });
  it('the stage 1 letter states both periods and "whichever is later"', () => {
    const letter = renderLetter('stage-1-response', {
      date: '2025-03-14', recipient: 'Ms A', complaintDefinition: 'Repair', decision: 'upheld', reasons: 'Late.', remedies: [], noRemedyReason: 'None needed', outstandingActions: [],
      ombudsman: 'Housing Ombudsman',
    } as never, { policy, calendar });
    expect(letter).toContain('within 6 months of the date we received your complaint, or within 2 months of the date of this reply, whichever is later');
  });
  it('a period must be months or working days, not both', () => {
    expect(() => withWindow({ laterOf: [{ months: 6, workingDays: 3, anchor: 'receipt', source: src }, { months: 2, anchor: 'stage-response', source: src }], source: src })).toThrow(/escalation\.window/);
    expect(() => withWindow({ laterOf: [{ months: 6, anchor: 'receipt', source: src }], source: src })).toThrow(/escalation\.window/);
  });
});

describe('a complaint taken straight to stage 2, where the policy allows it (escalation.direct)', () => {
  const start = [receivedEv('2025-03-03T09:00:00Z'), ackEv('2025-03-04')];
  const direct = variant(policies.wellington, { escalation: { direct: { allowed: true, source: src } } });
  const ctx: LifecycleContext = { policy: direct, calendar };

  it('refused under a policy that does not allow it (Wellington: stage 2 follows the stage 1 reply)', () => {
    const r = replay([...start, { type: 'escalation-requested', at: '2025-03-05' }], { policy: policies.wellington, calendar });
    expect(!r.ok && r.error.code).toBe('escalation-before-response');
    const at1 = replay(start, { policy: policies.wellington, calendar });
    expect(at1.ok && allowedEvents(at1.value, { policy: policies.wellington, calendar })).not.toContain('escalation-requested');
  });
  it('allowed under a variant that allows it: no stage 1 response or window is owed; stage 2 counts from the request (Wed 5 March 2025: acknowledged by 12 March, answered by 2 April)', () => {
    const r = replay([...start, { type: 'escalation-requested', at: '2025-03-05' }], ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe('stage-2-requested');
    expect(r.value.status === 'stage-2-requested' && r.value.stage2.escalation.direct).toBe(true);
    expect(allowedEvents(built(start, ctx), ctx)).toContain('escalation-requested');
    const ds = deadlines(r.value, ctx, '2025-03-06');
    expect(ds.map((d) => d.kind)).toEqual(['stage-1-acknowledgement', 'stage-2-acknowledgement', 'stage-2-response']);
    expect(ds.find((d) => d.kind === 'stage-2-acknowledgement')?.dueBy).toBe('2025-03-12');
    expect(ds.find((d) => d.kind === 'stage-2-response')?.dueBy).toBe('2025-04-02');
  });
  it('runs to its stage 2 response and closes', () => {
    const r = replay([...start, { type: 'escalation-requested', at: '2025-03-05' }, { type: 'escalation-acknowledged', at: '2025-03-07', reviewer: 'officer-ben' }, respondEv('2025-04-02', 2)], ctx);
    expect(r.ok && r.value.status).toBe('closed');
    expect(r.ok && deadlines(r.value, ctx, '2025-04-02').find((d) => d.kind === 'stage-2-response')?.status).toBe('met');
  });
  it('the SPSO model in Scotland: received and escalated Thursday 11 June 2026; acknowledged by Wednesday 17 June, answered by Friday 10 July (15 June a bank holiday)', () => {
    const scot: LifecycleContext = { policy: policies.spsoModelScotland, calendar: createCalendar({ region: 'scotland' }) };
    const r = replay([receivedEv('2026-06-11T09:00:00+01:00'), ackEv('2026-06-11', { procedure: 'single' }), { type: 'escalation-requested', at: '2026-06-11' }], scot);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ds = deadlines(r.value, scot, '2026-06-12');
    expect(ds.find((d) => d.kind === 'stage-2-acknowledgement')?.dueBy).toBe('2026-06-17');
    expect(ds.find((d) => d.kind === 'stage-2-response')?.dueBy).toBe('2026-07-10');
    expect(ds.map((d) => d.kind)).not.toContain('stage-1-response');
  });
});

describe('a window period counted from the day the complainant became aware (general: any policy with a laterOf window)', () => {
  // A variant: stage 2 may be asked for within 3 months of finding out, or 20 working days of the stage 1 reply, whichever is later.
  const policy = withWindow({ laterOf: [{ months: 3, anchor: 'awareness', source: src }, { workingDays: 20, anchor: 'stage-response', source: src }], source: src });
  const ctx: LifecycleContext = { policy, calendar };
  const events = (becameAwareOn?: string) => [receivedEv('2025-03-03T09:00:00Z', becameAwareOn === undefined ? {} : { becameAwareOn }), ackEv('2025-03-04'), respondEv('2025-03-14', 1)];
  const windowOf = (becameAwareOn?: string) => {
    const r = replay(events(becameAwareOn), ctx);
    if (!r.ok) throw new Error(r.error.message);
    return deadlines(r.value, ctx, '2025-03-17').find((d) => d.kind === 'escalation-window');
  };

  it('found out on 15 January 2025: 3 months from then (15 April 2025) is later than 20 working days from the reply of Friday 14 March (Friday 11 April)', () => {
    const w = windowOf('2025-01-15');
    expect(w).toMatchObject({ dueBy: '2025-04-15', basis: { anchor: '2025-01-15', anchorKind: 'awareness' } });
    expect(w?.basis.source.note).toContain('3 months from awareness: 2025-04-15');
    expect(w?.basis.source.note).toContain('20 working days from stage-response: 2025-04-11');
  });
  it('found out on 20 November 2024: 3 months ends 20 February 2025, so the 20 working days from the reply (11 April 2025) are later', () => {
    expect(windowOf('2024-11-20')).toMatchObject({ dueBy: '2025-04-11', basis: { anchorKind: 'stage-response' } });
  });
  it('no day of finding out recorded: the 3 months count from receipt (3 March -> 3 June 2025), never earlier, and the source says so', () => {
    const w = windowOf(undefined);
    expect(w).toMatchObject({ dueBy: '2025-06-03', basis: { anchor: '2025-03-03', anchorKind: 'awareness' } });
    expect(w?.basis.source.note).toContain('no becameAwareOn: counted from receipt');
  });
  it('the request is late only after the awareness period: in time on 15 April 2025, a reason for discretion needed on 16 April', () => {
    expect(replay([...events('2025-01-15'), { type: 'escalation-requested', at: '2025-04-15' }], ctx).ok).toBe(true);
    const late = replay([...events('2025-01-15'), { type: 'escalation-requested', at: '2025-04-16' }], ctx);
    expect(!late.ok && late.error.code).toBe('escalation-late-without-discretion');
  });
  it('a working-days period from awareness: 10 working days from Monday 24 February 2025 is Monday 10 March', () => {
    const wd = withWindow({ laterOf: [{ workingDays: 10, anchor: 'awareness', source: src }, { months: 1, anchor: 'stage-response', source: src }], source: src });
    const c2: LifecycleContext = { policy: wd, calendar };
    const r = replay(events('2025-02-24'), c2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = deadlines(r.value, c2, '2025-03-17').find((d) => d.kind === 'escalation-window');
    expect(w?.basis.source.note).toContain('10 working days from awareness: 2025-03-10');
    expect(w?.dueBy).toBe('2025-04-14');
  });
  it('the day of finding out is kept on the complaint, and cannot be after the day received', () => {
    const r = replay(events('2025-01-15'), ctx);
    expect(r.ok && r.value.becameAwareOn).toBe('2025-01-15');
    const bad = replay([receivedEv('2025-03-03T09:00:00Z', { becameAwareOn: '2025-03-04' })], ctx);
    expect(!bad.ok && bad.error).toMatchObject({ code: 'awareness-after-receipt', path: 'events[0].becameAwareOn' });
    expect(replay([receivedEv('2025-03-03T09:00:00Z', { becameAwareOn: '2025-02-30' })], ctx).ok).toBe(false);
  });
  it('the stage 1 letter names the day of finding out in words', () => {
    const letter = renderLetter('stage-1-response', {
      date: '2025-03-14', recipient: 'Ms A', complaintDefinition: 'Repair', decision: 'upheld', reasons: 'Late.', remedies: [], noRemedyReason: 'None needed', outstandingActions: [],
      ombudsman: 'Housing Ombudsman',
    } as never, { policy, calendar });
    expect(letter).toContain('within 3 months of the day you found out you had a reason to complain, or within 20 working days of the date of this reply, whichever is later');
  });
});

describe('a complaint that starts at stage 2 in one event (a received event with direct), where the policy allows it', () => {
  const direct = variant(policies.wellington, { escalation: { direct: { allowed: true, source: src } } });
  const ctx: LifecycleContext = { policy: direct, calendar };
  const definition = { issues: [{ id: 'damp', summary: 'Damp and mould in two rooms for a year' }], outcomesSought: ['Treat the damp'] };
  const start = receivedEv('2025-03-05T10:00:00Z', { procedure: 'A', direct: { loggedBy: 'officer-ann', definition, reasons: 'serious: damp and mould affecting a child' } });

  it('refused under a policy that does not allow it (Wellington), naming the field', () => {
    const r = replay([start], { policy: policies.wellington, calendar });
    expect(!r.ok && r.error).toMatchObject({ code: 'direct-start-not-allowed', path: 'events[0].direct' });
    const noProcedure = replay([receivedEv('2025-03-05T10:00:00Z', { direct: { loggedBy: 'officer-ann', definition } })], ctx);
    expect(!noProcedure.ok && noProcedure.error).toMatchObject({ code: 'direct-start-not-allowed', path: 'events[0].procedure' });
  });
  it('starts in stage-2-requested on Wednesday 5 March 2025: acknowledged by Wednesday 12 March, answered by Wednesday 2 April; no stage 1 deadline at all', () => {
    const r = replay([start], ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value;
    expect(c.status).toBe('stage-2-requested');
    if (c.status !== 'stage-2-requested') return;
    expect(c.stage2).toMatchObject({ requestedOn: '2025-03-05', escalation: { issues: ['damp'], direct: true, atReceipt: true, late: false, reasons: 'serious: damp and mould affecting a child' } });
    expect(c.stage1).toMatchObject({ requestedOn: '2025-03-05', acknowledgedOn: '2025-03-05', handler: 'officer-ann', definition });
    const ds = deadlines(c, ctx, '2025-03-06');
    expect(ds.map((d) => [d.kind, d.dueBy])).toEqual([
      ['stage-2-acknowledgement', '2025-03-12'],
      ['stage-2-response', '2025-04-02'],
    ]);
    expect(allowedEvents(c, ctx)).toContain('escalation-acknowledged');
  });
  it('the reviewer must not be the person who logged it (Code 6.13); runs to its stage 2 response and closes; the stored complaint reads back', () => {
    const same = replay([start, { type: 'escalation-acknowledged', at: '2025-03-07', reviewer: 'officer-ann' }], ctx);
    expect(!same.ok && same.error.code).toBe('reviewer-is-stage-1-handler');
    const r = replay([start, { type: 'escalation-acknowledged', at: '2025-03-07', reviewer: 'officer-ben' }, respondEv('2025-04-02', 2, { findings: [{ issue: 'damp', finding: 'upheld', reasons: 'The damp was reported in March 2024 and not treated.' }] })], ctx);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    expect(r.value.status).toBe('closed');
    expect(deadlines(r.value, ctx, '2025-04-02').find((d) => d.kind === 'stage-2-response')).toMatchObject({ dueBy: '2025-04-02', status: 'met' });
    const back = parseComplaint(JSON.parse(JSON.stringify(r.value)));
    expect(back.ok).toBe(true);
  });
  it("procedure B's receipt notification is owed in the same event", () => {
    const r = replay([receivedEv('2025-03-05T10:00:00Z', { procedure: 'B', direct: { loggedBy: 'officer-ann', definition } })], ctx);
    expect(!r.ok && r.error.code).toBe('receipt-notification-missing');
    const notified = policies.wellington.procedures.find((p) => p.id === 'B')!.notifyOnReceipt;
    expect(replay([receivedEv('2025-03-05T10:00:00Z', { procedure: 'B', notified: [...notified], direct: { loggedBy: 'officer-ann', definition } })], ctx).ok).toBe(true);
  });
  it('the receipt notification and issue-id rules read the same at a start at stage 2 and at an acknowledgement, each worded for its event', () => {
    const notified = policies.wellington.procedures.find((p) => p.id === 'B')!.notifyOnReceipt;
    const missing = replay([receivedEv('2025-03-05T10:00:00Z', { procedure: 'B', direct: { loggedBy: 'officer-ann', definition } })], ctx);
    expect(!missing.ok && missing.error).toMatchObject({ code: 'receipt-notification-missing', path: 'events[0].notified', message: expect.stringContaining(`procedure B: notify ${notified.join(', ')} of the receipt`) });
    const twice = { issues: [...definition.issues, { id: 'damp', summary: 'Again' }], outcomesSought: ['Treat the damp'] };
    const dupStart = replay([receivedEv('2025-03-05T10:00:00Z', { procedure: 'A', direct: { loggedBy: 'officer-ann', definition: twice } })], ctx);
    expect(!dupStart.ok && dupStart.error).toMatchObject({ code: 'duplicate-id', path: 'events[0].direct.definition.issues', message: expect.stringContaining("issue id 'damp' appears twice in the complaint definition") });
    const dupAck = replay([receivedEv('2025-03-05T10:00:00Z'), { type: 'acknowledged', at: '2025-03-06', procedure: 'A', handler: 'officer-ann', definition: twice }], ctx);
    expect(!dupAck.ok && dupAck.error).toMatchObject({ code: 'duplicate-id', path: 'events[1].definition.issues' });
    const lateAck = replay([receivedEv('2025-03-05T10:00:00Z'), { type: 'acknowledged', at: '2025-03-06', procedure: 'B', handler: 'officer-ann', definition }], ctx);
    expect(!lateAck.ok && lateAck.error).toMatchObject({ code: 'receipt-notification-missing', path: 'events[1].notified', message: expect.stringContaining(`(${notified.join(', ')}) before the complaint is acknowledged`) });
    const told = replay([receivedEv('2025-03-05T10:00:00Z', { procedure: 'B', notified: [...notified] }), { type: 'acknowledged', at: '2025-03-06', procedure: 'B', handler: 'officer-ann', definition }], ctx);
    expect(told.ok).toBe(true);
    const dupEsc = replay([start, { type: 'escalation-acknowledged', at: '2025-03-07', reviewer: 'officer-ben', definition: twice }], ctx);
    expect(!dupEsc.ok && dupEsc.error).toMatchObject({ code: 'duplicate-id', path: 'events[1].definition.issues' });
  });
});
