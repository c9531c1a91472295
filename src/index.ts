/**
 * housing-complaints: UK housing complaint handling as code.
 *
 * Every module is also available on its own subpath (`housing-complaints/calendar`, ...).
 * @module housing-complaints
 */
export * from './calendar/index.js';
