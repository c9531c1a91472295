/**
 * The Housing Ombudsman's Complaint Handling Code 2024 as one table of requirements: each provision
 * the library applies, with its machine-readable parameters and the words of the provision they are
 * read from (`quote`, verbatim from the provision text the self-assessment holds in `code2024`).
 *
 * This module is the single source of the Code's numbers: the Code written as a policy
 * (`policies.housingOmbudsmanCode2024`), the lint, reporting's Code timescales (CH02) and every
 * place that measures something against the Code read them from here. No other module states a
 * Code timescale, cap or item list.
 */
import type { Anchor, RefusalReasons, ResponseItem, TimeLimitFrom } from './schema.js';
import { argumentError, expectOneOf } from '../core/guard.js';
import { deepFrozen } from '../core/freeze.js';

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

/** One Code response's items a to f (the same at both stages) and its own last item, without their words. */
const responseItemRules = <G extends ResponseItem>(last: G) =>
  [
    { letter: 'a', item: 'stage' },
    { letter: 'b', item: 'definition' },
    { letter: 'c', item: 'decision' },
    { letter: 'd', item: 'reasons' },
    { letter: 'e', item: 'remedy' },
    { letter: 'f', item: 'outstanding-actions' },
    { letter: 'g', item: last },
  ] as const satisfies readonly { letter: string; item: ResponseItem }[];

/** Code 2.2's acceptable exclusions, one constant so a module can name them without reading `CODE_2024` when it loads. */
const ACCEPTABLE_EXCLUSIONS = ['time-limit', 'legal-proceedings', 'already-considered'] as const;

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
  title: 'Complaint Handling Code 2024',
  timeLimit: { provision: '2.3', months: 12, from: 'later-of-issue-and-awareness' as TimeLimitFrom, recurringException: false, discretion: true },
  exclusions: { provision: '2.2', acceptable: ACCEPTABLE_EXCLUSIONS },
  refusalNotice: { provision: '2.4', reasons: 'always' as RefusalReasons, ombudsmanRight: true },
  noBlanketExclusions: { provision: '2.5' },
  definition: { provision: '1.2' },
  serviceRequest: { provision: '1.5' },
  accept: { provision: '2.1' },
  channels: { provision: '3.1' },
  anyWay: { provision: '3.2' },
  representatives: { provision: '3.6' },
  ombudsmanInformation: { provision: '3.7' },
  stageCount: { provision: '5.3', stages: 2 },
  noExtraStages: { provision: '5.2' },
  complaintDefinition: { provision: '5.6' },
  responsibilities: { provision: '5.7' },
  refuseEscalation: { provision: '5.11' },
  record: { provision: '5.12' },
  mustEscalate: { provision: '6.10' },
  updates: { provision: '5.9', agreedIntervalsWhenLate: true },
  adjustments: { provision: '5.10', recorded: true, reviewed: true },
  newIssues: { provision: '6.8' },
  escalationReasons: { provision: '6.12', required: false },
  separateHandler: { provision: '6.13' },
  stages: [
    {
      acknowledge: { provision: '6.2', workingDays: 5, anchor: 'receipt', quote: 'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.' },
      respond: { provision: '6.3', workingDays: 10, anchor: 'acknowledgement', quote: 'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.' },
      extension: { provision: '6.4', withoutGoodReason: 10, ombudsmanDetails: { provision: '6.5' } },
      response: { provision: '6.9', items: responseItemRules('escalation') },
      addressAll: { provision: '6.7' },
    },
    {
      acknowledge: { provision: '6.11', workingDays: 5, anchor: 'escalation-request', quote: 'Requests for stage 2 must be acknowledged, defined and logged at stage 2 of the complaints procedure within five working days of the escalation request being received.' },
      respond: { provision: '6.14', workingDays: 20, anchor: 'acknowledgement', quote: 'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.' },
      extension: { provision: '6.15', withoutGoodReason: 20, ombudsmanDetails: { provision: '6.16' } },
      response: { provision: '6.19', items: responseItemRules('ombudsman') },
      addressAll: { provision: '6.18' },
    },
  ],
  remedies: { provision: '7.1' },
  remedyImpact: { provision: '7.2' },
  remedyTracking: { provision: '7.3' },
  annualReport: { provision: '8.1', selfAssessment: { provision: '8.1(a)' }, refusals: { provision: '8.1(b)' } },
  governingBody: { provision: '9.7', performance: { provision: '9.7(a)' }, ombudsmanOutcomes: { provision: '9.7(c)' } },
  outstandingActions: [{ provision: '6.6' }, { provision: '6.17' }],
} as const satisfies {
  readonly stages: readonly [unknown, unknown];
  readonly [requirement: string]: unknown;
});

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
  return CODE_2024_RULES.stages[stage - 1]!;
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
export type CodeStageRules = (typeof CODE_2024_RULES.stages)[number];

