import type * as z from 'zod/mini';
import { derivedParse } from '../core/derived-schema.js';
import { type Result, err, ok } from '../core/result.js';
import { describe, isIsoDate, toDayNumber } from '../calendar/dates.js';
import { type PolicyError, toPolicyErrors } from './errors.js';
import { policyChecks } from './policy-checks.generated.js';
import type { Policy } from './schema.js';
import { markedInForce } from './in-force-mark.js';

/**
 * Picks the version of an organisation's policy in force on `date` (the receipt date of a
 * complaint, `YYYY-MM-DD`). Versions are in force from `inForce.from` to `inForce.to` inclusive
 * (open-ended when `to` is absent). Errors: no versions, an invalid version, versions of more than
 * one organisation, two versions in force on the same day (overlap), a day between versions when
 * none is in force (gap), and a date no version covers. Gaps and overlaps are errors even when
 * `date` is not in them: the set of versions is inconsistent.
 *
 * @example
 * ```ts
 * import { definePolicy, policies, policyInForce } from 'housing-complaints/policy';
 * const v1 = definePolicy(policies.wellington, { inForce: { from: '2024-11-01', to: '2025-10-31' } });
 * const v2 = definePolicy(policies.wellington, { id: 'wellington-2025-11', adopted: '2025-11-01', inForce: { from: '2025-11-01' } });
 * if (v1.ok && v2.ok) policyInForce([v1.value, v2.value], '2025-12-01'); // ok: v2
 * ```
 */
export const policyInForce: (versions: readonly Policy[], date: string) => Result<Policy, PolicyError[]> = /* @__PURE__ */ markedInForce(function policyInForce(versions: readonly Policy[], date: string): Result<Policy, PolicyError[]> {
  if (!isIsoDate(date)) {
    return err([{ code: 'invalid-date', path: 'date', message: `date must be a real calendar date written YYYY-MM-DD, got ${describe(date)}` }]);
  }
  if (!Array.isArray(versions) || versions.length === 0) {
    return err([{ code: 'no-versions', path: 'versions', message: 'at least one policy version is needed' }]);
  }
  const errors: PolicyError[] = [];
  const valid: { policy: Policy; index: number; from: number; to: number }[] = [];
  // An index loop: a hole in a sparse array is read as undefined (and refused), like an explicit undefined.
  for (let index = 0; index < versions.length; index++) {
    const v = versions[index];
    // The Policy schema's checks, derived from it (the same answer and issues as zod's).
    const r = derivedParse(policyChecks, v);
    if (!r.success) {
      for (const e of toPolicyErrors(r.error.issues as unknown as z.core.$ZodIssue[], v, `versions.${index}`)) errors.push(e);
      continue;
    }
    valid.push({ policy: v as Policy, index, from: toDayNumber(r.data.inForce.from, 'inForce.from'), to: r.data.inForce.to === undefined ? Infinity : toDayNumber(r.data.inForce.to, 'inForce.to') });
  }
  if (errors.length > 0) return err(errors);

  const organisation = valid[0]!.policy.organisation;
  for (const v of valid) {
    if (v.policy.organisation !== organisation) {
      errors.push({ code: 'mixed-organisations', path: `versions.${v.index}.organisation`, message: `versions must all be of one organisation: '${v.policy.organisation}' is not '${organisation}'` });
    }
  }
  if (errors.length > 0) return err(errors);

  const sorted = [...valid].sort((a, b) => a.from - b.from || a.index - b.index);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i]!;
    if (prev.to >= next.from) {
      errors.push({
        code: 'versions-overlap',
        path: `versions.${next.index}.inForce.from`,
        message: `versions '${prev.policy.id}' (in force ${range(prev.policy)}) and '${next.policy.id}' (in force ${range(next.policy)}) are both in force on ${next.policy.inForce.from}`,
      });
    } else if (prev.to + 1 < next.from) {
      errors.push({
        code: 'versions-gap',
        path: `versions.${prev.index}.inForce.to`,
        message: `no version is in force between '${prev.policy.id}' (to ${prev.policy.inForce.to ?? ''}) and '${next.policy.id}' (from ${next.policy.inForce.from})`,
      });
    }
  }
  if (errors.length > 0) return err(errors);

  const day = toDayNumber(date, 'date');
  const found = sorted.find((v) => v.from <= day && day <= v.to);
  if (found === undefined) {
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    return err([{ code: 'no-version-in-force', path: 'date', message: `no version of the ${organisation} policy is in force on ${date} (versions cover ${first.policy.inForce.from} to ${last.policy.inForce.to ?? 'the present'})` }]);
  }
  return ok(found.policy);
});

function range(p: Policy): string {
  return `${p.inForce.from} to ${p.inForce.to ?? 'open-ended'}`;
}
