// A new complaint's empty lists and its empty Ombudsman record are shared, frozen objects (replay
// builds fewer objects that way). Appending to a complaint's list makes a new list, so what one
// complaint gains never shows in another, and the shared objects stay empty and frozen. The host's
// events are never changed, on the validated path too.
import { describe, expect, it } from 'vitest';
import { replay, type Complaint } from '../../src/lifecycle/index.js';
import { ackEv, receivedEv, wellington } from './fixtures.js';

const ext = { type: 'extension-granted', at: '2025-01-15', stage: 1, workingDays: 5, reasons: 'Contractor report awaited', ombudsmanDetailsGiven: true };
const referral = { type: 'ombudsman-referral', at: '2025-01-20' };

function ok(events: readonly unknown[], validated = false): Complaint {
  const r = replay(events as never, wellington, validated ? { validated: true } : undefined);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe("new complaints' shared empty lists", () => {
  for (const validated of [false, true]) {
    it(`never carry what another complaint appended (validated: ${validated})`, () => {
      const grown = ok([receivedEv('2025-01-03', { complaintId: 'A' }), ackEv('2025-01-06'), ext, referral], validated);
      const fresh = ok([receivedEv('2025-01-03', { complaintId: 'B' })], validated);
      const other = ok([receivedEv('2025-01-03', { complaintId: 'C' })], validated);
      expect(grown.stage1.extensions).toHaveLength(1);
      expect(grown.ombudsman.referrals).toHaveLength(1);
      for (const c of [fresh, other]) {
        expect(c.stage1.extensions).toEqual([]);
        expect(c.ombudsman.referrals).toEqual([]);
        expect(c.ombudsman.evidenceRequests).toEqual([]);
        expect(c.additionalIssues).toEqual([]);
        expect(Object.isFrozen(c.stage1.extensions)).toBe(true);
        expect(Object.isFrozen(c.ombudsman)).toBe(true);
        expect(Object.isFrozen(c.ombudsman.referrals)).toBe(true);
      }
      // A list a complaint appended to is its own, not the shared one.
      expect(grown.stage1.extensions).not.toBe(fresh.stage1.extensions);
      expect(grown.ombudsman).not.toBe(fresh.ombudsman);
      // The shared empty lists cannot be changed in place.
      expect(() => (fresh.stage1.extensions as unknown[]).push({})).toThrow(TypeError);
      expect(other.stage1.extensions).toEqual([]);
    });
  }

  it("leave the host's events as they were, on both paths", () => {
    const events = [receivedEv('2025-01-03', { complaintId: 'D' }), ackEv('2025-01-06'), ext, referral];
    const before = structuredClone(events);
    ok(events);
    ok(events, true);
    expect(events).toEqual(before);
  });
});