const R = CODE_2024_RULES;
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
    ...R,
    timeLimit: { ...R.timeLimit, quote: W.timeLimit, discretionQuote: W.timeLimitDiscretion },
    exclusions: { ...R.exclusions, quote: 'these circumstances must be fair and reasonable to residents' },
    refusalNotice: { ...R.refusalNotice, quote: W.refusalNotice },
    noBlanketExclusions: { ...R.noBlanketExclusions, quote: 'Landlords must not take a blanket approach to excluding complaints; they must consider the individual circumstances of each complaint.' },
    accept: { ...R.accept, quote: 'Landlords must accept a complaint unless there is a valid reason not to do so.' },
    channels: { ...R.channels, quote: 'Landlords must make it easy for residents to complain by providing different channels through which they can make a complaint.' },
    anyWay: { ...R.anyWay, quote: 'Residents must be able to raise their complaints in any way and with any member of staff.' },
    representatives: { ...R.representatives, quote: 'Landlords must give residents the opportunity to have a representative deal with their complaint on their behalf' },
    ombudsmanInformation: {
      ...R.ombudsmanInformation,
      quote: 'Landlords must provide residents with information on their right to access the Ombudsman service and how the individual can engage with the Ombudsman about their complaint.',
    },
    stageCount: { ...R.stageCount, quote: 'A process with more than two stages is not acceptable under any circumstances' },
    mustEscalate: { ...R.mustEscalate, quote: "If all or part of the complaint is not resolved to the resident's satisfaction at stage 1, it must be progressed to stage 2 of the landlord's procedure." },
    updates: { ...R.updates, quote: W.updates },
    adjustments: { ...R.adjustments, quote: W.adjustments },
    newIssues: {
      ...R.newIssues,
      quote: 'Where residents raise additional complaints during the investigation, these must be incorporated into the stage 1 response if they are related and the stage 1 response has not been issued.',
    },
    escalationReasons: { ...R.escalationReasons, quote: 'Residents must not be required to explain their reasons for requesting a stage 2 consideration.' },
    separateHandler: { ...R.separateHandler, quote: 'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.' },
    stages: [
      stageWithWords(
        R.stages[0],
        'Landlords must confirm the following in writing to the resident at the completion of stage 1 in clear, plain language',
        W.responseItems[0],
        'Any extension must be no more than 10 working days without good reason, and the reason(s) must be clearly explained to the resident.',
      ),
      stageWithWords(
        R.stages[1],
        'Landlords must confirm the following in writing to the resident at the completion of stage 2 in clear, plain language',
        W.responseItems[1],
        'Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the resident.',
      ),
    ] as const satisfies readonly [CodeStage, CodeStage],
    remedies: { ...R.remedies, quote: REMEDIES_QUOTE },
    remedyImpact: { ...R.remedyImpact, quote: 'Any remedy offered must reflect the impact on the resident as a result of any fault identified.' },
    remedyTracking: {
      ...R.remedyTracking,
      quote: 'The remedy offer must clearly set out what will happen and by when, in agreement with the resident where appropriate. Any remedy proposed must be followed through to completion.',
    },
    outstandingActions: [
      { ...R.outstandingActions[0], quote: OUTSTANDING_ACTIONS_QUOTE },
      { ...R.outstandingActions[1], quote: OUTSTANDING_ACTIONS_QUOTE },
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
  return `${of(R.stages[0])}, ${of(R.stages[1])}`;
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
  [R.exclusions.provision]: ['exclusions'],
  [R.timeLimit.provision]: ['timeLimit'],
  [R.refusalNotice.provision]: ['refusalNotice'],
  [R.noBlanketExclusions.provision]: ['exclusions'],
  [R.channels.provision]: ['channels'],
  [R.anyWay.provision]: ['channels'],
  [R.representatives.provision]: ['representatives'],
  [R.ombudsmanInformation.provision]: ['ombudsman'],
  [R.stageCount.provision]: ['stages'],
  [R.updates.provision]: ['updates'],
  [R.adjustments.provision]: ['adjustments'],
  [R.stages[0].acknowledge.provision]: ['stages.0.acknowledge', 'receiptOnNonWorkingDay'],
  [R.stages[0].respond.provision]: ['stages.0.respond'],
  [R.stages[0].extension.provision]: ['stages.0.extension'],
  [R.stages[0].extension.ombudsmanDetails.provision]: ['stages.0.extension.ombudsmanDetailsRequired'],
  [R.stages[0].response.provision]: ['responses.stages.0'],
  [R.mustEscalate.provision]: ['stages', 'escalation.window'],
  [R.stages[1].acknowledge.provision]: ['stages.1.acknowledge'],
  [R.escalationReasons.provision]: ['escalation.reasonsRequired'],
  [R.separateHandler.provision]: ['procedures'],
  [R.stages[1].respond.provision]: ['stages.1.respond'],
  [R.stages[1].extension.provision]: ['stages.1.extension'],
  [R.stages[1].extension.ombudsmanDetails.provision]: ['stages.1.extension.ombudsmanDetailsRequired'],
  [R.stages[1].response.provision]: ['responses.stages.1'],
}))());

export { ACCEPTABLE_EXCLUSIONS };
