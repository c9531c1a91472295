/** Why the lifecycle refused an event or an input. */
import type { Problem } from '../core/problems.js';
import { type Result, err } from '../core/result.js';
import type { Source } from '../core/source.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * One problem with an event or input (the library's {@link Problem}, with a lifecycle code).
 *
 * @example
 * ```ts
 * const i: LifecycleIssue = { code: 'invalid-event', path: 'event.complainantAgred', reason: 'unknown-key',
 *   message: "event.complainantAgred is not a field of an 'extension-granted' event ...", source: { note: 'event schema' } };
 * ```
 */
export type LifecycleIssue = Problem<LifecycleErrorCode>;

/**
 * Why an event or input was rejected: the first problem's stable `code`, plain `message`, the
 * rule's `source` and the field at fault (`path`, e.g. `'event.reviewer'` or `'events[3].at'`),
 * and `issues`, every problem found (the first included), each with its own code, path, message
 * and source. A refused event type (`event-not-allowed`) also says which events the complaint
 * accepts now (`allowed`) and why each other is not (`notAllowed`).
 *
 * @example
 * ```ts
 * const e: LifecycleError = { code: 'reviewer-is-stage-1-handler', message: '...', source: { provision: '6.13' }, path: 'event.reviewer',
 *   issues: [{ code: 'reviewer-is-stage-1-handler', message: '...', source: { provision: '6.13' }, path: 'event.reviewer' }] };
 * ```
 */
export interface LifecycleError {
  readonly code: LifecycleErrorCode;
  readonly message: string;
  readonly source: Source;
  readonly path?: string;
  /** Every problem found, the first (the one above) included. */
  readonly issues: readonly LifecycleIssue[];
  /** For `event-not-allowed` and `no-third-stage`: the event types the complaint accepts now. */
  readonly allowed?: readonly string[];
  /** For `event-not-allowed` and `no-third-stage`: every other event type, and why the complaint does not accept it now. */
  readonly notAllowed?: readonly { readonly type: string; readonly why: string }[];
}

/**
 * Every code a {@link LifecycleError} may carry.
 *
 * @example
 * ```ts
 * LIFECYCLE_ERROR_CODES.includes('no-third-stage'); // true
 * ```
 */
export const LIFECYCLE_ERROR_CODES = /* @__PURE__ */ deepFrozen([
  'invalid-event',
  'policy-mismatch',
  'no-policy-in-force',
  'event-after-now',
  'cannot-void',
  'unknown-event-id',
  'invalid-complaint',
  'invalid-time',
  'event-not-allowed',
  'event-not-in-lifecycle',
  'event-before-previous',
  'first-event-not-received',
  'no-events',
  'unknown-procedure',
  'receipt-notification-missing',
  'refusal-needs-grounds',
  'refusal-ground-not-in-policy',
  'refusal-needs-reasons',
  'refusal-needs-ombudsman-right',
  'extension-wrong-stage',
  'no-deadline-to-extend',
  'extension-needs-reasons',
  'extension-needs-good-reason',
  'extension-needs-agreement',
  'extension-needs-ombudsman-details',
  'response-wrong-stage',
  'response-incomplete',
  'response-issue-not-addressed',
  'response-unknown-issue',
  'response-wrong-decider',
  'remedy-due-before-response',
  'duplicate-id',
  'no-third-stage',
  'escalation-new-issues',
  'escalation-reasons-required',
  'escalation-late-without-discretion',
  'escalation-before-response',
  'escalation-window-open',
  'no-escalation-window',
  'reviewer-is-stage-1-handler',
  'no-open-clarification',
  'unknown-remedy',
  'remedy-already-completed',
  'action-due-before-response',
  'unknown-action',
  'action-already-completed',
  'no-ombudsman-referral',
  'unknown-evidence-request',
  'evidence-already-provided',
  'order-due-before-determination',
  'unknown-order',
  'order-already-complied',
  'unknown-role',
  'invalid-context',
  'too-many-events',
  'date-out-of-range',
  'calendar-region-mismatch',
  'awareness-after-receipt',
  'direct-start-not-allowed',
] as const);
/**
 * One of {@link LIFECYCLE_ERROR_CODES}.
 *
 * @example
 * ```ts
 * const code: LifecycleErrorCode = 'reviewer-is-stage-1-handler';
 * ```
 */
export type LifecycleErrorCode = (typeof LIFECYCLE_ERROR_CODES)[number];

/** A failed Result carrying one {@link LifecycleError} with one issue. */
export function fail(code: LifecycleErrorCode, message: string, source: Source, path?: string): Result<never, LifecycleError> {
  return err(lifecycleError([{ code, message, source, path: path ?? '' }]));
}

/** The error for a non-empty list of issues: the first one's fields, and the list. */
export function lifecycleError(issues: readonly LifecycleIssue[], extra: Pick<LifecycleError, 'allowed' | 'notAllowed'> = {}): LifecycleError {
  const first = issues[0]!;
  return { code: first.code, message: first.message, source: first.source, ...(first.path === '' ? {} : { path: first.path }), issues, ...extra };
}

/** The source of every `event-not-in-lifecycle` problem. @internal */
export const NOT_IN_LIFECYCLE_SOURCE: Source = /* @__PURE__ */ deepFrozen({ note: 'the events given to createLifecycle' });

/**
 * The message of `event-not-in-lifecycle`: the type at `path` is not one of `list` (a
 * createLifecycle's types); `all` is the function that takes every event.
 *
 * @internal
 * @example
 * ```ts
 * notInLifecycle('events[1]', 'closed', 'received, acknowledged', 'replay');
 * ```
 */
export function notInLifecycle(path: string, type: string, list: string, all: 'replay' | 'deadlines'): string {
  return `${path}.type '${type}' is not one of the events this lifecycle takes (${list}): give createLifecycle its definition, or use ${all}, which takes every event`;
}
