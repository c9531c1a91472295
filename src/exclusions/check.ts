import type { ExclusionGroundId } from '../core/catalogue.js';
import { HousingComplaintsError } from '../core/errors.js';
import { argumentError, expectArray, expectObject, isObject } from '../core/guard.js';
import { sourceOf, type Source } from '../core/source.js';
import type { Policy } from '../policy/schema.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { citeOn } from '../policy/sections.js';
import { codeBinds, measuredByCode, ombudsmanName, schemeCoreOf } from '../policy/scheme-basics.js';
import { parseExclusionFacts, type ExclusionFacts } from './facts.js';
import { GROUND_RULES, type GroundEvaluation } from './grounds.js';

/**
 * The policy fields {@link checkExclusions} reads. A full `Policy` (or `LifecycleContext`) fits.
 *
 * @example
 * ```ts
 * const p: ExclusionPolicy = policies.chsCommercialClient;
 * ```
 */
export type ExclusionPolicy = Pick<Policy, 'organisation' | 'ombudsman' | 'timeLimit' | 'exclusions'> & Partial<Pick<Policy, 'sections' | 'refusalNotice'>>;

/**
 * What {@link checkExclusions} needs: the policy (a `LifecycleContext` fits).
 *
 * @example
 * ```ts
 * const context: ExclusionContext = { policy: policies.wellington };
 * ```
 */
export interface ExclusionContext {
  readonly policy: ExclusionPolicy;
}

/**
 * What the organisation owes the complainant if it declines the complaint on a ground.
 *
 * @example
 * ```ts
 * checkExclusions({ anonymous: true }, { policy: policies.wellington }).grounds[0]?.ifDeclined.ombudsmanRight; // true
 * ```
 */
export interface OwedIfDeclined {
  /** A written explanation of the reasons (Code 2.4; the policy's refusal notice). */
  readonly writtenReasons: true;
  /** `true` when the reasons are owed only when the complainant asks, as the policy says (never for a member of the Housing Ombudsman's scheme, whom Code 2.4 binds). */
  readonly onlyWhenAsked?: true;
  /** Whether the complainant must be told of the right to take the decision to the ombudsman (Code 2.4 for a member of the Housing Ombudsman's scheme; else the policy's own notice). */
  readonly ombudsmanRight: boolean;
  /** What to tell the complainant, in plain English. */
  readonly text: string;
  readonly source: Source;
}

/**
 * The result for one ground the policy lists.
 *
 * @example
 * ```ts
 * const g = checkExclusions({ legalClaim: 'pre-action-protocol' }, context).grounds.find((r) => r.ground === 'legal-proceedings');
 * g?.applies; // 'no'
 * ```
 */
export interface GroundResult extends GroundEvaluation {
  readonly ground: ExclusionGroundId;
  /** The policy's description of the ground. */
  readonly description: string;
  /** The policy's source for the ground (`rule` is the rule applied). */
  readonly source: Source;
  /** Whether the organisation may still accept the matter: "not usually accepted unless there are valid reasons". */
  readonly discretion: { readonly applies: boolean; readonly text: string; readonly source: Source };
  /** Where the matter goes instead, in the policy's words, when it names a route. */
  readonly routeElsewhere?: string;
  /** What the organisation owes the complainant if it declines on this ground. */
  readonly ifDeclined: OwedIfDeclined;
}

/**
 * The result of checking a matter against every exclusion ground the policy lists. It recommends;
 * it never refuses. A person must consider the individual circumstances and decide (Code 2.5).
 *
 * @example
 * ```ts
 * const check: ExclusionCheck = checkExclusions({ receivedOn: '2025-03-03', occurredOn: '2023-01-10' }, { policy: wellington });
 * check.decidedBy; // always 'a-person': the check recommends, a person decides (Code 2.5)
 * ```
 */
