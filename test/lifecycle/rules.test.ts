import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  applyEvent,
  deadlines,
  overdue,
  parseComplaint,
  replay,
  startComplaint,
  type Complaint,
  type LifecycleError,
} from '../../src/lifecycle/index.js';
import { HousingComplaintsError } from '../../src/core/index.js';
import { ackEv, built, receivedEv, respondEv, wellington } from './fixtures.js';

// Fri 3 Jan 2025 receipt; acknowledged Mon 6 Jan; stage 1 response due 10 working days after: Mon 20 Jan.
const received = [receivedEv('2025-01-03')];
const stage1 = [...received, ackEv('2025-01-06')];
const responded1 = [...stage1, respondEv('2025-01-17', 1)];
// Escalation window: 20 working days from Fri 17 Jan: Mon 20 (1) ... Fri 14 Feb (20).
const requested2 = [...responded1, { type: 'escalation-requested', at: '2025-01-22' }];
const stage2 = [...requested2, { type: 'escalation-acknowledged', at: '2025-01-24', reviewer: 'officer-ben' }];
const closed2 = [...stage2, respondEv('2025-02-10', 2)];

/** Applies an event given as untyped JSON, as a host would. */
function apply(c: Complaint, event: unknown) {
  return applyEvent(c, event as never, wellington);
}
function rejected(c: Complaint, event: unknown): LifecycleError {
  const snapshot = JSON.stringify(c);
  const r = apply(c, event);
  expect(JSON.stringify(c)).toBe(snapshot); // the complaint passed in is never changed
  if (r.ok) throw new Error(`expected ${JSON.stringify(event)} to be rejected`);
  return r.error;
}
function accepted(c: Complaint, event: unknown): Complaint {
  const r = apply(c, event);
  if (!r.ok) throw new Error(`expected acceptance, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('Code 6.13: the stage 2 reviewer is not the stage 1 handler', () => {
  it('refuses the stage 1 handler as reviewer', () => {
    const e = rejected(built(requested2), { type: 'escalation-acknowledged', at: '2025-01-24', reviewer: 'officer-ann' });
    expect(e).toMatchObject({ code: 'reviewer-is-stage-1-handler', source: { provision: '6.13' }, path: 'event.reviewer' });
  });
  it('accepts another person', () => {
    expect(accepted(built(requested2), { type: 'escalation-acknowledged', at: '2025-01-24', reviewer: 'officer-ben' }).status).toBe('stage-2');
  });
});

describe('Code 5.3: no third stage', () => {
  it('refuses a further escalation during stage 2', () => {
    expect(rejected(built(stage2), { type: 'escalation-requested', at: '2025-01-27' })).toMatchObject({ code: 'no-third-stage', source: { provision: '5.3' } });
  });
  it('refuses an escalation after the stage 2 response', () => {
    expect(rejected(built(closed2), { type: 'escalation-requested', at: '2025-02-11' })).toMatchObject({ code: 'no-third-stage' });
    expect(allowedEvents(built(closed2), wellington)).not.toContain('escalation-requested');
  });
});

describe('policy s.6/s.7: an escalation cannot add new or unrelated issues', () => {
  it('refuses new issues', () => {
    const e = rejected(built(responded1), { type: 'escalation-requested', at: '2025-01-22', newIssues: [{ id: 'parking', summary: 'Parking bay' }] });
    expect(e).toMatchObject({ code: 'escalation-new-issues', path: 'event.newIssues', source: { policy: 's.6, s.7' } });
  });
  it('refuses an issue id that was not in the stage 1 complaint', () => {
    expect(rejected(built(responded1), { type: 'escalation-requested', at: '2025-01-22', issues: ['repair', 'parking'] })).toMatchObject({ code: 'escalation-new-issues', path: 'event.issues.1' });
  });
  it('escalates a subset of the stage 1 issues, and stage 2 is defined on them', () => {
    const c = accepted(built(responded1), { type: 'escalation-requested', at: '2025-01-22', issues: ['repair'] });
    const c2 = accepted(c, { type: 'escalation-acknowledged', at: '2025-01-23', reviewer: 'officer-ben' });
    if (c2.status !== 'stage-2') throw new Error('expected stage 2');
    expect(c2.stage2.definition.issues.map((i) => i.id)).toEqual(['repair']);
  });
});

describe('Code 6.12: reasons are not required for a stage 2 request', () => {
  it('accepts a request without reasons under Wellington', () => {
    expect(accepted(built(responded1), { type: 'escalation-requested', at: '2025-01-22' }).status).toBe('stage-2-requested');
  });
  it('a policy that requires reasons refuses a request without them', () => {
    const strict = { ...wellington, policy: { ...wellington.policy, escalation: { ...wellington.policy.escalation, reasonsRequired: true } } };
    const r = applyEvent(built(responded1), { type: 'escalation-requested', at: '2025-01-22' }, strict);
    expect(r.ok ? undefined : r.error.code).toBe('escalation-reasons-required');
  });
});

describe('Code 6.4, 6.5, 6.15, 6.16 and policy s.5: extensions', () => {
  const ext = (workingDays: number, extra: object = {}) => ({ type: 'extension-granted', at: '2025-01-15', stage: 1, workingDays, reasons: 'Complex repair history', ombudsmanDetailsGiven: true, ...extra });
  it('6.4 / s.5: up to 10 working days needs no good reason', () => {
    expect(accepted(built(stage1), ext(10)).status).toBe('stage-1');
  });
  it('6.4 / s.5: beyond 10 working days needs a good reason', () => {
    expect(rejected(built(stage1), ext(11))).toMatchObject({ code: 'extension-needs-good-reason', path: 'event.goodReason', source: { provision: '6.4', policy: 's.5' } });
    expect(accepted(built(stage1), ext(11, { goodReason: 'Specialist report awaited' })).status).toBe('stage-1');
  });
  it('s.5: extensions add up: 8 then 3 is beyond 10', () => {
    const c = accepted(built(stage1), ext(8));
    expect(rejected(c, ext(3))).toMatchObject({ code: 'extension-needs-good-reason' });
  });
  it('s.5: beyond 20 working days the complainant must agree', () => {
    expect(rejected(built(stage1), ext(21, { goodReason: 'Specialist report awaited' }))).toMatchObject({ code: 'extension-needs-agreement', path: 'event.complainantAgreed', source: { policy: 's.5' } });
    expect(accepted(built(stage1), ext(21, { goodReason: 'Specialist report awaited', complainantAgreed: true })).status).toBe('stage-1');
  });
  it("6.5: the Ombudsman's details must be given", () => {
    expect(rejected(built(stage1), ext(5, { ombudsmanDetailsGiven: false }))).toMatchObject({ code: 'extension-needs-ombudsman-details', source: { provision: '6.5' } });
  });
  it('6.4: the reasons must be explained', () => {
    expect(rejected(built(stage1), ext(5, { reasons: '  ' }))).toMatchObject({ code: 'extension-needs-reasons', path: 'event.reasons' });
  });
  it('6.15 / 6.16: the same rules at stage 2', () => {
    const c = built(stage2);
    expect(rejected(c, { ...ext(11), stage: 2, at: '2025-01-27' })).toMatchObject({ code: 'extension-needs-good-reason', source: { provision: '6.15' } });
    expect(rejected(c, { ...ext(5, { ombudsmanDetailsGiven: false }), stage: 2, at: '2025-01-27' })).toMatchObject({ code: 'extension-needs-ombudsman-details', source: { provision: '6.16' } });
  });
  it('an extension of the other stage is refused', () => {
    expect(rejected(built(stage1), { ...ext(5), stage: 2 })).toMatchObject({ code: 'extension-wrong-stage' });
  });
  it('Ombudsman guidance: an extension notified after the deadline it extends is recorded as late', () => {
    // Stage 1 response due Mon 20 Jan (10 working days from Mon 6 Jan); notified Tue 21 Jan.
    const c = accepted(built(stage1), { ...ext(5), at: '2025-01-21' });
    expect(c.stage1.extensions[0]).toMatchObject({ late: true, previousDueBy: '2025-01-20', newDueBy: '2025-01-27' });
    const onTime = accepted(built(stage1), { ...ext(5), at: '2025-01-20' });
    expect(onTime.stage1.extensions[0]?.late).toBe(false);
  });
  it('Code 5.9: once a response will fall outside the timescales, update intervals must be agreed', () => {
    const c = accepted(built(stage1), ext(5));
    expect(c.updateIntervals).toMatchObject({ requiredSince: '2025-01-15', source: { provision: '5.9' } });
    expect(c.updateIntervals?.agreedOn).toBeUndefined();
    const agreed = accepted(c, { type: 'update-sent', at: '2025-01-16', note: 'Weekly updates by phone', everyWorkingDays: 5 });
    expect(agreed.updateIntervals).toMatchObject({ requiredSince: '2025-01-15', agreedOn: '2025-01-16', agreedEveryWorkingDays: 5 });
    expect(agreed.updates).toEqual([{ on: '2025-01-16', note: 'Weekly updates by phone' }]);
  });
});

describe('Code 6.9 / 6.19 and policy s.9: a response carries what the stage requires', () => {
  it('6.9(g): a stage 1 response must say how to escalate', () => {
    const { escalation: _e, ...noEscalation } = respondEv('2025-01-17', 1);
    expect(rejected(built(stage1), noEscalation)).toMatchObject({ code: 'response-incomplete', source: { provision: '6.9' }, path: 'event.escalation' });
  });
  it('6.19(g): a stage 2 response must say how to go to the Ombudsman', () => {
    const { ombudsman: _o, ...noOmbudsman } = respondEv('2025-02-10', 2);
    expect(rejected(built(stage2), noOmbudsman)).toMatchObject({ code: 'response-incomplete', source: { provision: '6.19' } });
  });
  it('policy s.9 "That the complainant may refer the complaint to the Housing Ombudsman Service": the stage 1 response must say so too', () => {
    const { ombudsman: _o, ...noOmbudsman } = respondEv('2025-01-17', 1);
    expect(rejected(built(stage1), noOmbudsman)).toMatchObject({ code: 'response-incomplete', source: { policy: 's.9' }, path: 'event.ombudsman' });
    expect(accepted(built(stage1), respondEv('2025-01-17', 1)).status).toBe('stage-1-responded');
  });
  it('6.9(e) "the details of any remedy offered to put things right": a complaint not upheld needs no remedy and no reason for none', () => {
    const { remedies: _r, ...noRemedy } = respondEv('2025-01-17', 1);
    const notUpheld = { ...noRemedy, findings: noRemedy.findings.map((f) => ({ ...f, finding: 'not-upheld' as const })) };
    const c = accepted(built(stage1), notUpheld);
    expect(c.status === 'stage-1-responded' && c.stage1.response).toMatchObject({ outcome: 'not-upheld', remedies: [] });
  });
  it('6.9(e): a remedy, or the reason there is none', () => {
    const { remedies: _r, ...noRemedy } = respondEv('2025-01-17', 1);
    expect(rejected(built(stage1), noRemedy)).toMatchObject({ code: 'response-incomplete', path: 'event.remedies' });
    expect(accepted(built(stage1), { ...noRemedy, noRemedyReason: 'Nothing went wrong' }).status).toBe('stage-1-responded');
  });
  it('6.9(f): outstanding actions, an empty list stating none', () => {
    const { outstandingActions: _a, ...noActions } = respondEv('2025-01-17', 1);
    expect(rejected(built(stage1), noActions)).toMatchObject({ code: 'response-incomplete', path: 'event.outstandingActions' });
  });
  it('6.7: every issue in the complaint definition has a finding', () => {
    const ev = respondEv('2025-01-17', 1, { findings: [{ issue: 'repair', finding: 'upheld', reasons: 'Late' }] });
    expect(rejected(built(stage1), ev)).toMatchObject({ code: 'response-issue-not-addressed', source: { provision: '6.7' } });
  });
  it('6.18 "Landlords must address all points raised in the complaint definition": at stage 2 the finding cites 6.18, not 6.7 (read from the Code table)', () => {
    const ev = respondEv('2025-02-14', 2, { findings: [{ issue: 'repair', finding: 'upheld', reasons: 'Late' }] });
    expect(rejected(built(stage2), ev)).toMatchObject({ code: 'response-issue-not-addressed', source: { provision: '6.18' } });
  });
  it('6.7: a finding on an issue that is not in the definition is refused', () => {
    const ev = respondEv('2025-01-17', 1, { findings: [...respondEv('2025-01-17', 1).findings, { issue: 'parking', finding: 'upheld', reasons: 'x' }] });
    expect(rejected(built(stage1), ev)).toMatchObject({ code: 'response-unknown-issue', path: 'event.findings.2.issue' });
  });
  it('issue look-ups give the same answers for short definitions (scanned) and long ones (a set)', () => {
    for (const n of [2, 8, 9, 12]) {
      const issues = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, summary: `Issue ${i}` }));
      const stage1n = [receivedEv('2025-01-03'), ackEv('2025-01-06', { definition: { ...ackEv('2025-01-06').definition, issues } })];
      const all = issues.map((q, i) => ({ issue: i % 2 === 0 ? q.id : q.summary, finding: 'upheld' as const, reasons: 'Per the log' }));
      // Every issue answered, by id or by summary.
      expect(accepted(built(stage1n), respondEv('2025-01-17', 1, { findings: all })).status).toBe('stage-1-responded');
      // The last issue unanswered; then a finding on an issue not in the definition, after the others.
      expect(rejected(built(stage1n), respondEv('2025-01-17', 1, { findings: all.slice(0, -1) }))).toMatchObject({ code: 'response-issue-not-addressed', message: expect.stringContaining(`'i${n - 1}'`) });
      expect(rejected(built(stage1n), respondEv('2025-01-17', 1, { findings: [...all, { issue: 'parking', finding: 'upheld', reasons: 'x' }] }))).toMatchObject({ code: 'response-unknown-issue', path: `event.findings.${n}.issue` });
      // A repeated issue id is named in the acknowledgement that repeats it.
      const twice = [...issues, { id: `i${n - 1}`, summary: 'Again' }];
      expect(rejected(built([receivedEv('2025-01-03')]), ackEv('2025-01-06', { definition: { ...ackEv('2025-01-06').definition, issues: twice } }))).toMatchObject({ code: 'duplicate-id', message: expect.stringContaining(`'i${n - 1}' appears twice`) });
    }
  });
  it('policy s.8: the outcome is decided from the findings', () => {
    const c = accepted(built(stage1), respondEv('2025-01-17', 1));
    if (c.status !== 'stage-1-responded') throw new Error('expected responded');
    expect(c.stage1.response.outcome).toBe('partially-upheld');
  });
  it('a response of the wrong stage is refused', () => {
    expect(rejected(built(stage1), respondEv('2025-01-17', 2))).toMatchObject({ code: 'response-wrong-stage' });
  });
  it('7.3: a remedy cannot be due before the response that offers it', () => {
    const ev = respondEv('2025-01-17', 1, { remedies: [{ id: 'r1', kind: 'apology', description: 'Apology', dueBy: '2025-01-16' }] });
    expect(rejected(built(stage1), ev)).toMatchObject({ code: 'remedy-due-before-response', source: { provision: '7.3' } });
  });
});

describe('policy s.7 "they can escalate their complaint to stage 2 within 20 working days of the date of the Stage 1 reply" and Code 5.11: a late escalation request needs a recorded reason for discretion', () => {
  it('refuses a request after the window without a reason', () => {
    // Window: 20 working days from Fri 17 Jan -> Fri 14 Feb.
    expect(rejected(built(responded1), { type: 'escalation-requested', at: '2025-02-17' })).toEqual(expect.objectContaining({ code: 'escalation-late-without-discretion', source: { provision: '5.11', policy: 's.5, s.6, s.7' }, path: 'event.discretionReason' }));
  });
  it('accepts it on the last day of the window', () => {
    const c = accepted(built(responded1), { type: 'escalation-requested', at: '2025-02-14' });
    if (c.status !== 'stage-2-requested') throw new Error('expected requested');
    expect(c.stage2.escalation.late).toBe(false);
  });
  it('accepts a late request with discretion, and records it', () => {
    const c = accepted(built(responded1), { type: 'escalation-requested', at: '2025-02-17', discretionReason: 'Complainant was in hospital' });
    if (c.status !== 'stage-2-requested') throw new Error('expected requested');
    expect(c.stage2.escalation).toMatchObject({ late: true, discretionReason: 'Complainant was in hospital' });
  });
  it('policy s.6: a complaint closed when the window lapsed may still be escalated with discretion', () => {
    expect(rejected(built(responded1), { type: 'closed', at: '2025-02-14', how: 'escalation-window-lapsed' })).toMatchObject({ code: 'escalation-window-open' });
    const closed = accepted(built(responded1), { type: 'closed', at: '2025-02-17', how: 'escalation-window-lapsed' });
    expect(closed.status).toBe('closed');
    expect(rejected(closed, { type: 'escalation-requested', at: '2025-02-18' })).toMatchObject({ code: 'escalation-late-without-discretion' });
    const reopened = accepted(closed, { type: 'escalation-requested', at: '2025-02-18', discretionReason: 'Letter went to the wrong address' });
    expect(reopened.status).toBe('stage-2-requested');
    expect((reopened as { closure?: unknown }).closure).toBeUndefined();
  });
});

describe('Code 2.4 and policy s.3: a refusal needs grounds, written reasons and the right to go to the Ombudsman', () => {
  const refusal = { type: 'refused', at: '2025-01-06', grounds: ['legal-proceedings'], writtenReasons: 'A disrepair claim has been filed at court.', ombudsmanRightGiven: true };
  it('refuses without grounds', () => {
    expect(rejected(built(received), { ...refusal, grounds: [] })).toMatchObject({ code: 'refusal-needs-grounds', path: 'event.grounds' });
  });
  it('refuses without written reasons', () => {
    expect(rejected(built(received), { ...refusal, writtenReasons: '' })).toMatchObject({ code: 'refusal-needs-reasons', source: { provision: '2.4' } });
  });
  it('refuses without the right to go to the Ombudsman', () => {
    expect(rejected(built(received), { ...refusal, ombudsmanRightGiven: false })).toMatchObject({ code: 'refusal-needs-ombudsman-right', source: { provision: '2.4' } });
  });
  it('2.2: refuses a ground the policy does not set out', () => {
    const noGrounds = { ...wellington, policy: { ...wellington.policy, exclusions: wellington.policy.exclusions.filter((x) => x.ground !== 'legal-proceedings') } };
    const r = applyEvent(built(received), refusal as never, noGrounds);
    expect(r.ok ? undefined : r.error.code).toBe('refusal-ground-not-in-policy');
  });
  it('records a complete refusal; no stage deadlines remain', () => {
    const c = accepted(built(received), refusal);
    expect(c).toMatchObject({ status: 'refused', refusal: { on: '2025-01-06', stage: 1, grounds: ['legal-proceedings'] } });
    expect(deadlines(c, wellington, '2025-02-01')).toEqual([]);
  });
  it('5.11: a refusal to escalate needs the same', () => {
    const c = accepted(built(requested2), { ...refusal, at: '2025-01-23', grounds: ['already-considered'] });
    expect(c).toMatchObject({ status: 'refused', refusal: { stage: 2 } });
    expect(rejected(built(requested2), { ...refusal, at: '2025-01-23', writtenReasons: ' ' })).toMatchObject({ source: { provision: '2.4, 5.11' } });
  });
});

describe('policy s.7: procedure B notifies the landlord complaints officer at receipt', () => {
  it('refuses the acknowledgement until the receipt is notified', () => {
    const c = built([receivedEv('2025-01-03', { procedure: 'B' })]);
    expect(rejected(c, ackEv('2025-01-06', { procedure: 'B' }))).toMatchObject({ code: 'receipt-notification-missing', path: 'event.notified', source: { policy: 's.5, s.7' } });
  });
  it('accepts the notification recorded at receipt, in the acknowledgement or as its own event', () => {
    expect(built([receivedEv('2025-01-03', { procedure: 'B', notified: ['landlord-complaints-officer'] }), ackEv('2025-01-06', { procedure: 'B' })]).status).toBe('stage-1');
    expect(built([receivedEv('2025-01-03'), ackEv('2025-01-06', { procedure: 'B', notified: ['landlord-complaints-officer'] })]).status).toBe('stage-1');
    const c = built([receivedEv('2025-01-03'), { type: 'party-notified', at: '2025-01-03', role: 'landlord-complaints-officer' }, ackEv('2025-01-06', { procedure: 'B' })]);
    expect(c.notifications).toEqual([{ role: 'landlord-complaints-officer', on: '2025-01-03' }]);
  });
  it('procedure A needs no notification at receipt', () => {
    expect(built(stage1).procedure).toBe('A');
  });
  it('an unknown procedure or role is refused', () => {
    expect(rejected(built(received), ackEv('2025-01-06', { procedure: 'C' }))).toMatchObject({ code: 'unknown-procedure', path: 'event.procedure' });
    expect(rejected(built(received), { type: 'party-notified', at: '2025-01-06', role: 'mayor' })).toMatchObject({ code: 'unknown-role' });
  });
});

describe('policy s.5: who holds each role', () => {
  it('records the people holding the procedure roles, and refuses roles the policy does not have', () => {
    const c = built([receivedEv('2025-01-03', { procedure: 'B', notified: ['landlord-complaints-officer'] }), ackEv('2025-01-06', { procedure: 'B', roleHolders: { 'landlord-complaints-officer': 'Jo Secretary', 'agent-complaints-officer': 'officer-ann' } })]);
    expect(c.roleHolders).toEqual({ 'landlord-complaints-officer': 'Jo Secretary', 'agent-complaints-officer': 'officer-ann' });
    expect(rejected(built(received), ackEv('2025-01-06', { roleHolders: { mayor: 'x' } }))).toMatchObject({ code: 'unknown-role', path: 'event.roleHolders.0' });
    const s2 = accepted(built(requested2), { type: 'escalation-acknowledged', at: '2025-01-24', reviewer: 'officer-ben', roleHolders: { 'agent-reviewer': 'officer-ben' } });
    expect(s2.roleHolders).toEqual({ 'agent-reviewer': 'officer-ben' });
  });
});

describe('Code 5.10: reasonable adjustments and disclosed vulnerabilities are recorded and kept under review', () => {
  it('records, reviews and schedules the next review', () => {
    const c1 = accepted(built(stage1), { type: 'adjustment-recorded', at: '2025-01-07', id: 'adj-1', kind: 'reasonable-adjustment', description: 'Letters in large print', reviewEveryWorkingDays: 20 });
    const c2 = accepted(c1, { type: 'adjustment-recorded', at: '2025-01-08', id: 'vul-1', kind: 'vulnerability', description: 'Recently bereaved' });
    expect(c2.adjustments.map((a) => a.kind)).toEqual(['reasonable-adjustment', 'vulnerability']);
    // 20 working days from Tue 7 Jan 2025: Wed 8 (1) ... Tue 4 Feb (20).
    const review = deadlines(c2, wellington, '2025-02-05').find((d) => d.kind === 'adjustment-review');
    expect(review).toMatchObject({ ref: 'adj-1', dueBy: '2025-02-04', status: 'overdue', basis: { source: { provision: '5.10' } } });
    const c3 = accepted(c2, { type: 'adjustment-recorded', at: '2025-02-05', id: 'adj-1', kind: 'reasonable-adjustment', description: 'Letters in large print and by email', reviewEveryWorkingDays: 20 });
    expect(c3.adjustments[0]).toMatchObject({ recordedOn: '2025-01-07', reviewedOn: ['2025-02-05'], description: 'Letters in large print and by email' });
    expect(deadlines(c3, wellington, '2025-02-05').find((d) => d.kind === 'adjustment-review')?.status).toBe('pending');
  });
});

describe('Code 6.8 and policy s.3: additional issues', () => {
  const issue = (related: boolean, extra: object = {}) => ({ type: 'additional-issue-raised', at: '2025-01-08', issue: { id: 'damp', summary: 'Damp around the boiler' }, related, ...extra });
  it('related, before the stage 1 response: incorporated into the definition', () => {
    const c = accepted(built(stage1), issue(true));
    if (c.status !== 'stage-1') throw new Error('expected stage 1');
    expect(c.stage1.definition.issues.map((i) => i.id)).toEqual(['repair', 'contact', 'damp']);
    expect(c.additionalIssues[0]).toMatchObject({ disposition: 'incorporated', source: { provision: '6.8' } });
    // The response must now address it too (6.7).
    expect(rejected(c, respondEv('2025-01-17', 1))).toMatchObject({ code: 'response-issue-not-addressed' });
  });
  it('unrelated: a new complaint', () => {
    const c = accepted(built(stage1), issue(false));
    expect(c.additionalIssues[0]?.disposition).toBe('new-complaint');
    if (c.status !== 'stage-1') throw new Error('expected stage 1');
    expect(c.stage1.definition.issues).toHaveLength(2);
  });
  it('related but it would unreasonably delay the response: a new complaint', () => {
    expect(accepted(built(stage1), issue(true, { wouldUnreasonablyDelay: true })).additionalIssues[0]?.disposition).toBe('new-complaint');
  });
  it('after the stage 1 response: a new complaint', () => {
    expect(accepted(built(responded1), { ...issue(true), at: '2025-01-20' }).additionalIssues[0]?.disposition).toBe('new-complaint');
  });
});

describe('untrusted input', () => {
  it('rejects an event the status does not accept, even when the types are bypassed', () => {
    expect(rejected(built(stage1), { type: 'escalation-acknowledged', at: '2025-01-07', reviewer: 'x' })).toMatchObject({ code: 'event-not-allowed', path: 'event.type' });
  });
  it('names the field of a malformed event', () => {
    expect(rejected(built(stage1), { type: 'extension-granted', at: '2025-01-07', stage: 1, workingDays: 2.5, reasons: 'x', ombudsmanDetailsGiven: true })).toMatchObject({ code: 'invalid-event', path: 'event.workingDays' });
    expect(rejected(built(stage1), { type: 'update-sent', at: '2025-02-30' })).toMatchObject({ code: 'invalid-event', path: 'event.at' });
    expect(rejected(built(stage1), { type: 'update-sent', at: '2025-01-07T10:00:00' })).toMatchObject({ code: 'invalid-event', path: 'event.at' });
    expect(rejected(built(stage1), { type: 'no-such-event', at: '2025-01-07' })).toMatchObject({ code: 'invalid-event' });
    expect(rejected(built(stage1), null)).toMatchObject({ code: 'invalid-event' });
  });
  it('a complaint from storage is checked before use', () => {
    const c = built(responded1);
    expect(parseComplaint(JSON.parse(JSON.stringify(c)))).toEqual({ ok: true, value: JSON.parse(JSON.stringify(c)) });
    expect(parseComplaint({ ...JSON.parse(JSON.stringify(c)), receivedOn: '2025-02-30' })).toMatchObject({ ok: false, error: { code: 'invalid-complaint', path: 'complaint.receivedOn' } });
    expect(applyEvent({ status: 'stage-9' } as unknown as Complaint, { type: 'update-sent', at: '2025-01-07' }, wellington)).toMatchObject({ ok: false, error: { code: 'invalid-complaint', path: 'complaint' } });
    expect(applyEvent(null as unknown as Complaint, { type: 'update-sent', at: '2025-01-07' }, wellington)).toMatchObject({ ok: false, error: { code: 'invalid-complaint' } });
  });
  it('trusts a complaint it built, and checks any copy of one as parseComplaint does', () => {
    const c = built(responded1);
    const next = { type: 'update-sent', at: '2025-01-20' } as const;
    expect(applyEvent(c, next, wellington).ok).toBe(true);
    // A copy in a state its history does not lead to (the mark of a built complaint is not copied).
    const junk = { ...c, status: 'stage-1' } as unknown as Complaint;
    expect(applyEvent(junk, next, wellington)).toMatchObject({ ok: false, error: { code: 'invalid-complaint', path: 'complaint.status' } });
    expect(applyEvent(structuredClone(junk), next, wellington)).toMatchObject({ ok: false, error: { code: 'invalid-complaint', path: 'complaint.status' } });
    // A faithful copy passes the check; the mark adds no key and changes no JSON.
    expect(applyEvent(structuredClone(c), next, wellington)).toEqual(applyEvent(c, next, wellington));
    expect(Reflect.ownKeys(c)).toEqual(Object.keys(c));
  });
  it('refuses an event dated before the previous one', () => {
    expect(rejected(built(stage1), { type: 'update-sent', at: '2025-01-05' })).toMatchObject({ code: 'event-before-previous', path: 'event.at' });
  });
  it('a complaint starts with received, once', () => {
    expect(startComplaint({ type: 'withdrawn', at: '2025-01-03' }, wellington)).toMatchObject({ ok: false, error: { code: 'first-event-not-received' } });
    expect(startComplaint({ type: 'received', at: '2025-01-03' }, wellington)).toMatchObject({ ok: false, error: { code: 'invalid-event', path: 'event.complaintId' } });
    expect(startComplaint(42, wellington)).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
    expect(rejected(built(stage1), receivedEv('2025-01-07'))).toMatchObject({ code: 'event-not-allowed' });
    expect(replay([], wellington)).toMatchObject({ ok: false, error: { code: 'no-events' } });
    expect(replay([{ type: 'update-sent', at: '2025-01-03' }], wellington)).toMatchObject({ ok: false, error: { code: 'first-event-not-received', path: 'events[0].type' } });
  });
});

describe('policy s.10 and Code 7.3: tracking', () => {
  it('an evidence request needs a referral; each request is answered once', () => {
    expect(rejected(built(stage1), { type: 'ombudsman-evidence-requested', at: '2025-01-08', requestId: 'e1' })).toMatchObject({ code: 'no-ombudsman-referral', source: { policy: 's.10' } });
    const c = built([...stage1, { type: 'ombudsman-referral', at: '2025-01-08' }, { type: 'ombudsman-evidence-requested', at: '2025-01-09', requestId: 'e1' }]);
    expect(rejected(c, { type: 'ombudsman-evidence-requested', at: '2025-01-09', requestId: 'e1' })).toMatchObject({ code: 'duplicate-id' });
    expect(rejected(c, { type: 'ombudsman-evidence-provided', at: '2025-01-10', requestId: 'e2' })).toMatchObject({ code: 'unknown-evidence-request' });
    const done = accepted(c, { type: 'ombudsman-evidence-provided', at: '2025-01-10', requestId: 'e1' });
    expect(rejected(done, { type: 'ombudsman-evidence-provided', at: '2025-01-10', requestId: 'e1' })).toMatchObject({ code: 'evidence-already-provided' });
    expect(allowedEvents(done, wellington)).not.toContain('ombudsman-evidence-provided');
  });
  it('a remedy is completed once, and only one that was offered', () => {
    const c = built(responded1);
    expect(rejected(c, { type: 'remedy-completed', at: '2025-01-20', remedyId: 'nope' })).toMatchObject({ code: 'unknown-remedy', source: { provision: '7.3' } });
    const done = accepted(c, { type: 'remedy-completed', at: '2025-01-20', remedyId: 'r1' });
    expect(rejected(done, { type: 'remedy-completed', at: '2025-01-21', remedyId: 'r1' })).toMatchObject({ code: 'remedy-already-completed' });
    // The remedy was due the day of the response (Fri 17 Jan) and completed Mon 20 Jan: met late.
    expect(deadlines(done, wellington, '2025-01-21').find((d) => d.kind === 'remedy')).toMatchObject({ status: 'met-late', metOn: '2025-01-20' });
  });
  it('Code 6.6: outstanding actions are tracked to completion', () => {
    const c = built([...stage1, respondEv('2025-01-17', 1, { outstandingActions: [{ id: 'a1', description: 'Replace the extractor fan', dueBy: '2025-01-31' }] })]);
    // Due Fri 31 Jan 2025: 10 working days after the response on Fri 17 Jan.
    expect(deadlines(c, wellington, '2025-02-03').find((d) => d.kind === 'outstanding-action')).toMatchObject({ ref: 'a1', dueBy: '2025-01-31', status: 'overdue', basis: { anchor: '2025-01-17', workingDays: 10, source: { provision: '6.6, 6.17' } } });
    const done = accepted(c, { type: 'action-completed', at: '2025-01-30', actionId: 'a1' });
    expect(deadlines(done, wellington, '2025-02-03').find((d) => d.kind === 'outstanding-action')).toMatchObject({ status: 'met', metOn: '2025-01-30' });
    expect(rejected(done, { type: 'action-completed', at: '2025-01-31', actionId: 'a1' })).toMatchObject({ code: 'action-already-completed' });
    expect(rejected(c, { type: 'action-completed', at: '2025-01-31', actionId: 'zz' })).toMatchObject({ code: 'unknown-action' });
    const early = respondEv('2025-01-17', 1, { outstandingActions: [{ id: 'a1', description: 'Fan', dueBy: '2025-01-16' }] });
    expect(rejected(built(stage1), early)).toMatchObject({ code: 'action-due-before-response', path: 'event.outstandingActions.0.dueBy' });
  });
  it('Code 5.6: clarifications are asked and answered at the current stage', () => {
    expect(rejected(built(stage1), { type: 'clarification-received', at: '2025-01-07' })).toMatchObject({ code: 'no-open-clarification' });
    const c = built([...stage1, { type: 'clarification-requested', at: '2025-01-07', question: 'Which boiler?' }, { type: 'clarification-received', at: '2025-01-08', answer: 'The one in the flat' }]);
    expect(c.stage1.clarifications).toEqual([{ requestedOn: '2025-01-07', question: 'Which boiler?', receivedOn: '2025-01-08', answer: 'The one in the flat' }]);
  });
});

describe('withdrawal and deadlines', () => {
  it('a withdrawn complaint keeps what was met and drops what was pending', () => {
    const c = accepted(built(stage1), { type: 'withdrawn', at: '2025-01-08', reason: 'Sorted out' });
    expect(c).toMatchObject({ status: 'withdrawn', withdrawal: { on: '2025-01-08', from: 'stage-1', reason: 'Sorted out' } });
    expect(deadlines(c, wellington, '2025-03-01').map((d) => [d.kind, d.status])).toEqual([['stage-1-acknowledgement', 'met']]);
  });
  it('statuses: pending, due today, overdue', () => {
    const c = built(stage1); // response due Mon 20 Jan 2025
    const status = (asOf: string) => deadlines(c, wellington, asOf).find((d) => d.kind === 'stage-1-response')?.status;
    expect([status('2025-01-17'), status('2025-01-20'), status('2025-01-21')]).toEqual(['pending', 'due-today', 'overdue']);
    expect(deadlines(c, wellington).every((d) => d.status === undefined)).toBe(true);
  });
  it('overdue() lists the organisation\'s overdue deadlines, most overdue first', () => {
    const c = built([...responded1, { type: 'closed', at: '2025-01-20', how: 'stage-1-accepted' }]);
    // The remedy was due Fri 17 Jan; the escalation window (Fri 14 Feb) is the complainant's, never listed.
    expect(overdue(c, wellington, '2025-03-01').map((d) => d.kind)).toEqual(['remedy']);
  });
  it('an invalid asOf is a programmer error', () => {
    expect(() => deadlines(built(stage1), wellington, '2025-13-01')).toThrow(HousingComplaintsError);
    expect(() => deadlines(built(stage1), wellington, 'soon')).toThrow(HousingComplaintsError);
  });
});

describe('allowedEvents', () => {
  it('follows the status and what the complaint holds', () => {
    expect(allowedEvents(built(received), wellington)).toEqual(expect.arrayContaining(['accepted', 'refused', 'acknowledged', 'withdrawn']));
    expect(allowedEvents(built(received), wellington)).not.toContain('clarification-received');
    expect(allowedEvents(built(stage1), wellington)).toContain('responded');
    expect(allowedEvents(built(stage1), wellington)).not.toContain('remedy-completed');
    expect(allowedEvents(built(responded1), wellington)).toEqual(expect.arrayContaining(['escalation-requested', 'closed', 'remedy-completed']));
    expect(allowedEvents(built(stage2), wellington)).not.toContain('escalation-requested');
  });
});

describe('Code 9.7(a), policy s.12: the category of a complaint, for reports on "volume, categories and outcomes"', () => {
  it('records the category given at receipt', () => {
    const c = built([receivedEv('2025-01-03', { category: 'repairs' })]);
    expect(c.category).toBe('repairs');
  });
  it('sets the category when the complaint is defined, and keeps it through the stages', () => {
    const c = built([receivedEv('2025-01-03'), ackEv('2025-01-06', { category: 'damp-and-mould' }), respondEv('2025-01-17', 1)]);
    expect(c.category).toBe('damp-and-mould');
  });
  it('corrects the category given at receipt when the complaint is defined', () => {
    const c = built([receivedEv('2025-01-03', { category: 'repairs' }), ackEv('2025-01-06', { category: 'communication' })]);
    expect(c.category).toBe('communication');
  });
  it('keeps the category given at receipt when the acknowledgement gives none', () => {
    expect(built([receivedEv('2025-01-03', { category: 'repairs' }), ackEv('2025-01-06')]).category).toBe('repairs');
  });
  it('refuses an empty category, naming the field', () => {
    const r = replay([{ ...receivedEv('2025-01-03'), category: '' }], wellington);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid-event', path: 'events[0].category' });
  });
  it('survives a JSON round trip and parseComplaint', () => {
    const c = built([receivedEv('2025-01-03', { category: 'repairs' }), ackEv('2025-01-06', { category: 'communication' })]);
    const back = parseComplaint(JSON.parse(JSON.stringify(c)));
    expect(back.ok && back.value.category).toBe('communication');
  });
});

describe("Code 9.7(c): the Ombudsman's determinations and progress in complying with orders", () => {
  const referred = [...closed2, { type: 'ombudsman-referral', at: '2025-02-20', reference: 'HOS-1' }];
  const determination = {
    type: 'ombudsman-determination',
    at: '2025-06-02',
    outcome: 'severe-maladministration',
    reference: 'HOS-1',
    orders: [
      { id: 'o1', description: 'Pay £600 compensation', dueBy: '2025-06-30' },
      { id: 'o2', description: 'Review the repairs procedure' },
    ],
  };

  it('refuses a determination before any referral (policy s.10)', () => {
    const e = rejected(built(closed2), { ...determination, at: '2025-02-20' });
    expect(e).toMatchObject({ code: 'no-ombudsman-referral', source: { provision: '9.7(c)' }, path: 'event.type' });
  });
  it('takes the outcome from the determination levels of the outcomes module', () => {
    expect(rejected(built(referred), { ...determination, outcome: 'upheld' })).toMatchObject({ code: 'invalid-event', path: 'event.outcome' });
  });
  it('records the determination and its orders, one determination per referral', () => {
    const c = accepted(built(referred), determination);
    expect(c.ombudsman.determinations).toEqual([
      { on: '2025-06-02', outcome: 'severe-maladministration', reference: 'HOS-1', orders: [
        { id: 'o1', description: 'Pay £600 compensation', dueBy: '2025-06-30' },
        { id: 'o2', description: 'Review the repairs procedure' },
      ] },
    ]);
    expect(allowedEvents(c, wellington)).not.toContain('ombudsman-determination');
    expect(rejected(c, { type: 'ombudsman-determination', at: '2025-06-03', outcome: 'no-maladministration' }).code).toBe('no-ombudsman-referral');
  });
  it('refuses an order due before the determination, and a duplicate order id', () => {
    expect(rejected(built(referred), { ...determination, orders: [{ id: 'o1', description: 'Pay', dueBy: '2025-05-30' }] })).toMatchObject({ code: 'order-due-before-determination', path: 'event.orders.0.dueBy' });
    expect(rejected(built(referred), { ...determination, orders: [{ id: 'o1', description: 'Pay' }, { id: 'o1', description: 'Again' }] })).toMatchObject({ code: 'duplicate-id', path: 'event.orders.1.id' });
  });
  it('lists each order with a due date as a deadline: pending, overdue, met or met late', () => {
    const c = accepted(built(referred), determination);
    const order = (asOf: string, x: Complaint = c) => deadlines(x, wellington, asOf).filter((d) => d.kind === 'ombudsman-order');
    expect(order('2025-06-10')).toEqual([
      { kind: 'ombudsman-order', ref: 'o1', dueBy: '2025-06-30', basis: { anchor: '2025-06-02', anchorKind: 'determination', workingDays: 20, source: expect.objectContaining({ provision: '9.7(c)' }) }, status: 'pending' },
    ]);
    expect(order('2025-07-01')[0]?.status).toBe('overdue');
    expect(overdue(c, wellington, '2025-07-01').map((d) => d.ref)).toContain('o1');
    const met = accepted(c, { type: 'ombudsman-order-complied', at: '2025-06-20', orderId: 'o1' });
    expect(order('2025-07-01', met)[0]).toMatchObject({ status: 'met', metOn: '2025-06-20' });
    const late = accepted(c, { type: 'ombudsman-order-complied', at: '2025-07-03', orderId: 'o1' });
    expect(order('2025-07-04', late)[0]).toMatchObject({ status: 'met-late', metOn: '2025-07-03' });
  });
  it('records compliance with an order without a due date, once', () => {
    const c = accepted(accepted(built(referred), determination), { type: 'ombudsman-order-complied', at: '2025-08-01', orderId: 'o2' });
    expect(c.ombudsman.determinations[0]?.orders[1]).toEqual({ id: 'o2', description: 'Review the repairs procedure', compliedOn: '2025-08-01' });
    expect(rejected(c, { type: 'ombudsman-order-complied', at: '2025-08-02', orderId: 'o2' }).code).toBe('order-already-complied');
    expect(rejected(c, { type: 'ombudsman-order-complied', at: '2025-08-02', orderId: 'nope' })).toMatchObject({ code: 'unknown-order', path: 'event.orderId' });
  });
  it('offers ombudsman-order-complied only while an order is outstanding', () => {
    const c = accepted(built(referred), determination);
    expect(allowedEvents(c, wellington)).toContain('ombudsman-order-complied');
    const done = [
      { type: 'ombudsman-order-complied', at: '2025-06-20', orderId: 'o1' },
      { type: 'ombudsman-order-complied', at: '2025-06-21', orderId: 'o2' },
    ].reduce(accepted, c);
    expect(allowedEvents(done, wellington)).not.toContain('ombudsman-order-complied');
  });
  it('is accepted in any status, like the other Ombudsman events (policy s.10), and survives a JSON round trip', () => {
    const refusedRef = built([...received, { type: 'refused', at: '2025-01-06', grounds: ['legal-proceedings'], writtenReasons: 'Before the court.', ombudsmanRightGiven: true }, { type: 'ombudsman-referral', at: '2025-01-10' }]);
    const c = accepted(refusedRef, { type: 'ombudsman-determination', at: '2025-03-03', outcome: 'outside-jurisdiction' });
    const back = parseComplaint(JSON.parse(JSON.stringify(c)));
    expect(back.ok && back.value.ombudsman.determinations[0]?.outcome).toBe('outside-jurisdiction');
  });
});

describe('Code 7.3: remedies are tracked to completion after a refusal to escalate', () => {
  // Stage 1 response on 17 Jan offers remedy r1 (due 17 Jan) and an action due 31 Jan; escalation refused on 24 Jan.
  const refusedAtStage2 = [
    ...received,
    ackEv('2025-01-06'),
    respondEv('2025-01-17', 1, { outstandingActions: [{ id: 'a1', description: 'Service the boiler', dueBy: '2025-01-31' }] }),
    { type: 'escalation-requested', at: '2025-01-22' },
    { type: 'refused', at: '2025-01-24', grounds: ['legal-proceedings'], writtenReasons: 'A claim is before the court.', ombudsmanRightGiven: true },
  ];
  it('accepts remedy-completed after the refusal, and records it late against its due date', () => {
    const c = built(refusedAtStage2);
    expect(c.status).toBe('refused');
    expect(allowedEvents(c, wellington)).toContain('remedy-completed');
    const done = accepted(c, { type: 'remedy-completed', at: '2025-01-27', remedyId: 'r1' });
    expect(done.status).toBe('refused');
    expect(deadlines(done, wellington, '2025-01-28').find((d) => d.kind === 'remedy')).toMatchObject({ ref: 'r1', status: 'met-late', metOn: '2025-01-27' });
    expect(allowedEvents(done, wellington)).not.toContain('remedy-completed');
  });
  it('lists the outstanding remedy as overdue until it is completed', () => {
    expect(overdue(built(refusedAtStage2), wellington, '2025-01-28').map((d) => d.ref)).toContain('r1');
  });
  it('accepts action-completed after the refusal too (Code 6.6, 6.17)', () => {
    expect(allowedEvents(built(refusedAtStage2), wellington)).toContain('action-completed');
    const done = accepted(built(refusedAtStage2), { type: 'action-completed', at: '2025-01-30', actionId: 'a1' });
    expect(deadlines(done, wellington, '2025-01-31').find((d) => d.kind === 'outstanding-action')).toMatchObject({ ref: 'a1', status: 'met' });
  });
  it('accepts remedy-completed in a closed complaint and a withdrawn one', () => {
    const closedC = built([...responded1, { type: 'closed', at: '2025-01-20', how: 'stage-1-accepted' }]);
    expect(accepted(closedC, { type: 'remedy-completed', at: '2025-01-21', remedyId: 'r1' }).status).toBe('closed');
    const withdrawnC = built([...responded1, { type: 'withdrawn', at: '2025-01-20' }]);
    expect(accepted(withdrawnC, { type: 'remedy-completed', at: '2025-01-21', remedyId: 'r1' }).status).toBe('withdrawn');
  });
  it('offers no remedy-completed to a complaint refused at receipt, which has no remedies (Code 2.4)', () => {
    const c = built([...received, { type: 'refused', at: '2025-01-06', grounds: ['legal-proceedings'], writtenReasons: 'A claim is before the court.', ombudsmanRightGiven: true }]);
    expect(allowedEvents(c, wellington)).not.toContain('remedy-completed');
    expect(rejected(c, { type: 'remedy-completed', at: '2025-01-07', remedyId: 'r1' }).code).toBe('unknown-remedy');
  });
});
