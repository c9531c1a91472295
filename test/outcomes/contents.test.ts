import { describe, expect, it } from 'vitest';
import { checkExtensionNotice, checkRefusalNotice, checkResponseContents, responseContentsOptions, type ResponseDraft } from '../../src/outcomes/index.js';
import { policies } from '../../src/policy/index.js';

const complete = (stage: 1 | 2): ResponseDraft => ({
  stage,
  complaintDefinition: 'The kitchen leak was not repaired for nine weeks.',
  decision: 'upheld',
  reasons: 'The repair target is 20 working days; it took 45.',
  remedies: [{ id: 'r1', kind: 'apology', description: 'A written apology.', dueBy: '2025-03-14' }],
  outstandingActions: [],
  escalation: 'Reply within 20 working days to ask for stage 2.',
  ombudsman: 'Housing Ombudsman Service, 0300 111 3000.',
});
const codes = (stage: 1 | 2, draft: ResponseDraft) => checkResponseContents(stage, draft).map((f) => f.code);
const without = (d: ResponseDraft, key: keyof ResponseDraft): ResponseDraft => {
  const { [key]: _drop, ...rest } = d;
  return rest;
};

describe('Code 6.9 "Landlords must confirm the following in writing to the resident at the completion of stage 1"', () => {
  it('a complete stage 1 draft has nothing missing', () => expect(checkResponseContents(1, complete(1))).toEqual([]));
  it('"a. the complaint stage"', () => expect(codes(1, without(complete(1), 'stage'))).toEqual(['response-missing-stage']));
  it('"a. the complaint stage": a draft saying stage 2 checked as stage 1 is a mismatch', () => expect(codes(1, { ...complete(1), stage: 2 })).toEqual(['response-stage-mismatch']));
  it('"b. the complaint definition" (blank counts as missing)', () => expect(codes(1, { ...complete(1), complaintDefinition: '  ' })).toEqual(['response-missing-definition']));
  it('"c. the decision on the complaint"', () => expect(codes(1, without(complete(1), 'decision'))).toEqual(['response-missing-decision']));
  it('"c.": a decision that is not one of the s.8 outcomes is invalid', () => expect(codes(1, { ...complete(1), decision: 'resolved' as never })).toEqual(['response-invalid-decision']));
  it('"d. the reasons for any decisions made"', () => expect(codes(1, without(complete(1), 'reasons'))).toEqual(['response-missing-reasons']));
  it('"e. the details of any remedy offered to put things right": neither remedies nor a reason for none', () => expect(codes(1, without(complete(1), 'remedies'))).toEqual(['response-missing-remedy']));
  it('"e.": an empty remedies list with a reason for no remedy is complete', () => expect(codes(1, { ...complete(1), remedies: [], noRemedyReason: 'The complaint was not upheld.' })).toEqual([]));
  it('"e.": an empty remedies list without a reason is missing the remedy', () => expect(codes(1, { ...complete(1), remedies: [] })).toEqual(['response-missing-remedy']));
  it('"e. the details of any remedy offered to put things right": a complaint not upheld may offer no remedy and give no reason', () => {
    for (const stage of [1, 2] as const) {
      const notUpheld = { ...complete(stage), decision: 'not-upheld' as const };
      expect(codes(stage, without(notUpheld, 'remedies'))).toEqual([]);
      expect(codes(stage, { ...notUpheld, remedies: [] })).toEqual([]);
      // Upheld in whole or in part: the remedy, or why there is none.
      expect(codes(stage, { ...complete(stage), decision: 'partially-upheld', remedies: [] })).toEqual(['response-missing-remedy']);
      expect(codes(stage, without({ ...complete(stage), decision: 'upheld' }, 'remedies'))).toEqual(['response-missing-remedy']);
    }
  });
  it('Code 7.3 "The remedy offer must clearly set out what will happen and by when": a remedy without a real date is invalid', () => {
    const fs = checkResponseContents(1, { ...complete(1), remedies: [{ id: 'r1', kind: 'apology', description: 'Apology', dueBy: '2025-02-30' }] });
    expect(fs.map((f) => [f.code, f.path])).toEqual([['response-invalid-remedy', 'remedies.0.dueBy']]);
    expect(fs[0]?.source.provision).toBe('7.3');
  });
  it('a financial remedy must say its type and amount (policy s.8)', () => {
    expect(codes(1, { ...complete(1), remedies: [{ id: 'r1', kind: 'financial', description: 'A payment', dueBy: '2025-03-01' }] })).toEqual(['response-invalid-remedy']);
  });
  it('"f. details of any outstanding actions": undefined is missing, an empty list says none', () => {
    expect(codes(1, without(complete(1), 'outstandingActions'))).toEqual(['response-missing-outstanding-actions']);
    expect(codes(1, { ...complete(1), outstandingActions: [] })).toEqual([]);
  });
  it('"g. details of how to escalate the matter to stage 2"', () => expect(codes(1, without(complete(1), 'escalation'))).toEqual(['response-missing-escalation']));
  it('the Ombudsman is not required at stage 1 by the Code, but is by policy s.9 when asked for', () => {
    expect(codes(1, without(complete(1), 'ombudsman'))).toEqual([]);
    expect(checkResponseContents(1, without(complete(1), 'ombudsman'), responseContentsOptions(policies.wellington)).map((f) => [f.code, f.source.policy])).toEqual([['response-missing-ombudsman', 's.9']]);
  });
  it('every finding cites 6.9 (or 7.3 for a remedy) and names its field', () => {
    const fs = checkResponseContents(1, { decision: 'upheld' });
    expect(fs.map((f) => f.source.provision)).toEqual(Array(6).fill('6.9'));
    expect(fs.map((f) => f.path)).toEqual(['stage', 'complaintDefinition', 'reasons', 'remedies', 'outstandingActions', 'escalation']);
  });
});

