/**
 * The Housing Ombudsman's Complaint Handling Code 2024 as one table of requirements: each provision
 * the library applies, with its machine-readable parameters and the words of the provision they are
 * read from (`quote`, verbatim from the provision text the self-assessment holds in `code2024`).
 *
 * This module and its rules (code2024-rules.ts, one export per requirement: the numbers, written
 * once) are the single source of the Code's numbers: the Code written as a policy
 * (`policies.housingOmbudsmanCode2024`), the lint, reporting's Code timescales (CH02) and every
 * place that measures something against the Code read them from here. No other module states a
 * Code timescale, cap or item list.
 */
import type { Anchor, ResponseItem } from './schema.js';
import { argumentError, expectOneOf } from '../core/guard.js';
import { deepFrozen } from '../core/freeze.js';
import * as RULES from './code2024-rules.js';
import { ACCEPTABLE_EXCLUSIONS } from './code2024-rules.js';

/**
 * One Code timescale: "within N working days of X", with its provision and the provision's words.
 *
 * @example
 * ```ts
 * const t: CodeTimescale = CODE_2024.stages[0].respond; // { provision: '6.3', workingDays: 10, anchor: 'acknowledgement', ... }
 * ```
 */
export interface CodeTimescale {
  readonly provision: string;
  readonly workingDays: number;
  readonly anchor: Anchor;
  readonly quote: string;
}

/**
 * One item a Code response must contain, by the letter the provision gives it.
 *
 * @example
 * ```ts
 * const i: CodeResponseItem = { letter: 'a', item: 'stage', quote: 'the complaint stage' };
 * ```
 */
export interface CodeResponseItem {
  readonly letter: string;
  readonly item: ResponseItem;
  readonly quote: string;
}

/**
 * The requirements of one Code stage: acknowledgement, response, extension cap and the Ombudsman's
 * details owed with an extension, and what the response must contain.
 *
 * @example
 * ```ts
 * const s: CodeStage = CODE_2024.stages[1];
 * s.extension.withoutGoodReason; // 20 (6.15)
 * ```
 */
export interface CodeStage {
  readonly acknowledge: CodeTimescale;
  readonly respond: CodeTimescale;
  readonly extension: {
    readonly provision: string;
    readonly withoutGoodReason: number;
    readonly quote: string;
    readonly ombudsmanDetails: { readonly provision: string; readonly quote: string };
  };
  readonly response: { readonly provision: string; readonly quote: string; readonly items: readonly CodeResponseItem[] };
  /** Every point of the complaint definition addressed, with clear reasons (6.7 at stage 1, 6.18 at stage 2). */
  readonly addressAll: { readonly provision: string; readonly quote: string };
}

/**
 * The Code table's rules: {@link CODE_2024} without the words of its provisions, other than the
 * timescales' (which a deadline shown as a benchmark quotes). Every provision number and parameter
 * is written here once; `CODE_2024` is built from these entries and adds each provision's `quote`,
 * so the two never disagree. The lifecycle reads this table, so that a bundle replaying events
 * does not carry the Code's sentences on exclusions, remedies and the rest (about 1.1 kB gzipped).
 *
 * @internal
 * @example
 * ```ts
 * CODE_2024_RULES.record.provision; // '5.12'
 * CODE_2024_RULES.stages[0].respond === CODE_2024.stages[0].respond; // true: the timescales are shared
 * ```
 */
export const CODE_2024_RULES = /* @__PURE__ */ deepFrozen({
  title: RULES.title,
  timeLimit: RULES.timeLimit,
  exclusions: RULES.exclusions,
  refusalNotice: RULES.refusalNotice,
  noBlanketExclusions: RULES.noBlanketExclusions,
  definition: RULES.definition,
  serviceRequest: RULES.serviceRequest,
  accept: RULES.accept,
  channels: RULES.channels,
  anyWay: RULES.anyWay,
  representatives: RULES.representatives,
  ombudsmanInformation: RULES.ombudsmanInformation,
  stageCount: RULES.stageCount,
  noExtraStages: RULES.noExtraStages,
  complaintDefinition: RULES.complaintDefinition,
  responsibilities: RULES.responsibilities,
  refuseEscalation: RULES.refuseEscalation,
  record: RULES.record,
  mustEscalate: RULES.mustEscalate,
  updates: RULES.updates,
  adjustments: RULES.adjustments,
  newIssues: RULES.newIssues,
  escalationReasons: RULES.escalationReasons,
  separateHandler: RULES.separateHandler,
  stages: RULES.stages,
  remedies: RULES.remedies,
  remedyImpact: RULES.remedyImpact,
  remedyTracking: RULES.remedyTracking,
  annualReport: RULES.annualReport,
  governingBody: RULES.governingBody,
  outstandingActions: RULES.outstandingActions,
} as const);

