/**
 * Outcomes of complaints (upheld, partially upheld, not upheld), remedies and their tracking,
 * detriment factors, the Housing Ombudsman's determination levels, its remedy and compensation
 * guidance as dated data (the earlier indicative bands, the 2026 specific compensation orders),
 * what each letter must say, and the letters themselves.
 * @module housing-complaints/outcomes
 */
// The one error class every module throws (the same class on every subpath).
export { HousingComplaintsError } from '../core/errors.js';
export { IsoDateString, IssueFinding, Outcome, FinancialRemedy, Remedy, OutstandingAction, ResponseDraft } from './types.js';
export { decideOutcome, OUTCOME_RULE_SOURCE } from './decide.js';
export { checkResponseContents, responseContentsOptions, type CheckResponseContentsOptions } from './contents.js';
export { ExtensionNotice, RefusalNotice, checkExtensionNotice, checkRefusalNotice, type NoticePolicy } from './notices.js';
export {
  REMEDY_CATALOGUE,
  DEFAULT_FINANCIAL_ROUTES,
  financialRemedyRoute,
  formatPence,
  parseRemedy,
  trackRemedy,
  trackRemedies,
  type RemedyKindInfo,
  type PaymentRoute,
  type FinancialRemediesPolicy,
  type FinancialRemedyRoute,
  type RemedyError,
  type TrackingStatus,
  type TrackedItem,
} from './remedies.js';
export { DETRIMENT_FACTOR_IDS, DETRIMENT_FACTORS, DetrimentAssessment, unconsideredFactors, type DetrimentFactorId, type DetrimentPolicy } from './detriment.js';
export {
  DETERMINATION_LEVELS,
  DETERMINATION_DESCRIPTIONS,
  IMPACT_LEVELS,
  COMPENSATION_BANDS,
  REMEDIES_GUIDANCE_SOURCE,
  compensationBand,
  type DeterminationLevel,
  type ImpactLevel,
  type CompensationBand,
} from './ombudsman.js';
export {
  OMBUDSMAN_GUIDANCE,
  REMEDIES_GUIDANCE_2024,
  COMPENSATION_GUIDANCE_2026,
  SPECIFIC_COMPENSATION_ORDERS,
  guidanceInForce,
  type Confirmation,
  type GuidanceEdition,
  type SpecificOrder,
  type SpecificOrderId,
} from './guidance.js';
export {
  specificCompensation,
  MAX_COMPENSATION_COUNT,
  type CompensationFacts,
  type CompensationLine,
  type CompensationCalculation,
  type CompensationError,
} from './compensation.js';
export {
  LETTER_KINDS,
  renderLetter,
  tryRenderLetter,
  ombudsmanParagraph,
  type LetterKind,
  type LetterData,
  type LetterContext,
  type LetterPolicy,
  type LetterHeader,
  type ResponseLetterData,
  type ExtensionLetterData,
  type RefusalLetterData,
} from './letters.js';
export { escapeInline, escapeParagraphs, unescapeMarkdown, longDate } from './markdown.js';
export { REMEDY_KINDS, type RemedyKind } from '../core/catalogue.js';
