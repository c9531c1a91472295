import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definePolicy, lintPolicy, type Policy, policies, SCHEMES } from '../../src/policy/index.js';
import { HousingComplaintsError } from '../../src/core/errors.js';
import {
  type Assessment,
  type AssessmentEntryInput,
  assessSelfAssessment,
  AssessmentEntry,
  parseAssessment,
  PROVISION_NUMBERS,
} from '../../src/self-assessment/index.js';
import * as z from 'zod/mini';
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';

const wellingtonText = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
const parsedWellington = parseAssessment(wellingtonText, 'json');
if (!parsedWellington.ok) throw new Error('the example assessment must parse');
const wellington: Assessment = parsedWellington.value;

function policy(base: Policy, overrides: Parameters<typeof definePolicy>[1]): Policy {
  const r = definePolicy(base, overrides);
  if (!r.ok) throw new Error(r.error.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.value;
}
/** Wellington with the gaps the comparison finds closed: what the policy would say to meet 2.3, 2.4, 5.9, 5.10, 6.9 and 6.19. */
const closed = policy(policies.wellington, {
  timeLimit: { from: 'later-of-issue-and-awareness' },
  refusalNotice: { reasons: 'always', ombudsmanRight: true },
  adjustments: { recorded: true, reviewed: true },
  updates: { agreedIntervalsWhenLate: true },
  responses: { stages: [
    { items: ['stage', 'definition', 'decision', 'reasons', 'remedy', 'outstanding-actions', 'escalation', 'ombudsman'], source: { policy: 's.9' } },
    { items: ['stage', 'definition', 'decision', 'reasons', 'remedy', 'outstanding-actions', 'ombudsman'], source: { policy: 's.9' } },
  ] },
});
function entry(input: AssessmentEntryInput) {
  return AssessmentEntry.parse(input);
}
/** Wellington's answers with some entries replaced or removed. */
function varied(change: (entries: Assessment['entries']) => Assessment['entries']): Assessment {
  return { ...wellington, entries: change(wellington.entries) };
}
function codes(report: ReturnType<typeof assessSelfAssessment>) {
  return report.findings.map((f) => [f.source.provision, f.severity, f.code]);
}

describe('the Wellington November 2024 assessment against the Wellington policy', () => {
  const report = assessSelfAssessment(wellington, { policy: policies.wellington });

  it('the policy check is the provision-by-provision comparison: it falls short of 2.3, 2.4, 5.9, 5.10, 6.9 and 6.19', () => {
    expect(report.provisions.filter((p) => p.policyCheck === 'falls-short').map((p) => p.provision)).toEqual(['2.3', '2.4', '5.9', '5.10', '6.9', '6.19']);
    expect(report.provisions.filter((p) => p.policyCheck === 'compliant').map((p) => p.provision)).toEqual(['2.2', '2.5', '3.1', '3.2', '3.6', '3.7', '5.3', '6.2', '6.3', '6.4', '6.5', '6.10', '6.11', '6.12', '6.13', '6.14', '6.15', '6.16']);
    // Every other provision is one the policy data cannot express: it says so.
    expect(report.provisions.filter((p) => p.policyCheck === 'not-expressed')).toHaveLength(72 - 24);
  });

  it('flags exactly these provisions, each for the reason given', () => {
    expect(codes(report)).toEqual([
      // 1.5 is about service requests becoming complaints. The evidence cites s.9 (Communication),
      // which says nothing about service requests; s.3 does ("A complaint should therefore be raised
      // when the service user raises dissatisfaction with the response to their service request").
      ['1.5', 'warning', 'evidence-subject-mismatch'],
      // 2.3 "within 12 months of the issue occurring or the resident becoming aware of the issue":
      // s.3 "Complaints about something more than twelve months old" has no awareness limb.
      ['2.3', 'breach', 'answer-contradicts-policy'],
      // 2.4 "an explanation must be provided ... and the right to take that decision to the
      // Ombudsman": s.3 "when asked, CHS will formally write ... setting out its reasons why".
      ['2.4', 'breach', 'answer-contradicts-policy'],
      ['2.4', 'breach', 'answer-contradicts-policy'],
      // 3.4: the evidence is the policy's publication on CHS's website, not a section; s.9 is where
      // the policy says so ("The policy can be found on the Co-op's page of CHS's website").
      ['3.4', 'note', 'evidence-cites-no-section'],
      // 3.6 is about representatives. The evidence cites s.4 (Submitting complaints: channels and the
      // Equality Act); representatives and their attending meetings are in s.2 (Who can complain?).
      ['3.6', 'warning', 'evidence-subject-mismatch'],
      // 5.9 "agree with the resident suitable intervals for keeping them informed": s.9 "Complainants
      // will be regularly updated" agrees no intervals.
      ['5.9', 'breach', 'answer-contradicts-policy'],
      // 5.10 "keep a record of any reasonable adjustments agreed ... kept under active review": s.4
      // adapts procedures but keeps no record and sets no review.
      ['5.10', 'breach', 'answer-contradicts-policy'],
      ['5.10', 'breach', 'answer-contradicts-policy'],
      // 6.1 asks for a process to decide which complaints can be answered early. The evidence cites
      // s.1 (Aim), a list of aims; quick resolution is in s.6 and s.7 ("Matters that are quick and
      // easy to resolve will be addressed as soon as possible").
      ['6.1', 'warning', 'evidence-subject-mismatch'],
      // 6.9 and 6.19 (a) "the complaint stage" and (b) "the complaint definition": s.9's list of what
      // the response will say has neither.
      ['6.9', 'breach', 'answer-contradicts-policy'],
      ['6.9', 'breach', 'answer-contradicts-policy'],
      ['6.19', 'breach', 'answer-contradicts-policy'],
      ['6.19', 'breach', 'answer-contradicts-policy'],
      // 8.4 and 8.5 are answered "Yes" with the evidence "N/a in past year": that says the situation
      // did not arise, not how the landlord would meet the provision when it does.
      ['8.4', 'warning', 'evidence-missing'],
      ['8.5', 'warning', 'evidence-missing'],
      // 9.8: "All volunteers and third parties are expected to work to Co-operative values" cites no
      // policy section (and the policy sets no standard objective for complaint handling).
      ['9.8', 'note', 'evidence-cites-no-section'],
    ]);
  });

  it('the contradictions quote the policy\'s sentence', () => {
    const f24 = report.findings.find((f) => f.source.provision === '2.4');
    expect(f24?.message).toContain('when asked, CHS will formally write to the complainant setting out its reasons why');
    expect(f24?.source).toEqual({ provision: '2.4', policy: 's.3' });
  });

  it('six provisions do not comply (2.3, 2.4, 5.9, 5.10, 6.9, 6.19), so sections 2, 5 and 6 do not comply', () => {
    expect(report.summary.findings).toEqual({ breach: 10, warning: 5, note: 2 });
    expect(report.summary.status).toEqual({ complies: 66, 'does-not-comply': 6, 'not-applicable': 0, 'not-answered': 0 });
    expect(report.summary.answers).toEqual({ yes: 72, no: 0, 'n/a': 0, missing: 0 });
    expect(Object.fromEntries(report.summary.bySection.map((s) => [s.number, s.verdict]))).toEqual({
      1: 'complies-with-evidence-gaps',
      2: 'does-not-comply',
      3: 'complies-with-evidence-gaps',
      4: 'complies',
      5: 'does-not-comply',
      6: 'does-not-comply',
      7: 'complies',
      8: 'complies-with-evidence-gaps',
      9: 'complies',
    });
    expect(report.summary.verdict).toBe('does-not-comply');
    expect(report.summary.bySection.map((s) => s.provisions)).toEqual([5, 5, 7, 3, 15, 20, 4, 5, 8]);
  });

  it('against Wellington with those gaps closed, no contradiction is left: only the evidence findings', () => {
    const r = assessSelfAssessment(wellington, { policy: closed });
    expect(r.summary.findings).toEqual({ breach: 0, warning: 5, note: 2 });
    expect(r.summary.verdict).toBe('complies-with-evidence-gaps');
  });

  it('says what to fix in plain English, naming the right section', () => {
    const f15 = report.findings.find((f) => f.source.provision === '1.5');
    expect(f15?.message).toContain('s.9 (Communication)');
    expect(f15?.message).toContain('s.3 (What is a service complaint?)');
    expect(f15?.source).toEqual({ provision: '1.5', policy: 's.9' });
    expect(report.findings.find((f) => f.source.provision === '3.6')?.message).toContain('s.2 (Who can complain?)');
  });

  it('the same answers read from the CSV give the same report', () => {
    const csv = parseAssessment(readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.csv', import.meta.url), 'utf8'), 'csv');
    expect(csv.ok && codes(assessSelfAssessment(csv.value, { policy: policies.wellington }))).toEqual(codes(report));
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify(wellington);
    assessSelfAssessment(wellington, { policy: policies.wellington });
    expect(JSON.stringify(wellington)).toBe(before);
  });
});

describe('the same answers against the CHS commercial client policy: contradictions', () => {
  const report = assessSelfAssessment(wellington, { policy: policies.chsCommercialClient });

  it('"Yes" to 2.3, 2.4, 5.9, 5.10, 6.9, 6.11 and 6.19 contradicts the CHS policy (s.3 "more than six months old", s.3 "when asked", s.6; s.5 sets no time to acknowledge a review request)', () => {
    const f = report.findings.filter((x) => x.code === 'answer-contradicts-policy');
    expect([...new Set(f.map((x) => x.source.provision))]).toEqual(['2.3', '2.4', '5.9', '5.10', '6.9', '6.11', '6.19']);
    expect(f[0]).toMatchObject({ severity: 'breach', source: { provision: '2.3', policy: 's.3' } });
    expect(f[0]?.message).toMatch(/answered Yes, but the policy itself falls short of it: .*6 months/);
  });

  it('"Yes" to 6.11 contradicts CHS s.5, whose table of maximum target times has no row for acknowledging a review request', () => {
    const f = report.findings.find((x) => x.code === 'answer-contradicts-policy' && x.source.provision === '6.11');
    expect(f).toMatchObject({ severity: 'breach', path: expect.stringMatching(/\.complies$/) });
    expect(f?.message).toMatch(/no acknowledgement timescale/);
  });

  it('"Yes" to 6.5 and 6.16 is not contradicted: the Ombudsman\'s details with an extension are owed inside the scheme, and CHS is outside it', () => {
    expect(report.provisions.filter((p) => p.provision === '6.5' || p.provision === '6.16').map((p) => p.status)).toEqual(['complies', 'complies']);
    // Nothing the policy check says of them: not contradicted, not questioned; only the evidence's own
    // warnings (it cites s.6 and s.7 of a six-section policy).
    const at = report.findings.filter((f) => f.source.provision === '6.5' || f.source.provision === '6.16');
    expect(at.filter((f) => f.code.startsWith('answer-'))).toEqual([]);
    expect(new Set(at.map((f) => f.code))).toEqual(new Set(['evidence-cites-unknown-section', 'evidence-subject-mismatch']));
  });

  it('"Yes" to 6.4 and 6.15 is questioned: CHS s.5 sets no upper limit on an extension', () => {
    expect(report.findings.filter((x) => x.code === 'answer-questioned-by-policy').map((x) => x.source.provision)).toEqual(['6.4', '6.15']);
  });

  it('evidence citing sections 7 to 12 points at sections CHS does not have (it has six)', () => {
    const unknown = report.findings.filter((x) => x.code === 'evidence-cites-unknown-section');
    expect(new Set(unknown.map((x) => x.source.policy))).toEqual(new Set(['s.7', 's.8', 's.9', 's.10', 's.11', 's.12']));
    // 72 answers: 1.5 and 3.5 cite s.9, 3.7 s.10, 5.12 s.11, 6.6 6.7 6.9 6.17-6.19 s.9, 19 answers s.6 and 7,
    // 5.13 and 7.1-7.4 s.8, 3.3 4.3 8.1-8.3 9.1-9.7 s.12.
    expect(unknown).toHaveLength(2 + 1 + 1 + 6 + 19 + 5 + 12);
  });

  it('the sections that do not comply are 2 (Exclusions), 5 (process) and 6 (Complaint stages)', () => {
    expect(report.summary.bySection.filter((s) => s.verdict === 'does-not-comply').map((s) => s.number)).toEqual([2, 5, 6]);
    expect(report.summary.verdict).toBe('does-not-comply');
    expect(report.provisions.filter((p) => p.status === 'does-not-comply').map((p) => p.provision)).toEqual(['2.3', '2.4', '5.9', '5.10', '6.9', '6.11', '6.19']);
  });
});

describe('contradiction cases on variants of the Wellington policy', () => {
  it('2.3: a 6-month time limit contradicts a "Yes" to 2.3', () => {
    const sixMonths = policy(closed, { timeLimit: { months: 6 } });
    const r = assessSelfAssessment(wellington, { policy: sixMonths });
    expect(r.findings.filter((f) => f.severity === 'breach').map((f) => [f.source.provision, f.code])).toEqual([['2.3', 'answer-contradicts-policy']]);
  });

  it('6.14: a stage 2 response 25 working days from the acknowledgement contradicts a "Yes" to 6.14', () => {
    const w = closed;
    const longer = policy(w, {
      stages: [w.stages[0], { ...w.stages[1], respond: { ...w.stages[1].respond!, workingDays: 25, anchor: 'acknowledgement' } }],
    });
    const r = assessSelfAssessment(wellington, { policy: longer });
    expect(r.findings.filter((f) => f.severity === 'breach').map((f) => [f.source.provision, f.code])).toEqual([['6.14', 'answer-contradicts-policy']]);
    expect(r.provisions.find((p) => p.provision === '6.14')?.status).toBe('does-not-comply');
  });

  it('an answer "No" that the lint confirms is not a contradiction, but needs an action and a target date', () => {
    const sixMonths = policy(closed, { timeLimit: { months: 6 } });
    const a = varied((es) => es.map((e) => (e.provision === '2.3' ? entry({ provision: '2.3', complies: 'no', evidence: 'Policy s.3 says six months' }) : e)));
    const r = assessSelfAssessment(a, { policy: sixMonths });
    expect(r.findings.filter((f) => f.source.provision === '2.3').map((f) => f.code)).toEqual(['declared-non-compliance', 'no-action', 'no-target-date']);
  });

  it('a lint given in the options is used instead of the policy lint (findings matched by source.provision)', () => {
    const r = assessSelfAssessment(wellington, {
      policy: policies.wellington,
      lint: () => [{ severity: 'breach', code: 'x', message: 'The policy X.', source: { provision: '6.2, 6.11', policy: 's.5' } }],
    });
    expect(r.findings.filter((f) => f.code === 'answer-contradicts-policy').map((f) => f.source)).toEqual([
      { provision: '6.2', policy: 's.5' },
      { provision: '6.11', policy: 's.5' },
    ]);
  });
});

describe('completeness and the form\'s demands', () => {
  it('a provision not answered is a breach and makes its section incomplete', () => {
    const r = assessSelfAssessment(varied((es) => es.filter((e) => e.provision !== '6.3')), { policy: closed });
    expect(r.findings.filter((f) => f.code === 'provision-not-answered').map((f) => f.source.provision)).toEqual(['6.3']);
    expect(r.summary.bySection.find((s) => s.number === 6)?.verdict).toBe('incomplete');
    expect(r.summary.answers.missing).toBe(1);
  });

  it('an empty assessment: 72 provisions not answered, every section incomplete', () => {
    const r = assessSelfAssessment({ entries: [] }, { policy: policies.wellington });
    expect(r.findings.filter((f) => f.code === 'provision-not-answered')).toHaveLength(PROVISION_NUMBERS.length);
    expect(r.summary.bySection.every((s) => s.verdict === 'incomplete')).toBe(true);
  });

  it('a provision answered twice (built in code, past the parser) is a breach naming both rows', () => {
    const a = varied((es) => [...es, entry({ provision: '6.3', complies: 'no', evidence: '' })]);
    const f = assessSelfAssessment(a, { policy: policies.wellington }).findings.find((x) => x.code === 'provision-answered-twice');
    expect(f?.message).toContain('rows 38, 73');
    expect(f?.message).toContain('Yes and No');
  });

  it('a "No" with an action and a target date: one breach, declared non-compliance, quoting the plan', () => {
    const a = varied((es) =>
      es.map((e) =>
        e.provision === '9.8'
          ? entry({ provision: '9.8', complies: 'no', evidence: '', action: 'Add a standard objective to volunteer role descriptions', targetDate: '2025-03-31' })
          : e,
      ),
    );
    const f = assessSelfAssessment(a, { policy: policies.wellington }).findings.filter((x) => x.source.provision === '9.8');
    expect(f.map((x) => x.code)).toEqual(['declared-non-compliance', 'evidence-missing']);
    expect(f[0]?.message).toContain('Add a standard objective to volunteer role descriptions (by 2025-03-31)');
  });

  it('"N/a" as an answer is a warning; empty evidence is a warning', () => {
    const a = varied((es) => es.map((e) => (e.provision === '8.4' ? entry({ provision: '8.4', complies: 'n/a', evidence: '' }) : e)));
    const r = assessSelfAssessment(a, { policy: policies.wellington });
    expect(r.findings.filter((f) => f.source.provision === '8.4').map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'answered-not-applicable'],
      ['warning', 'evidence-missing'],
    ]);
    expect(r.summary.status['not-applicable']).toBe(1);
  });

  it('evidence for 6.3 (a timescale) pointing at s.11 (Keeping records) is a subject mismatch', () => {
    const a = varied((es) =>
      es.map((e) => (e.provision === '6.3' ? entry({ provision: '6.3', complies: 'yes', evidence: 'Covered in Complaints Policy Section 11 – Keeping records' }) : e)),
    );
    const f = assessSelfAssessment(a, { policy: policies.wellington }).findings.filter((x) => x.source.provision === '6.3');
    expect(f.map((x) => x.code)).toEqual(['evidence-subject-mismatch']);
    expect(f[0]?.message).toContain('s.11 (Keeping records)');
    expect(f[0]?.message).toContain('s.5 (Complaints Officers)');
  });

  it('a section the Wellington policy does not have (s.14) is flagged', () => {
    const a = varied((es) => es.map((e) => (e.provision === '7.1' ? entry({ provision: '7.1', complies: 'yes', evidence: 'Section 14' }) : e)));
    const f = assessSelfAssessment(a, { policy: policies.wellington }).findings.filter((x) => x.source.provision === '7.1');
    expect(f).toEqual([expect.objectContaining({ code: 'evidence-cites-unknown-section', source: { provision: '7.1', policy: 's.14' } })]);
  });

  it('a policy whose sections are unknown: citations are not checked, and a note says so; sections can be given', () => {
    const code = assessSelfAssessment(wellington, { policy: policies.housingOmbudsmanCode2024 });
    expect(code.sectionMap).toBe('none');
    expect(code.findings.some((f) => f.code.startsWith('evidence-cites') || f.code === 'evidence-subject-mismatch')).toBe(false);
    expect(code.findings.at(-1)?.code).toBe('section-map-unavailable');
    const given = assessSelfAssessment(wellington, {
      policy: policies.housingOmbudsmanCode2024,
      sections: [{ number: 's.3', title: 'Everything', subjects: ['definition', 'exclusions'] }],
    });
    expect(given.sectionMap).toBe('given');
    expect(given.findings.filter((f) => f.code === 'evidence-cites-unknown-section').length).toBeGreaterThan(0);
  });
});

