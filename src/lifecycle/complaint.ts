/**
 * The complaint the events build: a discriminated union on `status`, plain JSON-serialisable data
 * that keeps its dated history for reporting.
 */
import * as z from 'zod/mini';
import { EXCLUSION_GROUNDS } from '../core/catalogue.js';
import { Source } from '../core/source.js';
import { DETERMINATION_LEVELS } from '../outcomes/ombudsman.js';
import { IssueFinding, Outcome, OutstandingAction, Remedy } from '../outcomes/types.js';
import { LifecycleEvent } from './events/schemas.js';
import { ADJUSTMENT_KINDS, CHANNELS, ComplaintDefinition, Id, Issue, LifecycleDate, Representative, Stage, TENURES } from './scalars.js';
import type { Status } from './status.js';

/**
 * An extension as recorded: how many working days it added, the total for the stage so far, the
 * response date it replaced and whether it was notified after that date (`late`).
 *
 * @example
 * ```ts
 * complaint.stage1.extensions[0]; // { on: '2025-01-10', workingDays: 10, totalWorkingDays: 10, previousDueBy: '2025-01-14', newDueBy: '2025-01-28', late: false, ... }
 * ```
 */
export const ExtensionRecord = z.object({
  on: LifecycleDate,
  /** An extension adds at least one working day: replay never records one of 0 days or fewer. */
  workingDays: z.int().check(z.minimum(1)),
  totalWorkingDays: z.int().check(z.minimum(1)),
  reasons: z.string(),
  goodReason: z.optional(z.string()),
  complainantAgreed: z.boolean(),
  ombudsmanDetailsGiven: z.boolean(),
  previousDueBy: LifecycleDate,
  newDueBy: LifecycleDate,
  /** Notified after the deadline it extends (the Ombudsman expects extensions within the original timescale). */
  late: z.boolean(),
  /**
   * `true` when the extension takes the stage beyond the policy's agreement point, the complainant
   * did not agree, and the policy's rule for that case was followed (`whenAgreementNotReached`:
   * the Ombudsman's contact details were given, so the plan can be challenged).
   */
  agreementNotReached: z.optional(z.literal(true)),
});
/**
 * See {@link ExtensionRecord}.
 *
 * @example
 * ```ts
 * complaint.stage1.extensions[0]; // { on: '2025-01-10', workingDays: 10, totalWorkingDays: 10, previousDueBy: '2025-01-14', newDueBy: '2025-01-28', late: false, ... }
 * ```
 */
export type ExtensionRecord = z.infer<typeof ExtensionRecord>;

/**
 * A clarification asked of the complainant (Code 5.6) and, once given, its answer.
 *
 * @example
 * ```ts
 * const q: ClarificationRecord = { requestedOn: '2025-01-07', question: 'Which boiler?' };
 * ```
 */
export const ClarificationRecord = z.object({
  requestedOn: LifecycleDate,
  question: z.optional(z.string()),
  receivedOn: z.optional(LifecycleDate),
  answer: z.optional(z.string()),
});
/**
 * See {@link ClarificationRecord}.
 *
 * @example
 * ```ts
 * const q: ClarificationRecord = { requestedOn: '2025-01-07', question: 'Which boiler?' };
 * ```
 */
export type ClarificationRecord = z.infer<typeof ClarificationRecord>;

/**
 * A response as recorded, with the outcome decided from its findings (policy s.8).
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1-responded') complaint.stage1.response.outcome; // 'partially-upheld'
 * ```
 */
export const ResponseRecord = z.object({
  on: LifecycleDate,
  outcome: Outcome,
  findings: z.array(IssueFinding),
  reasons: z.optional(z.string()),
  remedies: z.array(Remedy),
  noRemedyReason: z.optional(z.string()),
  outstandingActions: z.array(OutstandingAction),
  decidedBy: Id,
  communicatedBy: Id,
  /** Sent after the response deadline (with any extensions). */
  late: z.boolean(),
});
/**
 * See {@link ResponseRecord}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1-responded') complaint.stage1.response.outcome; // 'partially-upheld'
 * ```
 */
