/**
 * The complaint lifecycle as data: the events a host stores (each a zod/mini schema, because hosts
 * send untrusted JSON) and the complaint they build (a discriminated union on `status`, plain
 * JSON-serialisable data that keeps its dated history for reporting).
 */
import * as z from 'zod/mini';
import { packedDateAt } from '../calendar/dates.js';
import { parseInstant } from '../calendar/london.js';
import { EXCLUSION_GROUNDS } from '../core/catalogue.js';
import { Source } from '../core/source.js';
import { DETERMINATION_LEVELS } from '../outcomes/ombudsman.js';
import { IssueFinding, Outcome, OutstandingAction, Remedy } from '../outcomes/types.js';

// ---------------------------------------------------------------------------------------------
// Scalars
// ---------------------------------------------------------------------------------------------

/** 0001-01-01 packed: the lifecycle takes years 0001 to 9999 (the calendar's parser also takes 0000, no date a host records). */
const YEAR_ONE = 1_01_01;

/** True when `s` is a real `YYYY-MM-DD` date from year 0001 (the calendar's parser; no allocation: this runs once per event). */
function isDate(s: string): boolean {
  return s.length === 10 && packedDateAt(s) >= YEAR_ONE;
}

/**
 * True when `s` is a `YYYY-MM-DD` date or an ISO 8601 date-time with `Z` or an offset.
 *
 * @example
 * ```ts
 * isEventTime('2024-12-20T16:45:00Z'); // true
 * isEventTime('2024-12-20T16:45:00');  // false: no offset
 * ```
 */
export function isEventTime(s: unknown): s is string {
  if (typeof s !== 'string' || s.length < 10) return false;
  if (s.length === 10) return isDate(s);
  // The calendar's instant parser checks the date part too (NaN when malformed or not a real date and
  // time); it takes year 0000, which the lifecycle does not.
  return !Number.isNaN(parseInstant(s)) && !s.startsWith('0000');
}

/**
 * When an event happened: a London calendar date `YYYY-MM-DD`, or an ISO 8601 instant with `Z` or
 * an offset (converted to its Europe/London date).
 *
 * @example
 * ```ts
 * z.safeParse(EventTime, '2024-12-20T16:45:00Z').success; // true
 * z.safeParse(EventTime, '2024-12-20T16:45:00').success;  // false: no offset
 * ```
 */
export const EventTime = z.string().check(
  z.refine(isEventTime, { error: 'must be a date YYYY-MM-DD or an ISO 8601 date-time with Z or an offset' }),
);

/**
 * A real calendar date written `YYYY-MM-DD` (Europe/London).
 *
 * @example
 * ```ts
 * z.safeParse(LifecycleDate, '2025-02-29').success; // false
 * ```
 */
export const LifecycleDate = z.string().check(
  z.refine(isDate, { error: 'must be a real calendar date written YYYY-MM-DD' }),
);

const NOT_BLANK = /\S/;
const Text = z.string().check(z.refine((s) => NOT_BLANK.test(s), { error: 'must not be blank' }));
const Id = z.string().check(z.minLength(1, { error: 'must not be empty' }));
const Stage = z.literal([1, 2]);

/**
 * The ways a complaint may be made (policy s.4; Code 3.1, 3.2).
 *
 * @example
 * ```ts
 * CHANNELS.includes('email'); // true
 * ```
 */
export const CHANNELS = ['telephone', 'text', 'letter', 'email', 'website', 'in-person', 'other'] as const;

/**
 * One issue in the complaint definition (Code 5.6).
 *
 * @example
 * ```ts
 * const i: Issue = { id: 'repair', summary: 'The boiler repair was not done in time.' };
 * ```
 */
export const Issue = z.object({ id: Id, summary: Text });
/** See {@link Issue}. */
export type Issue = z.infer<typeof Issue>;

/**
 * The complaint definition set out at acknowledgement (Code 5.6, 5.7; policy s.6, s.7): the issues,
 * the outcomes the complainant seeks, and which aspects the organisation is and is not
 * responsible for.
 *
 * @example
 * ```ts
 * const d: ComplaintDefinition = {
 *   issues: [{ id: 'repair', summary: 'The boiler repair was not done in time.' }],
 *   outcomesSought: ['Repair the boiler', 'An apology'],
 *   responsibleFor: ['Repairs to the boiler'], notResponsibleFor: [],
 * };
 * ```
 */
