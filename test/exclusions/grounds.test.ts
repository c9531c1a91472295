import { describe, expect, it } from 'vitest';
import { definePolicy, policies } from '../../src/policy/index.js';
import { SCHEME_BASICS } from '../../src/policy/scheme-basics.js';
import { checkExclusions, type ExclusionFacts, type GroundResult } from '../../src/exclusions/index.js';

const context = { policy: policies.wellington };
const ground = (facts: ExclusionFacts, id: GroundResult['ground']): GroundResult => {
  const g = checkExclusions(facts, context).grounds.find((r) => r.ground === id);
  if (g === undefined) throw new Error(`ground ${id} missing`);
  return g;
};

describe('checkExclusions: every ground Wellington s.3 lists', () => {
  it('reports every ground of policy.exclusions, in the policy\'s order, even with no facts', () => {
    const check = checkExclusions({}, context);
    expect(check.grounds.map((g) => g.ground)).toEqual(policies.wellington.exclusions.map((e) => e.ground));
    expect(check.grounds.every((g) => g.applies === 'unknown')).toBe(true);
    expect(check.grounds.every((g) => g.missing.length > 0)).toBe(true);
    expect(check.recommendation).toBe('establish-facts');
  });

  it('Code 2.5 "must not take a blanket approach": the check recommends and says a person decides', () => {
    const check = checkExclusions({ consideredBefore: true }, context);
    expect(check.recommendation).toBe('consider-not-accepting');
    expect(check.decidedBy).toBe('a-person');
    expect(check.source.provision).toBe('2.5');
    expect(check.summary).toMatch(/A person must consider the individual circumstances/);
  });

  it('s.3 "would not usually be accepted ... unless there are valid reasons": discretion applies to every ground', () => {
    for (const g of checkExclusions({}, context).grounds) {
      expect(g.discretion.applies).toBe(true);
      expect(g.discretion.source.policy).toBe('s.3');
    }
  });

  it('Code 2.4 "an explanation must be provided ... and the right to take that decision to the Ombudsman" for every ground of a scheme member', () => {
    for (const g of checkExclusions({}, context).grounds) {
      expect(g.ifDeclined.writtenReasons).toBe(true);
      expect(g.ifDeclined.ombudsmanRight).toBe(true);
      expect(g.ifDeclined.source.provision).toBe('2.4');
      expect(g.ifDeclined.text).toMatch(/Housing Ombudsman/);
    }
  });

  it('a non-member (CHS commercial s.3 "If CHS chooses not to accept or escalate a complaint for one of the above reasons when asked, CHS will formally write to the client setting out its reasons why") owes written reasons when asked, no Ombudsman right', () => {
    const g = checkExclusions({}, { policy: policies.chsCommercialClient }).grounds[0];
    expect(g?.ifDeclined.ombudsmanRight).toBe(false);
    expect(g?.ifDeclined.writtenReasons).toBe(true);
    expect(g?.ifDeclined.onlyWhenAsked).toBe(true);
    expect(g?.ifDeclined.text).toMatch(/will, when asked, formally write to the complainant setting out its reasons why/);
    expect(g?.ifDeclined.source.quote).toBe(policies.chsCommercialClient.refusalNotice?.source.quote);
    expect(g?.ifDeclined.source.provision).toBeUndefined();
    expect(g?.ifDeclined.source.policy).toBe('s.3');
  });

  it('a member whose policy gives reasons only when asked (Wellington s.3 "when asked, CHS will formally write") still owes what Code 2.4 asks, and says the policy gives less', () => {
    const g = checkExclusions({}, { policy: policies.wellington }).grounds[0];
    expect(g?.ifDeclined).toMatchObject({ writtenReasons: true, ombudsmanRight: true, source: { provision: '2.4', policy: 's.3' } });
    expect(g?.ifDeclined.onlyWhenAsked).toBeUndefined();
    expect(g?.ifDeclined.text).toMatch(/The policy gives less \(written reasons only when asked, no mention of the Ombudsman\)/);
  });

  it('Code 2.2 "Acceptable exclusions include": under the Code policy, which has no sections, no refusal, rule or decision cites a section', () => {
    const check = checkExclusions({ legalClaim: 'filed-at-court', receivedOn: '2025-01-01', occurredOn: '2020-01-01', consideredBefore: true }, { policy: policies.housingOmbudsmanCode2024 });
    expect(check.source).toEqual({ provision: '2.5', note: expect.any(String) });
    for (const g of check.grounds) {
      for (const src of [g.source, g.rule, g.discretion.source, g.ifDeclined.source]) expect(src.policy).toBeUndefined();
    }
  });

  it('the Code 2024 as a policy lists the three acceptable exclusions of Code 2.2, each citing 2.2 and no policy section', () => {
    const check = checkExclusions({ legalClaim: 'filed-at-court' }, { policy: policies.housingOmbudsmanCode2024 });
    expect(check.grounds.map((g) => g.ground)).toEqual(['time-limit', 'legal-proceedings', 'already-considered']);
    expect(check.applicable).toEqual(['legal-proceedings']);
    for (const g of check.grounds) {
      expect(g.source.policy).toBeUndefined();
      expect(g.ifDeclined.source).toEqual({ provision: '2.4' });
    }
  });

  it('CHS commercial s.3 "Complaints being dealt with through the dispute resolution procedure as set out in the management contract"', () => {
    const g = checkExclusions({ contractDisputeResolution: true }, { policy: policies.chsCommercialClient }).grounds.find((r) => r.ground === 'contract-dispute-resolution');
    expect(g?.applies).toBe('yes');
    expect(g?.routeElsewhere).toMatch(/dispute resolution procedure/);
    const no = checkExclusions({ contractDisputeResolution: false }, { policy: policies.chsCommercialClient }).grounds.find((r) => r.ground === 'contract-dispute-resolution');
    expect(no?.applies).toBe('no');
  });

  it('no ground applying and none in doubt: accept (Code 2.1 "must accept a complaint unless there is a valid reason not to")', () => {
    const facts: ExclusionFacts = {
      serviceRequest: 'dissatisfied-with-response', committeeMemberConduct: false, managingAgentContract: false,
      antiSocialBehaviour: 'not-involved', neighbourDispute: 'not-involved', legalClaim: 'none', damagesClaim: false,
      raisedDuringOpenInvestigation: false, anonymous: false, receivedOn: '2025-03-03', occurredOn: '2025-01-10',
      consideredBefore: false, unreasonableBehaviour: false,
    };
    const check = checkExclusions(facts, context);
    expect(check.recommendation).toBe('accept');
    expect(check.applicable).toEqual([]);
    expect(check.unknown).toEqual([]);
  });
});

