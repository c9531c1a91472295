/**
 * Exclusions: the grounds on which a matter would not usually be accepted or escalated as a
 * complaint, each with its reason, route elsewhere, discretion and the notice owed. Recommends;
 * never refuses (Code 2.5).
 * @module housing-complaints/exclusions
 */
// The one error class every module throws (the same class on every subpath).
export { HousingComplaintsError } from '../core/errors.js';
export { ExclusionFacts, parseExclusionFacts, type ExclusionFactsError } from './facts.js';
export { checkExclusions, type ExclusionCheck, type ExclusionContext, type ExclusionPolicy, type GroundResult, type OwedIfDeclined } from './check.js';
export { GROUND_RULES, type Applies, type GroundEvaluation, type TimeLimitRule } from './grounds.js';
export { addCalendarMonths, lastDayInTime } from './time-limit.js';
export { EXCLUSION_GROUNDS, type ExclusionGroundId } from '../core/catalogue.js';
