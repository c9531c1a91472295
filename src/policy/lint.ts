/**
 * The lint: where a policy falls short of the Housing Ombudsman's Complaint Handling Code 2024, or
 * of the model procedure of its ombudsman scheme when the scheme's data names one (`SCHEMES`).
 * Every finding cites the Code provision it enforces (`source.provision`) and, where the value
 * comes from a policy section, that section too (`source.policy`).
 */
import type { Finding, Severity } from '../core/finding.js';
import { sourceOf, type Source } from '../core/source.js';
import { EXCLUSION_GROUNDS, type ExclusionGroundId } from '../core/catalogue.js';
import type * as z from 'zod/mini';
import { derivedParse, derivedValue, REFUSED } from '../core/derived-schema.js';
import { policyChecks } from './policy-checks.generated.js';
import { expectArray, expectObject } from '../core/guard.js';
import { ANCHORS, RESPONSE_ITEMS, type Policy, type Anchor, type Procedure, type ProcedureStage, type StageRules, type Timescale } from './schema.js';
import { toPolicyErrors, type PolicyErrorCode } from './errors.js';
import { pushClosureFindings } from './lint-closures.js';
import { pushProvisionFindings } from './lint-citations.js';
import * as CODE_2024 from './code2024-rules.js';
import { ACCEPTABLE_EXCLUSIONS, CODE_2024_WORDS, codeStageRules, type CodeTimescale } from './code2024-requirements.js';
import { SCHEME_LINT_CODES, contactFindings, modelFindings, pushContactFindings } from './scheme-lint.js';
import { policyScheme } from './schemes.js';
import { isChecked, isValidated } from './validated.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * Stable codes of the lint's findings. Safe to match on.
 *
 * @example
 * ```ts
 * lintPolicy(policy).filter((f) => f.code === 'time-limit-too-short');
 * ```
 */
export const LINT_CODES = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => [
  'stage-count',
  'procedure-stage-count',
  'stage1-acknowledgement-too-late',
  'stage1-acknowledgement-missing',
  'stage2-acknowledgement-missing',
  'stage1-response-missing',
  'stage2-response-missing',
  'stage1-response-too-late',
  'stage2-acknowledgement-too-late',
  'stage2-response-too-late',
  'timescale-anchor-unbounded',
  'timescale-anchor-converted',
  'stage1-extension-too-long',
  'stage2-extension-too-long',
  'stage1-extension-no-upper-limit',
  'stage2-extension-no-upper-limit',
  'stage1-extension-without-ombudsman-details',
  'stage2-extension-without-ombudsman-details',
  'time-limit-too-short',
  'no-discretion',
  'exclusion-beyond-code',
  'no-ombudsman-information',
  'ombudsman-contact-incomplete',
  'outside-ombudsman-scheme',
  'same-handler-both-stages',
  'escalation-reasons-required',
  'no-representatives',
  'no-channels',
  'receipt-counted-from-next-working-day',
  'time-limit-no-awareness-limb',
  'refusal-notice-silent',
  'refusal-reasons-only-when-asked',
  'refusal-without-ombudsman-right',
  'stage1-response-items-silent',
  'stage2-response-items-silent',
  'stage1-response-missing-item',
  'stage2-response-missing-item',
  'adjustments-silent',
  'adjustments-not-recorded',
  'adjustments-not-reviewed',
  'updates-silent',
  'no-agreed-update-intervals',
  'source-cites-unknown-section',
  'source-cites-other-provision',
  'invalid-value',
  'comparison-stopped',
  'closure-makes-timescale-unreachable',
  ...SCHEME_LINT_CODES,
] as const)());
/**
 * One of {@link LINT_CODES}.
 *
 * @example
 * ```ts
 * const c: LintCode = 'time-limit-too-short';
 * ```
 */
export type LintCode = (typeof LINT_CODES)[number];

/**
 * A {@link Finding} of the lint, with its code narrowed to {@link LintCode}.
 *
 * @example
 * ```ts
 * const breaches: PolicyFinding[] = lintPolicy(policy).filter((f) => f.severity === 'breach');
 * ```
 */
export type PolicyFinding = Finding & { readonly code: LintCode };

/**
 * What the lint accepts: a validated {@link Policy}, or a policy-shaped object whose stage lists
 * have any length (such as an unvalidated draft with three stages), so the lint can report the
 * stage count itself.
 *
 * @example
 * ```ts
 * const [s1, s2] = policies.wellington.stages;
 * const draft: LintablePolicy = { ...policies.wellington, stages: [s1, s2, s2] };
 * lintPolicy(draft); // includes a 'stage-count' breach citing 5.3
 * ```
 */
export type LintablePolicy = Omit<Policy, 'stages' | 'procedures'> & {
  readonly stages: readonly StageRules[];
  readonly procedures: readonly (Omit<Procedure, 'stages'> & { readonly stages: readonly ProcedureStage[] })[];
};

/**
 * The exclusion grounds the Code names as acceptable (2.2): the issue occurred over twelve months
 * ago, legal proceedings have started, the matter was considered before. Any other ground must be
 * fair and reasonable to residents.
 *
 * @example
 * ```ts
 * CODE_ACCEPTABLE_EXCLUSIONS.includes('anonymous'); // false
 * ```
 */
export const CODE_ACCEPTABLE_EXCLUSIONS: readonly ExclusionGroundId[] = ACCEPTABLE_EXCLUSIONS;

/** The Code's limits, each with its provision, read from the Code table (when first needed: a bundle that never lints leaves the table out). */
const CODE = /* @__PURE__ */ (() => ({
  1: {
    acknowledge: { ...CODE_2024.stages[0].acknowledge, code: 'stage1-acknowledgement-too-late', what: CODE_2024.stages[0].acknowledge.quote },
    respond: { ...CODE_2024.stages[0].respond, code: 'stage1-response-too-late', what: CODE_2024.stages[0].respond.quote },
    extension: { workingDays: CODE_2024.stages[0].extension.withoutGoodReason, provision: CODE_2024.stages[0].extension.provision, detailsProvision: CODE_2024.stages[0].extension.ombudsmanDetails.provision },
  },
  2: {
    acknowledge: { ...CODE_2024.stages[1].acknowledge, code: 'stage2-acknowledgement-too-late', what: CODE_2024.stages[1].acknowledge.quote },
    respond: { ...CODE_2024.stages[1].respond, code: 'stage2-response-too-late', what: CODE_2024.stages[1].respond.quote },
    extension: { workingDays: CODE_2024.stages[1].extension.withoutGoodReason, provision: CODE_2024.stages[1].extension.provision, detailsProvision: CODE_2024.stages[1].extension.ombudsmanDetails.provision },
  },
}) as const)();