export type ResponseRecord = z.infer<typeof ResponseRecord>;

/**
 * How the stage 2 request was made (Code 6.11, 6.12, 5.11).
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2') complaint.stage2.escalation.late; // false
 * ```
 */
export const EscalationRecord = z.object({
  reasons: z.optional(z.string()),
  issues: z.array(Id),
  /** New issues the request raised, kept only where the policy allows them (policy s.6/s.7). */
  newIssues: z.optional(z.array(Issue)),
  /** Made after the escalation window; accepted with `discretionReason` (Code 5.11). */
  late: z.boolean(),
  discretionReason: z.optional(z.string()),
  /** Taken straight to stage 2 before a stage 1 response, as the policy allows (`escalation.direct`). */
  direct: z.optional(z.literal(true)),
  /** Handled at stage 2 from receipt (a `received` event with `direct`): no stage 1 acknowledgement or response was owed. */
  atReceipt: z.optional(z.literal(true)),
});
/**
 * See {@link EscalationRecord}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2') complaint.stage2.escalation.late; // false
 * ```
 */
export type EscalationRecord = z.infer<typeof EscalationRecord>;

const stageCommon = {
  /** The date the stage started: receipt (stage 1) or the escalation request (stage 2). */
  requestedOn: LifecycleDate,
  extensions: z.array(ExtensionRecord),
  clarifications: z.array(ClarificationRecord),
};
const acknowledged = { acknowledgedOn: LifecycleDate, handler: Id, definition: ComplaintDefinition };

/**
 * Stage 1 before acknowledgement.
 *
 * @example
 * ```ts
 * z.safeParse(Stage1Received, { stage: 1, requestedOn: '2025-01-03', extensions: [], clarifications: [] }).success; // true
 * ```
 */
export const Stage1Received = z.object({ stage: z.literal(1), ...stageCommon });
/**
 * Stage 1 acknowledged and defined.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1') complaint.stage1.acknowledgedOn; // '2025-01-06'
 * ```
 */
export const Stage1Acknowledged = z.object({ stage: z.literal(1), ...stageCommon, ...acknowledged });
/**
 * Stage 1 responded.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1-responded') complaint.stage1.response.on; // '2025-01-17'
 * ```
 */
export const Stage1Responded = z.object({ stage: z.literal(1), ...stageCommon, ...acknowledged, response: ResponseRecord });
/**
 * Stage 2 requested, not yet acknowledged.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2-requested') complaint.stage2.requestedOn; // '2025-01-22'
 * ```
 */
export const Stage2Requested = z.object({ stage: z.literal(2), ...stageCommon, escalation: EscalationRecord });
/**
 * Stage 2 acknowledged; `handler` is the reviewer (Code 6.13).
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2') complaint.stage2.handler; // the reviewer, 'officer-ben'
 * ```
 */
export const Stage2Acknowledged = z.object({ stage: z.literal(2), ...stageCommon, escalation: EscalationRecord, ...acknowledged });
/**
 * Stage 2 responded.
 *
 * @example
 * ```ts
 * if (complaint.status === 'closed' && complaint.stage2) complaint.stage2.response.outcome; // 'upheld'
 * ```
 */
export const Stage2Responded = z.object({
  stage: z.literal(2),
  ...stageCommon,
  escalation: EscalationRecord,
  ...acknowledged,
  response: ResponseRecord,
});
/**
 * See {@link Stage1Received}.
 *
 * @example
 * ```ts
 * z.safeParse(Stage1Received, { stage: 1, requestedOn: '2025-01-03', extensions: [], clarifications: [] }).success; // true
 * ```
 */
export type Stage1Received = z.infer<typeof Stage1Received>;
/**
 * See {@link Stage1Acknowledged}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1') complaint.stage1.acknowledgedOn; // '2025-01-06'
 * ```
 */
