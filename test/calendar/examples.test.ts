// Examples from GOV.UK's published bank holiday lists (https://www.gov.uk/bank-holidays), each
// expected value worked out by hand from those lists and a wall calendar, never from the code.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';

const ew = createCalendar({ region: 'england-and-wales' });
const scot = createCalendar({ region: 'scotland' });
const ni = createCalendar({ region: 'northern-ireland' });

describe('day 0 is the start date (DESIGN.md Dates; Code 6.2 "within 5 working days of receipt")', () => {
  it('n = 0 returns the start date itself, even a Saturday', () => {
    expect(ew.addWorkingDays('2025-06-14', 0)).toBe('2025-06-14');
  });
  it('receipt on Saturday 14 June 2025: Monday 16 is day 1, Friday 20 is day 5', () => {
    expect(ew.addWorkingDays('2025-06-14', 1)).toBe('2025-06-16');
    expect(ew.addWorkingDays('2025-06-14', 5)).toBe('2025-06-20');
    expect(ew.workingDaysBetween('2025-06-14', '2025-06-20')).toBe(5);
  });
  it('receipt on Wednesday 4 June 2025: day 5 is Wednesday 11 June, day 10 Wednesday 18 June', () => {
    expect(ew.addWorkingDays('2025-06-04', 5)).toBe('2025-06-11');
    expect(ew.addWorkingDays('2025-06-04', 10)).toBe('2025-06-18');
  });
  it('workingDaysBetween counts after `from` up to and including `to`, negative backwards', () => {
    expect(ew.workingDaysBetween('2025-06-16', '2025-06-16')).toBe(0);
    expect(ew.workingDaysBetween('2025-06-16', '2025-06-17')).toBe(1);
    expect(ew.workingDaysBetween('2025-06-20', '2025-06-14')).toBe(-5);
  });
});

describe('Christmas and New Year runs (GOV.UK)', () => {
  it('England and Wales 2024/25: 25, 26 Dec and 1 Jan skipped', () => {
    expect(ew.addWorkingDays('2024-12-20', 5)).toBe('2024-12-31');
    expect(ew.addWorkingDays('2024-12-20', 10)).toBe('2025-01-08');
    expect(ew.workingDaysBetween('2024-12-20', '2025-01-08')).toBe(10);
  });
  it('England and Wales 2022/23: Boxing Day Mon 26, Christmas substitute Tue 27, New Year substitute Mon 2 Jan', () => {
    expect(ew.nextWorkingDay('2022-12-23')).toBe('2022-12-28');
    expect(ew.addWorkingDays('2022-12-23', 4)).toBe('2023-01-03');
  });
  it('Scotland 2022/23: also 2nd January substitute on Tue 3 Jan 2023', () => {
    expect(scot.addWorkingDays('2022-12-23', 4)).toBe('2023-01-04');
    expect(scot.isWorkingDay('2023-01-03')).toBe(false);
    expect(ew.isWorkingDay('2023-01-03')).toBe(true);
  });
  it('England and Wales 2021/22: Christmas and Boxing Day substitutes Mon 27, Tue 28 Dec; New Year substitute Mon 3 Jan', () => {
    // Fri 24 Dec 2021 + 1: 27, 28 are bank holidays -> Wed 29. + 3: Wed 29, Thu 30, Fri 31 -> Fri 31; + 4 -> Tue 4 Jan.
    expect(ew.nextWorkingDay('2021-12-24')).toBe('2021-12-29');
    expect(ew.addWorkingDays('2021-12-24', 3)).toBe('2021-12-31');
    expect(ew.addWorkingDays('2021-12-24', 4)).toBe('2022-01-04');
  });
  it('England and Wales 2026: Boxing Day (Saturday) substitute Monday 28 December', () => {
    expect(ew.isWorkingDay('2026-12-28')).toBe(false);
    expect(ew.nextWorkingDay('2026-12-24')).toBe('2026-12-29');
  });
});

