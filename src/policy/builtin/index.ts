import * as z from 'zod/mini';
import { HousingComplaintsError } from '../../core/errors.js';
import { Policy, type PolicyInput } from '../schema.js';
import { markValidated } from '../validated.js';
import { wellingtonInput } from './wellington.js';
import { dennettsInput } from './dennetts.js';
import { code2024Input } from './code2024.js';
import { chsCommercialClientInput } from './chs-commercial.js';
import { chsResidentsInput } from './chs-residents.js';
import { spsoModelInput } from './spso-mchp.js';

/**
 * Validates a built-in policy at module load and freezes it; a failure is a defect in the library
 * itself and throws at once.
 *
 * @internal
 * @example
 * ```ts
 * const wellington = builtin(wellingtonInput);
 * ```
 */
export function builtin(input: PolicyInput): Policy {
  const r = z.safeParse(Policy, input);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new HousingComplaintsError('invalid-builtin-policy', `built-in policy '${input.id}' is invalid at ${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`);
  }
  return markValidated(r.data);
}

/**
 * The built-in policies, validated and frozen.
 *
 * @example
 * ```ts
 * import { policies } from 'housing-complaints/policy';
 * policies.wellington.stages[0].respond.workingDays; // 10
 * ```
 */
export const policies = /* @__PURE__ */ Object.freeze({
  /** The Housing Ombudsman's Complaint Handling Code 2024 as a policy: the statutory minimum. */
  housingOmbudsmanCode2024: /* @__PURE__ */ builtin(code2024Input),
  /** Wellington Housing Co-operative, outsourced complaints policy, November 2024. */
  wellington: /* @__PURE__ */ builtin(wellingtonInput),
  /** Dennetts Housing Co-operative, the same policy text, January 2025. */
  dennetts: /* @__PURE__ */ builtin(dennettsInput),
  /** Co-op Homes (CHS), commercial client complaints policy, September 2023 (outside the Ombudsman's scheme). */
  chsCommercialClient: /* @__PURE__ */ builtin(chsCommercialClientInput),
  /** Co-op Homes (CHS), "Making a Complaint", the leaflet for residents (in the Housing Ombudsman's scheme). */
  chsResidents: /* @__PURE__ */ builtin(chsResidentsInput),
  /** The SPSO Model Complaints Handling Procedure for a Scottish social landlord (region Scotland, the SPSO's scheme). */
  spsoModelScotland: /* @__PURE__ */ builtin(spsoModelInput),
} as const);
