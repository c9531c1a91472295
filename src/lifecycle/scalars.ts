/**
 * The scalar schemas every event and every complaint record is built from: dates and instants,
 * ids, non-blank text, stages, channels, issues and the complaint definition.
 */
import * as z from 'zod/mini';
import { checkDate, checkEventTime, eventTimeProblem } from '../core/date-check.js';
import { financialRemedyShape, issueFindingShape, outstandingActionShape, remedyShape } from '../outcomes/types.js';
import type { Schema } from '../core/schema-type.js';
import { deepFrozen } from '../core/freeze.js';

// ---------------------------------------------------------------------------------------------
// Scalars
// ---------------------------------------------------------------------------------------------

/**
 * True when `s` is a `YYYY-MM-DD` date or an ISO 8601 date-time with `Z` or an offset, within the
 * supported range (`SUPPORTED_DATES`: the London date from 2012-01-01 to 2040-12-31, the years the
 * working-day calendar covers).
 *
 * @example
 * ```ts
 * isEventTime('2024-12-20T16:45:00Z'); // true
 * isEventTime('2024-12-20T16:45:00');  // false: no offset
 * isEventTime('2041-01-01');           // false: after SUPPORTED_DATES.last
 * ```
 */
export function isEventTime(s: unknown): s is string {
  return typeof s === 'string' && eventTimeProblem(s) === undefined;
}

/** @internal The schema with zod's type, for composing other schemas. */
export const EventTimeZod = /* @__PURE__ */ (() =>
  z.string().check(z.check(checkEventTime)))();
/**
 * When an event happened: a London calendar date `YYYY-MM-DD`, or an ISO 8601 instant with `Z` or
 * an offset (converted to its Europe/London date), within the supported range (`SUPPORTED_DATES`).
 * A date outside it is refused with `reason` `too-small` or `too-large` and the `limit` year.
 *
 * @example
 * ```ts
 * EventTime.safeParse('2024-12-20T16:45:00Z').success; // true
 * EventTime.safeParse('2024-12-20T16:45:00').success;  // false: no offset
 * ```
 */
export const EventTime: Schema<string> = EventTimeZod;

/** @internal The schema with zod's type, for composing other schemas. */
export const LifecycleDateZod = /* @__PURE__ */ (() =>
  z.string().check(z.check(checkDate)))();
/**
 * A real calendar date written `YYYY-MM-DD` (Europe/London), within the supported range
 * (`SUPPORTED_DATES`).
 *
 * @example
 * ```ts
 * LifecycleDate.safeParse('2025-02-29').success; // false
 * ```
 */
export const LifecycleDate: Schema<string> = LifecycleDateZod;

/** @internal Anything but whitespace. */
export const NOT_BLANK = /\S/;
/** @internal Non-blank text. */
export const Text = /* @__PURE__ */ (() =>
  z.string().check(z.refine(isNotBlank, { error: 'must not be blank' })))();
/** @internal Whether `s` has a character other than whitespace (the refinement of {@link Text}). */
export function isNotBlank(s: string): boolean {
  return NOT_BLANK.test(s);
}
/** @internal A non-empty id. */
export const Id = /* @__PURE__ */ (() =>
  z.string().check(z.minLength(1, { error: 'must not be empty' })))();
/** @internal Stage 1 or 2. */
export const Stage = /* @__PURE__ */ (() =>
  z.literal([1, 2]))();

/**
 * The ways a complaint may be made (policy s.4; Code 3.1, 3.2).
 *
 * @example
 * ```ts
 * CHANNELS.includes('email'); // true
 * ```
 */
export const CHANNELS = /* @__PURE__ */ deepFrozen(['telephone', 'text', 'letter', 'email', 'website', 'in-person', 'other'] as const);
/**
 * One of {@link CHANNELS}.
 *
 * @example
 * ```ts
 * const channel: Channel = 'telephone';
 * ```
 */
export type Channel = (typeof CHANNELS)[number];

/** @internal The schema as built, for the complaint's schemas and the type test. */
export const issueSchema = /* @__PURE__ */ (() =>
  z.strictObject({ id: Id, summary: Text }))();

