/**
 * Co-op Homes (CHS), "Commercial Client Complaints Policy", approved by the Board on 21 September
 * 2023 (source file `chs-commercial-client-complaints-policy-2023-09.txt`): complaints from the
 * co-ops CHS manages under contract. Not under the Housing Ombudsman's scheme; a 6-month time
 * limit; the Managing Director reviews at stage 2. Every value cites its section (`s.N`).
 */
import type { Policy, PolicyInput } from '../schema.js';
import { builtin } from './builtin.js';

/**
 * The CHS commercial client policy as written, before validation. `policies.chsCommercialClient`
 * is this, validated.
 *
 * @example
 * ```ts
 * import { chsCommercialClientInput } from './builtin/chs-commercial.js';
 * chsCommercialClientInput.timeLimit.months; // 6
 * ```
 */
export const chsCommercialClientInput = {
  id: 'chs-commercial-client-2023-09',
  organisation: 'Co-op Homes (CHS)',
  title: 'Commercial Client Complaints Policy',
  adopted: '2023-09-21',
  inForce: { from: '2023-09-21' },
  region: 'england-and-wales',
  receiptOnNonWorkingDay: 'counts-from-receipt',
  ombudsman: {
    schemeMember: false,
    source: { policy: 's.1, s.2', note: 'Complaints from clients receiving services under contract, a non-contractual route between client and provider; the policy does not mention the Housing Ombudsman.' },
  },
  roles: {
    agent: { title: 'Co-op Homes (CHS), the provider', source: { policy: 's.1, s.5' } },
    'complaints-officer': { title: 'CHS Complaints Officer independent to the complaint', source: { policy: 's.5' } },
    'managing-director': { title: 'The Managing Director of CHS', source: { policy: 's.5' } },
  },
  procedures: [
    {
      id: 'single',
      title: 'Client complaints procedure',
      appliesTo: 'Complaints from commercial clients about services CHS provides under the management contract.',
      notifyOnReceipt: [],
      stages: [
        { acknowledges: 'agent', investigates: 'complaints-officer', decides: 'complaints-officer', communicates: 'complaints-officer', notifies: [], source: { policy: 's.5' } },
        { acknowledges: 'agent', investigates: 'managing-director', decides: 'managing-director', communicates: 'managing-director', notifies: [], source: { policy: 's.5', provision: '6.13' } },
      ],
      source: { policy: 's.5' },
    },
  ],
  stages: [
    {
      acknowledge: { workingDays: 5, anchor: 'receipt', source: { policy: 's.5', provision: '6.2', note: "s.5 text says 'within 5 days of receipt'; its table of maximum target times says '5 working days from receipt'." } },
      respond: { workingDays: 10, anchor: 'acknowledgement', source: { policy: 's.5', provision: '6.3' } },
      extension: { withoutGoodReason: 0, complainantAgreementBeyond: null, ombudsmanDetailsRequired: false, noUpperLimit: true, source: { policy: 's.5', provision: '6.4', note: 'CHS tells the complainant how much extra time is needed and why; no maximum is stated and the Ombudsman is not mentioned.' } },
    },
    {
      // s.5 sets no time to acknowledge a review request: silent, so null (no policy deadline; the
      // Code's 6.11 is shown as a benchmark, and the lint flags the gap).
      acknowledge: null,
      respond: { workingDays: 20, anchor: 'escalation-request', source: { policy: 's.5', provision: '6.14' } },
      extension: { withoutGoodReason: 0, complainantAgreementBeyond: null, ombudsmanDetailsRequired: false, noUpperLimit: true, source: { policy: 's.5', provision: '6.15', note: 'As at stage 1: reasons and extra time are given; no maximum; no Ombudsman details.' } },
    },
  ],
  sections: [
    { number: 's.1', title: 'Aim', subjects: ['aims'] },
    { number: 's.2', title: 'Who can complain under this Policy?', subjects: ['scope', 'definition'] },
    { number: 's.3', title: 'What is a complaint?', subjects: ['definition', 'service-requests', 'exclusions', 'unacceptable-behaviour'] },
    { number: 's.4', title: 'Receiving complaints', subjects: ['channels'] },
    { number: 's.5', title: 'Client Complaints procedure', subjects: ['procedure', 'timescales', 'complaints-officers'] },
    // Plain language, reasons, outstanding actions; the Equality Act and the Unacceptable Behaviour Policy.
    { number: 's.6', title: 'Communications', subjects: ['responses', 'outcomes', 'remedies', 'equality', 'unacceptable-behaviour'] },
  ],
  responses: {
    stages: [
      { items: ['decision', 'reasons', 'remedy', 'outstanding-actions'], source: { policy: 's.6', quote: 'At the end of the complaint investigation and at the end of the review (if there is one) CHS will write to the client to say:', note: 's.6 lists: what the outcome of their complaint is; the reasons why decisions have been made; what offers CHS is making to put things right; what actions remain outstanding. No stage, complaint definition, escalation route or Ombudsman.' } },
      { items: ['decision', 'reasons', 'remedy', 'outstanding-actions'], source: { policy: 's.6', quote: 'At the end of the complaint investigation and at the end of the review (if there is one) CHS will write to the client to say:', note: 'The same list at the end of the review (stage 2).' } },
    ],
  },
  refusalNotice: {
    reasons: 'when-asked',
    ombudsmanRight: false,
    source: { policy: 's.3', quote: 'If CHS chooses not to accept or escalate a complaint for one of the above reasons when asked, CHS will formally write to the client setting out its reasons why.', note: 'Written reasons only when asked; the policy does not mention the Housing Ombudsman.' },
  },
  adjustments: {
    made: true,
    recorded: false,
    reviewed: false,
    source: { policy: 's.6', quote: "CHS will at all times comply with the Equality Act 2010 and adapt normal policies, procedures, or processes to accommodate an individual's needs (this includes the CHS Unacceptable Behaviour Policy).", note: 'No record of adjustments agreed or disabilities disclosed, and no review of adjustments, is stated.' },
  },
  updates: {
    regular: true,
    agreedIntervalsWhenLate: false,
    source: { policy: 's.6', quote: 'CHS will keep complainants regularly updated and informed even where there is no new information to provide.', note: 'Regular updates; no intervals agreed with the complainant when a response will be late.' },
  },
  escalation: {
    window: { workingDays: 20, anchor: 'stage-response', source: { policy: 's.5', note: "'within 20 days of us issuing a stage 1 reply', read as working days." } },
    reasonsRequired: false,
    newIssuesAllowed: false,
    source: { policy: 's.3, s.5', note: 'New issues are logged separately unless relevant and the response is not yet issued (s.3).' },
  },
  timeLimit: { months: 6, from: 'issue', recurringException: true, discretion: true, source: { policy: 's.3', provision: '2.3', quote: 'Complaints about something more than six months old, unless it is a recurring issue that has been continuing for longer than 6 months and is still persisting.', note: 'Counted from the issue: no limb for the complainant becoming aware of it later.' } },
  exclusions: [
    { ground: 'service-request', description: 'Requests for a particular service; dissatisfaction with the response may then be a complaint.', routeElsewhere: 'Dealt with as a service request.', source: { policy: 's.3' } },
    { ground: 'contract-dispute-resolution', description: 'Complaints being dealt with through the dispute resolution procedure set out in the management contract.', routeElsewhere: 'The dispute resolution procedure of the management contract.', source: { policy: 's.3' } },
    { ground: 'legal-proceedings', description: 'Complaints relating to an active legal claim about or against CHS, or when a client is taking CHS to court.', routeElsewhere: 'The court proceedings.', source: { policy: 's.3', provision: '2.2' } },
    { ground: 'new-issue-during-investigation', description: 'New issues that arise during a complaint investigation, unless relevant and the response has not yet been issued.', routeElsewhere: 'A new complaint.', source: { policy: 's.3', provision: '6.8' } },
    { ground: 'anonymous', description: 'Anonymous complaints.', source: { policy: 's.3' } },
    { ground: 'time-limit', description: 'Complaints about something more than six months old, unless a recurring issue continuing for longer than 6 months and still persisting.', source: { policy: 's.3', provision: '2.2' } },
    { ground: 'already-considered', description: 'Matters that have already been considered under this complaints policy.', source: { policy: 's.3', provision: '2.2' } },
    { ground: 'governance', description: 'Issues relating to how CHS is governed.', routeElsewhere: "CHS's Code of Conduct.", source: { policy: 's.3' } },
    { ground: 'unreasonable-behaviour', description: 'Unreasonable or vexatious complaints from clients or their representatives, after considering reasonable adjustments and support.', routeElsewhere: 'The CHS Unacceptable Behaviour Policy.', source: { policy: 's.3, s.6' } },
  ],
  remedies: [],
  financialRemedies: {
    compensation: 'paid-to-complainant',
    discretionary: 'paid-to-complainant',
    source: { policy: 's.6', note: 'The policy does not say how financial remedies are paid; clients are co-ops, which have no rent account with CHS.' },
  },
  detrimentFactors: { factors: null, source: { policy: 's.6', note: "The policy lists no detriment factors: s.6 says only that the response states 'what offers CHS is making to put things right'." } },
  ombudsmanEvidence: null,
  channels: [
    { kind: 'any', detail: 'Any route.', source: { policy: 's.4' } },
    { kind: 'email', detail: 'homes@coophomes.coop (preferred)', source: { policy: 's.4' } },
    { kind: 'website', detail: 'https://www.coophomes.coop/about-us/compliments-and-complaints/log-a-complaint-online/ (preferred)', source: { policy: 's.4' } },
  ],
  representatives: { allowed: true, writtenAuthorityRequired: false, source: { policy: 's.3', note: "Only mentioned in passing: 'Unreasonable or vexatious complaints from clients or their representatives'." } },
  ambiguities: [
    { path: 'stages.0.acknowledge', text: "s.5 bullet: 'acknowledged (and logged internally) within 5 days of receipt'; s.5 table of maximum target times: '5 working days from receipt'.", reading: '5 working days from receipt: the maximum target the table sets, which is also what CHS publishes to residents. A host that wants the stricter reading can override to fewer days; 5 calendar days are never later than 5 working days.' },
    { path: 'escalation.window', text: "s.5: 'they can request a review within 20 days of us issuing a stage 1 reply' (days, not working days).", reading: '20 working days from the stage 1 response: the policy counts every other timescale in working days, and it is the reading that never cuts a client off earlier than the text allows under either meaning.' },
    { path: 'stages.1.acknowledge', text: "s.5 sets no time for acknowledging a review request: its table of 'maximum target times' has rows for 'Acknowledgement of the complaint (and logging)', 'Stage 1 - Results of the investigation of a complaint' and 'Stage 2 - Results of a subsequent review of a complaint' only.", reading: "No policy timescale (null): no acknowledgement deadline at stage 2. deadlines() shows Code 6.11's 5 working days from the request as a benchmark, marked as not the policy's; the lint reports the gap against 6.11." },
    { path: 'stages.0.extension', text: "s.5: 'CHS will communicate how much extra time is needed to the complainant and the reasons why there will be a delay.' No maximum, no complainant agreement, no Ombudsman details.", reading: 'Every extension comes with reasons; no upper limit (noUpperLimit), so no good reason and no complainant agreement are asked for (withoutGoodReason 0 is then not read); no Ombudsman details; the same at stage 2.' },
    { path: 'procedures.0.stages.0.decides', text: "s.5: 'Once the report is finalised and agreed, the Complaints Officer will communicate this'; who agrees the report is not said.", reading: 'The Complaints Officer decides and communicates.' },
    { path: 'timeLimit.discretion', text: "s.3: matters 'would not usually be accepted ... unless there are valid reasons to consider them'.", reading: 'Discretion to accept late complaints exists.' },
    { path: 'ombudsman.schemeMember', text: 'The policy never mentions the Housing Ombudsman; it is a non-contractual route for clients receiving services under contract (s.1, s.2).', reading: 'Not a member of the scheme for these complaints; no Ombudsman contact.' },
    { path: 'remedies', text: "The policy names no kinds of remedy; s.6 only says the response states 'what offers CHS is making to put things right'.", reading: 'No remedy kinds listed.' },
    { path: 'financialRemedies', text: 'The policy does not mention financial remedies.', reading: 'Any payment is made to the client.' },
    { path: 'representatives', text: "s.3 mentions 'clients or their representatives' only in the unreasonable-behaviour exclusion.", reading: 'Representatives allowed; written authority not required by the policy.' },
    { path: 'organisation', text: "The policy calls the organisation 'Co-op Homes' ('CHS'); the co-op policies call it 'Co-op Homes South (CHS)'.", reading: 'Co-op Homes (CHS), as its own policy names it.' },
  ],
} satisfies PolicyInput;

/**
 * Co-op Homes (CHS), commercial client complaints policy, September 2023 (outside the Ombudsman's
 * scheme), validated and frozen. The same object as `policies.chsCommercialClient`; import it by
 * name and a bundler leaves the other built-in policies out.
 *
 * @example
 * ```ts
 * import { chsCommercialClient } from 'housing-complaints/policy';
 * chsCommercialClient.ombudsman.schemeMember; // false
 * ```
 */
export const chsCommercialClient: Policy = /* @__PURE__ */ builtin(chsCommercialClientInput);
