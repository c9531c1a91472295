/**
 * What each section of a complaints policy is about, and which subjects can evidence which Code
 * provision. With these two tables the check can tell that evidence for 6.3 (a timescale) pointing
 * at a policy's section on keeping records points at the wrong place.
 *
 * The subjects of each section were read from the policy texts (Wellington and Dennetts November
 * 2024 / January 2025, sections 1 to 13; CHS commercial client policy September 2023, sections 1 to
 * 6): a section has a subject when its text deals with it, not merely when its title suggests it.
 */
import type { ProvisionNumber } from './provisions.js';

/**
 * The subjects a policy section can deal with.
 *
 * @example
 * ```ts
 * POLICY_SUBJECTS.includes('timescales'); // true
 * ```
 */
export const POLICY_SUBJECTS = [
  'aims',
  'scope',
  'definition',
  'service-requests',
  'exclusions',
  'representatives',
  'channels',
  'equality',
  'unacceptable-behaviour',
  'publicity',
  'ombudsman',
  'complaints-officers',
  'procedure',
  'timescales',
  'responses',
  'remedies',
  'records',
  'learning',
  'governance',
  'data-protection',
] as const;
/**
 * One of {@link POLICY_SUBJECTS}.
 *
 * @example
 * ```ts
 * const s: PolicySubject = 'records';
 * ```
 */
export type PolicySubject = (typeof POLICY_SUBJECTS)[number];

/**
 * Plain-English names of the subjects, for messages.
 *
 * @example
 * ```ts
 * SUBJECT_LABELS.records; // 'keeping records'
 * ```
 */
export const SUBJECT_LABELS: Readonly<Record<PolicySubject, string>> = {
  aims: 'the aims of the policy',
  scope: 'who can complain',
  definition: 'what a complaint is',
  'service-requests': 'service requests',
  exclusions: 'exclusions (matters not accepted or escalated)',
  representatives: 'representatives',
  channels: 'ways to complain',
  equality: 'reasonable adjustments under the Equality Act',
  'unacceptable-behaviour': 'unacceptable behaviour',
  publicity: 'publicising the policy',
  ombudsman: 'the Housing Ombudsman',
  'complaints-officers': 'complaints officers',
  procedure: 'the stages of the complaints procedure',
  timescales: 'timescales (including extensions)',
  responses: 'what responses say',
  remedies: 'putting things right',
  records: 'keeping records',
  learning: 'learning from complaints',
  governance: 'reporting to the governing body (annual report, self-assessment, Member Responsible for Complaints)',
  'data-protection': 'data protection',
}

/**
 * One section of a policy: its number (`'s.3'`), its title as the policy gives it, and the
 * subjects its text deals with.
 *
 * @example
 * ```ts
 * const s: PolicySection = { section: 's.11', title: 'Keeping records', subjects: ['records'] };
 * ```
 */
export interface PolicySection {
  readonly section: string;
  readonly title: string;
  readonly subjects: readonly PolicySubject[];
}

/**
 * The sections of the Wellington and Dennetts policies (the same text, adopted November 2024 and
 * January 2025).
 *
 * @example
 * ```ts
 * coOpPolicySections.find((s) => s.section === 's.11')?.title; // 'Keeping records'
 * ```
 */
export const coOpPolicySections: readonly PolicySection[] = [
  { section: 's.1', title: 'Aim', subjects: ['aims'] },
  // "Complainants do not have to use the word complaint"; representatives with written authority may attend meetings.
  { section: 's.2', title: 'Who can complain?', subjects: ['scope', 'definition', 'representatives'] },
  // The definition, service requests, the grounds not accepted or escalated (time limit, new issues,
  // unreasonable complainants), refusals in writing, survey feedback.
  {
    section: 's.3',
    title: 'What is a service complaint?',
    subjects: ['definition', 'service-requests', 'exclusions', 'unacceptable-behaviour'],
  },
  // The six channels; the Equality Act and adapting procedures (including the Unreasonable Behaviour Policy).
  { section: 's.4', title: 'Submitting complaints', subjects: ['channels', 'equality', 'unacceptable-behaviour'] },
  // Who handles complaints, procedures A and B, the table of timescales, extensions with the Ombudsman's details.
  {
    section: 's.5',
    title: 'Complaints Officers',
    subjects: ['complaints-officers', 'procedure', 'timescales', 'ombudsman'],
  },
  {
    section: 's.6',
    title: "Complaint's procedure A detail: Complaints regarding CHS's managing agent's service",
    subjects: ['procedure', 'timescales', 'complaints-officers', 'ombudsman'],
  },
  {
    section: 's.7',
    title: "Complaints Procedure B detail: Complaints regarding the Landlord's (Co-op's) service",
    subjects: ['procedure', 'timescales', 'complaints-officers', 'ombudsman'],
  },
  { section: 's.8', title: 'Putting Things Right', subjects: ['remedies'] },
  // The policy published on the Co-op's page of CHS's website; plain language, reasons, outstanding actions, response contents.
  { section: 's.9', title: 'Communication', subjects: ['publicity', 'responses'] },
  { section: 's.10', title: 'Housing Ombudsman Service', subjects: ['ombudsman'] },
  // Documenting complaints and correspondence; the complaints officer sees outcomes implemented; themes assessed by the MC.
  { section: 's.11', title: 'Keeping records', subjects: ['records'] },
  // MC updates, the annual report, the Member Responsible for Complaints, learning, the annual self-assessment.
  { section: 's.12', title: 'Learning from complaints', subjects: ['learning', 'governance'] },
  { section: 's.13', title: 'Data Protection', subjects: ['data-protection'] },
];

