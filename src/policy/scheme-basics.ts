/**
 * The few facts about each ombudsman scheme that the checks, notices, letters and lifecycle read
 * for every policy: its name, what the lint measures a policy in it against, and when a
 * complainant may take a complaint to it. Kept apart from the full scheme data (`SCHEMES`, with
 * contact routes, time limits and model procedures) so that a module needing only these does not
 * carry the rest. `SCHEMES` is built from these entries, so the two never disagree.
 */
import type { Source } from '../core/source.js';
import type { Confirmation } from '../outcomes/guidance.js';
import { argumentError } from '../core/guard.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * The schemes the library knows.
 *
 * @example
 * ```ts
 * SCHEME_IDS.includes('spso'); // true
 * ```
 */
export const SCHEME_IDS = /* @__PURE__ */ deepFrozen(['housing-ombudsman', 'spso', 'nipso'] as const);
/**
 * One of {@link SCHEME_IDS}.
 *
 * @example
 * ```ts
 * const scheme: SchemeId = schemeBasicsOf(policies.spsoModelScotland).id; // 'spso'
 * ```
 */
export type SchemeId = (typeof SCHEME_IDS)[number];

/**
 * The sets of regulator complaint figures a performance report can give: the Regulator of Social
 * Housing's Tenant Satisfaction Measures CH01 and CH02 (`'tsm'`, England) and the Scottish Housing
 * Regulator's Annual Return on the Charter indicators 3 and 4 (`'arc'`).
 *
 * @example
 * ```ts
 * REGULATOR_FIGURE_SET_IDS.includes('arc'); // true
 * ```
 */
export const REGULATOR_FIGURE_SET_IDS = /* @__PURE__ */ deepFrozen(['tsm', 'arc'] as const);
/**
 * One of {@link REGULATOR_FIGURE_SET_IDS}.
 *
 * @example
 * ```ts
 * const sets: readonly RegulatorFigureSetId[] = SCHEME_BASICS.spso.regulatorFigures; // ['arc']
 * ```
 */
export type RegulatorFigureSetId = (typeof REGULATOR_FIGURE_SET_IDS)[number];

/**
 * One set of regulator complaint figures: the regulator, the return or measures it belongs to, the
 * source every figure of the set cites, and how far the library confirmed the definitions.
 *
 * @example
 * ```ts
 * REGULATOR_FIGURES.arc.regulator; // 'Scottish Housing Regulator'
 * ```
 */
export interface RegulatorFigureSet {
  readonly id: RegulatorFigureSetId;
  readonly regulator: string;
  readonly title: string;
  /** What each figure of the set cites (its `note` names the document). */
  readonly source: Source;
  readonly confirmation: Confirmation;
}

/**
 * Each set of regulator figures, by id.
 *
 * @example
 * ```ts
 * REGULATOR_FIGURES.tsm.title; // 'Tenant Satisfaction Measures'
 * ```
 */
