import * as z from 'zod/mini';
import { type Result, ok, err } from '../core/result.js';
import { isIsoDate } from '../calendar/dates.js';
import type { Schema } from '../core/schema-type.js';
import { compileSchema, INVALID, type CompiledSchema } from '../core/compiled-schema.js';

const IsoDateField = /* @__PURE__ */ (() =>
  z.string().check(
    z.refine((s) => isIsoDate(s), { message: 'must be a real calendar date written YYYY-MM-DD' }),
  ))();

/** @internal The schema as built, for the type test. */
export const exclusionFactsSchema = /* @__PURE__ */ (() =>
  z.object({
    about: z.optional(z.string()),
    receivedOn: z.optional(IsoDateField),
    serviceRequest: z.optional(z.enum(['first-request', 'dissatisfied-with-response', 'not-a-service-request'])),
    committeeMemberConduct: z.optional(z.boolean()),
    managingAgentContract: z.optional(z.boolean()),
    contractDisputeResolution: z.optional(z.boolean()),
    antiSocialBehaviour: z.optional(z.enum(['first-request', 'dissatisfied-with-handling', 'not-involved'])),
    neighbourDispute: z.optional(z.enum(['first-request', 'dissatisfied-with-handling', 'not-involved'])),
    legalClaim: z.optional(z.enum(['filed-at-court', 'pre-action-protocol', 'none'])),
    damagesClaim: z.optional(z.boolean()),
    raisedDuringOpenInvestigation: z.optional(z.boolean()),
    relatedToOpenInvestigation: z.optional(z.boolean()),
    openInvestigationResponseIssued: z.optional(z.boolean()),
    wouldUnreasonablyDelayResponse: z.optional(z.boolean()),
    anonymous: z.optional(z.boolean()),
    occurredOn: z.optional(IsoDateField),
    becameAwareOn: z.optional(IsoDateField),
    recurringAndPersisting: z.optional(z.boolean()),
    consideredBefore: z.optional(z.boolean()),
    unreasonableBehaviour: z.optional(z.boolean()),
    supportNeedsReviewed: z.optional(z.boolean()),
  }))();
/**
 * What is known of a matter when deciding whether to accept it as a complaint (policy s.3; Code
 * section 2). Every fact is optional: a ground whose facts are missing is reported as `unknown`,
 * never guessed.
 *
 * @example
 * ```ts
 * const facts: ExclusionFacts = {
 *   about: 'Repeated failure to fix the communal door entry system',
 *   receivedOn: '2025-03-03', occurredOn: '2023-11-01', recurringAndPersisting: true,
 *   legalClaim: 'pre-action-protocol', anonymous: false, consideredBefore: false,
 * };
 * ```
 */
export const ExclusionFacts: Schema<ExclusionFacts, ExclusionFacts> = exclusionFactsSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ExclusionFactsZod: z.ZodMiniType<ExclusionFacts, ExclusionFacts> = exclusionFactsSchema;
/** See {@link ExclusionFacts}. */
export interface ExclusionFacts {
  /** What the complaint is about, in a few words; echoed in the explanation. */
  about?: string | undefined;
  /** The date the complaint was received: the "as of" date for the time limit. */
  receivedOn?: string | undefined;
  /**
   * Whether this is a first-time request for a service (reporting a repair, asking for information
   * or an explanation), or dissatisfaction with the response to one (policy s.3; Code 1.4, 1.5).
   */
  serviceRequest?: 'first-request' | 'dissatisfied-with-response' | 'not-a-service-request' | undefined;
  /** About how a committee (or board) member behaved in a governance role, or how the organisation is governed. */
  committeeMemberConduct?: boolean | undefined;
  /** About how the managing agent performed its contract with the co-op (a business to business matter). */
  managingAgentContract?: boolean | undefined;
  /** Being dealt with through the dispute resolution procedure in the management contract (CHS commercial s.3). */
  contractDisputeResolution?: boolean | undefined;
  /**
   * Anti-social behaviour or harassment: a first request to deal with it (handled under the
   * relevant policy), or dissatisfaction with how an earlier request was handled (a complaint).
   */
  antiSocialBehaviour?: 'first-request' | 'dissatisfied-with-handling' | 'not-involved' | undefined;
  /** Neighbour nuisance or a neighbour dispute, as for `antiSocialBehaviour`. */
  neighbourDispute?: 'first-request' | 'dissatisfied-with-handling' | 'not-involved' | undefined;
  /**
   * Legal action: a claim filed at court (Claim Form and Particulars of Claim filed; Code 2.2), a
   * pre-action protocol only (not an active legal claim), or none.
   */
  legalClaim?: 'filed-at-court' | 'pre-action-protocol' | 'none' | undefined;
  /** A claim for damages, or another liability issue subject to an insurance claim. */
  damagesClaim?: boolean | undefined;
  /** Raised while another complaint from the same complainant is under investigation (Code 6.8). */
  raisedDuringOpenInvestigation?: boolean | undefined;
  /** Related (relevant) to the complaint under investigation. */
  relatedToOpenInvestigation?: boolean | undefined;
  /** The response to the complaint under investigation has already been issued. */
  openInvestigationResponseIssued?: boolean | undefined;
  /** Adding it would unreasonably delay the response to the complaint under investigation (Code 6.8). */
  wouldUnreasonablyDelayResponse?: boolean | undefined;
  /** The complainant has not given their name. */
  anonymous?: boolean | undefined;
  /** When the issue occurred. */
  occurredOn?: string | undefined;
  /** When the complainant became aware of the issue (Code 2.3). */
  becameAwareOn?: string | undefined;
  /** A recurring issue that has continued beyond the time limit and is still persisting (policy s.3). */
  recurringAndPersisting?: boolean | undefined;
  /** The matter has already been considered under the complaints policy. */
  consideredBefore?: boolean | undefined;
  /** The complainant (or their representative) has behaved unreasonably or vexatiously. */
  unreasonableBehaviour?: boolean | undefined;
  /** Whether the complainant is being appropriately supported has been reviewed (policy s.3). */
  supportNeedsReviewed?: boolean | undefined;
}

