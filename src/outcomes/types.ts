import * as z from 'zod/mini';
import { REMEDY_KINDS, type RemedyKind } from '../core/catalogue.js';
import { checkDate } from '../core/date-check.js';
import type { Schema } from '../core/schema-type.js';

/** @internal The schema with zod's type, for composing other schemas. */
export const IsoDateStringZod = /* @__PURE__ */ (() =>
  z.string().check(z.check(checkDate)))();
/**
 * A calendar date written `YYYY-MM-DD` (Europe/London), checked to be a real date within the
 * supported range (`SUPPORTED_DATES`, the years the working-day calendar covers).
 *
 * @example
 * ```ts
 * IsoDateString.safeParse('2025-02-29').success; // false
 * IsoDateString.safeParse('2041-01-01').success; // false: after SUPPORTED_DATES.last
 * ```
 */
export const IsoDateString: Schema<string> = IsoDateStringZod;

/** @internal The fields of {@link IssueFinding}, shared with the lifecycle's strict event schemas. */
export const issueFindingShape = /* @__PURE__ */ (() =>
  ({
    issue: z.string().check(z.minLength(1)),
    finding: z.enum(['upheld', 'not-upheld']),
    reasons: z.string(),
  }))();
/** @internal The schema as built, for the type test. */
export const issueFindingSchema = /* @__PURE__ */ (() =>
  z.object(issueFindingShape))();

/**
 * The finding on one issue of the complaint: upheld or not upheld, with the reasons (policy s.8;
 * Code 6.9(c)–(d), 6.19).
 *
 * @example
 * ```ts
 * const f: IssueFinding = { issue: 'repair-delay', finding: 'upheld', reasons: 'The repair took 9 weeks.' };
 * ```
 */
export const IssueFinding: Schema<IssueFinding, IssueFinding> = issueFindingSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const IssueFindingZod: z.ZodMiniType<IssueFinding, IssueFinding> = issueFindingSchema;
/** See {@link IssueFinding}. */
export interface IssueFinding {
  /** Id or short title of the issue in the complaint definition. */
  issue: string;
  finding: 'upheld' | 'not-upheld';
  reasons: string;
}

/** @internal The schema with zod's type, for composing other schemas. */
export const OutcomeZod = /* @__PURE__ */ (() =>
  z.enum(['upheld', 'partially-upheld', 'not-upheld']))();
/**
 * The outcomes of a complaint (policy s.8): upheld if every issue is upheld, partially upheld if
 * some are, not upheld if none are.
 *
 * @example
 * ```ts
 * Outcome.safeParse('partially-upheld').success; // true
 * ```
 */
export const Outcome: Schema<Outcome> = OutcomeZod;
/** See {@link Outcome}. */
export type Outcome = 'upheld' | 'partially-upheld' | 'not-upheld';

/** @internal The fields of {@link FinancialRemedy}. */
export const financialRemedyShape = /* @__PURE__ */ (() =>
  ({
    type: z.enum(['compensation', 'discretionary']),
    amountPence: z.int().check(z.minimum(1)),
  }))();
/** @internal The schema as built, for the type test. */
export const financialRemedySchema = /* @__PURE__ */ (() =>
  z.object(financialRemedyShape))();

/**
 * A payment offered to put things right (policy s.8): `compensation` for a quantifiable loss is
 * credited to the rent account; a `discretionary` payment is paid to the complainant. Amounts are
 * in whole pence (an integer of at least 1).
 *
 * @example
 * ```ts
 * const money: FinancialRemedy = { type: 'compensation', amountPence: 12_500 }; // £125.00
 * ```
 */
export const FinancialRemedy: Schema<FinancialRemedy, FinancialRemedy> = financialRemedySchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const FinancialRemedyZod: z.ZodMiniType<FinancialRemedy, FinancialRemedy> = financialRemedySchema;
/** See {@link FinancialRemedy}. */
export interface FinancialRemedy {
  type: 'compensation' | 'discretionary';
  /** Whole pence, at least 1. */
  amountPence: number;
}

/** @internal The fields of {@link Remedy}. */
export const remedyShape = /* @__PURE__ */ (() =>
  ({
    id: z.string().check(z.minLength(1)),
    kind: z.enum(REMEDY_KINDS),
    description: z.string().check(z.minLength(1)),
    dueBy: IsoDateStringZod,
    financial: z.optional(financialRemedySchema),
    completedOn: z.optional(IsoDateStringZod),
  }))();
