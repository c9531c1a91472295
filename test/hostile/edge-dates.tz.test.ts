/** Edge years handled exactly, in every host time zone: years 0000 and 9999 of the proleptic Gregorian calendar. */
import { describe, expect, it } from 'vitest';
import { HousingComplaintsError } from '../../src/core/index.js';
import { londonDate } from '../../src/calendar/index.js';
import { addCalendarMonths } from '../../src/exclusions/index.js';

describe('edge years', () => {
  it('londonDate at year 0001: London kept local mean time (UTC-0:01:15), so midnight UTC on 1 January 0001 is 31 December 0000 there', () => {
    expect(londonDate('0001-01-01T00:00:00Z')).toBe('0000-12-31');
    expect(londonDate('0001-01-01T00:01:15Z')).toBe('0001-01-01');
    expect(londonDate('0001-06-01T12:00:00Z')).toBe('0001-06-01');
  });

  it('londonDate at year 9999: a London date in year 10000 cannot be written YYYY-MM-DD and is a typed error, not "10000-01-01"', () => {
    expect(londonDate('9999-12-31T23:59:59Z')).toBe('9999-12-31');
    expect(() => londonDate('9999-12-31T23:59:59-05:00')).toThrow(HousingComplaintsError);
    expect(() => londonDate('9999-12-31T23:59:59-05:00')).toThrow(expect.objectContaining({ code: 'invalid-instant' }));
  });

  it('calendar months in year 0000, a leap year (divisible by 400)', () => {
    expect(addCalendarMonths('0000-01-31', 1)).toBe('0000-02-29');
    expect(addCalendarMonths('0000-02-29', 12)).toBe('0001-02-28');
    expect(addCalendarMonths('0001-02-28', -12)).toBe('0000-02-28');
    expect(addCalendarMonths('0100-01-31', 1)).toBe('0100-02-28'); // 100 is not a leap year
    expect(addCalendarMonths('0400-01-31', 1)).toBe('0400-02-29');
  });
});
