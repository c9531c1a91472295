/**
 * The complaint the events build: a discriminated union on `status`, plain JSON-serialisable data
 * that keeps its dated history for reporting.
 */
import * as z from 'zod/mini';
import { EXCLUSION_GROUNDS, type ExclusionGroundId } from '../core/catalogue.js';
import { Source, SourceZod } from '../core/source-schema.js';
import { DETERMINATION_LEVELS, type DeterminationLevel } from '../outcomes/ombudsman.js';
import { IssueFinding, IssueFindingZod, Outcome, OutcomeZod, OutstandingAction, OutstandingActionZod, Remedy, RemedyZod } from '../outcomes/types.js';
import { LifecycleEvent, LifecycleEventZod } from './events/schemas.js';
import { ADJUSTMENT_KINDS, CHANNELS, ComplaintDefinition, ComplaintDefinitionZod, Id, Issue, IssueZod, LifecycleDate, LifecycleDateZod, Representative, RepresentativeZod, Stage, TENURES, type AdjustmentKind, type Channel, type Tenure } from './scalars.js';
import type { Status } from './status.js';
import type { Schema } from '../core/schema-type.js';

/** @internal The schema as built, for the type test. */
export const extensionRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    on: LifecycleDateZod,
    workingDays: z.int().check(z.minimum(1)),
    totalWorkingDays: z.int().check(z.minimum(1)),
    reasons: z.string(),
    goodReason: z.optional(z.string()),
    complainantAgreed: z.boolean(),
    ombudsmanDetailsGiven: z.boolean(),
    previousDueBy: LifecycleDateZod,
    newDueBy: LifecycleDateZod,
    late: z.boolean(),
    agreementNotReached: z.optional(z.literal(true)),
  }))();
/**
 * An extension as recorded: how many working days it added, the total for the stage so far, the
 * response date it replaced and whether it was notified after that date (`late`).
 *
 * @example
 * ```ts
 * complaint.stage1.extensions[0]; // { on: '2025-01-10', workingDays: 10, totalWorkingDays: 10, previousDueBy: '2025-01-14', newDueBy: '2025-01-28', late: false, ... }
 * ```
 */
export const ExtensionRecord: Schema<ExtensionRecord, ExtensionRecord> = extensionRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ExtensionRecordZod: z.ZodMiniType<ExtensionRecord, ExtensionRecord> = extensionRecordSchema;
/**
 * See {@link ExtensionRecord}.
 *
 * @example
 * ```ts
 * complaint.stage1.extensions[0]; // { on: '2025-01-10', workingDays: 10, totalWorkingDays: 10, previousDueBy: '2025-01-14', newDueBy: '2025-01-28', late: false, ... }
 * ```
 */
export interface ExtensionRecord {
  /** The date the extension was notified. */
  on: string;
  /** An extension adds at least one working day: replay never records one of 0 days or fewer. */
  workingDays: number;
  totalWorkingDays: number;
  reasons: string;
  goodReason?: string | undefined;
  complainantAgreed: boolean;
  ombudsmanDetailsGiven: boolean;
  previousDueBy: string;
  newDueBy: string;
  /** Notified after the deadline it extends (the Ombudsman expects extensions within the original timescale). */
  late: boolean;
  /**
   * `true` when the extension takes the stage beyond the policy's agreement point, the complainant
   * did not agree, and the policy's rule for that case was followed (`whenAgreementNotReached`:
   * the Ombudsman's contact details were given, so the plan can be challenged).
   */
  agreementNotReached?: true | undefined;
}

/** @internal The schema as built, for the type test. */
export const clarificationRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    requestedOn: LifecycleDateZod,
    question: z.optional(z.string()),
    receivedOn: z.optional(LifecycleDateZod),
    answer: z.optional(z.string()),
  }))();
/**
 * A clarification asked of the complainant (Code 5.6) and, once given, its answer.
 *
 * @example
 * ```ts
 * const q: ClarificationRecord = { requestedOn: '2025-01-07', question: 'Which boiler?' };
 * ```
 */
export const ClarificationRecord: Schema<ClarificationRecord, ClarificationRecord> = clarificationRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ClarificationRecordZod: z.ZodMiniType<ClarificationRecord, ClarificationRecord> = clarificationRecordSchema;
/**
 * See {@link ClarificationRecord}.
 *
 * @example
 * ```ts
 * const q: ClarificationRecord = { requestedOn: '2025-01-07', question: 'Which boiler?' };
 * ```
 */
export interface ClarificationRecord {
  requestedOn: string;
  question?: string | undefined;
  receivedOn?: string | undefined;
  answer?: string | undefined;
}

/** @internal The schema as built, for the type test. */
export const responseRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    on: LifecycleDateZod,
    outcome: OutcomeZod,
    findings: z.array(IssueFindingZod),
    reasons: z.optional(z.string()),
    remedies: z.array(RemedyZod),
    noRemedyReason: z.optional(z.string()),
    outstandingActions: z.array(OutstandingActionZod),
    decidedBy: Id,
    communicatedBy: Id,
    late: z.boolean(),
  }))();
/**
 * A response as recorded, with the outcome decided from its findings (policy s.8).
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1-responded') complaint.stage1.response.outcome; // 'partially-upheld'
 * ```
 */
