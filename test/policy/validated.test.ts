import { describe, expect, it } from 'vitest';
import { definePolicy, lintPolicy, parsePolicy, policies } from '../../src/policy/index.js';
import { isChecked, isValidated } from '../../src/policy/validated.js';

describe('validated built-in policies', () => {
  it('records the built-ins, frozen, and nothing a host parses', () => {
    for (const p of Object.values(policies)) {
      expect(isValidated(p)).toBe(true);
      expect(Object.isFrozen(p.stages[0])).toBe(true);
    }
    const parsed = parsePolicy(JSON.stringify(policies.wellington));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(isValidated(parsed.value)).toBe(false);
    expect(isValidated(structuredClone(policies.wellington))).toBe(false);
  });

  it("records as checked (frozen, values not checked again) the built-ins and what parsePolicy and definePolicy return, and nothing a host builds or freezes", () => {
    for (const p of Object.values(policies)) expect(isChecked(p)).toBe(true);
    const parsed = parsePolicy(JSON.stringify(policies.wellington));
    const derived = definePolicy(policies.wellington, { timeLimit: { months: 18 } });
    for (const r of [parsed, derived]) {
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(isChecked(r.value)).toBe(true);
        expect(Object.isFrozen(r.value.stages[1].extension.source)).toBe(true);
      }
    }
    const own = structuredClone(policies.wellington);
    expect(isChecked(own)).toBe(false);
    expect(isChecked(Object.freeze(own))).toBe(false);
    expect(isChecked(parsePolicy('{}'))).toBe(false);
  });

  it('a copy of a built-in with an invalid value is still checked by the lint', () => {
    const draft = structuredClone(policies.wellington) as unknown as { stages: { respond: { workingDays: unknown } }[] };
    draft.stages[0]!.respond.workingDays = Number.NaN;
    const codes = lintPolicy(draft as never).map((f) => f.code);
    expect(codes).toContain('invalid-value');
    expect(lintPolicy(policies.wellington).map((f) => f.code)).not.toContain('invalid-value');
  });
});