export const ComplaintDefinition = z.object({
  issues: z.array(Issue).check(z.minLength(1, { error: 'a complaint definition needs at least one issue' })),
  outcomesSought: z.array(z.string()),
  responsibleFor: z.optional(z.array(z.string())),
  notResponsibleFor: z.optional(z.array(z.string())),
});
/** See {@link ComplaintDefinition}. */
export type ComplaintDefinition = z.infer<typeof ComplaintDefinition>;

/**
 * A representative acting for the complainant (Code 3.6; policy s.2).
 *
 * @example
 * ```ts
 * const r: Representative = { name: 'A. Advocate', authorityEvidence: true };
 * ```
 */
export const Representative = z.object({
  name: Text,
  /** Whether evidence of the representative's authority (e.g. written consent) is held. */
  authorityEvidence: z.boolean(),
});
/** See {@link Representative}. */
export type Representative = z.infer<typeof Representative>;

/**
 * Kinds of record kept under Code 5.10.
 *
 * @example
 * ```ts
 * const kind: (typeof ADJUSTMENT_KINDS)[number] = 'vulnerability';
 * ```
 */
export const ADJUSTMENT_KINDS = ['reasonable-adjustment', 'disability', 'vulnerability'] as const;

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

const base = { at: EventTime };

/**
 * A complaint is received (Code 1.2, 3.1, 3.6; policy s.4). The first event of every complaint.
 * `procedure` (a `policy.procedures[].id`) may be known at once; `notified` lists the roles told of
 * the receipt (procedure B: the landlord's complaints officer, policy s.7); `category` is the
 * organisation's own category, reported to its governing body (Code 9.7(a); policy s.12).
 *
 * @example
 * ```ts
 * const e: ReceivedEvent = { type: 'received', at: '2024-12-20T10:00:00Z', complaintId: 'C-1', channel: 'email' };
 * ```
 */
export const ReceivedEvent = z.object({
  type: z.literal('received'),
  ...base,
  complaintId: Id,
  channel: z.enum(CHANNELS),
  summary: z.optional(z.string()),
  representative: z.optional(Representative),
  procedure: z.optional(Id),
  notified: z.optional(z.array(Id)),
  /** The organisation's category for the complaint (e.g. 'repairs'), reported to the governing body (Code 9.7(a); policy s.12). */
  category: z.optional(Id),
});
/** See {@link ReceivedEvent}. */
export type ReceivedEvent = z.infer<typeof ReceivedEvent>;

/**
 * The organisation decides to accept the complaint (Code 2.1). Optional: an acknowledgement
 * accepts it too. `discretionReason` records why a complaint outside the time limit was accepted
 * (Code 2.3).
 *
 * @example
 * ```ts
 * const e: AcceptedEvent = { type: 'accepted', at: '2024-12-20' };
 * ```
 */
export const AcceptedEvent = z.object({
  type: z.literal('accepted'),
  ...base,
  procedure: z.optional(Id),
  discretionReason: z.optional(Text),
});
/** See {@link AcceptedEvent}. */
export type AcceptedEvent = z.infer<typeof AcceptedEvent>;

/**
 * The organisation refuses to accept the complaint (at receipt) or to escalate it (after a stage 2
 * request). Needs at least one ground from the policy, written reasons, and the right to take the
 * decision to the Ombudsman (Code 2.1, 2.4, 5.11; policy s.3).
 *
 * @example
 * ```ts
 * const e: RefusedEvent = { type: 'refused', at: '2024-12-23', grounds: ['legal-proceedings'],
 *   writtenReasons: 'A claim about this disrepair has been filed at court.', ombudsmanRightGiven: true };
 * ```
 */
export const RefusedEvent = z.object({
  type: z.literal('refused'),
  ...base,
  grounds: z.array(z.enum(EXCLUSION_GROUNDS)),
  writtenReasons: z.string(),
  ombudsmanRightGiven: z.boolean(),
});
/** See {@link RefusedEvent}. */
export type RefusedEvent = z.infer<typeof RefusedEvent>;

/**
 * The complaint is acknowledged, defined and logged at stage 1 (Code 5.6, 5.7, 6.2; policy s.6,
 * s.7): the definition, the procedure followed (`policy.procedures[].id`) and the person who
 * handles stage 1. `category` sets or corrects the complaint's category (Code 9.7(a); policy s.12).
 *
 * @example
 * ```ts
 * const e: AcknowledgedEvent = { type: 'acknowledged', at: '2024-12-24', procedure: 'A', handler: 'officer-1',
 *   definition: { issues: [{ id: 'repair', summary: 'Boiler not repaired' }], outcomesSought: ['Repair'] } };
 * ```
 */
