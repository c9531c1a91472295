import { HousingComplaintsError } from '../core/errors.js';
import { dayNumberOf, describe, fromDayNumber, type IsoDate, toDayNumber, weekday } from './dates.js';
import { dayName, supportedOffset } from './names.js';
import { closureRule, eachClosedDay, type RecurringClosure } from './closures.js';
import { type BankHolidayFeed, isParsedFeed, parseBankHolidayFeed } from './feed.js';
import { BUILT_IN_PUBLISHED_THROUGH, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './holiday-table.js';
import { builtInHolidays, FIRST_DAY, LAST_DAY, SPAN } from './built-in.js';
import { londonDate } from './london.js';
import { yearOutOfRange } from './supported.js';
import { isRegion, REGIONS, type Region } from './regions.js';

/**
 * Options for {@link createCalendar}.
 *
 * @example
 * ```ts
 * const options: CreateCalendarOptions = {
 *   region: 'scotland',
 *   closures: ['2025-06-13', { every: 'year', from: '12-24', to: '12-31', name: 'Christmas closure' }],
 *   extraBankHolidays: ['2026-06-08'],
 * };
 * ```
 */
export interface CreateCalendarOptions {
  /** Whose bank holidays apply: `england-and-wales`, `scotland` or `northern-ireland`. */
  readonly region: Region;
  /**
   * The organisation's own non-working days: dates (`YYYY-MM-DD`), e.g. a one-off office closure, and
   * closures it repeats every year as it writes them (`{ every: 'year', from: '12-24', to: '12-31' }`,
   * see {@link RecurringClosure}). Dates outside the supported years are accepted and have no effect.
   */
  readonly closures?: readonly (IsoDate | RecurringClosure)[];
  /**
   * Bank holidays announced after this version was released (e.g. a one-off day for a national
   * event), in the calendar's region (`YYYY-MM-DD`). They count exactly like the built-in ones.
   * Check GOV.UK's list for your division and add any day missing here.
   */
  readonly extraBankHolidays?: readonly IsoDate[];
  /**
   * Built-in bank holidays that no longer apply (`YYYY-MM-DD`), e.g. when a bank holiday is moved by
   * proclamation after release: cancel the old day here and add the new one in `extraBankHolidays`.
   * Each must be a built-in bank holiday of the region, else `createCalendar` throws `not-a-bank-holiday`.
   */
  readonly cancelledBankHolidays?: readonly IsoDate[];
  /**
   * GOV.UK's bank holiday feed (<https://www.gov.uk/bank-holidays.json>) as the host fetched it: the
   * JSON text, the parsed JSON, or the result of {@link parseBankHolidayFeed}. For every year the feed
   * lists a holiday of the region in, the feed's list replaces the built-in one; other years keep the
   * built-in list. A malformed feed throws `invalid-bank-holidays` naming the first fault (use
   * `parseBankHolidayFeed` first to get every fault as data).
   */
  readonly bankHolidays?: BankHolidayFeed | unknown;
}

/**
 * Working days (Monday to Friday, not a bank holiday of the region, not a closure) on Europe/London
 * calendar dates, for the years {@link FIRST_SUPPORTED_YEAR} to {@link LAST_SUPPORTED_YEAR}. Every
 * method throws a {@link HousingComplaintsError} naming the argument when it is not a valid
 * `YYYY-MM-DD` date (`invalid-date`) or falls outside the supported years (`year-out-of-range`).
 *
 * @example
 * ```ts
 * const cal: WorkingDayCalendar = createCalendar({ region: 'northern-ireland' });
 * cal.isWorkingDay('2025-07-14'); // false: Battle of the Boyne (substitute day)
 * ```
 */
export interface WorkingDayCalendar {
  /** The region whose bank holidays apply. */
  readonly region: Region;
  /**
   * The last year the calendar's bank holidays come from a published list (the built-in copy of GOV.UK's
   * feed, or a loaded feed when it reaches further). Later years follow the statutory pattern and may
   * still gain announced days, so deadlines counted into them are provisional.
   *
   * @example
   * ```ts
   * createCalendar({ region: 'scotland' }).publishedThrough; // 2028 (BUILT_IN_PUBLISHED_THROUGH)
   * ```
   */
  readonly publishedThrough: number;
  /**
   * True when `date` is a working day.
   *
   * @example
   * ```ts
   * createCalendar({ region: 'scotland' }).isWorkingDay('2025-01-02'); // false: 2nd January
   * ```
   */
  isWorkingDay(date: IsoDate): boolean;
  /**
   * True when `date` is a bank holiday of the region (built in, corrected, or added in the options).
   * Weekend days are never listed as bank holidays: only the weekday a holiday is observed on.
   *
   * @example
   * ```ts
   * createCalendar({ region: 'scotland' }).isBankHoliday('2025-04-21'); // false: Easter Monday is not a Scottish bank holiday
   * ```
   */
  isBankHoliday(date: IsoDate): boolean;
  /**
   * The `n`th working day after `date`: day 0 is `date` itself, whether or not it is a working day,
   * so `n = 0` returns `date`. `n` is a whole number from 0 to 100,000; the result of `n >= 1` is
   * always a working day.
   *
   * @example
   * ```ts
   * createCalendar({ region: 'england-and-wales' }).addWorkingDays('2025-06-14', 5); // '2025-06-20'
   * ```
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /**
   * The number of working days after `from` up to and including `to`; negative when `to` is earlier.
   * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
   *
   * @example
   * ```ts
   * createCalendar({ region: 'england-and-wales' }).workingDaysBetween('2025-06-14', '2025-06-20'); // 5
   * ```
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /**
   * The first working day after `date` (the same as `addWorkingDays(date, 1)`).
   *
   * @example
   * ```ts
   * createCalendar({ region: 'england-and-wales' }).nextWorkingDay('2025-12-24'); // '2025-12-29'
   * ```
   */
  nextWorkingDay(date: IsoDate): IsoDate;
  /**
   * The Europe/London calendar date of an instant (an ISO string with an offset, or a `Date`); see {@link londonDate}.
   *
   * @example
   * ```ts
   * createCalendar({ region: 'england-and-wales' }).londonDate('2025-06-13T23:30:00Z'); // '2025-06-14'
   * ```
   */
  londonDate(instant: string | Date): IsoDate;
}

/**
 * The most working days `addWorkingDays` accepts: far beyond any deadline (and beyond the supported years).
 *
 * @example
 * ```ts
 * calendar.addWorkingDays('2025-06-02', MAX_WORKING_DAYS + 1); // throws HousingComplaintsError 'invalid-working-days'
 * ```
 */
export const MAX_WORKING_DAYS = 100_000;

const OPTION_KEYS = new Set(['region', 'closures', 'extraBankHolidays', 'cancelledBankHolidays', 'bankHolidays']);

/** The feed as validated data, or a thrown `invalid-bank-holidays` naming the first fault. */
function feedOf(value: unknown): BankHolidayFeed {
  if (isParsedFeed(value)) return value;
  const r = parseBankHolidayFeed(value);
  if (r.ok) return r.value;
  const first = r.error[0];
  const more = r.error.length > 1 ? ` (and ${r.error.length - 1} more; parseBankHolidayFeed lists them all)` : '';
  throw new HousingComplaintsError(
    'invalid-bank-holidays',
    `options.bankHolidays is not a valid GOV.UK bank holiday feed: ${first?.message ?? 'unreadable'}${more}`,
    { path: first?.path ? `options.bankHolidays.${first.path}` : 'options.bankHolidays' },
  );
}

/**
 * Replaces, in `bank`, the built-in list of every year the feed lists a holiday of `region` in, and
 * returns the last such year (or `BUILT_IN_PUBLISHED_THROUGH` when later).
 */
function applyFeed(bank: Uint8Array, feed: BankHolidayFeed, region: Region): number {
  const days = feed[region].events.map((e) => toDayNumber(e.date, 'feed'));
  const years = new Set(feed[region].events.map((e) => Number(e.date.slice(0, 4))));
  let through = BUILT_IN_PUBLISHED_THROUGH;
  for (const y of years) {
    if (y < FIRST_SUPPORTED_YEAR || y > LAST_SUPPORTED_YEAR) continue;
    bank.fill(0, dayNumberOf(y, 1, 1) - FIRST_DAY, dayNumberOf(y + 1, 1, 1) - FIRST_DAY);
    if (y > through) through = y;
  }
  for (const day of days) if (day >= FIRST_DAY && day <= LAST_DAY && weekday(day) % 6 !== 0) bank[day - FIRST_DAY] = 1;
  return through;
}

function outOfRange(date: string, path: string, side: 'before' | 'after'): HousingComplaintsError {
  return yearOutOfRange(
    `${path} '${date}' is outside the years the working-day calendar supports (${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}), the years whose bank holidays it knows`,
    path,
    side,
  );
}

function closuresOf(value: unknown): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new HousingComplaintsError('invalid-options', `options.closures must be an array of YYYY-MM-DD dates and recurring closures, got ${describe(value)}`, { path: 'options.closures' });
  }
  return value;
}

