/**
 * The policy model: one zod/mini schema is the single definition of {@link Policy}. Every object is
 * strict (an unknown key is an error), every number of working days is an integer >= 0, every date
 * is a real `YYYY-MM-DD` calendar date, and a policy has exactly two stages (Code 5.3).
 *
 * The package does not validate with these schemas at run time: `parsePolicy`, `definePolicy` and
 * `policyInForce` run the validator derived from them (policy-checks.generated.ts, written by
 * test/core/derive-schemas.ts; the same answers and issues), and the rules beyond types and bounds
 * are named functions (schema-rules.ts) that both call. Each schema is built by a function marked
 * pure, called once, so that a bundler drops the schemas, and zod, from an app that does not use them.
 */
import * as z from 'zod/mini';
import { DETRIMENT_FACTOR_IDS, EXCLUSION_GROUNDS, REMEDY_KINDS, type DetrimentFactorId, type ExclusionGroundId, type RemedyKind } from '../core/catalogue.js';
import { isIsoDate } from '../calendar/dates.js';
import { REGIONS, type Region } from '../calendar/regions.js';
import { SCHEME_IDS, type SchemeId } from './scheme-basics.js';
import { hasOneUnit, isNotPrototypeKey, namesASource, policyConsistency } from './schema-rules.js';
import type { PaymentRoute } from '../outcomes/remedies.js';
import type { Schema } from '../core/schema-type.js';
import { deepFrozen } from '../core/freeze.js';

/** @internal The schema with zod's type, for composing other schemas. */
export const PolicyDateZod = /* @__PURE__ */ (() =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }),
    z.refine(isIsoDate, { error: 'must be a real calendar date written YYYY-MM-DD', params: { code: 'invalid-date' } }),
  ))();
/**
 * A calendar date written `YYYY-MM-DD` (Europe/London), checked to be a real date
 * (`2025-02-29` fails).
 *
 * @example
 * ```ts
 * PolicyDate.safeParse('2024-11-01').success; // true
 * ```
 */
export const PolicyDate: Schema<string> = PolicyDateZod;

/** @internal The schema with zod's type, for composing other schemas. */
export const WorkingDaysZod = /* @__PURE__ */ (() =>
  z.int().check(z.minimum(0, { error: 'must be 0 or more working days' })))();
/**
 * A whole number of working days, zero or more.
 *
 * @example
 * ```ts
 * WorkingDays.safeParse(10).success; // true; 2.5 and -1 fail
 * ```
 */
export const WorkingDays: Schema<number> = WorkingDaysZod;

/** @internal The schema as built, for the type test. */
export const policySourceSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      provision: z.optional(z.string().check(z.minLength(1))),
      policy: z.optional(z.string().check(z.minLength(1))),
      note: z.optional(z.string().check(z.minLength(1))),
      quote: z.optional(z.string().check(z.minLength(1))),
    })
    .check(
      z.refine(namesASource, {
        error: 'a source must name a provision, a policy section or a note',
        params: { code: 'empty-source' },
      }),
    ))();
/**
 * Where a policy value comes from: a Code provision (`'6.3'`), a section of the organisation's
 * policy (`'s.5'`), and/or a `note` recording a reading of ambiguous text. At least one is required.
 * The same shape as the core `Source`, but strict: an unknown key is an error.
 *
 * @example
 * ```ts
 * const s: PolicySource = { policy: 's.5', provision: '6.3' };
 * ```
 */
export const PolicySource: Schema<PolicySource, PolicySource> = policySourceSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const PolicySourceZod: z.ZodMiniType<PolicySource, PolicySource> = policySourceSchema;
/**
 * Where a policy value comes from. See {@link PolicySource}.
 *
 * @example
 * ```ts
 * const s: PolicySource = { provision: '6.14', note: 'Counted from the stage 2 acknowledgement.' };
 * ```
 */
export interface PolicySource {
  provision?: string | undefined;
  policy?: string | undefined;
  note?: string | undefined;
  /** The sentence of the source the value is read from, word for word. */
  quote?: string | undefined;
}

/**
 * The events a timescale can be counted from, in the order they happen within a stage's view of a
 * complaint (receipt first).
 *
 * @example
 * ```ts
 * ANCHORS.includes('receipt'); // true
 * ```
 */
export const ANCHORS = /* @__PURE__ */ deepFrozen(['receipt', 'acknowledgement', 'escalation-request', 'stage-response'] as const);

/** @internal The schema with zod's type, for composing other schemas. */
export const AnchorZod = /* @__PURE__ */ (() =>
  z.enum(ANCHORS))();
