/**
 * Strict, explained events: unknown keys refused with their path; every problem returned, each
 * naming the field, what was expected and what was given; event-not-allowed says what is allowed
 * and why the rest is not; one error convention with a throwing twin (orThrow).
 */
import { describe, expect, it } from 'vitest';
import { HousingComplaintsError, orThrow } from '../../src/core/index.js';
import { applyEvent, explainAllowed, parseEvent, replay, type LifecycleError } from '../../src/lifecycle/index.js';
import { ackEv, built, receivedEv, respondEv, wellington } from './fixtures.js';

const stage1 = [receivedEv('2025-01-03'), ackEv('2025-01-06')];
const rejected = (events: readonly unknown[], event: unknown): LifecycleError => {
  const r = applyEvent(built(events), event as never, wellington);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('strict events', () => {
  it('refuses an unknown key with its path (a typo such as complainantAgred)', () => {
    const r = parseEvent({ type: 'extension-granted', at: '2025-01-07', stage: 1, workingDays: 5, reasons: 'Survey', ombudsmanDetailsGiven: true, complainantAgred: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'invalid-event', path: 'event.complainantAgred', issues: [{ reason: 'unknown-key', path: 'event.complainantAgred' }] });
    expect(r.error.message).toContain("'extension-granted' event");
    expect(r.error.message).toContain('complainantAgreed'); // the fields are listed, so the typo is plain
  });

  it('refuses unknown keys in nested objects too', () => {
    const r = parseEvent(ackEv('2025-01-06', { definition: { issues: [{ id: 'a', summary: 'b', sumary: 'c' } as never], outcomesSought: [] } }));
    expect(!r.ok && r.error.issues.map((i) => i.path)).toEqual(['event.definition.issues.0.sumary']);
  });

  it('says what was expected and what was given: allowed values, required, the type, the limit', () => {
    const r = parseEvent({ type: 'received', at: '2025-01-03', channel: 'fax', summary: 4 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.error.issues.map((i) => [i.path, i]));
    expect(byPath['event.complaintId']).toMatchObject({ reason: 'missing', message: 'event.complaintId is required (a string)' });
    expect(byPath['event.channel']).toMatchObject({ reason: 'not-allowed-value', received: "'fax'" });
    expect(byPath['event.channel']!.message).toMatch(/must be one of 'telephone', 'text', 'letter', 'email', 'website', 'in-person', 'other'; got 'fax'/);
    expect(byPath['event.summary']).toMatchObject({ reason: 'wrong-type', message: 'event.summary must be a string; got 4' });
    const big = parseEvent({ type: 'update-sent', at: '2025-01-07', everyWorkingDays: 5000 });
    expect(!big.ok && big.error.issues[0]).toMatchObject({ reason: 'too-large', expected: 'at most 1000', received: '5000' });
    const type = parseEvent({ type: 'recieved', at: '2025-01-07' });
    expect(!type.ok && type.error.message).toMatch(/event.type must be one of 'received', 'accepted', .*; got 'recieved'/);
    const date = parseEvent({ type: 'update-sent', at: '2025-02-30' });
    expect(!date.ok && date.error.message).toMatch(/event.at must be a date YYYY-MM-DD .*; got '2025-02-30'/);
  });

  it('replay names the event by its index', () => {
    const r = replay([receivedEv('2025-01-03'), { ...ackEv('2025-01-06'), handler: 7 }], wellington);
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-event', path: 'events[1].handler', issues: [{ path: 'events[1].handler' }] });
  });
});

describe('explained refusals', () => {
  it('event-not-allowed lists the events allowed now and why the others are not', () => {
    const e = rejected(stage1, { type: 'escalation-acknowledged', at: '2025-01-07', reviewer: 'officer-ben' });
    expect(e.code).toBe('event-not-allowed');
    expect(e.allowed).toContain('responded');
    expect(e.message).toContain("accepted only in status 'stage-2-requested'");
    expect(e.message).toContain('it accepts now: ');
    expect(e.notAllowed).toContainEqual({ type: 'clarification-received', why: 'no clarification asked for is still unanswered' });
    expect(explainAllowed(built(stage1), wellington).allowed).not.toContain('remedy-completed');
  });

  it('response-incomplete returns every missing part, each with its own path (Code 6.9)', () => {
    const e = rejected(stage1, respondEv('2025-01-10', 1, { reasons: undefined, escalation: undefined, ombudsman: undefined, outstandingActions: undefined }));
    const incomplete = e.issues.filter((i) => i.code === 'response-incomplete');
    expect(incomplete.length).toBeGreaterThanOrEqual(3);
    expect(new Set(incomplete.map((i) => i.path)).size).toBe(incomplete.length);
    expect(incomplete.map((i) => i.path)).toEqual(expect.arrayContaining(['event.reasons', 'event.escalation']));
  });

  it('several broken rules are all reported, the first as the error itself', () => {
    const e = rejected(stage1, { type: 'extension-granted', at: '2025-01-07', stage: 1, workingDays: 25, reasons: ' ', ombudsmanDetailsGiven: false });
    expect(e.code).toBe('extension-needs-reasons');
    expect(e.issues.map((i) => i.code)).toEqual(['extension-needs-reasons', 'extension-needs-good-reason', 'extension-needs-agreement', 'extension-needs-ombudsman-details']);
    expect(e.issues[0]).toMatchObject({ code: e.code, message: e.message, path: e.path });
  });
});

describe('orThrow, the throwing twin', () => {
  it('returns the value of a success and throws HousingComplaintsError with the issues of a failure', () => {
    expect(orThrow(replay(stage1, wellington)).status).toBe('stage-1');
    try {
      orThrow(replay([{ type: 'received', at: '2025-01-03', channel: 'fax' }], wellington));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HousingComplaintsError);
      expect(e).toMatchObject({ code: 'invalid-event', path: 'events[0].complaintId' });
      expect((e as { issues: unknown[] }).issues).toHaveLength(2);
    }
  });
});
