/**
 * Inside one replay the complaint is one record changed event by event (append.ts `changed`);
 * nothing else ever is. A complaint that replay returned, given to applyEvent, complaintAsOf,
 * deadlines or a second replay's history, stays as it was; each call's answer is a record of its own.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, complaintAsOf, deadlines, replay, startComplaint, type Complaint } from '../../src/lifecycle/index.js';
import { ackEv, calendar, receivedEv, respondEv, wellington } from './fixtures.js';

const events = [
  receivedEv('2025-01-03'),
  ackEv('2025-01-06'),
  { type: 'extension-granted', at: '2025-01-15', stage: 1, workingDays: 5, reasons: 'Contractor report awaited', ombudsmanDetailsGiven: true },
  respondEv('2025-01-29', 1),
  { type: 'escalation-requested', at: '2025-02-03' },
  { type: 'escalation-acknowledged', at: '2025-02-04', reviewer: 'officer-ben' },
];

function replayed(validated: boolean): Complaint {
  const r = replay(events, wellington, { validated });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('the one complaint a replay changes in place', () => {
  for (const validated of [false, true]) {
    it(`is the replay's own: what it returned is never changed by later calls (validated: ${validated})`, () => {
      const c = replayed(validated);
      const before = structuredClone(c);
      const next = applyEvent(c, respondEv('2025-02-20', 2), wellington);
      expect(next.ok).toBe(true);
      if (!next.ok) return;
      expect(next.value).not.toBe(c);
      expect(next.value.status).toBe('closed');
      const then = complaintAsOf(c, wellington, '2025-01-20');
      expect(then?.status).toBe('stage-1');
      expect(then).not.toBe(c);
      deadlines(c, wellington, '2025-01-20');
      const again = applyEvent(next.value, { type: 'remedy-completed', at: '2025-02-25', remedyId: 'r2' }, wellington);
      expect(again.ok).toBe(true);
      expect(c).toEqual(before);
      expect(c.status).toBe('stage-2');
      const closed = next.value as { stage2?: { response: { remedies: { id: string; completedOn?: string }[] } } };
      expect(closed.stage2?.response.remedies.map((r) => r.id)).toEqual(['r2']);
      expect(closed.stage2?.response.remedies[0]!.completedOn).toBeUndefined();
    });
  }

  it('is a new record at each step outside a replay: applyEvent one event at a time gives what replay gives', () => {
    const start = startComplaint(events[0], wellington);
    if (!start.ok) throw new Error(start.error.message);
    const seen: Complaint[] = [start.value];
    for (const e of events.slice(1)) {
      const r = applyEvent(seen[seen.length - 1]!, e as never, wellington);
      if (!r.ok) throw new Error(r.error.message);
      seen.push(r.value);
    }
    // Every step is its own record, and the earlier ones kept their status.
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.map((c) => c.status)).toEqual(['received', 'stage-1', 'stage-1', 'stage-1-responded', 'stage-2-requested', 'stage-2']);
    expect(JSON.parse(JSON.stringify(seen[seen.length - 1]))).toEqual(JSON.parse(JSON.stringify(replayed(true))));
  });

  it("is not a host callback's: complaints a host calendar builds with startComplaint and applyEvent during a replay are its own, never changed in place", () => {
    // A host's calendar that, the first time it counts working days (inside the replay), builds a
    // complaint of its own one event at a time, keeping every step.
    const steps: Complaint[] = [];
    const copies: unknown[] = [];
    let reentered = false;
    const hostCalendar = {
      ...calendar,
      addWorkingDays(date: string, n: number): string {
        if (!reentered) {
          reentered = true;
          const start = startComplaint(receivedEv('2025-03-03'), wellington);
          if (!start.ok) throw new Error(start.error.message);
          steps.push(start.value);
          copies.push(structuredClone(start.value));
          const next = applyEvent(start.value, ackEv('2025-03-04'), wellington);
          if (!next.ok) throw new Error(next.error.message);
          steps.push(next.value);
          copies.push(structuredClone(next.value));
          const last = applyEvent(next.value, { type: 'update-sent', at: '2025-03-05' }, wellington);
          if (!last.ok) throw new Error(last.error.message);
          steps.push(last.value);
        }
        return calendar.addWorkingDays(date, n);
      },
    };
    const host = { policy: wellington.policy, calendar: hostCalendar };
    for (const validated of [false, true]) {
      reentered = false;
      steps.length = 0;
      copies.length = 0;
      const r = replay(events, host, { validated });
      expect(r.ok).toBe(true);
      expect(reentered).toBe(true);
      // Each step the host kept is as it was when made: the later applyEvent built a new record.
      expect(steps.map((c) => c.status)).toEqual(['received', 'stage-1', 'stage-1']);
      expect(new Set(steps).size).toBe(3);
      expect(steps.slice(0, 2)).toEqual(copies);
      expect(steps[1]!.history).toHaveLength(2);
      // And the replay's own answer is what replay gives under the library's calendar.
      expect(JSON.parse(JSON.stringify(r.ok && r.value))).toEqual(JSON.parse(JSON.stringify(replayed(validated))));
    }
  });
});

describe('the acknowledged effect writes its fields on the record', () => {
  const received = receivedEv('2025-01-03', { category: 'repairs', tenure: 'lcra' } as never);
  for (const ack of [ackEv('2025-01-06'), ackEv('2025-01-06', { category: 'staff', tenure: 'lcho', roleHolders: { agent: 'chs-1' } })]) {
    it(`gives the same record, keys in the same order, by replay (plain, validated) and by applyEvent (${ack.category ?? 'no category'})`, () => {
      const start = replay([received], wellington);
      if (!start.ok) throw new Error(start.error.message);
      const before = structuredClone(start.value);
      const stepped = applyEvent(start.value, ack, wellington);
      if (!stepped.ok) throw new Error(stepped.error.message);
      // applyEvent outside a replay copies: the complaint it was given is unchanged.
      expect(start.value).toEqual(before);
      for (const validated of [false, true]) {
        const r = replay([received, ack], wellington, { validated });
        if (!r.ok) throw new Error(r.error.message);
        // The history holds each event as its path read it (a schema parse orders the keys); the rest of the record is the same, key for key.
        const { history: h1, ...rest1 } = r.value;
        const { history: h2, ...rest2 } = stepped.value;
        expect(JSON.stringify(rest1)).toBe(JSON.stringify(rest2));
        expect(h1).toEqual(h2);
      }
      const c = stepped.value;
      expect(c.status).toBe('stage-1');
      expect(Object.keys(c).slice(0, Object.keys(before).length)).toEqual(Object.keys(before));
      if (c.status !== 'stage-1') return;
      expect(c.category).toBe(ack.category ?? before.category);
      expect(c.tenure).toBe(ack.tenure ?? before.tenure);
      expect(c.roleHolders).toEqual(ack.roleHolders === undefined ? before.roleHolders : { ...before.roleHolders, ...ack.roleHolders });
      expect(c.acceptedOn).toBe(before.acceptedOn ?? '2025-01-06');
      expect(c.stage1.acknowledgedOn).toBe('2025-01-06');
      expect(c.stage1.handler).toBe(ack.handler);
      expect(c.stage1.requestedOn).toBe(before.stage1.requestedOn);
    });
  }
});