export const AcknowledgedEvent = z.object({
  type: z.literal('acknowledged'),
  ...base,
  definition: ComplaintDefinition,
  procedure: Id,
  handler: Id,
  /** Who holds each role of the procedure for this complaint (`policy.roles` keys to people). */
  roleHolders: z.optional(z.record(z.string(), Id)),
  notified: z.optional(z.array(Id)),
  /** The complaint's category, set or corrected once the complaint is defined (Code 9.7(a); policy s.12). */
  category: z.optional(Id),
});
/** See {@link AcknowledgedEvent}. */
export type AcknowledgedEvent = z.infer<typeof AcknowledgedEvent>;

/**
 * The complainant is asked to clarify part of the complaint (Code 5.6).
 *
 * @example
 * ```ts
 * const e: ClarificationRequestedEvent = { type: 'clarification-requested', at: '2025-01-02', question: 'Which window?' };
 * ```
 */
export const ClarificationRequestedEvent = z.object({
  type: z.literal('clarification-requested'),
  ...base,
  question: z.optional(z.string()),
});
/** See {@link ClarificationRequestedEvent}. */
export type ClarificationRequestedEvent = z.infer<typeof ClarificationRequestedEvent>;

/**
 * The complainant's clarification arrives (Code 5.6). Answers the latest open request.
 *
 * @example
 * ```ts
 * const e: ClarificationReceivedEvent = { type: 'clarification-received', at: '2025-01-03', answer: 'The bedroom window.' };
 * ```
 */
export const ClarificationReceivedEvent = z.object({
  type: z.literal('clarification-received'),
  ...base,
  answer: z.optional(z.string()),
});
/** See {@link ClarificationReceivedEvent}. */
export type ClarificationReceivedEvent = z.infer<typeof ClarificationReceivedEvent>;

/**
 * The response at a stage is extended by `workingDays` more working days, notified to the
 * complainant on `at` (Code 6.4, 6.5, 6.15, 6.16; policy s.5). Beyond the policy's allowance an
 * extension needs a `goodReason`; beyond its agreement point the complainant must have agreed; and
 * the Ombudsman's contact details must be given when the policy requires it.
 *
 * @example
 * ```ts
 * const e: ExtensionGrantedEvent = { type: 'extension-granted', at: '2025-01-10', stage: 1, workingDays: 5,
 *   reasons: 'A surveyor must inspect the roof.', ombudsmanDetailsGiven: true };
 * ```
 */
export const ExtensionGrantedEvent = z.object({
  type: z.literal('extension-granted'),
  ...base,
  stage: Stage,
  workingDays: z.int().check(z.minimum(1, { error: 'an extension adds at least 1 working day' }), z.maximum(1000)),
  reasons: z.string(),
  goodReason: z.optional(z.string()),
  complainantAgreed: z.optional(z.boolean()),
  ombudsmanDetailsGiven: z.boolean(),
});
/** See {@link ExtensionGrantedEvent}. */
export type ExtensionGrantedEvent = z.infer<typeof ExtensionGrantedEvent>;

/**
 * The complainant raises another issue during the complaint (Code 6.8; policy s.3). Related issues
 * raised before the stage 1 response are incorporated; otherwise (unrelated, after the stage 1
 * response, or `wouldUnreasonablyDelay`) they must be logged as a new complaint.
 *
 * @example
 * ```ts
 * const e: AdditionalIssueRaisedEvent = { type: 'additional-issue-raised', at: '2025-01-06',
 *   issue: { id: 'damp', summary: 'Damp in the same room' }, related: true };
 * ```
 */
export const AdditionalIssueRaisedEvent = z.object({
  type: z.literal('additional-issue-raised'),
  ...base,
  issue: Issue,
  related: z.boolean(),
  wouldUnreasonablyDelay: z.optional(z.boolean()),
});
/** See {@link AdditionalIssueRaisedEvent}. */
export type AdditionalIssueRaisedEvent = z.infer<typeof AdditionalIssueRaisedEvent>;

