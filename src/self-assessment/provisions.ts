import { deepFrozen } from '../core/freeze.js';
/**
 * The provisions of the Housing Ombudsman's Complaint Handling Code 2024 as they appear on the
 * Ombudsman's self-assessment form (1.2 to 9.8, 72 in all), with the requirement text the form
 * gives. Transcribed from Wellington Housing Co-operative's completed form of November 2024; where
 * the text extraction broke a cell over several lines, repeated a line (4.1, 6.13) or left stray
 * numbers ('0.10', '6.40'), the cell is re-joined and the debris dropped. Wording is otherwise
 * verbatim, including the form's own slips ("published on the on the section" in 8.2).
 */

/**
 * The nine sections of the Code, in order.
 *
 * @example
 * ```ts
 * CODE_SECTIONS.find((s) => s.id === 'stages')?.title; // 'Complaint stages'
 * ```
 */
export const CODE_SECTIONS = /* @__PURE__ */ deepFrozen([
  { id: 'definition', number: 1, title: 'Definition of a complaint' },
  { id: 'exclusions', number: 2, title: 'Exclusions' },
  { id: 'accessibility', number: 3, title: 'Accessibility and awareness' },
  { id: 'staff', number: 4, title: 'Complaint handling staff' },
  { id: 'process', number: 5, title: 'The complaint handling process' },
  { id: 'stages', number: 6, title: 'Complaint stages' },
  { id: 'putting-things-right', number: 7, title: 'Putting things right' },
  { id: 'self-assessment', number: 8, title: 'Self-assessment, reporting and compliance' },
  { id: 'scrutiny', number: 9, title: 'Scrutiny and oversight: continuous learning and improvement' },
] as const);

/**
 * Identifier of one of the Code's nine sections, e.g. `'stages'` for section 6.
 *
 * @example
 * ```ts
 * const id: CodeSectionId = 'putting-things-right';
 * ```
 */
export type CodeSectionId = (typeof CODE_SECTIONS)[number]['id'];

/**
 * One of the Code's nine sections: its identifier, number and title.
 *
 * @example
 * ```ts
 * const s: CodeSection = codeSection('exclusions'); // { id: 'exclusions', number: 2, title: 'Exclusions' }
 * ```
 */
export type CodeSection = (typeof CODE_SECTIONS)[number];

/**
 * Every provision number on the form, in form order.
 *
 * @example
 * ```ts
 * PROVISION_NUMBERS.length; // 72
 * PROVISION_NUMBERS.includes('6.3'); // true
 * ```
 */
export const PROVISION_NUMBERS = /* @__PURE__ */ deepFrozen([
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '4.1',
  '4.2',
  '4.3',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '5.5',
  '5.6',
  '5.7',
  '5.8',
  '5.9',
  '5.10',
  '5.11',
  '5.12',
  '5.13',
  '5.14',
  '5.15',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
  '6.7',
  '6.8',
  '6.9',
  '6.10',
  '6.11',
  '6.12',
  '6.13',
  '6.14',
  '6.15',
  '6.16',
  '6.17',
  '6.18',
  '6.19',
  '6.20',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '8.5',
  '9.1',
  '9.2',
  '9.3',
  '9.4',
  '9.5',
  '9.6',
  '9.7',
  '9.8',
] as const);

/**
 * A provision number on the Code 2024 self-assessment form: `'1.2'` to `'9.8'`.
 *
 * @example
 * ```ts
 * const p: ProvisionNumber = '6.3';
 * isProvisionNumber('6.21'); // false: there is no provision 6.21
 * ```
 */
export type ProvisionNumber = (typeof PROVISION_NUMBERS)[number];

/**
 * One provision of the Code 2024: its number, the Code section it belongs to, and the requirement
 * text as the self-assessment form gives it.
 *
 * @example
 * ```ts
 * const p: Provision = { number: '6.3', section: 'stages', text: 'Landlords must issue a full response ...' };
 * ```
 */
export interface Provision {
  readonly number: ProvisionNumber;
  readonly section: CodeSectionId;
  readonly text: string;
}

