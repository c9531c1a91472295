/**
 * Ombudsman schemes as data: who considers a complaint after a landlord's procedure in each part
 * of the UK, how to reach them, their own time limit, and which Code or model procedure the lint
 * measures a policy against. The engine reads these; no condition names a scheme.
 */
import type { Source } from '../core/source.js';
import type { Confirmation } from '../outcomes/guidance.js';
import { argumentError } from '../core/guard.js';

import { MODEL_TIMESCALES, SCHEME_BASICS, type ModelTimescale, type RegulatorFigureSetId, type SchemeId } from './scheme-basics.js';
import { deepFrozen } from '../core/freeze.js';

export {
  REGULATOR_FIGURES,
  REGULATOR_FIGURE_SET_IDS,
  MODEL_TIMESCALES,
  SCHEME_BASICS,
  SCHEME_IDS,
  codeBinds,
  reportsFigures,
  schemeBasicsOf,
  type RegulatorFigureSet,
  type RegulatorFigureSetId,
  type ModelTimescale,
  type ModelStageTimescales,
  type SchemeBasics,
  type SchemeId,
} from './scheme-basics.js';

/**
 * A way of bringing a complaint to the scheme, and from when (and until when) it is accepted.
 *
 * @example
 * ```ts
 * const c: SchemeChannel = { kind: 'online-form', detail: 'https://www.spso.org.uk/complain/form/start/', newComplaints: true, source: { note: 'SPSO website' } };
 * ```
 */
export interface SchemeChannel {
  readonly kind: 'online-form' | 'telephone' | 'email' | 'post';
  readonly detail: string;
  /** Whether the channel takes new complaints, or only enquiries about existing ones. */
  readonly newComplaints: boolean;
  /** The first day the entry applies (inclusive), when it changed on a known date. */
  readonly from?: string;
  readonly source: Source;
}


/**
 * What a scheme's model procedure requires of a landlord's policy at one stage.
 *
 * @example
 * ```ts
 * SCHEMES.spso.model?.stages[0].acknowledge; // null: the frontline response has no separate acknowledgement
 * ```
 */
export interface ModelStage {
  readonly acknowledge: ModelTimescale | null;
  readonly respond: ModelTimescale;
  /** The most extra working days the model allows, or null when it allows more with reasons and a new date. */
  readonly extensionTotal: number | null;
  readonly extensionText: string;
  readonly confirmation: Confirmation;
}

/**
 * A Code or model procedure a policy is measured against, other than the Housing Ombudsman's
 * Complaint Handling Code (which has its own table).
 *
 * @example
 * ```ts
 * SCHEMES.spso.model?.title; // 'SPSO Model Complaints Handling Procedure'
 * ```
 */
export interface ModelProcedure {
  readonly id: string;
  readonly title: string;
  readonly stages: readonly [ModelStage, ModelStage];
  /** Whether a complaint may be handled at stage 2 from the start (complex or serious). */
  readonly directToStage2: { readonly allowed: boolean; readonly text: string };
  /** The time limit for complaining to the landlord. */
  readonly timeLimit: { readonly months: number; readonly from: 'later-of-issue-and-awareness'; readonly discretion: boolean; readonly text: string };
  /**
   * The time for asking for stage 2: the later of each period (the lint measures a policy's
   * `escalation.window` against it), and how far the library confirmed it.
   */
  readonly escalationWindow: {
    readonly text: string;
    readonly periods: readonly { readonly months: number; readonly anchor: 'awareness' | 'stage-response' }[];
    readonly confirmation: Confirmation;
  };
  readonly confirmation: Confirmation;
}

/**
 * One ombudsman scheme.
 *
 * @example
 * ```ts
 * SCHEMES['housing-ombudsman'].measuredAgainst; // 'code-2024'
 * ```
 */