export const REGULATOR_FIGURES: { readonly [K in RegulatorFigureSetId]: RegulatorFigureSet & { readonly id: K } } = /* @__PURE__ */ deepFrozen({
  tsm: {
    id: 'tsm',
    regulator: 'Regulator of Social Housing',
    title: 'Tenant Satisfaction Measures',
    source: { note: 'RSH Tenant Satisfaction Measures: Technical Requirements (2024 update)' },
    confirmation: {
      status: 'secondary',
      found:
        "CH01 (complaints relative to the size of the landlord) and CH02 (complaints responded to within Complaint Handling Code timescales), each for stage one and stage two; 'publish and report both parts of a TSM where required (e.g. for CH01, CH02 ...)' for low cost rental and low cost home ownership. The Technical Requirements' own paragraphs were not re-read; the definitions are the library's reading of them.",
      checked: [
        { title: 'Regulator of Social Housing, Tenant Satisfaction Measures: Summary of publication requirements', url: 'https://www.gov.uk/government/publications/tenant-satisfaction-measures-summary-of-publication-requirements', on: '2026-12-02' },
      ],
    },
  },
  arc: {
    id: 'arc',
    regulator: 'Scottish Housing Regulator',
    title: 'Annual Return on the Charter (indicators 3 and 4)',
    source: {
      note: "Scottish Housing Regulator, Annual Return on the Charter, indicators 3 and 4 (Technical Guidance for Landlords; FAQ: 'a stage 1 complaint which progresses to a stage 2 complaint should be recorded as a stage 1 complaint and a stage 2 complaint')",
    },
    confirmation: {
      status: 'unconfirmed',
      found:
        "The Regulator's own FAQ page: 'a stage 1 complaint which progresses to a stage 2 complaint should be recorded as a stage 1 complaint and a stage 2 complaint' (confirmed). A copy of the Technical Guidance (March 2020) shows complaints 'carried forward from previous reporting year' as one of the indicators' parts (secondary). The indicators' exact wording (3: complaints responded to in full at each stage; 4: the average time in working days for a full response) was not found in the Regulator's own text; the library reads them from the Technical Guidance's parts (received, carried forward, responded to in full).",
      checked: [
        {
          title: "Scottish Housing Regulator, Scottish Social Housing Charter: Your frequently asked questions (indicators 3 and 4: 'No, a stage 1 complaint which progresses to a stage 2 complaint should be recorded as a stage 1 complaint and a stage 2 complaint'; complaints about non-registered subsidiaries are left out)",
          url: 'https://www.housingregulator.gov.scot/for-landlords/advisory-guidance/technical-guidance/scottish-social-housing-charter-your-frequently-asked-questions',
          on: '2026-12-03',
        },
        {
          title: "Scottish Social Housing Charter Technical Guidance for Landlords (March 2020), a copy on a document-sharing site: its contents name '(iii) number of 1st and 2nd stage complaints carried forward from previous reporting year' and '(iv) Number of 1st and 2nd stage complaints ...'; the indicators' own wording was not in the part that could be read",
          url: 'https://fdocuments.net/document/scottish-social-housing-charter-indicator-iii-number-of-1st-and-2nd-stage-complaints.html',
          on: '2026-12-03',
        },
      ],
    },
  },
});

/**
 * The basics of one scheme.
 *
 * @example
 * ```ts
 * SCHEME_BASICS.spso.measuredAgainst; // 'model-procedure'
 * ```
 */
export interface SchemeBasics {
  readonly id: SchemeId;
  readonly name: string;
  /** What the lint measures a policy in the scheme against: the Code table, a model procedure, or nothing the library holds. */
  readonly measuredAgainst: 'code-2024' | 'model-procedure' | null;
  /**
   * When a complainant may take a complaint to the scheme: at any time (`anyTime`, so letters say
   * so), or once the landlord's procedure is complete; in the words found, with their source.
   */
  readonly referral: { readonly anyTime: boolean; readonly text: string; readonly source: Source };
  /**
   * The regulator complaint figures a performance report gives for a policy in the scheme (see
   * {@link REGULATOR_FIGURES}): the Tenant Satisfaction Measures for England's Housing Ombudsman
   * scheme, the Annual Return on the Charter for the SPSO's, none where the library holds no
   * regulator's definitions.
   */
  readonly regulatorFigures: readonly RegulatorFigureSetId[];
}

/**
 * The part of a scheme's basics that the lifecycle, the checks and the letters read for every
 * policy: its id, its name and what the lint measures a policy in it against.
 *
 * @internal
 * @example
 * ```ts
 * const core: SchemeCore = schemeCoreOf(policies.wellington); // { id: 'housing-ombudsman', ... }
 * ```
 */
export type SchemeCore = Pick<SchemeBasics, 'id' | 'name' | 'measuredAgainst'>;

/**
 * Each scheme's {@link SchemeCore}, by id. {@link SCHEME_BASICS} is built from these entries (so
 * the two never disagree); they are apart so that a bundle that replays events does not carry the
 * words of each scheme's referral rule.
 */
const SCHEME_CORE: { readonly [K in SchemeId]: SchemeCore & { readonly id: K } } = /* @__PURE__ */ deepFrozen({
  'housing-ombudsman': { id: 'housing-ombudsman', name: 'Housing Ombudsman Service', measuredAgainst: 'code-2024' },
  spso: { id: 'spso', name: 'Scottish Public Services Ombudsman', measuredAgainst: 'model-procedure' },
  nipso: { id: 'nipso', name: 'Northern Ireland Public Services Ombudsman', measuredAgainst: null },
});

/**
 * The basics of every scheme, by id.
 *
 * @example
 * ```ts
 * SCHEME_BASICS['housing-ombudsman'].referral.anyTime; // true
 * ```
 */
