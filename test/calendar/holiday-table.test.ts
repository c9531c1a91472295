import { describe, expect, it } from 'vitest';
import { BUILT_IN_PUBLISHED_THROUGH, FIRST_SUPPORTED_YEAR, HOLIDAY_TABLE, LAST_SUPPORTED_YEAR } from '../../src/calendar/holiday-table.js';
import { REGIONS } from '../../src/calendar/regions.js';
import { dateHolidaysWeekdays } from './date-holidays-oracle.js';
import { FIRST_PUBLISHED_YEAR, GOV_UK_BANK_HOLIDAYS, LAST_PUBLISHED_YEAR } from './gov-uk-feed.js';

// The committed table must be exactly the feed copy's weekdays for its years and date-holidays' answer
// (public and bank holidays, substitute days included, weekdays only) for the years after. Regenerate
// with `npx tsx test/calendar/generate-holiday-table.ts` after updating the feed copy or date-holidays.
describe('generated holiday table equals its sources', () => {
  it(`covers ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR} for every region; published through the feed copy's last year`, () => {
    for (const region of REGIONS) expect(HOLIDAY_TABLE[region]).toHaveLength(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);
    expect([FIRST_SUPPORTED_YEAR, BUILT_IN_PUBLISHED_THROUGH]).toEqual([FIRST_PUBLISHED_YEAR, LAST_PUBLISHED_YEAR]);
  });
  for (const region of REGIONS) {
    it(`${region}: GOV.UK's list to ${LAST_PUBLISHED_YEAR}, date-holidays from ${LAST_PUBLISHED_YEAR + 1} to ${LAST_SUPPORTED_YEAR}`, () => {
      const published = GOV_UK_BANK_HOLIDAYS[region].map(([d]) => d);
      for (let year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
        const fromTable = (HOLIDAY_TABLE[region][year - FIRST_SUPPORTED_YEAR] ?? '').split(' ').filter(Boolean).map((mmdd) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
        const expected = year <= LAST_PUBLISHED_YEAR ? published.filter((d) => d.startsWith(`${year}-`)).sort() : dateHolidaysWeekdays(region, year);
        expect({ year, days: fromTable }).toEqual({ year, days: expected });
      }
    });
  }
});