/** The Code's timescales the closure check measures, read from the Code table once. */
const CODE_TIMESCALES: readonly CodeTimescale[] = /* @__PURE__ */ (() => CODE_2024.stages.flatMap((s) => [s.acknowledge, s.respond]))();

/**
 * Where each anchor falls in the order of a complaint's events, as seen from stage 1 and from
 * stage 2: receipt, stage 1 acknowledgement, stage 1 response, escalation request, stage 2
 * acknowledgement. At stage 1, 'acknowledgement' is the stage 1 acknowledgement and
 * 'stage-response' (there is no earlier stage) can only mean the stage 1 response itself.
 */
const POSITION: Record<1 | 2, Record<Anchor, number>> = {
  1: { receipt: 0, acknowledgement: 1, 'stage-response': 2, 'escalation-request': 3 },
  2: { receipt: 0, 'stage-response': 2, 'escalation-request': 3, acknowledgement: 4 },
};

const ANCHOR_WORDS: Record<1 | 2, Record<Anchor, string>> = {
  1: { receipt: 'receipt of the complaint', acknowledgement: 'the stage 1 acknowledgement', 'stage-response': 'the stage 1 response', 'escalation-request': 'the escalation request' },
  2: { receipt: 'receipt of the complaint', acknowledgement: 'the stage 2 acknowledgement', 'stage-response': 'the stage 1 response', 'escalation-request': 'the escalation request' },
};

/**
 * A finding's source: the provision, then the value's policy section and quote when it has them,
 * then `note` when given. Built as literals, not with conditional spreads: a spread of an object
 * built by spreads takes V8's slow generic copy, and the lint builds one per finding.
 */
function cite(provision: string, from: Source | undefined, note?: string): Source {
  const policy = from?.policy;
  const quote = from?.quote;
  if (note === undefined) {
    if (policy !== undefined) return quote !== undefined ? { provision, policy, quote } : { provision, policy };
    return quote !== undefined ? { provision, quote } : { provision };
  }
  if (policy !== undefined) return quote !== undefined ? { provision, policy, quote, note } : { provision, policy, note };
  return quote !== undefined ? { provision, quote, note } : { provision, note };
}

/** " The policy says: '...'" when the value carries the sentence it is read from. */
function said(from: Source | undefined): string {
  return from?.quote === undefined ? '' : ` The policy${from.policy === undefined ? '' : ` (${from.policy})`} says: "${from.quote}"`;
}

/**
 * A draft's values the schema refuses for what they are, not for the draft's shape: a number of
 * days that is NaN, a string, negative or fractional, a date that is not a date. Each is a breach
 * naming the field, because the comparisons with the Code cannot be trusted on such a value.
 */
function invalidValues(policy: unknown): PolicyFinding[] {
  // A policy the library validated itself (and froze: a built-in, or what parsePolicy or
  // definePolicy returned) has no invalid values: skip the schema.
  if (isChecked(policy)) return [];
  // The Policy schema's checks, derived from it (the same issues as zod's safeParse, without zod).
  // The accept path builds no result; the issues are worked out only for a policy it refuses.
  if (derivedValue(policyChecks, policy) !== REFUSED) return [];
  const r = derivedParse(policyChecks, policy);
  if (r.success) return [];
  const out: PolicyFinding[] = [];
  for (const e of toPolicyErrors(r.error.issues as unknown as z.core.$ZodIssue[], policy)) {
    if (!VALUE_ERRORS.has(e.code)) continue;
    out.push(finding('breach', 'invalid-value', `${e.message}; the lint cannot compare this value with the Code.`, e.source ?? { note: 'the policy schema' }, e.path));
  }
  return out;
}

const VALUE_ERRORS = new Set<PolicyErrorCode>(['wrong-type', 'not-whole-number', 'negative', 'too-large', 'invalid-date', 'not-allowed-value', 'empty']);

function finding(severity: Severity, code: LintCode, message: string, source: Source, path?: string): PolicyFinding {
  return path === undefined ? { severity, code, message, source } : { severity, code, message, source, path };
}

/**
 * Compares one timescale of the policy with the Code's. A timescale counted from an event that
 * always comes no later than the Code's anchor (receipt, the stage 1 response or the escalation
 * request, against an acknowledgement) is never later than the Code when its number of days is no
 * larger, whatever the gap between the events; so it is a breach exactly when it has more days.
 * A timescale counted from an event that can come after the Code's anchor (or from itself) sets no
 * limit the Code can rely on, and is a breach whatever its number of days.
 */
function checkTimescale(out: PolicyFinding[], c: TimescaleCheck, t: Timescale): void {
  const code = c.code;
  // One lookup for the anchor's place and texts; an anchor the schema does not know (a draft's)
  // is looked up as before and gets texts made for it.
  const known = c.anchors[anchorIndex(t.anchor)];
  const ours = known === undefined ? POSITION[c.stage][t.anchor] : known.position;
  // An anchor no stage has (a draft's typo) has no place to compare: the value check reports it.
  if (ours === undefined) return;
  const x = known === undefined ? makeTimescaleTexts(c.stage, c.kind, t.anchor) : known.texts;
  const n = t.workingDays;
  if (ours > c.theirs) {
    out.push(finding('breach', 'timescale-anchor-unbounded', `${x.due}${n}${x.unbounded}`, cite(code.provision, t.source), c.anchorPath));
    return;
  }
  if (n > code.workingDays) {
    out.push(finding('breach', code.code, `${x.due}${n}${x.late}`, cite(code.provision, t.source), c.daysPath));
  }
  if (t.anchor !== code.anchor) {
    out.push(finding('note', 'timescale-anchor-converted', `${x.converted}${n}${x.convertedMid}${n}${n <= code.workingDays ? x.within : x.more}`, cite(code.provision, t.source), c.anchorPath));
  }
}

/**
 * The fixed parts of {@link checkTimescale}'s messages for one stage, kind and anchor; a message is
 * these with the policy's number of working days between them. They read only the Code table.
 */
interface TimescaleTexts {
  readonly due: string;
  readonly unbounded: string;
  readonly late: string;
  readonly converted: string;
  readonly convertedMid: string;
  readonly within: string;
  readonly more: string;
}

/** What {@link checkTimescale} needs for one of the four timescales, made once from the Code table. */
interface TimescaleCheck {
  readonly stage: 1 | 2;
  readonly kind: 'acknowledge' | 'respond';
  readonly code: (typeof CODE)[1 | 2]['acknowledge' | 'respond'];
  /** Where the Code's anchor falls. */
  readonly theirs: number;
  /** Each anchor the schema knows: where it falls, and the messages' texts. */
  readonly anchors: readonly { readonly position: number; readonly texts: TimescaleTexts }[];
  readonly anchorPath: string;
  readonly daysPath: string;
}