export interface OmbudsmanScheme {
  readonly id: SchemeId;
  readonly name: string;
  readonly regions: readonly ('england-and-wales' | 'scotland' | 'northern-ireland')[];
  readonly channels: readonly SchemeChannel[];
  /** The scheme's own time limit for complaints brought to it. */
  readonly timeLimit: { readonly months: number | null; readonly from: 'awareness' | 'final-response' | null; readonly text: string; readonly confirmation: Confirmation };
  /** What the lint measures a policy in the scheme against: the Code table, a model procedure, or nothing the library holds. */
  readonly measuredAgainst: 'code-2024' | 'model-procedure' | null;
  readonly model: ModelProcedure | null;
  /**
   * The regulator complaint figures a performance report gives for a policy in the scheme, from
   * {@link SCHEME_BASICS}: the Tenant Satisfaction Measures CH01 and CH02 (`'tsm'`) for the Housing
   * Ombudsman's, the Scottish Housing Regulator's Annual Return on the Charter indicators 3 and 4
   * (`'arc'`) for the SPSO's, none for NIPSO's.
   */
  readonly regulatorFigures: readonly RegulatorFigureSetId[];
  /** Why the scheme has those figures: the regulator its landlords report to. */
  readonly regulatorFiguresReason: Source;
  /**
   * When a complainant may take a complaint to the scheme: at any time (`anyTime`, so letters say
   * so), or once the landlord's procedure is complete; in the words found, with their source.
   */
  readonly referral: { readonly anyTime: boolean; readonly text: string; readonly source: Source };
  readonly source: Source;
}

const CHECKED_ON = '2026-12-02';

const HO_EMAIL_CHANGE: Source = /* @__PURE__ */ deepFrozen({
  note: "Housing Ombudsman Service: 'From 13 January 2026, we will no longer accept new cases by email. Please use our online webform to submit your complaint.'",
});

/**
 * The date from which the Housing Ombudsman no longer accepts new cases by email.
 *
 * @example
 * ```ts
 * HOUSING_OMBUDSMAN_EMAIL_CLOSED_FROM; // '2026-01-13'
 * ```
 */
export const HOUSING_OMBUDSMAN_EMAIL_CLOSED_FROM = '2026-01-13';

const SPSO_SECONDARY: Confirmation = /* @__PURE__ */ deepFrozen({
  status: 'secondary',
  found:
    "Procedures built on the SPSO model: 'We will give you our decision at stage one in five working days or less unless there are exceptional circumstances'; stage 2: 'acknowledge receipt of your complaint within three working days ... give you a full response ... as soon as possible, normally within 20 working days. If our investigation will take longer than 20 working days, we will tell you. We will tell you our revised time limits'. The SPSO's own text of the model procedure was not in the sources the library could check.",
  checked: [
    { title: 'Scottish Commission on Social Security, Complaints Handling Procedure, Stage 2: Investigation', url: 'https://socialsecuritycommission.scot/publications/corporate-documents/complaints-handling/stage-2-investigation', on: CHECKED_ON },
    { title: 'North Lanarkshire Council, more information about social work complaints', url: 'https://northlanarkshire.gov.uk/your-council/complaints-and-feedback/make-complaint/make-social-work-complaint/more-information-about-social-work-complaints', on: CHECKED_ON },
    { title: 'West Lothian Council, What happens when I have complained?', url: 'https://westlothian.gov.uk/article/45306/What-happens-when-I-have-complained', on: CHECKED_ON },
    {
      title: "A Scottish housing association's complaints leaflet (July 2023), 'What happens when I have complained?': the model's customer text word for word, with the stage 2 window and 'those that clearly require investigation, and so are handled directly at this stage'",
      url: 'https://issuu.com/inhousedigital/docs/go_complaints_12pp_0723_web/s/28962582',
      on: '2026-12-03',
    },
    { title: 'Scottish Courts and Tribunals Service, complaints procedure (five working days; three and 20 working days at investigation)', url: 'https://scotcourts.gov.uk/complaints/complaints-and-feedback/scs-complaints-procedure', on: '2026-12-03' },
    { title: "Scottish Commission on Social Security, Complaints Handling Procedure, Stage 1: Frontline response (paragraphs 15 to 17: 'five working days or less, unless there are exceptional circumstances'; the stage 2 window)", url: 'https://socialsecuritycommission.scot/publications/corporate-documents/complaints-handling/stage-1-frontline-response/', on: '2026-12-03' },
    { title: "Scottish Commission on Social Security, Complaints Handling Procedure, How long do I have to make a complaint? (paragraphs 11 and 12: six months, exceptional circumstances)", url: 'https://socialsecuritycommission.scot/publications/corporate-documents/complaints-handling/how-long-do-i-have-to-make-a-complaint', on: '2026-12-03' },
  ],
});

