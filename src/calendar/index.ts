/**
 * Working days for England and Wales, Scotland and Northern Ireland on Europe/London calendar dates.
 * @module calendar
 */
export { createCalendar, londonDate, REGIONS, type Region, type CreateCalendarOptions, type WorkingDayCalendar } from './calendar.js';
export { type IsoDate, isIsoDate } from './dates.js';
export { type Result, ok, err, Source, type Finding, type Severity, HousingComplaintsError } from '../core/index.js';
