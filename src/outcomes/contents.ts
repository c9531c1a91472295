import type { Finding } from '../core/finding.js';
import type { Source } from '../core/source.js';
import type { Policy } from '../policy/schema.js';
import * as z from 'zod/mini';
import { OutstandingAction, type ResponseDraft } from './types.js';
import { parseRemedy } from './remedies.js';
import { describeValue, expectObject, expectOneOf } from '../core/guard.js';

/**
 * Options for {@link checkResponseContents}.
 *
 * @example
 * ```ts
 * checkResponseContents(2, draft, { schemeMember: policies.chsCommercialClient.ombudsman.schemeMember });
 * ```
 */
export interface CheckResponseContentsOptions {
  /**
   * Whether the organisation is a member of the Housing Ombudsman's scheme (default `true`). When
   * `false`, a stage 2 response is not required to explain how to go to the Ombudsman.
   */
  readonly schemeMember?: boolean;
  /**
   * Whether the stage 1 response must also say that the complainant may refer the complaint to the
   * Housing Ombudsman (default `false`). The co-op policies' s.9 says both responses do; the Code
   * (6.9) asks for it only at stage 2 (6.19(g)). A policy states it as `responses.ombudsmanAtStage1`
   * (see {@link responseContentsOptions}).
   */
  readonly ombudsmanAtStage1?: boolean;
  /**
   * The policy's section listing what a response contains (Wellington and Dennetts 's.9', CHS
   * 's.6'), cited in the findings beside the Code provision; absent, findings cite the Code only
   * (the Code policy has no sections). A policy states it as `responses.source.policy`.
   */
  readonly section?: string;
}

/**
 * The {@link CheckResponseContentsOptions} a policy sets: whether it is in the Ombudsman's scheme
 * and what its responses must contain beyond the Code (`policy.responses`). The lifecycle and the
 * letters both check responses with these, so the two never disagree.
 *
 * @example
 * ```ts
 * responseContentsOptions(policies.wellington); // { schemeMember: true, ombudsmanAtStage1: true, section: 's.9' }
 * ```
 */
