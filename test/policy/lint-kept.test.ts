/**
 * lintPolicy keeps the findings of each built-in policy (validated and deep-frozen) from its first
 * call and returns copies of them. These tests check that what it returns always equals a lint
 * worked out afresh, that a caller cannot change what later calls get, and that a host's own
 * policy, frozen or not, edited in place or not, is always linted afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.js';
import { definePolicy, lintPolicy, policies, type Policy } from '../../src/policy/index.js';

const numRuns = runs(1);
const builtIns = Object.entries(policies) as [string, Policy][];
/** A copy the library has not validated: the lint works it out afresh. */
const afresh = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;
/** Findings written out with their key order, so two lists compare exactly. */
const text = (x: unknown): string => JSON.stringify(x);

describe('lintPolicy on the built-in policies', () => {
  it.each(builtIns)('%s: every call equals a lint worked out afresh, key order included', (_, p) => {
    const fresh = lintPolicy(afresh(p));
    for (let i = 0; i < 3; i++) {
      const found = lintPolicy(p);
      expect(found).toStrictEqual(fresh);
      expect(text(found)).toBe(text(fresh));
    }
  });

  it('each call returns its own findings and sources, unfrozen: changing them changes no later call', () => {
    const p = policies.wellington;
    const before = text(lintPolicy(p));
    const first = lintPolicy(p);
    const second = lintPolicy(p);
    expect(first.length).toBeGreaterThan(5);
    expect(second).not.toBe(first);
    for (let i = 0; i < first.length; i++) {
      expect(second[i]).not.toBe(first[i]);
      expect(second[i]!.source).not.toBe(first[i]!.source);
      expect(Object.isFrozen(first[i])).toBe(false);
      expect(Object.isFrozen(first[i]!.source)).toBe(false);
    }
    const mutable = first as unknown as { message: string; source: { provision?: string; quote?: string } }[];
    for (const f of mutable) {
      f.message = 'changed';
      f.source.provision = '0.0';
      delete f.source.quote;
    }
    first.push({ ...first[0]! });
    first.length = 1;
    expect(text(lintPolicy(p))).toBe(before);
  });
});

describe("lintPolicy on a host's own policy: never kept", () => {
  it('a policy edited in place between calls is linted as it now is', () => {
    const p = afresh(policies.wellington) as Policy & { timeLimit: { months: number } };
    const codes = () => lintPolicy(p).map((f) => f.code);
    expect(codes()).not.toContain('time-limit-too-short');
    p.timeLimit.months = 3;
    expect(codes()).toContain('time-limit-too-short');
    (p as { exclusions: unknown[] }).exclusions = [];
    expect(codes()).not.toContain('exclusion-beyond-code');
  });

  it("definePolicy's result, and a host's deep-frozen copy, are linted afresh: equal to the built-in's lint, then to their own after a change", () => {
    const derived = definePolicy(policies.chsCommercialClient, { timeLimit: { months: 12 } });
    if (!derived.ok) throw new Error(JSON.stringify(derived.error));
    const want = lintPolicy(afresh(derived.value));
    expect(text(lintPolicy(derived.value))).toBe(text(want));
    // definePolicy's result is frozen: a change is a new derivation, linted as it now is, or an edit of a copy.
    const changed = definePolicy(derived.value, { escalation: { reasonsRequired: true } });
    if (!changed.ok) throw new Error(JSON.stringify(changed.error));
    expect(lintPolicy(changed.value).map((f) => f.code)).toContain('escalation-reasons-required');
    expect(lintPolicy(derived.value).map((f) => f.code)).not.toContain('escalation-reasons-required');
    const edited = afresh(derived.value) as Policy & { escalation: { reasonsRequired: boolean } };
    edited.escalation.reasonsRequired = true;
    expect(text(lintPolicy(edited))).toBe(text(lintPolicy(changed.value)));

    const frozen = afresh(policies.dennetts);
    const deepFreeze = (v: unknown): void => {
      if (v !== null && typeof v === 'object') {
        Object.freeze(v);
        for (const x of Object.values(v)) deepFreeze(x);
      }
    };
    deepFreeze(frozen);
    expect(text(lintPolicy(frozen))).toBe(text(lintPolicy(policies.dennetts)));
  });

  it('on generated edits of a built-in, the built-in and the edited copy each get their own lint', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...builtIns.map(([, p]) => p)),
        fc.record({ months: fc.integer({ min: 1, max: 24 }), reasons: fc.boolean(), reps: fc.boolean(), drop: fc.nat({ max: 12 }) }),
        (base, v) => {
          const before = text(lintPolicy(base));
          const p = afresh(base) as unknown as { timeLimit: { months: number }; escalation: { reasonsRequired: boolean }; representatives: { allowed: boolean }; exclusions: unknown[] };
          p.timeLimit.months = v.months;
          p.escalation.reasonsRequired = v.reasons;
          p.representatives.allowed = v.reps;
          p.exclusions = p.exclusions.slice(v.drop);
          const edited = lintPolicy(p as unknown as Policy);
          // The same edit made to a second copy gives the same findings: the lint is a function of the data.
          expect(text(lintPolicy(JSON.parse(JSON.stringify(p)) as Policy))).toBe(text(edited));
          expect(text(lintPolicy(base))).toBe(before);
        },
      ),
      { numRuns, seed: 20261203 },
    );
  });
});
