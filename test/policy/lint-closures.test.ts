import { describe, expect, it } from 'vitest';
import { FIRST_DAY, LAST_DAY, isBuiltInWorkingDay } from '../../src/calendar/built-in.js';
import { createCalendar, REGIONS } from '../../src/calendar/index.js';
import { fromDayNumber } from '../../src/calendar/dates.js';
import { lintPolicy, policies } from '../../src/policy/index.js';

// The lint counts a closure's Code working days from the built-in bank holidays directly, without
// building a calendar (so that `lintPolicy` bundles without the calendar's feed and time-zone code).
describe("the lint's working days, read without a calendar", () => {
  it('are the built-in calendar\'s working days, on every supported day in every region', () => {
    for (const region of REGIONS) {
      const calendar = createCalendar({ region });
      let differ = 0;
      let working = 0;
      for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
        const expected = calendar.isWorkingDay(fromDayNumber(day));
        if (isBuiltInWorkingDay(region, day) !== expected) differ++;
        if (expected) working++;
      }
      expect(differ).toBe(0);
      // Weekends and bank holidays are off: about 252 working days a year over 29 years.
      expect(working).toBeGreaterThan(29 * 245);
      expect(working).toBeLessThan(29 * 262);
    }
  });

  it('a draft with an unknown region and a closure gets the invalid-value breach on its region, not an error', () => {
    const draft = { ...JSON.parse(JSON.stringify(policies.wellington)), region: 'wales', closures: [{ every: 'year', from: '12-18', to: '01-06', source: { note: 'closed over Christmas' } }] };
    const findings = lintPolicy(draft);
    expect(findings.filter((f) => f.path === 'region').map((f) => [f.severity, f.code])).toEqual([['breach', 'invalid-value']]);
    expect(findings.filter((f) => f.code === 'closure-makes-timescale-unreachable')).toEqual([]);
    // The same closure under a known region is measured.
    const known = lintPolicy({ ...draft, region: 'england-and-wales' }).filter((f) => f.code === 'closure-makes-timescale-unreachable');
    // 18 December to 6 January: more than 10 working days, fewer than 20.
    expect(known.map((f) => f.source.provision)).toEqual(['6.2', '6.3', '6.11']);
  });
});
