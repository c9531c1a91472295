/**
 * Each deadline is one plain record: its keys in one order (kind, dueBy, basis, then the optional
 * ref, status, workingDaysOverdue, metOn, benchmark, provisional), an optional key present only with
 * a value. `deadlines` builds the usual deadline in one literal and the others key by key; both must
 * give the same record.
 */
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dates.js';
import { policies } from '../../src/policy/index.js';
import { generateComplaintEvents } from '../../src/reporting/index.js';
import { deadlines, overdue, replay, type Deadline, type LifecycleContext } from '../../src/lifecycle/index.js';
import { calendar, wellington } from './fixtures.js';

const ORDER = ['kind', 'dueBy', 'basis', 'ref', 'status', 'workingDaysOverdue', 'metOn', 'benchmark', 'provisional'];
const plusDays = (date: string, n: number) => fromDayNumber(toDayNumber(date, 'date') + n);

function expectShape(d: Deadline, asOf: string | undefined): void {
  const keys = Object.keys(d);
  expect(keys).toEqual(ORDER.filter((k) => k in d));
  for (const k of keys) expect(d[k as keyof Deadline]).not.toBeUndefined();
  expect('status' in d).toBe(asOf !== undefined);
  expect('workingDaysOverdue' in d).toBe(d.status === 'overdue');
}

describe('the shape of a deadline', () => {
  const contexts: LifecycleContext[] = [wellington, { policy: policies.housingOmbudsmanCode2024, calendar }];
  it('property: every deadline of a generated complaint, with and without a date, as of any date, has its keys in order and none undefined', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...contexts), fc.integer({ min: -5, max: 400 }), (seed, context, offset) => {
        const [events] = [...generateComplaintEvents({ seed, count: 1, from: '2024-04-01', to: '2025-03-31', policy: context.policy, calendar: context.calendar })];
        const r = replay(events!, context);
        if (!r.ok) throw new Error(r.error.message);
        const asOf = plusDays(r.value.receivedOn, offset);
        for (const d of deadlines(r.value, context)) expectShape(d, undefined);
        for (const d of deadlines(r.value, context, asOf)) {
          expectShape(d, asOf);
          seen.add(Object.keys(d).join(','));
        }
        for (const d of overdue(r.value, context, asOf)) expectShape(d, asOf);
      }),
      { numRuns: runs(0.6) },
    );
    // Both ways of building one were met: the usual (status, no overdue days) and an overdue one.
    expect([...seen].some((k) => k.endsWith('status') || k.endsWith('status,metOn'))).toBe(true);
    expect([...seen].some((k) => k.includes('workingDaysOverdue'))).toBe(true);
  });
});