/**
 * The response at a stage is sent (Code 6.3, 6.9, 6.14, 6.19; policy s.6, s.7, s.9): a finding on
 * every issue of the definition, the reasons, remedies (or why none), outstanding actions (an
 * empty list states "none"), how to escalate (stage 1) or to go to the Ombudsman (stage 2; at stage 1
 * too when the policy's `responses.ombudsmanAtStage1` says so, as the co-ops' s.9 does).
 * `decidedBy` is the role that decided (procedure B: the landlord's complaints officer at stage 1,
 * its complaints panel at stage 2); it defaults to the procedure's role and must match it.
 *
 * @example
 * ```ts
 * const e: RespondedEvent = { type: 'responded', at: '2025-01-08', stage: 1, definition: 'Boiler not repaired',
 *   findings: [{ issue: 'repair', finding: 'upheld', reasons: 'Late by 3 weeks' }], reasons: 'The repair was late.',
 *   remedies: [], noRemedyReason: 'Repair already done', outstandingActions: [], escalation: 'Reply within 20 working days.',
 *   ombudsman: 'You may refer the complaint to the Housing Ombudsman Service.' };
 * ```
 */
export const RespondedEvent = z.object({
  type: z.literal('responded'),
  ...base,
  stage: Stage,
  definition: z.optional(z.string()),
  findings: z.array(IssueFinding).check(z.minLength(1, { error: 'a response needs a finding on at least one issue' })),
  reasons: z.optional(z.string()),
  remedies: z.optional(z.array(Remedy)),
  noRemedyReason: z.optional(z.string()),
  outstandingActions: z.optional(z.array(OutstandingAction)),
  escalation: z.optional(z.string()),
  ombudsman: z.optional(z.string()),
  decidedBy: z.optional(Id),
  notified: z.optional(z.array(Id)),
});
/** See {@link RespondedEvent}. */
export type RespondedEvent = z.infer<typeof RespondedEvent>;

/**
 * The complainant asks for stage 2 (Code 6.10, 6.11, 6.12; policy s.6, s.7). Reasons are not
 * required (6.12) unless the policy says so. `issues` lists the stage 1 issue ids escalated
 * (default: all); `newIssues` are refused unless the policy allows them (policy s.6/s.7). A request
 * after the policy's escalation window is accepted only with a `discretionReason` (Code 5.11); under a
 * policy with no window (`escalation.window` null, as the Code) no request is late.
 *
 * @example
 * ```ts
 * const e: EscalationRequestedEvent = { type: 'escalation-requested', at: '2025-01-20' };
 * ```
 */
export const EscalationRequestedEvent = z.object({
  type: z.literal('escalation-requested'),
  ...base,
  reasons: z.optional(z.string()),
  issues: z.optional(z.array(Id)),
  newIssues: z.optional(z.array(Issue)),
  discretionReason: z.optional(z.string()),
});
/** See {@link EscalationRequestedEvent}. */
export type EscalationRequestedEvent = z.infer<typeof EscalationRequestedEvent>;

/**
 * The stage 2 request is acknowledged, defined and logged (Code 5.6, 6.11); `reviewer` is the
 * person who considers stage 2, who must not be the stage 1 handler (Code 6.13).
 *
 * @example
 * ```ts
 * const e: EscalationAcknowledgedEvent = { type: 'escalation-acknowledged', at: '2025-01-22', reviewer: 'officer-2' };
 * ```
 */
export const EscalationAcknowledgedEvent = z.object({
  type: z.literal('escalation-acknowledged'),
  ...base,
  reviewer: Id,
  definition: z.optional(ComplaintDefinition),
  /** Who holds each role at stage 2 (added to, or replacing, those named at stage 1). */
  roleHolders: z.optional(z.record(z.string(), Id)),
});
/** See {@link EscalationAcknowledgedEvent}. */
export type EscalationAcknowledgedEvent = z.infer<typeof EscalationAcknowledgedEvent>;

/**
 * The complainant withdraws the complaint.
 *
 * @example
 * ```ts
 * const e: WithdrawnEvent = { type: 'withdrawn', at: '2025-01-07', reason: 'Resolved informally' };
 * ```
 */
export const WithdrawnEvent = z.object({
  type: z.literal('withdrawn'),
  ...base,
  reason: z.optional(z.string()),
});
/** See {@link WithdrawnEvent}. */
export type WithdrawnEvent = z.infer<typeof WithdrawnEvent>;

