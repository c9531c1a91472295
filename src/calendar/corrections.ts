import type { Source } from '../core/source.js';
import type { IsoDate } from './dates.js';
import type { Region } from './regions.js';

/**
 * A difference between date-holidays and the UK government's published bank holiday list for a
 * division, where the published list wins: `add` a bank holiday date-holidays lacks, or `remove` one
 * it has that the published list does not.
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

/**
 * Every difference found between date-holidays (3.37) and GOV.UK's published bank holiday lists for
 * the years GOV.UK published that the calendar supports (2012 to 2027), for all three divisions.
 * test/calendar/published.test.ts checks that the table plus these corrections equals the published
 * lists exactly, year by year and division by division.
 *
 * @example
 * ```ts
 * BANK_HOLIDAY_CORRECTIONS.filter((c) => c.date.startsWith('2012')).length; // 2
 * ```
 */
export const BANK_HOLIDAY_CORRECTIONS: readonly BankHolidayCorrection[] = [
  { regions: ALL, date: '2012-05-28', change: 'remove', name: 'Spring bank holiday (moved to 4 June 2012)', source: { note: GOV_UK_2012 } },
  { regions: ALL, date: '2012-06-04', change: 'add', name: 'Spring bank holiday', source: { note: GOV_UK_2012 } },
];
