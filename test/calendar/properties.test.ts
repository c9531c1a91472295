// Properties of working-day arithmetic (STYLE.md "Properties over examples"; DESIGN.md Dates), checked
// against a day-by-day reference model built from GOV.UK's published lists, not from the code under test.
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { createCalendar, REGIONS, type Region } from '../../src/calendar/index.js';
import { GOV_UK_BANK_HOLIDAYS } from './gov-uk-feed.js';

const MS_PER_DAY = 86_400_000;
// Dates from 2013 to 2026, so that results (n <= 60) stay inside GOV.UK's published years (2012-2027).
const FIRST = Date.UTC(2013, 0, 1) / MS_PER_DAY;
const LAST = Date.UTC(2026, 11, 31) / MS_PER_DAY;
const iso = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

const date = fc.integer({ min: FIRST, max: LAST }).map(iso);
const region = fc.constantFrom(...REGIONS);
const closures = fc.uniqueArray(fc.integer({ min: FIRST, max: LAST + 120 }).map(iso), { maxLength: 40 });
const n = fc.integer({ min: 0, max: 60 });

/** Reference model: step one day at a time; a day is off if weekend, on GOV.UK's list, or closed. */
function model(r: Region, closed: readonly string[]) {
  const off = new Set([...GOV_UK_BANK_HOLIDAYS[r].map(([d]) => d), ...closed]);
  const working = (day: number) => {
    const w = new Date(day * MS_PER_DAY).getUTCDay();
    return w !== 0 && w !== 6 && !off.has(iso(day));
  };
  return {
    working,
    add(d: string, k: number): string {
      let day = dayOf(d);
      for (let left = k; left > 0; ) if (working(++day)) left--;
      return iso(day);
    },
  };
}

describe('working-day arithmetic properties', () => {
  it('matches the day-by-day model built from GOV.UK lists and closures', () => {
    fc.assert(
      fc.property(region, closures, date, n, (r, closed, d, k) => {
        const cal = createCalendar({ region: r, closures: closed });
        expect(cal.addWorkingDays(d, k)).toBe(model(r, closed).add(d, k));
        expect(cal.isWorkingDay(d)).toBe(model(r, closed).working(dayOf(d)));
      }),
      { numRuns },
    );
  });
  it('additivity: adding a then b working days equals adding a + b', () => {
    fc.assert(
      fc.property(region, closures, date, n, n, (r, closed, d, a, b) => {
        const cal = createCalendar({ region: r, closures: closed });
        expect(cal.addWorkingDays(cal.addWorkingDays(d, a), b)).toBe(cal.addWorkingDays(d, a + b));
      }),
      { numRuns },
    );
  });
  it('monotonicity: a later start or a larger n never gives an earlier date', () => {
    fc.assert(
      fc.property(region, date, date, n, n, (r, d1, d2, a, b) => {
        const cal = createCalendar({ region: r });
        const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingDays(early, small) <= cal.addWorkingDays(late, small)).toBe(true);
        expect(cal.addWorkingDays(early, small) <= cal.addWorkingDays(early, large)).toBe(true);
      }),
      { numRuns },
    );
  });
  it('workingDaysBetween inverts addWorkingDays, and is antisymmetric', () => {
    fc.assert(
      fc.property(region, closures, date, n, date, (r, closed, d, k, other) => {
        const cal = createCalendar({ region: r, closures: closed });
        expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, k))).toBe(k);
        expect(cal.workingDaysBetween(other, d) + cal.workingDaysBetween(d, other)).toBe(0);
      }),
      { numRuns },
    );
  });
  it('a result of n >= 1 is never a weekend, a bank holiday or a closure, and nextWorkingDay is addWorkingDays(d, 1)', () => {
    fc.assert(
      fc.property(region, closures, date, fc.integer({ min: 1, max: 60 }), (r, closed, d, k) => {
        const cal = createCalendar({ region: r, closures: closed });
        const result = cal.addWorkingDays(d, k);
        expect([0, 6]).not.toContain(new Date(`${result}T00:00:00Z`).getUTCDay());
        expect(cal.isBankHoliday(result)).toBe(false);
        expect(closed).not.toContain(result);
        expect(GOV_UK_BANK_HOLIDAYS[r].map(([h]) => h)).not.toContain(result);
        expect(cal.isWorkingDay(result)).toBe(true);
        expect(cal.nextWorkingDay(d)).toBe(cal.addWorkingDays(d, 1));
      }),
      { numRuns },
    );
  });
});