function dateList(value: unknown, path: string): number[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new HousingComplaintsError('invalid-options', `${path} must be an array of YYYY-MM-DD dates, got ${describe(value)}`, { path });
  }
  return value.map((d, i) => toDayNumber(d, `${path}[${i}]`));
}

/**
 * Creates a working-day calendar for a UK division. Building it takes well under a millisecond; every
 * answer afterwards is a constant-time table look-up (a prefix count of working days over the
 * supported years and the list of working days in order).
 *
 * Bank holidays are GOV.UK's published lists for the years they cover (a dated copy of
 * https://www.gov.uk/bank-holidays.json, 2012 to {@link BUILT_IN_PUBLISHED_THROUGH}), and for later
 * years date-holidays' public and bank holidays (substitute days included, observances such as
 * Mother's Day not), plus `extraBankHolidays`, less `cancelledBankHolidays`.
 *
 * With `bankHolidays`, GOV.UK's feed as the host fetched it wins for every year it lists.
 *
 * @throws {@link HousingComplaintsError} `unknown-region`, `invalid-options`, `invalid-date` (naming
 * the offending entry, e.g. `options.closures[2]`), `invalid-bank-holidays` or `not-a-bank-holiday`.
 *
 * @example
 * ```ts
 * const cal = createCalendar({ region: 'england-and-wales' });
 * cal.addWorkingDays('2024-12-20', 10); // '2025-01-08': Christmas Day, Boxing Day and New Year's Day are skipped
 * cal.workingDaysBetween('2024-12-20', '2025-01-08'); // 10
 * ```
 */