describe('each finding cites the policy\'s own section for a response\'s contents', () => {
  const gaps = (options: Parameters<typeof checkResponseContents>[2]) => checkResponseContents(1, { stage: 1, decision: 'upheld', escalation: 'x' }, options);
  it('Wellington s.9 "At the end of a complaint investigation and at the end of a review (if there is one) the response to the complainant will say": s.9', () => {
    expect(new Set(gaps(responseContentsOptions(policies.wellington)).map((f) => f.source.policy))).toEqual(new Set([undefined, 's.9']));
    expect(gaps(responseContentsOptions(policies.wellington)).find((f) => f.code === 'response-missing-reasons')?.message).toContain('policy s.9');
  });
  it('CHS s.6 "At the end of the complaint investigation and at the end of the review (if there is one) CHS will write to the client to say": s.6, never s.9', () => {
    const fs = gaps(responseContentsOptions(policies.chsCommercialClient));
    // Outside the Ombudsman's scheme the Code does not bind: the item is owed because s.6 lists it.
    expect(fs.find((f) => f.code === 'response-missing-reasons')?.source).toMatchObject({ policy: 's.6' });
    expect(fs.find((f) => f.code === 'response-missing-reasons')?.source.provision).toBeUndefined();
    expect(fs.some((f) => f.source.policy === 's.9' || f.message.includes('s.9'))).toBe(false);
  });
  it('Code 6.9 "Landlords must confirm the following in writing to the resident at the completion of stage 1": the Code policy has no sections, so none is cited', () => {
    const fs = gaps(responseContentsOptions(policies.housingOmbudsmanCode2024));
    expect(fs.length).toBeGreaterThan(0);
    expect(fs.every((f) => f.source.policy === undefined && f.source.provision === '6.9')).toBe(true);
    expect(gaps({}).every((f) => f.source.policy === undefined)).toBe(true);
  });
});

describe('CHS commercial s.6 "CHS will write to the client to say: what the outcome of their complaint is, the reasons why decisions have been made, what offers CHS is making to put things right, what actions remain outstanding"', () => {
  const chs = responseContentsOptions(policies.chsCommercialClient);
  const s6 = (stage: 1 | 2): ResponseDraft => ({ decision: 'upheld', reasons: 'The repair took 45 working days.', remedies: complete(stage).remedies!, outstandingActions: [] });
  it('a response giving exactly the four items of s.6 is complete at both stages: no stage, definition, escalation or Ombudsman is asked for', () => {
    expect(checkResponseContents(1, s6(1), chs)).toEqual([]);
    expect(checkResponseContents(2, s6(2), chs)).toEqual([]);
  });
  it('the same response under the Code (a member of the scheme) misses 6.9(a), (b) and (g)', () => {
    expect(checkResponseContents(1, s6(1), responseContentsOptions(policies.housingOmbudsmanCode2024)).map((f) => [f.code, f.source.note])).toEqual([
      ['response-missing-stage', 'item a'], ['response-missing-definition', 'item b'], ['response-missing-escalation', 'item g'],
    ]);
  });
  it('each of the four s.6 items is still owed, citing s.6 and its sentence', () => {
    for (const [key, code] of [['decision', 'response-missing-decision'], ['reasons', 'response-missing-reasons'], ['outstandingActions', 'response-missing-outstanding-actions']] as const) {
      const fs = checkResponseContents(1, without(s6(1), key), chs);
      expect(fs.map((f) => f.code)).toEqual([code]);
      expect(fs[0]!.source).toEqual({ policy: 's.6', quote: 'At the end of the complaint investigation and at the end of the review (if there is one) CHS will write to the client to say:' });
    }
  });
});

describe('Code 6.19 "Landlords must confirm the following in writing to the resident at the completion of stage 2"', () => {
  it('a complete stage 2 draft has nothing missing, and does not need the escalation to stage 2', () => expect(checkResponseContents(2, without(complete(2), 'escalation'))).toEqual([]));
  it('"g. details of how to escalate the matter to the Ombudsman Service if the individual remains dissatisfied"', () => {
    const fs = checkResponseContents(2, without(complete(2), 'ombudsman'), responseContentsOptions(policies.wellington));
    expect(fs.map((f) => [f.code, f.source.provision, f.source.policy])).toEqual([['response-missing-ombudsman', '6.19', 's.9']]);
  });
  it('an organisation outside the Ombudsman scheme (CHS commercial) need not point to the Ombudsman', () =>
    expect(checkResponseContents(2, without(complete(2), 'ombudsman'), { schemeMember: false })).toEqual([]));
});

