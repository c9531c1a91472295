// The char-code date parser and formatter against the platform's UTC arithmetic, for any year 0001-9999.
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, toDayNumber, weekday } from '../../src/calendar/dates.js';

const MS_PER_DAY = 86_400_000;
const MIN = new Date('0001-01-01T00:00:00Z').getTime();
const MAX = new Date('9999-12-31T00:00:00Z').getTime();

describe('YYYY-MM-DD parsing and formatting', () => {
  it('agrees with Date for every kind of day from 0001 to 9999, and round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN / MS_PER_DAY, max: MAX / MS_PER_DAY }), (day) => {
        const text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        expect(toDayNumber(text, 'date')).toBe(day);
        expect(fromDayNumber(day)).toBe(text);
        expect(weekday(day)).toBe(new Date(day * MS_PER_DAY).getUTCDay());
      }),
      { numRuns: runs(10) },
    );
  });
  it('rejects every string that Date would not read back as the same calendar date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const t = new Date(`${text}T00:00:00Z`);
        const real = m >= 1 && m <= 12 && d >= 1 && !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === text;
        expect(isIsoDate(text)).toBe(real);
      }),
      { numRuns: runs(10) },
    );
  });
  it('agrees with Date on the first and last day of every month from 0000 to 9999, and on every day from 1900 to 2100', () => {
    const mismatches: string[] = [];
    const check = (ms: number): void => {
      const text = new Date(ms).toISOString().slice(0, 10);
      if (toDayNumber(text, 'date') !== ms / MS_PER_DAY) mismatches.push(text);
    };
    let checked = 0;
    for (let y = 0; y <= 9999; y++) {
      for (let m = 0; m < 12; m++) {
        const first = new Date(0).setUTCFullYear(y, m, 1);
        check(first);
        check(new Date(0).setUTCFullYear(y, m + 1, 1) - MS_PER_DAY);
        checked += 2;
      }
    }
    for (let ms = Date.UTC(1900, 0, 1); ms <= Date.UTC(2100, 11, 31); ms += MS_PER_DAY, checked++) check(ms);
    expect(mismatches).toEqual([]);
    expect(checked).toBe(240_000 + 73_414);
  });
  it('known day numbers', () => {
    expect(toDayNumber('1970-01-01', 'date')).toBe(0);
    expect(toDayNumber('2000-03-01', 'date')).toBe(11_017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });
});

describe('every supported day comes back as itself', () => {
  it('addWorkingDays(d, 0) === d for every day from 2012-01-01 to 2040-12-31', async () => {
    const { createCalendar, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } = await import('../../src/calendar/index.js');
    const cal = createCalendar({ region: 'scotland' });
    const start = Date.UTC(FIRST_SUPPORTED_YEAR, 0, 1);
    const end = Date.UTC(LAST_SUPPORTED_YEAR, 11, 31);
    let checked = 0;
    for (let t = start; t <= end; t += MS_PER_DAY) {
      const d = new Date(t).toISOString().slice(0, 10);
      if (cal.addWorkingDays(d, 0) !== d) expect(cal.addWorkingDays(d, 0)).toBe(d);
      checked++;
    }
    expect(checked).toBe(10_593);
  });
});