export type Stage1Acknowledged = z.infer<typeof Stage1Acknowledged>;
/**
 * See {@link Stage1Responded}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1-responded') complaint.stage1.response.on; // '2025-01-17'
 * ```
 */
export type Stage1Responded = z.infer<typeof Stage1Responded>;
/**
 * See {@link Stage2Requested}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2-requested') complaint.stage2.requestedOn; // '2025-01-22'
 * ```
 */
export type Stage2Requested = z.infer<typeof Stage2Requested>;
/**
 * See {@link Stage2Acknowledged}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2') complaint.stage2.handler; // the reviewer, 'officer-ben'
 * ```
 */
export type Stage2Acknowledged = z.infer<typeof Stage2Acknowledged>;
/**
 * See {@link Stage2Responded}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'closed' && complaint.stage2) complaint.stage2.response.outcome; // 'upheld'
 * ```
 */
export type Stage2Responded = z.infer<typeof Stage2Responded>;

// Most specific first: a union returns the first option that parses.
/** Stage 1 in any state: the schema of {@link Stage1Record}. */
export const Stage1Record = z.union([Stage1Responded, Stage1Acknowledged, Stage1Received]);
/** Stage 2 in any state: the schema of {@link Stage2Record}. */
export const Stage2Record = z.union([Stage2Responded, Stage2Acknowledged, Stage2Requested]);
/**
 * Stage 1 in any state.
 *
 * @example
 * ```ts
 * const s: Stage1Record = complaint.stage1;
 * ```
 */
export type Stage1Record = z.infer<typeof Stage1Record>;
/**
 * Stage 2 in any state.
 *
 * @example
 * ```ts
 * const s: Stage2Record | undefined = complaint.status === 'stage-2' ? complaint.stage2 : undefined;
 * ```
 */
export type Stage2Record = z.infer<typeof Stage2Record>;

/**
 * An additional issue and what became of it (Code 6.8).
 *
 * @example
 * ```ts
 * complaint.additionalIssues[0]?.disposition; // 'incorporated' or 'new-complaint'
 * ```
 */
export const AdditionalIssueRecord = z.object({
  on: LifecycleDate,
  issue: Issue,
  related: z.boolean(),
  disposition: z.enum(['incorporated', 'new-complaint']),
  source: Source,
});
/**
 * See {@link AdditionalIssueRecord}.
 *
 * @example
 * ```ts
 * complaint.additionalIssues[0]?.disposition; // 'incorporated' or 'new-complaint'
 * ```
 */
export type AdditionalIssueRecord = z.infer<typeof AdditionalIssueRecord>;

/**
 * A reasonable adjustment, disability or vulnerability on record, with its reviews (Code 5.10).
 *
 * @example
 * ```ts
 * complaint.adjustments[0]; // { id: 'adj-1', kind: 'reasonable-adjustment', recordedOn: '2025-01-07', reviewedOn: [], ... }
 * ```
 */
export const AdjustmentRecord = z.object({
  id: Id,
  kind: z.enum(ADJUSTMENT_KINDS),
  description: z.string(),
  recordedOn: LifecycleDate,
  reviewedOn: z.array(LifecycleDate),
  reviewEveryWorkingDays: z.optional(z.int()),
});
/**
 * See {@link AdjustmentRecord}.
 *
 * @example
 * ```ts
 * complaint.adjustments[0]; // { id: 'adj-1', kind: 'reasonable-adjustment', recordedOn: '2025-01-07', reviewedOn: [], ... }
 * ```
 */
export type AdjustmentRecord = z.infer<typeof AdjustmentRecord>;

/**
 * A notification to a role named by the procedure (policy s.6, s.7).
 *
 * @example
 * ```ts
 * const n: NotificationRecord = { role: 'landlord-complaints-officer', on: '2025-04-16' };
 * ```
 */
export const NotificationRecord = z.object({ role: Id, on: LifecycleDate });
/**
 * See {@link NotificationRecord}.
 *
 * @example
 * ```ts
 * const n: NotificationRecord = { role: 'landlord-complaints-officer', on: '2025-04-16' };
 * ```
 */