describe('s.3 "First time requests for a particular service"', () => {
  it('a first-time request (e.g. "reporting a repair or defect") is a service request: applies, routed as a service request', () => {
    const g = ground({ serviceRequest: 'first-request' }, 'service-request');
    expect(g.applies).toBe('yes');
    expect(g.factsUsed).toEqual(['serviceRequest']);
    expect(g.routeElsewhere).toBe(policies.wellington.exclusions.find((e) => e.ground === 'service-request')?.routeElsewhere);
  });
  it('"a complaint should therefore be raised when the service user raises dissatisfaction with the response" (Code 1.5): does not apply', () => {
    const g = ground({ serviceRequest: 'dissatisfied-with-response' }, 'service-request');
    expect(g.applies).toBe('no');
    expect(g.rule.provision).toBe('1.5');
  });
});

describe('s.3 "Governance complaints ... dealt with through the Co-op\'s Code of Conduct"', () => {
  it('conduct of a committee member in a governance role: applies, route Code of Conduct', () => {
    const g = ground({ committeeMemberConduct: true }, 'governance');
    expect(g.applies).toBe('yes');
    expect(g.routeElsewhere).toMatch(/Code of Conduct/);
  });
  it('not about governance conduct: does not apply', () => expect(ground({ committeeMemberConduct: false }, 'governance').applies).toBe('no'));
});

describe('s.3 "Business to business complaints – complaints about how CHS has performed its contractual obligations to the Co-op"', () => {
  it('about the managing agent\'s contract with the co-op: applies, route the Business to Business Complaints Policy', () => {
    const g = ground({ managingAgentContract: true }, 'business-to-business');
    expect(g.applies).toBe('yes');
    expect(g.routeElsewhere).toMatch(/Business to Business/);
  });
  it('a member\'s complaint about the agent\'s service is not business to business', () =>
    expect(ground({ managingAgentContract: false }, 'business-to-business').applies).toBe('no'));
});