/** An anchor's place in the schema's `ANCHORS`, or -1 for one the schema does not know (a draft's). */
const anchorIndex = (anchor: unknown): number => ANCHORS.indexOf(anchor as Anchor);

/** The four timescale checks: stage 1 and 2, acknowledgement and response, in that order. */
const TIMESCALE_CHECKS = /* @__PURE__ */ (() =>
  ([1, 2] as const).flatMap((stage) =>
    (['acknowledge', 'respond'] as const).map((kind): TimescaleCheck => {
      const code = CODE[stage][kind];
      const path = `stages.${stage - 1}.${kind}`;
      return {
        stage,
        kind,
        code,
        theirs: POSITION[stage][code.anchor],
        anchors: ANCHORS.map((anchor) => ({ position: POSITION[stage][anchor], texts: makeTimescaleTexts(stage, kind, anchor) })),
        anchorPath: `${path}.anchor`,
        daysPath: `${path}.workingDays`,
      };
    }),
  ))();

function makeTimescaleTexts(stage: 1 | 2, kind: 'acknowledge' | 'respond', anchor: Anchor): TimescaleTexts {
  const code = CODE[stage][kind];
  const words = ANCHOR_WORDS[stage];
  const label = `Stage ${stage} ${kind === 'acknowledge' ? 'acknowledgements' : 'responses'}`;
  const ours = words[anchor];
  const theirs = words[code.anchor];
  return {
    due: `${label} are due `,
    unbounded: ` working days after ${ours}, which can come any time after ${theirs}; the Code (${code.provision}) counts from ${theirs}: ${code.what}.`,
    late: ` working days after ${ours}; the Code allows ${code.workingDays}${anchor === code.anchor ? '' : ` from ${theirs}, and ${ours} can fall on the same day`} (${code.provision}: ${code.what}).`,
    // Used only when the anchor is not the Code's (an anchor of no stage never gets here).
    converted: anchor === code.anchor ? '' : `${label} are counted from ${ours}, the Code from ${theirs} (${code.provision}). ${ours![0]!.toUpperCase()}${ours!.slice(1)} never comes after ${theirs}, so `,
    convertedMid: ` working days from it are never later than `,
    within: ` from ${theirs}, within the Code's ${code.workingDays}.`,
    more: ` from ${theirs}; with more than the Code's ${code.workingDays} days this can still be later.`,
  };
}

/** The findings of a stage with no acknowledgement or no response timescale, read from the Code table once. */
const MISSING_TEXTS = /* @__PURE__ */ (() =>
  ([1, 2] as const).map((stage) => {
    const ack = CODE[stage].acknowledge;
    const respond = CODE[stage].respond;
    return {
      acknowledge: { code: `stage${stage}-acknowledgement-missing` as const, message: `Stage ${stage} has no acknowledgement timescale (the policy states no time to acknowledge, so there is no policy deadline); the Code asks for one (${ack.provision}: ${ack.what}).`, provision: ack.provision, path: `stages.${stage - 1}.acknowledge` },
      respond: { code: `stage${stage}-response-missing` as const, message: `Stage ${stage} has no response timescale (the policy states no time to respond, so there is no policy deadline); the Code asks for one (${respond.provision}: ${respond.what}).`, provision: respond.provision, path: `stages.${stage - 1}.respond` },
    };
  }))();

/** A stage with no separate acknowledgement: the Code asks for one (6.2, 6.11). */
function missingAcknowledgement(out: PolicyFinding[], stage: 1 | 2): void {
  const x = MISSING_TEXTS[stage - 1]!.acknowledge;
  out.push(finding('breach', x.code, x.message, { provision: x.provision }, x.path));
}

function missingResponse(out: PolicyFinding[], stage: 1 | 2): void {
  const x = MISSING_TEXTS[stage - 1]!.respond;
  out.push(finding('breach', x.code, x.message, { provision: x.provision }, x.path));
}

/** The fixed parts of {@link checkExtension}'s messages for each stage, read from the Code table once. */
const EXTENSION_TEXTS = /* @__PURE__ */ (() =>
  ([1, 2] as const).map((stage) => {
    const code = CODE[stage].extension;
    const path = `stages.${stage - 1}.extension`;
    return {
      code,
      tooLongCode: `stage${stage}-extension-too-long` as const,
      noUpperLimitCode: `stage${stage}-extension-no-upper-limit` as const,
      withoutDetailsCode: `stage${stage}-extension-without-ombudsman-details` as const,
      tooLong: `At stage ${stage} the policy allows an extension of `,
      tooLongTail: ` working days without good reason; the Code allows no more than ${code.workingDays} (${code.provision}).`,
      noUpperLimit: `At stage ${stage} the policy allows extensions with reasons but states no maximum; the Code allows no more than ${code.workingDays} working days without good reason (${code.provision}), and the policy should say so.`,
      outside: `At stage ${stage} the policy gives no Ombudsman contact details with an extension; the Code requires them of members of the scheme (${code.detailsProvision}), and the organisation is outside it.`,
      withoutDetails: `At stage ${stage} the policy does not give the Ombudsman's contact details when it extends the timescale; the Code requires them (${code.detailsProvision}).`,
      withoutGoodReasonPath: `${path}.withoutGoodReason`,
      noUpperLimitPath: `${path}.noUpperLimit`,
      detailsPath: `${path}.ombudsmanDetailsRequired`,
    };
  }))();

function checkExtension(out: PolicyFinding[], stage: 1 | 2, rules: StageRules, schemeMember: boolean): void {
  const x = EXTENSION_TEXTS[stage - 1]!;
  const code = x.code;
  const e = rules.extension;
  if (e.withoutGoodReason > code.workingDays) {
    out.push(finding('breach', x.tooLongCode, `${x.tooLong}${e.withoutGoodReason}${x.tooLongTail}`, cite(code.provision, e.source), x.withoutGoodReasonPath));
  }
  if (e.noUpperLimit === true) {
    out.push(finding('warning', x.noUpperLimitCode, x.noUpperLimit, cite(code.provision, e.source), x.noUpperLimitPath));
  }
  // Outside the Ombudsman's scheme the resident has no right to the Ombudsman to be told of (3.7):
  // the 'outside-ombudsman-scheme' note says so once, rather than a breach per provision.
  if (!e.ombudsmanDetailsRequired && !schemeMember) {
    out.push(finding('note', 'outside-ombudsman-scheme', x.outside, cite(code.detailsProvision, e.source), x.detailsPath));
  }
  if (!e.ombudsmanDetailsRequired && schemeMember) {
    out.push(finding('breach', x.withoutDetailsCode, `${x.withoutDetails}${said(e.source)}`, cite(code.detailsProvision, e.source), x.detailsPath));
  }
}

type Provides = Pick<Policy, 'ombudsman' | 'refusalNotice' | 'responses' | 'adjustments' | 'updates'>;