export function responseContentsOptions(policy: Pick<Policy, 'ombudsman' | 'responses'>): CheckResponseContentsOptions {
  const section = policy.responses.source.policy;
  const base = { schemeMember: policy.ombudsman.schemeMember, ombudsmanAtStage1: policy.responses.ombudsmanAtStage1 };
  return section === undefined ? base : { ...base, section };
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

/**
 * What a stage 1 or stage 2 response is missing (Code 6.9 at stage 1, 6.19 at stage 2; and the
 * policy's section given as `options.section`, such as Wellington s.9 or CHS s.6). An empty array means the draft says everything it must: (a) the complaint stage, (b) the
 * complaint definition, (c) the decision, (d) the reasons, (e) the remedy offered (for a complaint
 * upheld in whole or in part, the remedy or why none is; a complaint not upheld may offer none),
 * (f) outstanding actions (an empty list states "none"), and (g) how to escalate to stage 2
 * (stage 1) or to the Housing Ombudsman (stage 2). Each remedy must say what will happen and by
 * when (Code 7.3).
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
  const schemeMember = options.schemeMember ?? true;
  const provision = stage === 1 ? '6.9' : '6.19';
  const section = options.section;
  // The policy's section for a response's contents, if it has one (never a fixed section number).
  const code = (item: string, policy = true): Source =>
    policy && section !== undefined ? { provision, policy: section, note: `item ${item}` } : { provision, note: `item ${item}` };
  const ref = section === undefined ? '' : `; policy ${section}`;
  const out: Finding[] = [];
  const breach = (c: string, message: string, source: Source, path?: string): void => {
    out.push(path === undefined ? { severity: 'breach', code: c, message, source } : { severity: 'breach', code: c, message, source, path });
  };

  const mistyped = wrongTypes(given, DRAFT_FIELDS, 'response-invalid-field', { provision });
  out.push(...mistyped);
  if (mistyped.some((f) => f.path === 'remedies' || f.path === 'outstandingActions')) {
    // Read a list that is not a list as not given; the finding above says so.
    draft = {
      ...draft,
      ...(Array.isArray(draft.remedies) ? {} : { remedies: undefined }),
      ...(Array.isArray(draft.outstandingActions) ? {} : { outstandingActions: undefined }),
    } as ResponseDraft;
  }
  if (draft.stage === undefined) {
    breach('response-missing-stage', `The response must say which stage of the complaints procedure it is (Code ${provision}(a)).`, code('a', false), 'stage');
  } else if (draft.stage !== stage) {
    breach('response-stage-mismatch', `The response says stage ${draft.stage} but is checked as a stage ${stage} response (Code ${provision}(a)).`, code('a', false), 'stage');
  }
  if (blank(draft.complaintDefinition)) {
    breach('response-missing-definition', `The response must set out the complaint definition (Code ${provision}(b)).`, code('b', false), 'complaintDefinition');
  }
  if (draft.decision !== undefined && !(['upheld', 'partially-upheld', 'not-upheld'] as const).includes(draft.decision)) {
    breach('response-invalid-decision', `The decision must be upheld, partially upheld or not upheld (Code ${provision}(c)${ref}); got ${describeValue(draft.decision)}.`, code('c'), 'decision');
  } else if (draft.decision === undefined) {
    breach('response-missing-decision', `The response must give the decision on the complaint: upheld, partially upheld or not upheld (Code ${provision}(c)${ref}).`, code('c'), 'decision');
  }
  if (blank(draft.reasons)) {
    breach('response-missing-reasons', `The response must give the reasons for any decisions made (Code ${provision}(d)${ref}).`, code('d'), 'reasons');
  }
  const remedies = draft.remedies;
  // (e) asks for "the details of any remedy offered": a complaint upheld in whole or in part gives
  // the remedy or says why there is none; a complaint not upheld may offer none without a reason.
  const upheld = draft.decision === 'upheld' || draft.decision === 'partially-upheld';
  if (upheld && (remedies === undefined || remedies.length === 0) && blank(draft.noRemedyReason)) {
    breach('response-missing-remedy', `The complaint is ${draft.decision === 'upheld' ? 'upheld' : 'partially upheld'}: the response must give the details of any remedy offered to put things right, or say why none is offered (Code ${provision}(e)${ref}).`, code('e'), 'remedies');
  }
  const remedyList = remedies ?? [];
  for (let i = 0; i < remedyList.length; i++) {
    const r = remedyList[i];
    const parsed = parseRemedy(r, `remedies.${i}`);
    if (!parsed.ok) {
      for (const e of parsed.error) {
        breach('response-invalid-remedy', `Remedy ${i + 1} must say what will happen and by when (Code 7.3): ${e.message}.`, e.source, e.path);
      }
    }
  }
  if (draft.outstandingActions === undefined) {
    breach('response-missing-outstanding-actions', `The response must give details of any outstanding actions, or say there are none (Code ${provision}(f)${ref}).`, code('f'), 'outstandingActions');
  }
  const actions = draft.outstandingActions ?? [];
  for (let i = 0; i < actions.length; i++) {
    const parsed = z.safeParse(OutstandingAction, actions[i]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      breach('response-invalid-outstanding-action', `Outstanding action ${i + 1} is not stated properly: ${field === '' ? '' : `${field} `}${issue?.message ?? 'is invalid'}.`, code('f'), `outstandingActions.${i}${field === '' ? '' : `.${field}`}`);
    }
  }
  if (stage === 1 && blank(draft.escalation)) {
    breach('response-missing-escalation', `The stage 1 response must say how to escalate the matter to stage 2 if the complainant is not satisfied (Code 6.9(g)${ref}).`, code('g'), 'escalation');
  }
  const ombudsmanRequired = schemeMember && (stage === 2 || options.ombudsmanAtStage1 === true);
  if (ombudsmanRequired && blank(draft.ombudsman)) {
    breach(
      'response-missing-ombudsman',
      stage === 2
        ? `The stage 2 response must say how to take the matter to the Housing Ombudsman if the complainant remains dissatisfied (Code 6.19(g)${ref}).`
        : `The response must say that the complainant may refer the complaint to the Housing Ombudsman Service (${section === undefined ? 'the policy' : `policy ${section}`}).`,
      stage === 2 ? code('g') : section === undefined ? { note: 'policy responses.ombudsmanAtStage1' } : { policy: section },
      'ombudsman',
    );
  }
  return out;
}
