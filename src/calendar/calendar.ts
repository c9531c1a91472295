import Holidays from 'date-holidays';
import { HousingComplaintsError } from '../core/errors.js';
import { describe, fromDayNumber, type IsoDate, toDayNumber, weekday } from './dates.js';

/** The UK jurisdictions with their own bank holidays. England and Wales share one list. */
export const REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
/** One of {@link REGIONS}. */
export type Region = (typeof REGIONS)[number];

/** Options for {@link createCalendar}. */
export interface CreateCalendarOptions {
  /** Whose bank holidays apply. */
  readonly region: Region;
  /** The organisation's own non-working days (`YYYY-MM-DD`), e.g. a Christmas office closure. */
  readonly closures?: readonly IsoDate[];
}

/**
 * Working days (Monday to Friday, not a bank holiday, not a closure) on Europe/London calendar dates.
 */
export interface WorkingDayCalendar {
  readonly region: Region;
  /** True when `date` is a working day. */
  isWorkingDay(date: IsoDate): boolean;
  /** The `n`th working day after `date` (day 0 is `date` itself); `n` is a whole number >= 0. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The number of working days after `from` up to and including `to` (negative when `to` is earlier). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** The first working day after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The Europe/London calendar date of an instant (an ISO string with an offset, or a `Date`). */
  londonDate(instant: string | Date): IsoDate;
}

const STATE: Record<Region, string> = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' };

/**
 * Creates a working-day calendar for a UK region.
 *
 * @example
 * ```ts
 * const cal = createCalendar({ region: 'england-and-wales' });
 * cal.addWorkingDays('2024-12-20', 10); // '2025-01-08': Christmas Day, Boxing Day and New Year's Day are skipped
 * ```
 */
export function createCalendar(options: CreateCalendarOptions): WorkingDayCalendar {
  if (typeof options !== 'object' || options === null) {
    throw new HousingComplaintsError('invalid-options', `createCalendar options must be an object, got ${describe(options)}`, { path: 'options' });
  }
  const { region } = options;
  if (!(REGIONS as readonly string[]).includes(region as string)) {
    throw new HousingComplaintsError('unknown-region', `options.region must be one of ${REGIONS.join(', ')}, got ${describe(region)}`, { path: 'options.region' });
  }
  const closures = new Set<number>();
  (options.closures ?? []).forEach((d, i) => closures.add(toDayNumber(d, `options.closures[${i}]`)));
  const holidays = new Holidays('GB', STATE[region]);
  const holidayYears = new Map<number, Set<number>>();

  const holidaysOf = (year: number): Set<number> => {
    let set = holidayYears.get(year);
    if (!set) {
      set = new Set();
      for (const h of holidays.getHolidays(year)) {
        if (h.type === 'public' || h.type === 'bank') set.add(toDayNumber(h.date.slice(0, 10), 'holiday'));
      }
      holidayYears.set(year, set);
    }
    return set;
  };
  const working = (day: number): boolean => {
    const w = weekday(day);
    if (w === 0 || w === 6 || closures.has(day)) return false;
    return !holidaysOf(new Date(day * 86_400_000).getUTCFullYear()).has(day);
  };
  const checkN = (n: unknown): number => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 100_000) {
      throw new HousingComplaintsError('invalid-working-days', `n must be a whole number of working days from 0 to 100000, got ${describe(n)}`, { path: 'n' });
    }
    return n;
  };

  return {
    region,
    isWorkingDay: (date) => working(toDayNumber(date, 'date')),
    addWorkingDays(date, n) {
      let day = toDayNumber(date, 'date');
      let left = checkN(n);
      while (left > 0) {
        day += 1;
        if (working(day)) left -= 1;
      }
      return fromDayNumber(day);
    },
    workingDaysBetween(from, to) {
      const a = toDayNumber(from, 'from');
      const b = toDayNumber(to, 'to');
      let count = 0;
      for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (working(d)) count++;
      return b >= a ? count : -count;
    },
    nextWorkingDay(date) {
      let day = toDayNumber(date, 'date') + 1;
      while (!working(day)) day += 1;
      return fromDayNumber(day);
    },
    londonDate: londonDate,
  };
}

const LONDON = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The Europe/London calendar date of an instant: an ISO 8601 string with `Z` or an offset, or a `Date`.
 *
 * @example
 * ```ts
 * londonDate('2025-06-13T23:30:00Z'); // '2025-06-14' (00:30 BST on Saturday)
 * ```
 */
export function londonDate(instant: string | Date): IsoDate {
  let ms: number;
  if (instant instanceof Date) {
    ms = instant.getTime();
  } else if (typeof instant === 'string' && INSTANT.test(instant)) {
    toDayNumber(instant.slice(0, 10), 'instant');
    ms = Date.parse(instant);
  } else {
    throw new HousingComplaintsError('invalid-instant', `instant must be an ISO 8601 date-time with Z or an offset (e.g. 2025-06-13T23:30:00Z), or a Date, got ${describe(instant)}`, { path: 'instant' });
  }
  if (!Number.isFinite(ms)) {
    throw new HousingComplaintsError('invalid-instant', 'instant is an invalid Date or time', { path: 'instant' });
  }
  return LONDON.format(ms);
}