export const ResponseRecord: Schema<ResponseRecord, ResponseRecord> = responseRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ResponseRecordZod: z.ZodMiniType<ResponseRecord, ResponseRecord> = responseRecordSchema;
/**
 * See {@link ResponseRecord}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1-responded') complaint.stage1.response.outcome; // 'partially-upheld'
 * ```
 */
export interface ResponseRecord {
  on: string;
  outcome: Outcome;
  findings: IssueFinding[];
  reasons?: string | undefined;
  remedies: Remedy[];
  noRemedyReason?: string | undefined;
  outstandingActions: OutstandingAction[];
  decidedBy: string;
  communicatedBy: string;
  /** Sent after the response deadline (with any extensions). */
  late: boolean;
}

/** @internal The schema as built, for the type test. */
export const escalationRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    reasons: z.optional(z.string()),
    issues: z.array(Id),
    newIssues: z.optional(z.array(IssueZod)),
    late: z.boolean(),
    discretionReason: z.optional(z.string()),
    direct: z.optional(z.literal(true)),
    atReceipt: z.optional(z.literal(true)),
  }))();
/**
 * How the stage 2 request was made (Code 6.11, 6.12, 5.11).
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2') complaint.stage2.escalation.late; // false
 * ```
 */
export const EscalationRecord: Schema<EscalationRecord, EscalationRecord> = escalationRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const EscalationRecordZod: z.ZodMiniType<EscalationRecord, EscalationRecord> = escalationRecordSchema;
/**
 * See {@link EscalationRecord}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2') complaint.stage2.escalation.late; // false
 * ```
 */
export interface EscalationRecord {
  reasons?: string | undefined;
  issues: string[];
  /** New issues the request raised, kept only where the policy allows them (policy s.6/s.7). */
  newIssues?: Issue[] | undefined;
  /** Made after the escalation window; accepted with `discretionReason` (Code 5.11). */
  late: boolean;
  discretionReason?: string | undefined;
  /** Taken straight to stage 2 before a stage 1 response, as the policy allows (`escalation.direct`). */
  direct?: true | undefined;
  /** Handled at stage 2 from receipt (a `received` event with `direct`): no stage 1 acknowledgement or response was owed. */
  atReceipt?: true | undefined;
}

const stageCommon = /* @__PURE__ */ (() =>
  ({
    /** The date the stage started: receipt (stage 1) or the escalation request (stage 2). */
    requestedOn: LifecycleDateZod,
    extensions: z.array(ExtensionRecordZod),
    clarifications: z.array(ClarificationRecordZod),
  }))();
const acknowledged = { acknowledgedOn: LifecycleDateZod, handler: Id, definition: ComplaintDefinitionZod };

/** @internal The schema as built, for the type test. */
export const stage1ReceivedSchema = /* @__PURE__ */ (() =>
  z.object({ stage: z.literal(1), ...stageCommon }))();
/**
 * Stage 1 before acknowledgement.
 *
 * @example
 * ```ts
 * Stage1Received.safeParse({ stage: 1, requestedOn: '2025-01-03', extensions: [], clarifications: [] }).success; // true
 * ```
 */
export const Stage1Received: Schema<Stage1Received, Stage1Received> = stage1ReceivedSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage1ReceivedZod: z.ZodMiniType<Stage1Received, Stage1Received> = stage1ReceivedSchema;
/** @internal The schema as built, for the type test. */
export const stage1AcknowledgedSchema = /* @__PURE__ */ (() =>
  z.object({ stage: z.literal(1), ...stageCommon, ...acknowledged }))();
/**
 * Stage 1 acknowledged and defined.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1') complaint.stage1.acknowledgedOn; // '2025-01-06'
 * ```
 */
export const Stage1Acknowledged: Schema<Stage1Acknowledged, Stage1Acknowledged> = stage1AcknowledgedSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage1AcknowledgedZod: z.ZodMiniType<Stage1Acknowledged, Stage1Acknowledged> = stage1AcknowledgedSchema;
/** @internal The schema as built, for the type test. */
export const stage1RespondedSchema = /* @__PURE__ */ (() =>
  z.object({ stage: z.literal(1), ...stageCommon, ...acknowledged, response: ResponseRecordZod }))();
/**
 * Stage 1 responded.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1-responded') complaint.stage1.response.on; // '2025-01-17'
 * ```
 */
export const Stage1Responded: Schema<Stage1Responded, Stage1Responded> = stage1RespondedSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage1RespondedZod: z.ZodMiniType<Stage1Responded, Stage1Responded> = stage1RespondedSchema;
/** @internal The schema as built, for the type test. */
export const stage2RequestedSchema = /* @__PURE__ */ (() =>
  z.object({ stage: z.literal(2), ...stageCommon, escalation: EscalationRecordZod }))();
/**
 * Stage 2 requested, not yet acknowledged.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2-requested') complaint.stage2.requestedOn; // '2025-01-22'
 * ```
 */
