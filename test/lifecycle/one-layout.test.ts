/**
 * The effects that end a complaint (closed, refused, withdrawn) and the Ombudsman's events change
 * the replay's one record in place (append.ts `changed`), as the stage effects do, rather than
 * spreading it into a new object: a replayed complaint keeps the keys, in the order, the received
 * event gave it. Outside a replay (applyEvent) each event still gives a new record and leaves the
 * one it was given as it was. Checked over generated histories, which hold every one of these events.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, replay, startComplaint, type Complaint, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { generateComplaintEvents } from '../../src/reporting/index.js';
import { calendar, wellington } from './fixtures.js';

const histories = [...generateComplaintEvents({ seed: 11, count: 400, from: '2025-04-01', to: '2026-03-31', policy: wellington.policy, calendar, asOf: '2026-04-30' })];
const CHANGED = ['closed', 'refused', 'withdrawn', 'ombudsman-referral', 'ombudsman-evidence-requested', 'ombudsman-evidence-provided', 'ombudsman-determination', 'ombudsman-order-complied'] as const;

function replayed(events: readonly LifecycleEvent[], validated: boolean): Complaint {
  const r = replay(events, wellington, { validated });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The record without its history (which holds each event as its path read it), as JSON: key order included. */
const withoutHistory = (c: Complaint): string => {
  const { history: _, ...rest } = c;
  return JSON.stringify(rest);
};

describe('the ending and Ombudsman effects change the replay record in place', () => {
  it('the generated histories hold every event these effects handle', () => {
    const seen = new Set(histories.flatMap((h) => h.map((e) => e.type)));
    for (const type of CHANGED) expect(seen, type).toContain(type);
  });

  it('a replayed complaint has the keys, in order, of the record its received event made', () => {
    const start = startComplaint(histories[0]![0]!, wellington);
    if (!start.ok) throw new Error(start.error.message);
    const keys = Object.keys(start.value);
    for (const events of histories) {
      for (const validated of [false, true]) expect(Object.keys(replayed(events, validated))).toEqual(keys);
    }
  });

  it('replay (plain and validated) gives what applyEvent gives one event at a time, and applyEvent leaves each record it is given as it was', () => {
    let checked = 0;
    for (const events of histories) {
      if (!events.some((e) => (CHANGED as readonly string[]).includes(e.type))) continue;
      const start = startComplaint(events[0]!, wellington);
      if (!start.ok) throw new Error(start.error.message);
      let c = start.value;
      for (const e of events.slice(1)) {
        const before = structuredClone(c);
        const next = applyEvent(c, e as never, wellington);
        if (!next.ok) throw new Error(`${next.error.code}: ${next.error.message}`);
        expect(next.value).not.toBe(c);
        expect(c).toEqual(before);
        c = next.value;
      }
      for (const validated of [false, true]) {
        const r = replayed(events, validated);
        expect(withoutHistory(r)).toBe(withoutHistory(c));
        expect(r.history).toEqual(c.history);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
