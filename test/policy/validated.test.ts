import { describe, expect, it } from 'vitest';
import { lintPolicy, parsePolicy, policies } from '../../src/policy/index.js';
import { isValidated } from '../../src/policy/validated.js';

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

  it('a copy of a built-in with an invalid value is still checked by the lint', () => {
    const draft = structuredClone(policies.wellington) as unknown as { stages: { respond: { workingDays: unknown } }[] };
    draft.stages[0]!.respond.workingDays = Number.NaN;
    const codes = lintPolicy(draft as never).map((f) => f.code);
    expect(codes).toContain('invalid-value');
    expect(lintPolicy(policies.wellington).map((f) => f.code)).not.toContain('invalid-value');
  });
});