const SPSO_STAGE1_EXTENSION: Confirmation = /* @__PURE__ */ deepFrozen({
  status: 'unconfirmed',
  found:
    "Scottish procedures built on the model say only 'unless there are exceptional circumstances'. A total of 10 working days was found only in a Northern Ireland council's procedure on the NIPSO model ('no longer than ten working days in total', Belfast City Council).",
  checked: [
    { title: 'Belfast City Council, Our complaints handling procedure', url: 'https://www.belfastcity.gov.uk/documents/customer-complaints-annual-feedback-summary/our-complaints-handling-procedure', on: CHECKED_ON },
    { title: 'North Lanarkshire Council, more information about social work complaints', on: CHECKED_ON },
    { title: "Queens Cross Housing Association, Complaint Handling Procedure (March 2017): a section 'Extension to the timeline' at stage 1, its figure not in the text found", url: 'https://pdfslide.us/documents/queens-cross-housing-association-complaint-handling-procedure-1-section-contents.html', on: '2026-12-03' },
    { title: "Searched again: Scottish procedures on the model (Scottish Commission on Social Security, Fife Council, Scottish Courts and Tribunals Service, Highland Council's 2017 procedure) say 'unless there are exceptional circumstances' and give no total; no Scottish text with '10 working days in total' was found", on: '2026-12-03' },
  ],
});

/**
 * The SPSO Model Complaints Handling Procedure, as far as the library could confirm it.
 *
 * @example
 * ```ts
 * SPSO_MCHP.stages[0].respond.workingDays; // 5
 * ```
 */
// Reads MODEL_TIMESCALES, so wrapped as pure: a bundle that does not use the model drops it.
export const SPSO_MCHP: ModelProcedure = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({
  id: 'spso-mchp',
  title: 'SPSO Model Complaints Handling Procedure',
  stages: [
    {
      acknowledge: MODEL_TIMESCALES.spso![0].acknowledge,
      respond: MODEL_TIMESCALES.spso![0].respond,
      extensionTotal: 10,
      extensionText: 'Longer only in exceptional circumstances; reported as no more than 10 working days in total.',
      confirmation: SPSO_STAGE1_EXTENSION,
    },
    {
      acknowledge: MODEL_TIMESCALES.spso![1].acknowledge,
      respond: MODEL_TIMESCALES.spso![1].respond,
      extensionTotal: null,
      extensionText: 'If our investigation will take longer than 20 working days, we will tell you. We will tell you our revised time limits and keep you updated on progress.',
      confirmation: SPSO_SECONDARY,
    },
  ],
  directToStage2: {
    allowed: true,
    text: 'Stage 2 deals with two types of complaint: where the customer remains dissatisfied after stage 1 and those that clearly require investigation, and so are handled directly at this stage.',
  },
  timeLimit: {
    months: 6,
    from: 'later-of-issue-and-awareness',
    discretion: true,
    text: 'Normally, you must make your complaint within six months of: the event you want to complain about; or finding out that you have a reason to complain. In exceptional circumstances, we may be able to accept a complaint after the time limit.',
  },
  escalationWindow: {
    text: 'You must normally ask us to consider your complaint at stage 2 either: within six months of the event you want to complain about or finding out that you have a reason to complain; or within two months of receiving your stage 1 response (if this is later).',
    periods: [
      { months: 6, anchor: 'awareness' },
      { months: 2, anchor: 'stage-response' },
    ],
    confirmation: {
      status: 'secondary',
      found: "The model's customer text, word for word, as published by bodies that adopt it (the sentence above); the SPSO's own text of the model was not found.",
      checked: [
        { title: 'Scottish Commission on Social Security, Complaints Handling Procedure, Stage 1: Frontline response', url: 'https://socialsecuritycommission.scot/publications/corporate-documents/complaints-handling/stage-1-frontline-response/', on: '2026-12-03' },
        { title: "A Scottish housing association's complaints leaflet (July 2023), 'What happens when I have complained?'", url: 'https://issuu.com/inhousedigital/docs/go_complaints_12pp_0723_web/s/28962582', on: '2026-12-03' },
      ],
    },
  },
  confirmation: SPSO_SECONDARY,
}))());