export interface ExclusionCheck {
  /**
   * `accept`: no ground applies and none is in doubt; `consider-not-accepting`: at least one
   * ground applies; `establish-facts`: none applies but some cannot be decided on the facts given.
   */
  readonly recommendation: 'accept' | 'consider-not-accepting' | 'establish-facts';
  /** Always `'a-person'`: the library never refuses a complaint by itself (Code 2.5). */
  readonly decidedBy: 'a-person';
  /** Plain-English summary of the recommendation, naming the grounds. */
  readonly summary: string;
  /** Grounds that apply, grounds in doubt. */
  readonly applicable: readonly ExclusionGroundId[];
  readonly unknown: readonly ExclusionGroundId[];
  /** Every ground the policy lists, in the policy's order. */
  readonly grounds: readonly GroundResult[];
  readonly source: Source;
}

// Read from the Code table by pure functions, so a bundle that does not use them drops them.
const DECISION_NOTE = /* @__PURE__ */ (() => `Landlords must not take a blanket approach to excluding complaints; they must consider the individual circumstances of each complaint. A matter is accepted unless there is a valid reason not to (Code ${CODE_2024.accept.provision}).`)();

const NOT_USUALLY_ACCEPTED = /* @__PURE__ */ (() => `Not usually accepted unless there are valid reasons to consider the issue: consider the individual circumstances (Code ${CODE_2024.noBlanketExclusions.provision}).`)();
const DEFAULT_ROUTES: ReadonlyMap<string, string> = /* @__PURE__ */ (() => new Map([['new-issue-during-investigation', `Logged as a new complaint (Code ${CODE_2024.newIssues.provision}).`]]))();

const withSection = (provision: string, section: string | undefined): Source =>
  section === undefined ? { provision } : { provision, policy: section };

/**
 * Whether the policy's scheme measures it against the Code 2024 (the Housing Ombudsman's, for
 * members and, as a benchmark, for organisations outside any scheme). Under another scheme (the
 * SPSO's) the check cites the policy's own sections, never a Code provision.
 */

/** Text without its Code references ("... (Code 2.5)."), for a policy the Code does not measure. */
const withoutCodeRefs = (text: string): string => text.replace(/ \(Code [0-9.]+[a-z()]*\)/g, '');

/** A source without a Code provision: the policy's section, or a note naming what the rule reads. */
function withoutCode(source: Source, fallback: string): Source {
  const { provision: _provision, ...rest } = source;
  return rest.policy !== undefined || rest.note !== undefined || rest.quote !== undefined ? rest : { note: fallback };
}

/**
 * The ombudsman a refusal notice names, read from the scheme data as the letters name it
 * (`ombudsmanName`): where the Code measures the policy (`byCode`), the Housing Ombudsman, as the
 * Code names it; under another scheme, the policy's own ombudsman (its contact's name, else its
 * scheme's). `scheme` names the scheme itself (`SCHEME_BASICS`), never the contact.
 */
const ombudsmanOf = (policy: ExclusionPolicy, byCode: boolean, scheme = false): string =>
  byCode || !scheme ? ombudsmanName(policy, { code: byCode }) : ombudsmanName({ ombudsman: { scheme: schemeCoreOf(policy).id } });