/**
 * The internal procedure ends at stage 1: the complainant accepts the response, or the escalation
 * window passes without a request (Code 6.10; policy s.6, s.7); 'escalation-window-lapsed' is
 * refused (`no-escalation-window`) under a policy that sets no window. A stage 2 response closes a
 * complaint by itself.
 *
 * @example
 * ```ts
 * const e: ClosedEvent = { type: 'closed', at: '2025-02-10', how: 'escalation-window-lapsed' };
 * ```
 */
export const ClosedEvent = z.object({
  type: z.literal('closed'),
  ...base,
  how: z.enum(['stage-1-accepted', 'escalation-window-lapsed']),
});
/** See {@link ClosedEvent}. */
export type ClosedEvent = z.infer<typeof ClosedEvent>;

/**
 * The complaint is referred to the Housing Ombudsman (policy s.10; Code 3.7). Possible at any time.
 *
 * @example
 * ```ts
 * const e: OmbudsmanReferralEvent = { type: 'ombudsman-referral', at: '2025-03-01', reference: 'HOS-123' };
 * ```
 */
export const OmbudsmanReferralEvent = z.object({
  type: z.literal('ombudsman-referral'),
  ...base,
  reference: z.optional(z.string()),
});
/** See {@link OmbudsmanReferralEvent}. */
export type OmbudsmanReferralEvent = z.infer<typeof OmbudsmanReferralEvent>;

/**
 * The Ombudsman asks for evidence; the policy sets the working days to provide it (policy s.10: 15).
 *
 * @example
 * ```ts
 * const e: OmbudsmanEvidenceRequestedEvent = { type: 'ombudsman-evidence-requested', at: '2025-03-10', requestId: 'ev-1' };
 * ```
 */
export const OmbudsmanEvidenceRequestedEvent = z.object({
  type: z.literal('ombudsman-evidence-requested'),
  ...base,
  requestId: Id,
});
/** See {@link OmbudsmanEvidenceRequestedEvent}. */
export type OmbudsmanEvidenceRequestedEvent = z.infer<typeof OmbudsmanEvidenceRequestedEvent>;

/**
 * The evidence the Ombudsman asked for is provided (policy s.10).
 *
 * @example
 * ```ts
 * const e: OmbudsmanEvidenceProvidedEvent = { type: 'ombudsman-evidence-provided', at: '2025-03-20', requestId: 'ev-1' };
 * ```
 */
export const OmbudsmanEvidenceProvidedEvent = z.object({
  type: z.literal('ombudsman-evidence-provided'),
  ...base,
  requestId: Id,
});
/** See {@link OmbudsmanEvidenceProvidedEvent}. */
export type OmbudsmanEvidenceProvidedEvent = z.infer<typeof OmbudsmanEvidenceProvidedEvent>;

/**
 * An order of the Housing Ombudsman in a determination: what the landlord must do and, where set, by
 * when. Progress in complying with orders is reported to the governing body (Code 9.7(c)).
 *
 * @example
 * ```ts
 * const o: OmbudsmanOrder = { id: 'o1', description: 'Pay £300 compensation', dueBy: '2025-07-01' };
 * ```
 */
export const OmbudsmanOrder = z.object({ id: Id, description: Text, dueBy: z.optional(LifecycleDate) });
/** See {@link OmbudsmanOrder}. */
export type OmbudsmanOrder = z.infer<typeof OmbudsmanOrder>;

/**
 * The Housing Ombudsman's determination on a referred complaint (Code 9.7(c); policy s.10):
 * `outcome` is one of the determination levels (`DETERMINATION_LEVELS` of the outcomes module),
 * `orders` what the landlord is ordered to do. Follows an `ombudsman-referral`; one determination
 * per referral.
 *
 * @example
 * ```ts
 * const e: OmbudsmanDeterminationEvent = { type: 'ombudsman-determination', at: '2025-06-02', outcome: 'severe-maladministration',
 *   orders: [{ id: 'o1', description: 'Apologise in writing', dueBy: '2025-06-30' }] };
 * ```
 */
export const OmbudsmanDeterminationEvent = z.object({
  type: z.literal('ombudsman-determination'),
  ...base,
  outcome: z.enum(DETERMINATION_LEVELS),
  reference: z.optional(z.string()),
  orders: z.optional(z.array(OmbudsmanOrder)),
});
/** See {@link OmbudsmanDeterminationEvent}. */
export type OmbudsmanDeterminationEvent = z.infer<typeof OmbudsmanDeterminationEvent>;