/**
 * The rules of one Code stage ({@link CODE_2024_RULES}), without the words of its response and
 * extension provisions: `codeStageRules(2).respond.provision` is `'6.14'`.
 *
 * @internal
 * @example
 * ```ts
 * codeStageRules(1).extension.ombudsmanDetails.provision; // '6.5'
 * ```
 */
export function codeStageRules(stage: 1 | 2): CodeStageRules {
  if (stage !== 1 && stage !== 2) throw argumentError({ fn: 'codeStageRules', path: 'stage' }, 'one-of', 'one of 1, 2', stage);
  return RULES.stages[stage - 1]!;
}

/**
 * The type of a stage of {@link CODE_2024_RULES}.
 *
 * @internal
 * @example
 * ```ts
 * const s: CodeStageRules = codeStageRules(2);
 * ```
 */
export type CodeStageRules = (typeof RULES.stages)[number];

const EXTENSION_DETAILS_QUOTE = 'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.';
const RESPONSE_ITEM_QUOTES = ['the complaint stage', 'the complaint definition', 'the decision on the complaint', 'the reasons for any decisions made', 'the details of any remedy offered to put things right', 'details of any outstanding actions'] as const;

/**
 * The words of the provisions the lint quotes in its findings: the refusal notice (2.4), reasonable
 * adjustments (5.10), updates (5.9), the time limit and its discretion (2.3), and each item a
 * response must contain (6.9 and 6.19, a to g, indexed like `stages`). {@link CODE_2024} holds the
 * same strings with the rest of the provisions' words; they are apart so that the lint does not
 * load those.
 *
 * @internal
 * @example
 * ```ts
 * CODE_2024_WORDS.updates === CODE_2024.updates.quote; // true
 * CODE_2024_WORDS.responseItems[1][6]; // 'details of how to escalate the matter to the Ombudsman Service ...'
 * ```
 */
// Built by a pure function (its lists spread a constant), so a bundle that does not read it drops it.
export const CODE_2024_WORDS = /* @__PURE__ */ deepFrozen(
  /* @__PURE__ */ (() => ({
    refusalNotice:
      'If a landlord decides not to accept a complaint, an explanation must be provided to the resident setting out the reasons why the matter is not suitable for the complaints process and the right to take that decision to the Ombudsman.',
    adjustments:
      'Landlords must keep a record of any reasonable adjustments agreed, as well as a record of any disabilities a resident has disclosed. Any agreed reasonable adjustments must be kept under active review.',
    updates:
      'Where a response to a complaint will fall outside the timescales set out in this Code, the landlord must agree with the resident suitable intervals for keeping them informed about their complaint.',
    timeLimit: 'Landlords must accept complaints referred to them within 12 months of the issue occurring or the resident becoming aware of the issue',
    timeLimitDiscretion: 'Landlords must consider whether to apply discretion to accept complaints made outside this time limit where there are good reasons to do so.',
    responseItems: [
      [...RESPONSE_ITEM_QUOTES, 'details of how to escalate the matter to stage 2 if the individual is not satisfied with the response'],
      [...RESPONSE_ITEM_QUOTES, 'details of how to escalate the matter to the Ombudsman Service if the individual remains dissatisfied'],
    ] as const,
  }))(),
);
const W = CODE_2024_WORDS;
const OUTSTANDING_ACTIONS_QUOTE = 'Outstanding actions must still be tracked and actioned promptly with appropriate updates provided to the resident.';
const ADDRESS_ALL_QUOTE = 'Landlords must address all points raised in the complaint definition and provide clear reasons for any decisions';

/**
 * The words of Code 7.1 (`CODE_2024.remedies.quote`), apart so that the outcomes, which quote them
 * where no policy says how a financial remedy is paid, read them without the rest of the table's words.
 *
 * @internal
 * @example
 * ```ts
 * REMEDIES_QUOTE === CODE_2024.remedies.quote; // true
 * ```
 */
export const REMEDIES_QUOTE = 'Where something has gone wrong a landlord must acknowledge this and set out the actions it has already taken, or intends to take, to put things right.';

/** One stage of {@link CODE_2024}: the stage's rules with the words of its provisions. */
function stageWithWords(s: CodeStageRules, responseQuote: string, itemQuotes: readonly string[], extensionQuote: string): CodeStage {
  const items = s.response.items.map((i, k) => ({ letter: i.letter, item: i.item, quote: itemQuotes[k]! }));
  return {
    acknowledge: s.acknowledge,
    respond: s.respond,
    extension: { provision: s.extension.provision, withoutGoodReason: s.extension.withoutGoodReason, quote: extensionQuote, ombudsmanDetails: { provision: s.extension.ombudsmanDetails.provision, quote: EXTENSION_DETAILS_QUOTE } },
    response: { provision: s.response.provision, quote: responseQuote, items },
    addressAll: { provision: s.addressAll.provision, quote: ADDRESS_ALL_QUOTE },
  };
}

