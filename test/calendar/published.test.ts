import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_CORRECTIONS, createCalendar, REGIONS } from '../../src/calendar/index.js';
import { dateHolidaysWeekdays } from './date-holidays-oracle.js';
import { FEED_COPY, FIRST_PUBLISHED_YEAR, GOV_UK_BANK_HOLIDAYS, LAST_PUBLISHED_YEAR } from './gov-uk-feed.js';

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
  it('the built-in copy of the feed is dated, sourced and covers 2012 to 2028', () => {
    expect(FEED_COPY.about).toMatchObject({ source: 'https://www.gov.uk/bank-holidays.json', transcribed: '2026-12-02', years: [2012, 2028] });
    for (const region of REGIONS) expect(FEED_COPY.feed[region].division).toBe(region);
  });
  for (const region of REGIONS) {
    it(`${region}: every weekday of every published year is a bank holiday exactly when GOV.UK lists it`, () => {
      const cal = createCalendar({ region });
      const published = new Set(GOV_UK_BANK_HOLIDAYS[region].map(([d]) => d));
      for (let year = FIRST_PUBLISHED_YEAR; year <= LAST_PUBLISHED_YEAR; year++) {
        const days = weekdaysOf(year);
        expect({ year, days: days.filter((d) => cal.isBankHoliday(d)) }).toEqual({ year, days: days.filter((d) => published.has(d)) });
        expect({ year, working: days.filter((d) => cal.isWorkingDay(d)) }).toEqual({ year, working: days.filter((d) => !published.has(d)) });
      }
    });
  }
  it('GOV.UK lists only weekdays (the observed day of a weekend holiday is its substitute)', () => {
    for (const region of REGIONS) {
      for (const [d] of GOV_UK_BANK_HOLIDAYS[region]) expect([0, 6]).not.toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
    }
  });
});

describe('announced and substitute days the published lists settle', () => {
  // "we, in pursuance of section 1(3) of the Banking and Financial Dealings Act 1971, do hereby appoint
  // Monday, the fifteenth day of June in the year 2026 to be a bank holiday in Scotland" (Royal
  // Proclamation, 4 February 2026); GOV.UK's Scotland list: "World Cup bank holiday", 15 June 2026.
  it('Scotland: Monday 15 June 2026, World Cup bank holiday, is not a working day; elsewhere it is', () => {
    const scotland = createCalendar({ region: 'scotland' });
    expect(scotland.isBankHoliday('2026-06-15')).toBe(true);
    // Received Friday 12 June 2026: day 1 Tue 16, day 5 Mon 22 June (not Fri 19 June).
    expect(scotland.addWorkingDays('2026-06-12', 5)).toBe('2026-06-22');
    for (const region of ['england-and-wales', 'northern-ireland'] as const) {
      expect(createCalendar({ region }).isWorkingDay('2026-06-15')).toBe(true);
      expect(createCalendar({ region }).addWorkingDays('2026-06-12', 5)).toBe('2026-06-19');
    }
  });
  const substitutes: [string, readonly (typeof REGIONS)[number][]][] = [
    ['2026-12-28', REGIONS],
    ['2027-01-04', ['scotland']],
    ['2027-12-27', REGIONS],
    ['2027-12-28', REGIONS],
    ['2028-01-03', REGIONS],
    ['2028-01-04', ['scotland']],
    ['2026-07-13', ['northern-ireland']],
  ];
  for (const [date, regions] of substitutes) {
    it(`${date}: a substitute day in ${regions.join(', ')} only (GOV.UK lists it with notes "Substitute day")`, () => {
      for (const region of REGIONS) {
        const listed = FEED_COPY.feed[region].events.find((e) => e.date === date);
        expect(listed?.notes ?? 'not listed').toBe(regions.includes(region) ? 'Substitute day' : 'not listed');
        expect(createCalendar({ region }).isBankHoliday(date)).toBe(regions.includes(region));
      }
    });
  }
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

describe('BANK_HOLIDAY_CORRECTIONS (deprecated, information only): exactly the differences between date-holidays and the published lists', () => {
  it('every entry cites GOV.UK and every difference has an entry', () => {
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
});