/**
 * The event a timescale counts from: the receipt of the complaint, the acknowledgement at the
 * same stage, the complainant's request to escalate, or the response of the previous stage.
 *
 * @example
 * ```ts
 * const a: Anchor = 'acknowledgement';
 * ```
 */
export const Anchor: Schema<Anchor> = AnchorZod;
/** The type of a valid {@link Anchor} (the schema's output). */
export type Anchor = (typeof ANCHORS)[number];

/** @internal The schema as built, for the type test. */
export const timescaleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    workingDays: WorkingDaysZod,
    anchor: AnchorZod,
    source: PolicySourceZod,
  }))();
/**
 * "Within N working days of X": the number of working days and the event X.
 *
 * @example
 * ```ts
 * const t: Timescale = { workingDays: 10, anchor: 'acknowledgement', source: { provision: '6.3' } };
 * ```
 */
export const Timescale: Schema<Timescale, Timescale> = timescaleSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const TimescaleZod: z.ZodMiniType<Timescale, Timescale> = timescaleSchema;
/** The type of a valid {@link Timescale} (the schema's output). */
export interface Timescale {
  workingDays: number;
  anchor: Anchor;
  source: PolicySource;
}

/**
 * The events a period of a `laterOf` window can be counted from: the timescale anchors, and
 * `'awareness'`, the day the complainant became aware of the issue (found out they had a reason to
 * complain), as recorded on the `received` event (`becameAwareOn`). When the complaint records no
 * such day, a period from `'awareness'` counts from receipt, which is never earlier (a complaint
 * cannot be made before its maker knows of the issue), so the period is never shorter than the
 * policy allows; the deadline's source says so.
 *
 * @example
 * ```ts
 * PERIOD_ANCHORS.includes('awareness'); // true
 * ```
 */
export const PERIOD_ANCHORS = /* @__PURE__ */ deepFrozen([...ANCHORS, 'awareness'] as const);
/** @internal The schema with zod's type, for composing other schemas. */
export const PeriodAnchorZod = /* @__PURE__ */ (() =>
  z.enum(PERIOD_ANCHORS))();
/**
 * What a period of a `laterOf` window counts from. See {@link PERIOD_ANCHORS}.
 *
 * @example
 * ```ts
 * const a: PeriodAnchor = 'awareness';
 * ```
 */
export const PeriodAnchor: Schema<PeriodAnchor> = PeriodAnchorZod;
/** The type of a valid {@link PeriodAnchor} (the schema's output). */
export type PeriodAnchor = (typeof PERIOD_ANCHORS)[number];

/** @internal The schema as built, for the type test. */
export const periodSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      months: z.optional(z.int().check(z.minimum(1, { error: 'must be 1 or more months' }))),
      workingDays: z.optional(WorkingDaysZod),
      anchor: PeriodAnchorZod,
      source: PolicySourceZod,
    })
    .check(
      z.refine(hasOneUnit, {
        error: 'a period is either months or workingDays, not both or neither',
        params: { code: 'period-unit' },
      }),
    ))();
/**
 * A period counted from an event: whole calendar months (the same day of the month that many months
 * on, the month's last day when that day does not exist) or working days; exactly one of the two.
 * Besides the timescale anchors it may count from `'awareness'` (see {@link PERIOD_ANCHORS}).
 *
 * @example
 * ```ts
 * const p: Period = { months: 2, anchor: 'stage-response', source: { note: 'within two months of receiving your stage 1 response' } };
 * ```
 */
export const Period: Schema<Period, Period> = periodSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const PeriodZod: z.ZodMiniType<Period, Period> = periodSchema;
/** The type of a valid {@link Period} (the schema's output). */
export interface Period {
  /** Whole calendar months, 1 or more (or `workingDays`: exactly one of the two). */
  months?: number | undefined;
  workingDays?: number | undefined;
  anchor: PeriodAnchor;
  source: PolicySource;
}

/** @internal The schema as built, for the type test. */
export const laterOfSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    laterOf: z.array(PeriodZod).check(z.minLength(2, { error: 'the later of needs two or more periods' })),
    source: PolicySourceZod,
  }))();
/**
 * A time that ends on the later of two or more periods counted from different events ("within six
 * months of ..., or within two months of your stage 1 response, if this is later").
 *
 * @example
 * ```ts
 * const source = { policy: 'Stage 1: Frontline response' };
 * const w: LaterOf = { laterOf: [{ months: 6, anchor: 'receipt', source }, { months: 2, anchor: 'stage-response', source }], source };
 * ```
 */
export const LaterOf: Schema<LaterOf, LaterOf> = laterOfSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const LaterOfZod: z.ZodMiniType<LaterOf, LaterOf> = laterOfSchema;
/** The type of a valid {@link LaterOf} (the schema's output). */
export interface LaterOf {
  /** Two or more periods. */
  laterOf: Period[];
  source: PolicySource;
}