export const Stage2Requested: Schema<Stage2Requested, Stage2Requested> = stage2RequestedSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage2RequestedZod: z.ZodMiniType<Stage2Requested, Stage2Requested> = stage2RequestedSchema;
/** @internal The schema as built, for the type test. */
export const stage2AcknowledgedSchema = /* @__PURE__ */ (() =>
  z.object({ stage: z.literal(2), ...stageCommon, escalation: EscalationRecordZod, ...acknowledged }))();
/**
 * Stage 2 acknowledged; `handler` is the reviewer (Code 6.13).
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2') complaint.stage2.handler; // the reviewer, 'officer-ben'
 * ```
 */
export const Stage2Acknowledged: Schema<Stage2Acknowledged, Stage2Acknowledged> = stage2AcknowledgedSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage2AcknowledgedZod: z.ZodMiniType<Stage2Acknowledged, Stage2Acknowledged> = stage2AcknowledgedSchema;
/** @internal The schema as built, for the type test. */
export const stage2RespondedSchema = /* @__PURE__ */ (() =>
  z.object({
    stage: z.literal(2),
    ...stageCommon,
    escalation: EscalationRecordZod,
    ...acknowledged,
    response: ResponseRecordZod,
  }))();
/**
 * Stage 2 responded.
 *
 * @example
 * ```ts
 * if (complaint.status === 'closed' && complaint.stage2) complaint.stage2.response.outcome; // 'upheld'
 * ```
 */
export const Stage2Responded: Schema<Stage2Responded, Stage2Responded> = stage2RespondedSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage2RespondedZod: z.ZodMiniType<Stage2Responded, Stage2Responded> = stage2RespondedSchema;
/**
 * See {@link Stage1Received}.
 *
 * @example
 * ```ts
 * Stage1Received.safeParse({ stage: 1, requestedOn: '2025-01-03', extensions: [], clarifications: [] }).success; // true
 * ```
 */
export interface Stage1Received {
  stage: 1;
  /** The date the stage started: receipt (stage 1) or the escalation request (stage 2). */
  requestedOn: string;
  extensions: ExtensionRecord[];
  clarifications: ClarificationRecord[];
}
/**
 * See {@link Stage1Acknowledged}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1') complaint.stage1.acknowledgedOn; // '2025-01-06'
 * ```
 */
export interface Stage1Acknowledged {
  stage: 1;
  /** The date the stage started: receipt (stage 1) or the escalation request (stage 2). */
  requestedOn: string;
  extensions: ExtensionRecord[];
  clarifications: ClarificationRecord[];
  acknowledgedOn: string;
  handler: string;
  definition: ComplaintDefinition;
}
/**
 * See {@link Stage1Responded}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-1-responded') complaint.stage1.response.on; // '2025-01-17'
 * ```
 */
export interface Stage1Responded {
  stage: 1;
  /** The date the stage started: receipt (stage 1) or the escalation request (stage 2). */
  requestedOn: string;
  extensions: ExtensionRecord[];
  clarifications: ClarificationRecord[];
  acknowledgedOn: string;
  handler: string;
  definition: ComplaintDefinition;
  response: ResponseRecord;
}
/**
 * See {@link Stage2Requested}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2-requested') complaint.stage2.requestedOn; // '2025-01-22'
 * ```
 */
export interface Stage2Requested {
  stage: 2;
  /** The date the stage started: receipt (stage 1) or the escalation request (stage 2). */
  requestedOn: string;
  extensions: ExtensionRecord[];
  clarifications: ClarificationRecord[];
  escalation: EscalationRecord;
}
/**
 * See {@link Stage2Acknowledged}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'stage-2') complaint.stage2.handler; // the reviewer, 'officer-ben'
 * ```
 */
export interface Stage2Acknowledged {
  stage: 2;
  /** The date the stage started: receipt (stage 1) or the escalation request (stage 2). */
  requestedOn: string;
  extensions: ExtensionRecord[];
  clarifications: ClarificationRecord[];
  escalation: EscalationRecord;
  acknowledgedOn: string;
  handler: string;
  definition: ComplaintDefinition;
}
/**
 * See {@link Stage2Responded}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'closed' && complaint.stage2) complaint.stage2.response.outcome; // 'upheld'
 * ```
 */
export interface Stage2Responded {
  stage: 2;
  /** The date the stage started: receipt (stage 1) or the escalation request (stage 2). */
  requestedOn: string;
  extensions: ExtensionRecord[];
  clarifications: ClarificationRecord[];
  escalation: EscalationRecord;
  acknowledgedOn: string;
  handler: string;
  definition: ComplaintDefinition;
  response: ResponseRecord;
}

// Most specific first: a union returns the first option that parses.
/** @internal The schema as built, for the type test. */
export const stage1RecordSchema = /* @__PURE__ */ (() =>
  z.union([Stage1RespondedZod, Stage1AcknowledgedZod, Stage1ReceivedZod]))();
/** Stage 1 in any state: the schema of {@link Stage1Record}. */
export const Stage1Record: Schema<Stage1Record, Stage1Record> = stage1RecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage1RecordZod: z.ZodMiniType<Stage1Record, Stage1Record> = stage1RecordSchema;
/** @internal The schema as built, for the type test. */
export const stage2RecordSchema = /* @__PURE__ */ (() =>
  z.union([Stage2RespondedZod, Stage2AcknowledgedZod, Stage2RequestedZod]))();