function owedIfDeclined(policy: ExclusionPolicy, section: string | undefined): OwedIfDeclined {
  const code = CODE_2024.refusalNotice;
  const own = policy.refusalNotice ?? null;
  const quote = own?.source.quote;
  const byCode = measuredByCode(policy);
  if (codeBinds(policy)) {
    // Code 2.4 binds a member whatever its policy says; where the policy gives less, the lint says so.
    const short = own !== null && (own.reasons !== code.reasons || own.ombudsmanRight !== code.ombudsmanRight);
    return {
      writtenReasons: true,
      ombudsmanRight: code.ombudsmanRight,
      text: `${policy.organisation} must explain in writing why the matter is not suitable for the complaints process, and tell the complainant of their right to take that decision to ${ombudsmanOf(policy, byCode)}.${short ? ` The policy gives less (${own.reasons === 'when-asked' ? 'written reasons only when asked' : 'written reasons'}${own.ombudsmanRight ? '' : ', no mention of the Ombudsman'}); the Code's requirement applies.` : ''}`,
      source: sourceOf(code.provision, section, short ? quote : undefined, undefined),
    };
  }
  const whenAsked = own?.reasons === 'when-asked';
  const member = policy.ombudsman.schemeMember;
  // The scheme's own name and ombudsman (data). Where the Code measures the policy, the Code's words
  // ("the Ombudsman", 2.4); under another scheme (the SPSO's), the one the complainant would go to.
  const scheme = `${ombudsmanOf(policy, byCode, true)}'s scheme`;
  const to = byCode ? 'the Ombudsman' : ombudsmanOf(policy, byCode);
  const right = own?.ombudsmanRight === true ? `the right to go to ${to} is the policy's own` : `the policy gives no right to take the decision to ${to}`;
  const ombudsmanRight = own?.ombudsmanRight ?? false;
  // A member of another scheme (the SPSO's) is not bound by the Code either: its own notice applies.
  const text = `${policy.organisation} ${whenAsked ? 'will, when asked, formally write' : 'will write'} to the complainant setting out its reasons why. ${policy.organisation} is ${member ? `in ${scheme}:` : `not a member of ${scheme}, so`} ${right}.`;
  const applies = `the policy's own refusal notice applies${own === null ? ' (it states none)' : ''}.`;
  const source = sourceOf(
    undefined,
    section,
    quote,
    byCode
      ? `Not a member of ${ombudsmanOf(policy, byCode)} Scheme: Code ${code.provision} does not bind; the policy's own refusal notice applies.`
      : `${member ? 'In' : 'Not a member of'} ${scheme}: ${ombudsmanName(undefined, { code: true })}'s ${CODE_2024.title} does not bind; ${applies}`,
  );
  return whenAsked
    ? { writtenReasons: true, onlyWhenAsked: true, ombudsmanRight, text, source }
    : { writtenReasons: true, ombudsmanRight, text, source };
}

/**
 * A ground's rule cited with the policy's section: the rule's keys copied in order, then `policy`
 * (the object `{ ...rule, policy: section }` is, built without the spread's slow path, which V8
 * takes for a spread with an added key and which took most of a call's time).
 */
function ruleInSection(rule: Source, section: string): Source {
  // The grounds' own rules are `{ note }` or `{ provision, note }` (grounds.ts, S3): built directly.
  if (rule.policy === undefined && rule.quote === undefined && rule.note !== undefined) {
    return rule.provision === undefined ? { note: rule.note, policy: section } : { provision: rule.provision, note: rule.note, policy: section };
  }
  return { ...rule, policy: section };
}

/** Checks the parts of the context the exclusion check reads, naming the field at fault. */
function expectExclusionPolicy(context: unknown): ExclusionPolicy {
  const fn = 'checkExclusions';
  const ctx = expectObject({ fn, path: 'context' }, context, 'an object { policy }');
  const policy = expectObject({ fn, path: 'context.policy' }, ctx.policy, 'a Policy');
  const limit = expectObject({ fn, path: 'context.policy.timeLimit' }, policy.timeLimit);
  expectObject({ fn, path: 'context.policy.timeLimit.source' }, limit.source);
  expectObject({ fn, path: 'context.policy.ombudsman' }, policy.ombudsman);
  const list = expectArray({ fn, path: 'context.policy.exclusions' }, policy.exclusions);
  // Every entry is checked on every call; the paths are built only for an entry at fault (this runs
  // once per ground per call, and building them each time halved the calls per second).
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (!isObject(entry) || !Object.hasOwn(GROUND_RULES, entry.ground as string) || !isObject(entry.source)) exclusionEntryError(fn, i, entry);
  }
  return policy as unknown as ExclusionPolicy;
}