// Built from SCHEME_CORE by a pure function (a spread of another table is not a pure argument): a
// bundle that reads only the core drops the rest.
export const SCHEME_BASICS: { readonly [K in SchemeId]: SchemeBasics & { readonly id: K } } = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({
  'housing-ombudsman': {
    ...SCHEME_CORE['housing-ombudsman'],
    referral: {
      anyTime: true,
      text: 'You can contact them at any time during the complaint process.',
      source: { note: "Manchester City Council, social housing complaints ('You can contact them at any time during the complaint process.'); CHS residents' leaflet ('You may access the Housing Ombudsman Service when you wish to and not just when you've exhausted CHS's complaints process.'). The Ombudsman investigates only after both stages." },
    },
    regulatorFigures: ['tsm'],
  },
  spso: {
    ...SCHEME_CORE.spso,
    referral: {
      anyTime: false,
      text: "We can usually only look at complaints that have completed the organisation's own complaints procedure.",
      source: { note: "SPSO, Making a complaint - SPSO complaint form: 'We can usually only look at complaints that: have completed the organisation's own complaints procedure'" },
    },
    regulatorFigures: ['arc'],
  },
  nipso: {
    ...SCHEME_CORE.nipso,
    referral: {
      anyTime: false,
      text: "We would not generally accept your complaint if: You make your complaint more than 6 months after completing the organisation's complaints procedure.",
      source: { note: "NIPSO, Frequently Asked Questions: a complaint is brought after completing the organisation's complaints procedure" },
    },
    regulatorFigures: [],
  },
}))());

/**
 * One timescale of a model complaints handling procedure, in the same terms as a policy's
 * (`stages[i].acknowledge` / `respond`): the number of working days and what they count from.
 * `acknowledge: null` means the stage has no separate acknowledgement.
 *
 * @example
 * ```ts
 * const t: ModelTimescale = { workingDays: 5, anchor: 'receipt', text: '...', ref: 'stage 1' };
 * ```
 */
export interface ModelTimescale {
  readonly workingDays: number;
  readonly anchor: 'receipt' | 'acknowledgement' | 'escalation-request';
  readonly text: string;
  readonly ref: string;
}

/**
 * The timescales of a model procedure at one stage (see {@link MODEL_TIMESCALES}).
 *
 * @example
 * ```ts
 * const s: ModelStageTimescales = MODEL_TIMESCALES.spso![0]; // { acknowledge: null, respond: { workingDays: 5, ... } }
 * ```
 */
export interface ModelStageTimescales {
  readonly acknowledge: ModelTimescale | null;
  readonly respond: ModelTimescale;
}

/**
 * The timescales of each scheme's model procedure at stages 1 and 2, for the schemes whose model
 * the library holds (the SPSO's): what the lifecycle shows as a benchmark where a policy states no
 * time. `SCHEMES[id].model.stages` holds the same objects, with the model's extension rules and how
 * far the library confirmed them; this table is apart so that the lifecycle does not load those.
 *
 * @example
 * ```ts
 * MODEL_TIMESCALES.spso?.[1].acknowledge?.workingDays; // 3
 * MODEL_TIMESCALES['housing-ombudsman']; // undefined: measured against the Code table instead
 * ```
 */
export const MODEL_TIMESCALES: { readonly [K in SchemeId]?: readonly [ModelStageTimescales, ModelStageTimescales] } = /* @__PURE__ */ deepFrozen({
  spso: [
    {
      acknowledge: null,
      respond: { workingDays: 5, anchor: 'receipt', text: 'We will give you our decision at stage 1 in five working days or less, unless there are exceptional circumstances.', ref: 'stage 1: frontline response' },
    },
    {
      acknowledge: { workingDays: 3, anchor: 'escalation-request', text: 'we will acknowledge receipt of your complaint within three working days', ref: 'stage 2: investigation' },
      respond: { workingDays: 20, anchor: 'escalation-request', text: 'we will give you a full response as soon as possible, normally within 20 working days', ref: 'stage 2: investigation' },
    },
  ],
});

/**
 * The basics of a policy's scheme: `ombudsman.scheme`, or the Housing Ombudsman when the policy
 * does not say.
 *
 * @example
 * ```ts
 * schemeBasicsOf(policies.spsoModelScotland).name; // 'Scottish Public Services Ombudsman'
 * ```
 */
export function schemeBasicsOf(policy: { readonly ombudsman: { readonly scheme?: SchemeId | undefined } }): SchemeBasics {
  return SCHEME_BASICS[schemeCoreOf(policy).id];
}