/** @internal The schema with zod's type, for composing other schemas. */
export const RoleIdZod = /* @__PURE__ */ (() =>
  z.string().check(
    z.minLength(1),
    // A plain object cannot hold a key named __proto__ as data (setting it changes the prototype), so such a role would vanish.
    z.refine(isNotPrototypeKey, { error: "a role cannot be named '__proto__'" }),
  ))();
/**
 * Identifier of a role in a policy (`'agent-complaints-officer'`), a key of `Policy.roles`.
 *
 * @example
 * ```ts
 * const r: RoleId = 'managing-director';
 * ```
 */
export const RoleId: Schema<string> = RoleIdZod;
/** The type of a valid {@link RoleId} (the schema's output). */
export type RoleId = string;

/** @internal The schema as built, for the type test. */
export const procedureStageSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    acknowledges: RoleIdZod,
    investigates: RoleIdZod,
    decides: RoleIdZod,
    communicates: RoleIdZod,
    notifies: z.array(RoleIdZod),
    source: PolicySourceZod,
  }))();
/**
 * Who does what at one stage of a procedure.
 *
 * @example
 * ```ts
 * const s: ProcedureStage = { acknowledges: 'agent', investigates: 'agent-complaints-officer',
 *   decides: 'agent-complaints-officer', communicates: 'agent-complaints-officer',
 *   notifies: ['landlord-complaints-officer'], source: { policy: 's.5' } };
 * ```
 */
export const ProcedureStage: Schema<ProcedureStage, ProcedureStage> = procedureStageSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ProcedureStageZod: z.ZodMiniType<ProcedureStage, ProcedureStage> = procedureStageSchema;
/** The type of a valid {@link ProcedureStage} (the schema's output). */
export interface ProcedureStage {
  acknowledges: RoleId;
  investigates: RoleId;
  decides: RoleId;
  communicates: RoleId;
  notifies: RoleId[];
  source: PolicySource;
}

/** @internal The schema as built, for the type test. */
export const procedureSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    appliesTo: z.string().check(z.minLength(1)),
    notifyOnReceipt: z.array(RoleIdZod),
    stages: z.tuple([ProcedureStageZod, ProcedureStageZod]),
    source: PolicySourceZod,
  }))();
/**
 * A complaints procedure: which complaints it applies to and who acts at each of its two stages.
 * The co-ops have procedure `'A'` (the managing agent's service) and `'B'` (the landlord co-op's
 * service); CHS and the Code have one, `'single'`.
 *
 * @example
 * ```ts
 * policies.wellington.procedures.map((p) => p.id); // ['A', 'B']
 * ```
 */
export const Procedure: Schema<Procedure, Procedure> = procedureSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ProcedureZod: z.ZodMiniType<Procedure, Procedure> = procedureSchema;
/** The type of a valid {@link Procedure} (the schema's output). */
export interface Procedure {
  id: string;
  title: string;
  appliesTo: string;
  notifyOnReceipt: RoleId[];
  stages: [ProcedureStage, ProcedureStage];
  source: PolicySource;
}

/** @internal The schema as built, for the type test. */
export const extensionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    withoutGoodReason: WorkingDaysZod,
    complainantAgreementBeyond: z.nullable(WorkingDaysZod),
    ombudsmanDetailsRequired: z.boolean(),
    noUpperLimit: z.optional(z.boolean()),
    whenAgreementNotReached: z.optional(z.nullable(z.strictObject({ then: z.enum(['give-ombudsman-contact-details']), source: PolicySourceZod }))),
    source: PolicySourceZod,
  }))();
/**
 * Extensions at one stage: the most a response may be extended without good reason, the point
 * beyond which the complainant must agree, and whether the Ombudsman's details must be given.
 *
 * @example
 * ```ts
 * const e: Extension = { withoutGoodReason: 10, complainantAgreementBeyond: 20,
 *   ombudsmanDetailsRequired: true, source: { policy: 's.5', provision: '6.4' } };
 * ```
 */