/** The fixed parts of the refusal notice, adjustments, updates and time limit findings, read from the Code table once. */
const PROVIDES_TEXTS = /* @__PURE__ */ (() => {
  const code = CODE_2024.refusalNotice;
  const adj = CODE_2024.adjustments;
  const upd = CODE_2024.updates;
  const limit = CODE_2024.timeLimit;
  return {
    refusalSilent: `The policy does not say what a complainant is told when a complaint is not accepted or escalated; the Code: "${CODE_2024_WORDS.refusalNotice}" (${code.provision}).`,
    refusalWhenAsked: `The policy gives the reasons for not accepting or escalating a complaint in writing only when asked; the Code requires the explanation every time: "${CODE_2024_WORDS.refusalNotice}" (${code.provision}).`,
    refusalNoRight: `The policy's refusal notice does not tell the complainant of the right to take the decision to the Ombudsman, which the Code requires (${code.provision}).`,
    adjustmentsSilent: `The policy says nothing of reasonable adjustments; the Code: "${CODE_2024_WORDS.adjustments}" (${adj.provision}).`,
    adjustmentsNotRecorded: `The policy does not keep a record of reasonable adjustments agreed or of disabilities disclosed; the Code: "${CODE_2024_WORDS.adjustments}" (${adj.provision}).`,
    adjustmentsNotReviewed: `The policy does not keep agreed reasonable adjustments under review, which the Code requires (${adj.provision}).`,
    updatesSilent: `The policy says nothing of keeping the complainant informed; the Code: "${CODE_2024_WORDS.updates}" (${upd.provision}).`,
    noAgreedIntervals: `The policy does not agree with the complainant the intervals at which they are kept informed when a response will be late; the Code: "${CODE_2024_WORDS.updates}" (${upd.provision}).`,
    timeLimitTooShortTail: ` months; the Code: "${CODE_2024_WORDS.timeLimit}" (${limit.provision}).`,
    noAwarenessLimbTail: ` months from the issue occurring, with no allowance for a resident who becomes aware of the issue later; the Code counts from "the issue occurring or the resident becoming aware of the issue" (${limit.provision}).`,
    noDiscretion: `The policy gives no discretion to accept complaints made outside its time limit; the Code: "${CODE_2024_WORDS.timeLimitDiscretion}" (${limit.provision}).`,
  };
})();

/** Code 2.4: the explanation owed when a complaint is not accepted, against the policy's refusal notice. */
function checkRefusalNotice(out: PolicyFinding[], policy: Provides): void {
  const code = CODE_2024.refusalNotice;
  const own = policy.refusalNotice;
  if (own === null || own === undefined) {
    out.push(finding('warning', 'refusal-notice-silent', PROVIDES_TEXTS.refusalSilent, { provision: code.provision }, 'refusalNotice'));
    return;
  }
  // The policy's quote closes both messages: made once.
  let quoted: string | undefined;
  if (own.reasons !== code.reasons) {
    out.push(finding('breach', 'refusal-reasons-only-when-asked', `${PROVIDES_TEXTS.refusalWhenAsked}${(quoted ??= said(own.source))}`, cite(code.provision, own.source), 'refusalNotice.reasons'));
  }
  if (code.ombudsmanRight && !own.ombudsmanRight && policy.ombudsman.schemeMember) {
    out.push(finding('breach', 'refusal-without-ombudsman-right', `${PROVIDES_TEXTS.refusalNoRight}${(quoted ??= said(own.source))}`, cite(code.provision, own.source), 'refusalNotice.ombudsmanRight'));
  }
}

const ITEM_WORDS: Record<string, string> = {
  stage: 'the complaint stage',
  definition: 'the complaint definition',
  decision: 'the decision',
  reasons: 'the reasons',
  remedy: 'the remedy offered',
  'outstanding-actions': 'outstanding actions',
  escalation: 'how to escalate',
  ombudsman: 'how to go to the Ombudsman',
};

/** The bit of a response item (its place in the schema's `RESPONSE_ITEMS`), or 0 for one the schema does not know (a draft's). */
function itemBit(item: unknown): number {
  const i = RESPONSE_ITEMS.indexOf(item as (typeof RESPONSE_ITEMS)[number]);
  return i < 0 ? 0 : 1 << i;
}

/**
 * The fixed parts of the response findings of each stage, read from the Code table once: the
 * message when the policy is silent, and, per Code item, the message (before the policy's quote)
 * and the note of its source.
 */
const RESPONSE_TEXTS = /* @__PURE__ */ (() =>
  ([1, 2] as const).map((stage) => {
    const code = codeStageRules(stage).response;
    return {
      stage,
      code,
      path: `responses.stages.${stage - 1}.items`,
      silentCode: `stage${stage}-response-items-silent` as const,
      missingCode: `stage${stage}-response-missing-item` as const,
      silent: `The policy does not say what a stage ${stage} response contains; the Code lists items a to ${code.items.at(-1)!.letter} (${code.provision}).`,
      items: code.items.map((item, k) => ({
        item: item.item,
        bit: itemBit(item.item),
        message: `The policy's list of what a stage ${stage} response says does not include ${ITEM_WORDS[item.item]}; the Code requires "${CODE_2024_WORDS.responseItems[stage - 1]![k]}" (${code.provision}(${item.letter})).`,
        note: `item ${item.letter}`,
      })),
    };
  }))();

/**
 * A list to read element by element: a copy when it is a frozen array. Built-in policies are
 * deep-frozen, and on Node 20 reading a frozen array's elements one by one is several times slower
 * than copying it with a spread (which takes the fast path) and reading the copy. Anything else
 * (a host's own list, or a draft's value that is no list) is returned as it is.
 */
function readable<T>(list: readonly T[]): readonly T[] {
  return Array.isArray(list) && Object.isFrozen(list) ? [...list] : list;
}

/** `list.includes(value)` for a plain (unfrozen) array: an index loop. */
function holds(list: readonly unknown[], value: unknown): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** Whether a ground is one of the Code's acceptable exclusions. */
const acceptableExclusion = (ground: unknown): boolean => holds(CODE_ACCEPTABLE_EXCLUSIONS, ground);