export type NotificationRecord = z.infer<typeof NotificationRecord>;

/**
 * An update sent to the complainant (Code 5.9, 6.6).
 *
 * @example
 * ```ts
 * const u: UpdateRecord = { on: '2025-01-16', note: 'Surveyor booked for 20 January' };
 * ```
 */
export const UpdateRecord = z.object({ on: LifecycleDate, note: z.optional(z.string()) });
/**
 * See {@link UpdateRecord}.
 *
 * @example
 * ```ts
 * const u: UpdateRecord = { on: '2025-01-16', note: 'Surveyor booked for 20 January' };
 * ```
 */
export type UpdateRecord = z.infer<typeof UpdateRecord>;

/**
 * Code 5.9: once a response will fall outside the Code's timescales (an extension is granted), the
 * complainant and the organisation must agree intervals for updates. `agreedEveryWorkingDays` is
 * set by an `update-sent` event with `everyWorkingDays`.
 *
 * @example
 * ```ts
 * complaint.updateIntervals; // { requiredSince: '2025-01-15', agreedOn: '2025-01-16', agreedEveryWorkingDays: 5, source: { provision: '5.9' } }
 * ```
 */
export const UpdateIntervals = z.object({
  requiredSince: z.optional(LifecycleDate),
  agreedOn: z.optional(LifecycleDate),
  agreedEveryWorkingDays: z.optional(z.int()),
  source: Source,
});
/**
 * See {@link UpdateIntervals}.
 *
 * @example
 * ```ts
 * complaint.updateIntervals; // { requiredSince: '2025-01-15', agreedOn: '2025-01-16', agreedEveryWorkingDays: 5, source: { provision: '5.9' } }
 * ```
 */
export type UpdateIntervals = z.infer<typeof UpdateIntervals>;

/**
 * A determination of the Ombudsman as recorded, each order with the date it was complied with
 * (Code 9.7(c)).
 *
 * @example
 * ```ts
 * complaint.ombudsman.determinations[0]; // { on: '2025-06-02', outcome: 'maladministration', orders: [{ id: 'o1', ..., compliedOn: '2025-06-20' }] }
 * ```
 */
export const DeterminationRecord = z.object({
  on: LifecycleDate,
  outcome: z.enum(DETERMINATION_LEVELS),
  reference: z.optional(z.string()),
  orders: z.array(z.object({ id: Id, description: z.string(), dueBy: z.optional(LifecycleDate), compliedOn: z.optional(LifecycleDate) })),
});
/**
 * See {@link DeterminationRecord}.
 *
 * @example
 * ```ts
 * complaint.ombudsman.determinations[0]?.outcome; // 'maladministration'
 * ```
 */
export type DeterminationRecord = z.infer<typeof DeterminationRecord>;

/**
 * The Ombudsman's involvement (policy s.10; Code 9.7(c)): referrals, requests for evidence, and
 * determinations with their orders.
 *
 * @example
 * ```ts
 * complaint.ombudsman.evidenceRequests; // [{ id: 'ev-1', requestedOn: '2025-04-14', providedOn: '2025-05-07' }]
 * ```
 */
export const OmbudsmanRecord = z.object({
  referrals: z.array(z.object({ on: LifecycleDate, reference: z.optional(z.string()) })),
  evidenceRequests: z.array(z.object({ id: Id, requestedOn: LifecycleDate, providedOn: z.optional(LifecycleDate) })),
  determinations: z.array(DeterminationRecord),
});
/**
 * See {@link OmbudsmanRecord}.
 *
 * @example
 * ```ts
 * complaint.ombudsman.evidenceRequests; // [{ id: 'ev-1', requestedOn: '2025-04-14', providedOn: '2025-05-07' }]
 * ```
 */
export type OmbudsmanRecord = z.infer<typeof OmbudsmanRecord>;

