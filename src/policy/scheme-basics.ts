/**
 * The few facts about each ombudsman scheme that the checks, notices, letters and lifecycle read
 * for every policy: its name, what the lint measures a policy in it against, and when a
 * complainant may take a complaint to it. Kept apart from the full scheme data (`SCHEMES`, with
 * contact routes, time limits and model procedures) so that a module needing only these does not
 * carry the rest. `SCHEMES` is built from these entries, so the two never disagree.
 */
import type { Source } from '../core/source.js';
import { argumentError } from '../core/guard.js';

/**
 * The schemes the library knows.
 *
 * @example
 * ```ts
 * SCHEME_IDS.includes('spso'); // true
 * ```
 */
export const SCHEME_IDS = ['housing-ombudsman', 'spso', 'nipso'] as const;
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
}

/**
 * The basics of every scheme, by id.
 *
 * @example
 * ```ts
 * SCHEME_BASICS['housing-ombudsman'].referral.anyTime; // true
 * ```
 */
export const SCHEME_BASICS: { readonly [K in SchemeId]: SchemeBasics & { readonly id: K } } = {
  'housing-ombudsman': {
    id: 'housing-ombudsman',
    name: 'Housing Ombudsman Service',
    measuredAgainst: 'code-2024',
    referral: {
      anyTime: true,
      text: 'You can contact them at any time during the complaint process.',
      source: { note: "Manchester City Council, social housing complaints ('You can contact them at any time during the complaint process.'); CHS residents' leaflet ('You may access the Housing Ombudsman Service when you wish to and not just when you've exhausted CHS's complaints process.'). The Ombudsman investigates only after both stages." },
    },
  },
  spso: {
    id: 'spso',
    name: 'Scottish Public Services Ombudsman',
    measuredAgainst: 'model-procedure',
    referral: {
      anyTime: false,
      text: "We can usually only look at complaints that have completed the organisation's own complaints procedure.",
      source: { note: "SPSO, Making a complaint - SPSO complaint form: 'We can usually only look at complaints that: have completed the organisation's own complaints procedure'" },
    },
  },
  nipso: {
    id: 'nipso',
    name: 'Northern Ireland Public Services Ombudsman',
    measuredAgainst: null,
    referral: {
      anyTime: false,
      text: "We would not generally accept your complaint if: You make your complaint more than 6 months after completing the organisation's complaints procedure.",
      source: { note: "NIPSO, Frequently Asked Questions: a complaint is brought after completing the organisation's complaints procedure" },
    },
  },
};

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
  if (typeof policy !== 'object' || policy === null || typeof policy.ombudsman !== 'object' || policy.ombudsman === null) {
    throw argumentError({ fn: 'schemeBasicsOf', path: typeof policy === 'object' && policy !== null ? 'policy.ombudsman' : 'policy' }, 'type', 'a Policy with its ombudsman', policy);
  }
  const id = policy.ombudsman.scheme ?? 'housing-ombudsman';
  return Object.hasOwn(SCHEME_BASICS, id) ? SCHEME_BASICS[id] : SCHEME_BASICS['housing-ombudsman'];
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

/** @internal Whether the policy's scheme measures policies against the Code 2024 (members or not). */
export function measuredByCode(policy: { readonly ombudsman: { readonly scheme?: SchemeId | undefined } }): boolean {
  return schemeBasicsOf(policy).measuredAgainst === 'code-2024';
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
  const name = options.code === true || policy === undefined ? 'Housing Ombudsman' : (policy.ombudsman.contact?.name ?? schemeBasicsOf(policy).name);
  const the = options.capital === true ? 'The' : 'the';
  return /^the\s/i.test(name) ? `${the}${name.slice(3)}` : `${the} ${name}`;
}