/**
 * The sections of the CHS commercial client complaints policy (September 2023).
 *
 * @example
 * ```ts
 * chsCommercialPolicySections.length; // 6
 * ```
 */
export const chsCommercialPolicySections: readonly PolicySection[] = [
  { section: 's.1', title: 'Aim', subjects: ['aims'] },
  { section: 's.2', title: 'Who can complain under this Policy?', subjects: ['scope', 'definition'] },
  {
    section: 's.3',
    title: 'What is a complaint?',
    subjects: ['definition', 'service-requests', 'exclusions', 'unacceptable-behaviour'],
  },
  { section: 's.4', title: 'Receiving complaints', subjects: ['channels'] },
  {
    section: 's.5',
    title: 'Client Complaints procedure',
    subjects: ['procedure', 'timescales', 'complaints-officers'],
  },
  // Plain language, reasons, outstanding actions; the Equality Act and the Unacceptable Behaviour Policy.
  { section: 's.6', title: 'Communications', subjects: ['responses', 'equality', 'unacceptable-behaviour'] },
];

/**
 * The section maps of the built-in policies, keyed by policy id.
 *
 * @example
 * ```ts
 * POLICY_SECTIONS['wellington-2024-11']?.length; // 13
 * ```
 */
export const POLICY_SECTIONS: Readonly<Record<string, readonly PolicySection[]>> = {
  'wellington-2024-11': coOpPolicySections,
  'dennetts-2025-01': coOpPolicySections,
  'chs-commercial-client-2023-09': chsCommercialPolicySections,
};

/**
 * Which subjects of a policy section can evidence each Code provision: evidence cites a fitting
 * section when at least one of the section's subjects is listed here for the provision.
 *
 * @example
 * ```ts
 * PROVISION_SUBJECTS['6.3']; // ['timescales']
 * ```
 */
export const PROVISION_SUBJECTS: Readonly<Record<ProvisionNumber, readonly PolicySubject[]>> = {
  '1.2': ['definition'],
  '1.3': ['definition', 'representatives'],
  '1.4': ['definition', 'service-requests'],
  '1.5': ['service-requests'],
  '1.6': ['definition'],
  '2.1': ['exclusions'],
  '2.2': ['exclusions'],
  '2.3': ['exclusions'],
  '2.4': ['exclusions'],
  '2.5': ['exclusions'],
  '3.1': ['channels', 'equality'],
  '3.2': ['channels'],
  '3.3': ['learning', 'governance'],
  '3.4': ['publicity'],
  '3.5': ['publicity'],
  '3.6': ['representatives'],
  '3.7': ['ombudsman'],
  '4.1': ['complaints-officers'],
  '4.2': ['complaints-officers'],
  '4.3': ['learning', 'complaints-officers'],
  '5.1': ['scope'],
  '5.2': ['procedure'],
  '5.3': ['procedure'],
  '5.4': ['procedure'],
  '5.5': ['procedure', 'complaints-officers'],
  '5.6': ['procedure'],
  '5.7': ['procedure'],
  '5.8': ['procedure', 'complaints-officers'],
  '5.9': ['timescales'],
  '5.10': ['equality'],
  '5.11': ['exclusions'],
  '5.12': ['records'],
  '5.13': ['remedies'],
  '5.14': ['unacceptable-behaviour'],
  '5.15': ['unacceptable-behaviour'],
  '6.1': ['procedure'],
  '6.2': ['procedure', 'timescales'],
  '6.3': ['timescales'],
  '6.4': ['timescales'],
  '6.5': ['timescales'],
  '6.6': ['responses'],
  '6.7': ['responses'],
  '6.8': ['procedure', 'exclusions'],
  '6.9': ['responses'],
  '6.10': ['procedure'],
  '6.11': ['procedure', 'timescales'],
  '6.12': ['procedure'],
  '6.13': ['procedure', 'complaints-officers'],
  '6.14': ['timescales'],
  '6.15': ['timescales'],
  '6.16': ['timescales'],
  '6.17': ['responses'],
  '6.18': ['responses'],
  '6.19': ['responses'],
  '6.20': ['procedure', 'complaints-officers'],
  '7.1': ['remedies'],
  '7.2': ['remedies'],
  '7.3': ['remedies'],
  '7.4': ['remedies'],
  '8.1': ['governance'],
  '8.2': ['governance'],
  '8.3': ['governance'],
  '8.4': ['governance'],
  '8.5': ['governance', 'ombudsman'],
  '9.1': ['learning'],
  '9.2': ['learning'],
  '9.3': ['learning', 'governance'],
  '9.4': ['governance', 'learning'],
  '9.5': ['governance'],
  '9.6': ['governance'],
  '9.7': ['governance'],
  '9.8': ['learning', 'complaints-officers'],
};