/** Code 6.9 and 6.19: what each stage's response must contain, item by item, against the policy's list. */
function checkResponses(out: PolicyFinding[], policy: Provides): void {
  for (let s = 0; s < RESPONSE_TEXTS.length; s++) {
    const r = RESPONSE_TEXTS[s]!;
    const own = policy.responses.stages[s];
    if (own === undefined || own.items === null) {
      out.push(finding('warning', r.silentCode, r.silent, cite(r.code.provision, own?.source), r.path));
      continue;
    }
    // The policy's list, read once into the bits of the Code items it holds when it is an array;
    // anything else (a draft's) is searched with its own `includes`, as before.
    const items = own.items;
    const list = Array.isArray(items);
    let has = 0;
    if (list) for (let i = 0; i < items.length; i++) has |= itemBit(items[i]);
    // The policy's quote closes every missing item's message: made once per stage.
    let quoted: string | undefined;
    for (let i = 0; i < r.items.length; i++) {
      const item = r.items[i]!;
      if (list ? (has & item.bit) !== 0 : (items as { includes(x: unknown): boolean }).includes(item.item)) continue;
      // Outside the Ombudsman's scheme there is no Ombudsman to direct the resident to (3.7).
      if (item.item === 'ombudsman' && !policy.ombudsman.schemeMember) continue;
      quoted ??= said(own.source);
      out.push(finding('breach', r.missingCode, `${item.message}${quoted}`, cite(r.code.provision, own.source, item.note), r.path));
    }
  }
}

/** Code 5.10 (reasonable adjustments recorded and reviewed) and 5.9 (intervals agreed when a response will be late). */
function checkAdjustmentsAndUpdates(out: PolicyFinding[], policy: Provides): void {
  const adj = CODE_2024.adjustments;
  const a = policy.adjustments;
  if (a === null || a === undefined) {
    out.push(finding('warning', 'adjustments-silent', PROVIDES_TEXTS.adjustmentsSilent, { provision: adj.provision }, 'adjustments'));
  } else {
    let quoted: string | undefined;
    if (adj.recorded && !a.recorded) {
      out.push(finding('breach', 'adjustments-not-recorded', `${PROVIDES_TEXTS.adjustmentsNotRecorded}${(quoted ??= said(a.source))}`, cite(adj.provision, a.source), 'adjustments.recorded'));
    }
    if (adj.reviewed && !a.reviewed) {
      out.push(finding('breach', 'adjustments-not-reviewed', `${PROVIDES_TEXTS.adjustmentsNotReviewed}${(quoted ??= said(a.source))}`, cite(adj.provision, a.source), 'adjustments.reviewed'));
    }
  }
  const upd = CODE_2024.updates;
  const u = policy.updates;
  if (u === null || u === undefined) {
    out.push(finding('warning', 'updates-silent', PROVIDES_TEXTS.updatesSilent, { provision: upd.provision }, 'updates'));
  } else if (upd.agreedIntervalsWhenLate && !u.agreedIntervalsWhenLate) {
    out.push(finding('breach', 'no-agreed-update-intervals', `${PROVIDES_TEXTS.noAgreedIntervals}${said(u.source)}`, cite(upd.provision, u.source), 'updates.agreedIntervalsWhenLate'));
  }
}

/**
 * Every section a value's source cites is one the policy lists (when it lists its sections): a
 * variant that renumbers its sections but keeps a base policy's sources would otherwise cite
 * sections it does not have. A note, on the provision the value implements where it names one.
 *
 * A policy the library validated (and froze) has the schema's shape, so its sources sit only where
 * the schema puts them: {@link checkedSources} reads each of those, in the order of the objects'
 * own keys (the schema's order, in which the schema built them), instead of walking every value.
 * Any other policy (a host's own, or a draft of any shape) is walked in full. Both find the same
 * sources in the same order (test/policy/lint-sources.test.ts).
 */
function citedSections(out: PolicyFinding[], policy: Pick<Policy, 'sections'>): void {
  const sections = policy.sections;
  if (sections === null || sections === undefined) return;
  // One map for the call: each section the policy lists (bit 1) and each text found to cite only
  // listed sections (bit 2), in the order they were first met.
  const seen = new Map<string, number>();
  for (let i = 0; i < sections.length; i++) seen.set(sections[i]!.number, LISTED);
  const scan: SectionScan = { out, seen, listed: undefined, last: undefined };
  if (isChecked(policy)) checkedSources(scan, policy as Policy);
  else walkSources(scan, policy);
}

/** {@link SectionScan.seen}'s bits: a section the policy lists; a text found to cite only listed sections. */
const LISTED = 1;
const FINE = 2;

/** One call's state: the findings, the sections the policy lists, and the texts found to cite only those. */
interface SectionScan {
  readonly out: PolicyFinding[];
  /** The sections the policy lists and the texts read so far, with their bits (LISTED, FINE). */
  readonly seen: Map<string, number>;
  /** The listed sections as the message writes them, made for the first finding. */
  listed: string | undefined;
  /** The text last found to cite only listed sections. */
  last: string | undefined;
}

/** Whether a character may be one `String.prototype.trim` removes (so a part is trimmed by it). */
const maybeSpace = (c: number): boolean => c <= 32 || c === 160 || c >= 5760;

/** Whether the policy lists section `one`. */
const listed = (scan: SectionScan, one: string): boolean => ((scan.seen.get(one) ?? 0) & LISTED) !== 0;

/**
 * The sections a source's `policy` text names (separated by commas, trimmed) that the policy does
 * not list, or undefined when there are none (or the source names no section). Most sources of a
 * policy repeat a few texts: each is read once per call. A text naming one section is read
 * without splitting; one naming several is cut at its commas, each part trimmed of spaces and
 * then, only when it may hold other white space, by `trim` (the same parts as splitting and trimming).
 */
function unknownOf(scan: SectionScan, src: Source | undefined): string[] | undefined {
  if (src === undefined) return undefined;
  const text: unknown = src.policy;
  // A draft's text that is no string names no section (the value check reports it).
  if (typeof text !== 'string' || text === '') return undefined;
  // Neighbouring values are mostly read from the same sections: the text just found fine is
  // compared first, then those found before.
  if (text === scan.last) return undefined;
  const seen = scan.seen;
  const bits = seen.get(text);
  if (bits !== undefined && (bits & FINE) !== 0) {
    scan.last = text;
    return undefined;
  }
  let unknown: string[] | undefined;
  let comma = text.indexOf(',');
  if (comma < 0) {
    const one = text.trim();
    if (one !== '' && !listed(scan, one)) return [one];
  } else {
    let from = 0;
    for (;;) {
      const end = comma < 0 ? text.length : comma;
      let a = from;
      let b = end;
      while (a < b && text.charCodeAt(a) === 32) a++;
      while (b > a && text.charCodeAt(b - 1) === 32) b--;
      if (a < b) {
        let one = text.slice(a, b);
        if (maybeSpace(one.charCodeAt(0)) || maybeSpace(one.charCodeAt(one.length - 1))) one = one.trim();
        if (one !== '' && !listed(scan, one)) (unknown ??= []).push(one);
      }
      if (comma < 0) break;
      from = comma + 1;
      comma = text.indexOf(',', from);
    }
  }
  if (unknown === undefined) {
    seen.set(text, (bits ?? 0) | FINE);
    scan.last = text;
  }
  return unknown;
}