export const Extension: Schema<Extension, Extension> = extensionSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ExtensionZod: z.ZodMiniType<Extension, Extension> = extensionSchema;
/** The type of a valid {@link Extension} (the schema's output). */
export interface Extension {
  withoutGoodReason: number;
  complainantAgreementBeyond: number | null;
  ombudsmanDetailsRequired: boolean;
  /**
   * Added field: `true` when the policy allows extensions (with reasons) but states no maximum,
   * as the CHS commercial client policy does. Absent means the limits above are the policy's own.
   */
  noUpperLimit?: boolean | undefined;
  /**
   * Added field: what the policy says happens when the complainant does not agree to an extension
   * beyond `complainantAgreementBeyond`. `give-ombudsman-contact-details`: the extension may still
   * be set, provided the complainant is given the Housing Ombudsman's contact details so the plan can
   * be challenged (Wellington and Dennetts s.5: "Where agreement over an extension period cannot be
   * reached, CHS should provide the Housing Ombudsman's contact details so the complainant can
   * challenge the plan for responding and/or the proposed timeliness for a response."). `null` or
   * absent: the policy says nothing, so an extension beyond that point needs the complainant's agreement.
   */
  whenAgreementNotReached?: { then: 'give-ombudsman-contact-details'; source: PolicySource; } | null | undefined;
  source: PolicySource;
}

/** @internal The schema as built, for the type test. */
export const stageRulesSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    acknowledge: z.nullable(TimescaleZod),
    respond: z.nullable(TimescaleZod),
    extension: ExtensionZod,
  }))();
/**
 * The timescales of one stage: acknowledgement, response, extension.
 *
 * @example
 * ```ts
 * policies.wellington.stages[0].respond; // { workingDays: 10, anchor: 'acknowledgement', ... }
 * ```
 */
export const StageRules: Schema<StageRules, StageRules> = stageRulesSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const StageRulesZod: z.ZodMiniType<StageRules, StageRules> = stageRulesSchema;
/** The type of a valid {@link StageRules} (the schema's output). */
export interface StageRules {
  /**
   * The acknowledgement timescale, or `null` for a stage with no separate acknowledgement (the
   * SPSO model's frontline response: the response itself, due from receipt, is the first reply).
   * With `null` no acknowledgement deadline applies; the `acknowledged` event still records the
   * complaint's definition (logging), owed to no one by a date.
   */
  acknowledge: Timescale | null;
  /**
   * The response timescale, or `null` where the policy states no time to respond at this stage.
   * With `null` there is no policy deadline: `deadlines()` shows the Code's timescale (or the
   * scheme's model procedure's) as a benchmark, citing it, the lint reports the gap, and a report
   * counts such responses apart (`withoutTimescale`), neither on time nor late against the policy.
   */
  respond: Timescale | null;
  extension: Extension;
}

/** @internal The schema as built, for the type test. */
export const ombudsmanContactSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: z.string().check(z.minLength(1)),
    phone: z.optional(z.string().check(z.minLength(1))),
    email: z.optional(z.string().check(z.minLength(1))),
    website: z.optional(z.string().check(z.minLength(1))),
  }))();
/**
 * Details of the Housing Ombudsman to give to complainants.
 *
 * @example
 * ```ts
 * const c: OmbudsmanContact = { name: 'Housing Ombudsman Service', phone: '0300 111 3000' };
 * ```
 */
export const OmbudsmanContact: Schema<OmbudsmanContact, OmbudsmanContact> = ombudsmanContactSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OmbudsmanContactZod: z.ZodMiniType<OmbudsmanContact, OmbudsmanContact> = ombudsmanContactSchema;
/** The type of a valid {@link OmbudsmanContact} (the schema's output). */
export interface OmbudsmanContact {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
}

/** The regions whose working days a policy counts in: the calendar's regions. */
export { REGIONS };

/**
 * The ways a complaint may be made; `'any'` records a policy that accepts complaints made in any way.
 *
 * @example
 * ```ts
 * policies.wellington.channels.map((c) => c.kind); // ['telephone', 'text', 'letter', 'email', 'website', 'in-person']
 * ```
 */
export const CHANNEL_KINDS = /* @__PURE__ */ deepFrozen(['telephone', 'text', 'letter', 'email', 'website', 'in-person', 'any'] as const);
/**
 * One of {@link CHANNEL_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ChannelKind = 'email';
 * ```
 */
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

const Payment = /* @__PURE__ */ (() =>
  z.enum(['rent-account-credit', 'paid-to-complainant']))();

/** @internal The schema as built, for the type test. */
export const policyClosureSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    every: z.literal('year'),
    from: z.string().check(z.regex(/^\d\d-\d\d$/, { error: 'must be a day of the year written MM-DD' })),
    to: z.string().check(z.regex(/^\d\d-\d\d$/, { error: 'must be a day of the year written MM-DD' })),
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    source: PolicySourceZod,
  }))();
/**
 * A closure the organisation repeats every year, as its policy writes it ("24 to 31 December every
 * year": `{ every: 'year', from: '12-24', to: '12-31', source }`). `from` and `to` are `MM-DD`, both
 * included; a `to` earlier in the year than `from` runs over the year end. It applies while its policy
 * is in force (see `createPolicyCalendar`). Checked like the calendar's recurring closures: a real
 * day of the year at each end, at most 31 days.
 *
 * @example
 * ```ts
 * const c: PolicyClosure = { every: 'year', from: '12-24', to: '12-31', name: 'Christmas closure', source: { policy: 's.4' } };
 * ```
 */
