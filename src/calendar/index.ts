/**
 * Working days for England and Wales, Scotland and Northern Ireland on Europe/London calendar dates.
 * @module housing-complaints/calendar
 */
export { createCalendar, regionCalendar, MAX_WORKING_DAYS, type CreateCalendarOptions, type WorkingDayCalendar } from './calendar.js';
export {
  parseBankHolidayFeed,
  MAX_FEED_EVENTS,
  MAX_FEED_TEXT,
  type BankHolidayDivision,
  type BankHolidayEvent,
  type BankHolidayFeed,
  type BankHolidayFeedError,
} from './feed.js';
export { MAX_CLOSURE_DAYS, type RecurringClosure } from './closures.js';
export { BANK_HOLIDAY_CORRECTIONS, type BankHolidayCorrection } from './corrections.js';
export { type IsoDate, isIsoDate } from './dates.js';
export { BUILT_IN_PUBLISHED_THROUGH, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './holiday-table.js';
export { SUPPORTED_DATES } from './supported.js';
export { londonDate } from './london.js';
export { REGIONS, type Region } from './regions.js';
// Shared core names, from their own files so that importing the calendar loads no schema library.
export { HousingComplaintsError } from '../core/errors.js';
export { type Result, ok, err } from '../core/result.js';
export type { Source } from '../core/source.js';
export type { Finding, Severity } from '../core/finding.js';
