import { HousingComplaintsError } from '../core/errors.js';
import { dayNumberOf, daysInMonth, describe, type IsoDate, toDayNumber, weekday } from './dates.js';
import { dayName } from './names.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
let london: Intl.DateTimeFormat | undefined;

/**
 * Years in which UK summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
 * last Sunday of October (the Summer Time Order 2002 rule, in force since 1996; checked against the
 * Europe/London zone rules in test/calendar/london.test.ts). Outside them the platform's zone rules decide.
 */
const RULE_FROM = 1996;
const RULE_TO = 2040;

/** 01:00 UTC on the last Sunday of `month` (3 or 10) of `y`, in milliseconds. */
function lastSundayOneAm(y: number, month: number): number {
  const last = dayNumberOf(y, month, 31);
  return (last - weekday(last)) * MS_PER_DAY + MS_PER_HOUR;
}

/** The Europe/London day number of an instant. */
function londonDay(ms: number): number {
  const utcDay = Math.floor(ms / MS_PER_DAY);
  // An estimate of the UTC year, at most a few days out around 1 January: harmless, since summer time
  // starts and ends months away from the turn of the year.
  const y = 1970 + Math.floor(utcDay / 365.2425);
  if (y >= RULE_FROM && y <= RULE_TO) {
    const summer = ms >= lastSundayOneAm(y, 3) && ms < lastSundayOneAm(y, 10);
    return summer ? Math.floor((ms + MS_PER_HOUR) / MS_PER_DAY) : utcDay;
  }
  london ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric' });
  let yy = 0;
  let m = 0;
  let d = 0;
  let bc = false;
  for (const part of london.formatToParts(ms)) {
    if (part.type === 'year') yy = Number(part.value);
    else if (part.type === 'month') m = Number(part.value);
    else if (part.type === 'day') d = Number(part.value);
    else if (part.type === 'era') bc = part.value === 'BC';
  }
  // The formatter counts years by era: 1 BC is year 0000 of the proleptic Gregorian calendar ISO dates use.
  return dayNumberOf(bc ? 1 - yy : yy, m, d);
}

function invalidInstant(instant: unknown, why: string): HousingComplaintsError {
  return new HousingComplaintsError(
    'invalid-instant',
    `instant must be an ISO 8601 date-time with Z or an offset (e.g. '2025-06-13T23:30:00Z' or '2025-06-14T00:30:00+01:00'), a YYYY-MM-DD date, or a valid Date; ${why}, got ${describe(instant)}`,
    { path: 'instant' },
  );
}

function field(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Milliseconds since the epoch of an ISO 8601 date-time with `Z` or a `±HH:MM` offset
 * (`YYYY-MM-DDTHH:MM[:SS[.fff...]](Z|±HH:MM)`); `NaN` when malformed or not a real date and time.
 * Never throws. Shared with the lifecycle module's event-time checks. @internal
 *
 * @example
 * ```ts
 * parseInstant('1970-01-01T01:00:00+01:00'); // 0
 * parseInstant('2025-06-13T23:30:00');       // NaN: no offset
 * ```
 */
export function parseInstant(s: string): number {
  // YYYY-MM-DDTHH:MM[:SS[.fff...]](Z|±HH:MM)
  if (s.length < 17 || s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58 /* : */) return Number.NaN;
  const y = field(s, 0, 4);
  const mo = field(s, 5, 7);
  const d = field(s, 8, 10);
  if (s.charCodeAt(4) !== 45 /* - */ || s.charCodeAt(7) !== 45 || y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return Number.NaN;
  const h = field(s, 11, 13);
  const mi = field(s, 14, 16);
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58 /* : */) {
    sec = field(s, i + 1, i + 3);
    i += 3;
    if (s.charCodeAt(i) === 46 /* . */) {
      let j = i + 1;
      let scale = 100;
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) {
        ms += (s.charCodeAt(j) - 48) * scale;
        scale /= 10;
        j++;
      }
      if (j === i + 1) return Number.NaN;
      i = j;
    }
  }
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return Number.NaN;
  // The zone, read in place (no slice: this runs once per lifecycle event): Z or ±HH:MM.
  let offsetMinutes = 0;
  const rest = s.length - i;
  const sign = s.charCodeAt(i);
  if (!(rest === 1 && sign === 90) /* Z */) {
    if (rest !== 6 || (sign !== 43 /* + */ && sign !== 45) /* - */ || s.charCodeAt(i + 3) !== 58 /* : */) return Number.NaN;
    const oh = field(s, i + 1, i + 3);
    const om = field(s, i + 4, i + 6);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  return dayNumberOf(y, mo, d) * MS_PER_DAY + ((h * 60 + mi - offsetMinutes) * 60 + sec) * 1000 + Math.floor(ms);
}

/**
 * The Europe/London calendar date of an instant: an ISO 8601 date-time with `Z` or an offset, or a
 * `Date`. A plain `YYYY-MM-DD` is already a calendar date and is returned as it is (after checking it).
 * The result never depends on the host's time zone. A date-time without an offset is rejected: it
 * does not say which instant it means.
 *
 * @example
 * ```ts
 * londonDate('2025-06-13T23:30:00Z');      // '2025-06-14': 00:30 BST on Saturday
 * londonDate('2025-06-14T00:30:00+01:00'); // '2025-06-14'
 * londonDate('2025-01-10T23:30:00Z');      // '2025-01-10': GMT in winter
 * ```
 */
export function londonDate(instant: string | Date): IsoDate {
  let ms: number;
  if (typeof instant === 'string') {
    if (instant.length === 10) {
      toDayNumber(instant, 'instant');
      return instant;
    }
    ms = parseInstant(instant);
    if (Number.isNaN(ms)) throw invalidInstant(instant, 'it is not written that way or is not a real date and time');
  } else if (Object.prototype.toString.call(instant) === '[object Date]') {
    ms = (instant as Date).getTime();
    if (Number.isNaN(ms)) throw invalidInstant(instant, 'the Date is invalid');
  } else {
    throw invalidInstant(instant, 'it is neither a string nor a Date');
  }
  const day = londonDay(ms);
  // A London date must be writable as YYYY-MM-DD: an instant late on 9999-12-31 UTC-5 is already year 10000 in London.
  if (day < FIRST_WRITABLE_DAY || day > LAST_WRITABLE_DAY) throw invalidInstant(instant, 'its London date is outside the years 0000 to 9999');
  return dayName(day);
}

const FIRST_WRITABLE_DAY = dayNumberOf(0, 1, 1);
const LAST_WRITABLE_DAY = dayNumberOf(9999, 12, 31);
