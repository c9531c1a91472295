/**
 * Co-op Homes (CHS), "Making a Complaint", the leaflet for residents (source file
 * `chs-making-a-complaint-leaflet.txt`): a same-day fix where possible, acknowledgement and any
 * clarification within 5 working days, the Complaints Officer's results within 10 working days
 * (stage 1), the Managing Director's review within 20 working days of the request (stage 2), the
 * Housing Ombudsman's details. The leaflet has no numbered sections: each value cites the heading
 * it is read under and quotes its sentence.
 */
import type { Policy, PolicyInput } from '../schema.js';
import { builtin } from './builtin.js';

const HOW = 'How to make a complaint';
const REVIEW = 'Not satisfied with our response?';
const HOS = 'The Housing Ombudsman';
const FOOTNOTE = '* (footnote)';

const q = (policy: string, quote: string, extra: { provision?: string; note?: string } = {}) => ({ policy, quote, ...extra });

const SAME_DAY = "When you contact us with a complaint, we'll try to put things right and fix what's gone wrong by the end of that day.";
const ACK = "If that's not possible or the matter needs further investigation, we'll log and acknowledge receipt of your complaint within 5 working days*.";
const CLARIFY = "If we're unsure about the specific nature of your complaint, or whether its covered by our Complaints Policy, we'll ask you to clarify it and tell us the outcome you're expecting within those first 5 days*.";
const STAGE1 = "On receipt of your response, we'll pass it on to a Complaints Officers who will let you know the results of their investigation and their decision within 10 working days*.";
const STAGE2 = "The Managing Director will respond to you within 20 working days* of your request for a review.";
const SAME_PROCESS = 'This will follow the same process as your initial complaint.';
const EXTENSION = "* If we're unable to respond within the timescales we'll let you know our reasons for this and how much extra time is needed.";
const ASK_REVIEW = "If you're unhappy with the outcome of the investigation you can ask for it to be reviewed by the Managing Director setting out your views of our decision.";
const ANY_TIME = "You may access the Housing Ombudsman Service when you wish to and not just when you've exhausted CHS's complaints process.";

/**
 * The CHS residents' leaflet as a policy, before validation. `policies.chsResidents` is this, validated.
 *
 * @example
 * ```ts
 * import { chsResidentsInput } from './builtin/chs-residents.js';
 * chsResidentsInput.stages[1].respond; // 20 working days from the request for a review
 * ```
 */
