import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { checkExclusions, type ExclusionFacts } from '../../src/exclusions/index.js';
import { policies } from '../../src/policy/index.js';

const opt = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// Facts in a consistent order of dates: occurred <= aware <= received.
const facts: fc.Arbitrary<ExclusionFacts> = fc
  .record({
    occurred: fc.integer({ min: 15_000, max: 21_000 }), awareAfter: fc.integer({ min: 0, max: 900 }), receivedAfter: fc.integer({ min: 0, max: 900 }),
    hasOccurred: fc.boolean(), hasAware: fc.boolean(), hasReceived: fc.boolean(),
    serviceRequest: opt(fc.constantFrom('first-request' as const, 'dissatisfied-with-response' as const, 'not-a-service-request' as const)),
    committeeMemberConduct: opt(fc.boolean()), managingAgentContract: opt(fc.boolean()), contractDisputeResolution: opt(fc.boolean()),
    antiSocialBehaviour: opt(fc.constantFrom('first-request' as const, 'dissatisfied-with-handling' as const, 'not-involved' as const)),
    neighbourDispute: opt(fc.constantFrom('first-request' as const, 'dissatisfied-with-handling' as const, 'not-involved' as const)),
    legalClaim: opt(fc.constantFrom('filed-at-court' as const, 'pre-action-protocol' as const, 'none' as const)),
    damagesClaim: opt(fc.boolean()), raisedDuringOpenInvestigation: opt(fc.boolean()), relatedToOpenInvestigation: opt(fc.boolean()),
    openInvestigationResponseIssued: opt(fc.boolean()), wouldUnreasonablyDelayResponse: opt(fc.boolean()), anonymous: opt(fc.boolean()),
    recurringAndPersisting: opt(fc.boolean()), consideredBefore: opt(fc.boolean()), unreasonableBehaviour: opt(fc.boolean()), supportNeedsReviewed: opt(fc.boolean()),
  })
  .map(({ occurred, awareAfter, receivedAfter, hasOccurred, hasAware, hasReceived, ...rest }) =>
    drop({
      ...rest,
      occurredOn: hasOccurred ? day(occurred) : undefined,
      becameAwareOn: hasAware ? day(occurred + awareAfter) : undefined,
      receivedOn: hasReceived ? day(occurred + awareAfter + receivedAfter) : undefined,
    }),
  );
const policy = fc.constantFrom(policies.wellington, policies.dennetts, policies.chsCommercialClient, policies.housingOmbudsmanCode2024);

describe('properties of checkExclusions (Code 2.1, 2.5)', () => {
  it('one result per ground the policy lists; unknown exactly when facts are missing; yes/no only from facts used', () => {
    fc.assert(fc.property(facts, policy, (f, p) => {
      const check = checkExclusions(f, { policy: p });
      expect(check.grounds.map((g) => g.ground)).toEqual(p.exclusions.map((e) => e.ground));
      for (const g of check.grounds) {
        expect(g.missing.length > 0).toBe(g.applies === 'unknown');
        if (g.applies !== 'unknown') expect(g.factsUsed.length).toBeGreaterThan(0);
        for (const k of g.factsUsed) expect(f[k]).not.toBeUndefined();
        expect(g.why.length).toBeGreaterThan(0);
        expect(g.ifDeclined.ombudsmanRight).toBe(p.ombudsman.schemeMember);
      }
    }), { numRuns });
  });
  it('the recommendation follows the grounds, and a person always decides', () => {
    fc.assert(fc.property(facts, policy, (f, p) => {
      const check = checkExclusions(f, { policy: p });
      expect(check.decidedBy).toBe('a-person');
      expect(check.applicable).toEqual(check.grounds.filter((g) => g.applies === 'yes').map((g) => g.ground));
      expect(check.unknown).toEqual(check.grounds.filter((g) => g.applies === 'unknown').map((g) => g.ground));
      const expected = check.applicable.length > 0 ? 'consider-not-accepting' : check.unknown.length > 0 ? 'establish-facts' : 'accept';
      expect(check.recommendation).toBe(expected);
    }), { numRuns });
  });
  it('adding a fact never turns a decided ground back into unknown, except where the new fact opens an exception', () => {
    // Knowing the awareness date can only move the start of the time limit later: a complaint in
    // time without it stays in time with it.
    fc.assert(fc.property(facts, policy, fc.integer({ min: 0, max: 400 }), (f, p, later) => {
      if (f.occurredOn === undefined || f.receivedOn === undefined || f.becameAwareOn !== undefined) return;
      const before = checkExclusions(f, { policy: p }).grounds.find((g) => g.ground === 'time-limit');
      if (before?.applies !== 'no') return;
      const aware = day(Math.min(Date.parse(`${f.occurredOn}T00:00:00Z`) / 86_400_000 + later, Date.parse(`${f.receivedOn}T00:00:00Z`) / 86_400_000));
      const after = checkExclusions({ ...f, becameAwareOn: aware }, { policy: p }).grounds.find((g) => g.ground === 'time-limit');
      expect(after?.applies).toBe('no');
    }), { numRuns });
  });
  it('is deterministic and does not change its input', () => {
    fc.assert(fc.property(facts, policy, (f, p) => {
      const copy = structuredClone(f);
      expect(checkExclusions(f, { policy: p })).toEqual(checkExclusions(copy, { policy: p }));
      expect(f).toEqual(copy);
    }), { numRuns });
  });
});
