/**
 * A policy is data: a variant that keeps Wellington's rules but numbers its sections differently
 * (here every section N becomes N + 20, so s.3 is s.23) changes every citation the library makes,
 * with no change to the engine. Each output for the variant is compared with the same output for
 * Wellington after renumbering: equal, and never citing an old number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { checkExclusions } from '../../src/exclusions/index.js';
import { checkExtensionNotice, checkRefusalNotice, checkResponseContents, financialRemedyRoute, renderLetter, responseContentsOptions, tryRenderLetter, unconsideredFactors, type ResponseLetterData } from '../../src/outcomes/index.js';
import { outcomeRuleSource } from '../../src/outcomes/decide.js';
import { deadlines, replay, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { comparePolicy, lintPolicy, parsePolicy, policies, type Policy } from '../../src/policy/index.js';
import { performanceReport } from '../../src/reporting/index.js';
import { assessSelfAssessment, parseAssessment } from '../../src/self-assessment/index.js';
import { acknowledged, juneDataset, received, responded } from '../reporting/fixtures.js';

const SECTION = /\bs\.(\d+)\b/g;
/** Renumbers every section citation in a string: s.N becomes s.(N + 20). */
const renumber = (s: string): string => s.replace(SECTION, (_m, n: string) => `s.${Number(n) + 20}`);
/** The same, through every string of a JSON value. */
function renumbered<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'string' ? renumber(v) : v)) as T;
}
const OLD = /\bs\.(?:[1-9]|1[0-3])\b/;

const wellington = policies.wellington;
const parsed = parsePolicy({ ...renumbered(JSON.parse(JSON.stringify(wellington)) as Policy), id: 'wellington-renumbered', title: 'Wellington, renumbered' });
if (!parsed.ok) throw new Error(parsed.error.map((e) => `${e.path}: ${e.message}`).join('\n'));
const variant: Policy = parsed.value;
const calendar = createCalendar({ region: 'england-and-wales' });

/** Drops the identity fields that differ by construction (id, title). */
const sameBut = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('wellington-renumbered', wellington.id).replaceAll('Wellington, renumbered', wellington.title)) as T;