/**
 * The 72 provisions of the Complaint Handling Code 2024 on the Ombudsman's self-assessment form,
 * in form order (1.2 to 9.8; the form has no row for 1.1, the Code's introduction to section 1).
 *
 * @example
 * ```ts
 * import { code2024 } from 'housing-complaints/self-assessment';
 * code2024.length; // 72
 * code2024.find((p) => p.number === '6.3')?.text;
 * // 'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.'
 * ```
 */
export const code2024: readonly Provision[] = /* @__PURE__ */ deepFrozen([
  {
    number: '1.2',
    section: 'definition',
    text: "A complaint must be defined as: 'an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord, its own staff, or those acting on its behalf, affecting a resident or group of residents.'",
  },
  {
    number: '1.3',
    section: 'definition',
    text: "A resident does not have to use the word 'complaint' for it to be treated as such. Whenever a resident expresses dissatisfaction landlords must give them the choice to make complaint. A complaint that is submitted via a third party or representative must be handled in line with the landlord's complaints policy.",
  },
  {
    number: '1.4',
    section: 'definition',
    text: 'Landlords must recognise the difference between a service request and a complaint. This must be set out in their complaints policy. A service request is a request from a resident to the landlord requiring action to be taken to put something right. Service requests are not complaints, but must be recorded, monitored and reviewed regularly.',
  },
  {
    number: '1.5',
    section: 'definition',
    text: 'A complaint must be raised when the resident expresses dissatisfaction with the response to their service request, even if the handling of the service request remains ongoing. Landlords must not stop their efforts to address the service request if the resident complains.',
  },
  {
    number: '1.6',
    section: 'definition',
    text: 'An expression of dissatisfaction with services made through a survey is not defined as a complaint, though wherever possible, the person completing the survey should be made aware of how they can pursue a complaint if they wish to. Where landlords ask for wider feedback about their services, they also must provide details of how residents can complain.',
  },
  {
    number: '2.1',
    section: 'exclusions',
    text: 'Landlords must accept a complaint unless there is a valid reason not to do so. If landlords decide not to accept a complaint they must be able to evidence their reasoning. Each complaint must be considered on its own merits',
  },
  {
    number: '2.2',
    section: 'exclusions',
    text: 'A complaints policy must set out the circumstances in which a matter will not be considered as a complaint or escalated, and these circumstances must be fair and reasonable to residents. Acceptable exclusions include: The issue giving rise to the complaint occurred over twelve months ago. Legal proceedings have started. This is defined as details of the claim, such as the Claim Form and Particulars of Claim, having been filed at court. Matters that have previously been considered under the complaints policy.',
  },
  {
    number: '2.3',
    section: 'exclusions',
    text: 'Landlords must accept complaints referred to them within 12 months of the issue occurring or the resident becoming aware of the issue, unless they are excluded on other grounds. Landlords must consider whether to apply discretion to accept complaints made outside this time limit where there are good reasons to do so.',
  },
  {
    number: '2.4',
    section: 'exclusions',
    text: 'If a landlord decides not to accept a complaint, an explanation must be provided to the resident setting out the reasons why the matter is not suitable for the complaints process and the right to take that decision to the Ombudsman. If the Ombudsman does not agree that the exclusion has been fairly applied, the Ombudsman may tell the landlord to take on the complaint.',
  },
  {
    number: '2.5',
    section: 'exclusions',
    text: 'Landlords must not take a blanket approach to excluding complaints; they must consider the individual circumstances of each complaint.',
  },
  {
    number: '3.1',
    section: 'accessibility',
    text: 'Landlords must make it easy for residents to complain by providing different channels through which they can make a complaint. Landlords must consider their duties under the Equality Act 2010 and anticipate the needs and reasonable adjustments of residents who may need to access the complaints process.',
  },
  {
    number: '3.2',
    section: 'accessibility',
    text: 'Residents must be able to raise their complaints in any way and with any member of staff. All staff must be aware of the complaints process and be able to pass details of the complaint to the appropriate person within the landlord.',
  },
  {
    number: '3.3',
    section: 'accessibility',
    text: 'High volumes of complaints must not be seen as a negative, as they can be indicative of a well-publicised and accessible complaints process. Low complaint volumes are potentially a sign that residents are unable to complain.',
  },
  {
    number: '3.4',
    section: 'accessibility',
    text: "Landlords must make their complaint policy available in a clear and accessible format for all residents. This will detail the two stage process, what will happen at each stage, and the timeframes for responding. The policy must also be published on the landlord's website.",
  },
  {
    number: '3.5',
    section: 'accessibility',
    text: 'The policy must explain how the landlord will publicise details of the complaints policy, including information about the Ombudsman and this Code.',
  },
  {
    number: '3.6',
    section: 'accessibility',
    text: 'Landlords must give residents the opportunity to have a representative deal with their complaint on their behalf, and to be represented or accompanied at any meeting with the landlord.',
  },
  {
    number: '3.7',
    section: 'accessibility',
    text: 'Landlords must provide residents with information on their right to access the Ombudsman service and how the individual can engage with the Ombudsman about their complaint.',
  },
  {
    number: '4.1',
    section: 'staff',
    text: "Landlords must have a person or team assigned to take responsibility for complaint handling, including liaison with the Ombudsman and ensuring complaints are reported to the governing body (or equivalent). This Code will refer to that person or team as the 'complaints officer'. This role may be in addition to other duties.",
  },
  {
    number: '4.2',
    section: 'staff',
    text: 'The complaints officer must have access to staff at all levels to facilitate the prompt resolution of complaints. They must also have the authority and autonomy to act to resolve disputes promptly and fairly.',
  },
  {
    number: '4.3',
    section: 'staff',
    text: 'Landlords are expected to prioritise complaint handling and a culture of learning from complaints. All relevant staff must be suitably trained in the importance of complaint handling. It is important that complaints are seen as a core service and must be resourced to handle complaints effectively',
  },
  {
    number: '5.1',
    section: 'process',
    text: 'Landlords must have a single policy in place for dealing with complaints covered by this Code. Residents must not be treated differently if they complain.',
  },
  {
    number: '5.2',
    section: 'process',
    text: "The early and local resolution of issues between landlords and residents is key to effective complaint handling. It is not appropriate to have extra named stages (such as 'stage 0' or 'informal complaint') as this causes unnecessary confusion.",
  },
  {
    number: '5.3',
    section: 'process',
    text: 'A process with more than two stages is not acceptable under any circumstances as this will make the complaint process unduly long and delay access to the Ombudsman.',
  },
  {
    number: '5.4',
    section: 'process',
    text: "Where a landlord's complaint response is handled by a third party (e.g. a contractor or independent adjudicator) at any stage, it must form part of the two stage complaints process set out in this Code. Residents must not be expected to go through two complaints processes.",
  },
  {
    number: '5.5',
    section: 'process',
    text: 'Landlords are responsible for ensuring that any third parties handle complaints in line with the Code.',
  },
  {
    number: '5.6',
    section: 'process',
    text: 'When a complaint is logged at Stage 1 or escalated to Stage 2, landlords must set out their understanding of the complaint and the outcomes the resident is seeking. The Code will refer to this as "the complaint definition". If any aspect of the complaint is unclear, the resident must be asked for clarification.',
  },
  {
    number: '5.7',
    section: 'process',
    text: 'When a complaint is acknowledged at either stage, landlords must be clear which aspects of the complaint they are, and are not, responsible for and clarify any areas where this is not clear.',
  },
  {
    number: '5.8',
    section: 'process',
    text: 'At each stage of the complaints process, complaint handlers must: a. deal with complaints on their merits, act independently, and have an open mind; b. give the resident a fair chance to set out their position; c. take measures to address any actual or perceived conflict of interest; and d. consider all relevant information and evidence carefully.',
  },
  {
    number: '5.9',
    section: 'process',
    text: 'Where a response to a complaint will fall outside the timescales set out in this Code, the landlord must agree with the resident suitable intervals for keeping them informed about their complaint.',
  },
  {
    number: '5.10',
    section: 'process',
    text: 'Landlords must make reasonable adjustments for residents where appropriate under the Equality Act 2010. Landlords must keep a record of any reasonable adjustments agreed, as well as a record of any disabilities a resident has disclosed. Any agreed reasonable adjustments must be kept under active review.',
  },
  {
    number: '5.11',
    section: 'process',
    text: 'Landlords must not refuse to escalate a complaint through all stages of the complaints procedure unless it has valid reasons to do so. Landlords must clearly set out these reasons, and they must comply with the provisions set out in section 2 of this Code.',
  },
  {
    number: '5.12',
    section: 'process',
    text: 'A full record must be kept of the complaint, and the outcomes at each stage. This must include the original complaint and the date received, all correspondence with the resident, correspondence with other parties, and any relevant supporting documentation such as reports or surveys.',
  },
  {
    number: '5.13',
    section: 'process',
    text: 'Landlords must have processes in place to ensure a complaint can be remedied at any stage of its complaints process. Landlords must ensure appropriate remedies can be provided at any stage of the complaints process without the need for escalation.',
  },
  {
    number: '5.14',
    section: 'process',
    text: 'Landlords must have policies and procedures in place for managing unacceptable behaviour from residents and/or their representatives. Landlords must be able to evidence reasons for putting any restrictions in place and must keep restrictions under regular review.',
  },
  {
    number: '5.15',
    section: 'process',
    text: 'Any restrictions placed on contact due to unacceptable behaviour must be proportionate and demonstrate regard for the provisions of the Equality Act 2010.',
  },
  {
    number: '6.1',
    section: 'stages',
    text: 'Landlords must have processes in place to consider which complaints can be responded to as early as possible, and which require further investigation. Landlords must consider factors such as the complexity of the complaint and whether the resident is vulnerable or at risk. Most stage 1 complaints can be resolved promptly, and an explanation, apology or resolution provided to the resident.',
  },
  {
    number: '6.2',
    section: 'stages',
    text: 'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.',
  },
  {
    number: '6.3',
    section: 'stages',
    text: 'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.',
  },
  {
    number: '6.4',
    section: 'stages',
    text: 'Landlords must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform the resident of the expected timescale for response. Any extension must be no more than 10 working days without good reason, and the reason(s) must be clearly explained to the resident.',
  },
  {
    number: '6.5',
    section: 'stages',
    text: 'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.',
  },
  {
    number: '6.6',
    section: 'stages',
    text: 'A complaint response must be provided to the resident when the answer to the complaint is known, not when the outstanding actions required to address the issue are completed. Outstanding actions must still be tracked and actioned promptly with appropriate updates provided to the resident.',
  },
  {
    number: '6.7',
    section: 'stages',
    text: 'Landlords must address all points raised in the complaint definition and provide clear reasons for any decisions, referencing the relevant policy, law and good practice where appropriate.',
  },
  {
    number: '6.8',
    section: 'stages',
    text: 'Where residents raise additional complaints during the investigation, these must be incorporated into the stage 1 response if they are related and the stage 1 response has not been issued. Where the stage 1 response has been issued, the new issues are unrelated to the issues already being investigated or it would unreasonably delay the response, the new issues must be logged as a new complaint.',
  },
  {
    number: '6.9',
    section: 'stages',
    text: 'Landlords must confirm the following in writing to the resident at the completion of stage 1 in clear, plain language: a. the complaint stage; b. the complaint definition; c. the decision on the complaint; d. the reasons for any decisions made; e. the details of any remedy offered to put things right; f. details of any outstanding actions; and g. details of how to escalate the matter to stage 2 if the individual is not satisfied with the response.',
  },
  {
    number: '6.10',
    section: 'stages',
    text: "If all or part of the complaint is not resolved to the resident's satisfaction at stage 1, it must be progressed to stage 2 of the landlord's procedure. Stage 2 is the landlord's final response.",
  },
  {
    number: '6.11',
    section: 'stages',
    text: 'Requests for stage 2 must be acknowledged, defined and logged at stage 2 of the complaints procedure within five working days of the escalation request being received.',
  },
  {
    number: '6.12',
    section: 'stages',
    text: 'Residents must not be required to explain their reasons for requesting a stage 2 consideration. Landlords are expected to make reasonable efforts to understand why a resident remains unhappy as part of its stage 2 response.',
  },
  {
    number: '6.13',
    section: 'stages',
    text: 'The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.',
  },
  {
    number: '6.14',
    section: 'stages',
    text: 'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.',
  },
  {
    number: '6.15',
    section: 'stages',
    text: 'Landlords must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform the resident of the expected timescale for response. Any extension must be no more than 20 working days without good reason, and the reason(s) must be clearly explained to the resident.',
  },
  {
    number: '6.16',
    section: 'stages',
    text: 'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.',
  },
  {
    number: '6.17',
    section: 'stages',
    text: 'A complaint response must be provided to the resident when the answer to the complaint is known, not when the outstanding actions required to address the issue are completed. Outstanding actions must still be tracked and actioned promptly with appropriate updates provided to the resident.',
  },
  {
    number: '6.18',
    section: 'stages',
    text: 'Landlords must address all points raised in the complaint definition and provide clear reasons for any decisions, referencing the relevant policy, law and good practice where appropriate.',
  },
  {
    number: '6.19',
    section: 'stages',
    text: 'Landlords must confirm the following in writing to the resident at the completion of stage 2 in clear, plain language: a. the complaint stage; b. the complaint definition; c. the decision on the complaint; d. the reasons for any decisions made; e. the details of any remedy offered to put things right; f. details of any outstanding actions; and g. details of how to escalate the matter to the Ombudsman Service if the individual remains dissatisfied.',
  },
  {
    number: '6.20',
    section: 'stages',
    text: "Stage 2 is the landlord's final response and must involve all suitable staff members needed to issue such a response.",
  },
  {
    number: '7.1',
    section: 'putting-things-right',
    text: 'Where something has gone wrong a landlord must acknowledge this and set out the actions it has already taken, or intends to take, to put things right. These can include: Apologising; Acknowledging where things have gone wrong; Providing an explanation, assistance or reasons; Taking action if there has been delay; Reconsidering or changing a decision; Amending a record or adding a correction or addendum; Providing a financial remedy; Changing policies, procedures or practices.',
  },
  {
    number: '7.2',
    section: 'putting-things-right',
    text: 'Any remedy offered must reflect the impact on the resident as a result of any fault identified.',
  },
  {
    number: '7.3',
    section: 'putting-things-right',
    text: 'The remedy offer must clearly set out what will happen and by when, in agreement with the resident where appropriate. Any remedy proposed must be followed through to completion.',
  },
  {
    number: '7.4',
    section: 'putting-things-right',
    text: 'Landlords must take account of the guidance issued by the Ombudsman when deciding on appropriate remedies.',
  },
  {
    number: '8.1',
    section: 'self-assessment',
    text: "Landlords must produce an annual complaints performance and service improvement report for scrutiny and challenge, which must include: a. the annual self-assessment against this Code to ensure their complaint handling policy remains in line with its requirements. b. a qualitative and quantitative analysis of the landlord's complaint handling performance. This must also include a summary of the types of complaints the landlord has refused to accept; c. any findings of non-compliance with this Code by the Ombudsman; d. the service improvements made as a result of the learning from complaints; e. any annual report about the landlord's performance from the Ombudsman; and f. any other relevant reports or publications produced by the Ombudsman in relation to the work of the landlord.",
  },
  {
    number: '8.2',
    section: 'self-assessment',
    text: "The annual complaints performance and service improvement report must be reported to the landlord's governing body (or equivalent) and published on the on the section of its website relating to complaints. The governing body's response to the report must be published alongside this.",
  },
  {
    number: '8.3',
    section: 'self-assessment',
    text: 'Landlords must also carry out a self-assessment following a significant restructure, merger and/or change in procedures.',
  },
  {
    number: '8.4',
    section: 'self-assessment',
    text: 'Landlords may be asked to review and update the self-assessment following an Ombudsman investigation.',
  },
  {
    number: '8.5',
    section: 'self-assessment',
    text: 'If a landlord is unable to comply with the Code due to exceptional circumstances, such as a cyber incident, they must inform the Ombudsman, provide information to residents who may be affected, and publish this on their website Landlords must provide a timescale for returning to compliance with the Code.',
  },
  {
    number: '9.1',
    section: 'scrutiny',
    text: 'Landlords must look beyond the circumstances of the individual complaint and consider whether service improvements can be made as a result of any learning from the complaint.',
  },
  {
    number: '9.2',
    section: 'scrutiny',
    text: 'A positive complaint handling culture is integral to the effectiveness with which landlords resolve disputes. Landlords must use complaints as a source of intelligence to identify issues and introduce positive changes in service delivery.',
  },
  {
    number: '9.3',
    section: 'scrutiny',
    text: "Accountability and transparency are also integral to a positive complaint handling culture. Landlords must report back on wider learning and improvements from complaints to stakeholders, such as residents' panels, staff and relevant committees.",
  },
  {
    number: '9.4',
    section: 'scrutiny',
    text: 'Landlords must appoint a suitably senior lead person as accountable for their complaint handling. This person must assess any themes or trends to identify potential systemic issues, serious risks, or policies and procedures that require revision.',
  },
  {
    number: '9.5',
    section: 'scrutiny',
    text: "In addition to this a member of the governing body (or equivalent) must be appointed to have lead responsibility for complaints to support a positive complaint handling culture. This person is referred to as the Member Responsible for Complaints ('the MRC').",
  },
  {
    number: '9.6',
    section: 'scrutiny',
    text: "The MRC will be responsible for ensuring the governing body receives regular information on complaints that provides insight on the landlord's complaint handling performance. This person must have access to suitable information and staff to perform this role and report on their findings.",
  },
  {
    number: '9.7',
    section: 'scrutiny',
    text: "As a minimum, the MRC and the governing body (or equivalent) must receive: a. regular updates on the volume, categories and outcomes of complaints, alongside complaint handling performance; b. regular reviews of issues and trends arising from complaint handling; c. regular updates on the outcomes of the Ombudsman's investigations and progress made in complying with orders related to severe maladministration findings; and d. annual complaints performance and service improvement report.",
  },
  {
    number: '9.8',
    section: 'scrutiny',
    text: 'Landlords must have a standard objective in relation to complaint handling for all relevant employees or third parties that reflects the need to: a. have a collaborative and co-operative approach towards resolving complaints, working with colleagues across teams and departments; b. take collective responsibility for any shortfalls identified through complaints, rather than blaming others; and c. act within the professional standards for engaging with complaints as set by any relevant professional body.',
  },
]);

const byNumber = /* @__PURE__ */ (() => new Map<string, Provision>(code2024.map((p) => [p.number, p])))();

/**
 * Whether a string is a provision number on the form.
 *
 * @example
 * ```ts
 * isProvisionNumber('6.3'); // true
 * isProvisionNumber('6.21'); // false
 * ```
 */
export function isProvisionNumber(value: string): value is ProvisionNumber {
  return byNumber.has(value);
}

/**
 * The provision with this number.
 *
 * @example
 * ```ts
 * provision('2.3').section; // 'exclusions'
 * ```
 */
export function provision(number: ProvisionNumber): Provision {
  // Every ProvisionNumber has a row in code2024 (checked by the tests).
  return byNumber.get(number) as Provision;
}

/**
 * The Code section with this identifier.
 *
 * @example
 * ```ts
 * codeSection('stages').number; // 6
 * ```
 */
export function codeSection(id: CodeSectionId): CodeSection {
  return CODE_SECTIONS.find((s) => s.id === id) as CodeSection;
}
