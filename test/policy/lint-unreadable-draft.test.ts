// lintPolicy takes drafts as well as policies: "Bad input from a host gets a clear, typed error
// naming the field ... never a crash". A draft whose parts are null or of the wrong kind gets
// findings naming the refused values (and, where the comparison could not read on, a note that it
// stopped), or a HousingComplaintsError naming the part the lint cannot do without; never a
// TypeError.
import { describe, expect, it } from 'vitest';
import { HousingComplaintsError } from '../../src/core/errors.js';
import { lintPolicy, policies, type LintablePolicy } from '../../src/policy/index.js';

type Draft = Record<string, any>;
const EDITS: readonly [string, (d: Draft) => void][] = [
  ['a stage extension of null', (d) => { d.stages[0].extension = null; }],
  ['responses of null', (d) => { d.responses = null; }],
  ['exclusions of null', (d) => { d.exclusions = null; }],
  ['a time limit of null', (d) => { d.timeLimit = null; }],
  ['an escalation of null', (d) => { d.escalation = null; }],
  ['a refusal notice of null', (d) => { d.refusalNotice = null; }],
  ['adjustments of null', (d) => { d.adjustments = null; }],
  ['updates of null', (d) => { d.updates = null; }],
  ['sections of null', (d) => { d.sections = null; }],
  ['an acknowledgement of text', (d) => { d.stages[0].acknowledge = 'five days'; }],
  ['an ombudsman of null', (d) => { d.ombudsman = null; }],
  ['roles of null', (d) => { d.roles = null; }],
];

describe('lintPolicy on a draft it cannot read in full', () => {
  for (const [name, policy] of Object.entries(policies)) {
    for (const [what, edit] of EDITS) {
      it(`${name} with ${what}: findings (naming any refused value), or a typed error; never a TypeError`, () => {
        const draft = structuredClone(policy) as Draft;
        edit(draft);
        let findings;
        try {
          findings = lintPolicy(draft as LintablePolicy);
        } catch (e) {
          expect(e).toBeInstanceOf(HousingComplaintsError);
          return;
        }
        // Some of these parts may be null in a policy (the policy is silent); others are refused.
        const refused = findings.filter((f) => f.code === 'invalid-value');
        const stopped = findings.filter((f) => f.code === 'comparison-stopped');
        expect(stopped.length).toBeLessThanOrEqual(1);
        if (stopped.length === 1) {
          expect(refused.length).toBeGreaterThan(0);
          // The note comes last and every finding before it is a refused value.
          expect(findings.at(-1)!.code).toBe('comparison-stopped');
          expect(findings.slice(0, -1).every((f) => f.code === 'invalid-value')).toBe(true);
          expect(stopped[0]!.message).toMatch(/stopped comparing the policy with the Code/);
        }
      });
    }
  }

  it('the parts the comparison cannot read on from are refused values, with the note', () => {
    for (const edit of [(d: Draft) => { d.responses = null; }, (d: Draft) => { d.exclusions = null; }, (d: Draft) => { d.timeLimit = null; }]) {
      const draft = structuredClone(policies.wellington) as Draft;
      edit(draft);
      const codes = lintPolicy(draft as LintablePolicy).map((f) => f.code);
      expect(codes).toContain('invalid-value');
      expect(codes.at(-1)).toBe('comparison-stopped');
    }
  });

  it('a procedure stage of null is a typed error naming it', () => {
    const draft = structuredClone(policies.wellington) as Draft;
    draft.procedures[0].stages[1] = null;
    expect(() => lintPolicy(draft as LintablePolicy)).toThrow(HousingComplaintsError);
    expect(() => lintPolicy(draft as LintablePolicy)).toThrow(/policy\.procedures\.0\.stages\.1/);
  });

  it('a stage of null is a typed error naming it', () => {
    const draft = structuredClone(policies.wellington) as Draft;
    draft.stages[0] = null;
    expect(() => lintPolicy(draft as LintablePolicy)).toThrow(/policy\.stages\.0/);
  });

  it('a valid policy never gets the note', () => {
    for (const p of Object.values(policies)) expect(lintPolicy(structuredClone(p)).some((f) => f.code === 'comparison-stopped')).toBe(false);
  });
});
