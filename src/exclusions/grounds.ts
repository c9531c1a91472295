import type { ExclusionGroundId } from '../core/catalogue.js';
import { sourceOf, type Source } from '../core/source.js';
import type { IsoDate } from '../calendar/dates.js';
import { lastDayInTime } from './time-limit.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import type { TimeLimitFrom } from '../policy/schema.js';
import type { ExclusionFacts } from './facts.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * Whether a ground applies: `unknown` when the facts it needs are missing.
 *
 * @example
 * ```ts
 * const a: Applies = 'unknown'; // a fact the ground needs is missing
 * ```
 */
export type Applies = 'yes' | 'no' | 'unknown';

/**
 * What the rule for one ground concluded from the facts.
 *
 * @example
 * ```ts
 * GROUND_RULES.anonymous({ anonymous: true }, policies.wellington.timeLimit).applies; // 'yes'
 * ```
 */
export interface GroundEvaluation {
  readonly applies: Applies;
  /** Plain-English reasoning from the facts used. */
  readonly why: string;
  /** The facts the rule read. */
  readonly factsUsed: readonly (keyof ExclusionFacts)[];
  /** The facts the rule still needs (when `applies` is `unknown`). */
  readonly missing: readonly (keyof ExclusionFacts)[];
  /** Steps the policy requires before a person may decide to rely on this ground. */
  readonly beforeDeciding: readonly string[];
  /** The rule this evaluation applied. */
  readonly rule: Source;
}

/**
 * The time-limit parameters a policy sets (`Policy.timeLimit`).
 *
 * @example
 * ```ts
 * const rule: TimeLimitRule = policies.chsCommercialClient.timeLimit; // 6 months
 * ```
 */
export interface TimeLimitRule {
  readonly months: number;
  /** What the months count from (absent: the later of the issue and awareness, as Code 2.3). */
  readonly from?: TimeLimitFrom;
  readonly recurringException: boolean;
  readonly discretion: boolean;
  readonly source: Source;
}

/** A ground's rule; the check adds the section of the policy that lists the ground. */
/** Messages citing the Code, made once from the Code table (a pure function, so an unused module drops them). */
const MESSAGES = /* @__PURE__ */ (() => ({
  serviceRequestComplaint: `The complainant is dissatisfied with the response to their service request: a complaint must be raised, even if the service request is still being handled (Code ${CODE_2024.serviceRequest.provision}).`,
  loggedAsNew: `Adding it would unreasonably delay the response to the complaint under investigation: it is logged as a new complaint (Code ${CODE_2024.newIssues.provision}).`,
}))();

const S3 = (note: string, provision?: string): Source => (provision === undefined ? { note } : { provision, note });

const evaluation = (
  applies: Applies,
  why: string,
  factsUsed: readonly (keyof ExclusionFacts)[],
  rule: Source,
  extra: { missing?: readonly (keyof ExclusionFacts)[]; beforeDeciding?: readonly string[] } = {},
): GroundEvaluation => ({ applies, why, factsUsed, missing: extra.missing ?? [], beforeDeciding: extra.beforeDeciding ?? [], rule });

const tri = (
  value: boolean | undefined,
  field: keyof ExclusionFacts,
  rule: Source,
  yes: string,
  no: string,
  unknown: string,
): GroundEvaluation =>
  value === undefined
    ? evaluation('unknown', unknown, [], rule, { missing: [field] })
    : evaluation(value ? 'yes' : 'no', value ? yes : no, [field], rule);

function firstRequestOrHandling(
  value: 'first-request' | 'dissatisfied-with-handling' | 'not-involved' | undefined,
  field: 'antiSocialBehaviour' | 'neighbourDispute',
  what: string,
  rule: Source,
): GroundEvaluation {
  switch (value) {
    case undefined:
      return evaluation('unknown', `Not known whether the matter involves ${what}, or whether it is a first request to deal with it.`, [], rule, { missing: [field] });
    case 'first-request':
      return evaluation('yes', `This is a first request to deal with ${what}: it is dealt with under the relevant policy, not as a complaint.`, [field], rule);
    case 'dissatisfied-with-handling':
      return evaluation('no', `The complainant asked for ${what} to be dealt with and is not happy with how it was managed: they may make a complaint.`, [field], rule);
    case 'not-involved':
      return evaluation('no', `The matter does not involve ${what}.`, [field], rule);
  }
}

