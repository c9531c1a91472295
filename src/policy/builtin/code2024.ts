/**
 * The Housing Ombudsman's Complaint Handling Code 2024 written as a policy: the statutory minimum
 * every landlord in the Ombudsman's scheme must meet. Each value cites the Code provision it comes
 * from (the provisions as quoted in `wellington-code-self-assessment-2024-11.txt`). Where the Code
 * sets nothing (the escalation window, how financial remedies are paid) the value chosen is stated
 * in `ambiguities` and the lint does not treat it as a Code rule.
 */
import type { Policy, PolicyInput, StageRules } from '../schema.js';
import { builtin } from './builtin.js';
import { CODE_2024, type CodeStage, type CodeTimescale } from '../code2024-requirements.js';

const timescale = (t: CodeTimescale) => ({ workingDays: t.workingDays, anchor: t.anchor, source: { provision: t.provision } });

const stage = (s: CodeStage): StageRules => ({
  acknowledge: timescale(s.acknowledge),
  respond: timescale(s.respond),
  extension: {
    withoutGoodReason: s.extension.withoutGoodReason,
    complainantAgreementBeyond: null,
    ombudsmanDetailsRequired: true,
    source: { provision: s.extension.provision, note: `Ombudsman contact details with an extension: ${s.extension.ombudsmanDetails.provision}.` },
  },
});

const responses = (s: CodeStage) => ({ items: s.response.items.map((i) => i.item), source: { provision: s.response.provision, quote: s.response.quote } });

const remedy = (kind: PolicyInput['remedies'][number]['kind'], description: string) => ({
  kind,
  description,
  source: { provision: '7.1' },
});

/**
 * The Code 2024 as a policy, before validation. `policies.housingOmbudsmanCode2024` is this, validated.
 *
 * @example
 * ```ts
 * import { code2024Input } from './builtin/code2024.js';
 * code2024Input.stages[1].respond.anchor; // 'acknowledgement' (6.14)
 * ```
 */
