/**
 * `housing-complaints/policy`: complaints policies as data. The zod/mini schema of a policy, the
 * built-in policies (the Code 2024 as a policy, Wellington, Dennetts, CHS commercial client, the CHS
 * residents' leaflet, the SPSO model procedure for Scottish landlords),
 * `definePolicy` to derive a variant, `parsePolicy` for JSON files, `policyInForce` for effective
 * dating, `policyJsonSchema` for editors, and `lintPolicy` against the Complaint Handling Code 2024.
 *
 * @example
 * ```ts
 * import { definePolicy, lintPolicy, policies } from 'housing-complaints/policy';
 * const r = definePolicy(policies.wellington, { organisation: 'Acacia Housing Co-operative' });
 * if (r.ok) console.log(lintPolicy(r.value).filter((f) => f.severity === 'breach'));
 * ```
 *
 * @module housing-complaints/policy
 */
// The one error class every module throws (the same class on every subpath).
export { HousingComplaintsError } from '../core/errors.js';
export {
  Policy,
  type PolicyInput,
  PolicySource,
  PolicyDate,
  WorkingDays,
  Anchor,
  ANCHORS,
  Timescale,
  Period,
  PERIOD_ANCHORS,
  PeriodAnchor,
  LaterOf,
  RoleId,
  ProcedureStage,
  Procedure,
  Extension,
  StageRules,
  OmbudsmanContact,
  REGIONS,
  CHANNEL_KINDS,
  type ChannelKind,
  PolicyClosure,
  POLICY_SUBJECTS,
  PolicySubject,
  PolicySection,
  RESPONSE_ITEMS,
  ResponseItem,
  ResponseContents,
  DetrimentFactor,
  DetrimentFactors,
  RefusalReasons,
  TimeLimitFrom,
} from './schema.js';
export { sectionsOn, citeOn } from './sections.js';
export { comparePolicy, type ComparisonStatus, type ProvisionComparison } from './compare.js';
export { CODE_2024, EXPRESSED_BY, bothStages, type Code2024, type CodeStage, type CodeTimescale, type CodeResponseItem, codeStage } from './code2024-requirements.js';
export { policyClosures, createPolicyCalendar } from './closures.js';
export {
  policies,
  housingOmbudsmanCode2024,
  wellington,
  dennetts,
  chsCommercialClient,
  chsResidents,
  spsoModelScotland,
} from './builtin/index.js';
export { type PolicyError, type PolicyErrorCode, POLICY_ERROR_CODES } from './errors.js';
export { definePolicy, parsePolicy, assertPolicy, type PolicyOverrides, type DeepPartial } from './define.js';
export { policyInForce } from './in-force.js';
export { policyJsonSchema } from './json-schema.js';
export {
  lintPolicy,
  LINT_CODES,
  type LintCode,
  type PolicyFinding,
  type LintablePolicy,
  CODE_ACCEPTABLE_EXCLUSIONS,
} from './lint.js';
export {
  SCHEMES,
  SCHEME_IDS,
  SPSO_MCHP,
  HOUSING_OMBUDSMAN_EMAIL_CLOSED_FROM,
  policyScheme,
  codeBinds,
  schemeBasicsOf,
  SCHEME_BASICS,
  REGULATOR_FIGURES,
  REGULATOR_FIGURE_SET_IDS,
  reportsFigures,
  type RegulatorFigureSet,
  type RegulatorFigureSetId,
  type SchemeBasics,
  type SchemeId,
  type OmbudsmanScheme,
  type SchemeChannel,
  type ModelProcedure,
  type ModelStage,
  type ModelTimescale,
  type ModelStageTimescales,
  MODEL_TIMESCALES,
} from './schemes.js';
export { SCHEME_LINT_CODES, type SchemeLintCode } from './scheme-lint.js';
