import * as z from 'zod/mini';
import { type Result, ok, err } from '../core/result.js';
import { isIsoDate } from '../calendar/dates.js';

const IsoDateField = z.string().check(
  z.refine((s) => isIsoDate(s), { message: 'must be a real calendar date written YYYY-MM-DD' }),
);

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
export const ExclusionFacts = z.object({
  /** What the complaint is about, in a few words; echoed in the explanation. */
  about: z.optional(z.string()),
  /** The date the complaint was received: the "as of" date for the time limit. */
  receivedOn: z.optional(IsoDateField),
  /**
   * Whether this is a first-time request for a service (reporting a repair, asking for information
   * or an explanation), or dissatisfaction with the response to one (policy s.3; Code 1.4, 1.5).
   */
  serviceRequest: z.optional(z.enum(['first-request', 'dissatisfied-with-response', 'not-a-service-request'])),
  /** About how a committee (or board) member behaved in a governance role, or how the organisation is governed. */
  committeeMemberConduct: z.optional(z.boolean()),
  /** About how the managing agent performed its contract with the co-op (a business to business matter). */
  managingAgentContract: z.optional(z.boolean()),
  /** Being dealt with through the dispute resolution procedure in the management contract (CHS commercial s.3). */
  contractDisputeResolution: z.optional(z.boolean()),
  /**
   * Anti-social behaviour or harassment: a first request to deal with it (handled under the
   * relevant policy), or dissatisfaction with how an earlier request was handled (a complaint).
   */
  antiSocialBehaviour: z.optional(z.enum(['first-request', 'dissatisfied-with-handling', 'not-involved'])),
  /** Neighbour nuisance or a neighbour dispute, as for `antiSocialBehaviour`. */
  neighbourDispute: z.optional(z.enum(['first-request', 'dissatisfied-with-handling', 'not-involved'])),
  /**
   * Legal action: a claim filed at court (Claim Form and Particulars of Claim filed; Code 2.2), a
   * pre-action protocol only (not an active legal claim), or none.
   */
  legalClaim: z.optional(z.enum(['filed-at-court', 'pre-action-protocol', 'none'])),
  /** A claim for damages, or another liability issue subject to an insurance claim. */
  damagesClaim: z.optional(z.boolean()),
  /** Raised while another complaint from the same complainant is under investigation (Code 6.8). */
  raisedDuringOpenInvestigation: z.optional(z.boolean()),
  /** Related (relevant) to the complaint under investigation. */
  relatedToOpenInvestigation: z.optional(z.boolean()),
  /** The response to the complaint under investigation has already been issued. */
  openInvestigationResponseIssued: z.optional(z.boolean()),
  /** Adding it would unreasonably delay the response to the complaint under investigation (Code 6.8). */
  wouldUnreasonablyDelayResponse: z.optional(z.boolean()),
  /** The complainant has not given their name. */
  anonymous: z.optional(z.boolean()),
  /** When the issue occurred. */
  occurredOn: z.optional(IsoDateField),
  /** When the complainant became aware of the issue (Code 2.3). */
  becameAwareOn: z.optional(IsoDateField),
  /** A recurring issue that has continued beyond the time limit and is still persisting (policy s.3). */
  recurringAndPersisting: z.optional(z.boolean()),
  /** The matter has already been considered under the complaints policy. */
  consideredBefore: z.optional(z.boolean()),
  /** The complainant (or their representative) has behaved unreasonably or vexatiously. */
  unreasonableBehaviour: z.optional(z.boolean()),
  /** Whether the complainant is being appropriately supported has been reviewed (policy s.3). */
  supportNeedsReviewed: z.optional(z.boolean()),
});
/** See {@link ExclusionFacts}. */
export type ExclusionFacts = z.infer<typeof ExclusionFacts>;

const StrictFacts = z.strictObject(ExclusionFacts.def.shape);

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
  const parsed = z.safeParse(StrictFacts, input);
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
