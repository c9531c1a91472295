/**
 * The complaint lifecycle as data: the events a host stores (each a zod/mini schema, because hosts
 * send untrusted JSON, defined with its rules in `events/`) and the complaint they build (a
 * discriminated union on `status`, plain JSON-serialisable data that keeps its dated history for
 * reporting). This module gathers their public names.
 */
import type { Source } from '../core/source.js';
import { deepFrozen } from '../core/freeze.js';

export { isEventTime, EventTime, LifecycleDate, CHANNELS, type Channel, Issue, ComplaintDefinition, Representative, ADJUSTMENT_KINDS, type AdjustmentKind, TENURES, type Tenure } from './scalars.js';
export { STATUSES, FINAL_STATUSES, type Status } from './status.js';
// The public names only: the schemas as built (`*Schema`, `EVENT_SCHEMAS_AS_BUILT`) stay internal.
export { ReceivedEvent, DirectStart, AcceptedEvent, RefusedEvent, AcknowledgedEvent, ClarificationRequestedEvent, ClarificationReceivedEvent, ExtensionGrantedEvent, AdditionalIssueRaisedEvent, RespondedEvent, EscalationRequestedEvent, EscalationAcknowledgedEvent, WithdrawnEvent, ClosedEvent, OmbudsmanReferralEvent, OmbudsmanEvidenceRequestedEvent, OmbudsmanEvidenceProvidedEvent, OmbudsmanOrder, OmbudsmanDeterminationEvent, OmbudsmanOrderCompliedEvent, RemedyCompletedEvent, ActionCompletedEvent, UpdateSentEvent, AdjustmentRecordedEvent, PartyNotifiedEvent, TenureRecordedEvent, VoidedEvent, EVENT_SCHEMAS, type EventOf, type EventByType } from './events/schemas.js';
export { LifecycleEvent, EVENT_TYPES, type EventType } from './events/index.js';
export { ExtensionRecord, ClarificationRecord, ResponseRecord, EscalationRecord, Stage1Received, Stage1Acknowledged, Stage1Responded, Stage2Requested, Stage2Acknowledged, Stage2Responded, Stage1Record, Stage2Record, AdditionalIssueRecord, AdjustmentRecord, NotificationRecord, UpdateRecord, UpdateIntervals, DeterminationRecord, OmbudsmanRecord, RefusalRecord, HistoryEntry, ReceivedComplaint, RefusedComplaint, Stage1Complaint, Stage1RespondedComplaint, Stage2RequestedComplaint, Stage2Complaint, ClosedComplaint, WithdrawnComplaint, Complaint, type ComplaintBase, type ComplaintIn, type ComplaintByStatus } from './complaint.js';
export { type LifecycleError, type LifecycleIssue, LIFECYCLE_ERROR_CODES, type LifecycleErrorCode } from './errors.js';

/**
 * What a deadline is for.
 *
 * @example
 * ```ts
 * DEADLINE_KINDS.includes('stage-2-response'); // true
 * ```
 */
export const DEADLINE_KINDS = /* @__PURE__ */ deepFrozen([
  'stage-1-acknowledgement',
  'stage-1-response',
  'escalation-window',
  'stage-2-acknowledgement',
  'stage-2-response',
  'ombudsman-evidence',
  'remedy',
  'outstanding-action',
  'ombudsman-order',
  'adjustment-review',
  'complainant-update',
] as const);
/**
 * One of {@link DEADLINE_KINDS}.
 *
 * @example
 * ```ts
 * const k: DeadlineKind = 'ombudsman-evidence';
 * ```
 */
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * Where a deadline stands on the `asOf` date.
 *
 * @example
 * ```ts
 * const s: DeadlineStatus = 'met-late';
 * ```
 */
export type DeadlineStatus = 'pending' | 'due-today' | 'overdue' | 'met' | 'met-late';

/**
 * A deadline: its due date, how it was worked out (the anchor date, the working days counted from
 * it including extensions, and the source), and given an `asOf` date, its status.
 *
 * @example
 * ```ts
 * const d: Deadline = { kind: 'stage-1-acknowledgement', dueBy: '2025-01-02',
 *   basis: { anchor: '2024-12-20', anchorKind: 'receipt', workingDays: 5, source: { provision: '6.2', policy: 's.6' } },
 *   status: 'pending' };
 * ```
 */
export interface Deadline {
  readonly kind: DeadlineKind;
  /** The remedy, outstanding action, evidence request, Ombudsman order or adjustment the deadline belongs to. */
  readonly ref?: string;
  readonly dueBy: string;
  readonly basis: {
    /** The date counted from (day 0). */
    readonly anchor: string;
    /** What the anchor is: a policy anchor, or `remedy-offer`/`recorded` for remedies and adjustments. */
    readonly anchorKind: string;
    /** The working days counted, including `extensionWorkingDays`. */
    readonly workingDays: number;
    readonly extensionWorkingDays?: number;
    readonly source: Source;
  };
  readonly status?: DeadlineStatus;
  readonly metOn?: string;
  /**
   * `true` when this is not the policy's deadline: the policy states no timescale for it (its
   * `acknowledge` is `null`), and the date is the Code's timescale (or the model procedure's of the
   * policy's scheme), shown as a benchmark; `basis.source` cites the Code or the model and says so.
   * `overdue()` never lists a benchmark.
   */
  readonly benchmark?: true;
  /**
   * Present when the working days were counted into a year after the last year of the calendar's
   * published bank holiday list (`calendar.publishedThrough`): bank holidays may still be announced
   * there, so the date may move. `year` is the first such year the count runs into. Deadlines on
   * dates set by hand (remedies, outstanding actions, the Ombudsman's orders) are never provisional.
   */
  readonly provisional?: { readonly year: number; readonly publishedThrough: number };
  /** With `status` `'overdue'`: the working days after `dueBy` up to and including `asOf`. */
  readonly workingDaysOverdue?: number;
}

