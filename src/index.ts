/**
 * housing-complaints: UK housing complaint handling as code.
 *
 * The root exports every name of every module; each module is also available on its own subpath
 * (`housing-complaints/calendar`, `housing-complaints/policy`, ...), and the API reference
 * documents each name on its subpath's page.
 *
 * @example
 * ```ts
 * import { createCalendar, wellington, replay } from 'housing-complaints';
 * const context = { policy: wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
 * const r = replay([{ type: 'received', at: '2025-01-06', complaintId: 'C-1', channel: 'email' }], context);
 * console.log(r.ok && r.value.status); // 'received'
 * ```
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