describe('s.3 "Anti-social behaviour or harassment issues – requests to deal with these issues will be dealt with in accordance with relevant policies"', () => {
  it('a first request to deal with ASB: applies, routed to the relevant policy', () => {
    const g = ground({ antiSocialBehaviour: 'first-request' }, 'anti-social-behaviour');
    expect(g.applies).toBe('yes');
    expect(g.routeElsewhere).toMatch(/anti-social behaviour/);
  });
  it('"is not happy with the way that it has been managed, they may then make a complaint": does not apply', () =>
    expect(ground({ antiSocialBehaviour: 'dissatisfied-with-handling' }, 'anti-social-behaviour').applies).toBe('no'));
});

describe('s.3 "Neighbour nuisance, or neighbour disputes – requests to deal with these issues will be dealt with in accordance with relevant policies"', () => {
  it('a first request about a neighbour dispute: applies', () => expect(ground({ neighbourDispute: 'first-request' }, 'neighbour-dispute').applies).toBe('yes'));
  it('dissatisfied with how the neighbour dispute was managed: may complain', () =>
    expect(ground({ neighbourDispute: 'dissatisfied-with-handling' }, 'neighbour-dispute').applies).toBe('no'));
  it('not knowing whether it is a first request leaves it unknown, naming the fact', () => {
    const g = ground({}, 'neighbour-dispute');
    expect(g.applies).toBe('unknown');
    expect(g.missing).toEqual(['neighbourDispute']);
  });
});

describe('s.3 "Complaints relating to an active legal claim - such as disrepair filed at court" (Code 2.2 "having been filed at court")', () => {
  it('a claim filed at court: applies', () => {
    const g = ground({ legalClaim: 'filed-at-court' }, 'legal-proceedings');
    expect(g.applies).toBe('yes');
    expect(g.rule.provision).toBe('2.2');
  });
  it('"if a complainant is taking pre-litigation action (e.g., disrepair pre-action protocol), they may make a complaint": does not apply', () => {
    const g = ground({ legalClaim: 'pre-action-protocol' }, 'legal-proceedings');
    expect(g.applies).toBe('no');
    expect(g.why).toMatch(/not an active legal claim/);
  });
});

describe('s.3 "Claims for damages – these will be dealt with as an Insurance Claim"', () => {
  it('a damages claim: applies, route an insurance claim', () => {
    const g = ground({ damagesClaim: true }, 'damages-claim');
    expect(g.applies).toBe('yes');
    expect(g.routeElsewhere).toMatch(/insurance/i);
  });
  it('not a damages claim: does not apply', () => expect(ground({ damagesClaim: false }, 'damages-claim').applies).toBe('no'));
});

describe('s.3 "New issues that arise during a complaint investigation – these will be logged as a new complaint unless they are relevant" (Code 6.8)', () => {
  it('"additional complaints will be incorporated if they are relevant, and the response has not yet been issued": does not apply', () => {
    const g = ground({ raisedDuringOpenInvestigation: true, relatedToOpenInvestigation: true, openInvestigationResponseIssued: false }, 'new-issue-during-investigation');
    expect(g.applies).toBe('no');
    expect(g.why).toMatch(/incorporate/);
  });
  it('unrelated to the complaint under investigation: applies, logged as a new complaint', () => {
    const g = ground({ raisedDuringOpenInvestigation: true, relatedToOpenInvestigation: false }, 'new-issue-during-investigation');
    expect(g.applies).toBe('yes');
    expect(g.routeElsewhere).toMatch(/new complaint/);
  });
  it('related but the response has already been issued: applies (Code 6.8 "Where the stage 1 response has been issued ... logged as a new complaint")', () =>
    expect(ground({ raisedDuringOpenInvestigation: true, relatedToOpenInvestigation: true, openInvestigationResponseIssued: true }, 'new-issue-during-investigation').applies).toBe('yes'));
  it('Code 6.8 "or it would unreasonably delay the response": applies', () =>
    expect(ground({ raisedDuringOpenInvestigation: true, relatedToOpenInvestigation: true, openInvestigationResponseIssued: false, wouldUnreasonablyDelayResponse: true }, 'new-issue-during-investigation').applies).toBe('yes'));
  it('raised during an investigation, relation unknown: unknown, naming the missing facts', () =>
    expect(ground({ raisedDuringOpenInvestigation: true }, 'new-issue-during-investigation').missing).toEqual(['relatedToOpenInvestigation', 'openInvestigationResponseIssued']));
});

