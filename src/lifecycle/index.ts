/**
 * The complaint lifecycle: typed states and events, pure `applyEvent`/`replay`, typed errors,
 * procedures A and B and who acts at each step, deadlines and extensions. Each event is defined
 * once, with its schema, the statuses that accept it, its guards and its effect (`events/`).
 * @module housing-complaints/lifecycle
 */
// The one error class every module throws (the same class on every subpath).
export { HousingComplaintsError } from '../core/errors.js';
export * from './types.js';
export { type LifecycleContext } from './context.js';
export { TRANSITIONS, DEFINITIONS, EVENT_SCHEMAS, accepts, stateDiagram, type EventFor, type EventTypeFor, type AcceptingStatuses } from './events/index.js';
export { type Breach, type Guard, type Move, type Rule, type Runner, type Step, type EventDefinition } from './events/kit.js';
export { startComplaint, applyEvent, replay, allowedEvents, explainAllowed, parseEvent, parseComplaint, complaintAsOf, type EventInput, type ReplayOptions } from './reducer.js';
export { deadlines, deadlineStatus, overdue } from './deadlines.js';
// replay and deadlines over only the events given, each event exported on its own (a bundle loads only those given).
export {
  createLifecycle,
  type Lifecycle,
  type LifecycleOptions,
  type EventKit,
  received,
  accepted,
  refused,
  acknowledged,
  clarificationRequested,
  clarificationReceived,
  extensionGranted,
  additionalIssueRaised,
  responded,
  escalationRequested,
  escalationAcknowledged,
  withdrawn,
  closed,
  ombudsmanReferral,
  ombudsmanEvidenceRequested,
  ombudsmanEvidenceProvided,
  ombudsmanDetermination,
  ombudsmanOrderComplied,
  remedyCompleted,
  actionCompleted,
  updateSent,
  adjustmentRecorded,
  partyNotified,
  tenureRecorded,
  voided,
} from './create.js';
export { movedDeadlines, type MovedDeadline } from './moved.js';
export { stageOf } from './reducer.js';
export { anchorDate, countedExtensionDays, dayZero, dueDate, nthWorkingDay, type AnchorDates, type DayArithmetic, type ExtensionFacts } from './schedule.js';
export { MAX_EVENTS_PER_COMPLAINT, MAX_VOID_REBUILD_EVENTS } from './guards.js';
export { eventJsonSchema, eventShapeTables } from './json-schema.js';
export { overdueAcross, describeDeadline, citation, type OverdueItem } from './across.js';
