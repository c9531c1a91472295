/**
 * The assessment record: one answer per provision of the Code 2024, with evidence, commentary and,
 * for a "No", the action and target date the Ombudsman's form asks for. One zod/mini schema is the
 * single definition of each type.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../calendar/dates.js';
import { PROVISION_NUMBERS, type ProvisionNumber } from './provisions.js';
import { citedSections } from './citations.js';
import type { Schema } from '../core/schema-type.js';
import { compileSchema, INVALID, type CompiledSchema } from '../core/compiled-schema.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * The answers the form allows: Yes, No, and (where a landlord writes it) N/a.
 *
 * @example
 * ```ts
 * ANSWERS; // ['yes', 'no', 'n/a']
 * ```
 */
export const ANSWERS = /* @__PURE__ */ deepFrozen(['yes', 'no', 'n/a'] as const);

/** @internal The schema with zod's type, for composing other schemas. */
export const AnswerZod = /* @__PURE__ */ (() =>
  z.enum(ANSWERS))();
/**
 * An answer to "Comply: Yes / No". `'n/a'` is kept because some forms use it; the check reports it.
 *
 * @example
 * ```ts
 * const a: Answer = 'yes';
 * ```
 */
export const Answer: Schema<Answer> = AnswerZod;
/** See {@link Answer}. */
export type Answer = (typeof ANSWERS)[number];

/** @internal The schema with zod's type, for composing other schemas. */
export const ProvisionNumberSchemaZod = /* @__PURE__ */ (() =>
  z.enum(PROVISION_NUMBERS))();
/**
 * A provision number on the form, `'1.2'` to `'9.8'`, as a schema.
 *
 * @example
 * ```ts
 * ProvisionNumberSchema.safeParse('6.3').success; // true
 * ```
 */
export const ProvisionNumberSchema: Schema<ProvisionNumber> = ProvisionNumberSchemaZod;

/** @internal The schema with zod's type, for composing other schemas. */
export const AssessmentDateZod = /* @__PURE__ */ (() =>
  z.string().check(
    z.refine((s) => isIsoDate(s), { error: 'must be a real calendar date written YYYY-MM-DD' }),
  ))();
/**
 * A calendar date `YYYY-MM-DD` that exists.
 *
 * @example
 * ```ts
 * AssessmentDate.safeParse('2025-03-31').success; // true
 * ```
 */
export const AssessmentDate: Schema<string> = AssessmentDateZod;

/** @internal The schema with zod's type, for composing other schemas. */
export const SectionRefZod = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^s\.\d{1,3}$/, { error: "must be a section reference: 's.' and the section number" })))();
/**
 * A policy section reference as the library writes it: `'s.3'`.
 *
 * @example
 * ```ts
 * SectionRef.safeParse('s.12').success; // true
 * ```
 */
export const SectionRef: Schema<string> = SectionRefZod;

const EntryShape = /* @__PURE__ */ (() =>
  z.strictObject({
    provision: ProvisionNumberSchemaZod,
    complies: AnswerZod,
    evidence: z.string(),
    citedSections: z.optional(z.array(SectionRefZod)),
    commentary: z.optional(z.string()),
    action: z.optional(z.string()),
    targetDate: z.optional(AssessmentDateZod),
  }))();

/** An entry as parsed: `citedSections` as given, or read from `evidence`. */
const withCitedSections = (e: z.output<typeof EntryShape>) => ({ ...e, citedSections: e.citedSections ?? citedSections(e.evidence) });

/** @internal The schema as built, for the type test. */
export const assessmentEntrySchema = /* @__PURE__ */ (() => z.pipe(EntryShape, z.transform(withCitedSections)))();
/**
 * One row of a self-assessment: the provision, the answer, the evidence (and the policy sections
 * it cites), commentary, and for a "No" the action and target date. After parsing,
 * `citedSections` is always present.
 *
 * @example
 * ```ts
 * const r = AssessmentEntry.safeParse({ provision: '1.2', complies: 'yes',
 *   evidence: 'Covered in Complaints Policy Section 3 – What is a complaint' });
 * // r.success && r.data.citedSections -> ['s.3']
 * ```
 */
export const AssessmentEntry: Schema<AssessmentEntry, AssessmentEntryInput> = assessmentEntrySchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const AssessmentEntryZod: z.ZodMiniType<AssessmentEntry, AssessmentEntryInput> = assessmentEntrySchema;
/** One answered provision. See {@link AssessmentEntry}. */
export interface AssessmentEntry extends Omit<AssessmentEntryInput, 'citedSections'> {
  /** The policy sections the evidence cites (`'s.3'`): as given, or read from `evidence`. */
  citedSections: string[];
}
/**
 * An answered provision before parsing (`citedSections` optional).
 *
 * @example
 * ```ts
 * const e: AssessmentEntryInput = { provision: '6.3', complies: 'yes', evidence: 'Sections 6 and 7' };
 * ```
 */
