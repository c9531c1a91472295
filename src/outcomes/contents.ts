import type { Finding } from '../core/finding.js';
import type { Source } from '../core/source.js';
import type { Policy, ResponseItem } from '../policy/schema.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { codeStageRules } from '../policy/code2024-requirements.js';
import { codeBinds } from '../policy/scheme-basics.js';
import { derivedParse } from '../core/derived-schema.js';
import { outstandingActionChecks } from './outcome-checks.generated.js';
import { OutstandingAction, type ResponseDraft } from './types.js';
import { parseRemedy } from './remedies.js';
import { describeValue, expectObject, expectOneOf } from '../core/guard.js';

/**
 * Options for {@link checkResponseContents}.
 *
 * @example
 * ```ts
 * declare const draft: ResponseDraft;
 * checkResponseContents(2, draft, responseContentsOptions(policies.chsCommercialClient));
 * ```
 */
export interface CheckResponseContentsOptions {
  /**
   * Whether the organisation is a member of the Housing Ombudsman's scheme (default `true`). A
   * member's responses are held to the Code's items (6.9 at stage 1, 6.19 at stage 2) as well as
   * its policy's; a non-member's only to its policy's.
   */
  readonly schemeMember?: boolean;
  /**
   * What the policy says the responses at each stage contain (`policy.responses`). Absent, only
   * the Code's items apply (and none when `schemeMember` is `false`).
   */
  readonly responses?: Pick<Policy, 'responses'>['responses'];
  /**
   * Whether the stage 1 response must also say that the complainant may refer the complaint to the
   * Housing Ombudsman, when no `responses` are given (a policy says it by listing `'ombudsman'`
   * among its stage 1 items).
   */
  readonly ombudsmanAtStage1?: boolean;
  /**
   * The policy section to cite beside the Code when no `responses` are given (with `responses`,
   * each stage's `source.policy` is cited).
   */
  readonly section?: string;
}

/**
 * The {@link CheckResponseContentsOptions} a policy sets: whether it is in the Ombudsman's scheme
 * and what its responses contain (`policy.responses`). The lifecycle and the letters both check
 * responses with these, so the two never disagree.
 *
 * @example
 * ```ts
 * responseContentsOptions(policies.wellington); // { schemeMember: true, responses: policies.wellington.responses }
 * responseContentsOptions(policies.spsoModelScotland).schemeMember; // false: the Code does not bind it
 * ```
 */
export function responseContentsOptions(policy: Pick<Policy, 'ombudsman' | 'responses'>): CheckResponseContentsOptions {
  expectObject({ fn: 'responseContentsOptions', path: 'policy.ombudsman' }, expectObject({ fn: 'responseContentsOptions', path: 'policy' }, policy, 'a Policy').ombudsman);
  // The Code's items bind only a member of a scheme measured against the Code (a policy in the
  // SPSO's scheme is held to its own items alone).
  return { schemeMember: codeBinds(policy), responses: policy.responses };
}

const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';

/**
 * Findings for fields of host data that are present but of the wrong type (a number where text
 * belongs, a list that is not a list): each is a breach naming the field, and the checks then
 * read the field as not given.
 *
 * @internal
 * @example
 * ```ts
 * wrongTypes({ reasons: 12 }, { reasons: 'text' }, 'response-invalid-field', { provision: '6.9' });
 * ```
 */
export function wrongTypes(data: Record<string, unknown>, fields: Readonly<Record<string, 'text' | 'list' | 'number'>>, code: string, source: Source): Finding[] {
  const out: Finding[] = [];
  for (const [field, kind] of Object.entries(fields)) {
    const v = Object.hasOwn(data, field) ? data[field] : undefined;
    if (v === undefined) continue;
    const fine = kind === 'text' ? typeof v === 'string' : kind === 'list' ? Array.isArray(v) : typeof v === 'number';
    if (!fine) {
      const expected = kind === 'text' ? 'text' : kind === 'list' ? 'a list' : 'a number';
      out.push({ severity: 'breach', code, message: `${field} must be ${expected}, got ${describeValue(v)}.`, source, path: field });
    }
  }
  return out;
}

const DRAFT_FIELDS = {
  complaintDefinition: 'text',
  reasons: 'text',
  noRemedyReason: 'text',
  escalation: 'text',
  ombudsman: 'text',
  remedies: 'list',
  outstandingActions: 'list',
} as const;

/** What one item requires and who requires it: the Code (provision and letter) and/or the policy. */
interface Requirement {
  readonly code?: { readonly provision: string; readonly letter: string };
  readonly policy?: string;
  readonly policyQuote?: string;
}

