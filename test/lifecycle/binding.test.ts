/**
 * Context binding (a complaint records its policy; another policy is a typed error; the version in
 * force at receipt is used) and corrections (a voided event stays in the history and is ignored by
 * the rules; the host's "now" refuses events dated after it).
 */
import { describe, expect, it } from 'vitest';
import { HousingComplaintsError } from '../../src/core/index.js';
import { policies, type Policy } from '../../src/policy/index.js';
import { applyEvent, complaintAsOf, deadlines, replay, type Complaint, type LifecycleContext, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { ackEv, built, calendar, receivedEv, wellington } from './fixtures.js';

const code: LifecycleContext = { policy: policies.housingOmbudsmanCode2024, calendar };

describe('context binding', () => {
  it('a complaint records its policy id and version (inForce.from)', () => {
    const c = built([receivedEv('2025-01-03')]);
    expect(c).toMatchObject({ policyId: policies.wellington.id, policyVersion: policies.wellington.inForce.from });
  });

  it('applying an event or asking for deadlines under another policy is a policy-mismatch error, never a silent recomputation', () => {
    const c = built([receivedEv('2025-01-03'), ackEv('2025-01-06')]);
    const r = applyEvent(c, { type: 'update-sent', at: '2025-01-07' }, code);
    expect(r).toMatchObject({ ok: false, error: { code: 'policy-mismatch', path: 'context.policy' } });
    expect(() => deadlines(c, code, '2025-01-10')).toThrow(HousingComplaintsError);
    expect(() => deadlines(c, code, '2025-01-10')).toThrow(/recorded under policy 'wellington/);
  });

  it('with versions in the context, a complaint is handled under the version in force on its receipt (policyInForce)', () => {
    const v1 = policies.wellington;
    const s0 = v1.stages[0];
    if (s0.acknowledge === null) throw new Error('Wellington stage 1 has an acknowledgement timescale');
    const v2: Policy = { ...v1, id: 'wellington-2025-07', inForce: { from: '2025-07-01' }, stages: [{ ...s0, acknowledge: { ...s0.acknowledge, workingDays: 3 } }, v1.stages[1]] };
    const v1Closed = { ...v1, inForce: { from: v1.inForce.from, to: '2025-06-30' } };
    const ctx: LifecycleContext = { policy: v2, calendar, versions: [v1Closed, v2] };
    const old = replay([receivedEv('2025-03-03')], ctx);
    const fresh = replay([receivedEv('2025-07-07')], ctx);
    expect(old.ok && old.value.policyId).toBe(v1.id);
    expect(fresh.ok && fresh.value.policyId).toBe(v2.id);
    if (!old.ok || !fresh.ok) return;
    // Each keeps its own version's timescale: 5 working days under the old, 3 under the new.
    expect(deadlines(old.value, ctx)[0]?.basis.workingDays).toBe(5);
    expect(deadlines(fresh.value, ctx)[0]?.basis.workingDays).toBe(3);
    expect(replay([receivedEv('2023-01-03')], ctx)).toMatchObject({ ok: false, error: { code: 'no-policy-in-force' } });
  });
});

describe('corrections', () => {
  it('a mis-dated event (2035 for 2025) blocks nothing once voided; it stays in the history, marked, and the rules ignore it (Code 5.12)', () => {
    const events = [receivedEv('2025-01-03'), ackEv('2025-01-06'), { type: 'update-sent', at: '2035-01-07', note: 'typo' }];
    const stuck = built(events);
    expect(applyEvent(stuck, { type: 'update-sent', at: '2025-01-08' }, wellington)).toMatchObject({ ok: false, error: { code: 'event-before-previous' } });
    const fixed = applyEvent(stuck, { type: 'voided', at: '2025-01-08', eventIndex: 2, reason: 'Dated 2035 by mistake', by: 'officer-ann' }, wellington);
    if (!fixed.ok) throw new Error(fixed.error.message);
    expect(fixed.value.history[2]).toMatchObject({ event: { type: 'update-sent' }, voided: { on: '2025-01-08', reason: 'Dated 2035 by mistake', by: 'officer-ann' } });
    expect(fixed.value.updates).toEqual([]); // ignored by the rules
    const next = applyEvent(fixed.value, { type: 'update-sent', at: '2025-01-09' }, wellington);
    expect(next.ok).toBe(true);
    // Replaying the stored events (the void included) gives the same complaint.
    const replayed = replay([...events, { type: 'voided', at: '2025-01-08', eventIndex: 2, reason: 'Dated 2035 by mistake', by: 'officer-ann' }, { type: 'update-sent', at: '2025-01-09' }], wellington);
    expect(replayed.ok && next.ok && replayed.value).toEqual(next.ok && next.value);
  });

  it('a date outside SUPPORTED_DATES (2099) is refused at the door, so it is never stored; the error names the field, the rule and the limit', () => {
    const r = applyEvent(built([receivedEv('2025-01-03'), ackEv('2025-01-06')]), { type: 'update-sent', at: '2099-01-07' }, wellington);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-event', path: 'event.at', issues: [{ reason: 'too-large', limit: 2040, expected: 'a date on or before 2040-12-31' }] } });
  });

  it('refuses to void received, a void, an event voided already, or one a later event depends on', () => {
    const c = built([receivedEv('2025-01-03'), ackEv('2025-01-06'), { type: 'clarification-requested', at: '2025-01-07' }, { type: 'clarification-received', at: '2025-01-08' }]);
    const v = (eventIndex: number) => applyEvent(c, { type: 'voided', at: '2025-01-09', eventIndex, reason: 'r', by: 'x' }, wellington);
    expect(v(0)).toMatchObject({ ok: false, error: { code: 'cannot-void', path: 'event.eventIndex' } });
    expect(v(9)).toMatchObject({ ok: false, error: { code: 'cannot-void' } });
    expect(v(2)).toMatchObject({ ok: false, error: { code: 'cannot-void', message: expect.stringContaining('void the later events first') } });
    const once = v(3);
    expect(once.ok).toBe(true);
    if (once.ok) expect(applyEvent(once.value, { type: 'voided', at: '2025-01-09', eventIndex: 3, reason: 'r', by: 'x' }, wellington)).toMatchObject({ ok: false, error: { code: 'cannot-void' } });
  });

  it('a void names its target by eventId, so the stored rows may come back in any order of ids; the same complaint as by position', () => {
    const events = [
      { ...receivedEv('2025-01-03'), eventId: 'row-17' },
      { ...ackEv('2025-01-06'), eventId: 'row-3' },
      { type: 'update-sent', at: '2035-01-07', note: 'typo', eventId: 'row-40' },
    ];
    const byId = replay([...events, { type: 'voided', at: '2025-01-08', targetEventId: 'row-40', reason: 'Dated 2035 by mistake', by: 'officer-ann', eventId: 'row-41' }], wellington);
    const byIndex = replay([...events, { type: 'voided', at: '2025-01-08', eventIndex: 2, reason: 'Dated 2035 by mistake', by: 'officer-ann', eventId: 'row-41' }], wellington);
    if (!byId.ok || !byIndex.ok) throw new Error('did not replay');
    expect(byId.value.history[2]).toMatchObject({ event: { eventId: 'row-40', type: 'update-sent' }, voided: { on: '2025-01-08', by: 'officer-ann' } });
    expect(byId.value.updates).toEqual([]);
    expect({ ...byId.value, history: byId.value.history.map((h) => h.on) }).toEqual({ ...byIndex.value, history: byIndex.value.history.map((h) => h.on) });
    // The withdrawn event no longer counts for the order of events.
    expect(applyEvent(byId.value, { type: 'update-sent', at: '2025-01-09' }, wellington).ok).toBe(true);
  });

  it('refuses a void naming an unknown eventId (unknown-event-id, listing the ids there are), one naming neither or both, and a repeated eventId (duplicate-id)', () => {
    const c = built([{ ...receivedEv('2025-01-03'), eventId: 'e1' }, { ...ackEv('2025-01-06'), eventId: 'e2' }, { type: 'update-sent', at: '2025-01-07', eventId: 'e3' }]);
    const v = (target: Record<string, unknown>) => applyEvent(c, { type: 'voided', at: '2025-01-09', reason: 'r', by: 'x', ...target } as LifecycleEvent, wellington);
    const unknown = v({ targetEventId: 'e9' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-event-id', path: 'event.targetEventId', message: expect.stringContaining("'e1', 'e2', 'e3'") } });
    expect(unknown.ok === false && unknown.error.message).toContain("no event with eventId 'e9'");
    expect(v({})).toMatchObject({ ok: false, error: { code: 'cannot-void', path: 'event.targetEventId', message: expect.stringContaining('gives neither') } });
    expect(v({ targetEventId: 'e3', eventIndex: 2 })).toMatchObject({ ok: false, error: { code: 'cannot-void', path: 'event.eventIndex', message: expect.stringContaining('not both') } });
    expect(v({ targetEventId: 'e1' })).toMatchObject({ ok: false, error: { code: 'cannot-void', path: 'event.targetEventId', message: expect.stringContaining('received event cannot be voided') } });
    expect(v({ targetEventId: 'e3' }).ok).toBe(true);
    expect(applyEvent(c, { type: 'update-sent', at: '2025-01-09', eventId: 'e2' }, wellington)).toMatchObject({ ok: false, error: { code: 'duplicate-id', path: 'event.eventId' } });
    expect(replay([{ ...receivedEv('2025-01-03'), eventId: 'e1' }, { ...ackEv('2025-01-06'), eventId: 'e1' }], wellington)).toMatchObject({ ok: false, error: { code: 'duplicate-id', path: 'events[1].eventId' } });
    expect(replay([{ ...receivedEv('2025-01-03'), eventId: '' }], wellington)).toMatchObject({ ok: false, error: { code: 'invalid-event', path: 'events[0].eventId' } });
    const noIds = built([receivedEv('2025-01-03'), ackEv('2025-01-06')]);
    expect(applyEvent(noIds, { type: 'voided', at: '2025-01-09', targetEventId: 'e1', reason: 'r', by: 'x' }, wellington)).toMatchObject({ ok: false, error: { code: 'unknown-event-id', message: expect.stringContaining('none of its events has an eventId') } });
  });

  it("the host's now refuses events dated after it (the library reads no clock)", () => {
    const ctx: LifecycleContext = { ...wellington, now: '2025-01-10T09:00:00Z' };
    expect(replay([receivedEv('2025-01-03'), { type: 'update-sent', at: '2025-01-11' }], ctx)).toMatchObject({ ok: false, error: { code: 'event-after-now', path: 'events[1].at' } });
    expect(replay([receivedEv('2025-01-03'), { type: 'update-sent', at: '2025-01-10' }], ctx).ok).toBe(true);
  });
});

describe('replay({ validated: true })', () => {
  it('builds the same complaint from events this library accepted, and still applies every rule', () => {
    const events = [receivedEv('2025-01-03'), ackEv('2025-01-06'), { type: 'update-sent', at: '2025-01-07', note: 'n' }];
    expect(replay(events, wellington, { validated: true })).toEqual(replay(events, wellington));
    expect(replay([...events, { type: 'escalation-acknowledged', at: '2025-01-08', reviewer: 'x' }], wellington, { validated: true })).toMatchObject({ ok: false, error: { code: 'event-not-allowed' } });
    // An unknown type is still refused by the schema.
    expect(replay([...events, { type: 'nope', at: '2025-01-08' }], wellington, { validated: true })).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
  });
});

describe('corrections, point in time (complaintAsOf)', () => {
  const voidOf = (eventIndex: number, at: string) => ({ type: 'voided', at, eventIndex, reason: 'Entered by mistake', by: 'officer-ann' });
  const ext = (at: string) => ({ type: 'extension-granted', at, stage: 1, workingDays: 5, reasons: 'Survey', ombudsmanDetailsGiven: true });

  it('shows a void and the event it withdrew from the void\'s date on, and the event unmarked (still counted) before it', () => {
    // A duplicate extension recorded on 7 January, withdrawn on 9 January.
    const events = [receivedEv('2025-01-03'), ackEv('2025-01-06'), ext('2025-01-07'), ext('2025-01-07'), voidOf(3, '2025-01-09'), { type: 'update-sent', at: '2025-01-10' }];
    const c = built(events);
    const before = complaintAsOf(c, wellington, '2025-01-08')!;
    expect(before.history.map((h) => h.event.type)).toEqual(['received', 'acknowledged', 'extension-granted', 'extension-granted']);
    expect(before.history.every((h) => h.voided === undefined)).toBe(true);
    expect(before.stage1.extensions).toHaveLength(2); // not yet withdrawn: both counted then
    const after = complaintAsOf(c, wellington, '2025-01-09')!;
    expect(after.history.map((h) => h.event.type)).toEqual(['received', 'acknowledged', 'extension-granted', 'extension-granted', 'voided']);
    expect(after.history[3]).toMatchObject({ voided: { on: '2025-01-09', reason: 'Entered by mistake', by: 'officer-ann' } });
    expect(after.stage1.extensions).toHaveLength(1); // ignored by the rules from then on
    // Its deadlines are those of the events in force then.
    const response = (x: Complaint) => deadlines(x, wellington).find((d) => d.kind === 'stage-1-response')!;
    expect(response(before).basis.extensionWorkingDays).toBe(10);
    expect(response(after).basis.extensionWorkingDays).toBe(5);
    expect(deadlines(c, wellington, '2025-01-08').find((d) => d.kind === 'stage-1-response')!.dueBy).toBe(response(before).dueBy);
  });

  it('keeps an event mis-dated in the future once it is withdrawn, with its mark, so the void still points at it', () => {
    const events = [receivedEv('2025-01-03'), ackEv('2025-01-06'), { type: 'update-sent', at: '2035-01-07', note: 'typo' }, voidOf(2, '2025-01-08'), { type: 'update-sent', at: '2025-01-09' }];
    const c = built(events);
    // Before the void, the event dated 2035 does not count (it is dated after the day asked about).
    expect(complaintAsOf(c, wellington, '2025-01-07')!.history.map((h) => h.event.type)).toEqual(['received', 'acknowledged']);
    const then = complaintAsOf(c, wellington, '2025-01-08')!;
    expect(then.history.map((h) => [h.on, h.event.type, h.voided?.on])).toEqual([
      ['2025-01-03', 'received', undefined],
      ['2025-01-06', 'acknowledged', undefined],
      ['2035-01-07', 'update-sent', '2025-01-08'],
      ['2025-01-08', 'voided', undefined],
    ]);
    const v = then.history[3]!.event;
    expect(v.type === 'voided' && then.history[v.eventIndex!]!.event).toMatchObject({ type: 'update-sent', at: '2035-01-07' });
    expect(then.updates).toEqual([]);
    expect(complaintAsOf(c, wellington, '2025-01-09')!.updates).toHaveLength(1);
  });
});
