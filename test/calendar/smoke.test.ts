import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';

describe('host time zone', () => {
  it('is the zone this project was asked to run under', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ === 'UTC' ? 'UTC' : process.env.TZ);
  });
  it('Christmas 2024 run (GOV.UK list: 25, 26 Dec 2024 and 1 Jan 2025 are bank holidays)', () => {
    const cal = createCalendar({ region: 'england-and-wales' });
    expect(cal.addWorkingDays('2024-12-20', 5)).toBe('2024-12-31');
    expect(cal.addWorkingDays('2024-12-20', 10)).toBe('2025-01-08');
  });
});