/** The note on a source at `where` (the dot path of the value it belongs to) citing `unknown`. */
function unknownNote(scan: SectionScan, src: Source, unknown: readonly string[], where: string): void {
  if (scan.listed === undefined) {
    const numbers: string[] = [];
    for (const [text, bits] of scan.seen) if ((bits & LISTED) !== 0) numbers.push(text);
    scan.listed = numbers.join(', ');
  }
  scan.out.push(finding('note', 'source-cites-unknown-section', `The source of ${where === '' ? 'the policy' : where} cites ${unknown.join(', ')}, which the policy's sections do not list (${scan.listed}): restate it in the policy's own numbers.`, src.provision === undefined ? { note: 'policy.sections' } : { provision: src.provision, policy: src.policy! }, where === '' ? 'source' : `${where}.source`));
}

/** A source at a fixed place. */
function at(scan: SectionScan, src: Source | undefined, where: string): void {
  const unknown = unknownOf(scan, src);
  if (unknown !== undefined) unknownNote(scan, src!, unknown, where);
}

/** A list element's source, at `where.i` (the path written only for a finding). */
function item(scan: SectionScan, src: Source, where: string, i: number): void {
  const unknown = unknownOf(scan, src);
  if (unknown !== undefined) unknownNote(scan, src, unknown, `${where}.${i}`);
}

/**
 * The sources of a validated policy, where its schema puts them, in its keys' order. Each place is
 * read, and its text compared with the one last found fine, at its own line: a read shared by
 * every place sees every kind of value and source, which V8 reads several times slower.
 */
function checkedSources(scan: SectionScan, p: Policy): void {
  let s: Source;
  const closures = p.closures;
  if (closures !== undefined) for (let i = 0; i < closures.length; i++) if ((s = closures[i]!.source).policy !== scan.last) item(scan, s, 'closures', i);
  if ((s = p.ombudsman.source).policy !== scan.last) at(scan, s, 'ombudsman');
  const roles = p.roles;
  for (const id in roles) if ((s = roles[id]!.source).policy !== scan.last) at(scan, s, `roles.${id}`);
  const procedures = p.procedures;
  for (let i = 0; i < procedures.length; i++) {
    const proc = procedures[i]!;
    const stages = proc.stages;
    for (let k = 0; k < stages.length; k++) if ((s = stages[k]!.source).policy !== scan.last) item(scan, s, `procedures.${i}.stages`, k);
    if ((s = proc.source).policy !== scan.last) at(scan, s, `procedures.${i}`);
  }
  const stages = p.stages;
  for (let i = 0; i < stages.length; i++) {
    const st = stages[i]!;
    if (st.acknowledge !== null && (s = st.acknowledge.source).policy !== scan.last) at(scan, s, `stages.${i}.acknowledge`);
    if (st.respond !== null && (s = st.respond.source).policy !== scan.last) at(scan, s, `stages.${i}.respond`);
    const e = st.extension;
    const not = e.whenAgreementNotReached;
    if (not !== undefined && not !== null && (s = not.source).policy !== scan.last) at(scan, s, `stages.${i}.extension.whenAgreementNotReached`);
    if ((s = e.source).policy !== scan.last) at(scan, s, `stages.${i}.extension`);
  }
  const responses = p.responses.stages;
  for (let i = 0; i < responses.length; i++) if ((s = responses[i]!.source).policy !== scan.last) item(scan, s, 'responses.stages', i);
  if (p.refusalNotice !== null && (s = p.refusalNotice.source).policy !== scan.last) at(scan, s, 'refusalNotice');
  if (p.adjustments !== null && (s = p.adjustments.source).policy !== scan.last) at(scan, s, 'adjustments');
  if (p.updates !== null && (s = p.updates.source).policy !== scan.last) at(scan, s, 'updates');
  const esc = p.escalation;
  const w = esc.window;
  if (w !== null) {
    if ('laterOf' in w) {
      const later = w.laterOf;
      for (let i = 0; i < later.length; i++) if ((s = later[i]!.source).policy !== scan.last) item(scan, s, 'escalation.window.laterOf', i);
    }
    if ((s = w.source).policy !== scan.last) at(scan, s, 'escalation.window');
  }
  if (esc.direct !== undefined && (s = esc.direct.source).policy !== scan.last) at(scan, s, 'escalation.direct');
  if ((s = esc.source).policy !== scan.last) at(scan, s, 'escalation');
  if ((s = p.timeLimit.source).policy !== scan.last) at(scan, s, 'timeLimit');
  const exclusions = p.exclusions;
  for (let i = 0; i < exclusions.length; i++) if ((s = exclusions[i]!.source).policy !== scan.last) item(scan, s, 'exclusions', i);
  const remedies = p.remedies;
  for (let i = 0; i < remedies.length; i++) if ((s = remedies[i]!.source).policy !== scan.last) item(scan, s, 'remedies', i);
  if ((s = p.financialRemedies.source).policy !== scan.last) at(scan, s, 'financialRemedies');
  const factors = p.detrimentFactors.factors;
  if (factors !== null) for (let i = 0; i < factors.length; i++) if ((s = factors[i]!.source).policy !== scan.last) item(scan, s, 'detrimentFactors.factors', i);
  if ((s = p.detrimentFactors.source).policy !== scan.last) at(scan, s, 'detrimentFactors');
  if (p.ombudsmanEvidence !== null && (s = p.ombudsmanEvidence.source).policy !== scan.last) at(scan, s, 'ombudsmanEvidence');
  const channels = p.channels;
  for (let i = 0; i < channels.length; i++) if ((s = channels[i]!.source).policy !== scan.last) item(scan, s, 'channels', i);
  if ((s = p.representatives.source).policy !== scan.last) at(scan, s, 'representatives');
}

/** The sources of any value, walked in full: every `source` key's object, outside `sections`. */
function walkSources(scan: SectionScan, policy: object): void {
  // The path is kept as a stack (array indexes as numbers, which join as their digits) and joined
  // only for a finding: most nodes cite nothing unknown.
  const path: (string | number)[] = [];
  const walk = (value: object): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (v === null || typeof v !== 'object') continue;
        path.push(i);
        walk(v);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === null || typeof v !== 'object') continue;
      if (key === 'source') {
        const src = v as Source;
        const unknown = unknownOf(scan, src);
        if (unknown !== undefined) unknownNote(scan, src, unknown, path.join('.'));
      } else if (key !== 'sections') {
        path.push(key);
        walk(v);
        path.pop();
      }
    }
  };
  walk(policy);
}