/** Stage 2 in any state: the schema of {@link Stage2Record}. */
export const Stage2Record: Schema<Stage2Record, Stage2Record> = stage2RecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage2RecordZod: z.ZodMiniType<Stage2Record, Stage2Record> = stage2RecordSchema;
/**
 * Stage 1 in any state.
 *
 * @example
 * ```ts
 * const s: Stage1Record = complaint.stage1;
 * ```
 */
export type Stage1Record = Stage1Received | Stage1Acknowledged | Stage1Responded;
/**
 * Stage 2 in any state.
 *
 * @example
 * ```ts
 * const s: Stage2Record | undefined = complaint.status === 'stage-2' ? complaint.stage2 : undefined;
 * ```
 */
export type Stage2Record = Stage2Requested | Stage2Acknowledged | Stage2Responded;

/** @internal The schema as built, for the type test. */
export const additionalIssueRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    on: LifecycleDateZod,
    issue: IssueZod,
    related: z.boolean(),
    disposition: z.enum(['incorporated', 'new-complaint']),
    source: SourceZod,
  }))();
/**
 * An additional issue and what became of it (Code 6.8).
 *
 * @example
 * ```ts
 * complaint.additionalIssues[0]?.disposition; // 'incorporated' or 'new-complaint'
 * ```
 */
export const AdditionalIssueRecord: Schema<AdditionalIssueRecord, AdditionalIssueRecord> = additionalIssueRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const AdditionalIssueRecordZod: z.ZodMiniType<AdditionalIssueRecord, AdditionalIssueRecord> = additionalIssueRecordSchema;
/**
 * See {@link AdditionalIssueRecord}.
 *
 * @example
 * ```ts
 * complaint.additionalIssues[0]?.disposition; // 'incorporated' or 'new-complaint'
 * ```
 */
export interface AdditionalIssueRecord {
  on: string;
  issue: Issue;
  related: boolean;
  disposition: 'incorporated' | 'new-complaint';
  source: Source;
}

/** @internal The schema as built, for the type test. */
export const adjustmentRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    id: Id,
    kind: z.enum(ADJUSTMENT_KINDS),
    description: z.string(),
    recordedOn: LifecycleDateZod,
    reviewedOn: z.array(LifecycleDateZod),
    reviewEveryWorkingDays: z.optional(z.int()),
  }))();
/**
 * A reasonable adjustment, disability or vulnerability on record, with its reviews (Code 5.10).
 *
 * @example
 * ```ts
 * complaint.adjustments[0]; // { id: 'adj-1', kind: 'reasonable-adjustment', recordedOn: '2025-01-07', reviewedOn: [], ... }
 * ```
 */
export const AdjustmentRecord: Schema<AdjustmentRecord, AdjustmentRecord> = adjustmentRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const AdjustmentRecordZod: z.ZodMiniType<AdjustmentRecord, AdjustmentRecord> = adjustmentRecordSchema;
/**
 * See {@link AdjustmentRecord}.
 *
 * @example
 * ```ts
 * complaint.adjustments[0]; // { id: 'adj-1', kind: 'reasonable-adjustment', recordedOn: '2025-01-07', reviewedOn: [], ... }
 * ```
 */
export interface AdjustmentRecord {
  id: string;
  kind: AdjustmentKind;
  description: string;
  recordedOn: string;
  reviewedOn: string[];
  reviewEveryWorkingDays?: number | undefined;
}

/** @internal The schema as built, for the type test. */
export const notificationRecordSchema = /* @__PURE__ */ (() =>
  z.object({ role: Id, on: LifecycleDateZod }))();
/**
 * A notification to a role named by the procedure (policy s.6, s.7).
 *
 * @example
 * ```ts
 * const n: NotificationRecord = { role: 'landlord-complaints-officer', on: '2025-04-16' };
 * ```
 */
export const NotificationRecord: Schema<NotificationRecord, NotificationRecord> = notificationRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const NotificationRecordZod: z.ZodMiniType<NotificationRecord, NotificationRecord> = notificationRecordSchema;
/**
 * See {@link NotificationRecord}.
 *
 * @example
 * ```ts
 * const n: NotificationRecord = { role: 'landlord-complaints-officer', on: '2025-04-16' };
 * ```
 */
export interface NotificationRecord {
  role: string;
  on: string;
}

/** @internal The schema as built, for the type test. */
export const updateRecordSchema = /* @__PURE__ */ (() =>
  z.object({ on: LifecycleDateZod, note: z.optional(z.string()) }))();
/**
 * An update sent to the complainant (Code 5.9, 6.6).
 *
 * @example
 * ```ts
 * const u: UpdateRecord = { on: '2025-01-16', note: 'Surveyor booked for 20 January' };
 * ```
 */
export const UpdateRecord: Schema<UpdateRecord, UpdateRecord> = updateRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const UpdateRecordZod: z.ZodMiniType<UpdateRecord, UpdateRecord> = updateRecordSchema;
/**
 * See {@link UpdateRecord}.
 *
 * @example
 * ```ts
 * const u: UpdateRecord = { on: '2025-01-16', note: 'Surveyor booked for 20 January' };
 * ```
 */