describe('extension notices: Code 6.4 "inform the resident of the expected timescale ... the reason(s) must be clearly explained", 6.5 "provided with the contact details of the Ombudsman"', () => {
  const ok = { stage: 1 as const, newDate: '2025-04-04', reasons: 'Awaiting a surveyor.', ombudsman: 'Housing Ombudsman 0300 111 3000' };
  it('a complete notice has nothing missing', () => expect(checkExtensionNotice(ok)).toEqual([]));
  it('each missing item is named with its provision', () => {
    expect(checkExtensionNotice({ stage: 1 }).map((f) => [f.code, f.source.provision])).toEqual([
      ['extension-missing-new-date', '6.4'], ['extension-missing-reasons', '6.4'], ['extension-missing-ombudsman', '6.5'],
    ]);
    expect(checkExtensionNotice({ stage: 2 }).map((f) => f.source.provision)).toEqual(['6.15', '6.15', '6.16']);
  });
  it('Code 6.4 "no more than 10 working days without good reason": 11 days needs a good reason', () => {
    expect(checkExtensionNotice({ ...ok, extensionWorkingDays: 11 }, policies.housingOmbudsmanCode2024).map((f) => f.code)).toEqual(['extension-needs-good-reason']);
    expect(checkExtensionNotice({ ...ok, extensionWorkingDays: 11, goodReason: 'Specialist contractor.' }, policies.housingOmbudsmanCode2024)).toEqual([]);
    expect(checkExtensionNotice({ ...ok, extensionWorkingDays: 10 }, policies.housingOmbudsmanCode2024)).toEqual([]);
  });
  it('policy s.5 "If an extension at either stage 1 or stage 2 beyond 20 working days is required ... this should be agreed by the complainant"', () => {
    const base = { ...ok, extensionWorkingDays: 21, goodReason: 'Major works.' };
    expect(checkExtensionNotice(base, policies.wellington).map((f) => f.code)).toEqual(['extension-needs-agreement']);
    expect(checkExtensionNotice({ ...base, complainantAgreed: true }, policies.wellington)).toEqual([]);
  });
  it('CHS commercial s.5 "CHS will communicate how much extra time is needed to the complainant and the reasons why there will be a delay": reasons, no good reason, no limit', () => {
    const chs = { stage: 1 as const, newDate: '2025-05-30', reasons: 'Awaiting records.', extensionWorkingDays: 30 };
    expect(checkExtensionNotice(chs, policies.chsCommercialClient)).toEqual([]);
    expect(checkExtensionNotice({ ...chs, stage: 2 }, policies.chsCommercialClient)).toEqual([]);
    expect(checkExtensionNotice({ ...chs, reasons: '' }, policies.chsCommercialClient).map((f) => [f.code, f.source])).toEqual([['extension-missing-reasons', { provision: '6.4', policy: 's.5' }]]);
  });
  it('a date that is not a calendar date is reported, naming the field', () => {
    expect(checkExtensionNotice({ ...ok, newDate: '2025-13-01' }).map((f) => [f.code, f.path])).toEqual([['extension-invalid', 'newDate']]);
  });
});

describe('refusal notices: Code 2.4 "an explanation must be provided to the resident setting out the reasons ... and the right to take that decision to the Ombudsman"', () => {
  it('both missing', () => expect(checkRefusalNotice({}).map((f) => f.code)).toEqual(['refusal-missing-reasons', 'refusal-missing-ombudsman']));
  it('complete', () => expect(checkRefusalNotice({ reasons: 'Filed at court.', ombudsman: 'You may ask the Ombudsman.' })).toEqual([]));
  it('CHS commercial s.3 "CHS will formally write to the client setting out its reasons why": reasons only', () => {
    expect(checkRefusalNotice({ reasons: 'Filed at court.' }, policies.chsCommercialClient)).toEqual([]);
    expect(checkRefusalNotice({}, policies.chsCommercialClient).map((f) => [f.code, f.source])).toEqual([['refusal-missing-reasons', { policy: 's.3', quote: 'If CHS chooses not to accept or escalate a complaint for one of the above reasons when asked, CHS will formally write to the client setting out its reasons why.' }]]);
  });
  it('under the Code policy (no sections) a refusal cites 2.4 and no section; under Wellington, 2.4 and its refusal section', () => {
    expect(checkRefusalNotice({}, policies.housingOmbudsmanCode2024).map((f) => f.source)).toEqual([{ provision: '2.4' }, { provision: '2.4' }]);
    expect(checkRefusalNotice({}, policies.wellington).map((f) => f.source)).toEqual([{ provision: '2.4', policy: 's.3' }, { provision: '2.4' }]);
  });
});
