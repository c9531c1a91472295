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
import { runs } from '../support/properties.js';
import { derivedParse, derivedValue, REFUSED, type DerivedSchema } from '../../src/core/derived-schema.js';
import { definePolicy, parsePolicy, policies, policyInForce, type Policy } from '../../src/policy/index.js';
import { toPolicyErrors } from '../../src/policy/errors.js';
import { policyChecks } from '../../src/policy/policy-checks.generated.js';
import { PolicyZod } from '../../src/policy/schema.js';
import { createCalendar } from '../../src/calendar/index.js';
import { eventChecks } from '../../src/lifecycle/event-checks.generated.js';
import { LifecycleEventZod } from '../../src/lifecycle/events/schemas.js';
import { parseEvent } from '../../src/lifecycle/index.js';
import { parseEventByZod } from '../../src/lifecycle/reducer.js';
import { generateComplaintEvents } from '../../src/reporting/index.js';
import { extensionNoticeChecks, issueFindingChecks, outstandingActionChecks, refusalNoticeChecks, remedyChecks } from '../../src/outcomes/outcome-checks.generated.js';
import { IssueFindingZod, OutstandingActionZod, RemedyZod } from '../../src/outcomes/types.js';
import { ExtensionNoticeZod, RefusalNoticeZod } from '../../src/outcomes/notices.js';
import { array, boolean, check, minLength, nullable, number, object, oneOf, optional, string } from '../../src/core/derived-schema.js';
import { compare } from './derive-schemas.js';
import { WRONG, valuesOf } from './schema-values.js';

const numRuns = runs(7.5);

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
        // zod accepted it: parsePolicy refuses it only for an own `__proto__` key (a record drops it).
        else for (const e of parsed.error) expect([e.code, e.path.split('.').at(-1)]).toEqual(['prototype-key', '__proto__']);
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

describe('the derived LifecycleEvent validator answers as zod does', () => {
  it('for values generated from the schema: the same acceptance and output, or the same issues', () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(valuesOf(LifecycleEventZod), (value) => {
        if (agree(LifecycleEventZod, eventChecks, value)) valid++;
        else invalid++;
      }),
      { numRuns, seed: 20261206 },
    );
    expect(invalid).toBeGreaterThan(numRuns / 20);
    expect(valid).toBeGreaterThan(numRuns / 50);
  });

  it('for the events of synthetic complaints, and each with one value broken, removed or given an unknown key beside it', () => {
    const calendar = createCalendar({ region: 'england-and-wales' });
    const events = [...generateComplaintEvents({ seed: 11, count: 60, from: '2025-04-01', to: '2026-03-31', policy: policies.wellington, calendar })].flat();
    expect(events.length).toBeGreaterThan(150);
    for (const e of events) expect(agree(LifecycleEventZod, eventChecks, e)).toBe(true);
    const cases = events.map((e) => ({ event: e, paths: paths(e) }));
    let invalid = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.nat(),
        fc.constantFrom(...WRONG, -1, 2.5, 1001, 'not-a-date', '2025-02-29', '1999-12-31', '2041-01-01', '2025-01-06T10:00:00', ' ', 'upheld', 'received'),
        fc.constantFrom('set' as const, 'set' as const, 'remove' as const, 'extra' as const),
        (i, n, replacement, op) => {
          const c = cases[i]!;
          if (!agree(LifecycleEventZod, eventChecks, broken(c.event, c.paths[n % c.paths.length]!, replacement, op))) invalid++;
        },
      ),
      { numRuns: numRuns * 3, seed: 20261207 },
    );
    expect(invalid).toBeGreaterThan(numRuns);
  });

  it('so parseEvent gives the errors that zod\'s issues gave', () => {
    let invalid = 0;
    fc.assert(
      fc.property(valuesOf(LifecycleEventZod), (value) => {
        const got = parseEvent(value, 'events[3]');
        expect(got).toStrictEqual(parseEventByZod(value, 'events[3]'));
        if (!got.ok) invalid++;
      }),
      { numRuns, seed: 20261208 },
    );
    expect(invalid).toBeGreaterThan(numRuns / 20);
  });
});

describe('the derived outcomes validators answer as zod does', () => {
  for (const [name, schema, derived] of [
    ['Remedy', RemedyZod, remedyChecks],
    ['OutstandingAction', OutstandingActionZod, outstandingActionChecks],
    ['IssueFinding', IssueFindingZod, issueFindingChecks],
    ['a list of IssueFinding (what a letter checks)', z.array(IssueFindingZod), array(issueFindingChecks)],
    ['ExtensionNotice', ExtensionNoticeZod, extensionNoticeChecks],
    ['RefusalNotice', RefusalNoticeZod, refusalNoticeChecks],
  ] as const) {
    it(`${name}: for values generated from the schema, the same acceptance and output, or the same issues`, () => {
      let valid = 0;
      let invalid = 0;
      fc.assert(
        fc.property(valuesOf(schema), (value) => {
          if (agree(schema, derived, value)) valid++;
          else invalid++;
        }),
        { numRuns, seed: 20261209 },
      );
      expect(invalid).toBeGreaterThan(numRuns / 20);
      expect(valid).toBeGreaterThan(numRuns / 50);
    });
  }
});