export interface UpdateRecord {
  on: string;
  note?: string | undefined;
}

/** @internal The schema as built, for the type test. */
export const updateIntervalsSchema = /* @__PURE__ */ (() =>
  z.object({
    requiredSince: z.optional(LifecycleDateZod),
    agreedOn: z.optional(LifecycleDateZod),
    agreedEveryWorkingDays: z.optional(z.int()),
    source: SourceZod,
  }))();
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
export const UpdateIntervals: Schema<UpdateIntervals, UpdateIntervals> = updateIntervalsSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const UpdateIntervalsZod: z.ZodMiniType<UpdateIntervals, UpdateIntervals> = updateIntervalsSchema;
/**
 * See {@link UpdateIntervals}.
 *
 * @example
 * ```ts
 * complaint.updateIntervals; // { requiredSince: '2025-01-15', agreedOn: '2025-01-16', agreedEveryWorkingDays: 5, source: { provision: '5.9' } }
 * ```
 */
export interface UpdateIntervals {
  requiredSince?: string | undefined;
  agreedOn?: string | undefined;
  agreedEveryWorkingDays?: number | undefined;
  source: Source;
}

/** @internal The schema as built, for the type test. */
export const determinationRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    on: LifecycleDateZod,
    outcome: z.enum(DETERMINATION_LEVELS),
    reference: z.optional(z.string()),
    orders: z.array(z.object({ id: Id, description: z.string(), dueBy: z.optional(LifecycleDateZod), compliedOn: z.optional(LifecycleDateZod) })),
  }))();
/**
 * A determination of the Ombudsman as recorded, each order with the date it was complied with
 * (Code 9.7(c)).
 *
 * @example
 * ```ts
 * complaint.ombudsman.determinations[0]; // { on: '2025-06-02', outcome: 'maladministration', orders: [{ id: 'o1', ..., compliedOn: '2025-06-20' }] }
 * ```
 */
export const DeterminationRecord: Schema<DeterminationRecord, DeterminationRecord> = determinationRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const DeterminationRecordZod: z.ZodMiniType<DeterminationRecord, DeterminationRecord> = determinationRecordSchema;
/**
 * See {@link DeterminationRecord}.
 *
 * @example
 * ```ts
 * complaint.ombudsman.determinations[0]?.outcome; // 'maladministration'
 * ```
 */
export interface DeterminationRecord {
  on: string;
  outcome: DeterminationLevel;
  reference?: string | undefined;
  orders: { id: string; description: string; dueBy?: string | undefined; compliedOn?: string | undefined }[];
}

/** @internal The schema as built, for the type test. */
export const ombudsmanRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    referrals: z.array(z.object({ on: LifecycleDateZod, reference: z.optional(z.string()) })),
    evidenceRequests: z.array(z.object({ id: Id, requestedOn: LifecycleDateZod, providedOn: z.optional(LifecycleDateZod) })),
    determinations: z.array(DeterminationRecordZod),
  }))();
/**
 * The Ombudsman's involvement (policy s.10; Code 9.7(c)): referrals, requests for evidence, and
 * determinations with their orders.
 *
 * @example
 * ```ts
 * complaint.ombudsman.evidenceRequests; // [{ id: 'ev-1', requestedOn: '2025-04-14', providedOn: '2025-05-07' }]
 * ```
 */
export const OmbudsmanRecord: Schema<OmbudsmanRecord, OmbudsmanRecord> = ombudsmanRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OmbudsmanRecordZod: z.ZodMiniType<OmbudsmanRecord, OmbudsmanRecord> = ombudsmanRecordSchema;
/**
 * See {@link OmbudsmanRecord}.
 *
 * @example
 * ```ts
 * complaint.ombudsman.evidenceRequests; // [{ id: 'ev-1', requestedOn: '2025-04-14', providedOn: '2025-05-07' }]
 * ```
 */
export interface OmbudsmanRecord {
  referrals: { on: string; reference?: string | undefined }[];
  evidenceRequests: { id: string; requestedOn: string; providedOn?: string | undefined }[];
  determinations: DeterminationRecord[];
}

/** @internal The schema as built, for the type test. */
export const refusalRecordSchema = /* @__PURE__ */ (() =>
  z.object({
    on: LifecycleDateZod,
    stage: Stage,
    grounds: z.array(z.enum(EXCLUSION_GROUNDS)),
    writtenReasons: z.string(),
    ombudsmanRightGiven: z.boolean(),
  }))();
/**
 * A refusal as recorded (Code 2.4, 5.11). `stage` 1 is a refusal to accept, 2 a refusal to escalate.
 *
 * @example
 * ```ts
 * if (complaint.status === 'refused') complaint.refusal.grounds; // ['legal-proceedings']
 * ```
 */
export const RefusalRecord: Schema<RefusalRecord, RefusalRecord> = refusalRecordSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const RefusalRecordZod: z.ZodMiniType<RefusalRecord, RefusalRecord> = refusalRecordSchema;
/**
 * See {@link RefusalRecord}.
 *
 * @example
 * ```ts
 * if (complaint.status === 'refused') complaint.refusal.grounds; // ['legal-proceedings']
 * ```
 */