describe('s.3 "Anonymous complaints – the co-op will promptly assess the severity, and issues will be dealt with under the relevant policy"', () => {
  it('anonymous: applies, route the relevant policy', () => {
    const g = ground({ anonymous: true }, 'anonymous');
    expect(g.applies).toBe('yes');
    expect(g.routeElsewhere).toMatch(/relevant policy/);
  });
  it('named: does not apply', () => expect(ground({ anonymous: false }, 'anonymous').applies).toBe('no'));
});

describe('s.3 "Matters that have already been considered under the complaints policy" (Code 2.2)', () => {
  it('considered before: applies', () => expect(ground({ consideredBefore: true }, 'already-considered').applies).toBe('yes'));
  it('not considered before: does not apply', () => expect(ground({ consideredBefore: false }, 'already-considered').applies).toBe('no'));
});

describe('s.3 "There will be a review of whether the complainant is being appropriately supported before deciding whether to refuse to investigate"', () => {
  it('unreasonable behaviour with support reviewed: applies, route the Unacceptable Behaviour Policy', () => {
    const g = ground({ unreasonableBehaviour: true, supportNeedsReviewed: true }, 'unreasonable-behaviour');
    expect(g.applies).toBe('yes');
    expect(g.routeElsewhere).toMatch(/Unacceptable Behaviour/);
  });
  it('unreasonable behaviour without the support review: cannot be relied on yet (unknown), with the review as a step before deciding', () => {
    const g = ground({ unreasonableBehaviour: true, supportNeedsReviewed: false }, 'unreasonable-behaviour');
    expect(g.applies).toBe('unknown');
    expect(g.missing).toEqual(['supportNeedsReviewed']);
    expect(g.beforeDeciding[0]).toMatch(/appropriately supported/);
  });
  it('no unreasonable behaviour: does not apply', () => expect(ground({ unreasonableBehaviour: false }, 'unreasonable-behaviour').applies).toBe('no'));
});

describe('bad facts name the field', () => {
  it('a receipt date that is not a calendar date throws invalid-facts with path facts.receivedOn', () => {
    expect(() => checkExclusions({ receivedOn: '2025-02-30' }, context)).toThrow(expect.objectContaining({ code: 'invalid-facts', path: 'facts.receivedOn' }));
  });
  it('a fact of the wrong type throws naming it', () => {
    expect(() => checkExclusions({ anonymous: 'yes' } as unknown as ExclusionFacts, context)).toThrow(expect.objectContaining({ path: 'facts.anonymous' }));
  });
  it('does not change the facts it is given', () => {
    const facts: ExclusionFacts = Object.freeze({ receivedOn: '2025-03-03', occurredOn: '2024-01-01' });
    checkExclusions(facts, context);
    expect(facts).toEqual({ receivedOn: '2025-03-03', occurredOn: '2024-01-01' });
  });
});

