/**
 * Outcomes of complaints (upheld, partially upheld, not upheld), remedies and their tracking, and
 * what each response letter must say.
 * @module outcomes
 */
export { IsoDateString, IssueFinding, Outcome, FinancialRemedy, Remedy, OutstandingAction, ResponseDraft } from './types.js';
export { decideOutcome, OUTCOME_RULE_SOURCE } from './decide.js';
export { checkResponseContents, type CheckResponseContentsOptions } from './contents.js';
