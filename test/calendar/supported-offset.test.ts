// The calendar's table-read date parser (supportedOffset) against the arithmetic one (toDayNumber):
// the same offset for every supported day, and -1 for everything the arithmetic parser refuses or
// the supported years do not hold, so the calendar's slow path still names each fault.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, toDayNumber } from '../../src/calendar/dates.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../../src/calendar/holiday-table.js';
import { dayName, supportedOffset } from '../../src/calendar/names.js';
import { createCalendar } from '../../src/calendar/index.js';
import { runs } from '../support/properties.js';

const FIRST = dayNumberOf(FIRST_SUPPORTED_YEAR, 1, 1);
const LAST = dayNumberOf(LAST_SUPPORTED_YEAR, 12, 31);

describe('supportedOffset', () => {
  it('gives every supported day its offset from 1 January of the first supported year', () => {
    const wrong: string[] = [];
    for (let day = FIRST; day <= LAST; day++) {
      const text = dayName(day);
      if (supportedOffset(text) !== day - FIRST || toDayNumber(text, 'date') !== day) wrong.push(text);
    }
    expect(wrong).toEqual([]);
    expect(supportedOffset(`${FIRST_SUPPORTED_YEAR}-01-01`)).toBe(0);
    expect(supportedOffset(`${LAST_SUPPORTED_YEAR}-12-31`)).toBe(LAST - FIRST);
  });

  it('answers -1 outside the supported years and for what is not a written calendar date', () => {
    for (const text of [
      `${FIRST_SUPPORTED_YEAR - 1}-12-31`,
      `${LAST_SUPPORTED_YEAR + 1}-01-01`,
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-01-32',
      '2024/01/10',
      '2024-1-10 ',
      '２０２４-01-10',
      '2024-01-1a',
      ' 2024-01-1',
      '2024-01-10T00:00:00Z',
      '',
    ]) {
      expect(supportedOffset(text), text).toBe(-1);
    }
    for (const value of [undefined, null, 20240110, { length: 10 }, ['2024-01-10']]) expect(supportedOffset(value)).toBe(-1);
    expect(supportedOffset('2024-02-29')).toBe(dayNumberOf(2024, 2, 29) - FIRST);
  });

  it('agrees with the arithmetic parser on near-dates: any year, month and day numbers, one character perhaps changed', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(...'0123456789-/: a.')), { nil: undefined }),
        (y, m, d, change) => {
          let text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          if (change !== undefined) text = text.slice(0, change[0]) + change[1] + text.slice(change[0] + 1);
          let day: number | undefined;
          try {
            day = toDayNumber(text, 'date');
          } catch {
            day = undefined;
          }
          expect(supportedOffset(text), text).toBe(day === undefined || day < FIRST || day > LAST ? -1 : day - FIRST);
        },
      ),
      { numRuns: runs(20) },
    );
  });

  it('leaves the calendar naming the fault of a date it does not read', () => {
    const calendar = createCalendar({ region: 'england-and-wales' });
    expect(() => calendar.isWorkingDay('2024-02-30')).toThrow(/month 2 of 2024 has 29 days/);
    expect(() => calendar.isWorkingDay(`${LAST_SUPPORTED_YEAR + 1}-01-02`)).toThrow(expect.objectContaining({ code: 'year-out-of-range' }));
    expect(() => calendar.workingDaysBetween('2024-01-10', '10/01/2024')).toThrow(expect.objectContaining({ code: 'invalid-date', path: 'to' }));
    expect(calendar.workingDaysBetween('2024-01-10', '2024-01-17')).toBe(5);
  });
});
