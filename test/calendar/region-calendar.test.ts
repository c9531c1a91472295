/**
 * regionCalendar(region): the calendar createCalendar({ region }) makes, without options. Its
 * answers are compared with createCalendar's over every supported day of every region (the two
 * build their tables from the same built-in bank holidays), and it is frozen and recorded as the
 * library's own, as createCalendar's calendars are.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, regionCalendar, REGIONS } from '../../src/calendar/index.js';
import { madeByLibrary } from '../../src/calendar/calendar.js';
import { dayNumberOf, fromDayNumber } from '../../src/calendar/dates.js';
import { HousingComplaintsError } from '../../src/core/errors.js';

const first = dayNumberOf(FIRST_SUPPORTED_YEAR, 1, 1);
const last = dayNumberOf(LAST_SUPPORTED_YEAR, 12, 31);

describe('regionCalendar', () => {
  for (const region of REGIONS) {
    it(`answers as createCalendar({ region: '${region}' }) on every supported day`, () => {
      const lean = regionCalendar(region);
      const full = createCalendar({ region });
      expect(lean.region).toBe(region);
      expect(lean.publishedThrough).toBe(full.publishedThrough);
      let workingDays = 0;
      let bankHolidays = 0;
      for (let day = first; day <= last; day++) {
        const d = fromDayNumber(day);
        const working = lean.isWorkingDay(d);
        if (working !== full.isWorkingDay(d) || lean.isBankHoliday(d) !== full.isBankHoliday(d)) throw new Error(`${region} ${d}: the two calendars disagree`);
        if (working) workingDays++;
        if (lean.isBankHoliday(d)) bankHolidays++;
        if (day % 97 === 0 && d < `${LAST_SUPPORTED_YEAR}-06-01`) {
          expect(lean.addWorkingDays(d, 23)).toBe(full.addWorkingDays(d, 23));
          expect(lean.nextWorkingDay(d)).toBe(full.nextWorkingDay(d));
          expect(lean.workingDaysBetween(d, '2030-06-14')).toBe(full.workingDaysBetween(d, '2030-06-14'));
        }
      }
      // Both calendars know bank holidays and weekends, not only one of them.
      expect(bankHolidays).toBeGreaterThan(8 * (LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR));
      expect(workingDays).toBeLessThan(((last - first + 1) * 5) / 7 - bankHolidays + 10);
    });
  }

  it('counts the README example as createCalendar does (bank holidays skipped)', () => {
    const cal = regionCalendar('england-and-wales');
    expect(cal.addWorkingDays('2025-12-19', 5)).toBe('2025-12-30');
    expect(cal.isBankHoliday('2025-12-26')).toBe(true);
    expect(cal.londonDate('2025-12-19T16:40:00Z')).toBe('2025-12-19');
    expect(regionCalendar('scotland').isWorkingDay('2025-01-02')).toBe(false);
  });

  it('is frozen and recorded as made by the library, a new calendar on every call', () => {
    const cal = regionCalendar('northern-ireland');
    expect(Object.isFrozen(cal)).toBe(true);
    expect(madeByLibrary(cal)).toBe(true);
    expect(regionCalendar('northern-ireland')).not.toBe(cal);
  });

  it('refuses what is not a region, naming the argument, as createCalendar names its option', () => {
    for (const bad of ['wales', undefined, null, 3, { region: 'scotland' }]) {
      let thrown: unknown;
      try {
        regionCalendar(bad as never);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(HousingComplaintsError);
      expect(thrown).toMatchObject({ code: 'unknown-region', path: 'region' });
      expect((thrown as Error).message).toMatch(/region must be one of england-and-wales, scotland, northern-ireland, got /);
    }
    expect(() => createCalendar({ region: 'wales' as never })).toThrow(/options\.region must be one of england-and-wales, scotland, northern-ireland, got 'wales'/);
  });
});