describe('what is owed if declined names the policy\'s own ombudsman, read from the scheme data', () => {
  const spso = policies.spsoModelScotland;
  const name = SCHEME_BASICS.spso.name; // 'Scottish Public Services Ombudsman'
  const facts: ExclusionFacts = { receivedOn: '2025-03-03', occurredOn: '2020-01-01', becameAwareOn: '2020-01-01', recurringAndPersisting: false };
  const variant = (patch: Parameters<typeof definePolicy>[1]) => {
    const r = definePolicy(spso, patch);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const ownRight = { refusalNotice: { reasons: 'always', ombudsmanRight: true, source: { policy: "What can't I complain about?", quote: 'We will tell you why, and that you may take our decision to the SPSO.' } } } as const;

  it('the SPSO model (in its scheme, no notice of its own): the SPSO, never the Housing Ombudsman, in what the complainant is told', () => {
    const check = checkExclusions(facts, { policy: spso });
    expect(check.grounds.length).toBeGreaterThan(0);
    for (const g of check.grounds) {
      expect(g.ifDeclined.text).toBe(`${spso.organisation} will write to the complainant setting out its reasons why. ${spso.organisation} is in the ${name}'s scheme: the policy gives no right to take the decision to the ${name}.`);
      expect(g.ifDeclined.text).not.toMatch(/Housing Ombudsman/);
      expect(g.ifDeclined.source.note).toBe(`In the ${name}'s scheme: the Housing Ombudsman's Complaint Handling Code 2024 does not bind; the policy's own refusal notice applies (it states none).`);
      expect(g.ifDeclined.source.provision).toBeUndefined();
    }
  });

  it('an SPSO policy whose own notice gives the right to go to the ombudsman: the summary and the text name the SPSO', () => {
    const check = checkExclusions(facts, { policy: variant(ownRight) });
    expect(check.recommendation).toBe('consider-not-accepting');
    expect(check.summary).toMatch(new RegExp(`the right to take the decision to the ${name}\\.$`));
    expect(check.summary).not.toMatch(/Housing Ombudsman|Code/);
    const g = check.grounds[0]!;
    expect(g.ifDeclined).toMatchObject({ writtenReasons: true, ombudsmanRight: true });
    expect(g.ifDeclined.text).toMatch(new RegExp(`is in the ${name}'s scheme: the right to go to the ${name} is the policy's own\\.$`));
  });

  it('an organisation in Scotland outside the SPSO\'s scheme is not said to be outside the Housing Ombudsman\'s', () => {
    const g = checkExclusions(facts, { policy: variant({ ombudsman: { schemeMember: false } }) }).grounds[0]!;
    expect(g.ifDeclined.text).toMatch(new RegExp(`is not a member of the ${name}'s scheme, so the policy gives no right to take the decision to the ${name}\\.$`));
    expect(g.ifDeclined.text).not.toMatch(/Housing Ombudsman/);
    expect(g.ifDeclined.source.note).toMatch(new RegExp(`^Not a member of the ${name}'s scheme: `));
  });

  it('the ombudsman the complainant goes to is the one the policy\'s contact names (as the letters name it); the scheme is the scheme data\'s', () => {
    const policy = variant({ ...ownRight, ombudsman: { contact: { name: 'the SPSO', phone: 'Freephone 0800 377 7330' } } });
    const check = checkExclusions(facts, { policy });
    expect(check.summary).toMatch(/the right to take the decision to the SPSO\.$/);
    expect(check.grounds[0]!.ifDeclined.text).toMatch(new RegExp(`is in the ${name}'s scheme: the right to go to the SPSO is the policy's own\\.$`));
  });

  it('Housing Ombudsman policies: the texts are as before, word for word', () => {
    const w = checkExclusions(facts, { policy: policies.wellington });
    expect(w.summary).toBe('The matter falls under time-limit. A person must consider the individual circumstances and decide whether there are valid reasons to accept it anyway (Code 2.5); if it is not accepted, explain the reasons in writing and the right to take the decision to the Housing Ombudsman (Code 2.4).');
    expect(w.grounds[0]!.ifDeclined.text).toBe('Wellington Housing Co-operative must explain in writing why the matter is not suitable for the complaints process, and tell the complainant of their right to take that decision to the Housing Ombudsman. The policy gives less (written reasons only when asked, no mention of the Ombudsman); the Code\'s requirement applies.');
    const chs = checkExclusions(facts, { policy: policies.chsCommercialClient }).grounds[0]!.ifDeclined;
    expect(chs.text).toBe("Co-op Homes (CHS) will, when asked, formally write to the complainant setting out its reasons why. Co-op Homes (CHS) is not a member of the Housing Ombudsman's scheme, so the policy gives no right to take the decision to the Ombudsman.");
    expect(chs.source.note).toBe("Not a member of the Housing Ombudsman Scheme: Code 2.4 does not bind; the policy's own refusal notice applies.");
    const own = { ...policies.chsCommercialClient, refusalNotice: { reasons: 'always', ombudsmanRight: true, source: { policy: 's.3' } } } as const;
    const c2 = checkExclusions(facts, { policy: own });
    expect(c2.summary).toMatch(/the right to take the decision to the Housing Ombudsman \(Code 2\.4\)\.$/);
    expect(c2.grounds[0]!.ifDeclined.text).toMatch(/is not a member of the Housing Ombudsman's scheme, so the right to go to the Ombudsman is the policy's own\.$/);
  });
});
