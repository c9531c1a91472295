/**
 * The validators derived from the zod schemas (src/core/derived-schema.ts, written by
 * test/core/derive-schemas.ts) against zod itself: for values generated from each schema (valid
 * ones, and invalid ones made by wrong types, missing and unknown keys, bad dates, blank text,
 * out-of-range numbers) and for the built-in policies with one part broken, the derived validator
 * and zod's `safeParse` accept the same values with the same output (keys, order, values) and
 * refuse the same values with the same issues (code, path, message and every other field), so the
 * errors a host gets from `parsePolicy`, `definePolicy` and `policyInForce` are the errors zod's
 * issues gave. The committed generated files are what the generator writes now.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { derivedParse, type DerivedSchema } from '../../src/core/derived-schema.js';
import { definePolicy, parsePolicy, policies, policyInForce, type Policy } from '../../src/policy/index.js';
import { toPolicyErrors } from '../../src/policy/errors.js';
import { policyChecks } from '../../src/policy/policy-checks.generated.js';
import { PolicyZod } from '../../src/policy/schema.js';
import { compare } from './derive-schemas.js';
import { WRONG, valuesOf } from './schema-values.js';

const numRuns = Number(process.env.FC_NUM_RUNS ?? 300);

/** The derived validator and zod agree on `value`: the same output, or the same issues. Returns whether zod accepted it. */
function agree(schema: z.ZodMiniType, derived: DerivedSchema, value: unknown): boolean {
  const want = z.safeParse(schema, value);
  const got = derivedParse(derived, value);
  expect(got.success, `derived ${got.success ? 'accepted' : 'refused'} what zod ${want.success ? 'accepted' : 'refused'}: ${JSON.stringify(value)}`).toBe(want.success);
  if (want.success && got.success) {
    expect(got.data).toStrictEqual(want.data);
    expect(JSON.stringify(got.data)).toBe(JSON.stringify(want.data));
  } else if (!want.success && !got.success) {
    expect(got.error.issues).toStrictEqual(want.error.issues);
  }
  return want.success;
}

/** Every path to a value in a JSON tree, the root excluded. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...at, k], ...paths((value as Record<string | number, unknown>)[k], [...at, k])]);
}

/** `policy` with the value at `path` replaced (`undefined`: removed; `extra`: an unknown key added beside it). */
function broken(policy: unknown, path: (string | number)[], replacement: unknown, op: 'set' | 'remove' | 'extra'): unknown {
  const copy = JSON.parse(JSON.stringify(policy)) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (op === 'remove') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (op === 'extra' && !Array.isArray(parent)) parent['extraKey'] = 1;
  else parent[last] = replacement;
  return copy;
}

const BUILT_INS = Object.values(policies) as Policy[];

describe('the committed derived validators are what the generator writes from the schemas now', () => {
  for (const { file, committed, generated } of compare()) {
    it(file, () => {
      expect(committed, `${file} is stale: run npx tsx test/core/derive-schemas.ts`).toBe(generated);
    });
  }
});

describe('the derived Policy validator answers as zod does', () => {
  it('for values generated from the schema: the same acceptance and output, or the same issues', () => {
    let invalid = 0;
    fc.assert(
      fc.property(valuesOf(PolicyZod), (value) => {
        if (!agree(PolicyZod, policyChecks, value)) invalid++;
      }),
      { numRuns, seed: 20261203 },
    );
    expect(invalid).toBeGreaterThan(numRuns / 20);
  });

  it('for the built-in policies, and each with one value broken, removed or given an unknown key beside it', () => {
    let valid = 0;
    let invalid = 0;
    const cases = BUILT_INS.map((p) => ({ policy: p, paths: paths(JSON.parse(JSON.stringify(p))) }));
    for (const c of cases) expect(agree(PolicyZod, policyChecks, JSON.parse(JSON.stringify(c.policy)))).toBe(true);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.nat(),
        fc.constantFrom(...WRONG, -1, 2.5, 'not-a-date', '2025-02-29', '13-01', '__proto__', 'officer-nobody', 0, 99),
        fc.constantFrom('set' as const, 'set' as const, 'remove' as const, 'extra' as const),
        (i, n, replacement, op) => {
          const c = cases[i]!;
          const value = broken(c.policy, c.paths[n % c.paths.length]!, replacement, op);
          if (agree(PolicyZod, policyChecks, value)) valid++;
          else invalid++;
        },
      ),
      { numRuns: numRuns * 3, seed: 20261204 },
    );
    expect(invalid).toBeGreaterThan(numRuns);
    expect(valid).toBeGreaterThan(numRuns / 20);
  });

  it('so parsePolicy, definePolicy and policyInForce give the errors that zod\'s issues gave', () => {
    fc.assert(
      fc.property(valuesOf(PolicyZod), (value) => {
        // A string is JSON text to parsePolicy, and the schema's values here have no `$schema` key.
        if (typeof value === 'string') return;
        const want = z.safeParse(PolicyZod, value);
        const parsed = parsePolicy(value);
        if (!want.success) {
          expect(parsed).toStrictEqual({ ok: false, error: toPolicyErrors(want.error.issues, value) });
          expect(policyInForce([value as Policy], '2025-01-01')).toStrictEqual({ ok: false, error: toPolicyErrors(want.error.issues, value, 'versions.0') });
        } else if (parsed.ok) expect(parsed.value).toStrictEqual(want.data);
      }),
      { numRuns, seed: 20261205 },
    );
    for (const p of BUILT_INS) {
      const r = definePolicy(p, { timeLimit: { months: -1 }, stages: [p.stages[0]] as unknown as Policy['stages'], roles: { x: { title: '', source: {} } } });
      const merged = { ...JSON.parse(JSON.stringify(p)), timeLimit: { ...p.timeLimit, months: -1 }, stages: [p.stages[0]], roles: { x: { title: '', source: {} } } };
      const want = z.safeParse(PolicyZod, merged);
      expect(want.success).toBe(false);
      if (!want.success) expect(r).toStrictEqual({ ok: false, error: toPolicyErrors(want.error.issues, merged) });
    }
  });
});
