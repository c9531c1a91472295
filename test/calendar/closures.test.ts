import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { createCalendar, HousingComplaintsError, MAX_CLOSURE_DAYS, type RecurringClosure } from '../../src/calendar/index.js';
import { thrown } from './thrown.js';

const MS_PER_DAY = 86_400_000;
/** Every date from `from` to `to`, both included, by the platform's UTC calendar (independent of the code under test). */
function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += MS_PER_DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
const plain = createCalendar({ region: 'england-and-wales' });

describe('recurring closures: "24 to 31 December every year"', () => {
  const christmas: RecurringClosure = { every: 'year', from: '12-24', to: '12-31', name: 'Christmas closure' };
  const cal = createCalendar({ region: 'england-and-wales', closures: [christmas] });
  it('closes 24 to 31 December in every supported year, and nothing else', () => {
    for (let y = 2012; y <= 2040; y++) {
      for (const d of datesBetween(`${y}-12-20`, `${y + 1 <= 2040 ? y + 1 : y}-01-05`)) {
        const inClosure = d.slice(5) >= '12-24' && d.slice(5) <= '12-31';
        expect({ d, working: cal.isWorkingDay(d) }).toEqual({ d, working: inClosure ? false : plain.isWorkingDay(d) });
      }
    }
  });
  it('the same as listing the dates one by one', () => {
    const listed = createCalendar({ region: 'england-and-wales', closures: datesBetween('2025-12-24', '2025-12-31') });
    expect(cal.addWorkingDays('2025-12-19', 5)).toBe(listed.addWorkingDays('2025-12-19', 5));
    // Fri 19 Dec 2025: 22, 23 Dec, then closed to 31 Dec, 1 Jan bank holiday: 2, 5, 6 Jan.
    expect(cal.addWorkingDays('2025-12-19', 5)).toBe('2026-01-06');
  });
});

describe('recurring closures across the year end', () => {
  const cal = createCalendar({ region: 'scotland', closures: [{ every: 'year', from: '12-24', to: '01-03' }] });
  const scotland = createCalendar({ region: 'scotland' });
  it('from 24 December to 3 January: both ends of every year', () => {
    for (let y = 2012; y <= 2040; y++) {
      expect(cal.isWorkingDay(`${y}-01-03`)).toBe(false);
      expect(cal.isWorkingDay(`${y}-12-24`)).toBe(false);
      expect(cal.isWorkingDay(`${y}-12-23`)).toBe(scotland.isWorkingDay(`${y}-12-23`));
      expect(cal.isWorkingDay(`${y}-01-04`)).toBe(scotland.isWorkingDay(`${y}-01-04`));
    }
    // 2012-01-01 to 03 is closed by the instance that starts 24 December 2011, before the supported years.
    expect(cal.isWorkingDay('2012-01-03')).toBe(false);
    // Mon 4 January 2016 is the 2nd January substitute day in Scotland; Tue 5 January is the first working day.
    expect(cal.nextWorkingDay('2015-12-23')).toBe('2016-01-05');
  });
  it('a count across the year end equals the count with the dates listed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2012, max: 2039 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 30 }), (y, offset, n) => {
        const listed = createCalendar({ region: 'scotland', closures: datesBetween(`${y}-12-24`, `${y + 1}-01-03`) });
        const start = new Date(Date.UTC(y, 11, 1) + offset * MS_PER_DAY).toISOString().slice(0, 10);
        // From 1 December of year y, n <= 30 working days never reach the next closure (24 December y + 1).
        expect(cal.addWorkingDays(start, n)).toBe(listed.addWorkingDays(start, n));
      }),
      { numRuns: runs(2) },
    );
  });
});

