/**
 * The complaint lifecycle: typed states and events, pure `applyEvent`/`replay`, typed errors,
 * procedures A and B and who acts at each step, deadlines and extensions.
 * @module lifecycle
 */
export * from './types.js';
export { type LifecycleContext } from './context.js';
export { TRANSITIONS, type EventFor, type EventTypeFor } from './transitions.js';
export { startComplaint, applyEvent, replay, allowedEvents, parseEvent, parseComplaint, type EventInput } from './reducer.js';
export { deadlines, deadlineStatus, overdue } from './deadlines.js';
export { stageOf } from './reducer.js';
export { anchorDate, countedExtensionDays, dayZero, dueDate, nthWorkingDay, type AnchorDates, type DayArithmetic, type ExtensionFacts } from './schedule.js';