/**
 * The Code 2024's requirements with their parameters. Stage requirements are indexed like a
 * policy's `stages` (0 is stage 1). Every `provision` is a number of the Code (a row of the
 * self-assessment form), or an item of one (`'9.7(c)'`), and every `quote` is taken word for word
 * from that provision's text. A requirement the library only cites (the engine's citations,
 * guards and messages name it, with no parameter to read) holds its number alone, under the name of
 * the rule it serves (`record` is 5.12, the full record of the complaint); its words are the
 * provision's text on the form (`code2024` in the self-assessment), kept out of this table so that
 * a bundle citing it does not carry them.
 *
 * @example
 * ```ts
 * import { CODE_2024 } from 'housing-complaints/policy';
 * CODE_2024.stages[0].respond.workingDays; // 10
 * CODE_2024.stages[1].respond.anchor; // 'acknowledgement' (6.14)
 * CODE_2024.timeLimit.from; // 'later-of-issue-and-awareness' (2.3)
 * CODE_2024.stages[1].response.items.map((i) => i.letter + ':' + i.item).at(-1); // 'g:ombudsman' (6.19)
 * ```
 */
// Built from CODE_2024_RULES; a bundle that reads only the rules drops the words.
export const CODE_2024 = /* @__PURE__ */ deepFrozen(
  /* @__PURE__ */ (() =>
  ({
    title: RULES.title,
    timeLimit: { ...RULES.timeLimit, quote: W.timeLimit, discretionQuote: W.timeLimitDiscretion },
    exclusions: { ...RULES.exclusions, quote: 'these circumstances must be fair and reasonable to residents' },
    refusalNotice: { ...RULES.refusalNotice, quote: W.refusalNotice },
    noBlanketExclusions: { ...RULES.noBlanketExclusions, quote: 'Landlords must not take a blanket approach to excluding complaints; they must consider the individual circumstances of each complaint.' },
    definition: RULES.definition,
    serviceRequest: RULES.serviceRequest,
    accept: { ...RULES.accept, quote: 'Landlords must accept a complaint unless there is a valid reason not to do so.' },
    channels: { ...RULES.channels, quote: 'Landlords must make it easy for residents to complain by providing different channels through which they can make a complaint.' },
    anyWay: { ...RULES.anyWay, quote: 'Residents must be able to raise their complaints in any way and with any member of staff.' },
    representatives: { ...RULES.representatives, quote: 'Landlords must give residents the opportunity to have a representative deal with their complaint on their behalf' },
    ombudsmanInformation: {
      ...RULES.ombudsmanInformation,
      quote: 'Landlords must provide residents with information on their right to access the Ombudsman service and how the individual can engage with the Ombudsman about their complaint.',
    },
    stageCount: { ...RULES.stageCount, quote: 'A process with more than two stages is not acceptable under any circumstances' },
    noExtraStages: RULES.noExtraStages,
    complaintDefinition: RULES.complaintDefinition,
    responsibilities: RULES.responsibilities,
    refuseEscalation: RULES.refuseEscalation,
    record: RULES.record,
    mustEscalate: { ...RULES.mustEscalate, quote: "If all or part of the complaint is not resolved to the resident's satisfaction at stage 1, it must be progressed to stage 2 of the landlord's procedure." },
    updates: { ...RULES.updates, quote: W.updates },
    adjustments: { ...RULES.adjustments, quote: W.adjustments },
    newIssues: {
      ...RULES.newIssues,
      quote: 'Where residents raise additional complaints during the investigation, these must be incorporated into the stage 1 response if they are related and the stage 1 response has not been issued.',
    },
    escalationReasons: { ...RULES.escalationReasons, quote: 'Residents must not be required to explain their reasons for requesting a stage 2 consideration.' },
    separateHandler: { ...RULES.separateHandler, quote: 'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.' },
    stages: [
      stageWithWords(
        RULES.stages[0],
        'Landlords must confirm the following in writing to the resident at the completion of stage 1 in clear, plain language',
        W.responseItems[0],
        'Any extension must be no more than 10 working days without good reason, and the reason(s) must be clearly explained to the resident.',
      ),
      stageWithWords(
        RULES.stages[1],
        'Landlords must confirm the following in writing to the resident at the completion of stage 2 in clear, plain language',
        W.responseItems[1],
        'Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the resident.',
      ),
    ] as const satisfies readonly [CodeStage, CodeStage],
    remedies: { ...RULES.remedies, quote: REMEDIES_QUOTE },
    remedyImpact: { ...RULES.remedyImpact, quote: 'Any remedy offered must reflect the impact on the resident as a result of any fault identified.' },
    remedyTracking: {
      ...RULES.remedyTracking,
      quote: 'The remedy offer must clearly set out what will happen and by when, in agreement with the resident where appropriate. Any remedy proposed must be followed through to completion.',
    },
    annualReport: RULES.annualReport,
    governingBody: RULES.governingBody,
    outstandingActions: [
      { ...RULES.outstandingActions[0], quote: OUTSTANDING_ACTIONS_QUOTE },
      { ...RULES.outstandingActions[1], quote: OUTSTANDING_ACTIONS_QUOTE },
    ],
  }) as const)(),
);