function timeLimit(facts: ExclusionFacts, rule: TimeLimitRule): GroundEvaluation {
  // Whether the policy counts from the later of the issue and awareness (Code 2.3) or from the issue alone.
  const awareness = (rule.from ?? CODE_2024.timeLimit.from) === 'later-of-issue-and-awareness';
  const note = `${rule.months} calendar months from ${awareness ? 'the issue occurring or the complainant becoming aware of it, whichever is later' : 'the issue occurring (the policy has no limb for becoming aware of it later)'}; the same day of the month ${rule.months} months later is still in time (the last day of that month when the day does not exist).`;
  const src = sourceOf(CODE_2024.timeLimit.provision, rule.source.policy, rule.source.quote, note);
  const used: (keyof ExclusionFacts)[] = [];
  if (rule.recurringException && facts.recurringAndPersisting === true) {
    return evaluation('no', `It is a recurring issue that has continued for longer than ${rule.months} months and is persisting, so it is in time.`, ['recurringAndPersisting'], src);
  }
  if (facts.receivedOn === undefined) {
    return evaluation('unknown', 'The date the complaint was received is needed to apply the time limit.', [], src, { missing: ['receivedOn'] });
  }
  used.push('receivedOn');
  const received: IsoDate = facts.receivedOn;
  // Awareness is never before occurrence, so the later of the two is awareness when it is known.
  const start = awareness ? (facts.becameAwareOn ?? facts.occurredOn) : facts.occurredOn;
  if (start === undefined) {
    return awareness
      ? evaluation('unknown', 'When the issue occurred, or when the complainant became aware of it, is needed to apply the time limit.', used, src, { missing: ['occurredOn', 'becameAwareOn'] })
      : evaluation('unknown', 'When the issue occurred is needed to apply the time limit (the policy counts from the issue, not from when the complainant became aware of it).', used, src, { missing: ['occurredOn'] });
  }
  const startField: keyof ExclusionFacts = awareness && facts.becameAwareOn !== undefined ? 'becameAwareOn' : 'occurredOn';
  if (facts.occurredOn !== undefined) used.push('occurredOn');
  if (awareness && facts.becameAwareOn !== undefined) used.push('becameAwareOn');
  const last = lastDayInTime(start, rule.months, `facts.${startField}`);
  const from = startField === 'becameAwareOn'
    ? `the complainant became aware of the issue on ${start}${facts.occurredOn !== undefined && facts.occurredOn !== start ? ` (it occurred on ${facts.occurredOn})` : ''}`
    : `the issue occurred on ${start}`;
  if (received <= last) {
    return evaluation('no', `Received on ${received}; ${from}, so the complaint is in time up to and including ${last}.`, used, src);
  }
  const recurringMissing = rule.recurringException && facts.recurringAndPersisting === undefined;
  const awarenessMissing = awareness && facts.becameAwareOn === undefined;
  if (recurringMissing || awarenessMissing) {
    const missing: (keyof ExclusionFacts)[] = [];
    if (awarenessMissing) missing.push('becameAwareOn');
    if (recurringMissing) missing.push('recurringAndPersisting');
    return evaluation(
      'unknown',
      `Received on ${received}; ${from}, which is more than ${rule.months} months before (in time only up to ${last}). It may still be in time if ${[
        awarenessMissing ? 'the complainant became aware of it later' : '',
        recurringMissing ? 'it is a recurring issue that is persisting' : '',
      ].filter((s) => s !== '').join(' or ')}.`,
      used,
      src,
      { missing },
    );
  }
  if (rule.recurringException) used.push('recurringAndPersisting');
  return evaluation('yes', `Received on ${received}; ${from}, more than ${rule.months} months before: it was in time only up to and including ${last}${rule.recurringException ? ', and it is not a recurring issue that is persisting' : ''}.`, used, src);
}

/**
 * The rule for each ground, from the policies' s.3 and the Code's section 2. Each reads only the
 * facts it needs and says which it used.
 *
 * @example
 * ```ts
 * GROUND_RULES['legal-proceedings']({ legalClaim: 'pre-action-protocol' }, policies.wellington.timeLimit).why;
 * // 'The complainant is taking pre-litigation action (a pre-action protocol) only: ...'
 * ```
 */
