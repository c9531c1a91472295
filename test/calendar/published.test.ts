import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_CORRECTIONS, createCalendar, REGIONS } from '../../src/calendar/index.js';
import { dateHolidaysWeekdays } from './date-holidays-oracle.js';
import { FIRST_PUBLISHED_YEAR, GOV_UK_BANK_HOLIDAYS, LAST_PUBLISHED_YEAR } from './gov-uk-bank-holidays.js';

const MS_PER_DAY = 86_400_000;
function weekdaysOf(year: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += MS_PER_DAY) {
    const w = new Date(t).getUTCDay();
    if (w !== 0 && w !== 6) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe(`the calendar's bank holidays equal GOV.UK's published lists (${FIRST_PUBLISHED_YEAR} to ${LAST_PUBLISHED_YEAR})`, () => {
  for (const region of REGIONS) {
    it(`${region}: every weekday of every published year`, () => {
      const cal = createCalendar({ region });
      const published = new Set(GOV_UK_BANK_HOLIDAYS[region].map(([d]) => d));
      for (let year = FIRST_PUBLISHED_YEAR; year <= LAST_PUBLISHED_YEAR; year++) {
        const ours = weekdaysOf(year).filter((d) => cal.isBankHoliday(d));
        const theirs = [...published].filter((d) => d.startsWith(`${year}-`)).sort();
        expect({ year, days: ours }).toEqual({ year, days: theirs });
        for (const d of theirs) expect(cal.isWorkingDay(d)).toBe(false);
      }
    });
  }
  it('GOV.UK lists only weekdays (the observed day of a weekend holiday is its substitute)', () => {
    for (const region of REGIONS) {
      for (const [d] of GOV_UK_BANK_HOLIDAYS[region]) expect([0, 6]).not.toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
    }
  });
});

describe('corrections against date-holidays: exactly the differences from the published lists, each cited', () => {
  it('every correction cites GOV.UK and every difference has a correction', () => {
    const found: string[] = [];
    for (const region of REGIONS) {
      const published = GOV_UK_BANK_HOLIDAYS[region].map(([d]) => d);
      for (let year = FIRST_PUBLISHED_YEAR; year <= LAST_PUBLISHED_YEAR; year++) {
        const theirs = new Set(published.filter((d) => d.startsWith(`${year}-`)));
        const dh = new Set(dateHolidaysWeekdays(region, year));
        for (const d of theirs) if (!dh.has(d)) found.push(`${region} add ${d}`);
        for (const d of dh) if (!theirs.has(d)) found.push(`${region} remove ${d}`);
      }
    }
    const carried = BANK_HOLIDAY_CORRECTIONS.flatMap((c) => c.regions.map((r) => `${r} ${c.change} ${c.date}`));
    expect(carried.sort()).toEqual(found.sort());
    for (const c of BANK_HOLIDAY_CORRECTIONS) expect(c.source.note).toMatch(/GOV\.UK/);
  });
  it('2012: Spring bank holiday moved from 28 May to 4 June for the Diamond Jubilee (GOV.UK 2012, all divisions)', () => {
    for (const region of REGIONS) {
      const cal = createCalendar({ region });
      expect(cal.isWorkingDay('2012-05-28')).toBe(true);
      expect(cal.isBankHoliday('2012-06-04')).toBe(true);
      expect(cal.isBankHoliday('2012-06-05')).toBe(true);
      // Thu 31 May 2012 + 2: Fri 1 June, then 4 and 5 June are bank holidays, so Wed 6 June.
      expect(cal.addWorkingDays('2012-05-31', 2)).toBe('2012-06-06');
    }
  });
});
