/**
 * Properties of overrides and of the lint, over random changes to every built-in policy.
 */
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ANCHORS,
  POLICY_ERROR_CODES,
  type Policy,
  Policy as PolicySchema,
  type PolicyOverrides,
  definePolicy,
  lintPolicy,
  parsePolicy,
  policies,
} from '../../src/policy/index.js';
import { toPolicyErrors } from '../../src/policy/errors.js';
import { PolicyZod } from '../../src/policy/schema.js';

/** Room for long runs (`npm run test:long`): a few milliseconds per run. */
const timeout = Math.max(5_000, numRuns * 5);
// The built-ins whose stages all have an acknowledgement timescale (the SPSO model's frontline
// response has none: its own tests cover it).
const bases = Object.values(policies).filter((p) => p.stages.every((s) => s.acknowledge !== null));

/** Every path to a leaf (or an empty array or object) of a value. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length === 0 ? [prefix] : value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [prefix] : entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  }
  return [prefix];
}

/**
 * The overrides that set `path` to `value`: objects are partial down the path, and the first array
 * on the path is copied whole from the base (arrays replace) with the change made inside it.
 */
function overridesFor(base: Policy, path: (string | number)[], value: unknown): PolicyOverrides {
  const build = (node: unknown, i: number, inArray: boolean): unknown => {
    if (i === path.length) return value;
    const key = path[i]!;
    if (Array.isArray(node) || inArray) {
      const copy = structuredClone(node) as Record<string | number, unknown>;
      copy[key] = build((node as Record<string | number, unknown>)[key], i + 1, true);
      return copy;
    }
    return { [key]: build((node as Record<string | number, unknown> | undefined)?.[key], i + 1, false) };
  };
  return build(base, 0, false) as PolicyOverrides;
}

const anyValue = fc.oneof(
  fc.integer({ min: -5, max: 60 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2025-02-29', '2024-11-01', '2025-13-01', 'receipt', 'acknowledgement', 'agent', 'time-limit', 'email'),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

describe('properties: overrides', () => {
  it('any override of a valid policy either validates or fails with a path and a listed code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.nat(),
        anyValue,
        fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
        (base, pick, value, extraKey) => {
          const paths = leafPaths(base);
          const path = paths[pick % paths.length]!;
          // Sometimes write a key that does not exist next to the chosen leaf.
          const target = extraKey === undefined || path.length === 0 ? path : [...path.slice(0, -1), `x-${extraKey}`];
          const r = definePolicy(base, overridesFor(base, target, value));
          if (r.ok) {
            expect(PolicySchema.safeParse(r.value).success).toBe(true);
          } else {
            expect(r.error.length).toBeGreaterThan(0);
            for (const e of r.error) {
              expect(POLICY_ERROR_CODES).toContain(e.code);
              expect(typeof e.path).toBe('string');
              expect(e.path.length).toBeGreaterThan(0);
              expect(e.message.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns },
    );
  }, timeout);

  it('the compiled schema answers exactly as the schema itself: the same policy, or the same errors', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.nat(), anyValue, (base, pick, value) => {
        const paths = leafPaths(base);
        const path = paths[pick % paths.length]!;
        const input = structuredClone(base) as unknown as Record<string | number, unknown>;
        let node = input;
        for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        if (path.length > 0) node[path[path.length - 1]!] = value;
        const expected = PolicySchema.safeParse(input);
        const r = parsePolicy(input);
        expect(r.ok).toBe(expected.success);
        if (r.ok) expect(r.value).toEqual(expected.data);
        else expect(r.error).toEqual(toPolicyErrors(z.safeParse(PolicyZod, input).error!.issues, input));
      }),
      { numRuns },
    );
  }, timeout);

  it('an override that validates keeps the value it set, and leaves the base unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3 }), (base, days, which) => {
        const before = JSON.stringify(base);
        const stage = (which % 2) as 0 | 1;
        const field = which < 2 ? 'acknowledge' : 'respond';
        // A timescale the policy is silent on (null) has no working days to override.
        if (base.stages[stage][field] === null) return;
        const r = definePolicy(base, overridesFor(base, ['stages', stage, field, 'workingDays'], days));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.stages[stage][field]!.workingDays).toBe(days);
        expect(JSON.stringify(base)).toBe(before);
      }),
      { numRuns },
    );
  }, timeout);
});

type Field = { stage: 0 | 1; kind: 'acknowledge' | 'respond' | 'extension' };
const fields: Field[] = [0, 1].flatMap((stage) => (['acknowledge', 'respond', 'extension'] as const).map((kind) => ({ stage: stage as 0 | 1, kind })));

function setDays(p: Policy, f: Field, days: number): Policy {
  const stages = structuredClone(p.stages) as Policy['stages'];
  if (f.kind === 'extension') stages[f.stage].extension.withoutGoodReason = days;
  else {
    // A timescale the policy is silent on (null) has no days to change.
    const t = stages[f.stage][f.kind];
    if (t !== null) t.workingDays = days;
  }
  return { ...p, stages };
}

const key = (x: { code: string; path?: string | undefined; severity: string }) => `${x.severity} ${x.code} ${x.path ?? ''}`;

describe('properties: the lint', () => {
  it('is monotone: making a timescale or an extension allowance longer never removes a finding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(fc.constantFrom(...ANCHORS), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(...fields),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (base, anchors, field, days, more) => {
          const stages = structuredClone(base.stages) as Policy['stages'];
          if (stages[0].acknowledge !== null) stages[0].acknowledge.anchor = anchors[0]!;
          stages[0].respond!.anchor = anchors[1]!;
          if (stages[1].acknowledge !== null) stages[1].acknowledge.anchor = anchors[2]!;
          stages[1].respond!.anchor = anchors[3]!;
          const p = { ...base, stages };
          const shorter = new Set(lintPolicy(setDays(p, field, days)).map(key));
          const longer = new Set(lintPolicy(setDays(p, field, days + more)).map(key));
          for (const k of shorter) expect(longer).toContain(k);
        },
      ),
      { numRuns },
    );
  }, timeout);

  it('a variant no longer than the Code on every timescale, anchored as the Code anchors, has no timescale breach', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 20 }), (a1, r1, a2, r2) => {
        const code = policies.housingOmbudsmanCode2024;
        let p: Policy = code;
        p = setDays(p, { stage: 0, kind: 'acknowledge' }, a1);
        p = setDays(p, { stage: 0, kind: 'respond' }, r1);
        p = setDays(p, { stage: 1, kind: 'acknowledge' }, a2);
        p = setDays(p, { stage: 1, kind: 'respond' }, r2);
        expect(lintPolicy(p)).toEqual([]);
      }),
      { numRuns },
    );
  }, timeout);
});