/**
 * A refusal as recorded (Code 2.4, 5.11). `stage` 1 is a refusal to accept, 2 a refusal to escalate.
 *
 * @example
 * ```ts
 * if (complaint.status === 'refused') complaint.refusal.grounds; // ['legal-proceedings']
 * ```
 */
export const RefusalRecord = z.object({
  on: LifecycleDate,
  stage: Stage,
  grounds: z.array(z.enum(EXCLUSION_GROUNDS)),
  writtenReasons: z.string(),
  ombudsmanRightGiven: z.boolean(),
});
/**
 * See {@link RefusalRecord}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'refused') complaint.refusal.grounds; // ['legal-proceedings']
 * ```
 */
export type RefusalRecord = z.infer<typeof RefusalRecord>;

/**
 * One applied event with its London date, in the order applied.
 *
 * @example
 * ```ts
 * complaint.history.map((h) => `${h.on} ${h.event.type}`); // ['2024-12-20 received', '2024-12-30 acknowledged', ...]
 * ```
 */
export const HistoryEntry = z.object({
  on: LifecycleDate,
  event: LifecycleEvent,
  /** Set when a later `voided` event withdrew this one: when, why and by whom. The rules ignore a voided event. */
  voided: z.optional(z.object({ on: LifecycleDate, reason: z.string(), by: Id })),
});
/**
 * See {@link HistoryEntry}.
 *
 * @example
 * ```ts
 * complaint.history.map((h) => `${h.on} ${h.event.type}`); // ['2024-12-20 received', '2024-12-30 acknowledged', ...]
 * ```
 */
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const common = {
  id: Id,
  /** The `policy.id` the complaint was started under. */
  policyId: Id,
  /** When the policy version the complaint is handled under came into force (`policy.inForce.from`): with `policyId`, the version. */
  policyVersion: z.optional(LifecycleDate),
  receivedOn: LifecycleDate,
  /**
   * The day the complainant became aware of the issue (found out they had a reason to complain),
   * from `received`, when known: a window period counted from `'awareness'` counts from it.
   */
  becameAwareOn: z.optional(LifecycleDate),
  channel: z.enum(CHANNELS),
  summary: z.optional(z.string()),
  representative: z.optional(Representative),
  /** The organisation's category for the complaint, from `received` or `acknowledged` (Code 9.7(a); policy s.12). */
  category: z.optional(Id),
  /** The tenure of the home (low cost rental or low cost home ownership), from `received`; TSMs CH01 and CH02 are reported per tenure. */
  tenure: z.optional(z.enum(TENURES)),
  /** `policy.procedures[].id`, once known. */
  procedure: z.optional(Id),
  /** Who holds each role of the procedure (`policy.roles` keys to people), as acknowledged. */
  roleHolders: z.optional(z.record(z.string(), Id)),
  acceptedOn: z.optional(LifecycleDate),
  discretionReason: z.optional(z.string()),
  notifications: z.array(NotificationRecord),
  additionalIssues: z.array(AdditionalIssueRecord),
  adjustments: z.array(AdjustmentRecord),
  updates: z.array(UpdateRecord),
  updateIntervals: z.optional(UpdateIntervals),
  ombudsman: OmbudsmanRecord,
  /** Every event applied, in order, with its London date. */
  history: z.array(HistoryEntry),
};

/**
 * Received, not yet acknowledged or refused.
 *
 * @example
 * ```ts
 * z.safeParse(ReceivedComplaint, stored).success;
 * ```
 */
export const ReceivedComplaint = z.object({ status: z.literal('received'), ...common, stage1: Stage1Received });
/**
 * Refused: not accepted (stage 1) or not escalated (stage 2) (Code 2.4, 5.11).
 *
 * @example
 * ```ts
 * z.safeParse(RefusedComplaint, stored).success;
 * ```
 */
export const RefusedComplaint = z.object({
  status: z.literal('refused'),
  ...common,
  stage1: Stage1Record,
  stage2: z.optional(Stage2Requested),
  refusal: RefusalRecord,
});
/**
 * Acknowledged and defined at stage 1, under investigation.
 *
 * @example
 * ```ts
 * z.safeParse(Stage1Complaint, stored).success;
 * ```
 */