/**
 * The landlord complies with an order of the Ombudsman (Code 9.7(c): "progress made in complying
 * with orders").
 *
 * @example
 * ```ts
 * const e: OmbudsmanOrderCompliedEvent = { type: 'ombudsman-order-complied', at: '2025-06-20', orderId: 'o1' };
 * ```
 */
export const OmbudsmanOrderCompliedEvent = z.object({
  type: z.literal('ombudsman-order-complied'),
  ...base,
  orderId: Id,
});
/** See {@link OmbudsmanOrderCompliedEvent}. */
export type OmbudsmanOrderCompliedEvent = z.infer<typeof OmbudsmanOrderCompliedEvent>;

/**
 * A remedy offered in a response is completed (Code 7.3: followed through to completion).
 *
 * @example
 * ```ts
 * const e: RemedyCompletedEvent = { type: 'remedy-completed', at: '2025-02-01', remedyId: 'r1' };
 * ```
 */
export const RemedyCompletedEvent = z.object({
  type: z.literal('remedy-completed'),
  ...base,
  remedyId: Id,
});
/** See {@link RemedyCompletedEvent}. */
export type RemedyCompletedEvent = z.infer<typeof RemedyCompletedEvent>;

/**
 * An outstanding action stated in a response is completed (Code 6.6, 6.17: outstanding actions are
 * tracked and actioned promptly; policy s.9).
 *
 * @example
 * ```ts
 * const e: ActionCompletedEvent = { type: 'action-completed', at: '2025-02-03', actionId: 'a1' };
 * ```
 */
export const ActionCompletedEvent = z.object({
  type: z.literal('action-completed'),
  ...base,
  actionId: Id,
});
/** See {@link ActionCompletedEvent}. */
export type ActionCompletedEvent = z.infer<typeof ActionCompletedEvent>;

/**
 * An update is sent to the complainant (Code 5.9, 6.6; policy s.9: regularly updated even where
 * there is no news). `everyWorkingDays` records update intervals agreed with the complainant
 * (Code 5.9).
 *
 * @example
 * ```ts
 * const e: UpdateSentEvent = { type: 'update-sent', at: '2025-01-15', note: 'Surveyor booked', everyWorkingDays: 5 };
 * ```
 */
export const UpdateSentEvent = z.object({
  type: z.literal('update-sent'),
  ...base,
  note: z.optional(z.string()),
  everyWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
});
/** See {@link UpdateSentEvent}. */
export type UpdateSentEvent = z.infer<typeof UpdateSentEvent>;

/**
 * A reasonable adjustment agreed, or a disability or vulnerability disclosed, is recorded (Code 5.10;
 * policy s.4, s.8). Recording it again with the same `id` records a review: agreed adjustments are
 * kept under active review. `reviewEveryWorkingDays` sets when the next review is due.
 *
 * @example
 * ```ts
 * const e: AdjustmentRecordedEvent = { type: 'adjustment-recorded', at: '2024-12-20', id: 'adj-1',
 *   kind: 'reasonable-adjustment', description: 'Letters in large print', reviewEveryWorkingDays: 20 };
 * ```
 */
export const AdjustmentRecordedEvent = z.object({
  type: z.literal('adjustment-recorded'),
  ...base,
  id: Id,
  kind: z.enum(ADJUSTMENT_KINDS),
  description: Text,
  reviewEveryWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
});
/** See {@link AdjustmentRecordedEvent}. */
export type AdjustmentRecordedEvent = z.infer<typeof AdjustmentRecordedEvent>;

/**
 * A role named by the procedure is notified (procedure B: the landlord's complaints officer at
 * receipt, policy s.7; procedure A: the co-op is told the outcome, policy s.6).
 *
 * @example
 * ```ts
 * const e: PartyNotifiedEvent = { type: 'party-notified', at: '2024-12-20', role: 'landlord-complaints-officer' };
 * ```
 */
export const PartyNotifiedEvent = z.object({
  type: z.literal('party-notified'),
  ...base,
  role: Id,
});
/** See {@link PartyNotifiedEvent}. */
export type PartyNotifiedEvent = z.infer<typeof PartyNotifiedEvent>;