describe('recurring closures and 29 February', () => {
  it('a closure ending on 29 February ends on 28 February in other years', () => {
    const cal = createCalendar({ region: 'england-and-wales', closures: [{ every: 'year', from: '02-26', to: '02-29' }] });
    expect(cal.isWorkingDay('2024-02-29')).toBe(false); // Thursday, leap year
    expect(cal.isWorkingDay('2028-02-29')).toBe(false); // Tuesday, leap year
    expect(cal.isWorkingDay('2027-02-26')).toBe(false); // Friday
    expect(cal.isWorkingDay('2027-03-01')).toBe(true); // Monday after: open
    expect(cal.isWorkingDay('2024-03-01')).toBe(true);
  });
  it('a closure of 29 February alone happens in leap years only; one starting then starts on 1 March otherwise', () => {
    const leapDay = createCalendar({ region: 'england-and-wales', closures: [{ every: 'year', from: '02-29', to: '02-29' }] });
    expect(leapDay.isWorkingDay('2024-02-29')).toBe(false);
    for (const d of ['2025-02-28', '2025-03-03', '2027-03-01', '2027-02-26']) expect(leapDay.isWorkingDay(d)).toBe(true);
    const fromLeap = createCalendar({ region: 'england-and-wales', closures: [{ every: 'year', from: '02-29', to: '03-02' }] });
    expect(fromLeap.isWorkingDay('2027-03-01')).toBe(false);
    expect(fromLeap.isWorkingDay('2027-02-26')).toBe(true);
    expect(fromLeap.isWorkingDay('2028-02-29')).toBe(false);
  });
});

describe('effective dates', () => {
  it('a closure applies only between its effective dates, both included', () => {
    const cal = createCalendar({ region: 'england-and-wales', closures: [{ every: 'year', from: '12-22', to: '12-31', effective: { from: '2025-12-23', to: '2026-12-30' } }] });
    expect(cal.isWorkingDay('2024-12-23')).toBe(true);
    expect(cal.isWorkingDay('2025-12-22')).toBe(true);
    expect(cal.isWorkingDay('2025-12-23')).toBe(false);
    expect(cal.isWorkingDay('2026-12-22')).toBe(false);
    expect(cal.isWorkingDay('2026-12-30')).toBe(false);
    expect(cal.isWorkingDay('2026-12-31')).toBe(true);
    expect(cal.isWorkingDay('2027-12-22')).toBe(true);
  });
});

describe('recurring closures are validated, naming the field', () => {
  it.each([
    [{ every: 'year', from: '12-24', to: '12-32' }, 'options.closures[0].to', /month 12 has 31 days/],
    [{ every: 'year', from: '13-01', to: '12-31' }, 'options.closures[0].from', /no month 13/],
    [{ every: 'year', from: '2025-12-24', to: '12-31' }, 'options.closures[0].from', /MM-DD/],
    [{ every: 'month', from: '12-24', to: '12-31' }, 'options.closures[0].every', /'year'/],
    [{ from: '12-24', to: '12-31' }, 'options.closures[0].every', /'year'/],
    [{ every: 'year', from: '12-24', to: '12-31', until: '2030-01-01' }, 'options.closures[0].until', /no field 'until'/],
    [{ every: 'year', from: '12-24', to: '12-31', effective: { from: '2026-01-01', to: '2025-01-01' } }, 'options.closures[0].effective.to', /earlier/],
    [{ every: 'year', from: '12-24', to: '12-31', effective: { from: '2026-02-30' } }, 'options.closures[0].effective.from', /not a calendar date/],
    [{ every: 'year', from: '12-24', to: '01-25' }, 'options.closures[0]', new RegExp(`33 days, more than the ${MAX_CLOSURE_DAYS}`)],
    [{ every: 'year', from: '01-24', to: '12-31' }, 'options.closures[0]', /more than the 31/],
    [42, 'options.closures[0]', /YYYY-MM-DD date or a recurring closure/],
  ])('%j is refused at %s', (closure, path, message) => {
    const e = thrown(() => createCalendar({ region: 'england-and-wales', closures: [closure as never] }));
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
    expect(['invalid-closure', 'invalid-date']).toContain(e.code);
  });
  it('a closure of 31 days over February in a leap year is accepted; the same written to cover 32 is not', () => {
    expect(() => createCalendar({ region: 'england-and-wales', closures: [{ every: 'year', from: '02-01', to: '03-02' }] })).not.toThrow();
    expect(() => createCalendar({ region: 'england-and-wales', closures: [{ every: 'year', from: '02-01', to: '03-03' }] })).toThrow(/32 days/);
  });
  it('does not change the options it was given', () => {
    const closures = Object.freeze([Object.freeze({ every: 'year', from: '12-24', to: '12-31', effective: Object.freeze({ from: '2025-01-01' }) })] as const);
    expect(() => createCalendar({ region: 'england-and-wales', closures })).not.toThrow();
  });
});
