import { deepFrozen } from './freeze.js';
/**
 * Identifiers shared by every module: the catalogue of exclusion grounds that policies choose from,
 * the kinds of remedy the Code and the policies name, and the detriment factors a policy may list.
 */

/**
 * Grounds on which a matter would not usually be accepted or escalated as a complaint. A policy
 * lists the ones it uses; the Code names three as acceptable (2.2): `time-limit`,
 * `legal-proceedings`, `already-considered`.
 *
 * @example
 * ```ts
 * EXCLUSION_GROUNDS.includes('time-limit'); // true
 * ```
 */
export const EXCLUSION_GROUNDS = /* @__PURE__ */ deepFrozen([
  'service-request',
  'governance',
  'business-to-business',
  'contract-dispute-resolution',
  'anti-social-behaviour',
  'neighbour-dispute',
  'legal-proceedings',
  'damages-claim',
  'new-issue-during-investigation',
  'anonymous',
  'time-limit',
  'already-considered',
  'unreasonable-behaviour',
] as const);
/**
 * One of {@link EXCLUSION_GROUNDS}.
 *
 * @example
 * ```ts
 * const ground: ExclusionGroundId = 'legal-proceedings';
 * ```
 */
export type ExclusionGroundId = (typeof EXCLUSION_GROUNDS)[number];

/**
 * Kinds of remedy: the Code's list (7.1) and the co-op policies' list (s.8), merged.
 *
 * @example
 * ```ts
 * REMEDY_KINDS.includes('financial'); // true
 * ```
 */
export const REMEDY_KINDS = /* @__PURE__ */ deepFrozen([
  'apology',
  'acknowledgement',
  'explanation',
  'action',
  'reconsidered-decision',
  'amended-record',
  'financial',
  'policy-change',
  'signposting',
  'action-on-delay',
] as const);
/**
 * One of {@link REMEDY_KINDS}.
 *
 * @example
 * ```ts
 * const kind: RemedyKind = 'apology';
 * ```
 */
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/**
 * The detriment factors a policy may list as weighing on how things are put right (a policy's
 * `detrimentFactors`), named after the factors the co-op policies list in their section on putting
 * things right: how long the situation went on, how often, how severe the failure, how many
 * failures, the cumulative impact, the complainant's circumstances and vulnerabilities, and
 * quantifiable losses. The words are each policy's own (`detrimentFactors.factors[i].text`).
 *
 * @example
 * ```ts
 * DETRIMENT_FACTOR_IDS.includes('cumulative-impact'); // true
 * ```
 */
export const DETRIMENT_FACTOR_IDS = /* @__PURE__ */ deepFrozen([
  'duration',
  'frequency',
  'severity',
  'number-of-failures',
  'cumulative-impact',
  'circumstances-and-vulnerabilities',
  'quantifiable-loss',
] as const);
/**
 * One of {@link DETRIMENT_FACTOR_IDS}.
 *
 * @example
 * ```ts
 * const f: DetrimentFactorId = 'cumulative-impact';
 * ```
 */
export type DetrimentFactorId = (typeof DETRIMENT_FACTOR_IDS)[number];
