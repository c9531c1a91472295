import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../src/calendar/dates.js';
import { dayNumber, WorkingDayIndex } from '../../src/reporting/days.js';
import { mergeDistributions, WorkingDaysHistogram } from '../../src/reporting/index.js';
import { calendar } from './fixtures.js';

/** The textbook definitions on a sorted copy, to check the streaming histogram against. */
function bySorting(values: readonly number[]): { median: number | null; p90: number | null } {
  if (values.length === 0) return { median: null, p90: null };
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  return { median, p90: s[Math.ceil(0.9 * n) - 1]! };
}

describe('WorkingDaysHistogram: exact median and nearest-rank 90th percentile', () => {
  it('hand-checked: 3, 7, 10, 12 → median 8.5, p90 12; 1..10 → median 5.5, p90 9', () => {
    const h = new WorkingDaysHistogram();
    for (const v of [12, 3, 10, 7]) h.add(v);
    expect(h.summary()).toMatchObject({ count: 4, median: 8.5, p90: 12, mean: 8, max: 12 });
    const g = new WorkingDaysHistogram();
    for (let v = 1; v <= 10; v++) g.add(v);
    // ceil(0.9 × 10) = 9th value = 9.
    expect(g.summary()).toMatchObject({ median: 5.5, p90: 9 });
  });

  it('empty: count 0 and null statistics', () => {
    expect(new WorkingDaysHistogram().summary()).toEqual({ count: 0, median: null, p90: null, mean: null, max: null, histogram: [] });
  });

  it('property: equals sorting for any list of whole numbers of working days', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 200 }), (values) => {
        const h = new WorkingDaysHistogram();
        for (const v of values) h.add(v);
        const s = h.summary();
        expect({ median: s.median, p90: s.p90 }).toEqual(bySorting(values));
        expect(s.count).toBe(values.length);
      }),
      { numRuns },
    );
  });

  it('property: merging the summaries of two parts gives the summary of the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 80 })), fc.array(fc.integer({ min: 0, max: 80 })), (a, b) => {
        const sum = (xs: number[]) => {
          const h = new WorkingDaysHistogram();
          for (const x of xs) h.add(x);
          return h.summary();
        };
        expect(mergeDistributions([sum(a), sum(b)])).toEqual(sum([...a, ...b]));
      }),
      { numRuns },
    );
  });

  it('rejects values that are not whole numbers of working days', () => {
    const h = new WorkingDaysHistogram();
    expect(() => h.add(-1)).toThrow(expect.objectContaining({ code: 'invalid-working-days' }));
    expect(() => h.add(1.5)).toThrow(expect.objectContaining({ code: 'invalid-working-days' }));
  });
});

describe('working-day index used by the report agrees with the calendar (DESIGN.md "Dates": day 0 is the start date)', () => {
  it('dayNumber parses real dates and rejects others', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-02-29')).toBe(19782);
    expect(dayNumber('2025-02-29')).toBeNaN();
    expect(dayNumber('2025-6-1')).toBeNaN();
  });

  it('property: dayNumber inverts fromDayNumber', () => {
    fc.assert(fc.property(fc.integer({ min: -50_000, max: 80_000 }), (d) => dayNumber(fromDayNumber(d)) === d), { numRuns });
  });

  it('property: addWorkingDays and workingDaysBetween equal the calendar, including far outside the first range', () => {
    const idx = new WorkingDayIndex(calendar, dayNumber('2025-04-01'), dayNumber('2026-03-31'));
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2022-01-01'), max: dayNumber('2029-12-31') }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: -90, max: 90 }), (d, n, span) => {
        const date = fromDayNumber(d);
        expect(fromDayNumber(idx.addWorkingDays(d, n))).toBe(calendar.addWorkingDays(date, n));
        expect(idx.workingDaysBetween(d, d + span)).toBe(calendar.workingDaysBetween(date, fromDayNumber(d + span)));
        expect(idx.isWorkingDay(d)).toBe(calendar.isWorkingDay(date));
      }),
      { numRuns },
    );
  });
});