/**
 * The type of {@link CODE_2024}.
 *
 * @example
 * ```ts
 * const t: Code2024 = CODE_2024;
 * ```
 */
export type Code2024 = typeof CODE_2024;

/**
 * The Code's requirements for stage 1 or 2: `codeStage(2).respond.provision` is `'6.14'`.
 *
 * @example
 * ```ts
 * codeStage(1).extension.provision; // '6.4'
 * ```
 */
export function codeStage(stage: 1 | 2): CodeStage {
  if (stage !== 1 && stage !== 2) throw argumentError({ fn: 'codeStage', path: 'stage' }, 'one-of', 'one of 1, 2', stage);
  return CODE_2024.stages[stage - 1]!;
}

/**
 * One requirement's provisions at both stages, joined, for citations of a rule that applies at
 * either stage: `bothStages('extension')` is `'6.4, 6.15'`.
 *
 * @example
 * ```ts
 * bothStages('ombudsmanDetails'); // '6.5, 6.16'
 * ```
 */
export function bothStages(part: 'acknowledge' | 'respond' | 'extension' | 'ombudsmanDetails' | 'response' | 'addressAll'): string {
  expectOneOf({ fn: 'bothStages', path: 'part' }, part, ['acknowledge', 'respond', 'extension', 'ombudsmanDetails', 'response', 'addressAll'] as const);
  const of = (s: CodeStageRules): string => (part === 'ombudsmanDetails' ? s.extension.ombudsmanDetails.provision : s[part].provision);
  return `${of(RULES.stages[0])}, ${of(RULES.stages[1])}`;
}

/**
 * The provisions the policy data expresses, each with the policy fields (dot paths) that express
 * it. The lint's provision-by-provision comparison reads this; every other provision of the Code
 * is one the policy data cannot express.
 *
 * @example
 * ```ts
 * EXPRESSED_BY['2.4']; // ['refusalNotice']
 * ```
 */
// Its keys are read from the Code table's rules, so wrapped as pure: a bundle that does not use it drops it.
export const EXPRESSED_BY: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({
  [RULES.exclusions.provision]: ['exclusions'],
  [RULES.timeLimit.provision]: ['timeLimit'],
  [RULES.refusalNotice.provision]: ['refusalNotice'],
  [RULES.noBlanketExclusions.provision]: ['exclusions'],
  [RULES.channels.provision]: ['channels'],
  [RULES.anyWay.provision]: ['channels'],
  [RULES.representatives.provision]: ['representatives'],
  [RULES.ombudsmanInformation.provision]: ['ombudsman'],
  [RULES.stageCount.provision]: ['stages'],
  [RULES.updates.provision]: ['updates'],
  [RULES.adjustments.provision]: ['adjustments'],
  [RULES.stages[0].acknowledge.provision]: ['stages.0.acknowledge', 'receiptOnNonWorkingDay'],
  [RULES.stages[0].respond.provision]: ['stages.0.respond'],
  [RULES.stages[0].extension.provision]: ['stages.0.extension'],
  [RULES.stages[0].extension.ombudsmanDetails.provision]: ['stages.0.extension.ombudsmanDetailsRequired'],
  [RULES.stages[0].response.provision]: ['responses.stages.0'],
  [RULES.mustEscalate.provision]: ['stages', 'escalation.window'],
  [RULES.stages[1].acknowledge.provision]: ['stages.1.acknowledge'],
  [RULES.escalationReasons.provision]: ['escalation.reasonsRequired'],
  [RULES.separateHandler.provision]: ['procedures'],
  [RULES.stages[1].respond.provision]: ['stages.1.respond'],
  [RULES.stages[1].extension.provision]: ['stages.1.extension'],
  [RULES.stages[1].extension.ombudsmanDetails.provision]: ['stages.1.extension.ombudsmanDetailsRequired'],
  [RULES.stages[1].response.provision]: ['responses.stages.1'],
}))());

export { ACCEPTABLE_EXCLUSIONS };
