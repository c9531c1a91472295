/** Why the lifecycle refused an event or an input. */
import { type Result, err } from '../core/result.js';
import type { Source } from '../core/source.js';

/**
 * Why an event or input was rejected: a stable `code`, a plain message, the rule's `source`, and
 * the field at fault (`path`, e.g. `'event.reviewer'` or `'events[3].at'`).
 *
 * @example
 * ```ts
 * const e: LifecycleError = { code: 'reviewer-is-stage-1-handler', message: '...', source: { provision: '6.13' }, path: 'event.reviewer' };
 * ```
 */
export interface LifecycleError {
  readonly code: LifecycleErrorCode;
  readonly message: string;
  readonly source: Source;
  readonly path?: string;
}

/**
 * Every code a {@link LifecycleError} may carry.
 *
 * @example
 * ```ts
 * LIFECYCLE_ERROR_CODES.includes('no-third-stage'); // true
 * ```
 */
export const LIFECYCLE_ERROR_CODES = [
  'invalid-event',
  'invalid-complaint',
  'invalid-time',
  'event-not-allowed',
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
  'calendar-region-mismatch',
] as const;
/**
 * One of {@link LIFECYCLE_ERROR_CODES}.
 *
 * @example
 * ```ts
 * const code: LifecycleErrorCode = 'reviewer-is-stage-1-handler';
 * ```
 */
export type LifecycleErrorCode = (typeof LIFECYCLE_ERROR_CODES)[number];

/** A failed Result carrying one {@link LifecycleError}. */
export function fail(code: LifecycleErrorCode, message: string, source: Source, path?: string): Result<never, LifecycleError> {
  return err(path === undefined ? { code, message, source } : { code, message, source, path });
}