export interface RefusalRecord {
  on: string;
  stage: 1 | 2;
  grounds: ExclusionGroundId[];
  writtenReasons: string;
  ombudsmanRightGiven: boolean;
}

/** @internal The schema as built, for the type test. */
export const historyEntrySchema = /* @__PURE__ */ (() =>
  z.object({
    on: LifecycleDateZod,
    event: LifecycleEventZod,
    voided: z.optional(z.object({ on: LifecycleDateZod, reason: z.string(), by: Id })),
  }))();
/**
 * One applied event with its London date, in the order applied.
 *
 * @example
 * ```ts
 * complaint.history.map((h) => `${h.on} ${h.event.type}`); // ['2024-12-20 received', '2024-12-30 acknowledged', ...]
 * ```
 */
export const HistoryEntry: Schema<HistoryEntry, HistoryEntry> = historyEntrySchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const HistoryEntryZod: z.ZodMiniType<HistoryEntry, HistoryEntry> = historyEntrySchema;
/**
 * See {@link HistoryEntry}.
 *
 * @example
 * ```ts
 * complaint.history.map((h) => `${h.on} ${h.event.type}`); // ['2024-12-20 received', '2024-12-30 acknowledged', ...]
 * ```
 */
export interface HistoryEntry {
  on: string;
  event: LifecycleEvent;
  /** Set when a later `voided` event withdrew this one: when, why and by whom. The rules ignore a voided event. */
  voided?: { on: string; reason: string; by: string } | undefined;
}

/**
 * What a complaint in every status has: its ids and policy version, how it was received, and the
 * dated records kept across stages (notifications, additional issues, adjustments, updates, the
 * Ombudsman's involvement and the history of applied events).
 *
 * @example
 * ```ts
 * const label = (c: ComplaintBase) => `${c.id} (${c.channel}, ${c.history.length} events)`;
 * label(complaint); // every status of Complaint has these fields
 * ```
 */
export interface ComplaintBase {
  id: string;
  /** The `policy.id` the complaint was started under. */
  policyId: string;
  /** When the policy version the complaint is handled under came into force (`policy.inForce.from`): with `policyId`, the version. */
  policyVersion?: string | undefined;
  receivedOn: string;
  /**
   * The day the complainant became aware of the issue (found out they had a reason to complain),
   * from `received`, when known: a window period counted from `'awareness'` counts from it.
   */
  becameAwareOn?: string | undefined;
  channel: Channel;
  summary?: string | undefined;
  representative?: Representative | undefined;
  /** The organisation's category for the complaint, from `received` or `acknowledged` (Code 9.7(a); policy s.12). */
  category?: string | undefined;
  /** The tenure of the home (low cost rental or low cost home ownership), from `received` or `acknowledged`; TSMs CH01 and CH02 are reported per tenure. */
  tenure?: Tenure | undefined;
  /** `policy.procedures[].id`, once known. */
  procedure?: string | undefined;
  /** Who holds each role of the procedure (`policy.roles` keys to people), as acknowledged. */
  roleHolders?: Record<string, string> | undefined;
  acceptedOn?: string | undefined;
  discretionReason?: string | undefined;
  notifications: NotificationRecord[];
  additionalIssues: AdditionalIssueRecord[];
  adjustments: AdjustmentRecord[];
  updates: UpdateRecord[];
  updateIntervals?: UpdateIntervals | undefined;
  ombudsman: OmbudsmanRecord;
  /** Every event applied, in order, with its London date. */
  history: HistoryEntry[];
}

const common = /* @__PURE__ */ (() =>
  ({
    id: Id,
    policyId: Id,
    policyVersion: z.optional(LifecycleDateZod),
    receivedOn: LifecycleDateZod,
    becameAwareOn: z.optional(LifecycleDateZod),
    channel: z.enum(CHANNELS),
    summary: z.optional(z.string()),
    representative: z.optional(RepresentativeZod),
    category: z.optional(Id),
    tenure: z.optional(z.enum(TENURES)),
    procedure: z.optional(Id),
    roleHolders: z.optional(z.record(z.string(), Id)),
    acceptedOn: z.optional(LifecycleDateZod),
    discretionReason: z.optional(z.string()),
    notifications: z.array(NotificationRecordZod),
    additionalIssues: z.array(AdditionalIssueRecordZod),
    adjustments: z.array(AdjustmentRecordZod),
    updates: z.array(UpdateRecordZod),
    updateIntervals: z.optional(UpdateIntervalsZod),
    ombudsman: OmbudsmanRecordZod,
    history: z.array(HistoryEntryZod),
  }))();

/** @internal The schema as built, for the union and the type test. */
export const receivedComplaintSchema = /* @__PURE__ */ (() =>
  z.object({ status: z.literal('received'), ...common, stage1: Stage1ReceivedZod }))();
/** @internal The schema as built, for the union and the type test. */
export const refusedComplaintSchema = /* @__PURE__ */ (() =>
  z.object({
    status: z.literal('refused'),
    ...common,
    stage1: Stage1RecordZod,
    stage2: z.optional(Stage2RequestedZod),
    refusal: RefusalRecordZod,
  }))();
