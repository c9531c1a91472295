/**
 * Wellington Housing Co-operative, "Outsourced complaints policy for service complaints", adopted
 * by the Management Committee in November 2024 (source file
 * `wellington-complaints-policy-2024-11.txt`). Every value cites the section (`s.N`) it is read
 * from and the Code 2024 provision it implements.
 */
import type { Policy, PolicyInput } from '../schema.js';
import { builtin } from './builtin.js';

const ombudsmanContact = {
  name: 'Housing Ombudsman Service',
  phone: '0300 111 3000',
  email: 'info@housing-ombudsman.org.uk',
  website: 'https://www.housing-ombudsman.org.uk/contact-us/',
};

/** s.5: an extension beyond 20 working days without the complainant's agreement stands when the Ombudsman's details are given. */
const AGREEMENT_NOT_REACHED = { then: 'give-ombudsman-contact-details', source: { policy: 's.5', quote: "Where agreement over an extension period cannot be reached, CHS should provide the Housing Ombudsman's contact details so the complainant can challenge the plan for responding and/or the proposed timeliness for a response." } } as const;

/** s.8: the factors weighed when deciding how to put things right, each in the policy's words. */
const s8 = { policy: 's.8' };
const DETRIMENT_FACTORS = {
  factors: [
    { id: 'duration', text: 'the length of time that a situation has been ongoing', source: s8 },
    { id: 'frequency', text: 'the frequency with which something has occurred', source: s8 },
    { id: 'severity', text: 'the severity of any service failure or omission', source: s8 },
    { id: 'number-of-failures', text: 'the number of different failures', source: s8 },
    { id: 'cumulative-impact', text: 'the cumulative impact on the complainant', source: s8 },
    { id: 'circumstances-and-vulnerabilities', text: "a complainant's particular circumstances or vulnerabilities", source: s8 },
    { id: 'quantifiable-loss', text: 'consideration of any quantifiable losses in accordance with our compensation policy and procedure and/or any discretionary payment to acknowledge service failure more broadly', source: s8 },
  ],
  source: { policy: 's.8', provision: '7.2', quote: 'When considering a resolution, a range of factors impacting the level of detriment caused to the complainant will be considered including, but not limited to:', note: "An open list ('including, but not limited to'): other factors may be weighed as well." },
} satisfies PolicyInput['detrimentFactors'];

/**
 * The Wellington policy as written, before validation. `policies.wellington` is this, validated.
 *
 * @example
 * ```ts
 * import { wellingtonInput } from './builtin/wellington.js';
 * wellingtonInput.stages[1].respond.anchor; // 'escalation-request'
 * ```
 */