const StrictFacts = /* @__PURE__ */ (() =>
  z.strictObject(exclusionFactsSchema.def.shape))();
/** @internal The strict schema {@link parseExclusionFacts} applies, for the compiled-checks test. */
export const StrictExclusionFactsZod: z.ZodMiniType = StrictFacts;

/** StrictFacts as plain checks (compiled on first use): the accept path; zod gives the issues. */
let compiledFacts: CompiledSchema<z.output<typeof StrictFacts>> | undefined;

/**
 * A fact from a host that is not usable, naming the field.
 *
 * @example
 * ```ts
 * const r = parseExclusionFacts({ occurredOn: '31/08/2024' });
 * if (!r.ok) r.error[0]; // { code: 'invalid-fact', path: 'facts.occurredOn', message: ... }
 * ```
 */
export interface ExclusionFactsError {
  readonly code: 'invalid-fact' | 'inconsistent-dates';
  /** Dot path of the field, e.g. `'facts.occurredOn'`. */
  readonly path: string;
  readonly message: string;
}

/**
 * Checks facts from a host: every field has the right type, every date is a real `YYYY-MM-DD`
 * date, no unknown field is present, and the dates are in order (an issue cannot become known
 * before it occurs; a complaint cannot be received before the issue occurred or became known).
 *
 * @example
 * ```ts
 * const r = parseExclusionFacts({ receivedOn: '2025-02-30' });
 * if (!r.ok) r.error[0]?.path; // 'facts.receivedOn'
 * ```
 */
export function parseExclusionFacts(input: unknown): Result<ExclusionFacts, ExclusionFactsError[]> {
  // The compiled checks accept exactly what zod accepts and give the same value; only a refused
  // input runs zod itself, for its issues.
  const fast = (compiledFacts ??= compileSchema(StrictFacts))(input);
  const parsed = fast !== INVALID ? { success: true as const, data: fast } : z.safeParse(StrictFacts, input);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((i) => {
        const path = ['facts', ...i.path.map(String)].join('.');
        const message = i.code === 'unrecognized_keys' ? `${path}: unknown field(s) ${i.keys.join(', ')}` : `${path}: ${i.message}`;
        return { code: 'invalid-fact' as const, path, message };
      }),
    );
  }
  const f = parsed.data;
  const errors: ExclusionFactsError[] = [];
  if (f.occurredOn !== undefined && f.becameAwareOn !== undefined && f.becameAwareOn < f.occurredOn) {
    errors.push({ code: 'inconsistent-dates', path: 'facts.becameAwareOn', message: `facts.becameAwareOn (${f.becameAwareOn}) is before facts.occurredOn (${f.occurredOn}): a complainant cannot become aware of an issue before it occurs` });
  }
  if (f.receivedOn !== undefined) {
    for (const key of ['occurredOn', 'becameAwareOn'] as const) {
      const d = f[key];
      if (d !== undefined && f.receivedOn < d) {
        errors.push({ code: 'inconsistent-dates', path: `facts.${key}`, message: `facts.${key} (${d}) is after facts.receivedOn (${f.receivedOn}): a complaint cannot be about an issue dated after it was received` });
      }
    }
  }
  return errors.length > 0 ? err(errors) : ok(f);
}
