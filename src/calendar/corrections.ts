import type { Source } from '../core/source.js';
import type { IsoDate } from './dates.js';
import type { Region } from './regions.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * A difference between date-holidays and the UK government's published bank holiday list for a
 * division, where the published list wins: `add` a bank holiday date-holidays lacks, or `remove` one
 * it has that the published list does not.
 *
 * @deprecated See {@link BANK_HOLIDAY_CORRECTIONS}.
 *
 * @example
 * ```ts
 * const c: BankHolidayCorrection = { regions: ['scotland'], date: '2012-06-04', change: 'add', name: 'Spring bank holiday', source: { note: 'GOV.UK' } };
 * ```
 */
export interface BankHolidayCorrection {
  /** The divisions the correction applies to. */
  readonly regions: readonly Region[];
  /** The day (`YYYY-MM-DD`). */
  readonly date: IsoDate;
  /** `add`: a bank holiday missing from date-holidays; `remove`: a day date-holidays wrongly lists. */
  readonly change: 'add' | 'remove';
  /** The holiday's name as the published list gives it. */
  readonly name: string;
  /** The published list that settles it. */
  readonly source: Source;
}

const ALL: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const GOV_UK_2012 =
  'GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays), 2012, lists for England and Wales, Scotland and Northern Ireland: ' +
  "Spring bank holiday Monday 4 June 2012 (moved from Monday 28 May for the Queen's Diamond Jubilee) and Queen's Diamond Jubilee Tuesday 5 June 2012";

const GOV_UK_2026_SCOTLAND =
  "GOV.UK, UK bank holidays (https://www.gov.uk/bank-holidays.json), Scotland 2026: World Cup bank holiday, Monday 15 June 2026 " +
  '(appointed by Royal Proclamation of 4 February 2026 under section 1(3) of the Banking and Financial Dealings Act 1971)';

/**
 * Every difference between date-holidays (3.37) and GOV.UK's published bank holiday lists for 2012 to
 * 2028, for all three divisions. test/calendar/published.test.ts checks that these are exactly the
 * differences.
 *
 * @deprecated The calendar no longer corrects date-holidays: it takes GOV.UK's published lists
 * themselves for the years they cover (a dated copy of the feed is built in, and a host can load the
 * current feed with `createCalendar({ region, bankHolidays })`). This list is kept, for information
 * only, so that code reading it keeps working; it will be removed in a later major version.
 *
 * @example
 * ```ts
 * BANK_HOLIDAY_CORRECTIONS.filter((c) => c.date.startsWith('2012')).length; // 2
 * ```
 */
export const BANK_HOLIDAY_CORRECTIONS: readonly BankHolidayCorrection[] = /* @__PURE__ */ deepFrozen([
  { regions: ALL, date: '2012-05-28', change: 'remove', name: 'Spring bank holiday (moved to 4 June 2012)', source: { note: GOV_UK_2012 } },
  { regions: ALL, date: '2012-06-04', change: 'add', name: 'Spring bank holiday', source: { note: GOV_UK_2012 } },
  { regions: ['scotland'], date: '2026-06-15', change: 'add', name: 'World Cup bank holiday', source: { note: GOV_UK_2026_SCOTLAND } },
]);