/**
 * One issue in the complaint definition (Code 5.6).
 *
 * @example
 * ```ts
 * const i: Issue = { id: 'repair', summary: 'The boiler repair was not done in time.' };
 * ```
 */
export const Issue: Schema<Issue, Issue> = issueSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const IssueZod: z.ZodMiniType<Issue, Issue> = issueSchema;
/** See {@link Issue}. */
export interface Issue {
  /** A stable id, named by findings and escalation requests. */
  id: string;
  summary: string;
}

/** @internal The schema as built, for the event and complaint schemas and the type test. */
export const complaintDefinitionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    issues: z.array(issueSchema).check(z.minLength(1, { error: 'a complaint definition needs at least one issue' })),
    outcomesSought: z.array(z.string()),
    responsibleFor: z.optional(z.array(z.string())),
    notResponsibleFor: z.optional(z.array(z.string())),
  }))();

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
export const ComplaintDefinition: Schema<ComplaintDefinition, ComplaintDefinition> = complaintDefinitionSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ComplaintDefinitionZod: z.ZodMiniType<ComplaintDefinition, ComplaintDefinition> = complaintDefinitionSchema;
/** See {@link ComplaintDefinition}. */
export interface ComplaintDefinition {
  /** At least one issue. */
  issues: Issue[];
  outcomesSought: string[];
  responsibleFor?: string[] | undefined;
  notResponsibleFor?: string[] | undefined;
}

/** @internal The schema as built, for the event and complaint schemas and the type test. */
export const representativeSchema = /* @__PURE__ */ (() =>
  z.strictObject({ name: Text, authorityEvidence: z.boolean() }))();

/**
 * A representative acting for the complainant (Code 3.6; policy s.2).
 *
 * @example
 * ```ts
 * const r: Representative = { name: 'A. Advocate', authorityEvidence: true };
 * ```
 */
export const Representative: Schema<Representative, Representative> = representativeSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const RepresentativeZod: z.ZodMiniType<Representative, Representative> = representativeSchema;
/** See {@link Representative}. */
export interface Representative {
  name: string;
  /** Whether evidence of the representative's authority (e.g. written consent) is held. */
  authorityEvidence: boolean;
}

/**
 * Kinds of record kept under Code 5.10.
 *
 * @example
 * ```ts
 * const kind: (typeof ADJUSTMENT_KINDS)[number] = 'vulnerability';
 * ```
 */
export const ADJUSTMENT_KINDS = /* @__PURE__ */ deepFrozen(['reasonable-adjustment', 'disability', 'vulnerability'] as const);
/**
 * One of {@link ADJUSTMENT_KINDS}.
 *
 * @example
 * ```ts
 * const kind: AdjustmentKind = 'reasonable-adjustment';
 * ```
 */
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** @internal The fields every event has: when it happened, and the host's own id for it (optional). */
export const base = /* @__PURE__ */ (() =>
  ({ at: EventTimeZod, eventId: z.optional(Id) }))();

/** @internal A finding on an issue, as an event gives it: the outcomes module's `IssueFinding`, unknown keys refused. */
export const Finding = /* @__PURE__ */ (() =>
  z.strictObject(issueFindingShape))();
/** @internal A remedy as a response offers it: the outcomes module's `Remedy`, unknown keys refused. */
export const OfferedRemedy = /* @__PURE__ */ (() =>
  z.strictObject({ ...remedyShape, financial: z.optional(z.strictObject(financialRemedyShape)) }))();
/** @internal An outstanding action as a response states it: the outcomes module's `OutstandingAction`, unknown keys refused. */
export const StatedAction = /* @__PURE__ */ (() =>
  z.strictObject(outstandingActionShape))();

/**
 * The tenure of the home a complaint is about, as the Regulator of Social Housing reports Tenant
 * Satisfaction Measures: low cost rental accommodation (`lcra`) or low cost home ownership (`lcho`).
 *
 * @example
 * ```ts
 * const t: Tenure = 'lcho';
 * ```
 */
export const TENURES = /* @__PURE__ */ deepFrozen(['lcra', 'lcho'] as const);
/**
 * One of {@link TENURES}.
 *
 * @example
 * ```ts
 * const tenure: Tenure = 'lcra';
 * ```
 */
export type Tenure = (typeof TENURES)[number];