describe('properties of the check', () => {
  const answers = fc.constantFrom('yes' as const, 'no' as const, 'n/a' as const);
  const evidence = fc.constantFrom('', 'N/a', 'Covered in Section 3', 'Sections 6 and 7', 'Section 11 – Keeping records', 'Section 14', 'a meeting note');
  const assessment = fc
    .uniqueArray(
      fc.record({ provision: fc.constantFrom(...PROVISION_NUMBERS), complies: answers, evidence }),
      { selector: (e) => e.provision, maxLength: 72 },
    )
    .map((entries): Assessment => ({ entries: entries.map((e) => entry(e)) }));
  const policyChoice = fc.constantFrom(policies.wellington, policies.chsCommercialClient, policies.housingOmbudsmanCode2024);

  it('counts add up to the 72 provisions, per section and overall; every finding cites a provision of the form', () => {
    fc.assert(
      fc.property(assessment, policyChoice, (a, p) => {
        const r = assessSelfAssessment(a, { policy: p });
        const sum = (o: Record<string, number>) => Object.values(o).reduce((x, y) => x + y, 0);
        expect(sum(r.summary.answers)).toBe(72);
        expect(sum(r.summary.status)).toBe(72);
        expect(r.summary.bySection.reduce((n, s) => n + s.provisions, 0)).toBe(72);
        expect(r.summary.answers.missing).toBe(72 - a.entries.length);
        for (const f of r.findings) {
          if (f.code === 'section-map-unavailable') continue;
          expect(PROVISION_NUMBERS).toContain(f.source.provision);
        }
      }),
      { numRuns },
    );
  });

  it('a section does not comply exactly when one of its provisions is answered No or contradicted by the policy', () => {
    fc.assert(
      fc.property(assessment, policyChoice, (a, p) => {
        const r = assessSelfAssessment(a, { policy: p });
        for (const s of r.summary.bySection) {
          const inSection = r.provisions.filter((x) => x.section === s.section);
          const bad = inSection.some((x) => x.answer === 'no' || x.findings.some((f) => f.code === 'answer-contradicts-policy'));
          expect(s.verdict === 'does-not-comply').toBe(bad);
        }
        // Every "No" carries the declared non-compliance breach, and the breaches its missing action and date call for.
        for (const x of r.provisions.filter((y) => y.answer === 'no')) {
          expect(x.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['declared-non-compliance', 'no-action', 'no-target-date']));
        }
      }),
      { numRuns },
    );
  });
});

