import { HousingComplaintsError } from '../core/errors.js';
import { describeValue } from '../core/guard.js';
import type { Source } from '../core/source.js';
import type { IssueFinding, Outcome } from './types.js';
import type { Policy } from '../policy/schema.js';
import { citeOn } from '../policy/sections.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * The outcome rule, without a policy: what it says. The letters and `decideOutcome` cite, beside it,
 * a policy's own section on outcomes where the policy has one.
 *
 * @example
 * ```ts
 * OUTCOME_RULE_SOURCE.note; // 'Upheld if every issue is upheld; ...'
 * ```
 */
export const OUTCOME_RULE_SOURCE: Source = /* @__PURE__ */ deepFrozen({
  note: 'Upheld if every issue is upheld; partially upheld if one or more, but not all, are upheld; not upheld if none is.',
});

/**
 * The outcome rule cited by the policy's own sections on outcomes (Wellington and Dennetts: their
 * section "Putting Things Right"); a policy with no such section gets the rule's note alone.
 *
 * @example
 * ```ts
 * outcomeRuleSource(policies.wellington); // { policy: 's.8', note: 'Upheld if every issue is upheld; ...' }
 * ```
 */
export function outcomeRuleSource(policy: Pick<Policy, 'sections'>): Source {
  return citeOn(policy, 'outcomes', undefined, OUTCOME_RULE_SOURCE.note);
}

/**
 * The outcome of a complaint from the findings on each of its issues (the co-op policies' rule): `upheld` when
 * every issue is upheld, `partially-upheld` when some but not all are, `not-upheld` when none is.
 *
 * Throws {@link HousingComplaintsError} with code `'no-findings'` for an empty list (a complaint
 * has at least one issue), and `'invalid-finding'` for an entry whose `finding` is neither
 * `'upheld'` nor `'not-upheld'`.
 *
 * @example
 * ```ts
 * decideOutcome([
 *   { issue: 'repair-delay', finding: 'upheld', reasons: 'Nine weeks to repair a leak.' },
 *   { issue: 'staff-attitude', finding: 'not-upheld', reasons: 'The call recording shows a polite exchange.' },
 * ]); // 'partially-upheld'
 * ```
 */
export function decideOutcome(findings: readonly IssueFinding[]): Outcome {
  if (!Array.isArray(findings) || findings.length === 0) {
    throw new HousingComplaintsError('no-findings', 'decideOutcome needs at least one issue finding; got none', {
      path: 'findings',
      source: OUTCOME_RULE_SOURCE,
    });
  }
  let upheld = 0;
  // An index loop (no closure: a replay decides every response), skipping holes as forEach would.
  for (let i = 0; i < findings.length; i++) {
    if (!(i in findings)) continue;
    const finding: unknown = findings[i]?.finding;
    if (finding === 'upheld') upheld += 1;
    else if (finding !== 'not-upheld') {
      throw new HousingComplaintsError(
        'invalid-finding',
        `findings.${i}.finding must be 'upheld' or 'not-upheld', got ${describeValue(finding)}`,
        { path: `findings.${i}.finding`, source: OUTCOME_RULE_SOURCE },
      );
    }
  }
  if (upheld === findings.length) return 'upheld';
  if (upheld === 0) return 'not-upheld';
  return 'partially-upheld';
}