export interface AssessmentEntryInput {
  /** The Code provision answered. */
  provision: ProvisionNumber;
  /** "Comply: Yes / No". */
  complies: Answer;
  /** The evidence cell, as written. */
  evidence: string;
  /**
   * The policy sections the evidence cites (`'s.3'`). When absent they are read from `evidence`
   * ("Covered in Complaints Policy Sections 6 and 7" gives `['s.6', 's.7']`).
   */
  citedSections?: string[] | undefined;
  /** The commentary or explanation cell. */
  commentary?: string | undefined;
  /** For a "No": what the landlord will do to comply. */
  action?: string | undefined;
  /** For a "No": by when, `YYYY-MM-DD`. */
  targetDate?: string | undefined;
}

/** @internal The schema as built, for the type test. */
export const normalisationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    provision: z.optional(ProvisionNumberSchemaZod),
    field: z.string().check(z.minLength(1)),
    from: z.string(),
    to: z.string(),
    reason: z.string().check(z.minLength(1)),
  }))();
/**
 * A change made to the text of a source form when transcribing it (a typo or extraction fault
 * corrected), recorded so the transcription can be checked against the original.
 *
 * @example
 * ```ts
 * const n: Normalisation = { provision: '6.10', field: 'complies', from: 'Voc', to: 'Yes',
 *   reason: 'the answer cell reads "Voc", a misreading of "Yes"' };
 * ```
 */
export const Normalisation: Schema<Normalisation, Normalisation> = normalisationSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const NormalisationZod: z.ZodMiniType<Normalisation, Normalisation> = normalisationSchema;
/** See {@link Normalisation}. */
export interface Normalisation {
  provision?: ProvisionNumber | undefined;
  field: string;
  from: string;
  to: string;
  reason: string;
}

/** @internal The schema as built, for the type test. */
export const assessmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    organisation: z.optional(z.string()),
    title: z.optional(z.string()),
    date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, { error: 'must be written YYYY-MM or YYYY-MM-DD' }))),
    policy: z.optional(z.string()),
    entries: z.array(AssessmentEntryZod),
    normalisations: z.optional(z.array(NormalisationZod)),
  }))();
/**
 * A completed self-assessment against the Code 2024: who made it and when, the policy it
 * assesses, its answers, and any normalisations made in transcribing it.
 *
 * @example
 * ```ts
 * const r = parseAssessment(text, 'json');
 * if (r.ok) { const a: Assessment = r.value; a.entries.length; }
 * ```
 */
export const Assessment: Schema<Assessment, AssessmentInput> = assessmentSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const AssessmentZod: z.ZodMiniType<Assessment, AssessmentInput> = assessmentSchema;
/**
 * The assessment's checks without the entries' transform: what {@link AssessmentZod} accepts (the
 * transform never refuses), compiled to plain checks on first use (src/core/compiled-schema.ts,
 * which hands a transform to zod, so the schema with it would gain little).
 */
const AssessmentChecks = /* @__PURE__ */ (() => z.strictObject({ ...assessmentSchema.def.shape, entries: z.array(EntryShape) }))();
let compiledAssessment: CompiledSchema<z.output<typeof AssessmentChecks>> | undefined;

/**
 * `z.safeParse(AssessmentZod, input)`, with a valid input accepted through the compiled checks and
 * each entry's `citedSections` filled in by the schema's own transform: the same value, key order
 * included. An input the checks refuse gets zod's own answer, issues and all.
 *
 * @internal
 */
export function safeParseAssessment(input: unknown): ReturnType<typeof z.safeParse<typeof AssessmentZod>> {
  const fast = (compiledAssessment ??= compileSchema(AssessmentChecks))(input);
  if (fast === INVALID) return z.safeParse(AssessmentZod, input);
  const entries = fast.entries;
  const out: AssessmentEntry[] = [];
  for (let i = 0; i < entries.length; i++) out.push(withCitedSections(entries[i]!));
  fast.entries = out as typeof fast.entries;
  return { success: true, data: fast as unknown as Assessment };
}

/** @internal The checks {@link safeParseAssessment} compiles, for the compiled-checks test. */
export const AssessmentChecksZod: z.ZodMiniType = AssessmentChecks;

/** A completed self-assessment. See {@link Assessment}. */
export interface Assessment {
  /** The landlord that made the assessment. */
  organisation?: string | undefined;
  /** The form's title. */
  title?: string | undefined;
  /** When the assessment was made: `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string | undefined;
  /** The id of the policy assessed, when known (`'wellington-2024-11'`). */
  policy?: string | undefined;
  /** Corrections made when transcribing the assessment from its source. */
  normalisations?: Normalisation[] | undefined;
  /** One entry per provision, in any order. */
  entries: AssessmentEntry[];
}
/**
 * A self-assessment before parsing.
 *
 * @example
 * ```ts
 * const a: AssessmentInput = { entries: [{ provision: '6.3', complies: 'yes', evidence: 'Section 6' }] };
 * ```
 */
export interface AssessmentInput {
  /** The landlord that made the assessment. */
  organisation?: string | undefined;
  /** The form's title. */
  title?: string | undefined;
  /** When the assessment was made: `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string | undefined;
  /** The id of the policy assessed, when known (`'wellington-2024-11'`). */
  policy?: string | undefined;
  /** Corrections made when transcribing the assessment from its source. */
  normalisations?: Normalisation[] | undefined;
  /** One entry per provision, in any order, as written (`citedSections` optional). */
  entries: AssessmentEntryInput[];
}