describe('a variant of Wellington that numbers its sections differently', () => {
  it('precondition: the variant has the same rules, sections s.21 to s.33 and no old number anywhere', () => {
    expect(variant.sections?.map((s) => s.number)).toEqual(Array.from({ length: 13 }, (_x, i) => `s.${i + 21}`));
    expect(variant.stages).toEqual(renumbered(wellington.stages));
    expect(JSON.stringify(variant)).not.toMatch(OLD);
  });

  it('the lint and the provision-by-provision comparison cite the new sections', () => {
    expect(lintPolicy(variant)).toEqual(renumbered(lintPolicy(wellington)));
    expect(comparePolicy(variant)).toEqual(renumbered(comparePolicy(wellington)));
    expect(lintPolicy(variant).some((f) => f.source.policy === 's.23')).toBe(true);
  });

  it('exclusion checks and refusals: every ground, rule, discretion and notice owed', () => {
    const facts = { receivedOn: '2025-03-03', occurredOn: '2023-11-01', recurringAndPersisting: false, legalClaim: 'filed-at-court' as const, anonymous: true };
    const ours = checkExclusions(facts, { policy: variant });
    expect(ours).toEqual(renumbered(checkExclusions(facts, { policy: wellington })));
    expect(ours.source.policy).toBe('s.23');
    expect(JSON.stringify(ours)).not.toMatch(OLD);
    expect(checkRefusalNotice({}, variant)).toEqual(renumbered(checkRefusalNotice({}, wellington)));
    expect(checkRefusalNotice({}, variant)[0]?.source.policy).toBe('s.23');
  });

  it('response contents, letters and the refusal letter', () => {
    expect(checkResponseContents(1, { decision: 'upheld' }, responseContentsOptions(variant))).toEqual(renumbered(checkResponseContents(1, { decision: 'upheld' }, responseContentsOptions(wellington))));
    const letter: ResponseLetterData = {
      date: '2025-03-03',
      complainantName: 'Ms Jones',
      complaintDefinition: 'The boiler was not repaired for three weeks.',
      findings: [{ issue: 'Boiler repair delay', finding: 'upheld', reasons: 'The repair target is 3 days.' }],
      reasons: 'Our contractor missed two appointments.',
      remedies: [{ id: 'r1', kind: 'apology', description: 'We apologise for the delay.', dueBy: '2025-03-14' }],
      outstandingActions: [],
    };
    for (const kind of ['stage-1-response', 'stage-2-response'] as const) {
      expect(renderLetter(kind, letter, { policy: variant, calendar })).toBe(renumber(renderLetter(kind, letter, { policy: wellington, calendar })));
    }
    const bad = { ...letter, decision: 'not-upheld' as const, date: '2025-02-30' };
    expect(tryRenderLetter('stage-1-response', bad, { policy: variant, calendar })).toEqual(renumbered(tryRenderLetter('stage-1-response', bad, { policy: wellington, calendar })));
    const refusal = { date: '2025-03-03', complainantName: 'Ms Jones', refused: 'accept' as const, ground: 'legal-proceedings' as const, reasons: 'A claim was filed at court.' };
    expect(renderLetter('refusal', refusal, { policy: variant, calendar })).toBe(renumber(renderLetter('refusal', refusal, { policy: wellington, calendar })));
  });

  it('the performance report: every figure definition cites the new sections', () => {
    const period = { from: '2025-06-01', to: '2025-06-30', homes: 600 } as const;
    const ours = performanceReport(juneDataset(), { policy: variant, calendar }, period);
    const theirs = performanceReport(juneDataset(), { policy: wellington, calendar }, period);
    expect(sameBut(ours.definitions)).toEqual(renumbered(theirs.definitions));
    expect(ours.definitions.some((d) => d.source.policy !== undefined)).toBe(true);
    expect(JSON.stringify(ours.definitions)).not.toMatch(OLD);
  });

  it('the self-assessment: its section checks, contradictions and policy check follow the variant', () => {
    const text = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
    const a = parseAssessment(text, 'json');
    if (!a.ok) throw new Error('the example assessment must parse');
    // The assessment of the variant cites the variant's numbers.
    const moved = { ...a.value, entries: a.value.entries.map((e) => ({ ...e, citedSections: e.citedSections.map(renumber) })) };
    const ours = assessSelfAssessment(moved, { policy: variant });
    const theirs = assessSelfAssessment(a.value, { policy: wellington });
    const sources = (r: typeof ours) => r.findings.map((f) => [f.code, f.source.provision, f.source.policy ?? null]);
    expect(sources(ours)).toEqual(renumbered(sources(theirs)));
    expect(ours.provisions.map((p) => [p.status, p.policyCheck])).toEqual(theirs.provisions.map((p) => [p.status, p.policyCheck]));
    expect(ours.sectionMap).toBe('policy');
  });

  it("the lifecycle: deadlines' sources and a refused event's citation (s.5's extension rule becomes s.25's)", () => {
    const events: LifecycleEvent[] = [received('R', '2025-06-02'), acknowledged('2025-06-03')];
    const ext: LifecycleEvent = { type: 'extension-granted', at: '2025-06-10', stage: 1, workingDays: 25, reasons: 'A survey.', goodReason: 'Booked in July.', complainantAgreed: false, ombudsmanDetailsGiven: false };
    const run = (policy: Policy) => {
      const ctx = { policy, calendar };
      const ok = replay(events, ctx);
      if (!ok.ok) throw new Error(ok.error.message);
      const refused = replay([...events, ext], ctx);
      return { deadlines: deadlines(ok.value, ctx, '2025-06-30'), refused: refused.ok ? null : { code: refused.error.code, source: refused.error.source, issues: refused.error.issues.map((i) => i.source) } };
    };
    const ours = run(variant);
    expect(ours).toEqual(renumbered(run(wellington)));
    expect(ours.refused).toMatchObject({ code: 'extension-needs-agreement', source: { policy: 's.25' } });
    expect(JSON.stringify(ours)).not.toMatch(OLD);
  });

  it('outcomes and remedies: the outcome rule, the financial remedy route and an extension notice', () => {
    expect(outcomeRuleSource(variant)).toEqual(renumbered(outcomeRuleSource(wellington)));
    expect(outcomeRuleSource(variant).policy).toBe('s.28');
    const money = { type: 'compensation', amountPence: 5000 } as const;
    expect(financialRemedyRoute(money, variant)).toEqual(renumbered(financialRemedyRoute(money, wellington)));
    expect(financialRemedyRoute(money, variant).source.policy).toBe('s.28');
    const notice = { stage: 1, newDate: '2025-06-26' } as const;
    expect(checkExtensionNotice(notice, variant)).toEqual(renumbered(checkExtensionNotice(notice, wellington)));
    expect(JSON.stringify(checkExtensionNotice(notice, variant))).toContain('s.25');
  });

  it("detriment factors: s.8's list and its lead-in sentence cite s.28, and a note on a factor it does not list is refused citing s.28", () => {
    expect(variant.detrimentFactors).toEqual(renumbered(wellington.detrimentFactors));
    expect(variant.detrimentFactors.source).toMatchObject({ policy: 's.28', quote: wellington.detrimentFactors.source.quote });
    expect(variant.detrimentFactors.factors?.every((f) => f.source.policy === 's.28')).toBe(true);
    expect(unconsideredFactors({ duration: '14 weeks' }, variant)).toEqual(unconsideredFactors({ duration: '14 weeks' }, wellington));
    const fewer = parsePolicy({ ...variant, detrimentFactors: { ...variant.detrimentFactors, factors: variant.detrimentFactors.factors!.slice(1) } });
    if (!fewer.ok) throw new Error('invalid variant');
    expect(() => unconsideredFactors({ duration: '14 weeks' }, fewer.value)).toThrow(expect.objectContaining({ code: 'not-a-policy-factor', source: expect.objectContaining({ policy: 's.28' }) }));
  });
});

