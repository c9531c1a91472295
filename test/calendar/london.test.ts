// Instants become Europe/London calendar dates whatever the host's time zone (DESIGN.md Dates; issue 2).
// This file runs under TZ=UTC, Europe/London, America/Los_Angeles and Pacific/Kiritimati.
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { createCalendar, londonDate } from '../../src/calendar/index.js';

const cal = createCalendar({ region: 'england-and-wales' });

describe('londonDate', () => {
  it('a receipt at 00:30 BST on a Saturday is a Saturday receipt', () => {
    expect(londonDate('2025-06-14T00:30:00+01:00')).toBe('2025-06-14');
    expect(cal.londonDate('2025-06-14T00:30:00+01:00')).toBe('2025-06-14');
  });
  it('23:30 UTC on a Friday in summer is a Saturday in London', () => {
    expect(londonDate('2025-06-13T23:30:00Z')).toBe('2025-06-14');
    expect(londonDate(new Date(Date.UTC(2025, 5, 13, 23, 30)))).toBe('2025-06-14');
  });
  it('23:30 UTC on a Friday in winter is still Friday in London (GMT)', () => {
    expect(londonDate('2025-01-10T23:30:00Z')).toBe('2025-01-10');
  });
  it('the same instant written with other offsets', () => {
    expect(londonDate('2025-06-13T16:30:00-07:00')).toBe('2025-06-14');
    expect(londonDate('2025-06-14T08:30:00+09:00')).toBe('2025-06-14');
    expect(londonDate('2025-06-14T00:30:00.123+01:00')).toBe('2025-06-14');
    expect(londonDate('2025-06-13T23:29:59.999Z')).toBe('2025-06-14');
    expect(londonDate('2025-06-13T22:59:59.999Z')).toBe('2025-06-13');
    expect(londonDate('2025-06-13T23:30Z')).toBe('2025-06-14');
  });
  it('clock changes: BST starts 01:00 UTC on 30 March 2025 and ends 01:00 UTC on 26 October 2025', () => {
    expect(londonDate('2025-03-29T23:30:00Z')).toBe('2025-03-29'); // still GMT
    expect(londonDate('2025-03-30T23:30:00Z')).toBe('2025-03-31'); // BST: 00:30 on Monday
    expect(londonDate('2025-10-25T23:30:00Z')).toBe('2025-10-26'); // BST: 00:30 on Sunday
    expect(londonDate('2025-10-26T23:30:00Z')).toBe('2025-10-26'); // GMT again
  });
  it('a plain YYYY-MM-DD is already a calendar date and comes back unchanged', () => {
    expect(londonDate('2025-06-14')).toBe('2025-06-14');
  });
  it('a Saturday receipt: the stage 1 acknowledgement is due on Friday (Code 6.2, 5 working days of receipt)', () => {
    expect(cal.addWorkingDays(cal.londonDate('2025-06-13T23:30:00Z'), 5)).toBe('2025-06-20');
    // A Friday receipt at 22:30 UTC (23:30 BST) is a Friday receipt: day 5 is Friday 20 June too,
    // counted from Friday: Mon 16 (1) ... Thu 19 (4), Fri 20 (5).
    expect(cal.addWorkingDays(cal.londonDate('2025-06-13T22:30:00Z'), 5)).toBe('2025-06-20');
    expect(cal.addWorkingDays(cal.londonDate('2025-06-13T22:30:00Z'), 1)).toBe('2025-06-16');
  });
  it('agrees with the platform\'s Europe/London zone rules for any instant from 1990 to 2045', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
    const viaIntl = (ms: number) => {
      const p = Object.fromEntries(zone.formatToParts(ms).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2045, 11, 31) }), (ms) => {
        expect(londonDate(new Date(ms))).toBe(viaIntl(ms));
      }),
      { numRuns: runs(5) },
    );
    // Every clock change 1996-2040, a minute either side (01:00 UTC on the last Sundays of March and October).
    for (let y = 1996; y <= 2040; y++) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(y, month + 1, 0));
        const change = Date.UTC(y, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (const ms of [change - 60_000, change, change + 60_000, change + 23 * 3_600_000 - 60_000, change + 23 * 3_600_000]) {
          expect(londonDate(new Date(ms))).toBe(viaIntl(ms));
        }
      }
    }
  });
  it('agrees with the UK summer time rule (last Sunday of March to last Sunday of October, 01:00 UTC) for any instant 2012-2040', () => {
    const lastSunday = (y: number, month: number) => {
      const last = new Date(Date.UTC(y, month + 1, 0));
      return Date.UTC(y, month, last.getUTCDate() - last.getUTCDay(), 1);
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2012, 0, 1), max: Date.UTC(2040, 11, 31) }), (ms) => {
        const y = new Date(ms).getUTCFullYear();
        const bst = ms >= lastSunday(y, 2) && ms < lastSunday(y, 9);
        const expected = new Date(ms + (bst ? 3_600_000 : 0)).toISOString().slice(0, 10);
        expect(londonDate(new Date(ms))).toBe(expected);
        expect(londonDate(new Date(ms).toISOString())).toBe(expected);
      }),
      { numRuns: runs(5) },
    );
  });
});
