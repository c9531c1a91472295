/**
 * The lint as a provision-by-provision comparison: for every provision of the Complaint Handling
 * Code 2024 (the 72 rows of the Ombudsman's self-assessment form), whether the policy data
 * complies, falls short or is silent, quoting the policy's own sentence; and, for a provision the
 * policy data cannot express, saying so rather than passing it silently.
 */
import type { Finding } from '../core/finding.js';
import type { Source } from '../core/source.js';
import { PROVISION_NUMBERS, type ProvisionNumber } from '../self-assessment/provisions.js';
import { lintPolicy, type LintablePolicy } from './lint.js';
import type { Policy } from './schema.js';
import { EXPRESSED_BY } from './code2024-requirements.js';

/**
 * How the policy data stands against one provision: `compliant` (the data expresses it and the
 * lint finds nothing short of it), `falls-short` (a breach or warning), `silent` (the policy says
 * nothing the provision asks about), `not-expressed` (the policy data has no field for it: read the
 * policy itself).
 *
 * @example
 * ```ts
 * const s: ComparisonStatus = 'falls-short';
 * ```
 */
export type ComparisonStatus = 'compliant' | 'falls-short' | 'silent' | 'not-expressed';

/**
 * The comparison for one provision.
 *
 * @example
 * ```ts
 * const c = comparePolicy(policies.wellington).find((r) => r.provision === '2.4');
 * c?.status; // 'falls-short'
 * c?.policy?.quote; // 'If the Co-op or CHS chooses not to accept ... when asked, CHS will formally write ...'
 * ```
 */
export interface ProvisionComparison {
  readonly provision: ProvisionNumber;
  readonly status: ComparisonStatus;
  /** The policy fields that express the provision (dot paths); empty when none does. */
  readonly paths: readonly string[];
  /** The policy's own source for the first of those fields that has one: its section and sentence. */
  readonly policy?: Source;
  /** The lint's findings on this provision (notes included). */
  readonly findings: readonly Finding[];
  /** One plain-English line: what the comparison found. */
  readonly message: string;
}


/**
 * The status of each provision and the lint's findings on it, in form order, without the words
 * and the policy's sources: what {@link comparePolicy} decides, for a caller that needs only that
 * (the self-assessment's contradiction check).
 *
 * @internal
 * @example
 * ```ts
 * compareStatuses(lintPolicy(policies.wellington)).find((c) => c.provision === '2.4')?.status; // 'falls-short'
 * ```
 */
export function compareStatuses(lint: readonly Finding[]): { readonly provision: ProvisionNumber; readonly status: ComparisonStatus; readonly findings: readonly Finding[] }[] {
  const byProvision = new Map<string, Finding[]>();
  for (const f of lint) {
    for (const n of provisionsIn(f.source.provision)) {
      const list = byProvision.get(n);
      if (list === undefined) byProvision.set(n, [f]);
      else list.push(f);
    }
  }
  return PROVISION_NUMBERS.map((provision) => {
    const findings = byProvision.get(provision) ?? [];
    const expressed = Object.hasOwn(EXPRESSED_BY, provision) && EXPRESSED_BY[provision]!.length > 0;
    const short = findings.filter((f) => f.severity !== 'note');
    // A provision no field expresses stays not-expressed when the lint has only notes on it (a
    // source citing a section the policy lacks, say): a note is no check of the provision.
    if (!expressed && short.length === 0) return { provision, status: 'not-expressed', findings };
    if (short.some((f) => f.code.endsWith('-silent')) && short.every((f) => f.code.endsWith('-silent'))) return { provision, status: 'silent', findings };
    return { provision, status: short.length > 0 ? 'falls-short' : 'compliant', findings };
  });
}

function provisionsIn(text: string | undefined): string[] {
  return text === undefined ? [] : [...text.matchAll(/\d+\.\d+/g)].map((m) => m[0]);
}

function at(policy: unknown, path: string): unknown {
  let v: unknown = policy;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function sourceAt(policy: unknown, path: string): Source | undefined {
  const value = at(policy, path);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'source')) {
    const s = (value as { source?: unknown }).source;
    if (s !== null && typeof s === 'object') return s as Source;
  }
  return undefined;
}

/**
 * Compares a policy with the Complaint Handling Code 2024, provision by provision, in form order.
 * Each provision the policy data can express is `compliant`, `falls-short` (a breach or warning of
 * {@link lintPolicy}, quoting the policy's sentence where the data carries it) or `silent` (the
 * policy's value is `null` where the provision asks for something); each it cannot express is
 * `not-expressed`, so no provision passes unexamined. `lint` defaults to {@link lintPolicy}.
 *
 * @example
 * ```ts
 * import { comparePolicy, policies } from 'housing-complaints/policy';
 * comparePolicy(policies.wellington).filter((c) => c.status === 'falls-short').map((c) => c.provision);
 * // ['2.3', '2.4', '5.9', '5.10', '6.9', '6.19']
 * ```
 */
export function comparePolicy<P extends Policy | LintablePolicy>(policy: P, lint: (p: P) => readonly Finding[] = lintPolicy): ProvisionComparison[] {
  return compareStatuses(lint(policy)).map(({ provision, status, findings }): ProvisionComparison => {
    const paths = Object.hasOwn(EXPRESSED_BY, provision) ? EXPRESSED_BY[provision]! : [];
    if (status === 'not-expressed') {
      const notes = findings.map((f) => ` Note: ${f.message}`).join('');
      return { provision, status, paths, findings, message: `The policy data does not express provision ${provision}: compare it with the policy's text.${notes}` };
    }
    const own = paths.map((p) => sourceAt(policy, p)).find((s) => s !== undefined);
    const withSource = own === undefined ? {} : { policy: own };
    if (status !== 'compliant') {
      return { provision, status, paths, ...withSource, findings, message: findings.filter((f) => f.severity !== 'note').map((f) => f.message).join(' ') };
    }
    const quote = own?.quote === undefined ? '' : ` The policy${own.policy === undefined ? '' : ` (${own.policy})`} says: "${own.quote}"`;
    const notes = findings.map((f) => ` Note: ${f.message}`).join('');
    return { provision, status: 'compliant', paths, ...withSource, findings, message: `The policy data meets provision ${provision}.${quote}${notes}` };
  });
}