describe("a variant of Wellington that numbers its sections 'Clause 1' to 'Clause 13' (no 's.' at all)", () => {
  const clause = (s: string): string => s.replace(SECTION, (_m, n: string) => `Clause ${n}`);
  const clauses = <T>(value: T): T => JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'string' ? clause(v) : v)) as T;
  const r = parsePolicy({ ...clauses(JSON.parse(JSON.stringify(wellington)) as Policy), id: 'wellington-clauses', title: 'Wellington, in clauses' });
  if (!r.ok) throw new Error(r.error.map((e) => `${e.path}: ${e.message}`).join('\n'));
  const v = r.value;
  const ANY_S = /\bs\.\d/;

  it('lint, exclusions, report definitions and letters cite Clause N and never s.N', () => {
    expect(v.sections?.[2]?.number).toBe('Clause 3');
    expect(lintPolicy(v)).toEqual(clauses(lintPolicy(wellington)));
    const facts = { receivedOn: '2025-03-03', occurredOn: '2023-11-01', recurringAndPersisting: false, legalClaim: 'filed-at-court' as const };
    expect(checkExclusions(facts, { policy: v }).source.policy).toBe('Clause 3');
    const period = { from: '2025-06-01', to: '2025-06-30', homes: 600 } as const;
    const defs = performanceReport(juneDataset(), { policy: v, calendar }, period).definitions;
    expect(JSON.stringify(defs)).not.toMatch(ANY_S);
    expect(defs.some((d) => d.source.policy?.includes('Clause') === true)).toBe(true);
    const refusal = { date: '2025-03-03', complainantName: 'Ms Jones', refused: 'accept' as const, ground: 'legal-proceedings' as const, reasons: 'A claim was filed at court.' };
    expect(renderLetter('refusal', refusal, { policy: v, calendar })).toBe(clause(renderLetter('refusal', refusal, { policy: wellington, calendar })));
  });

  it("the self-assessment reads the form's unchanged \"Section 3\" as the policy's Clause 3: the same findings as Wellington's, citing clauses", () => {
    const text = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
    const a = parseAssessment(text, 'json');
    if (!a.ok) throw new Error('the example assessment must parse');
    const ours = assessSelfAssessment(a.value, { policy: v });
    const theirs = assessSelfAssessment(a.value, { policy: wellington });
    const sources = (x: typeof ours) => x.findings.map((f) => [f.code, f.source.provision, f.source.policy ?? null]);
    expect(sources(ours)).toEqual(clauses(sources(theirs)));
    expect(ours.findings.filter((f) => f.code.startsWith('evidence-cites-unknown'))).toEqual([]);
    expect(ours.summary.findings).toEqual(theirs.summary.findings);
  });

  it('a cited section the policy lacks is named by its figure and the policy\'s own range', () => {
    const text = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
    const a = parseAssessment(text, 'json');
    if (!a.ok) throw new Error('the example assessment must parse');
    const moved = { ...a.value, entries: a.value.entries.map((e, i) => (i === 0 ? { ...e, citedSections: ['s.40'] } : e)) };
    const f = assessSelfAssessment(moved, { policy: v }).findings.find((x) => x.code === 'evidence-cites-unknown-section');
    expect(f?.message).toContain('the evidence cites section 40, but Wellington, in clauses has no section 40 (it has sections 1 to 13)');
    const f2 = assessSelfAssessment(moved, { policy: variant }).findings.find((x) => x.code === 'evidence-cites-unknown-section');
    expect(f2?.message).toContain('(it has sections 21 to 33)');
  });
});