export const PolicyClosure: Schema<PolicyClosure, PolicyClosure> = policyClosureSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const PolicyClosureZod: z.ZodMiniType<PolicyClosure, PolicyClosure> = policyClosureSchema;
/**
 * A validated recurring closure of a policy. See {@link PolicyClosure}.
 *
 * @example
 * ```ts
 * const closures: readonly PolicyClosure[] = policy.closures ?? [];
 * ```
 */
export interface PolicyClosure {
  every: 'year';
  /** `MM-DD`, included. */
  from: string;
  /** `MM-DD`, included; earlier in the year than `from` runs over the year end. */
  to: string;
  name?: string | undefined;
  source: PolicySource;
}
/**
 * The subjects a section of a policy can deal with. A section's subjects say where the policy
 * deals with what: every citation the engine makes (a refusal, an outcome, a remedy, a report
 * figure, a self-assessment's evidence) names the sections whose subjects fit.
 *
 * @example
 * ```ts
 * POLICY_SUBJECTS.includes('timescales'); // true
 * ```
 */
export const POLICY_SUBJECTS = /* @__PURE__ */ deepFrozen([
  'aims',
  'scope',
  'definition',
  'service-requests',
  'exclusions',
  'representatives',
  'channels',
  'equality',
  'unacceptable-behaviour',
  'publicity',
  'ombudsman',
  'complaints-officers',
  'procedure',
  'timescales',
  'responses',
  'outcomes',
  'remedies',
  'records',
  'learning',
  'governance',
  'data-protection',
] as const);
/** @internal The schema with zod's type, for composing other schemas. */
export const PolicySubjectZod = /* @__PURE__ */ (() =>
  z.enum(POLICY_SUBJECTS))();
/**
 * One of {@link POLICY_SUBJECTS}.
 *
 * @example
 * ```ts
 * const s: PolicySubject = 'records';
 * ```
 */
export const PolicySubject: Schema<PolicySubject> = PolicySubjectZod;
/** The type of a valid {@link PolicySubject}. */
export type PolicySubject = (typeof POLICY_SUBJECTS)[number];

/** @internal The schema as built, for the type test. */
export const policySectionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    number: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    subjects: z.array(PolicySubjectZod),
  }))();
/**
 * One section of a policy: the number it is cited by (`'s.3'`), its title as the policy gives it,
 * and the subjects its text deals with (a section has a subject when its text deals with it, not
 * merely when its title suggests it).
 *
 * @example
 * ```ts
 * const s: PolicySection = { number: 's.11', title: 'Keeping records', subjects: ['records'] };
 * ```
 */
export const PolicySection: Schema<PolicySection, PolicySection> = policySectionSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const PolicySectionZod: z.ZodMiniType<PolicySection, PolicySection> = policySectionSchema;
/** The type of a valid {@link PolicySection}. */
export interface PolicySection {
  number: string;
  title: string;
  subjects: PolicySubject[];
}

/**
 * What a response can contain, in the Code's order (6.9 and 6.19 items a to g): the complaint
 * stage, the complaint definition, the decision, the reasons, the remedy offered, outstanding
 * actions, how to escalate to stage 2, and how to take the matter to the Housing Ombudsman.
 *
 * @example
 * ```ts
 * RESPONSE_ITEMS.includes('definition'); // true
 * ```
 */
export const RESPONSE_ITEMS = /* @__PURE__ */ deepFrozen(['stage', 'definition', 'decision', 'reasons', 'remedy', 'outstanding-actions', 'escalation', 'ombudsman'] as const);
/** @internal The schema with zod's type, for composing other schemas. */
export const ResponseItemZod = /* @__PURE__ */ (() =>
  z.enum(RESPONSE_ITEMS))();
/**
 * One of {@link RESPONSE_ITEMS}.
 *
 * @example
 * ```ts
 * const i: ResponseItem = 'outstanding-actions';
 * ```
 */
export const ResponseItem: Schema<ResponseItem> = ResponseItemZod;
/** The type of a valid {@link ResponseItem}. */
export type ResponseItem = (typeof RESPONSE_ITEMS)[number];

/** @internal The schema as built, for the type test. */
export const responseContentsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    items: z.nullable(z.array(ResponseItemZod)),
    source: PolicySourceZod,
  }))();