export function createCalendar(options: CreateCalendarOptions): WorkingDayCalendar {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new HousingComplaintsError('invalid-options', `createCalendar options must be an object, got ${describe(options)}`, { path: 'options' });
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) {
      throw new HousingComplaintsError('invalid-options', `createCalendar has no option '${key}' (options are ${[...OPTION_KEYS].join(', ')})`, { path: `options.${key}` });
    }
  }
  const { region } = options;
  if (!isRegion(region)) throw unknownRegion(region, 'options.region');

  // Bank holidays: built in, replaced by the feed for the years it lists, less cancelled, plus extra.
  const bank = new Uint8Array(builtInHolidays(region));
  const publishedThrough = options.bankHolidays === undefined ? BUILT_IN_PUBLISHED_THROUGH : applyFeed(bank, feedOf(options.bankHolidays), region);
  dateList(options.cancelledBankHolidays, 'options.cancelledBankHolidays').forEach((day, i) => {
    if (day < FIRST_DAY || day > LAST_DAY || bank[day - FIRST_DAY] !== 1) {
      throw new HousingComplaintsError(
        'not-a-bank-holiday',
        `options.cancelledBankHolidays[${i}] '${fromDayNumber(day)}' is not a ${region} bank holiday (built in or in the loaded feed), so it cannot be cancelled`,
        { path: `options.cancelledBankHolidays[${i}]` },
      );
    }
    bank[day - FIRST_DAY] = 0;
  });
  for (const day of dateList(options.extraBankHolidays, 'options.extraBankHolidays')) {
    if (day >= FIRST_DAY && day <= LAST_DAY && weekday(day) % 6 !== 0) bank[day - FIRST_DAY] = 1;
  }

  // Non-working days: weekends, bank holidays, closures. Then the index.
  const off = weekendsAnd(bank);
  const close = (day: number): void => {
    if (day >= FIRST_DAY && day <= LAST_DAY) off[day - FIRST_DAY] = 1;
  };
  closuresOf(options.closures).forEach((c, i) => {
    if (typeof c === 'string') close(toDayNumber(c, `options.closures[${i}]`));
    else eachClosedDay(closureRule(c, `options.closures[${i}]`), FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, close);
  });
  return calendarOf(region, publishedThrough, bank, off);
}

/**
 * The working-day calendar of a region with its built-in bank holidays and nothing else: what
 * `createCalendar({ region })` makes, the same answers from the same tables, frozen in the same way.
 * It takes no options, so a bundle that uses it instead of {@link createCalendar} does not load the
 * parsers of a bank holiday feed or of recurring closures (about 2 kB gzipped); with closures, extra
 * or cancelled bank holidays or a loaded feed, use `createCalendar`.
 *
 * @throws {@link HousingComplaintsError} `unknown-region` when `region` is not one of {@link REGIONS}.
 *
 * @example
 * ```ts
 * const cal = regionCalendar('england-and-wales');
 * cal.addWorkingDays('2024-12-20', 10); // '2025-01-08', as createCalendar({ region: 'england-and-wales' }) answers
 * ```
 */
export function regionCalendar(region: Region): WorkingDayCalendar {
  if (!isRegion(region)) throw unknownRegion(region, 'region');
  const bank = builtInHolidays(region); // shared, never written: the calendar only reads it
  return calendarOf(region, BUILT_IN_PUBLISHED_THROUGH, bank, weekendsAnd(bank));
}