export const Stage1Complaint = z.object({ status: z.literal('stage-1'), ...common, stage1: Stage1Acknowledged });
/**
 * Stage 1 response sent; the escalation window is open.
 *
 * @example
 * ```ts
 * z.safeParse(Stage1RespondedComplaint, stored).success;
 * ```
 */
export const Stage1RespondedComplaint = z.object({ status: z.literal('stage-1-responded'), ...common, stage1: Stage1Responded });
/**
 * Stage 2 requested, not yet acknowledged.
 *
 * @example
 * ```ts
 * z.safeParse(Stage2RequestedComplaint, stored).success;
 * ```
 */
export const Stage2RequestedComplaint = z.object({
  status: z.literal('stage-2-requested'),
  ...common,
  stage1: z.union([Stage1Responded, Stage1Acknowledged]),
  stage2: Stage2Requested,
});
/**
 * Stage 2 acknowledged, under review.
 *
 * @example
 * ```ts
 * z.safeParse(Stage2Complaint, stored).success;
 * ```
 */
export const Stage2Complaint = z.object({ status: z.literal('stage-2'), ...common, stage1: z.union([Stage1Responded, Stage1Acknowledged]), stage2: Stage2Acknowledged });
/**
 * The internal procedure has concluded; `closure.how` says how.
 *
 * @example
 * ```ts
 * if (complaint.status === 'closed') complaint.closure.how; // 'stage-2-response'
 * ```
 */
export const ClosedComplaint = z.object({
  status: z.literal('closed'),
  ...common,
  stage1: z.union([Stage1Responded, Stage1Acknowledged]),
  stage2: z.optional(Stage2Responded),
  closure: z.object({ on: LifecycleDate, how: z.enum(['stage-2-response', 'stage-1-accepted', 'escalation-window-lapsed']) }),
});
/**
 * Withdrawn by the complainant; `withdrawal.from` is the status it was withdrawn from.
 *
 * @example
 * ```ts
 * if (complaint.status === 'withdrawn') complaint.withdrawal.from; // 'stage-1'
 * ```
 */
export const WithdrawnComplaint = z.object({
  status: z.literal('withdrawn'),
  ...common,
  stage1: Stage1Record,
  stage2: z.optional(Stage2Record),
  withdrawal: z.object({
    on: LifecycleDate,
    reason: z.optional(z.string()),
    from: z.enum(['received', 'stage-1', 'stage-1-responded', 'stage-2-requested', 'stage-2']),
  }),
});

/**
 * A complaint under a policy: a discriminated union on `status`, plain JSON-serialisable data. It
 * keeps every applied event in `history`, and the dated record of each stage (receipt or request,
 * acknowledgement, extensions, response with outcome and remedies), refusals, withdrawals,
 * additional issues, adjustments, updates and the Ombudsman's involvement.
 *
 * @example
 * ```ts
 * const r = z.safeParse(Complaint, JSON.parse(stored)); // validate a complaint read back from storage
 * if (r.success && r.data.status === 'stage-1') console.log(r.data.stage1.handler);
 * ```
 */
export const Complaint = z.discriminatedUnion('status', [
  ReceivedComplaint,
  RefusedComplaint,
  Stage1Complaint,
  Stage1RespondedComplaint,
  Stage2RequestedComplaint,
  Stage2Complaint,
  ClosedComplaint,
  WithdrawnComplaint,
]);
/** See {@link Complaint}. */
export type Complaint = z.infer<typeof Complaint>;
/**
 * The complaint in one status, e.g. `ComplaintIn<'stage-1'>`.
 *
 * @example
 * ```ts
 * function reviewer(c: ComplaintIn<'stage-2'>): string { return c.stage2.handler; }
 * ```
 */
export type ComplaintIn<S extends Status> = Extract<Complaint, { status: S }>;