/** Where lintPolicy's argument errors point. */
const AT_POLICY = { fn: 'lintPolicy', path: 'policy' } as const;
const AT_STAGES = { fn: 'lintPolicy', path: 'policy.stages' } as const;
const AT_PROCEDURES = { fn: 'lintPolicy', path: 'policy.procedures' } as const;

/**
 * The fixed start of the message on each exclusion ground the Code does not name, by ground, and
 * `null` for the grounds it names: one lookup answers both (a draft's ground that is none of them
 * is checked and gets its own).
 */
const EXCLUSION_OPENINGS = /* @__PURE__ */ (() => new Map<unknown, string | null>(EXCLUSION_GROUNDS.map((g) => [g, acceptableExclusion(g) ? null : `The policy excludes '${g}' (`])))();
/** The paths of the first exclusions (`exclusions.0` ...), made once. */
const EXCLUSION_PATHS = /* @__PURE__ */ (() => Array.from({ length: 32 }, (_, i) => `exclusions.${i}`))();

/**
 * Checks a policy against the Complaint Handling Code 2024 and returns what falls short:
 * `breach` (the policy as written fails a provision), `warning` (it risks failing one) and `note`
 * (worth knowing: an exclusion ground beyond the Code's three that must be fair and reasonable, a
 * timescale counted from a different event than the Code's, an organisation outside the
 * Ombudsman's scheme). Every finding cites the Code provision in `source.provision` (and the
 * policy section in `source.policy` where the value has one) and the dot `path` of the value.
 * Stricter than the Code is never a finding. The lint is monotone: lengthening a landlord's
 * timescale or extension allowance never removes a finding.
 *
 * @example
 * ```ts
 * import { lintPolicy, policies } from 'housing-complaints/policy';
 * lintPolicy(policies.wellington).filter((f) => f.severity === 'breach'); // []
 * lintPolicy(policies.chsCommercialClient).map((f) => f.source.provision); // includes '2.3', '6.5'
 * ```
 */
export function lintPolicy(policy: Policy | LintablePolicy): PolicyFinding[] {
  const draft = expectObject(AT_POLICY, policy, 'a Policy or a policy-shaped draft');
  const stages = expectArray(AT_STAGES, draft.stages);
  const procedures = expectArray(AT_PROCEDURES, draft.procedures);
  // The lint reads each stage and each procedure's stages: a draft must have objects there (a
  // wrong value inside one is a finding; a missing one is this error, naming where).
  for (let i = 0; i < stages.length; i++) expectObject({ fn: 'lintPolicy', path: `policy.stages.${i}` }, stages[i], 'a stage object');
  for (let i = 0; i < procedures.length; i++) {
    const proc = expectObject({ fn: 'lintPolicy', path: `policy.procedures.${i}` }, procedures[i], 'a procedure object');
    const procStages = expectArray({ fn: 'lintPolicy', path: `policy.procedures.${i}.stages` }, proc['stages']);
    for (let j = 0; j < procStages.length; j++) expectObject({ fn: 'lintPolicy', path: `policy.procedures.${i}.stages.${j}` }, procStages[j], 'a procedure stage object');
  }
  // A built-in policy is validated and deep-frozen: it cannot change, so neither can its findings.
  // They are worked out on its first lint and copied for every call. Any other policy (a host's
  // own, parsed, derived or edited in place) is linted afresh on every call.
  if (isValidated(policy)) {
    let found = LINTED.get(policy);
    if (found === undefined) LINTED.set(policy, (found = lintAfresh(policy)));
    return copies(found);
  }
  return lintAfresh(policy);
}

/** The findings of each built-in policy (validated and deep-frozen), from its first lint. */
const LINTED = new WeakMap<object, readonly PolicyFinding[]>();

/**
 * Copies of kept findings, each with its own source, so that a caller who changes a finding or its
 * source changes only its own. Each is built as a literal in the order every finding of the lint
 * has (severity, code, message, source, path) and each source in the order of {@link cite}
 * (provision, policy, quote, note): a spread of the kept objects would take V8's slow generic copy.
 * test/policy/lint-kept.test.ts compares the copies with a fresh lint, key order included.
 */
function copies(found: readonly PolicyFinding[]): PolicyFinding[] {
  const out: PolicyFinding[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const s = f.source;
    const source = sourceOf(s.provision, s.policy, s.quote, s.note);
    out.push(f.path === undefined ? { severity: f.severity, code: f.code, message: f.message, source } : { severity: f.severity, code: f.code, message: f.message, source, path: f.path });
  }
  return out;
}

/** {@link lintPolicy}'s work, done on every call for a policy that is not a built-in. */
function lintAfresh(policy: Policy | LintablePolicy): PolicyFinding[] {
  const out: PolicyFinding[] = invalidValues(policy);
  if (out.length === 0) return compareWithCode(policy, out);
  // A draft with values the schema refuses: the comparisons run as far as they can read it. Where
  // one meets a value it cannot read (a part that is null or not an object), the findings are the
  // refused values and a note that the comparison stopped, never a TypeError.
  const refused = out.length;
  try {
    return compareWithCode(policy, out);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    out.length = refused;
    out.push(finding('note', 'comparison-stopped', `The lint stopped comparing the policy with the Code at a value it could not read; the ${refused === 1 ? 'finding above names the value' : `${refused} findings above name the values`} the policy schema refuses. Mend ${refused === 1 ? 'it' : 'them'} and lint again for the full comparison.`, { note: 'the policy schema' }));
    return out;
  }
}