describe('a policy not measured against the Code 2024 is refused, driven by its scheme', () => {
  it("the SPSO model policy: its scheme measures it against the SPSO's model procedure, so the Code's form is not applied", () => {
    expect(SCHEMES.spso.measuredAgainst).toBe('model-procedure');
    let thrown: unknown;
    try {
      assessSelfAssessment(wellington, { policy: policies.spsoModelScotland });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(HousingComplaintsError);
    expect(thrown).toMatchObject({ code: 'invalid-argument', path: 'options.policy.ombudsman.scheme', rule: 'one-of' });
    const message = (thrown as Error).message;
    expect(message).toContain("got 'spso'");
    expect(message).toContain("must be one of 'housing-ombudsman'");
    expect(message).toContain(SCHEMES.spso.model!.title);
  });

  it('the scheme data decides, not the policy: a Code policy moved into a scheme with no model (NIPSO data) is refused; moved back, it is assessed', () => {
    const moved = { ...policies.wellington, ombudsman: { ...policies.wellington.ombudsman, scheme: 'nipso' as const } };
    expect(() => assessSelfAssessment(wellington, { policy: moved })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: 'options.policy.ombudsman.scheme', rule: 'one-of', message: expect.stringContaining('no Code or model procedure the library holds') as unknown }),
    );
    const back = { ...policies.spsoModelScotland, ombudsman: { ...policies.spsoModelScotland.ombudsman, scheme: 'housing-ombudsman' as const } };
    expect(assessSelfAssessment(wellington, { policy: back }).provisions).toHaveLength(72);
  });

  it('every built-in in a Code scheme is assessed; every other built-in is refused', () => {
    for (const policy of Object.values(policies)) {
      const code = SCHEMES[policy.ombudsman.scheme ?? 'housing-ombudsman'].measuredAgainst === 'code-2024';
      if (code) expect(() => assessSelfAssessment(wellington, { policy }), policy.id).not.toThrow();
      else expect(() => assessSelfAssessment(wellington, { policy }), policy.id).toThrow(expect.objectContaining({ path: 'options.policy.ombudsman.scheme' }));
    }
  });
});

describe('programmer errors throw', () => {
  it('no policy, or an assessment without entries', () => {
    expect(() => assessSelfAssessment(wellington, {} as { policy: Policy })).toThrow(expect.objectContaining({ code: 'invalid-argument', path: 'options.policy' }));
    expect(() => assessSelfAssessment({} as Assessment, { policy: policies.wellington })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: 'assessment.entries' }),
    );
  });
});
