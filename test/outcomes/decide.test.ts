import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { decideOutcome, type IssueFinding } from '../../src/outcomes/index.js';
import { HousingComplaintsError } from '../../src/core/index.js';

const f = (issue: string, finding: IssueFinding['finding']): IssueFinding => ({ issue, finding, reasons: `reasons for ${issue}` });
const findingArb = fc.record({ issue: fc.string({ minLength: 1 }), finding: fc.constantFrom('upheld' as const, 'not-upheld' as const), reasons: fc.string() });

describe('policy s.8 "If a complaint contains more than one issue and one of the issues is upheld, but not all, it will be recorded as partially upheld"', () => {
  it('one issue upheld of two: partially upheld', () => {
    expect(decideOutcome([f('repair', 'upheld'), f('attitude', 'not-upheld')])).toBe('partially-upheld');
  });
  it('"If the evidence or balance of probabilities supports a complaint it will be upheld": every issue upheld', () => {
    expect(decideOutcome([f('repair', 'upheld'), f('attitude', 'upheld')])).toBe('upheld');
  });
  it('no issue upheld: not upheld', () => {
    expect(decideOutcome([f('repair', 'not-upheld')])).toBe('not-upheld');
  });
  it('an empty list is an error: no-findings', () => {
    expect(() => decideOutcome([])).toThrow(HousingComplaintsError);
    expect(() => decideOutcome([])).toThrow(expect.objectContaining({ code: 'no-findings', path: 'findings' }));
  });
  it('a finding that is neither upheld nor not-upheld is an error naming its index', () => {
    const bad = [f('a', 'upheld'), { issue: 'b', finding: 'maybe', reasons: '' }] as unknown as IssueFinding[];
    expect(() => decideOutcome(bad)).toThrow(expect.objectContaining({ code: 'invalid-finding', path: 'findings.1.finding' }));
  });
});

describe('properties of the s.8 rule', () => {
  it('upheld exactly when every finding is upheld', () => {
    fc.assert(fc.property(fc.array(findingArb, { minLength: 1, maxLength: 12 }), (fs) => {
      expect(decideOutcome(fs) === 'upheld').toBe(fs.every((x) => x.finding === 'upheld'));
    }), { numRuns });
  });
  it('not upheld exactly when no finding is upheld; partially upheld exactly when some but not all are', () => {
    fc.assert(fc.property(fc.array(findingArb, { minLength: 1, maxLength: 12 }), (fs) => {
      const up = fs.filter((x) => x.finding === 'upheld').length;
      expect(decideOutcome(fs) === 'not-upheld').toBe(up === 0);
      expect(decideOutcome(fs) === 'partially-upheld').toBe(up > 0 && up < fs.length);
    }), { numRuns });
  });
  it('the order of the issues does not change the outcome', () => {
    fc.assert(fc.property(fc.array(findingArb, { minLength: 1, maxLength: 12 }), (fs) => {
      expect(decideOutcome([...fs].reverse())).toBe(decideOutcome(fs));
    }), { numRuns });
  });
});