function unknownRegion(region: unknown, path: string): HousingComplaintsError {
  return new HousingComplaintsError('unknown-region', `${path} must be one of ${REGIONS.join(', ')}, got ${describe(region)}`, { path });
}

/** A fresh copy of the bank holiday flags with every Saturday and Sunday flagged too: the non-working days before closures. */
function weekendsAnd(bank: Uint8Array): Uint8Array {
  const off = new Uint8Array(bank);
  // A week at a time from the first Saturday and the first Sunday: a seventh of the steps of a
  // day-by-day walk, which matters to a process's first calendar (its loops are not yet compiled).
  for (let i = (6 - weekday(FIRST_DAY) + 7) % 7; i < SPAN; i += 7) off[i] = 1;
  for (let i = (7 - weekday(FIRST_DAY)) % 7; i < SPAN; i += 7) off[i] = 1;
  return off;
}

/**
 * The calendar answering from `bank` (its bank holidays) and `off` (its non-working days), one flag
 * per supported day; neither is written afterwards. Frozen, and recorded as made by the library.
 */
function calendarOf(region: Region, publishedThrough: number, bank: Uint8Array, off: Uint8Array): WorkingDayCalendar {
  // before[i]: working days among offsets 0..i-1. working[k]: offset of the kth working day (k from 0).
  const before = new Int32Array(SPAN + 1);
  const working = new Int32Array(SPAN);
  let count = 0;
  let i = 0;
  // Seven days a step (the same three statements each), then the days left: the first calendar of
  // a process runs this before its loops are compiled, and this shape runs about twice as fast
  // there as a step a day (the repeated statements cost a bundle about 20 bytes gzipped).
  while (i + 7 <= SPAN) {
    before[i] = count; if (off[i] === 0) working[count++] = i; i++;
    before[i] = count; if (off[i] === 0) working[count++] = i; i++;
    before[i] = count; if (off[i] === 0) working[count++] = i; i++;
    before[i] = count; if (off[i] === 0) working[count++] = i; i++;
    before[i] = count; if (off[i] === 0) working[count++] = i; i++;
    before[i] = count; if (off[i] === 0) working[count++] = i; i++;
    before[i] = count; if (off[i] === 0) working[count++] = i; i++;
  }
  while (i < SPAN) {
    before[i] = count; if (off[i] === 0) working[count++] = i; i++;
  }
  before[SPAN] = count;

  const offsetOf = (date: IsoDate, path: string): number => {
    // A supported date written as the calendar writes them, by table reads; anything else the slow way, which names the fault.
    const i = supportedOffset(date);
    if (i >= 0) return i;
    const day = toDayNumber(date, path);
    if (day < FIRST_DAY || day > LAST_DAY) throw outOfRange(date, path, day < FIRST_DAY ? 'before' : 'after');
    return day - FIRST_DAY;
  };

  const addWorkingDays = (date: IsoDate, n: number): IsoDate => {
    const i = offsetOf(date, 'date');
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
      throw new HousingComplaintsError('invalid-working-days', `n must be a whole number of working days from 0 to ${MAX_WORKING_DAYS}, got ${describe(n)}`, { path: 'n' });
    }
    if (n === 0) return dayName(FIRST_DAY + i);
    const k = (before[i + 1] as number) + n - 1;
    if (k >= count) {
      throw yearOutOfRange(`${n} working days after '${date}' is later than the last year the working-day calendar supports (${LAST_SUPPORTED_YEAR})`, 'n', 'after');
    }
    return dayName(FIRST_DAY + (working[k] as number));
  };

  const calendar: WorkingDayCalendar = {
    region,
    publishedThrough,
    isWorkingDay: (date) => off[offsetOf(date, 'date')] === 0,
    isBankHoliday: (date) => bank[offsetOf(date, 'date')] === 1,
    addWorkingDays,
    workingDaysBetween(from, to) {
      const a = offsetOf(from, 'from');
      const b = offsetOf(to, 'to');
      return (before[b + 1] as number) - (before[a + 1] as number);
    },
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    londonDate,
  };
  MADE.add(calendar);
  return Object.freeze(calendar);
}

/** The calendars createCalendar made: frozen, and answering from their own fixed tables. */
const MADE = new WeakSet<object>();

/**
 * Whether a calendar is one createCalendar made (frozen, so its answers cannot change), which a
 * cache may then key on by identity.
 *
 * @internal
 * @example
 * ```ts
 * madeByLibrary(createCalendar({ region: 'scotland' })); // true
 * ```
 */
export function madeByLibrary(calendar: unknown): boolean {
  return typeof calendar === 'object' && calendar !== null && MADE.has(calendar);
}