/** @internal The schema as built, for the union and the type test. */
export const stage1ComplaintSchema = /* @__PURE__ */ (() =>
  z.object({ status: z.literal('stage-1'), ...common, stage1: Stage1AcknowledgedZod }))();
/** @internal The schema as built, for the union and the type test. */
export const stage1RespondedComplaintSchema = /* @__PURE__ */ (() =>
  z.object({ status: z.literal('stage-1-responded'), ...common, stage1: Stage1RespondedZod }))();
/** @internal The schema as built, for the union and the type test. */
export const stage2RequestedComplaintSchema = /* @__PURE__ */ (() =>
  z.object({
    status: z.literal('stage-2-requested'),
    ...common,
    stage1: z.union([Stage1RespondedZod, Stage1AcknowledgedZod]),
    stage2: Stage2RequestedZod,
  }))();
/** @internal The schema as built, for the union and the type test. */
export const stage2ComplaintSchema = /* @__PURE__ */ (() =>
  z.object({ status: z.literal('stage-2'), ...common, stage1: z.union([Stage1RespondedZod, Stage1AcknowledgedZod]), stage2: Stage2AcknowledgedZod }))();
/** @internal The schema as built, for the union and the type test. */
export const closedComplaintSchema = /* @__PURE__ */ (() =>
  z.object({
    status: z.literal('closed'),
    ...common,
    stage1: z.union([Stage1RespondedZod, Stage1AcknowledgedZod]),
    stage2: z.optional(Stage2RespondedZod),
    closure: z.object({ on: LifecycleDateZod, how: z.enum(['stage-2-response', 'stage-1-accepted', 'escalation-window-lapsed']) }),
  }))();
/** @internal The schema as built, for the union and the type test. */
export const withdrawnComplaintSchema = /* @__PURE__ */ (() =>
  z.object({
    status: z.literal('withdrawn'),
    ...common,
    stage1: Stage1RecordZod,
    stage2: z.optional(Stage2RecordZod),
    withdrawal: z.object({
      on: LifecycleDateZod,
      reason: z.optional(z.string()),
      from: z.enum(['received', 'stage-1', 'stage-1-responded', 'stage-2-requested', 'stage-2']),
    }),
  }))();

/**
 * Received, not yet acknowledged or refused.
 *
 * @example
 * ```ts
 * ReceivedComplaint.safeParse(stored).success;
 * ```
 */
export interface ReceivedComplaint extends ComplaintBase {
  status: 'received';
  stage1: Stage1Received;
}
/** The schema of {@link ReceivedComplaint}. */
export const ReceivedComplaint: Schema<ReceivedComplaint, ReceivedComplaint> = receivedComplaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ReceivedComplaintZod: z.ZodMiniType<ReceivedComplaint, ReceivedComplaint> = receivedComplaintSchema;

/**
 * Refused: not accepted (stage 1) or not escalated (stage 2) (Code 2.4, 5.11).
 *
 * @example
 * ```ts
 * RefusedComplaint.safeParse(stored).success;
 * ```
 */
export interface RefusedComplaint extends ComplaintBase {
  status: 'refused';
  stage1: Stage1Record;
  stage2?: Stage2Requested | undefined;
  refusal: RefusalRecord;
}
/** The schema of {@link RefusedComplaint}. */
export const RefusedComplaint: Schema<RefusedComplaint, RefusedComplaint> = refusedComplaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const RefusedComplaintZod: z.ZodMiniType<RefusedComplaint, RefusedComplaint> = refusedComplaintSchema;

/**
 * Acknowledged and defined at stage 1, under investigation.
 *
 * @example
 * ```ts
 * Stage1Complaint.safeParse(stored).success;
 * ```
 */
export interface Stage1Complaint extends ComplaintBase {
  status: 'stage-1';
  stage1: Stage1Acknowledged;
}
/** The schema of {@link Stage1Complaint}. */
export const Stage1Complaint: Schema<Stage1Complaint, Stage1Complaint> = stage1ComplaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage1ComplaintZod: z.ZodMiniType<Stage1Complaint, Stage1Complaint> = stage1ComplaintSchema;

/**
 * Stage 1 response sent; the escalation window is open.
 *
 * @example
 * ```ts
 * Stage1RespondedComplaint.safeParse(stored).success;
 * ```
 */
export interface Stage1RespondedComplaint extends ComplaintBase {
  status: 'stage-1-responded';
  stage1: Stage1Responded;
}
/** The schema of {@link Stage1RespondedComplaint}. */
export const Stage1RespondedComplaint: Schema<Stage1RespondedComplaint, Stage1RespondedComplaint> = stage1RespondedComplaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage1RespondedComplaintZod: z.ZodMiniType<Stage1RespondedComplaint, Stage1RespondedComplaint> = stage1RespondedComplaintSchema;

/**
 * Stage 2 requested, not yet acknowledged.
 *
 * @example
 * ```ts
 * Stage2RequestedComplaint.safeParse(stored).success;
 * ```
 */
