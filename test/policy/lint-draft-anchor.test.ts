// The lint reads drafts: a value the schema refuses is reported as an `invalid-value` breach on its
// path, never thrown. A timescale counted from an anchor no stage has (a typo) has no place to
// compare with the Code's, so only the value check speaks of it.
import { describe, expect, it } from 'vitest';
import { lintPolicy, policies } from '../../src/policy/index.js';

const w = policies.wellington;

describe('a draft timescale with an unknown anchor', () => {
  for (const [stage, kind] of [[0, 'respond'], [0, 'acknowledge'], [1, 'respond']] as const) {
    it(`stages.${stage}.${kind}.anchor 'soon' gets the invalid-value breach on its path, not a TypeError`, () => {
      const stages = w.stages.map((s, i) => (i === stage ? { ...s, [kind]: { ...s[kind]!, anchor: 'soon' } } : s));
      const findings = lintPolicy({ ...w, stages } as unknown as typeof w);
      const at = findings.filter((f) => f.path === `stages.${stage}.${kind}.anchor`);
      expect(at.map((f) => [f.severity, f.code])).toEqual([['breach', 'invalid-value']]);
      expect(at[0]!.message).toContain("'receipt'");
    });
  }
});