/**
 * What the policy says a response at one stage contains: its items, or `null` when the policy
 * does not list them.
 *
 * @example
 * ```ts
 * const r: ResponseContents = { items: ['decision', 'reasons'], source: { policy: 's.6' } };
 * ```
 */
export const ResponseContents: Schema<ResponseContents, ResponseContents> = responseContentsSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ResponseContentsZod: z.ZodMiniType<ResponseContents, ResponseContents> = responseContentsSchema;
/** The type of a valid {@link ResponseContents}. */
export interface ResponseContents {
  items: ResponseItem[] | null;
  source: PolicySource;
}

/** @internal The schema as built, for the type test. */
export const detrimentFactorSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.enum(DETRIMENT_FACTOR_IDS),
    text: z.string().check(z.minLength(1)),
    source: PolicySourceZod,
  }))();
/**
 * One detriment factor a policy lists: its id (from `DETRIMENT_FACTOR_IDS`), the policy's words
 * (`text`) and where they are read from.
 *
 * @example
 * ```ts
 * const f: DetrimentFactor = { id: 'duration', text: 'the length of time that a situation has been ongoing', source: { policy: 's.8' } };
 * ```
 */
export const DetrimentFactor: Schema<DetrimentFactor, DetrimentFactor> = detrimentFactorSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const DetrimentFactorZod: z.ZodMiniType<DetrimentFactor, DetrimentFactor> = detrimentFactorSchema;
/** The type of a valid {@link DetrimentFactor}. */
export interface DetrimentFactor {
  id: DetrimentFactorId;
  /** The policy's words for the factor. */
  text: string;
  source: PolicySource;
}

/** @internal The schema as built, for the type test. */
export const detrimentFactorsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    factors: z.nullable(z.array(DetrimentFactorZod).check(z.minLength(1))),
    source: PolicySourceZod,
  }))();
/**
 * The factors a policy says it weighs when deciding how to put things right (the level of
 * detriment to the complainant), in the policy's order, with the sentence that introduces them in
 * `source.quote`; or `factors: null` when the policy lists none, with `source.note` saying so.
 *
 * @example
 * ```ts
 * const d: DetrimentFactors = { factors: null, source: { policy: 's.6', note: 'The policy lists no detriment factors.' } };
 * ```
 */
export const DetrimentFactors: Schema<DetrimentFactors, DetrimentFactors> = detrimentFactorsSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const DetrimentFactorsZod: z.ZodMiniType<DetrimentFactors, DetrimentFactors> = detrimentFactorsSchema;
/** The type of a valid {@link DetrimentFactors}. */
export interface DetrimentFactors {
  /** The factors in the policy's order, or `null` when the policy lists none. */
  factors: DetrimentFactor[] | null;
  /** Where the list is read from: its section, and the lead-in sentence as `quote`; for `null`, a `note` saying what the policy says instead. */
  source: PolicySource;
}

/** @internal The schema with zod's type, for composing other schemas. */
export const RefusalReasonsZod = /* @__PURE__ */ (() =>
  z.enum(['always', 'when-asked']))();
/**
 * When the written reasons for not accepting or escalating a complaint are given: `always`, or
 * only `when-asked`.
 *
 * @example
 * ```ts
 * const r: RefusalReasons = 'when-asked';
 * ```
 */
export const RefusalReasons: Schema<RefusalReasons> = RefusalReasonsZod;
/** The type of a valid {@link RefusalReasons}. */
export type RefusalReasons = 'always' | 'when-asked';

/** @internal The schema with zod's type, for composing other schemas. */
export const TimeLimitFromZod = /* @__PURE__ */ (() =>
  z.enum(['issue', 'later-of-issue-and-awareness']))();
/**
 * What the time limit counts from: the issue occurring, or the later of the issue occurring and
 * the complainant becoming aware of it.
 *
 * @example
 * ```ts
 * const f: TimeLimitFrom = 'later-of-issue-and-awareness'; // Code 2.3
 * ```
 */
export const TimeLimitFrom: Schema<TimeLimitFrom> = TimeLimitFromZod;
/** The type of a valid {@link TimeLimitFrom}. */
export type TimeLimitFrom = 'issue' | 'later-of-issue-and-awareness';