/**
 * Every scheme, by id.
 *
 * @example
 * ```ts
 * SCHEMES.spso.timeLimit.months; // 12
 * SCHEMES['housing-ombudsman'].channels.filter((c) => c.newComplaints).map((c) => c.kind);
 * ```
 */
// Built from SCHEME_BASICS, so wrapped as pure: a bundle that does not use SCHEMES drops it.
export const SCHEMES: { readonly [K in SchemeId]: OmbudsmanScheme & { readonly id: K } } = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({
  'housing-ombudsman': {
    id: 'housing-ombudsman',
    name: SCHEME_BASICS['housing-ombudsman'].name,
    regions: ['england-and-wales'],
    channels: [
      { kind: 'online-form', detail: 'https://www.housing-ombudsman.org.uk/residents/make-a-complaint/', newComplaints: true, source: HO_EMAIL_CHANGE },
      { kind: 'telephone', detail: '0300 111 3000', newComplaints: true, source: { note: 'Housing Ombudsman Service contact details as published by member landlords (e.g. Manchester City Council, social housing complaints)' } },
      { kind: 'email', detail: 'info@housing-ombudsman.org.uk', newComplaints: false, from: HOUSING_OMBUDSMAN_EMAIL_CLOSED_FROM, source: HO_EMAIL_CHANGE },
      { kind: 'post', detail: 'Housing Ombudsman Service, PO Box 1484, Unit D, Preston, PR2 0ET', newComplaints: true, source: { note: 'Manchester City Council, social housing complaints: how to contact the Housing Ombudsman' } },
    ],
    timeLimit: {
      months: 12,
      from: 'final-response',
      text: "If it has been 12 months or more since your landlord issued its stage 2 (final) response to your complaint, we will not be able to consider it for investigation.",
      confirmation: {
        status: 'confirmed',
        found:
          "Housing Ombudsman Service, 'What to do if your stage 2 complaint response is more than 1 year old': 'If it has been 12 months or more since your landlord issued its stage 2 (final) response to your complaint, we will not be able to consider it for investigation.' It adds that a resident who has reasons for not referring it sooner must tell the Ombudsman them. The Scheme's own paragraph was not read.",
        checked: [
          { title: 'Housing Ombudsman Service, What to do if your stage 2 complaint response is more than 1 year old', url: 'https://housing-ombudsman.org.uk/residents/make-a-complaint/your-complaint-is-over-a-year-old', on: '2026-12-03' },
          { title: 'Housing Ombudsman Service, How will you investigate my complaint?', url: 'https://www.housing-ombudsman.org.uk/residents/how-will-you-investigate-my-complaint/', on: CHECKED_ON },
        ],
      },
    },
    measuredAgainst: SCHEME_BASICS['housing-ombudsman'].measuredAgainst,
    model: null,
    regulatorFigures: SCHEME_BASICS['housing-ombudsman'].regulatorFigures,
    regulatorFiguresReason: { note: "The Regulator of Social Housing regulates social landlords in England and sets the Tenant Satisfaction Measures; CH02 measures responses against the Housing Ombudsman's Complaint Handling Code timescales." },
    referral: SCHEME_BASICS['housing-ombudsman'].referral,
    source: { note: 'Housing Ombudsman Service; Complaint Handling Code 2024 (statutory from 1 April 2024)' },
  },
  spso: {
    id: 'spso',
    name: SCHEME_BASICS.spso.name,
    regions: ['scotland'],
    channels: [
      { kind: 'online-form', detail: 'https://www.spso.org.uk/complain/form/start/', newComplaints: true, source: { note: "SPSO, 'Making a complaint - SPSO complaint form'" } },
      { kind: 'telephone', detail: 'Freephone 0800 377 7330', newComplaints: true, source: { note: 'SPSO freephone, as published by West Lothian Council and North Valley HA' } },
      { kind: 'post', detail: 'Freepost SPSO', newComplaints: true, source: { note: 'West Lothian Council, contacting the SPSO' } },
    ],
    timeLimit: {
      months: 12,
      from: 'awareness',
      text: "We can usually only look at complaints that ... the person complaining knew about less than 12 months ago",
      confirmation: { status: 'confirmed', found: "SPSO complaint form: 'the person complaining knew about less than 12 months ago'", checked: [{ title: 'SPSO, Making a complaint - SPSO complaint form', url: 'https://www.spso.org.uk/complain/form/start/', on: CHECKED_ON }] },
    },
    measuredAgainst: SCHEME_BASICS.spso.measuredAgainst,
    model: SPSO_MCHP,
    regulatorFigures: SCHEME_BASICS.spso.regulatorFigures,
    regulatorFiguresReason: { note: "Scottish social landlords report to the Scottish Housing Regulator in the Annual Return on the Charter; the Tenant Satisfaction Measures are England's (Regulator of Social Housing) and measure against the Housing Ombudsman's Code, which does not bind them." },
    referral: SCHEME_BASICS.spso.referral,
    source: { note: 'Scottish Public Services Ombudsman; SPSO Model Complaints Handling Procedure' },
  },
  nipso: {
    id: 'nipso',
    name: SCHEME_BASICS.nipso.name,
    regions: ['northern-ireland'],
    channels: [{ kind: 'telephone', detail: '0800 343424', newComplaints: true, source: { note: 'NIPSO, Our Standards of Service Complaints Procedure' } }],
    timeLimit: {
      months: 6,
      from: 'final-response',
      text: "We would not generally accept your complaint if: You make your complaint more than 6 months after completing the organisation's complaints procedure",
      confirmation: { status: 'confirmed', found: "NIPSO FAQ: 'more than 6 months after completing the organisation's complaints procedure'", checked: [{ title: 'NIPSO, Frequently Asked Questions', url: 'https://nipso.org.uk/nipso/about-us/frequently-asked-questions/', on: CHECKED_ON }] },
    },
    measuredAgainst: SCHEME_BASICS.nipso.measuredAgainst,
    model: null,
    regulatorFigures: SCHEME_BASICS.nipso.regulatorFigures,
    regulatorFiguresReason: { note: "The library holds no Northern Ireland regulator's complaint figures; the Tenant Satisfaction Measures are England's and measure against the Housing Ombudsman's Code." },
    referral: SCHEME_BASICS.nipso.referral,
    source: {
      note: "NIPSO publishes Model Complaints Handling Procedures, local government first ('Straightforward ones should be dealt with within 5 days, while more complicated ones should usually take no more than 20 days'); no model procedure for social landlords was found, so the lint measures nothing for this scheme. Searched again on 3 December 2026: a council procedure on NIPSO's local government model (Ards and North Down), the Housing Executive's own procedure and the Department for Communities' guide for housing associations; none is a NIPSO model for social landlords.",
    },
  },
}))());

/**
 * The scheme of a policy: `ombudsman.scheme`, or the Housing Ombudsman when the policy does not
 * say (every policy before schemes were data was in it or measured against its Code).
 *
 * @example
 * ```ts
 * policyScheme(policies.wellington).id; // 'housing-ombudsman'
 * ```
 */
export function policyScheme(policy: { readonly ombudsman: { readonly scheme?: SchemeId | undefined } }): OmbudsmanScheme {
  if (typeof policy !== 'object' || policy === null || typeof policy.ombudsman !== 'object' || policy.ombudsman === null) {
    throw argumentError({ fn: 'policyScheme', path: typeof policy === 'object' && policy !== null ? 'policy.ombudsman' : 'policy' }, 'type', 'a Policy with its ombudsman', policy);
  }
  const id = policy.ombudsman.scheme ?? 'housing-ombudsman';
  return Object.hasOwn(SCHEMES, id) ? SCHEMES[id] : SCHEMES['housing-ombudsman'];
}