export const code2024Input = /* @__PURE__ */ (() => ({
  id: 'housing-ombudsman-code-2024',
  organisation: 'Housing Ombudsman Service',
  title: 'Complaint Handling Code 2024 (statutory minimum)',
  adopted: '2024-04-01',
  inForce: { from: '2024-04-01' },
  region: 'england-and-wales',
  receiptOnNonWorkingDay: 'counts-from-receipt',
  ombudsman: {
    schemeMember: true,
    contact: {
      name: 'Housing Ombudsman Service',
      phone: '0300 111 3000',
      website: 'https://www.housing-ombudsman.org.uk/contact-us/',
    },
    source: { provision: '3.7', note: "The Code requires the information (3.7, 6.5, 6.16); the contact details are those the policies publish (Wellington s.10), without the email address: from 13 January 2026 the Ombudsman no longer accepts new cases by email ('Please use our online webform to submit your complaint')." },
  },
  roles: {
    'complaints-officer': { title: "The person or team responsible for complaint handling (the Code's 'complaints officer')", source: { provision: '4.1' } },
    'stage-2-reviewer': { title: 'The person considering the complaint at stage 2, not the person who considered it at stage 1', source: { provision: '6.13' } },
  },
  procedures: [
    {
      id: 'single',
      title: 'The two-stage complaints procedure',
      appliesTo: 'Every complaint covered by the Code: a single policy (5.1).',
      notifyOnReceipt: [],
      stages: [
        { acknowledges: 'complaints-officer', investigates: 'complaints-officer', decides: 'complaints-officer', communicates: 'complaints-officer', notifies: [], source: { provision: '4.1, 6.2' } },
        { acknowledges: 'complaints-officer', investigates: 'stage-2-reviewer', decides: 'stage-2-reviewer', communicates: 'stage-2-reviewer', notifies: [], source: { provision: '6.13, 6.20' } },
      ],
      source: { provision: '5.1' },
    },
  ],
  stages: [stage(CODE_2024.stages[0]), stage(CODE_2024.stages[1])],
  sections: null,
  responses: { stages: [responses(CODE_2024.stages[0]), responses(CODE_2024.stages[1])] },
  refusalNotice: {
    reasons: CODE_2024.refusalNotice.reasons,
    ombudsmanRight: CODE_2024.refusalNotice.ombudsmanRight,
    source: { provision: CODE_2024.refusalNotice.provision, quote: CODE_2024.refusalNotice.quote },
  },
  adjustments: {
    made: true,
    recorded: CODE_2024.adjustments.recorded,
    reviewed: CODE_2024.adjustments.reviewed,
    source: { provision: CODE_2024.adjustments.provision, quote: CODE_2024.adjustments.quote },
  },
  updates: {
    regular: true,
    agreedIntervalsWhenLate: CODE_2024.updates.agreedIntervalsWhenLate,
    source: { provision: CODE_2024.updates.provision, quote: CODE_2024.updates.quote, note: '6.6 and 6.17: appropriate updates on outstanding actions.' },
  },
  escalation: {
    // The Code sets no escalation window (6.10: an unresolved complaint "must be progressed to stage 2").
    window: null,
    reasonsRequired: false,
    newIssuesAllowed: false,
    source: { provision: '6.12', note: 'New issues after the stage 1 response are logged as a new complaint (6.8).' },
  },
  timeLimit: {
    months: CODE_2024.timeLimit.months,
    from: CODE_2024.timeLimit.from,
    recurringException: CODE_2024.timeLimit.recurringException,
    discretion: CODE_2024.timeLimit.discretion,
    source: { provision: CODE_2024.timeLimit.provision, quote: CODE_2024.timeLimit.quote },
  },
  exclusions: [
    { ground: 'time-limit', description: 'The issue giving rise to the complaint occurred over twelve months ago.', source: { provision: '2.2' } },
    { ground: 'legal-proceedings', description: 'Legal proceedings have started: details of the claim, such as the Claim Form and Particulars of Claim, have been filed at court.', routeElsewhere: 'The court proceedings.', source: { provision: '2.2' } },
    { ground: 'already-considered', description: 'Matters that have previously been considered under the complaints policy.', source: { provision: '2.2' } },
  ],
  remedies: [
    remedy('apology', 'Apologising.'),
    remedy('acknowledgement', 'Acknowledging where things have gone wrong.'),
    remedy('explanation', 'Providing an explanation, assistance or reasons.'),
    remedy('action', 'Setting out the actions already taken, or intended, to put things right.'),
    remedy('action-on-delay', 'Taking action if there has been delay.'),
    remedy('reconsidered-decision', 'Reconsidering or changing a decision.'),
    remedy('amended-record', 'Amending a record or adding a correction or addendum.'),
    remedy('financial', 'Providing a financial remedy.'),
    remedy('policy-change', 'Changing policies, procedures or practices.'),
  ],
  financialRemedies: {
    compensation: 'paid-to-complainant',
    discretionary: 'paid-to-complainant',
    source: { provision: '7.1', note: "7.1 lists 'Providing a financial remedy'; the Code is silent on how it is paid, so paid to the resident is assumed." },
  },
  detrimentFactors: { factors: null, source: { provision: CODE_2024.remedyImpact.provision, quote: CODE_2024.remedyImpact.quote, note: 'The Code lists no detriment factors: a remedy must reflect the impact on the resident (7.2), and the Ombudsman\'s remedies guidance is taken into account (7.4).' } },
  ombudsmanEvidence: null,
  channels: [{ kind: 'any', detail: 'In any way and with any member of staff.', source: { provision: '3.1, 3.2' } }],
  representatives: { allowed: true, writtenAuthorityRequired: false, source: { provision: '3.6', note: 'The Code does not require written authority.' } },
  ambiguities: [
    { path: 'adopted', text: 'The source files quote the Code 2024 provisions but not the date it took effect.', reading: '2024-04-01, the date the Code 2024 took statutory effect.' },
    { path: 'escalation.window', text: "The Code sets no time within which a resident must ask for stage 2; 6.10: if all or part of the complaint is not resolved to the resident's satisfaction at stage 1 it must be progressed to stage 2.", reading: 'No window (null): a stage 2 request is never late and the complaint is never closed as "window lapsed"; a landlord whose policy sets a window states it in its own policy.' },
    { path: 'financialRemedies', text: 'The Code lists financial remedies (7.1) but not how they are paid.', reading: 'Both compensation and discretionary payments are paid to the resident.' },
    { path: 'timeLimit.recurringException', text: "2.3 counts 12 months from 'the issue occurring or the resident becoming aware of the issue'; it names no recurring-issue exception.", reading: 'No recurring-issue exception as a Code requirement; discretion (2.3) covers late complaints.' },
    { path: 'region', text: "The Housing Ombudsman's scheme covers landlords in England; the Code names no calendar.", reading: 'Working days of England and Wales.' },
  ],
} satisfies PolicyInput))();

/**
 * The Housing Ombudsman's Complaint Handling Code 2024 as a policy: the statutory minimum,
 * validated and frozen. The same object as `policies.housingOmbudsmanCode2024`; import it by name
 * and a bundler leaves the other built-in policies out.
 *
 * @example
 * ```ts
 * import { housingOmbudsmanCode2024 } from 'housing-complaints/policy';
 * housingOmbudsmanCode2024.stages[1].respond?.workingDays; // 20 (Code 6.14)
 * ```
 */
export const housingOmbudsmanCode2024: Policy = /* @__PURE__ */ builtin(code2024Input);
