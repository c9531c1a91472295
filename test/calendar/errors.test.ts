// Bad input gets a typed HousingComplaintsError naming the argument (issue 2; STYLE.md "Programmer errors throw at once").
import { describe, expect, it } from 'vitest';
import { createCalendar, HousingComplaintsError, isIsoDate, londonDate } from '../../src/calendar/index.js';
import { thrown } from './thrown.js';

const cal = createCalendar({ region: 'england-and-wales' });


describe('dates that are not real YYYY-MM-DD calendar dates', () => {
  it.each([
    ['2025-02-30', /not a calendar date.*'2025-02-30'.*28 days/],
    ['2024-02-30', /29 days/],
    ['2025-13-01', /no month 13/],
    ['2025-00-10', /no month 0/],
    ['2025-2-3', /YYYY-MM-DD.*'2025-2-3'/],
    ['2025/02/03', /YYYY-MM-DD/],
    ['20250203', /YYYY-MM-DD/],
    ['2025-02-03T00:00:00Z', /YYYY-MM-DD/],
    [' 2025-02-03', /YYYY-MM-DD/],
    ['', /YYYY-MM-DD/],
  ])('%s is rejected with code invalid-date naming the argument', (bad, message) => {
    const e = thrown(() => cal.addWorkingDays(bad, 1));
    expect(e.code).toBe('invalid-date');
    expect(e.path).toBe('date');
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(/^housing-complaints: date /);
    expect(isIsoDate(bad)).toBe(false);
  });
  it.each([[undefined], [null], [20250203], [new Date('2025-02-03T00:00:00Z')], [{}]])('a non-string (%s) is rejected', (bad) => {
    const e = thrown(() => cal.isWorkingDay(bad as unknown as string));
    expect(e.code).toBe('invalid-date');
    expect(e.path).toBe('date');
  });
  it('each argument is named: from, to, options.closures[i], options.extraBankHolidays[i]', () => {
    expect(thrown(() => cal.workingDaysBetween('2025-02-30', '2025-03-03')).path).toBe('from');
    expect(thrown(() => cal.workingDaysBetween('2025-03-03', '2025-2-3')).path).toBe('to');
    expect(thrown(() => createCalendar({ region: 'scotland', closures: ['2025-12-24', '2025-12-32'] })).path).toBe('options.closures[1]');
    expect(thrown(() => createCalendar({ region: 'scotland', extraBankHolidays: ['2026-6-8'] })).path).toBe('options.extraBankHolidays[0]');
  });
  it('leap days: 29 February exists in 2024, not in 2025 or 2100, and does in 2000', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});

describe('invalid instants for londonDate', () => {
  it('an invalid Date', () => {
    const e = thrown(() => londonDate(new Date('not a date')));
    expect(e.code).toBe('invalid-instant');
    expect(e.path).toBe('instant');
    expect(e.message).toMatch(/invalid Date/);
  });
  it.each(['2025-06-13T23:30:00', '2025-06-13 23:30:00Z', '2025-06-31T10:00:00Z', '2025-06-13T24:00:00Z', '2025-06-13T23:60:00Z', '2025-06-13T23:30:00+1:00', 'yesterday'])(
    '%s (no offset, or not a real date and time)',
    (bad) => {
      const e = thrown(() => cal.londonDate(bad));
      expect(e.code).toMatch(/^invalid-(instant|date)$/);
      expect(e.path).toBe('instant');
    },
  );
  it('a number of milliseconds is not accepted', () => {
    expect(thrown(() => londonDate(1_750_000_000_000 as unknown as string)).code).toBe('invalid-instant');
  });
});

describe('n must be a whole number of working days from 0 to 100,000', () => {
  it.each([[-1], [-0.5], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [1e9], [100_001], ['5'], [null], [undefined]])('n = %s', (n) => {
    const e = thrown(() => cal.addWorkingDays('2025-06-02', n as number));
    expect(e.code).toBe('invalid-working-days');
    expect(e.path).toBe('n');
  });
});

describe('regions and options', () => {
  it.each([['england'], ['wales'], ['Scotland'], ['GB'], [undefined], [null]])('unknown region %s', (region) => {
    const e = thrown(() => createCalendar({ region } as never));
    expect(e.code).toBe('unknown-region');
    expect(e.path).toBe('options.region');
    expect(e.message).toMatch(/england-and-wales, scotland, northern-ireland/);
  });
  it('options must be an object', () => {
    expect(thrown(() => createCalendar(undefined as never)).code).toBe('invalid-options');
    expect(thrown(() => createCalendar('scotland' as never)).path).toBe('options');
  });
  it('a misspelt option is an error, not silently ignored', () => {
    const e = thrown(() => createCalendar({ region: 'scotland', closure: ['2025-12-24'] } as never));
    expect(e.code).toBe('invalid-options');
    expect(e.path).toBe('options.closure');
  });
  it('closures must be an array', () => {
    const e = thrown(() => createCalendar({ region: 'scotland', closures: '2025-12-24' } as never));
    expect(e.code).toBe('invalid-options');
    expect(e.path).toBe('options.closures');
  });
  it('cancelling a day that is not a built-in bank holiday is an error', () => {
    const e = thrown(() => createCalendar({ region: 'scotland', cancelledBankHolidays: ['2025-04-21'] }));
    expect(e.code).toBe('not-a-bank-holiday');
    expect(e.path).toBe('options.cancelledBankHolidays[0]');
  });
  it('the options object is not modified', () => {
    const options = Object.freeze({ region: 'scotland' as const, closures: Object.freeze(['2025-12-24']) });
    expect(createCalendar(options).isWorkingDay('2025-12-24')).toBe(false);
  });
});

describe('years outside the supported range (2012 to 2040) give an explicit error, never a guess', () => {
  it.each([['2011-12-30'], ['2041-01-02'], ['1999-12-31'], ['9999-12-31']])('%s', (date) => {
    const e = thrown(() => cal.isWorkingDay(date));
    expect(e.code).toBe('year-out-of-range');
    expect(e.path).toBe('date');
    expect(e.message).toMatch(/2012 to 2040/);
  });
  it('the first and last supported days answer', () => {
    expect(cal.isWorkingDay('2012-01-03')).toBe(true);
    expect(cal.isWorkingDay('2040-12-31')).toBe(true);
  });
  it('a result past 31 December 2040 is an error naming n', () => {
    const e = thrown(() => cal.addWorkingDays('2040-12-24', 10));
    expect(e.code).toBe('year-out-of-range');
    expect(e.path).toBe('n');
  });
  it('the error carries the rule and the limit year as numbers: minimum 2012 before the range, maximum 2040 after it', () => {
    expect(thrown(() => cal.isWorkingDay('2011-12-31'))).toMatchObject({ code: 'year-out-of-range', path: 'date', rule: 'minimum', limit: 2012 });
    expect(thrown(() => cal.isWorkingDay('2041-01-01'))).toMatchObject({ code: 'year-out-of-range', path: 'date', rule: 'maximum', limit: 2040 });
    expect(thrown(() => cal.addWorkingDays('2040-12-24', 10))).toMatchObject({ code: 'year-out-of-range', path: 'n', rule: 'maximum', limit: 2040 });
    expect(thrown(() => cal.workingDaysBetween('2011-06-01', '2025-01-01'))).toMatchObject({ path: 'from', rule: 'minimum', limit: 2012 });
  });
  it('workingDaysBetween names the argument out of range', () => {
    expect(thrown(() => cal.workingDaysBetween('2011-06-01', '2025-01-01')).path).toBe('from');
    expect(thrown(() => cal.workingDaysBetween('2025-01-01', '2041-06-01')).path).toBe('to');
  });
  it('londonDate itself has no range: it only converts', () => {
    expect(londonDate('2050-06-13T23:30:00Z')).toBe('2050-06-14');
  });
});