export const GROUND_RULES: { readonly [K in ExclusionGroundId]: (facts: ExclusionFacts, timeLimitRule: TimeLimitRule) => GroundEvaluation } = /* @__PURE__ */ deepFrozen({
  'service-request': (f) => {
    const rule = S3('First time requests for a particular service would not usually be accepted; a complaint is raised when the service user is dissatisfied with the response to their service request.', CODE_2024.serviceRequest.provision);
    switch (f.serviceRequest) {
      case undefined:
        return evaluation('unknown', 'Not known whether this is a first-time request for a service or dissatisfaction with the response to one.', [], rule, { missing: ['serviceRequest'] });
      case 'first-request':
        return evaluation('yes', 'This is a first-time request for a service (for example reporting a repair or asking for information): it is a service request, not a complaint.', ['serviceRequest'], rule);
      case 'dissatisfied-with-response':
        return evaluation('no', MESSAGES.serviceRequestComplaint, ['serviceRequest'], rule);
      case 'not-a-service-request':
        return evaluation('no', 'The matter is not a request for a service.', ['serviceRequest'], rule);
    }
  },
  governance: (f) =>
    tri(f.committeeMemberConduct, 'committeeMemberConduct', S3('Complaints about how a Management Committee member has behaved in governance roles are dealt with through the Code of Conduct.'),
      'It is about how a committee member behaved in a governance role (or how the organisation is governed): it is dealt with through the Code of Conduct.',
      'It is not about how a committee member behaved in a governance role.',
      'Not known whether it is about how a committee member behaved in a governance role.'),
  'business-to-business': (f) =>
    tri(f.managingAgentContract, 'managingAgentContract', S3("Complaints about how CHS has performed its contractual obligations to the Co-op are dealt with through CHS's Business to Business Complaints Policy."),
      "It is about how the managing agent performed its contractual obligations to the co-op: a business to business matter.",
      "It is not about the managing agent's contract with the co-op.",
      "Not known whether it is about the managing agent's contractual obligations to the co-op."),
  'contract-dispute-resolution': (f) =>
    tri(f.contractDisputeResolution, 'contractDisputeResolution', S3('Complaints being dealt with through the dispute resolution procedure as set out in the management contract.'),
      'It is being dealt with through the dispute resolution procedure in the management contract.',
      'It is not being dealt with through the management contract\'s dispute resolution procedure.',
      'Not known whether it is being dealt with through the management contract\'s dispute resolution procedure.'),
  'anti-social-behaviour': (f) =>
    firstRequestOrHandling(f.antiSocialBehaviour, 'antiSocialBehaviour', 'anti-social behaviour or harassment',
      S3('Requests to deal with anti-social behaviour or harassment are dealt with under the relevant policies; a complainant unhappy with how it was managed may then complain.')),
  'neighbour-dispute': (f) =>
    firstRequestOrHandling(f.neighbourDispute, 'neighbourDispute', 'neighbour nuisance or a neighbour dispute',
      S3('Requests to deal with neighbour nuisance or disputes are dealt with under the relevant policies; a complainant unhappy with how it was managed may then complain.')),
  'legal-proceedings': (f) => {
    const rule = S3('Legal proceedings have started when details of the claim, such as the Claim Form and Particulars of Claim, have been filed at court; pre-litigation action (e.g. the disrepair pre-action protocol) is not an active legal claim.', CODE_2024.exclusions.provision);
    switch (f.legalClaim) {
      case undefined:
        return evaluation('unknown', 'Not known whether a legal claim about the matter has been filed at court.', [], rule, { missing: ['legalClaim'] });
      case 'filed-at-court':
        return evaluation('yes', 'A claim has been filed at court: the complaint relates to an active legal claim.', ['legalClaim'], rule);
      case 'pre-action-protocol':
        return evaluation('no', 'The complainant is taking pre-litigation action (a pre-action protocol) only: that is not an active legal claim, so they may make a complaint.', ['legalClaim'], rule);
      case 'none':
        return evaluation('no', 'No legal claim has been filed at court.', ['legalClaim'], rule);
    }
  },
  'damages-claim': (f) =>
    tri(f.damagesClaim, 'damagesClaim', S3('Claims for damages are dealt with as an Insurance Claim, as are other liability issues subject to an insurance claim.'),
      'It is a claim for damages (or a liability issue subject to an insurance claim): it is dealt with as an insurance claim.',
      'It is not a claim for damages.',
      'Not known whether it is a claim for damages.'),
  'new-issue-during-investigation': (f) => {
    const rule = S3('New issues that arise during an investigation are logged as a new complaint unless relevant; additional complaints are incorporated if they are relevant and the response has not yet been issued.', CODE_2024.newIssues.provision);
    if (f.raisedDuringOpenInvestigation === undefined) {
      return evaluation('unknown', 'Not known whether this was raised during the investigation of another complaint.', [], rule, { missing: ['raisedDuringOpenInvestigation'] });
    }
    if (!f.raisedDuringOpenInvestigation) {
      return evaluation('no', 'It was not raised during the investigation of another complaint.', ['raisedDuringOpenInvestigation'], rule);
    }
    const used: (keyof ExclusionFacts)[] = ['raisedDuringOpenInvestigation'];
    if (f.relatedToOpenInvestigation === false) {
      return evaluation('yes', 'It was raised during an investigation but is not related to the complaint under investigation: it is logged as a new complaint.', [...used, 'relatedToOpenInvestigation'], rule);
    }
    if (f.openInvestigationResponseIssued === true) {
      return evaluation('yes', 'It was raised during an investigation whose response has already been issued: it is logged as a new complaint.', [...used, 'openInvestigationResponseIssued'], rule);
    }
    if (f.wouldUnreasonablyDelayResponse === true) {
      return evaluation('yes', MESSAGES.loggedAsNew, [...used, 'wouldUnreasonablyDelayResponse'], rule);
    }
    const missing: (keyof ExclusionFacts)[] = [];
    if (f.relatedToOpenInvestigation === undefined) missing.push('relatedToOpenInvestigation');
    if (f.openInvestigationResponseIssued === undefined) missing.push('openInvestigationResponseIssued');
    if (missing.length > 0) {
      return evaluation('unknown', 'It was raised during an investigation; whether it is related and whether the response has been issued decide whether it is added to that complaint or logged as a new one.', used, rule, { missing });
    }
    return evaluation('no', 'It is related to the complaint under investigation and the response has not been issued: incorporate it into that complaint.', [...used, 'relatedToOpenInvestigation', 'openInvestigationResponseIssued', ...(f.wouldUnreasonablyDelayResponse === undefined ? [] : (['wouldUnreasonablyDelayResponse'] as const))], rule);
  },
  anonymous: (f) =>
    tri(f.anonymous, 'anonymous', S3('Anonymous complaints: the severity is assessed promptly and the issues are dealt with under the relevant policy.'),
      'The complaint is anonymous: assess the severity promptly and deal with the issues under the relevant policy.',
      'The complainant has given their name.',
      'Not known whether the complainant has given their name.'),
  'time-limit': (f, rule) => timeLimit(f, rule),
  'already-considered': (f) =>
    tri(f.consideredBefore, 'consideredBefore', S3('Matters that have already been considered under the complaints policy.', CODE_2024.exclusions.provision),
      'The matter has already been considered under the complaints policy.',
      'The matter has not been considered under the complaints policy before.',
      'Not known whether the matter has been considered under the complaints policy before.'),
  'unreasonable-behaviour': (f) => {
    const rule = S3('Unreasonable or vexatious complainants: matters contributing to the behaviour are considered, and whether the complainant is appropriately supported is reviewed before deciding whether to refuse to investigate.');
    const review = 'Review whether the complainant is being appropriately supported, and consider reasonable adjustments, before deciding whether to refuse to investigate (Equality Act 2010).';
    if (f.unreasonableBehaviour === undefined) {
      return evaluation('unknown', 'Not known whether the complainant has behaved unreasonably or vexatiously.', [], rule, { missing: ['unreasonableBehaviour'] });
    }
    if (!f.unreasonableBehaviour) {
      return evaluation('no', 'The complainant has not behaved unreasonably or vexatiously.', ['unreasonableBehaviour'], rule);
    }
    if (f.supportNeedsReviewed === true) {
      return evaluation('yes', 'The complainant has behaved unreasonably or vexatiously, and whether they are appropriately supported has been reviewed.', ['unreasonableBehaviour', 'supportNeedsReviewed'], rule);
    }
    return evaluation(
      'unknown',
      f.supportNeedsReviewed === false
        ? 'The complainant has behaved unreasonably, but whether they are appropriately supported has not been reviewed: this ground cannot be relied on until it has.'
        : 'The complainant has behaved unreasonably; it is not known whether their support needs have been reviewed, which must happen before this ground can be relied on.',
      ['unreasonableBehaviour', ...(f.supportNeedsReviewed === undefined ? [] : (['supportNeedsReviewed'] as const))],
      rule,
      { missing: ['supportNeedsReviewed'], beforeDeciding: [review] },
    );
  },
});