/** The items a stage's response must contain, each with who requires it. */
function requirements(stage: 1 | 2, options: CheckResponseContentsOptions): Map<ResponseItem, Requirement> {
  const out = new Map<ResponseItem, Requirement>();
  const code = codeStageRules(stage).response;
  const own = options.responses?.stages[stage - 1];
  const section = own !== undefined ? own.source.policy : options.section;
  const policyItems: readonly ResponseItem[] =
    own !== undefined ? (own.items ?? []) : stage === 1 && options.ombudsmanAtStage1 === true ? ['ombudsman'] : [];
  const lists = (item: ResponseItem): boolean => (own !== undefined ? policyItems.includes(item) : section !== undefined || policyItems.includes(item));
  if (options.schemeMember ?? true) {
    for (const i of code.items) {
      out.set(i.item, { code: { provision: code.provision, letter: i.letter }, ...(section !== undefined && lists(i.item) ? { policy: section } : {}) });
    }
  }
  for (const item of policyItems) {
    if (!out.has(item)) out.set(item, section !== undefined ? { policy: section, ...(own?.source.quote !== undefined ? { policyQuote: own.source.quote } : {}) } : {});
  }
  return out;
}

function sourceOf(r: Requirement): Source {
  if (r.code !== undefined) return { provision: r.code.provision, ...(r.policy !== undefined ? { policy: r.policy } : {}), note: `item ${r.code.letter}` };
  return r.policy !== undefined ? { policy: r.policy, ...(r.policyQuote !== undefined ? { quote: r.policyQuote } : {}) } : { note: 'policy responses' };
}

function cited(r: Requirement): string {
  const parts = [r.code !== undefined ? `Code ${r.code.provision}(${r.code.letter})` : '', r.policy !== undefined ? `policy ${r.policy}` : ''].filter((p) => p !== '');
  return parts.length === 0 ? 'the policy' : parts.join('; ');
}

/**
 * What a stage 1 or stage 2 response is missing. A member of the Housing Ombudsman's scheme is held
 * to the Code's items (6.9 at stage 1, 6.19 at stage 2) and to any its policy adds; an organisation
 * outside the scheme only to the items its own policy lists (`policy.responses`, such as CHS s.6).
 * The Code's items: (a) the complaint stage, (b) the complaint definition, (c) the decision, (d)
 * the reasons, (e) the remedy offered (for a complaint upheld in whole or in part, the remedy or
 * why none is; a complaint not upheld may offer none), (f) outstanding actions (an empty list
 * states "none"), and (g) how to escalate to stage 2 (stage 1) or to the Housing Ombudsman (stage
 * 2). Each finding cites whoever requires the item: the Code provision and its letter, and/or the
 * policy's section. A decision that is not an outcome, a remedy that does not say what and by when
 * (Code 7.3) and a malformed outstanding action are always reported. An empty array means the
 * draft says everything it must.
 *
 * @example
 * ```ts
 * const findings = checkResponseContents(1, { stage: 1, decision: 'upheld' });
 * findings.map((f) => f.code);
 * // ['response-missing-definition', 'response-missing-reasons', 'response-missing-remedy',
 * //  'response-missing-outstanding-actions', 'response-missing-escalation']
 * ```
 */