export interface Stage2RequestedComplaint extends ComplaintBase {
  status: 'stage-2-requested';
  stage1: Stage1Responded | Stage1Acknowledged;
  stage2: Stage2Requested;
}
/** The schema of {@link Stage2RequestedComplaint}. */
export const Stage2RequestedComplaint: Schema<Stage2RequestedComplaint, Stage2RequestedComplaint> = stage2RequestedComplaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage2RequestedComplaintZod: z.ZodMiniType<Stage2RequestedComplaint, Stage2RequestedComplaint> = stage2RequestedComplaintSchema;

/**
 * Stage 2 acknowledged, under review.
 *
 * @example
 * ```ts
 * Stage2Complaint.safeParse(stored).success;
 * ```
 */
export interface Stage2Complaint extends ComplaintBase {
  status: 'stage-2';
  stage1: Stage1Responded | Stage1Acknowledged;
  stage2: Stage2Acknowledged;
}
/** The schema of {@link Stage2Complaint}. */
export const Stage2Complaint: Schema<Stage2Complaint, Stage2Complaint> = stage2ComplaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const Stage2ComplaintZod: z.ZodMiniType<Stage2Complaint, Stage2Complaint> = stage2ComplaintSchema;

/**
 * The internal procedure has concluded; `closure.how` says how.
 *
 * @example
 * ```ts
 * if (complaint.status === 'closed') complaint.closure.how; // 'stage-2-response'
 * ```
 */
export interface ClosedComplaint extends ComplaintBase {
  status: 'closed';
  stage1: Stage1Responded | Stage1Acknowledged;
  stage2?: Stage2Responded | undefined;
  closure: { on: string; how: 'stage-2-response' | 'stage-1-accepted' | 'escalation-window-lapsed' };
}
/** The schema of {@link ClosedComplaint}. */
export const ClosedComplaint: Schema<ClosedComplaint, ClosedComplaint> = closedComplaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ClosedComplaintZod: z.ZodMiniType<ClosedComplaint, ClosedComplaint> = closedComplaintSchema;

/**
 * Withdrawn by the complainant; `withdrawal.from` is the status it was withdrawn from.
 *
 * @example
 * ```ts
 * if (complaint.status === 'withdrawn') complaint.withdrawal.from; // 'stage-1'
 * ```
 */
export interface WithdrawnComplaint extends ComplaintBase {
  status: 'withdrawn';
  stage1: Stage1Record;
  stage2?: Stage2Record | undefined;
  withdrawal: { on: string; reason?: string | undefined; from: 'received' | 'stage-1' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' };
}
/** The schema of {@link WithdrawnComplaint}. */
export const WithdrawnComplaint: Schema<WithdrawnComplaint, WithdrawnComplaint> = withdrawnComplaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const WithdrawnComplaintZod: z.ZodMiniType<WithdrawnComplaint, WithdrawnComplaint> = withdrawnComplaintSchema;

/** @internal The schema as built, for the type test. */
export const complaintSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('status', [
    receivedComplaintSchema,
    refusedComplaintSchema,
    stage1ComplaintSchema,
    stage1RespondedComplaintSchema,
    stage2RequestedComplaintSchema,
    stage2ComplaintSchema,
    closedComplaintSchema,
    withdrawnComplaintSchema,
  ]))();

/**
 * A complaint under a policy: a discriminated union on `status`, plain JSON-serialisable data. It
 * keeps every applied event in `history`, and the dated record of each stage (receipt or request,
 * acknowledgement, extensions, response with outcome and remedies), refusals, withdrawals,
 * additional issues, adjustments, updates and the Ombudsman's involvement.
 *
 * @example
 * ```ts
 * declare const stored: string; // a complaint the host cached, as JSON text
 * const r = Complaint.safeParse(JSON.parse(stored)); // validate a complaint read back from storage
 * if (r.success && r.data.status === 'stage-1') console.log(r.data.stage1.handler);
 * ```
 */
export const Complaint: Schema<Complaint, Complaint> = complaintSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ComplaintZod: z.ZodMiniType<Complaint, Complaint> = complaintSchema;
/** See {@link Complaint}. */
export type Complaint =
  | ReceivedComplaint
  | RefusedComplaint
  | Stage1Complaint
  | Stage1RespondedComplaint
  | Stage2RequestedComplaint
  | Stage2Complaint
  | ClosedComplaint
  | WithdrawnComplaint;
/**
 * The complaint in one status, e.g. `ComplaintIn<'stage-1'>`.
 *
 * @example
 * ```ts
 * function reviewer(c: ComplaintIn<'stage-2'>): string { return c.stage2.handler; }
 * ```
 */
export type ComplaintIn<S extends Status> = ComplaintByStatus[S];

/**
 * Each status's complaint, by status: {@link ComplaintIn} reads it (a look-up, cheaper for the
 * compiler than picking the member out of the union; a type test checks each entry is the union's
 * member with that `status`).
 *
 * @example
 * ```ts
 * function reviewer(c: ComplaintByStatus['stage-2']): string { return c.stage2.handler; }
 * ```
 */
export interface ComplaintByStatus {
  received: ReceivedComplaint;
  refused: RefusedComplaint;
  'stage-1': Stage1Complaint;
  'stage-1-responded': Stage1RespondedComplaint;
  'stage-2-requested': Stage2RequestedComplaint;
  'stage-2': Stage2Complaint;
  closed: ClosedComplaint;
  withdrawn: WithdrawnComplaint;
}