/** The comparison of a policy with the Code table, each finding added to `out` (which holds the refused values, if any). */
function compareWithCode(policy: Policy | LintablePolicy, out: PolicyFinding[]): PolicyFinding[] {
  // The scheme says what the policy is measured against (SCHEMES): the Code, or a model procedure.
  const scheme = policyScheme(policy);
  if (scheme.measuredAgainst !== 'code-2024') return [...out, ...modelFindings(policy, scheme), ...contactFindings(policy, scheme)];

  // Two stages, no more (5.3) and no fewer (6.10: an unresolved complaint must go to stage 2).
  if (policy.stages.length > 2) {
    out.push(finding('breach', 'stage-count', `The policy has ${policy.stages.length} stages; a process with more than two stages is not acceptable under any circumstances (5.3).`, { provision: '5.3' }, 'stages'));
  } else if (policy.stages.length < 2) {
    out.push(finding('breach', 'stage-count', `The policy has ${policy.stages.length} stage${policy.stages.length === 1 ? '' : 's'}; the Code's process has two: a complaint not resolved at stage 1 must be progressed to stage 2 (6.10, 5.3).`, { provision: '6.10' }, 'stages'));
  }
  // Index loops rather than forEach or destructuring: a built-in policy is deep-frozen, and V8's
  // fast paths for forEach, filter, some and array destructuring do not take frozen arrays.
  for (let i = 0; i < policy.procedures.length; i++) {
    const proc = policy.procedures[i]!;
    if (proc.stages.length !== 2) {
      const which = proc.stages.length > 2 ? CODE_2024.stageCount.provision : CODE_2024.mustEscalate.provision;
      out.push(finding('breach', 'procedure-stage-count', `Procedure ${proc.id} has ${proc.stages.length} stages; the Code's process has exactly two (${which}).`, cite(which, proc.source), `procedures.${i}.stages`));
    }
    const first = proc.stages[0];
    const second = proc.stages[1];
    if (first !== undefined && second !== undefined && (first.decides === second.decides || first.investigates === second.investigates)) {
      const same = first.decides === second.decides ? `decides (${first.decides})` : `investigates (${first.investigates})`;
      out.push(finding('warning', 'same-handler-both-stages', `In procedure ${proc.id} the same role ${same} at stage 1 and stage 2; the person considering the complaint at stage 2 must not be the one who considered it at stage 1 (6.13).`, cite('6.13', second.source), `procedures.${i}.stages.1`));
    }
  }

  const stage1 = policy.stages[0];
  const stage2 = policy.stages[1];
  if (stage1 !== undefined) {
    if (stage1.acknowledge === null) missingAcknowledgement(out, 1);
    else checkTimescale(out, TIMESCALE_CHECKS[0]!, stage1.acknowledge);
    if (stage1.respond === null) missingResponse(out, 1);
    else checkTimescale(out, TIMESCALE_CHECKS[1]!, stage1.respond);
    checkExtension(out, 1, stage1, policy.ombudsman.schemeMember);
  }
  if (stage2 !== undefined) {
    if (stage2.acknowledge === null) missingAcknowledgement(out, 2);
    else checkTimescale(out, TIMESCALE_CHECKS[2]!, stage2.acknowledge);
    if (stage2.respond === null) missingResponse(out, 2);
    else checkTimescale(out, TIMESCALE_CHECKS[3]!, stage2.respond);
    checkExtension(out, 2, stage2, policy.ombudsman.schemeMember);
  }

  // Recurring closures long enough to swallow a Code timescale.
  pushClosureFindings(out, policy, CODE_TIMESCALES);
  // Code provisions the data names for its timescales and response contents, against the Code table.
  pushProvisionFindings(out, policy);

  if (policy.receiptOnNonWorkingDay === 'next-working-day') {
    const ack = CODE_2024.stages[0].acknowledge;
    out.push(finding('warning', 'receipt-counted-from-next-working-day', `The policy counts a complaint received on a non-working day from the next working day; the Code counts working days from the complaint being received (${ack.provision}), so a Saturday complaint would be acknowledged a working day later than the Code allows.`, { provision: ack.provision }, 'receiptOnNonWorkingDay'));
  }
  if (policy.escalation.reasonsRequired) {
    out.push(finding('breach', 'escalation-reasons-required', 'The policy requires reasons for a stage 2 request; residents must not be required to explain their reasons (6.12).', cite('6.12', policy.escalation.source), 'escalation.reasonsRequired'));
  }

  const t = policy.timeLimit;
  const limit = CODE_2024.timeLimit;
  // The policy's quote closes each time limit message: made once.
  let quoted: string | undefined;
  if (t.months < limit.months) {
    out.push(finding('breach', 'time-limit-too-short', `The policy accepts complaints within ${t.months}${PROVIDES_TEXTS.timeLimitTooShortTail}${(quoted ??= said(t.source))}`, cite(limit.provision, t.source), 'timeLimit.months'));
  }
  if (t.from !== limit.from && limit.from === 'later-of-issue-and-awareness') {
    out.push(finding('breach', 'time-limit-no-awareness-limb', `The policy counts its ${t.months}${PROVIDES_TEXTS.noAwarenessLimbTail}${(quoted ??= said(t.source))}`, cite(limit.provision, t.source), 'timeLimit.from'));
  }
  if (!t.discretion && limit.discretion) {
    out.push(finding('breach', 'no-discretion', `${PROVIDES_TEXTS.noDiscretion}${(quoted ??= said(t.source))}`, cite(limit.provision, t.source), 'timeLimit.discretion'));
  }

  checkRefusalNotice(out, policy);
  checkResponses(out, policy);
  checkAdjustmentsAndUpdates(out, policy);
  citedSections(out, policy);

  // A copy of the list (see checkResponses: a frozen array's elements are slow to read one by one).
  const exclusions = readable(policy.exclusions);
  for (let i = 0; i < exclusions.length; i++) {
    const x = exclusions[i]!;
    const known = EXCLUSION_OPENINGS.get(x.ground);
    if (known === null) continue;
    if (known !== undefined || !acceptableExclusion(x.ground)) {
      const opening = known ?? `The policy excludes '${x.ground}' (`;
      out.push(finding('note', 'exclusion-beyond-code', `${opening}${x.description}). The Code names only three acceptable exclusions (time limit, legal proceedings, matters already considered); any other must be fair and reasonable to residents, explained in writing and never applied as a blanket rule (2.2, 2.4, 2.5).`, cite('2.2', x.source), EXCLUSION_PATHS[i] ?? `exclusions.${i}`));
    }
  }

  const o = policy.ombudsman;
  if (o.schemeMember) {
    if (o.contact === undefined) {
      out.push(finding('breach', 'no-ombudsman-information', "The organisation is a member of the Housing Ombudsman's scheme but the policy gives no Ombudsman contact details; residents must be told of their right to access the Ombudsman and how to engage with it (3.7).", cite('3.7', o.source), 'ombudsman.contact'));
    } else if (o.contact.phone === undefined && o.contact.email === undefined && o.contact.website === undefined) {
      out.push(finding('warning', 'ombudsman-contact-incomplete', 'The policy names the Ombudsman but gives no telephone, email or website; residents must be told how to engage with the Ombudsman (3.7).', cite('3.7', o.source), 'ombudsman.contact'));
    }
  } else {
    out.push(finding('note', 'outside-ombudsman-scheme', `${policy.organisation} is outside the Housing Ombudsman's scheme for the complaints this policy covers, so the Code does not bind it; the other findings measure the policy against the Code as a benchmark (3.7: residents' right to access the Ombudsman does not arise).`, cite('3.7', o.source), 'ombudsman.schemeMember'));
  }

  if (!policy.representatives.allowed) {
    out.push(finding('breach', 'no-representatives', 'The policy does not let residents have a representative deal with their complaint (3.6).', cite('3.6', policy.representatives.source), 'representatives.allowed'));
  }
  if (policy.channels.length === 0) {
    out.push(finding('breach', 'no-channels', 'The policy names no channel through which a complaint can be made (3.1, 3.2).', { provision: '3.1' }, 'channels'));
  }
  pushContactFindings(out, policy, scheme);
  return out;
}