/**
 * The {@link SchemeCore} of a policy's scheme (id, name, what it is measured against), as
 * {@link schemeBasicsOf} finds the scheme and with the same error for a value that is not a policy.
 *
 * @internal
 * @example
 * ```ts
 * schemeCoreOf(policies.spsoModelScotland).measuredAgainst; // 'model-procedure'
 * ```
 */
export function schemeCoreOf(policy: { readonly ombudsman: { readonly scheme?: SchemeId | undefined } }): SchemeCore {
  if (typeof policy !== 'object' || policy === null || typeof policy.ombudsman !== 'object' || policy.ombudsman === null) {
    throw argumentError({ fn: 'schemeBasicsOf', path: typeof policy === 'object' && policy !== null ? 'policy.ombudsman' : 'policy' }, 'type', 'a Policy with its ombudsman', policy);
  }
  const id = policy.ombudsman.scheme ?? 'housing-ombudsman';
  return Object.hasOwn(SCHEME_CORE, id) ? SCHEME_CORE[id] : SCHEME_CORE['housing-ombudsman'];
}

/**
 * Whether the Housing Ombudsman's Complaint Handling Code binds a policy: the organisation is a
 * member of its scheme (`ombudsman.schemeMember`) and the scheme measures policies against the
 * Code 2024. A member of another scheme (the SPSO's, measured against its model procedure) is not
 * bound by the Code: its rules cite its own sections, its letters name its own ombudsman, and the
 * Code's refusal and response items do not apply to it.
 *
 * @example
 * ```ts
 * codeBinds(policies.wellington); // true
 * codeBinds(policies.spsoModelScotland); // false: the SPSO's scheme
 * codeBinds(policies.chsCommercialClient); // false: outside any scheme
 * ```
 */
export function codeBinds(policy: { readonly ombudsman: { readonly schemeMember: boolean; readonly scheme?: SchemeId | undefined } }): boolean {
  const measured = measuredByCode(policy); // checks the argument first
  return policy.ombudsman.schemeMember === true && measured;
}

/**
 * Whether a performance report under `policy` gives the regulator figures `set`: whether the
 * policy's scheme lists them (`SCHEME_BASICS[...].regulatorFigures`).
 *
 * @example
 * ```ts
 * reportsFigures(policies.spsoModelScotland, 'arc'); // true
 * reportsFigures(policies.spsoModelScotland, 'tsm'); // false
 * ```
 */
export function reportsFigures(policy: { readonly ombudsman: { readonly scheme?: SchemeId | undefined } }, set: RegulatorFigureSetId): boolean {
  const basics = schemeBasicsOf(policy); // checks the policy first
  if (!(REGULATOR_FIGURE_SET_IDS as readonly unknown[]).includes(set)) throw argumentError({ fn: 'reportsFigures', path: 'set' }, 'one-of', `one of ${REGULATOR_FIGURE_SET_IDS.join(', ')}`, set);
  return basics.regulatorFigures.includes(set);
}

/** @internal Whether the policy's scheme measures policies against the Code 2024 (members or not). */
export function measuredByCode(policy: { readonly ombudsman: { readonly scheme?: SchemeId | undefined } }): boolean {
  return schemeCoreOf(policy).measuredAgainst === 'code-2024';
}

/**
 * The ombudsman a policy's complainants go to, named as letters and findings write it: the name
 * its contact details give (`ombudsman.contact.name`), else its scheme's name
 * ({@link SCHEME_BASICS}), with "the" before it (`The` with `capital`, to begin a heading or a
 * sentence). Where the rule applied is the Code's (`code`, e.g. the Code binds the policy), the
 * Housing Ombudsman, as the Code names it; without a policy, the Code's rules apply.
 *
 * @internal
 * @example
 * ```ts
 * ombudsmanName(policies.spsoModelScotland); // 'the Scottish Public Services Ombudsman'
 * ombudsmanName(policies.wellington, { code: true, capital: true }); // 'The Housing Ombudsman'
 * ```
 */
export function ombudsmanName(
  policy: { readonly ombudsman: { readonly scheme?: SchemeId | undefined; readonly contact?: { readonly name: string } | undefined } } | undefined,
  options: { readonly code?: boolean; readonly capital?: boolean } = {},
): string {
  const name = options.code === true || policy === undefined ? 'Housing Ombudsman' : (policy.ombudsman.contact?.name ?? schemeCoreOf(policy).name);
  const the = options.capital === true ? 'The' : 'the';
  return /^the\s/i.test(name) ? `${the}${name.slice(3)}` : `${the} ${name}`;
}