/** @internal The schema as built, for the type test. */
export const remedySchema = /* @__PURE__ */ (() =>
  z.object(remedyShape))();

/**
 * One remedy offered to put things right (Code 7.1; policy s.8). It says what will happen and by
 * when (Code 7.3), and records when it was completed, so it can be tracked to completion.
 *
 * @example
 * ```ts
 * const r: Remedy = { id: 'r1', kind: 'apology', description: 'A written apology from the manager.', dueBy: '2025-03-14' };
 * ```
 */
export const Remedy: Schema<Remedy, Remedy> = remedySchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const RemedyZod: z.ZodMiniType<Remedy, Remedy> = remedySchema;
/** See {@link Remedy}. */
export interface Remedy {
  id: string;
  kind: RemedyKind;
  /** What will happen. */
  description: string;
  /** By when (Code 7.3): a date `YYYY-MM-DD`. */
  dueBy: string;
  financial?: FinancialRemedy | undefined;
  completedOn?: string | undefined;
}

/** @internal The fields of {@link OutstandingAction}. */
export const outstandingActionShape = /* @__PURE__ */ (() =>
  ({
    id: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    dueBy: z.optional(IsoDateStringZod),
    completedOn: z.optional(IsoDateStringZod),
  }))();
/** @internal The schema as built, for the type test. */
export const outstandingActionSchema = /* @__PURE__ */ (() =>
  z.object(outstandingActionShape))();

/**
 * An action still outstanding when a response is sent (Code 6.9(f), 6.19(f); policy s.9).
 *
 * @example
 * ```ts
 * const a: OutstandingAction = { id: 'a1', description: 'Replace the kitchen extractor fan.', dueBy: '2025-04-01' };
 * ```
 */
export const OutstandingAction: Schema<OutstandingAction, OutstandingAction> = outstandingActionSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OutstandingActionZod: z.ZodMiniType<OutstandingAction, OutstandingAction> = outstandingActionSchema;
/** See {@link OutstandingAction}. */
export interface OutstandingAction {
  id: string;
  description: string;
  dueBy?: string | undefined;
  completedOn?: string | undefined;
}

/** @internal The schema as built, for the type test. */
export const responseDraftSchema = /* @__PURE__ */ (() =>
  z.object({
    stage: z.optional(z.union([z.literal(1), z.literal(2)])),
    complaintDefinition: z.optional(z.string()),
    decision: z.optional(OutcomeZod),
    reasons: z.optional(z.string()),
    remedies: z.optional(z.readonly(z.array(remedySchema))),
    noRemedyReason: z.optional(z.string()),
    outstandingActions: z.optional(z.readonly(z.array(outstandingActionSchema))),
    escalation: z.optional(z.string()),
    ombudsman: z.optional(z.string()),
  }))();

/**
 * A draft stage 1 or stage 2 response, as a host holds it before sending. Every field is optional
 * so that {@link checkResponseContents} can say what is missing. For `remedies` and
 * `outstandingActions` an empty array is an explicit "none"; `undefined` means not yet stated.
 * Either a non-empty `remedies` or a `noRemedyReason` states the remedy.
 *
 * @example
 * ```ts
 * const draft: ResponseDraft = { stage: 1, complaintDefinition: 'Delay repairing the boiler.', decision: 'upheld' };
 * ```
 */
export const ResponseDraft: Schema<ResponseDraft, ResponseDraft> = responseDraftSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ResponseDraftZod: z.ZodMiniType<ResponseDraft, ResponseDraft> = responseDraftSchema;
/** See {@link ResponseDraft}. */
export interface ResponseDraft {
  stage?: 1 | 2 | undefined;
  complaintDefinition?: string | undefined;
  decision?: Outcome | undefined;
  reasons?: string | undefined;
  remedies?: readonly Remedy[] | undefined;
  noRemedyReason?: string | undefined;
  outstandingActions?: readonly OutstandingAction[] | undefined;
  /** How to escalate to stage 2: required at stage 1 (Code 6.9(g)). */
  escalation?: string | undefined;
  /** How to go to the Housing Ombudsman: required at stage 2 (Code 6.19(g)). */
  ombudsman?: string | undefined;
}