const PolicyShape = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    organisation: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    adopted: PolicyDateZod,
    inForce: z.strictObject({ from: PolicyDateZod, to: z.optional(PolicyDateZod) }),
    region: z.enum(REGIONS),
    closures: z.optional(z.array(PolicyClosureZod)),
    receiptOnNonWorkingDay: z.enum(['counts-from-receipt', 'next-working-day']),
    ombudsman: z.strictObject({
      scheme: z.optional(z.enum(SCHEME_IDS)),
      schemeMember: z.boolean(),
      contact: z.optional(OmbudsmanContactZod),
      source: PolicySourceZod,
    }),
    roles: z.record(RoleIdZod, z.strictObject({ title: z.string().check(z.minLength(1)), source: PolicySourceZod })),
    procedures: z.array(ProcedureZod).check(z.minLength(1, { error: 'a policy needs at least one procedure' })),
    stages: z.tuple([StageRulesZod, StageRulesZod]),
    sections: z.nullable(z.array(PolicySectionZod)),
    responses: z.strictObject({ stages: z.tuple([ResponseContentsZod, ResponseContentsZod]) }),
    refusalNotice: z.nullable(z.strictObject({ reasons: RefusalReasonsZod, ombudsmanRight: z.boolean(), source: PolicySourceZod })),
    adjustments: z.nullable(z.strictObject({ made: z.boolean(), recorded: z.boolean(), reviewed: z.boolean(), source: PolicySourceZod })),
    updates: z.nullable(z.strictObject({ regular: z.boolean(), agreedIntervalsWhenLate: z.boolean(), source: PolicySourceZod })),
    escalation: z.strictObject({
      window: z.union([TimescaleZod, LaterOfZod, z.null()]),
      direct: z.optional(z.strictObject({ allowed: z.boolean(), source: PolicySourceZod })),
      reasonsRequired: z.boolean(),
      newIssuesAllowed: z.boolean(),
      source: PolicySourceZod,
    }),
    timeLimit: z.strictObject({
      months: z.int().check(z.minimum(0, { error: 'must be 0 or more months' })),
      from: TimeLimitFromZod,
      recurringException: z.boolean(),
      discretion: z.boolean(),
      source: PolicySourceZod,
    }),
    exclusions: z.array(
      z.strictObject({
        ground: z.enum(EXCLUSION_GROUNDS),
        description: z.string().check(z.minLength(1)),
        routeElsewhere: z.optional(z.string().check(z.minLength(1))),
        source: PolicySourceZod,
      }),
    ),
    remedies: z.array(
      z.strictObject({ kind: z.enum(REMEDY_KINDS), description: z.string().check(z.minLength(1)), source: PolicySourceZod }),
    ),
    financialRemedies: z.strictObject({ compensation: Payment, discretionary: Payment, source: PolicySourceZod }),
    detrimentFactors: DetrimentFactorsZod,
    ombudsmanEvidence: z.nullable(z.strictObject({ workingDays: WorkingDaysZod, source: PolicySourceZod })),
    channels: z.array(
      z.strictObject({ kind: z.enum(CHANNEL_KINDS), detail: z.optional(z.string()), source: PolicySourceZod }),
    ),
    representatives: z.strictObject({ allowed: z.boolean(), writtenAuthorityRequired: z.boolean(), source: PolicySourceZod }),
    ambiguities: z.array(
      z.strictObject({
        path: z.string().check(z.minLength(1)),
        text: z.string().check(z.minLength(1)),
        reading: z.string().check(z.minLength(1)),
      }),
    ),
  }))();

/** @internal The schema as built, for the type test. */
export const policySchema = /* @__PURE__ */ (() =>
  PolicyShape.check(
    // Every role named is defined, procedure ids and detriment factors are not listed twice, closures
    // are real, inForce is in order: schema-rules.ts.
    z.check<Policy>(policyConsistency),
  ))();
/**
 * A complaints policy as data: identity, procedures and who acts, the two stages and their
 * timescales, escalation, time limit, exclusions, remedies and detriment factors, channels, and the
 * ambiguities met in reading its source. Beyond the shape, a policy is checked for consistency:
 * every role a procedure names is defined in `roles`, no procedure id or detriment factor is listed
 * twice, and `inForce.to` is not before `inForce.from`.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = Policy.safeParse(JSON.parse(text));
 * if (r.success) lintPolicy(r.data);
 * ```
 */
export const Policy: Schema<Policy, PolicyInput> = policySchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const PolicyZod: z.ZodMiniType<Policy, PolicyInput> = policySchema;
/**
 * A validated complaints policy. See {@link Policy}.
 *
 * @example
 * ```ts
 * const p: Policy = policies.dennetts;
 * p.stages[1].respond; // { workingDays: 20, anchor: 'escalation-request', source: { ... } }
 * ```
 */
