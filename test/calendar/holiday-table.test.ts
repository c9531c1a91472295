import { describe, expect, it } from 'vitest';
import { DATE_HOLIDAYS_TABLE, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../../src/calendar/holiday-table.js';
import { REGIONS } from '../../src/calendar/regions.js';
import { dateHolidaysWeekdays } from './date-holidays-oracle.js';

// The committed table must be exactly date-holidays' answer (public and bank holidays, substitute days
// included, weekdays only) for every supported year and region. Regenerate with
// `npx tsx test/calendar/generate-holiday-table.ts` after upgrading date-holidays.
describe('generated holiday table equals date-holidays', () => {
  it(`covers ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR} for every region`, () => {
    for (const region of REGIONS) expect(DATE_HOLIDAYS_TABLE[region]).toHaveLength(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);
  });
  for (const region of REGIONS) {
    it(`${region}: every year from ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}`, () => {
      for (let year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
        const fromTable = (DATE_HOLIDAYS_TABLE[region][year - FIRST_SUPPORTED_YEAR] ?? '').split(' ').filter(Boolean).map((mmdd) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
        expect({ year, days: fromTable }).toEqual({ year, days: dateHolidaysWeekdays(region, year) });
      }
    });
  }
});