/**
 * Every event a complaint accepts, discriminated on `type`. Parse untrusted JSON with
 * `z.safeParse(LifecycleEvent, json)` or let `applyEvent`/`replay` do it.
 *
 * @example
 * ```ts
 * const r = z.safeParse(LifecycleEvent, JSON.parse(row.payload));
 * ```
 */
export const LifecycleEvent = z.discriminatedUnion('type', [
  ReceivedEvent,
  AcceptedEvent,
  RefusedEvent,
  AcknowledgedEvent,
  ClarificationRequestedEvent,
  ClarificationReceivedEvent,
  ExtensionGrantedEvent,
  AdditionalIssueRaisedEvent,
  RespondedEvent,
  EscalationRequestedEvent,
  EscalationAcknowledgedEvent,
  WithdrawnEvent,
  ClosedEvent,
  OmbudsmanReferralEvent,
  OmbudsmanEvidenceRequestedEvent,
  OmbudsmanEvidenceProvidedEvent,
  OmbudsmanDeterminationEvent,
  OmbudsmanOrderCompliedEvent,
  RemedyCompletedEvent,
  ActionCompletedEvent,
  UpdateSentEvent,
  AdjustmentRecordedEvent,
  PartyNotifiedEvent,
]);
/** See {@link LifecycleEvent}. */
export type LifecycleEvent = z.infer<typeof LifecycleEvent>;

/**
 * The name of every event type.
 *
 * @example
 * ```ts
 * EVENT_TYPES.length; // 23
 * ```
 */
export const EVENT_TYPES = [
  'received',
  'accepted',
  'refused',
  'acknowledged',
  'clarification-requested',
  'clarification-received',
  'extension-granted',
  'additional-issue-raised',
  'responded',
  'escalation-requested',
  'escalation-acknowledged',
  'withdrawn',
  'closed',
  'ombudsman-referral',
  'ombudsman-evidence-requested',
  'ombudsman-evidence-provided',
  'ombudsman-determination',
  'ombudsman-order-complied',
  'remedy-completed',
  'action-completed',
  'update-sent',
  'adjustment-recorded',
  'party-notified',
] as const satisfies readonly LifecycleEvent['type'][];
/**
 * The union of event type names.
 *
 * @example
 * ```ts
 * const t: EventType = 'escalation-requested';
 * ```
 */
export type EventType = LifecycleEvent['type'];

// ---------------------------------------------------------------------------------------------
// The complaint
// ---------------------------------------------------------------------------------------------

/**
 * Every status a complaint can be in.
 *
 * @example
 * ```ts
 * STATUSES.includes(complaint.status); // true
 * ```
 */
export const STATUSES = [
  'received',
  'refused',
  'stage-1',
  'stage-1-responded',
  'stage-2-requested',
  'stage-2',
  'closed',
  'withdrawn',
] as const;
/**
 * One of {@link STATUSES}.
 *
 * @example
 * ```ts
 * const s: Status = 'stage-1-responded';
 * ```
 */
export type Status = (typeof STATUSES)[number];

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
  workingDays: z.int(),
  totalWorkingDays: z.int(),
  reasons: z.string(),
  goodReason: z.optional(z.string()),
  complainantAgreed: z.boolean(),
  ombudsmanDetailsGiven: z.boolean(),
  previousDueBy: LifecycleDate,
  newDueBy: LifecycleDate,
  /** Notified after the deadline it extends (the Ombudsman expects extensions within the original timescale). */
  late: z.boolean(),
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
export const HistoryEntry = z.object({ on: LifecycleDate, event: LifecycleEvent });
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
  receivedOn: LifecycleDate,
  channel: z.enum(CHANNELS),
  summary: z.optional(z.string()),
  representative: z.optional(Representative),
  /** The organisation's category for the complaint, from `received` or `acknowledged` (Code 9.7(a); policy s.12). */
  category: z.optional(Id),
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
  stage1: Stage1Responded,
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
export const Stage2Complaint = z.object({ status: z.literal('stage-2'), ...common, stage1: Stage1Responded, stage2: Stage2Acknowledged });
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
  stage1: Stage1Responded,
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

// ---------------------------------------------------------------------------------------------
// Errors and deadlines
// ---------------------------------------------------------------------------------------------

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

/**
 * What a deadline is for.
 *
 * @example
 * ```ts
 * DEADLINE_KINDS.includes('stage-2-response'); // true
 * ```
 */
export const DEADLINE_KINDS = [
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
] as const;
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
}