/** Throws the typed error for `context.policy.exclusions[i]`, naming its field at fault. */
function exclusionEntryError(fn: string, i: number, entry: unknown): never {
  const e = expectObject({ fn, path: `context.policy.exclusions.${i}` }, entry);
  if (!Object.hasOwn(GROUND_RULES, e.ground as string)) {
    throw argumentError({ fn, path: `context.policy.exclusions.${i}.ground` }, 'one-of', `one of the exclusion grounds (${Object.keys(GROUND_RULES).join(', ')})`, e.ground);
  }
  expectObject({ fn, path: `context.policy.exclusions.${i}.source` }, e.source);
  throw new Error('housing-complaints: internal error: an exclusion entry was refused and then found valid');
}

/**
 * Checks what is known of a matter against every exclusion ground the policy lists (policy s.3;
 * Code 2.1–2.5, 1.4–1.5, 6.8) and recommends whether to accept it. For each ground: whether it
 * applies (`yes`, `no`, or `unknown` when facts are missing), why, the source, whether discretion
 * applies, where the matter goes instead, and what is owed to the complainant if it is declined
 * (written reasons and, for members of the Housing Ombudsman Scheme, the right to take the
 * decision to the Ombudsman: Code 2.4). It never refuses: a person must decide (Code 2.5).
 *
 * The time limit (Code 2.3) runs from the later of the issue occurring and the complainant
 * becoming aware of it, for `policy.timeLimit.months` calendar months; the same day of the month
 * that many months later is still in time (the month's last day when that day does not exist); a
 * recurring issue that is persisting is in time. `facts.receivedOn` is the "as of" date.
 *
 * Throws {@link HousingComplaintsError} `'invalid-facts'` naming the field when the facts are not
 * valid (a date that is not `YYYY-MM-DD`, dates out of order); use {@link parseExclusionFacts}
 * first for a `Result` instead.
 *
 * @example
 * ```ts
 * const check = checkExclusions(
 *   { receivedOn: '2025-03-03', occurredOn: '2023-11-01', recurringAndPersisting: false, becameAwareOn: '2023-11-01' },
 *   { policy: policies.wellington },
 * );
 * check.recommendation; // 'consider-not-accepting'
 * check.grounds.find((g) => g.ground === 'time-limit')?.why;
 * ```
 */
