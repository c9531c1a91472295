/**
 * The built-in policies: one module and one named export each, and `policies`, the six together.
 * Each is data, copied and frozen when its module loads; the schema check is in the test suite.
 */
import { housingOmbudsmanCode2024 } from './code2024.js';
import { wellington } from './wellington.js';
import { dennetts } from './dennetts.js';
import { chsCommercialClient } from './chs-commercial.js';
import { chsResidents } from './chs-residents.js';
import { spsoModelScotland } from './spso-mchp.js';

export { housingOmbudsmanCode2024, wellington, dennetts, chsCommercialClient, chsResidents, spsoModelScotland };

/**
 * The built-in policies, validated and frozen. Each is also a named export (`wellington`,
 * `housingOmbudsmanCode2024`, ...): import the one you use by name and a bundler leaves the others
 * out; `policies` brings all six.
 *
 * @example
 * ```ts
 * import { policies } from 'housing-complaints/policy';
 * policies.wellington.stages[0].respond.workingDays; // 10
 * ```
 */
export const policies = /* @__PURE__ */ Object.freeze({
  /** The Housing Ombudsman's Complaint Handling Code 2024 as a policy: the statutory minimum. */
  housingOmbudsmanCode2024,
  /** Wellington Housing Co-operative, outsourced complaints policy, November 2024. */
  wellington,
  /** Dennetts Housing Co-operative, the same policy text, January 2025. */
  dennetts,
  /** Co-op Homes (CHS), commercial client complaints policy, September 2023 (outside the Ombudsman's scheme). */
  chsCommercialClient,
  /** Co-op Homes (CHS), "Making a Complaint", the leaflet for residents (in the Housing Ombudsman's scheme). */
  chsResidents,
  /** The SPSO Model Complaints Handling Procedure for a Scottish social landlord (region Scotland, the SPSO's scheme). */
  spsoModelScotland,
} as const);
