import { describe, expect, it } from 'vitest';
import {
  LINT_CODES,
  type LintablePolicy,
  type Policy,
  type PolicyOverrides,
  comparePolicy,
  definePolicy,
  lintPolicy,
  policies,
  policyScheme,
} from '../../src/policy/index.js';

const wellington = policies.wellington;
const code = policies.housingOmbudsmanCode2024;

function variant(base: Policy, overrides: PolicyOverrides): Policy {
  const r = definePolicy(base, overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** The stages of `base` with one timescale or allowance changed. */
function withStage(base: Policy, stage: 0 | 1, change: Partial<{ acknowledge: Partial<NonNullable<Policy['stages'][0]['acknowledge']>>; respond: Partial<Policy['stages'][0]['respond']>; extension: Partial<Policy['stages'][0]['extension']> }>): Policy {
  const stages = structuredClone(base.stages) as Policy['stages'];
  const s = stages[stage];
  Object.assign(s.acknowledge!, change.acknowledge ?? {});
  Object.assign(s.respond!, change.respond! ?? {});
  Object.assign(s.extension, change.extension ?? {});
  return variant(base, { stages });
}

const codes = (p: Policy | LintablePolicy, severity?: string) => lintPolicy(p).filter((f) => severity === undefined || f.severity === severity).map((f) => f.code);
const provisions = (p: Policy | LintablePolicy, severity: string) => lintPolicy(p).filter((f) => f.severity === severity).map((f) => f.source.provision);

describe('lintPolicy: the built-in policies', () => {
  it('Wellington: its timescales (s.5-s.7) meet the Code; its breaches are the gaps its own words leave (2.3, 2.4, 5.9, 5.10, 6.9, 6.19)', () => {
    expect(codes(wellington, 'warning')).toEqual([]);
    expect(codes(wellington, 'breach')).toEqual([
      'time-limit-no-awareness-limb', 'refusal-reasons-only-when-asked', 'refusal-without-ombudsman-right',
      'stage1-response-missing-item', 'stage1-response-missing-item', 'stage2-response-missing-item', 'stage2-response-missing-item',
      'adjustments-not-recorded', 'adjustments-not-reviewed', 'no-agreed-update-intervals',
    ]);
    expect(lintPolicy(wellington).some((f) => f.severity !== 'note' && /^6\.(2|3|4|11|14|15)$/.test(f.source.provision ?? ''))).toBe(false);
  });

  it('Dennetts: the same text, the same findings', () => {
    expect(codes(policies.dennetts, 'breach')).toEqual(codes(wellington, 'breach'));
    expect(codes(policies.dennetts, 'warning')).toEqual([]);
  });

  it('Wellington s.3 "when asked, CHS will formally write to the complainant setting out its reasons why" falls short of Code 2.4, quoting the sentence', () => {
    const f = lintPolicy(wellington).filter((x) => x.source.provision === '2.4');
    expect(f.map((x) => x.code)).toEqual(['refusal-reasons-only-when-asked', 'refusal-without-ombudsman-right']);
    expect(f[0]!.message).toContain('when asked, CHS will formally write to the complainant setting out its reasons why');
    expect(f[0]!.source).toMatchObject({ provision: '2.4', policy: 's.3' });
  });

  it('Wellington s.9 "the response to the complainant will say" lists no complaint stage and no complaint definition: 6.9(a)(b) and 6.19(a)(b)', () => {
    const items = lintPolicy(wellington).filter((x) => x.code.endsWith('-response-missing-item')).map((x) => `${x.source.provision}(${x.source.note?.slice(-1)})`);
    expect(items).toEqual(['6.9(a)', '6.9(b)', '6.19(a)', '6.19(b)']);
  });

  it('Wellington s.3 "Complaints about something more than twelve months old" has no "becoming aware" limb (Code 2.3)', () => {
    expect(lintPolicy(wellington).find((x) => x.code === 'time-limit-no-awareness-limb')).toMatchObject({ severity: 'breach', source: { provision: '2.3', policy: 's.3' }, path: 'timeLimit.from' });
  });

  it('Wellington s.4 "adapt normal policies, procedures or processes" keeps no record and sets no review (Code 5.10); s.9 "regularly updated" agrees no intervals (Code 5.9)', () => {
    expect(provisions(wellington, 'breach').filter((p) => p?.startsWith('5.'))).toEqual(['5.10', '5.10', '5.9']);
  });

  it('a variant that lists its own sections but keeps a base policy\'s sources is told which sources cite sections it does not have', () => {
    const short = variant(wellington, { sections: [{ number: 's.1', title: 'Everything', subjects: ['aims', 'exclusions', 'timescales'] }] });
    const notes = lintPolicy(short).filter((f) => f.code === 'source-cites-unknown-section');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((f) => f.severity === 'note')).toBe(true);
    expect(notes.find((f) => f.path === 'timeLimit.source')).toMatchObject({ source: { provision: '2.3', policy: 's.3' } });
    for (const p of Object.values(policies)) expect(lintPolicy(p).filter((f) => f.code === 'source-cites-unknown-section')).toEqual([]);
  });

  it('"a provision the data cannot express says so rather than passing silently": a note on it (a source citing a section the variant lacks) leaves it not-expressed, never compliant', () => {
    const short = variant(wellington, { sections: [{ number: 's.1', title: 'Everything', subjects: ['aims', 'exclusions', 'timescales'] }] });
    // Wellington's remedies cite s.8 (Code 7.1): the variant has no s.8, so the lint notes it at 7.1.
    expect(lintPolicy(short).some((f) => f.code === 'source-cites-unknown-section' && f.source.provision === '7.1')).toBe(true);
    const c = comparePolicy(short).find((x) => x.provision === '7.1');
    expect(c).toMatchObject({ status: 'not-expressed', paths: [] });
    expect(c?.findings.map((f) => f.code)).toContain('source-cites-unknown-section');
    expect(c?.message).toMatch(/^The policy data does not express provision 7\.1: compare it with the policy's text\. Note: /);
    expect(comparePolicy(wellington).find((x) => x.provision === '7.1')?.status).toBe('not-expressed');
  });

  it('a policy silent on what it provides is flagged as silent, and the engine invents nothing', () => {
    const silent = variant(wellington, { refusalNotice: null, adjustments: null, updates: null, responses: { stages: [{ items: null, source: { policy: 's.9' } }, { items: null, source: { policy: 's.9' } }] } });
    expect(codes(silent, 'warning')).toEqual(['refusal-notice-silent', 'stage1-response-items-silent', 'stage2-response-items-silent', 'adjustments-silent', 'updates-silent']);
  });

  it("Wellington s.5: stage 2 '20 working days from the request for a review' is never later than Code 6.14's 20 from the acknowledgement: a note, not a breach", () => {
    const f = lintPolicy(wellington).find((x) => x.path === 'stages.1.respond.anchor');
    expect(f).toMatchObject({ severity: 'note', code: 'timescale-anchor-converted', source: { provision: '6.14', policy: 's.5' } });
  });

  it("Wellington s.5: a stage 2 extension limit of 10 working days is stricter than Code 6.15's 20, not a breach", () => {
    expect(wellington.stages[1].extension.withoutGoodReason).toBe(10);
    expect(lintPolicy(wellington).filter((f) => f.source.provision === '6.15')).toEqual([]);
  });

  it('Wellington s.3: the nine exclusion grounds beyond the Code\'s three are notes that they must be fair and reasonable (2.2)', () => {
    const notes = lintPolicy(wellington).filter((f) => f.code === 'exclusion-beyond-code');
    expect(notes).toHaveLength(wellington.exclusions.length - 3);
    expect(notes.every((f) => f.severity === 'note' && f.source.provision === '2.2' && /fair and reasonable/.test(f.message))).toBe(true);
  });

  it('CHS commercial: breaches on 6.11 (s.5 sets no time to acknowledge a review request), 2.3 (s.3 "more than six months old"), 2.4 (s.3 "when asked"), 6.9 and 6.19 (s.6 lists no stage, definition or escalation); none on the Ombudsman details of 6.5 and 6.16, owed only inside the scheme', () => {
    const breaches = provisions(policies.chsCommercialClient, 'breach');
    expect([...new Set(breaches)]).toEqual(['6.11', '2.3', '2.4', '6.9', '6.19', '5.10', '5.9']);
    expect(breaches).not.toContain('6.5');
    expect(breaches).not.toContain('6.16');
    const items = lintPolicy(policies.chsCommercialClient).filter((x) => x.code.endsWith('-response-missing-item')).map((x) => `${x.source.provision}(${x.source.note?.slice(-1)})`);
    expect(items).toEqual(['6.9(a)', '6.9(b)', '6.9(g)', '6.19(a)', '6.19(b)']);
    // 6.5 / 6.16 are notes: the organisation is outside the scheme.
    expect(lintPolicy(policies.chsCommercialClient).filter((x) => x.source.provision === '6.5' || x.source.provision === '6.16').map((x) => x.severity)).toEqual(['note', 'note']);
  });

  it("CHS commercial: the lint says it is outside the Ombudsman's scheme", () => {
    const f = lintPolicy(policies.chsCommercialClient).find((x) => x.code === 'outside-ombudsman-scheme' && x.path === 'ombudsman.schemeMember');
    expect(f).toMatchObject({ severity: 'note', path: 'ombudsman.schemeMember' });
    expect(f!.message).toMatch(/outside the Housing Ombudsman's scheme/);
  });

  it("CHS commercial s.5: extensions with reasons but no stated maximum are warnings against 6.4 and 6.15", () => {
    expect(lintPolicy(policies.chsCommercialClient).filter((f) => f.severity === 'warning').map((f) => f.source.provision)).toEqual(['6.4', '6.15']);
  });

  it('the Code as a policy: no findings at all', () => {
    expect(lintPolicy(code)).toEqual([]);
  });

  it('every finding of every built-in cites a Code provision (or, in a scheme with a model procedure, the model), uses a listed code and points at a real path', () => {
    const get = (v: unknown, path: string) => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], v);
    for (const p of Object.values(policies)) {
      for (const f of lintPolicy(p)) {
        if (policyScheme(p).measuredAgainst === 'code-2024') expect(f.source.provision, f.code).toMatch(/^\d+\.\d+$/);
        else expect(f.source.note, f.code).toMatch(/Model Complaints Handling Procedure/);
        expect(LINT_CODES).toContain(f.code);
        expect(get(p, f.path!), `${p.id} ${f.path}`).not.toBeUndefined();
      }
    }
  });
});

describe('lintPolicy: each rule of the Code', () => {
  it('5.3: three stages in an unvalidated draft are a breach (the lint takes the raw shape)', () => {
    const draft: LintablePolicy = { ...wellington, stages: [...wellington.stages, wellington.stages[1]] };
    expect(lintPolicy(draft).find((f) => f.code === 'stage-count')).toMatchObject({ severity: 'breach', source: { provision: '5.3' }, path: 'stages' });
  });

  it('6.10: a single stage is a breach', () => {
    const draft: LintablePolicy = { ...wellington, stages: [wellington.stages[0]] };
    expect(lintPolicy(draft).find((f) => f.code === 'stage-count')).toMatchObject({ severity: 'breach', source: { provision: '6.10' } });
  });

  it('5.3: a procedure with three stages is a breach', () => {
    const p = wellington.procedures[0]!;
    const draft: LintablePolicy = { ...wellington, procedures: [{ ...p, stages: [...p.stages, p.stages[1]] }] };
    expect(lintPolicy(draft).find((f) => f.code === 'procedure-stage-count')).toMatchObject({ source: { provision: '5.3' }, path: 'procedures.0.stages' });
  });

  it('6.2: acknowledging 6 working days after receipt is a breach; 5 is not; 3 (stricter) is not', () => {
    expect(provisions(withStage(code, 0, { acknowledge: { workingDays: 6 } }), 'breach')).toEqual(['6.2']);
    expect(lintPolicy(withStage(code, 0, { acknowledge: { workingDays: 3 } }))).toEqual([]);
  });

  it('6.11: acknowledging a stage 2 request 6 working days after it is a breach', () => {
    expect(codes(withStage(code, 1, { acknowledge: { workingDays: 6 } }), 'breach')).toEqual(['stage2-acknowledgement-too-late']);
  });

  it('6.11: a stage 2 acknowledgement counted from the stage 1 response (earlier than the request) is never later than the Code', () => {
    const p = withStage(code, 1, { acknowledge: { workingDays: 5, anchor: 'stage-response' } });
    expect(codes(p, 'breach')).toEqual([]);
    expect(codes(p, 'note')).toEqual(['timescale-anchor-converted']);
  });

  it('6.3: a stage 1 response 11 working days after acknowledgement is a breach', () => {
    expect(lintPolicy(withStage(code, 0, { respond: { workingDays: 11 } }))).toEqual([
      expect.objectContaining({ severity: 'breach', code: 'stage1-response-too-late', path: 'stages.0.respond.workingDays', source: { provision: '6.3' } }),
    ]);
  });

  it('6.3: 10 working days from receipt is never later than 10 from acknowledgement (receipt comes first): no breach', () => {
    expect(codes(withStage(code, 0, { respond: { workingDays: 10, anchor: 'receipt' } }), 'breach')).toEqual([]);
  });

  it('6.3: 15 working days from receipt can be later than 10 from acknowledgement (acknowledged the day it arrives): a breach', () => {
    expect(codes(withStage(code, 0, { respond: { workingDays: 15, anchor: 'receipt' } }), 'breach')).toEqual(['stage1-response-too-late']);
  });

  it('6.3: a stage 1 response counted from the escalation request sets no limit: a breach whatever the days', () => {
    expect(codes(withStage(code, 0, { respond: { workingDays: 1, anchor: 'escalation-request' } }), 'breach')).toEqual(['timescale-anchor-unbounded']);
  });

  it('6.2: an acknowledgement counted from itself sets no limit: a breach', () => {
    expect(codes(withStage(code, 0, { acknowledge: { workingDays: 5, anchor: 'acknowledgement' } }), 'breach')).toEqual(['timescale-anchor-unbounded']);
  });

  it('6.14: 20 working days from the escalation request is not a breach; 21 is', () => {
    expect(codes(withStage(code, 1, { respond: { workingDays: 20, anchor: 'escalation-request' } }), 'breach')).toEqual([]);
    expect(codes(withStage(code, 1, { respond: { workingDays: 21, anchor: 'escalation-request' } }), 'breach')).toEqual(['stage2-response-too-late']);
    expect(codes(withStage(code, 1, { respond: { workingDays: 21 } }), 'breach')).toEqual(['stage2-response-too-late']);
  });

  it('6.4 / 6.15: extensions beyond 10 (stage 1) and 20 (stage 2) without good reason are breaches', () => {
    expect(provisions(withStage(code, 0, { extension: { withoutGoodReason: 11 } }), 'breach')).toEqual(['6.4']);
    expect(provisions(withStage(code, 1, { extension: { withoutGoodReason: 21 } }), 'breach')).toEqual(['6.15']);
    expect(lintPolicy(withStage(code, 1, { extension: { withoutGoodReason: 20 } }))).toEqual([]);
  });

  it('6.5 / 6.16: an extension without the Ombudsman\'s contact details is a breach at each stage', () => {
    expect(provisions(withStage(code, 0, { extension: { ombudsmanDetailsRequired: false } }), 'breach')).toEqual(['6.5']);
    expect(provisions(withStage(code, 1, { extension: { ombudsmanDetailsRequired: false } }), 'breach')).toEqual(['6.16']);
  });

  it('2.3: a time limit shorter than 12 months is a breach; a longer one is not', () => {
    expect(provisions(variant(code, { timeLimit: { months: 11 } }), 'breach')).toEqual(['2.3']);
    expect(lintPolicy(variant(code, { timeLimit: { months: 24 } }))).toEqual([]);
  });

  it('2.3: no discretion for late complaints is a breach', () => {
    expect(codes(variant(code, { timeLimit: { discretion: false } }), 'breach')).toEqual(['no-discretion']);
  });

  it("2.2: an exclusion ground beyond the Code's three is a note; the Code's own three are not", () => {
    const anonymous = { ground: 'anonymous' as const, description: 'Anonymous complaints.', source: { policy: 's.3' } };
    expect(lintPolicy(variant(code, { exclusions: [...code.exclusions, anonymous] }))).toEqual([
      expect.objectContaining({ severity: 'note', code: 'exclusion-beyond-code', path: 'exclusions.3', source: { provision: '2.2', policy: 's.3' } }),
    ]);
  });

  it('3.7: a scheme member with no Ombudsman information is a breach; a name alone is a warning', () => {
    expect(codes(variant(code, { ombudsman: { contact: undefined } }), 'breach')).toEqual(['no-ombudsman-information']);
    expect(codes(variant(code, { ombudsman: { contact: { name: 'Housing Ombudsman', phone: undefined, email: undefined, website: undefined } } }), 'warning')).toEqual(['ombudsman-contact-incomplete']);
  });

  it('3.7: outside the scheme, no contact is not a 3.7 breach but a note', () => {
    const p = variant(code, { ombudsman: { schemeMember: false, contact: undefined } });
    expect(codes(p, 'breach')).toEqual([]);
    expect(codes(p, 'note')).toEqual(['outside-ombudsman-scheme']);
  });

  it('6.12: requiring reasons for a stage 2 request is a breach', () => {
    expect(provisions(variant(code, { escalation: { reasonsRequired: true } }), 'breach')).toEqual(['6.12']);
  });

  it('6.13: the same role deciding at both stages is a warning', () => {
    const p = code.procedures[0]!;
    const same = variant(code, { procedures: [{ ...p, stages: [p.stages[0], { ...p.stages[1], investigates: 'complaints-officer', decides: 'complaints-officer' }] }] });
    expect(lintPolicy(same)).toEqual([expect.objectContaining({ severity: 'warning', code: 'same-handler-both-stages', source: { provision: '6.13' } })]);
  });

  it('3.6 and 3.1: no representatives and no channels are breaches', () => {
    expect(provisions(variant(code, { representatives: { allowed: false } }), 'breach')).toEqual(['3.6']);
    expect(provisions(variant(code, { channels: [] }), 'breach')).toEqual(['3.1']);
  });

  it('6.2: counting a weekend complaint from the next working day is a warning', () => {
    expect(lintPolicy(variant(code, { receiptOnNonWorkingDay: 'next-working-day' }))).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'receipt-counted-from-next-working-day', source: { provision: '6.2' } }),
    ]);
  });

  it('does not modify the policy it checks', () => {
    const copy = structuredClone(policies.chsCommercialClient);
    lintPolicy(copy);
    expect(copy).toEqual(policies.chsCommercialClient);
  });
});