describe('Easter (GOV.UK): Good Friday everywhere, Easter Monday not in Scotland', () => {
  it('2025: Good Friday 18 April, Easter Monday 21 April', () => {
    expect(ew.addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(ni.addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    expect(scot.addWorkingDays('2025-04-17', 1)).toBe('2025-04-21');
    expect(scot.isBankHoliday('2025-04-21')).toBe(false);
  });
  it('2024: Good Friday 29 March, Easter Monday 1 April', () => {
    expect(ew.addWorkingDays('2024-03-28', 2)).toBe('2024-04-03');
    expect(scot.addWorkingDays('2024-03-28', 2)).toBe('2024-04-02');
  });
});

describe('one-off and moved days (GOV.UK)', () => {
  it('2020: early May bank holiday moved to Friday 8 May for VE day; Monday 4 May a working day', () => {
    for (const cal of [ew, scot, ni]) {
      expect(cal.isWorkingDay('2020-05-04')).toBe(true);
      expect(cal.isWorkingDay('2020-05-08')).toBe(false);
      expect(cal.addWorkingDays('2020-05-07', 1)).toBe('2020-05-11');
    }
  });
  it('2022: Spring bank holiday Thursday 2 June and Platinum Jubilee Friday 3 June; Monday 30 May a working day', () => {
    for (const cal of [ew, scot, ni]) {
      expect(cal.isWorkingDay('2022-05-30')).toBe(true);
      expect(cal.addWorkingDays('2022-06-01', 1)).toBe('2022-06-06');
    }
  });
  it("2022: the Queen's state funeral, Monday 19 September", () => {
    for (const cal of [ew, scot, ni]) expect(cal.addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
  });
  it('2023: the coronation of King Charles III, Monday 8 May, a week after the early May bank holiday', () => {
    // Fri 28 Apr 2023: Mon 1 May bank holiday; Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4); Mon 8 bank holiday; Tue 9 (5).
    for (const cal of [ew, scot, ni]) expect(cal.addWorkingDays('2023-04-28', 5)).toBe('2023-05-09');
  });
});

describe('Scotland (GOV.UK): 2nd January, St Andrew\'s Day, summer bank holiday in early August', () => {
  it('2 January 2025 (Thursday) is a bank holiday in Scotland only', () => {
    expect(scot.addWorkingDays('2024-12-31', 1)).toBe('2025-01-03');
    expect(ew.addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
  });
  it("St Andrew's Day 2025 falls on a Sunday: substitute Monday 1 December", () => {
    expect(scot.isWorkingDay('2025-12-01')).toBe(false);
    expect(scot.addWorkingDays('2025-11-28', 1)).toBe('2025-12-02');
    expect(ew.addWorkingDays('2025-11-28', 1)).toBe('2025-12-01');
  });
  it("St Andrew's Day 2024 falls on a Saturday: substitute Monday 2 December", () => {
    expect(scot.isBankHoliday('2024-12-02')).toBe(true);
    expect(ew.isBankHoliday('2024-12-02')).toBe(false);
  });
  it("St Andrew's Day 2023 is Thursday 30 November", () => {
    expect(scot.addWorkingDays('2023-11-29', 1)).toBe('2023-12-01');
  });
  it('summer bank holiday: first Monday of August in Scotland (4 Aug 2025), last Monday elsewhere (25 Aug 2025)', () => {
    expect(scot.isWorkingDay('2025-08-04')).toBe(false);
    expect(scot.isWorkingDay('2025-08-25')).toBe(true);
    expect(ew.isWorkingDay('2025-08-04')).toBe(true);
    expect(ew.isWorkingDay('2025-08-25')).toBe(false);
    expect(ni.isWorkingDay('2025-08-25')).toBe(false);
  });
});

describe("Northern Ireland (GOV.UK): St Patrick's Day and the Battle of the Boyne", () => {
  it("St Patrick's Day 2025 is Monday 17 March", () => {
    expect(ni.addWorkingDays('2025-03-14', 1)).toBe('2025-03-18');
    expect(ew.addWorkingDays('2025-03-14', 1)).toBe('2025-03-17');
  });
  it("St Patrick's Day 2024 falls on a Sunday: substitute Monday 18 March", () => {
    expect(ni.isWorkingDay('2024-03-18')).toBe(false);
    expect(ni.addWorkingDays('2024-03-15', 1)).toBe('2024-03-19');
  });
  it('12 July 2025 falls on a Saturday: substitute Monday 14 July', () => {
    expect(ni.isBankHoliday('2025-07-14')).toBe(true);
    expect(ni.addWorkingDays('2025-07-11', 1)).toBe('2025-07-15');
    expect(ew.addWorkingDays('2025-07-11', 1)).toBe('2025-07-14');
  });
  it('12 July 2026 falls on a Sunday: substitute Monday 13 July; 12 July 2024 is a Friday', () => {
    expect(ni.isWorkingDay('2026-07-13')).toBe(false);
    expect(ni.isWorkingDay('2024-07-12')).toBe(false);
    expect(scot.isWorkingDay('2024-07-12')).toBe(true);
  });
});

describe('closures (an organisation\'s own non-working days) on top of bank holidays', () => {
  it('a Christmas closure 24 Dec to 31 Dec 2025 overlapping 25, 26 Dec and 1 Jan is not counted twice', () => {
    const closed = createCalendar({ region: 'england-and-wales', closures: ['2025-12-24', '2025-12-25', '2025-12-26', '2025-12-29', '2025-12-30', '2025-12-31'] });
    // Tue 23 Dec + 1: everything to Thu 1 Jan (bank holiday) is closed -> Fri 2 Jan 2026.
    expect(closed.addWorkingDays('2025-12-23', 1)).toBe('2026-01-02');
    expect(closed.workingDaysBetween('2025-12-23', '2026-01-02')).toBe(1);
    expect(closed.isBankHoliday('2025-12-29')).toBe(false);
    expect(closed.isWorkingDay('2025-12-29')).toBe(false);
  });
  it('the example in examples/deadlines.ts: closure 29-31 Dec 2025, receipt Friday 19 Dec', () => {
    const closed = createCalendar({ region: 'england-and-wales', closures: ['2025-12-29', '2025-12-30', '2025-12-31'] });
    // Mon 22 (1), Tue 23 (2), Wed 24 (3); 25, 26 bank holidays; 29-31 closed; 1 Jan bank holiday; Fri 2 Jan (4); Mon 5 Jan (5).
    expect(closed.addWorkingDays('2025-12-19', 5)).toBe('2026-01-05');
    expect(ew.addWorkingDays('2025-12-19', 5)).toBe('2025-12-30');
  });
  it('a closure on a weekend changes nothing', () => {
    const closed = createCalendar({ region: 'england-and-wales', closures: ['2025-06-14'] });
    expect(closed.addWorkingDays('2025-06-13', 1)).toBe('2025-06-16');
  });
});

describe('bank holidays announced after release: extraBankHolidays and cancelledBankHolidays', () => {
  it('an extra bank holiday counts like a built-in one', () => {
    const cal = createCalendar({ region: 'england-and-wales', extraBankHolidays: ['2026-06-08'] });
    expect(cal.isBankHoliday('2026-06-08')).toBe(true);
    expect(cal.addWorkingDays('2026-06-05', 1)).toBe('2026-06-09');
    expect(ew.addWorkingDays('2026-06-05', 1)).toBe('2026-06-08');
  });
  it('a moved bank holiday: cancel the old day and add the new one (as in 2020, early May moved to Friday 8 May)', () => {
    const cal = createCalendar({ region: 'england-and-wales', cancelledBankHolidays: ['2026-05-04'], extraBankHolidays: ['2026-05-08'] });
    expect(cal.isWorkingDay('2026-05-04')).toBe(true);
    expect(cal.isWorkingDay('2026-05-08')).toBe(false);
    expect(cal.addWorkingDays('2026-05-01', 5)).toBe('2026-05-11');
    expect(ew.addWorkingDays('2026-05-01', 5)).toBe('2026-05-11');
    expect(ew.addWorkingDays('2026-05-01', 4)).toBe('2026-05-08');
    expect(cal.addWorkingDays('2026-05-01', 4)).toBe('2026-05-07');
  });
});

describe('TSDoc examples hold', () => {
  it('nextWorkingDay after Christmas Eve 2025 is Monday 29 December', () => {
    expect(ew.nextWorkingDay('2025-12-24')).toBe('2025-12-29');
  });
});