describe('where generated code is forbidden', () => {
  it('an object is checked by a loop that answers as zod does', () => {
    const schema = z.strictObject({ a: z.string().check(z.minLength(1)), b: z.optional(z.int()), c: z.nullable(z.enum(['x', 'y'])), d: z.optional(z.strictObject({ e: z.boolean() })) });
    const build = () => object({ a: string([minLength(1)]), b: optional(number(true)), c: nullable(oneOf(['x', 'y'])), d: optional(object({ e: boolean() }, true)) }, true);
    const saved = globalThis.Function;
    let made = 0;
    // As a content security policy without 'unsafe-eval' does: `new Function` throws.
    globalThis.Function = function forbidden() {
      made++;
      throw new EvalError('code generation from strings disallowed');
    } as unknown as FunctionConstructor;
    let loop: DerivedSchema;
    try {
      loop = build();
    } finally {
      globalThis.Function = saved;
    }
    expect(made).toBe(2);
    let invalid = 0;
    fc.assert(
      fc.property(valuesOf(schema), (value) => {
        if (!agree(schema, loop, value)) invalid++;
      }),
      { numRuns, seed: 20261210 },
    );
    expect(invalid).toBeGreaterThan(numRuns / 20);
  });
});


describe('a validator run again from inside one of its own checks (re-entered) answers as zod does', () => {
  // A check whose function validates another value with a derived validator in turn: the inner call
  // must not clear the outer call's issues (derivedValue's list) nor its payload (check's).
  const inner = object({ n: number(true, [check<number>((p) => void (p.value > 3 && p.issues.push({ code: 'custom', message: 'inner: n above 3', input: p.value, continue: true })))]) }, true);
  const innerZod = z.strictObject({ n: z.int().check(z.check<number>((p) => void (p.value > 3 && p.issues.push({ code: 'custom', message: 'inner: n above 3', input: p.value, continue: true })))) });
  const nested = (p: { value: string; issues: unknown[] }): void => {
    // An outer issue first, then the inner validation (which runs a check of its own).
    if (p.value.startsWith('!')) p.issues.push({ code: 'custom', message: 'outer: starts with !', input: p.value, continue: true });
    if (derivedValue(inner, { n: p.value.length }) === REFUSED) p.issues.push({ code: 'custom', message: 'outer: too long for inner', input: p.value, continue: true });
    if (derivedParse(inner, { n: p.value.length - 1 }).success === false) p.issues.push({ code: 'custom', message: 'outer: too long for inner, less one', input: p.value, continue: true });
  };
  const outer = object({ a: string([minLength(1)]), b: string([check<string>(nested)]) }, true);
  const outerZod = z.strictObject({ a: z.string().check(z.minLength(1)), b: z.string().check(z.check<string>(nested)) });
  const samples: unknown[] = [
    { a: 'x', b: 'ok' },
    { a: '', b: 'ok' },
    { a: 1, b: 'ok' },
    { a: '', b: '!' },
    { a: 'x', b: '!ab' },
    { a: 'x', b: 'abcd' },
    { a: '', b: 'abcdef' },
    { a: 'x', b: '!abcdef', c: 1 },
    { b: 'abcde' },
  ];

  it('derivedValue refuses exactly what zod refuses, and gives zod\'s output for the rest', () => {
    let refused = 0;
    for (const value of samples) {
      const want = z.safeParse(outerZod, value);
      const got = derivedValue(outer, value);
      expect(got === REFUSED, JSON.stringify(value)).toBe(!want.success);
      if (want.success) expect(got).toStrictEqual(want.data);
      else refused++;
    }
    expect(refused).toBeGreaterThan(4);
  });

  it('derivedParse gives zod\'s issues, the outer ones and those the inner validation led to', () => {
    for (const value of samples) agree(outerZod, outer, value);
    expect(derivedParse(outer, { a: '', b: '!abcdef' })).toMatchObject({ success: false, error: { issues: [{ path: ['a'] }, { path: ['b'], message: 'outer: starts with !' }, { path: ['b'], message: 'outer: too long for inner' }, { path: ['b'], message: 'outer: too long for inner, less one' }] } });
  });

  it('a check that throws leaves the next validation as it would be (the shared list and payload are released)', () => {
    const throwing = object({ s: string([check<string>((p) => { if (p.value === 'boom') throw new Error('boom'); })]) }, true);
    expect(() => derivedValue(throwing, { s: 'boom' })).toThrow('boom');
    for (const value of samples) expect(derivedValue(outer, value) === REFUSED).toBe(!z.safeParse(outerZod, value).success);
  });
});
