import * as z from 'zod/mini';
import { DETRIMENT_FACTOR_IDS, type DetrimentFactorId } from '../core/catalogue.js';
import { HousingComplaintsError } from '../core/errors.js';
import type { Schema } from '../core/schema-type.js';
import { argumentError, expectObject } from '../core/guard.js';
import type { Policy } from '../policy/schema.js';
import { deepFrozen } from '../core/freeze.js';

export { DETRIMENT_FACTOR_IDS, type DetrimentFactorId };

/**
 * A short plain-English label for each detriment factor id, for a form or a checklist. The
 * factor's words, and whether a policy lists it at all, are the policy's own
 * (`policy.detrimentFactors`).
 *
 * @example
 * ```ts
 * DETRIMENT_FACTOR_IDS.map((id) => DETRIMENT_FACTORS[id].label);
 * ```
 */
export const DETRIMENT_FACTORS: { readonly [K in DetrimentFactorId]: { readonly id: K; readonly label: string } } = /* @__PURE__ */ deepFrozen({
  duration: { id: 'duration', label: 'How long it went on' },
  frequency: { id: 'frequency', label: 'How often it happened' },
  severity: { id: 'severity', label: 'How serious the failure was' },
  'number-of-failures': { id: 'number-of-failures', label: 'How many different failures' },
  'cumulative-impact': { id: 'cumulative-impact', label: 'Cumulative impact' },
  'circumstances-and-vulnerabilities': { id: 'circumstances-and-vulnerabilities', label: 'Circumstances and vulnerabilities' },
  'quantifiable-loss': { id: 'quantifiable-loss', label: 'Quantifiable losses and discretionary payment' },
});

/** @internal The schema as built, for the type test. */
export const detrimentAssessmentSchema = /* @__PURE__ */ (() =>
  z.partialRecord(z.enum(DETRIMENT_FACTOR_IDS), z.string()))();

/**
 * What the complaints officer recorded against each detriment factor: a note for each factor
 * considered. Factors not recorded were not considered.
 *
 * @example
 * ```ts
 * const a: DetrimentAssessment = { duration: 'Leak reported 14 weeks before repair.', 'circumstances-and-vulnerabilities': 'Infant in the home.' };
 * ```
 */
export const DetrimentAssessment: Schema<DetrimentAssessment, DetrimentAssessment> = detrimentAssessmentSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const DetrimentAssessmentZod: z.ZodMiniType<DetrimentAssessment, DetrimentAssessment> = detrimentAssessmentSchema;
/** See {@link DetrimentAssessment}. */
export type DetrimentAssessment = { [K in DetrimentFactorId]?: string };

/**
 * The policy fields {@link unconsideredFactors} reads. A full `Policy` fits.
 *
 * @example
 * ```ts
 * const p: DetrimentPolicy = policies.wellington;
 * ```
 */
export type DetrimentPolicy = Pick<Policy, 'title' | 'detrimentFactors'>;

/**
 * The detriment factors the policy lists (`policy.detrimentFactors`) that an assessment does not
 * address (no note, or a blank one), in the policy's order. A policy that lists none
 * (`factors: null`: the CHS policies, the SPSO model, the Code) has nothing to check against, and
 * this says so with the error `no-detriment-factors` (`rule: 'shape'`; its `source` is the
 * policy's, whose note says why) rather than borrowing another policy's list. A note against a
 * factor the policy does not list is refused too (`not-a-policy-factor`, `rule: 'one-of'`), naming
 * the factors it does list; a listed factor whose `id` is not one of {@link DETRIMENT_FACTOR_IDS}
 * is refused as `invalid-argument` (`rule: 'one-of'`) at its path.
 *
 * @example
 * ```ts
 * unconsideredFactors({ duration: '14 weeks' }, policies.wellington).length; // 6 (Wellington lists seven)
 * ```
 */
export function unconsideredFactors(assessment: DetrimentAssessment, policy: DetrimentPolicy): DetrimentFactorId[] {
  const fn = 'unconsideredFactors';
  const a = expectObject({ fn, path: 'assessment' }, assessment, 'a detriment assessment { duration?, severity?, ... }');
  const p = expectObject({ fn, path: 'policy' }, policy, 'a Policy');
  const d = expectObject({ fn, path: 'policy.detrimentFactors' }, p.detrimentFactors, "the policy's detriment factors { factors, source }");
  const source = expectObject({ fn, path: 'policy.detrimentFactors.source' }, d.source, 'a source { policy?, provision?, quote?, note? }') as Policy['detrimentFactors']['source'];
  const factors = d.factors;
  if (factors === null) {
    const why = typeof source.note === 'string' ? ` ${source.note}` : '';
    throw new HousingComplaintsError('no-detriment-factors', `${fn}: ${typeof p.title === 'string' ? p.title : 'the policy'} lists no detriment factors (its detrimentFactors.factors is null), so there is no list to check the assessment against.${why}`, {
      path: 'policy.detrimentFactors.factors',
      source,
      rule: 'shape',
    });
  }
  if (!Array.isArray(factors)) throw argumentError({ fn, path: 'policy.detrimentFactors.factors' }, 'type', 'a list of factors, or null', factors);
  const ids: DetrimentFactorId[] = [];
  for (let i = 0; i < factors.length; i++) {
    const f = expectObject({ fn, path: `policy.detrimentFactors.factors.${i}` }, factors[i], 'a factor { id, text, source }');
    if (!(DETRIMENT_FACTOR_IDS as readonly unknown[]).includes(f.id)) {
      throw argumentError({ fn, path: `policy.detrimentFactors.factors.${i}.id` }, 'one-of', `one of the detriment factor ids (${DETRIMENT_FACTOR_IDS.join(', ')})`, f.id);
    }
    ids.push(f.id as DetrimentFactorId);
  }
  for (const key of Object.keys(a)) {
    if (!(ids as string[]).includes(key)) {
      throw new HousingComplaintsError('not-a-policy-factor', `${fn}: the assessment has a note on '${key}', which is not one of the detriment factors the policy lists (${ids.join(', ')})`, {
        path: `assessment.${key}`,
        source,
        rule: 'one-of',
      });
    }
  }
  // A factor is considered when its text is not blank; a value that is not text is not a consideration.
  return ids.filter((id) => {
    const v = Object.hasOwn(a, id) ? a[id] : undefined;
    return typeof v !== 'string' || v.trim() === '';
  });
}