export const chsResidentsInput = /* @__PURE__ */ (() => ({
  id: 'chs-residents-leaflet',
  organisation: 'Co-op Homes (CHS)',
  title: 'Making a Complaint (leaflet for residents)',
  adopted: '2024-04-01',
  inForce: { from: '2024-04-01' },
  region: 'england-and-wales',
  receiptOnNonWorkingDay: 'counts-from-receipt',
  ombudsman: {
    schemeMember: true,
    contact: { name: 'Housing Ombudsman Service', phone: '0300 111 3000', email: 'info@housing-ombudsman.org.uk', website: 'https://www.housing-ombudsman.org.uk/contact-us/' },
    source: q(HOS, '<https://www.housing-ombudsman.org.uk/contact-us/>. Telephone: 0300 111 3000. Email: info@housing-ombudsman.org.uk', { provision: '3.7' }),
  },
  roles: {
    agent: { title: 'Co-op Homes (CHS)', source: q(HOW, ACK) },
    'complaints-officer': { title: 'A CHS Complaints Officer', source: q(HOW, STAGE1) },
    'managing-director': { title: 'The Managing Director of CHS', source: q(REVIEW, STAGE2) },
  },
  procedures: [
    {
      id: 'single',
      title: "Co-op Homes' Complaints Procedure",
      appliesTo: 'Complaints from residents about the services CHS provides.',
      notifyOnReceipt: [],
      stages: [
        { acknowledges: 'agent', investigates: 'complaints-officer', decides: 'complaints-officer', communicates: 'complaints-officer', notifies: [], source: q(HOW, STAGE1) },
        { acknowledges: 'agent', investigates: 'managing-director', decides: 'managing-director', communicates: 'managing-director', notifies: [], source: q(REVIEW, STAGE2, { provision: '6.13' }) },
      ],
      source: q(REVIEW, 'This is Stage 2 and concludes Co-op Homes\' Complaints Procedure.'),
    },
  ],
  stages: [
    {
      acknowledge: { workingDays: 5, anchor: 'receipt', source: q(HOW, ACK, { provision: '6.2' }) },
      respond: { workingDays: 10, anchor: 'acknowledgement', source: q(HOW, STAGE1, { provision: '6.3', note: "'On receipt of your response' read as the acknowledgement (see ambiguities)." }) },
      extension: { withoutGoodReason: 0, complainantAgreementBeyond: null, ombudsmanDetailsRequired: false, noUpperLimit: true, source: q(FOOTNOTE, EXTENSION, { provision: '6.4' }) },
    },
    {
      acknowledge: { workingDays: 5, anchor: 'escalation-request', source: q(REVIEW, SAME_PROCESS, { provision: '6.11', note: 'The same process as stage 1: logged and acknowledged within 5 working days of the request.' }) },
      respond: { workingDays: 20, anchor: 'escalation-request', source: q(REVIEW, STAGE2, { provision: '6.14' }) },
      extension: { withoutGoodReason: 0, complainantAgreementBeyond: null, ombudsmanDetailsRequired: false, noUpperLimit: true, source: q(FOOTNOTE, EXTENSION, { provision: '6.15' }) },
    },
  ],
  sections: [
    { number: HOW, title: 'How to make a complaint', subjects: ['channels', 'procedure', 'timescales', 'complaints-officers'] },
    { number: REVIEW, title: 'Not satisfied with our response?', subjects: ['procedure', 'timescales', 'responses'] },
    { number: FOOTNOTE, title: 'Footnote on timescales', subjects: ['timescales'] },
    { number: HOS, title: 'The Housing Ombudsman', subjects: ['ombudsman'] },
  ],
  responses: {
    stages: [
      { items: ['decision'], source: q(HOW, STAGE1, { note: "'the results of their investigation and their decision'." }) },
      { items: ['decision', 'outstanding-actions'], source: q(REVIEW, "We'll review our response at Stage 1 to check that it was fair and set out any new actions if they're required and will send you a summary report setting out our final decision.") },
    ],
  },
  refusalNotice: null,
  adjustments: null,
  updates: null,
  escalation: {
    window: null,
    reasonsRequired: false,
    newIssuesAllowed: false,
    source: q(REVIEW, 'To have your complaint reviewed and escalated to Stage 2 just contact either the person who dealt with your complaint initially or use the contact details at Stage 1.'),
  },
  timeLimit: { months: 12, from: 'later-of-issue-and-awareness', recurringException: false, discretion: true, source: { provision: '2.3', note: "The leaflet sets no time limit; the Code's applies to a member of the Ombudsman's scheme." } },
  exclusions: [],
  remedies: [],
  financialRemedies: { compensation: 'rent-account-credit', discretionary: 'paid-to-complainant', source: { provision: '7.1', note: 'The leaflet does not mention financial remedies; the co-ops\' policies, which CHS applies as their agent, credit compensation to the rent account (Wellington s.8).' } },
  detrimentFactors: { factors: null, source: q(HOW, SAME_DAY, { note: 'The leaflet lists no detriment factors: it says only that CHS will try to put things right.' }) },
  ombudsmanEvidence: null,
  channels: [
    { kind: 'email', detail: 'customer.services@coophomes.coop', source: q(HOW, 'customer.services@coophomes.coop') },
    { kind: 'website', detail: 'https://www.coophomes.coop/about-us/compliments-and-complaints/log-a-complaint-online/', source: q(HOW, '<https://www.coophomes.coop/about-us/compliments-and-complaints/log-a-complaint-online/>') },
    { kind: 'letter', detail: 'Co-op Homes, 8 Waldegrave Road, Teddington TW11 8GT', source: q(HOW, 'Co-op Homes, 8 Waldegrave Road, Teddington TW11 8GT') },
    { kind: 'telephone', detail: '020 3106 2608', source: q(HOS, '020 3106 2608;  customer.services@coophomes.coop', { note: 'The contact line at the foot of the leaflet.' }) },
  ],
  representatives: { allowed: true, writtenAuthorityRequired: false, source: { provision: '3.6', note: "The leaflet does not mention representatives; the co-ops' policies CHS applies accept them (Wellington s.2)." } },
  ambiguities: [
    { path: 'stages.0.respond.anchor', text: `${CLARIFY} ${STAGE1}`, reading: "'Your response' is the resident's answer to a request for clarification, which can come any time; without one, nothing is said. Resolved as 10 working days from the acknowledgement (Code 6.3), which is when the leaflet's 'first 5 days' end: the deadline does not wait for a clarification reply. A host that agrees a later date with the resident records an extension." },
    { path: 'stages.0.respond.workingDays', text: STAGE1, reading: "10 working days, as the leaflet's 'within 10 working days*'." },
    { path: 'stages.0', text: SAME_DAY, reading: 'A same-day fix is a stage 1 response on the day of receipt, not a stage 0 (Code 5.2): the complaint is acknowledged and answered that day.' },
    { path: 'stages.0.extension', text: EXTENSION, reading: 'Extensions with reasons and the extra time needed; no maximum (noUpperLimit), no Ombudsman details: the lint warns of the missing maximum (6.4, 6.15) and reports the missing Ombudsman details (6.5, 6.16). The same at stage 2.' },
    { path: 'stages.1.acknowledge', text: SAME_PROCESS, reading: 'Acknowledged within 5 working days of the request, as at stage 1.' },
    { path: 'escalation.reasonsRequired', text: ASK_REVIEW, reading: "'setting out your views' describes how to ask, not a condition: reasons are not required (Code 6.12)." },
    { path: 'escalation.window', text: 'The leaflet sets no time for asking for a review.', reading: 'No window (null).' },
    { path: 'ombudsman.contact', text: ANY_TIME, reading: "The Ombudsman's website, telephone and email, as given; the email no longer takes new cases (from 13 January 2026), which the lint notes." },
    { path: 'adopted', text: 'The leaflet is undated.', reading: 'In force from 1 April 2024, the day the Code became statutory, which the leaflet reflects; a host sets its own date with definePolicy.' },
    { path: 'timeLimit', text: 'The leaflet sets no time limit.', reading: "The Code's (2.3): 12 months from the later of the issue and becoming aware of it, with discretion." },
    { path: 'organisation', text: "The leaflet says 'Co-op Homes' and 'CHS's complaints process'.", reading: 'Co-op Homes (CHS), as the commercial client policy.' },
  ],
} satisfies PolicyInput))();

/**
 * Co-op Homes (CHS), "Making a Complaint", the leaflet for residents (in the Housing Ombudsman's
 * scheme), validated and frozen. The same object as `policies.chsResidents`; import it by name and
 * a bundler leaves the other built-in policies out.
 *
 * @example
 * ```ts
 * import { chsResidents } from 'housing-complaints/policy';
 * chsResidents.stages[1].respond?.workingDays; // 20
 * ```
 */
export const chsResidents: Policy = /* @__PURE__ */ builtin(chsResidentsInput);