export function checkResponseContents(
  stage: 1 | 2,
  draft: ResponseDraft,
  options: CheckResponseContentsOptions = {},
): Finding[] {
  const fn = 'checkResponseContents';
  expectOneOf({ fn, path: 'stage' }, stage, [1, 2] as const);
  const given = expectObject({ fn, path: 'draft' }, draft, 'a ResponseDraft object');
  expectObject({ fn, path: 'options' }, options);
  const required = requirements(stage, options);
  const anyOf = [...required.values()][0] ?? {};
  const out: Finding[] = [];
  const breach = (c: string, message: string, source: Source, path?: string): void => {
    out.push(path === undefined ? { severity: 'breach', code: c, message, source } : { severity: 'breach', code: c, message, source, path });
  };
  const mistyped = wrongTypes(given, DRAFT_FIELDS, 'response-invalid-field', { note: 'the ResponseDraft field types' });
  out.push(...mistyped);
  if (mistyped.some((f) => f.path === 'remedies' || f.path === 'outstandingActions')) {
    // A list that is not a list is read as not given; the finding above says so.
    draft = {
      ...draft,
      ...(Array.isArray(draft.remedies) ? {} : { remedies: undefined }),
      ...(Array.isArray(draft.outstandingActions) ? {} : { outstandingActions: undefined }),
    } as ResponseDraft;
  }
  const need = (item: ResponseItem): Requirement | undefined => required.get(item);

  const stageReq = need('stage');
  if (draft.stage === undefined) {
    if (stageReq !== undefined) breach('response-missing-stage', `The response must say which stage of the complaints procedure it is (${cited(stageReq)}).`, sourceOf(stageReq), 'stage');
  } else if (draft.stage !== stage) {
    const r = stageReq ?? anyOf;
    breach('response-stage-mismatch', `The response says stage ${draft.stage} but is checked as a stage ${stage} response (${cited(r)}).`, sourceOf(r), 'stage');
  }
  const definition = need('definition');
  if (definition !== undefined && blank(draft.complaintDefinition)) {
    breach('response-missing-definition', `The response must set out the complaint definition (${cited(definition)}).`, sourceOf(definition), 'complaintDefinition');
  }
  const decision = need('decision');
  if (draft.decision !== undefined && !(['upheld', 'partially-upheld', 'not-upheld'] as const).includes(draft.decision)) {
    const r = decision ?? anyOf;
    breach('response-invalid-decision', `The decision must be upheld, partially upheld or not upheld (${cited(r)}); got ${describeValue(draft.decision)}.`, sourceOf(r), 'decision');
  } else if (draft.decision === undefined && decision !== undefined) {
    breach('response-missing-decision', `The response must give the decision on the complaint: upheld, partially upheld or not upheld (${cited(decision)}).`, sourceOf(decision), 'decision');
  }
  const reasons = need('reasons');
  if (reasons !== undefined && blank(draft.reasons)) {
    breach('response-missing-reasons', `The response must give the reasons for any decisions made (${cited(reasons)}).`, sourceOf(reasons), 'reasons');
  }
  const remedies = draft.remedies;
  // The remedy item asks for "the details of any remedy offered": a complaint upheld in whole or in
  // part gives the remedy or says why there is none; a complaint not upheld may offer none.
  const remedy = need('remedy');
  const upheld = draft.decision === 'upheld' || draft.decision === 'partially-upheld';
  if (remedy !== undefined && upheld && (remedies === undefined || remedies.length === 0) && blank(draft.noRemedyReason)) {
    breach('response-missing-remedy', `The complaint is ${draft.decision === 'upheld' ? 'upheld' : 'partially upheld'}: the response must give the details of any remedy offered to put things right, or say why none is offered (${cited(remedy)}).`, sourceOf(remedy), 'remedies');
  }
  const remedyList = remedies ?? [];
  for (let i = 0; i < remedyList.length; i++) {
    const parsed = parseRemedy(remedyList[i], `remedies.${i}`);
    if (!parsed.ok) {
      for (const e of parsed.error) {
        breach('response-invalid-remedy', `Remedy ${i + 1} must say what will happen and by when (Code ${CODE_2024.remedyTracking.provision}): ${e.message}.`, e.source, e.path);
      }
    }
  }
  const actions = need('outstanding-actions');
  if (actions !== undefined && draft.outstandingActions === undefined) {
    breach('response-missing-outstanding-actions', `The response must give details of any outstanding actions, or say there are none (${cited(actions)}).`, sourceOf(actions), 'outstandingActions');
  }
  const actionList = draft.outstandingActions ?? [];
  for (let i = 0; i < actionList.length; i++) {
    // The OutstandingAction schema's checks, derived from it (the same answer and issues as zod's).
    const parsed = derivedParse(outstandingActionChecks, actionList[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      const r = actions ?? anyOf;
      breach('response-invalid-outstanding-action', `Outstanding action ${i + 1} is not stated properly: ${field === '' ? '' : `${field} `}${issue?.message ?? 'is invalid'}.`, sourceOf(r), `outstandingActions.${i}${field === '' ? '' : `.${field}`}`);
    }
  }
  const escalation = need('escalation');
  if (escalation !== undefined && blank(draft.escalation)) {
    breach('response-missing-escalation', `The stage ${stage} response must say how to escalate the matter${stage === 1 ? ' to stage 2' : ''} if the complainant is not satisfied (${cited(escalation)}).`, sourceOf(escalation), 'escalation');
  }
  const ombudsman = need('ombudsman');
  if (ombudsman !== undefined && blank(draft.ombudsman)) {
    breach(
      'response-missing-ombudsman',
      ombudsman.code !== undefined
        ? `The stage ${stage} response must say how to take the matter to the Housing Ombudsman if the complainant remains dissatisfied (${cited(ombudsman)}).`
        : `The response must say that the complainant may refer the complaint to the Housing Ombudsman Service (${cited(ombudsman)}).`,
      sourceOf(ombudsman),
      'ombudsman',
    );
  }
  return out;
}