export interface Policy {
  /** Stable identifier, e.g. `'wellington-2024-11'`. */
  id: string;
  organisation: string;
  title: string;
  /** The date the policy was adopted or approved. */
  adopted: string;
  /** The dates the policy is in force: from, and (when superseded) to, both inclusive. */
  inForce: { from: string; to?: string | undefined };
  region: Region;
  /** The organisation's recurring closures (absent: the policy names none), effective while the policy is in force. */
  closures?: PolicyClosure[] | undefined;
  /** Whether a complaint received on a non-working day counts from that day (the default) or the next working day. */
  receiptOnNonWorkingDay: 'counts-from-receipt' | 'next-working-day';
  ombudsman: {
    /**
     * Added field: the ombudsman scheme the organisation's complaints go to after its procedure
     * (see `SCHEMES`): it chooses the Code or model procedure the lint measures against and the
     * regulator's figures a report gives. Absent means the Housing Ombudsman.
     */
    scheme?: SchemeId | undefined;
    schemeMember: boolean;
    contact?: OmbudsmanContact | undefined;
    source: PolicySource;
  };
  roles: Record<RoleId, { title: string; source: PolicySource }>;
  /** At least one procedure. */
  procedures: Procedure[];
  /** Index 0 is stage 1, index 1 is stage 2 (Code 5.3: exactly two stages). */
  stages: [StageRules, StageRules];
  /**
   * The sections of the policy (number, title, subjects), or `null` for a document that has none
   * of its own (the Code policy, cited by provision). Every citation of a policy section the
   * engine makes is read from here.
   */
  sections: PolicySection[] | null;
  /**
   * What the responses at each stage must contain, as the policy lists it (index 0 is stage 1).
   * A member of the Housing Ombudsman's scheme is also held to the Code's items (6.9, 6.19).
   */
  responses: { stages: [ResponseContents, ResponseContents] };
  /**
   * What a notice of a decision not to accept or escalate a complaint gives: written reasons
   * (always, or only when asked) and whether it tells the complainant of the right to take the
   * decision to the Ombudsman; `null` when the policy says nothing of it.
   */
  refusalNotice: { reasons: RefusalReasons; ombudsmanRight: boolean; source: PolicySource } | null;
  /**
   * Reasonable adjustments (Code 5.10): whether the policy adapts its procedures to a person's
   * needs, keeps a record of adjustments agreed and disabilities disclosed, and keeps adjustments
   * under review; `null` when the policy says nothing of them.
   */
  adjustments: { made: boolean; recorded: boolean; reviewed: boolean; source: PolicySource } | null;
  /**
   * Keeping the complainant informed (Code 5.9): whether updates are regular, and whether intervals
   * are agreed with the complainant when a response will be late; `null` when the policy is silent.
   */
  updates: { regular: boolean; agreedIntervalsWhenLate: boolean; source: PolicySource } | null;
  escalation: {
    /**
     * The time within which stage 2 may be asked for, or `null` when the policy sets none (the Code
     * sets none: 6.10, an unresolved complaint "must be progressed to stage 2"); with `null` a
     * stage 2 request is never late and a complaint cannot be closed as "window lapsed".
     */
    window: Timescale | LaterOf | null;
    /**
     * Added field: whether a complaint may be handled at stage 2 from the start, without a stage 1
     * response (the SPSO model: complaints that "clearly require investigation"); absent means not.
     */
    direct?: { allowed: boolean; source: PolicySource } | undefined;
    reasonsRequired: boolean;
    newIssuesAllowed: boolean;
    source: PolicySource;
  };
  timeLimit: {
    months: number;
    /** What the months count from: the issue occurring, or the later of that and the complainant becoming aware of it. */
    from: TimeLimitFrom;
    recurringException: boolean;
    discretion: boolean;
    source: PolicySource;
  };
  exclusions: { ground: ExclusionGroundId; description: string; routeElsewhere?: string | undefined; source: PolicySource }[];
  remedies: { kind: RemedyKind; description: string; source: PolicySource }[];
  financialRemedies: { compensation: PaymentRoute; discretionary: PaymentRoute; source: PolicySource };
  /**
   * The detriment factors the policy weighs when deciding how to put things right, with the
   * sentence introducing them (Wellington and Dennetts s.8); `factors: null` when the policy lists
   * none, with the reason in `source.note`. `unconsideredFactors` reads it.
   */
  detrimentFactors: DetrimentFactors;
  ombudsmanEvidence: { workingDays: number; source: PolicySource } | null;
  channels: { kind: ChannelKind; detail?: string | undefined; source: PolicySource }[];
  representatives: { allowed: boolean; writtenAuthorityRequired: boolean; source: PolicySource };
  /** Where the source text is ambiguous, the path of the value, the text, and the reading chosen. */
  ambiguities: { path: string; text: string; reading: string }[];
}
/**
 * What a policy looks like before validation (the schema's input type); built-ins are written as
 * this and validated when the module loads.
 *
 * @example
 * ```ts
 * const draft = { ...policies.wellington, id: 'draft' } satisfies PolicyInput;
 * ```
 */
export type PolicyInput = Policy;