export function checkExclusions(facts: ExclusionFacts, context: ExclusionContext): ExclusionCheck {
  const parsed = parseExclusionFacts(facts);
  if (!parsed.ok) {
    const first = parsed.error[0];
    throw new HousingComplaintsError('invalid-facts', parsed.error.map((e) => e.message).join('; '), {
      ...(first === undefined ? {} : { path: first.path }),
      source: { provision: CODE_2024.accept.provision },
    });
  }
  const f = parsed.value;
  const policy = expectExclusionPolicy(context);
  const timeLimitRule = {
    months: policy.timeLimit.months,
    from: policy.timeLimit.from,
    recurringException: policy.timeLimit.recurringException,
    discretion: policy.timeLimit.discretion,
    source: policy.timeLimit.source,
  };
  const byCode = measuredByCode(policy);
  const text = (t: string): string => (byCode ? t : withoutCodeRefs(t));
  // What is owed if the matter is declined depends only on the policy and the section cited: worked
  // out once per section in this call (its text is the costliest part of a ground's result) and
  // shared by the grounds that cite that section, as results share their rules' sources.
  const owed = new Map<string | undefined, OwedIfDeclined>();
  const owedFor = (section: string | undefined): OwedIfDeclined => {
    let o = owed.get(section);
    if (o === undefined) owed.set(section, (o = owedIfDeclined(policy, section)));
    return o;
  };
  // An index loop, not map: a built-in policy is deep-frozen, and V8's fast path for map does not
  // take frozen arrays.
  const list = policy.exclusions;
  const grounds: GroundResult[] = [];
  const applicable: ExclusionGroundId[] = [];
  const unknown: ExclusionGroundId[] = [];
  for (let i = 0; i < list.length; i++) {
    const entry = list[i]!;
    // expectExclusionPolicy checked that each ground is an own key of GROUND_RULES.
    const ev0 = GROUND_RULES[entry.ground](f, timeLimitRule);
    // Under a scheme that does not measure the policy against the Code, the rule is the policy's own.
    const ev = byCode ? ev0 : { ...ev0, why: withoutCodeRefs(ev0.why), rule: withoutCode(ev0.rule, 'policy exclusions') };
    const isTimeLimit = entry.ground === 'time-limit';
    const discretionApplies = isTimeLimit ? policy.timeLimit.discretion : true;
    const discretionText = text(isTimeLimit
      ? discretionApplies
        ? `Consider whether to use discretion to accept a complaint made outside the ${policy.timeLimit.months}-month time limit where there are good reasons to do so (Code ${CODE_2024.timeLimit.provision}).`
        : 'The policy gives no discretion to accept complaints made outside the time limit.'
      : NOT_USUALLY_ACCEPTED);
    const defaultRoute = DEFAULT_ROUTES.get(entry.ground);
    const route = entry.routeElsewhere ?? (defaultRoute === undefined ? undefined : text(defaultRoute));
    const discretionSource = withSection(isTimeLimit ? CODE_2024.timeLimit.provision : CODE_2024.noBlanketExclusions.provision, isTimeLimit ? policy.timeLimit.source.policy : entry.source.policy);
    // The rule applied, cited by the section of the policy that lists the ground.
    const rule = entry.source.policy === undefined ? ev.rule : ruleInSection(ev.rule, entry.source.policy);
    const discretion = {
      applies: discretionApplies,
      text: discretionText,
      source: byCode ? discretionSource : withoutCode(discretionSource, isTimeLimit ? 'policy timeLimit' : 'policy exclusions'),
    };
    const ifDeclined = owedFor(policy.refusalNotice?.source.policy ?? entry.source.policy);
    // Two literals rather than a conditional spread for `routeElsewhere`: the same keys in the same
    // order, without the spread's slow copy.
    grounds.push(
      route === undefined
        ? { ground: entry.ground, description: entry.description, applies: ev.applies, why: ev.why, factsUsed: ev.factsUsed, missing: ev.missing, beforeDeciding: ev.beforeDeciding, source: entry.source, rule, discretion, ifDeclined }
        : { ground: entry.ground, description: entry.description, applies: ev.applies, why: ev.why, factsUsed: ev.factsUsed, missing: ev.missing, beforeDeciding: ev.beforeDeciding, source: entry.source, rule, discretion, routeElsewhere: route, ifDeclined },
    );
    if (ev.applies === 'yes') applicable.push(entry.ground);
    else if (ev.applies === 'unknown') unknown.push(entry.ground);
  }
  const recommendation = applicable.length > 0 ? 'consider-not-accepting' : unknown.length > 0 ? 'establish-facts' : 'accept';
  const about = f.about === undefined || f.about.trim() === '' ? 'The matter' : `The matter (${f.about.trim()})`;
  const summary0 =
    recommendation === 'accept'
      ? `${about} falls under none of the grounds in ${policy.organisation}'s policy: accept it as a complaint.`
      : recommendation === 'consider-not-accepting'
        ? `${about} falls under ${applicable.join(', ')}. A person must consider the individual circumstances and decide whether there are valid reasons to accept it anyway (Code ${CODE_2024.noBlanketExclusions.provision}); if it is not accepted, ${owedFor(undefined).ombudsmanRight ? `explain the reasons in writing and the right to take the decision to ${ombudsmanOf(policy, byCode)} (Code ${CODE_2024.refusalNotice.provision})` : 'set out the reasons in writing'}.`
        : `${about} falls under none of the grounds on the facts given, but ${unknown.join(', ')} cannot be decided without more facts. Establish them; a complaint is accepted unless there is a valid reason not to (Code ${CODE_2024.accept.provision}).`;
  const summary = text(summary0);
  const source = byCode
    ? citeOn({ sections: policy.sections ?? null }, 'exclusions', CODE_2024.noBlanketExclusions.provision, DECISION_NOTE)
    : citeOn({ sections: policy.sections ?? null }, 'exclusions', undefined, withoutCodeRefs(DECISION_NOTE));
  return { recommendation, decidedBy: 'a-person', summary, applicable, unknown, grounds, source };
}
