// A host may change what the library returns: it is the host's copy. What the library keeps to
// answer later calls faster (sources shared by every deadline, constants placed in complaints and
// errors, a built-in's findings) must not be reachable that way. This test takes every answer of
// a run, writes over every field it can reach in them, and runs again: the second run must give
// exactly what the first gave.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionCalendar } from '../../src/calendar/index.js';
import { checkExclusions } from '../../src/exclusions/index.js';
import { deadlines, replay, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { lintPolicy, policies, type Policy } from '../../src/policy/index.js';
import { generateComplaintEvents, performanceReport } from '../../src/reporting/index.js';
import { assessSelfAssessment, parseAssessment } from '../../src/self-assessment/index.js';

/** Writes over every field of every object and array in `value` that is not frozen; returns how many writes took. */
function overwrite(value: unknown, seen = new Set<object>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  let written = 0;
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object') written += overwrite(v, seen);
    else {
      try {
        (value as Record<string, unknown>)[k] = typeof v === 'string' ? 'OVERWRITTEN' : typeof v === 'number' ? -1 : v;
        written++;
      } catch {
        // frozen: the host cannot change it, which is what the library's kept objects are
      }
    }
  }
  return written;
}

/** The paths at which two JSON values differ (at most `limit`). */
function differences(a: unknown, b: unknown, path = '', out: string[] = [], limit = 20): string[] {
  if (out.length >= limit) return out;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out, limit);
  } else if (a !== b) out.push(`${path}: ${JSON.stringify(a)} then ${JSON.stringify(b)}`);
  return out;
}

const assessment = (() => {
  const r = parseAssessment(readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8'), 'json');
  if (!r.ok) throw new Error('the example assessment does not parse');
  return r.value;
})();

/** One run of the library's main answers under a built-in: each answer as it was returned. */
function answers(policy: Policy): unknown[] {
  const calendar = regionCalendar(policy.region);
  const context = { policy, calendar };
  const out: unknown[] = [];
  const histories = [...generateComplaintEvents({ seed: 8, count: 30, from: '2024-01-01', to: '2025-06-30', asOf: '2025-09-30', policy, calendar })];
  const complaints = [];
  for (const events of histories) {
    // An agreed update interval (Code 5.9) puts its source in the complaint.
    const withUpdate: LifecycleEvent[] = events.length > 2 ? [...events, { type: 'update-sent', at: events.at(-1)!.at, everyWorkingDays: 4 } as LifecycleEvent] : events;
    const r = replay(withUpdate, context);
    out.push(r);
    if (r.ok) {
      complaints.push(r.value);
      out.push(deadlines(r.value, context, '2025-09-30'), deadlines(r.value, context, '2024-06-30'));
    }
  }
  // An event the schema refuses: the error's source.
  const refused = replay([histories[0]![0]!, { type: 'acknowledged', at: 'x' } as unknown as LifecycleEvent], context);
  if (refused.ok || refused.error.code !== 'invalid-event') throw new Error('the event with a date of x must be refused as invalid-event');
  out.push(refused);
  out.push(lintPolicy(policy));
  out.push(checkExclusions({ about: 'Damp', receivedOn: '2025-03-03', occurredOn: '2023-10-01', becameAwareOn: '2023-10-01' }, { policy }));
  out.push(performanceReport(complaints, context, { from: '2024-04-01', to: '2025-03-31', homes: 600 }));
  // The self-assessment is against the Code: only for a policy under the Housing Ombudsman.
  if (policy.ombudsman.scheme === 'housing-ombudsman') out.push(assessSelfAssessment(assessment, { policy }));
  return out;
}

describe('what the library keeps cannot be changed through what it returns', () => {
  for (const [name, policy] of Object.entries(policies)) {
    it(`under ${name}, a run after every answer was written over gives the same answers`, () => {
      const first: unknown = JSON.parse(JSON.stringify(answers(policy)));
      const written = answers(policy).reduce<number>((n, a) => n + overwrite(a), 0);
      // The answers are the host's own: most of their fields can be written.
      expect(written).toBeGreaterThan(1000);
      expect(differences(first, JSON.parse(JSON.stringify(answers(policy))))).toEqual([]);
    });
  }
});