export const wellingtonInput = {
  id: 'wellington-2024-11',
  organisation: 'Wellington Housing Co-operative',
  title: 'Outsourced Complaints Policy for Service Complaints',
  adopted: '2024-11-01',
  inForce: { from: '2024-11-01' },
  region: 'england-and-wales',
  receiptOnNonWorkingDay: 'counts-from-receipt',
  ombudsman: {
    schemeMember: true,
    contact: ombudsmanContact,
    source: { policy: 's.6, s.7, s.10', provision: '3.7' },
  },
  roles: {
    agent: { title: 'Co-op Homes South (CHS), the managing agent', source: { policy: 's.5' } },
    'agent-complaints-officer': { title: "CHS's Complaints Officer (independent of the complaint)", source: { policy: 's.5, s.6, s.7' } },
    'agent-reviewer': { title: 'CHS complaints officer independent of the complaint so far (stage 2 review)', source: { policy: 's.5, s.6, s.7', provision: '6.13' } },
    'landlord-complaints-officer': { title: "The MC's Complaints Officer (the Secretary or another designated member of the Management Committee)", source: { policy: 's.5, s.7' } },
    'landlord-complaints-panel': { title: "The MC's Complaints Panel (Management Committee members independent of the complaint so far)", source: { policy: 's.5, s.7', provision: '6.13' } },
  },
  procedures: [
    {
      id: 'A',
      title: "Procedure A: complaints regarding the managing agent's (CHS's) service",
      appliesTo: 'A complaint against the service provided by CHS, the managing agent.',
      notifyOnReceipt: [],
      stages: [
        {
          acknowledges: 'agent',
          investigates: 'agent-complaints-officer',
          decides: 'agent-complaints-officer',
          communicates: 'agent-complaints-officer',
          notifies: ['landlord-complaints-officer'],
          source: { policy: 's.5, s.6', note: "s.5 table: CHS's Complaints Officer 'communicates the results to the complainant and notifies the Landlord (Co-op) of the outcome'; the Co-op is notified through its designated officer as at stage 2." },
        },
        {
          acknowledges: 'agent',
          investigates: 'agent-reviewer',
          decides: 'agent-reviewer',
          communicates: 'agent-reviewer',
          notifies: ['landlord-complaints-officer'],
          source: { policy: 's.5, s.6', provision: '6.13' },
        },
      ],
      source: { policy: 's.5, s.6' },
    },
    {
      id: 'B',
      title: "Procedure B: complaints regarding the landlord's (Co-op's) service",
      appliesTo: 'A complaint against the Co-op as landlord, usually about actions of the Management Committee.',
      notifyOnReceipt: ['landlord-complaints-officer'],
      stages: [
        {
          acknowledges: 'agent',
          investigates: 'agent-complaints-officer',
          decides: 'landlord-complaints-officer',
          communicates: 'landlord-complaints-officer',
          notifies: [],
          source: { policy: 's.5, s.7' },
        },
        {
          acknowledges: 'agent',
          investigates: 'agent-reviewer',
          decides: 'landlord-complaints-panel',
          communicates: 'landlord-complaints-panel',
          // s.5 (B column) and s.7: the reviewer reports to the MC's Complaints Panel, which decides and
          // communicates; no further notification is stated.
          notifies: [],
          source: { policy: 's.5, s.7', provision: '6.13', note: "s.7: the CHS complaints officer agrees the stage 2 reviewer with the MC's Complaints Officer; the review officer reports to the MC's Complaints Panel, which decides and communicates the result; no notification is stated." },
        },
      ],
      source: { policy: 's.5, s.7' },
    },
  ],
  stages: [
    {
      acknowledge: { workingDays: 5, anchor: 'receipt', source: { policy: 's.5, s.6, s.7', provision: '6.2' } },
      respond: { workingDays: 10, anchor: 'acknowledgement', source: { policy: 's.5', provision: '6.3' } },
      extension: { withoutGoodReason: 10, complainantAgreementBeyond: 20, ombudsmanDetailsRequired: true, whenAgreementNotReached: AGREEMENT_NOT_REACHED, source: { policy: 's.5', provision: '6.4' } },
    },
    {
      acknowledge: { workingDays: 5, anchor: 'escalation-request', source: { policy: 's.6, s.7', provision: '6.11' } },
      respond: { workingDays: 20, anchor: 'escalation-request', source: { policy: 's.5', provision: '6.14' } },
      extension: { withoutGoodReason: 10, complainantAgreementBeyond: 20, ombudsmanDetailsRequired: true, whenAgreementNotReached: AGREEMENT_NOT_REACHED, source: { policy: 's.5', provision: '6.15' } },
    },
  ],
  sections: [
    { number: 's.1', title: 'Aim', subjects: ['aims'] },
    // "Complainants do not have to use the word complaint"; representatives with written authority may attend meetings.
    { number: 's.2', title: 'Who can complain?', subjects: ['scope', 'definition', 'representatives'] },
    // The definition, service requests, the grounds not accepted or escalated (time limit, new issues,
    // unreasonable complainants), refusals in writing, survey feedback.
    { number: 's.3', title: 'What is a service complaint?', subjects: ['definition', 'service-requests', 'exclusions', 'unacceptable-behaviour'] },
    // The six channels; the Equality Act and adapting procedures (including the Unreasonable Behaviour Policy).
    { number: 's.4', title: 'Submitting complaints', subjects: ['channels', 'equality', 'unacceptable-behaviour'] },
    // Who handles complaints, procedures A and B, the table of timescales, extensions with the Ombudsman's details.
    { number: 's.5', title: 'Complaints Officers', subjects: ['complaints-officers', 'procedure', 'timescales', 'ombudsman'] },
    { number: 's.6', title: "Complaint's procedure A detail: Complaints regarding CHS's managing agent's service", subjects: ['procedure', 'timescales', 'complaints-officers', 'ombudsman'] },
    { number: 's.7', title: "Complaints Procedure B detail: Complaints regarding the Landlord's (Co-op's) service", subjects: ['procedure', 'timescales', 'complaints-officers', 'ombudsman'] },
    // Upheld / partially upheld, the kinds of remedy, the detriment factors, how payments are made.
    { number: 's.8', title: 'Putting Things Right', subjects: ['outcomes', 'remedies'] },
    // The policy published on the Co-op's page of CHS's website; plain language, reasons, outstanding actions, response contents.
    { number: 's.9', title: 'Communication', subjects: ['publicity', 'responses'] },
    { number: 's.10', title: 'Housing Ombudsman Service', subjects: ['ombudsman'] },
    // Documenting complaints and correspondence; the complaints officer sees outcomes implemented; themes assessed by the MC.
    { number: 's.11', title: 'Keeping records', subjects: ['records'] },
    // MC updates, the annual report, the Member Responsible for Complaints, learning, the annual self-assessment.
    { number: 's.12', title: 'Learning from complaints', subjects: ['learning', 'governance'] },
    { number: 's.13', title: 'Data Protection', subjects: ['data-protection'] },
  ],
  responses: {
    stages: [
      { items: ['decision', 'reasons', 'remedy', 'outstanding-actions', 'escalation', 'ombudsman'], source: { policy: 's.9', provision: '6.9', quote: 'At the end of a complaint investigation and at the end of a review (if there is one) the response to the complainant will say:', note: "s.9 lists: what the outcome of the complaint is; the reasons why decisions have been made; the offers being made to put things right; the actions that remain outstanding; how the complainant can take the matter further; that the complainant may refer the complaint to the Housing Ombudsman Service. It does not list the complaint stage or the complaint definition." } },
      { items: ['decision', 'reasons', 'remedy', 'outstanding-actions', 'ombudsman'], source: { policy: 's.9', provision: '6.19', quote: 'At the end of a complaint investigation and at the end of a review (if there is one) the response to the complainant will say:', note: "The same list at the end of the review (stage 2), where 'how the complainant can take the matter further' is the Housing Ombudsman." } },
    ],
  },
  refusalNotice: {
    reasons: 'when-asked',
    ombudsmanRight: false,
    source: { policy: 's.3', provision: '2.4', quote: 'If the Co-op or CHS chooses not to accept or escalate a complaint for one of the above reasons, when asked, CHS will formally write to the complainant setting out its reasons why.', note: 'Written reasons only when asked; the right to take the decision to the Ombudsman is not mentioned.' },
  },
  adjustments: {
    made: true,
    recorded: false,
    reviewed: false,
    source: { policy: 's.4', provision: '5.10', quote: "The Co-op will comply with the Equality Act 2010 and adapt normal policies, procedures or processes to anticipate and accommodate an individual member's needs in a person-centred way.", note: 'No record of adjustments agreed or disabilities disclosed, and no review of adjustments, is stated.' },
  },
  updates: {
    regular: true,
    agreedIntervalsWhenLate: false,
    source: { policy: 's.9', provision: '5.9', quote: 'Complainants will be regularly updated and informed even where there is no new information to provide.', note: 'Regular updates; no intervals agreed with the complainant when a response will be late.' },
  },
  escalation: {
    window: { workingDays: 20, anchor: 'stage-response', source: { policy: 's.5, s.6, s.7' } },
    reasonsRequired: false,
    newIssuesAllowed: false,
    source: { policy: 's.6, s.7', provision: '6.12' },
  },
  timeLimit: { months: 12, from: 'issue', recurringException: true, discretion: true, source: { policy: 's.3', provision: '2.3', quote: 'Complaints about something more than twelve months old - unless it is a recurring issue that has been continuing for longer than twelve months and is persisting.', note: 'Counted from the issue: no limb for the complainant becoming aware of it later.' } },
  exclusions: [
    { ground: 'service-request', description: 'First time requests for a particular service (reporting a repair or defect, requesting information, asking for an explanation of a policy).', routeElsewhere: 'Dealt with as a service request; dissatisfaction with the response may then be raised as a complaint.', source: { policy: 's.3', provision: '1.4' } },
    { ground: 'governance', description: 'Complaints about how a Management Committee member has behaved in governance roles in the co-operative.', routeElsewhere: "The Co-op's Code of Conduct.", source: { policy: 's.3' } },
    { ground: 'business-to-business', description: 'Complaints about how CHS has performed its contractual obligations to the Co-op.', routeElsewhere: "CHS's Business to Business Complaints Policy.", source: { policy: 's.3' } },
    { ground: 'anti-social-behaviour', description: 'Requests to deal with anti-social behaviour or harassment; dissatisfaction with how such a request was managed may be a complaint.', routeElsewhere: 'The relevant anti-social behaviour or harassment policy.', source: { policy: 's.3' } },
    { ground: 'neighbour-dispute', description: 'Requests to deal with neighbour nuisance or neighbour disputes; dissatisfaction with how such a request was managed may be a complaint.', routeElsewhere: 'The relevant neighbour nuisance policy.', source: { policy: 's.3' } },
    { ground: 'legal-proceedings', description: 'Complaints relating to an active legal claim, such as disrepair filed at court. Pre-litigation action (e.g. the disrepair pre-action protocol) is not an active claim.', routeElsewhere: 'The court proceedings.', source: { policy: 's.3', provision: '2.2' } },
    { ground: 'damages-claim', description: 'Claims for damages and other liability issues subject to an insurance claim.', routeElsewhere: 'An insurance claim.', source: { policy: 's.3' } },
    { ground: 'new-issue-during-investigation', description: 'New issues that arise during a complaint investigation, unless relevant to the complaint and the response has not yet been issued.', routeElsewhere: 'Logged as a new complaint.', source: { policy: 's.3', provision: '6.8' } },
    { ground: 'anonymous', description: 'Anonymous complaints: the co-op will promptly assess the severity.', routeElsewhere: 'Dealt with under the relevant policy.', source: { policy: 's.3' } },
    { ground: 'time-limit', description: 'Complaints about something more than twelve months old, unless it is a recurring issue that has been continuing for longer than twelve months and is persisting.', source: { policy: 's.3', provision: '2.2' } },
    { ground: 'already-considered', description: 'Matters that have already been considered under the complaints policy.', source: { policy: 's.3', provision: '2.2' } },
    { ground: 'unreasonable-behaviour', description: 'Unreasonable or vexatious complainants or representatives, after a review of whether the complainant is appropriately supported.', routeElsewhere: 'The Unacceptable Behaviour Policy.', source: { policy: 's.3', provision: '5.14' } },
  ],
  remedies: [
    { kind: 'acknowledgement', description: 'Acknowledging where things have gone wrong.', source: { policy: 's.8', provision: '7.1' } },
    { kind: 'explanation', description: 'Providing an explanation, assistance, or reasons.', source: { policy: 's.8', provision: '7.1' } },
    { kind: 'apology', description: 'Apologising when a mistake has been made or people have been let down.', source: { policy: 's.8', provision: '7.1' } },
    { kind: 'action', description: 'Taking action or setting out the action CHS intends to take to put things right.', source: { policy: 's.8', provision: '7.1' } },
    { kind: 'reconsidered-decision', description: 'Reconsidering or changing a decision.', source: { policy: 's.8', provision: '7.1' } },
    { kind: 'amended-record', description: 'Amending a record.', source: { policy: 's.8', provision: '7.1' } },
    { kind: 'financial', description: 'Providing a financial remedy.', source: { policy: 's.8', provision: '7.1' } },
    { kind: 'policy-change', description: 'Changing policies, procedures, or practices.', source: { policy: 's.8', provision: '7.1' } },
    { kind: 'signposting', description: 'Signposting to support agencies.', source: { policy: 's.8' } },
  ],
  financialRemedies: { compensation: 'rent-account-credit', discretionary: 'paid-to-complainant', source: { policy: 's.8' } },
  detrimentFactors: DETRIMENT_FACTORS,
  ombudsmanEvidence: { workingDays: 15, source: { policy: 's.10' } },
  channels: [
    { kind: 'telephone', detail: '020 3166 2608', source: { policy: 's.4' } },
    { kind: 'text', detail: '07398 377388', source: { policy: 's.4' } },
    { kind: 'letter', detail: '8, Waldegrave Road, Teddington TW11 8GT', source: { policy: 's.4' } },
    { kind: 'email', detail: 'homes@coophomes.coop (preferred)', source: { policy: 's.4' } },
    { kind: 'website', detail: 'https://www.coophomes.coop/about-us/compliments-and-complaints/log-a-complaint-online/', source: { policy: 's.4' } },
    { kind: 'in-person', detail: 'Through speaking to someone who represents CHS', source: { policy: 's.4' } },
  ],
  representatives: { allowed: true, writtenAuthorityRequired: true, source: { policy: 's.2', provision: '3.6' } },
  ambiguities: [
    { path: 'adopted', text: "'Adopted / last reviewed by Management Committee: November 2024' gives a month, not a day.", reading: 'Adopted and in force from the first day of that month, 2024-11-01.' },
    { path: 'escalation.window', text: "s.5 table: '20 working days of receiving the stage one response'; s.6: 'within working 20 days of the date of the Stage 1 reply'; s.7: 'within 20 working days of the date of the Stage 1 reply'.", reading: '20 working days counted from the date of the stage 1 response (s.6, s.7). Receipt of the reply is not an event the library records; a request received later but within 20 working days of the complainant receiving the reply should be accepted under the s.5 wording.' },
    { path: 'stages.1.acknowledge', text: "The s.5 table has no row for acknowledging a stage 2 request; s.6 and s.7 say 'Within 5 working days from receipt (or from a request for review) CHS will also confirm in writing ... the complaint definition'.", reading: '5 working days from the escalation request, as Code 6.11 requires.' },
    { path: 'stages.1.respond', text: "s.5 table: stage 2 'Reviewing 20 working days from the request for a review' (Code 6.14 counts from the stage 2 acknowledgement).", reading: '20 working days from the escalation request: stricter than the Code, never later.' },
    { path: 'timeLimit.discretion', text: "s.3 lists 'Complaints about something more than twelve months old' among issues that 'would not usually be accepted ... unless there are valid reasons to consider the issue'; no separate discretion clause.", reading: "Discretion to accept late complaints exists ('unless there are valid reasons'), as Code 2.3 requires." },
    { path: 'ombudsmanEvidence.workingDays', text: "s.10: 'provide this within 3 weeks or 15 working days'.", reading: '15 working days: when a bank holiday falls in the period, three calendar weeks hold only 14 working days, so the working-day reading is the one the Co-op can always meet by its own words; it equals three weeks otherwise.' },
    { path: 'procedures.0.stages.0.notifies', text: "s.5 table: CHS's Complaints Officer 'notifies the Landlord (Co-op) of the outcome' without naming who at the Co-op.", reading: "The MC's Complaints Officer (the Secretary or another designated member), as s.6 names for stage 2." },
    { path: 'escalation.reasonsRequired', text: "s.6 and s.7: the complainant 'can request escalation' if unhappy; s.7: 'The CHS complaints officer will review the request to escalate'. Neither says reasons are required.", reading: 'Reasons are not required (Code 6.12); the review of the request is the choice of a stage 2 reviewer, not a test of reasons.' },
    { path: 'responses.stages.1.items', text: "s.9: at the end of an investigation and at the end of a review the response says 'How the complainant can take the matter further if they are dissatisfied with the outcome or what is being offered'.", reading: 'At stage 1, how to escalate to stage 2; at stage 2, the final stage, the way further is the Housing Ombudsman, which s.9 lists next.' },
    { path: 'receiptOnNonWorkingDay', text: 'The policy does not say how a complaint received on a non-working day is counted.', reading: 'Counts from the day of receipt (the first working day after it is day 1), the library default.' },
  ],
} satisfies PolicyInput;

/**
 * Wellington Housing Co-operative, outsourced complaints policy, November 2024, validated and
 * frozen. The same object as `policies.wellington`; import it by name and a bundler leaves the
 * other built-in policies out.
 *
 * @example
 * ```ts
 * import { wellington } from 'housing-complaints/policy';
 * wellington.stages[0].respond?.workingDays; // 10
 * ```
 */
export const wellington: Policy = /* @__PURE__ */ builtin(wellingtonInput);
