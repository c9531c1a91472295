/**
 * housing-complaints: UK housing complaint handling as code.
 *
 * Every module is also available on its own subpath (`housing-complaints/calendar`, ...).
 * @module housing-complaints
 */
export * from './core/index.js';
export * from './calendar/index.js';
export * from './policy/index.js';
export * from './lifecycle/index.js';
export * from './exclusions/index.js';
export * from './outcomes/index.js';
export * from './reporting/index.js';
export * from './self-assessment/index.js';
// `Source` is the schema and its type here; the calendar names only the type, from a file with no schema library.
export { Source } from './core/index.js';
