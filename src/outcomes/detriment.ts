import * as z from 'zod/mini';
import type { Source } from '../core/source.js';
import type { Schema } from '../core/schema-type.js';
import { expectObject } from '../core/guard.js';

/**
 * The factors policy s.8 weighs when deciding how to put things right.
 *
 * @example
 * ```ts
 * DETRIMENT_FACTOR_IDS.map((id) => DETRIMENT_FACTORS[id].label);
 * ```
 */
export const DETRIMENT_FACTOR_IDS = [
  'duration',
  'frequency',
  'severity',
  'number-of-failures',
  'cumulative-impact',
  'circumstances-and-vulnerabilities',
  'quantifiable-loss',
] as const;
/**
 * One of {@link DETRIMENT_FACTOR_IDS}.
 *
 * @example
 * ```ts
 * const f: DetrimentFactorId = 'cumulative-impact';
 * ```
 */
export type DetrimentFactorId = (typeof DETRIMENT_FACTOR_IDS)[number];

/**
 * The detriment factors the co-op policies list in their section on putting things right ("a range of factors impacting the level of detriment caused
 * to the complainant will be considered including, but not limited to"), each with the policy's
 * words. Code 7.2: any remedy must reflect the impact on the resident.
 *
 * @example
 * ```ts
 * DETRIMENT_FACTORS.duration.policy; // 'the length of time that a situation has been ongoing'
 * ```
 */
export const DETRIMENT_FACTORS: { readonly [K in DetrimentFactorId]: { readonly id: K; readonly label: string; readonly policy: string; readonly source: Source } } = {
  duration: { id: 'duration', label: 'How long it went on', policy: 'the length of time that a situation has been ongoing', source: { provision: '7.2' } },
  frequency: { id: 'frequency', label: 'How often it happened', policy: 'the frequency with which something has occurred', source: { provision: '7.2' } },
  severity: { id: 'severity', label: 'How serious the failure was', policy: 'the severity of any service failure or omission', source: { provision: '7.2' } },
  'number-of-failures': { id: 'number-of-failures', label: 'How many different failures', policy: 'the number of different failures', source: { provision: '7.2' } },
  'cumulative-impact': { id: 'cumulative-impact', label: 'Cumulative impact', policy: 'the cumulative impact on the complainant', source: { provision: '7.2' } },
  'circumstances-and-vulnerabilities': { id: 'circumstances-and-vulnerabilities', label: 'Circumstances and vulnerabilities', policy: "a complainant's particular circumstances or vulnerabilities", source: { provision: '7.2' } },
  'quantifiable-loss': { id: 'quantifiable-loss', label: 'Quantifiable losses and discretionary payment', policy: 'consideration of any quantifiable losses in accordance with our compensation policy and procedure and/or any discretionary payment to acknowledge service failure more broadly', source: { provision: '7.2' } },
};

/** @internal The schema as built, for the type test. */
export const detrimentAssessmentSchema = z.partialRecord(z.enum(DETRIMENT_FACTOR_IDS), z.string());

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
 * The detriment factors of policy s.8 an assessment does not address (no note, or a blank one),
 * in the policy's order.
 *
 * @example
 * ```ts
 * unconsideredFactors({ duration: '14 weeks' }).length; // 6
 * ```
 */
export function unconsideredFactors(assessment: DetrimentAssessment): DetrimentFactorId[] {
  const a = expectObject({ fn: 'unconsideredFactors', path: 'assessment' }, assessment, 'a detriment assessment { duration?, severity?, ... }');
  // A factor is considered when its text is not blank; a value that is not text is not a consideration.
  return DETRIMENT_FACTOR_IDS.filter((id) => {
    const v = Object.hasOwn(a, id) ? a[id] : undefined;
    return typeof v !== 'string' || v.trim() === '';
  });
}
