/**
 * Detriment factors are policy data: each policy lists its own, in its own words, citing its own
 * section, or lists none and says so. Every quoted sentence is checked against the source text in
 * test/fixtures/policy-sources.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HousingComplaintsError } from '../../src/core/index.js';
import { DETRIMENT_FACTOR_IDS, unconsideredFactors, type DetrimentPolicy } from '../../src/outcomes/index.js';
import { CODE_2024, definePolicy, parsePolicy, policies, policyJsonSchema, type Policy } from '../../src/policy/index.js';

const sources = fileURLToPath(new URL('../fixtures/policy-sources/', import.meta.url));
/** The source text with the extraction's layout undone: curly apostrophes, bullets, line breaks. */
const text = (file: string): string =>
  readFileSync(`${sources}${file}`, 'utf8')
    .replace(/[’‘]/g, "'")
    .replace(/[•·]/g, ' ')
    .replace(/(^|\n)\s*- /g, '$1 ')
    .replace(/\s+/g, ' ');
/** The text of one numbered section: from its heading to the next one. */
const section = (all: string, heading: string, next: string): string => {
  const from = all.indexOf(heading);
  const to = all.indexOf(next, from + heading.length);
  if (from < 0 || to < 0) throw new Error(`no section '${heading}' before '${next}'`);
  return all.slice(from, to);
};

const LEAD_IN = 'When considering a resolution, a range of factors impacting the level of detriment caused to the complainant will be considered including, but not limited to:';

describe.each([
  ['wellington', 'wellington-complaints-policy-2024-11.txt'],
  ['dennetts', 'dennetts-complaints-policy-2025-01.txt'],
] as const)('%s s.8 "%s": the detriment factors as the policy lists them', (key, file) => {
  const policy = policies[key];
  const s8 = section(text(file), '8. Putting Things Right', '9. Communication');
  const d = policy.detrimentFactors;

  it(`the lead-in sentence is s.8's, word for word: "${LEAD_IN}"`, () => {
    expect(d.source).toMatchObject({ policy: 's.8', provision: CODE_2024.remedyImpact.provision, quote: LEAD_IN });
    expect(s8).toContain(LEAD_IN);
  });

  it('seven factors, in the order of s.8, each in its words and citing s.8', () => {
    expect(d.factors?.map((f) => f.id)).toEqual([...DETRIMENT_FACTOR_IDS]);
    let at = s8.indexOf(LEAD_IN);
    for (const f of d.factors ?? []) {
      expect(f.source).toEqual({ policy: 's.8' });
      // Each factor follows the one before it in the section's list.
      const found = s8.indexOf(`${f.text}.`, at);
      expect(found, f.text).toBeGreaterThan(at);
      at = found;
    }
    expect(d.factors?.find((f) => f.id === 'circumstances-and-vulnerabilities')?.text).toBe("a complainant's particular circumstances or vulnerabilities");
  });

  it("unconsideredFactors reads the policy's list, in its order", () => {
    expect(unconsideredFactors({}, policy)).toEqual(d.factors?.map((f) => f.id));
    expect(unconsideredFactors({ duration: '14 weeks', severity: ' ', 'quantifiable-loss': 'Rent credit of £120 for the lost room.' }, policy)).toEqual(['frequency', 'severity', 'number-of-failures', 'cumulative-impact', 'circumstances-and-vulnerabilities']);
  });
});

describe('a policy whose sources list no detriment factors: null, with the reason, and the engine says so', () => {
  it('CHS commercial client policy: s.6 says only that the response states "what offers CHS is making to put things right"', () => {
    const chs = text('chs-commercial-client-complaints-policy-2023-09.txt');
    expect(chs).toContain('what offers CHS is making to put things right');
    expect(chs).not.toMatch(/detriment|impact/i);
    expect(policies.chsCommercialClient.detrimentFactors).toEqual({ factors: null, source: { policy: 's.6', note: expect.stringContaining("'what offers CHS is making to put things right'") } });
  });

  it("CHS residents' leaflet: \"we'll try to put things right\", and no factors", () => {
    const leaflet = text('chs-making-a-complaint-leaflet.txt');
    const d = policies.chsResidents.detrimentFactors;
    expect(d.factors).toBeNull();
    expect(leaflet).toContain(d.source.quote!);
    expect(leaflet).not.toMatch(/detriment|impact/i);
    expect(d.source.note).toMatch(/lists no detriment factors/);
  });

  it('the Code policy: 7.2 "Any remedy offered must reflect the impact on the resident", a criterion, not a list', () => {
    const code = text('wellington-code-self-assessment-2024-11.txt');
    const d = policies.housingOmbudsmanCode2024.detrimentFactors;
    expect(d.factors).toBeNull();
    expect(d.source).toMatchObject({ provision: '7.2', quote: 'Any remedy offered must reflect the impact on the resident as a result of any fault identified.' });
    expect(code).toContain(d.source.quote!);
  });

  it('the SPSO model: no text of the model among the sources, so null with the reason', () => {
    expect(policies.spsoModelScotland.detrimentFactors.factors).toBeNull();
    expect(policies.spsoModelScotland.detrimentFactors.source.note).toMatch(/^Not listed/);
  });

  it.each(['chsCommercialClient', 'chsResidents', 'housingOmbudsmanCode2024', 'spsoModelScotland'] as const)('%s: unconsideredFactors refuses with no-detriment-factors, giving the reason, and never uses another list', (key) => {
    const policy = policies[key];
    let thrown: unknown;
    try {
      unconsideredFactors({ duration: '14 weeks' }, policy);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(HousingComplaintsError);
    const e = thrown as HousingComplaintsError;
    expect(e.code).toBe('no-detriment-factors');
    expect(e.path).toBe('policy.detrimentFactors.factors');
    expect(e.rule).toBe('shape');
    expect(e.source).toEqual(policy.detrimentFactors.source);
    expect(e.message).toContain(policy.title);
    expect(e.message).toContain(policy.detrimentFactors.source.note!);
  });
});

describe('a variant with its own factors and sections', () => {
  const w = policies.wellington;
  const own = {
    factors: [
      { id: 'severity', text: 'how serious our failure was', source: { policy: 's.5' } },
      { id: 'circumstances-and-vulnerabilities', text: 'your circumstances, including any vulnerability', source: { policy: 's.5' } },
    ],
    source: { policy: 's.5', provision: '7.2', quote: 'In deciding how to put things right we will weigh:' },
  } satisfies Policy['detrimentFactors'];

  it('definePolicy replaces the list whole, and unconsideredFactors follows it', () => {
    // The factors list replaces Wellington's whole (arrays replace); the source merges, so its note is removed outright.
    const r = definePolicy(w, { detrimentFactors: { ...own, source: { ...own.source, note: undefined } } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.detrimentFactors).toEqual(own);
    expect(unconsideredFactors({ severity: 'Three weeks without heating.' }, r.value)).toEqual(['circumstances-and-vulnerabilities']);
    // A note on a factor this variant does not list is refused, naming the ones it does.
    expect(() => unconsideredFactors({ duration: '14 weeks' }, r.value)).toThrow(expect.objectContaining({ code: 'not-a-policy-factor', path: 'assessment.duration', rule: 'one-of', source: own.source }));
    expect(() => unconsideredFactors({ duration: '14 weeks' }, r.value)).toThrow(/severity, circumstances-and-vulnerabilities/);
  });

  it('a variant that lists none says why, and the engine does not fall back on Wellington', () => {
    // Objects merge key by key in definePolicy: Wellington's quote and provision are removed outright.
    const r = definePolicy(w, { detrimentFactors: { factors: null, source: { policy: 's.5', provision: undefined, quote: undefined, note: 'Our policy lists no factors.' } } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(() => unconsideredFactors({}, r.value)).toThrow(expect.objectContaining({ code: 'no-detriment-factors', source: { policy: 's.5', note: 'Our policy lists no factors.' } }));
  });

  it('a policy object whose list holds an id that is not a factor id is refused at that id, naming the ids (never read as a factor)', () => {
    const factors = [...own.factors, { id: 'sevrity', text: 'a misspelt id', source: { policy: 's.5' } }];
    const bad = { title: 'A hand-built policy', detrimentFactors: { ...own, factors } } as unknown as DetrimentPolicy;
    let thrown: unknown;
    try {
      unconsideredFactors({ severity: 'Three weeks without heating.' }, bad);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(HousingComplaintsError);
    expect(thrown).toMatchObject({ code: 'invalid-argument', path: 'policy.detrimentFactors.factors.2.id', rule: 'one-of' });
    expect((thrown as Error).message).toContain(DETRIMENT_FACTOR_IDS.join(', '));
    expect((thrown as Error).message).toContain("'sevrity'");
    for (const id of [undefined, 7, '__proto__', 'toString']) {
      const odd = { title: 'x', detrimentFactors: { ...own, factors: [{ id, text: 't', source: {} }] } } as unknown as DetrimentPolicy;
      expect(() => unconsideredFactors({}, odd)).toThrow(expect.objectContaining({ code: 'invalid-argument', path: 'policy.detrimentFactors.factors.0.id', rule: 'one-of' }));
    }
  });

  it('the schema refuses a factor listed twice, an unknown factor id, an empty text, an empty list and a missing field, each with its path', () => {
    const first = own.factors[0]!;
    const twice = definePolicy(w, { detrimentFactors: { ...own, factors: [first, first] } });
    expect(twice.ok ? [] : twice.error.map((e) => [e.code, e.path])).toEqual([['duplicate-id', 'detrimentFactors.factors.1.id']]);
    const unknown = definePolicy(w, { detrimentFactors: { ...own, factors: [{ ...first, id: 'weather' as 'severity' }] } });
    expect(unknown.ok ? [] : unknown.error.map((e) => e.path)).toEqual(['detrimentFactors.factors.0.id']);
    const empty = definePolicy(w, { detrimentFactors: { ...own, factors: [{ ...first, text: '' }] } });
    expect(empty.ok ? [] : empty.error.map((e) => e.path)).toEqual(['detrimentFactors.factors.0.text']);
    // An empty list would be a third state beside null ("lists none"): refused, so a policy says null and why.
    const none = definePolicy(w, { detrimentFactors: { ...own, factors: [] } });
    expect(none.ok ? [] : none.error.map((e) => e.path)).toEqual(['detrimentFactors.factors']);
    const { detrimentFactors: _gone, ...without } = JSON.parse(JSON.stringify(w)) as Policy;
    const missing = parsePolicy(without);
    expect(missing.ok ? [] : missing.error.map((e) => e.path)).toEqual(['detrimentFactors']);
  });

  it('the JSON Schema for policy files states the field, with its factor ids', () => {
    const schema = JSON.stringify(policyJsonSchema());
    expect((policyJsonSchema()['required'] as string[])).toContain('detrimentFactors');
    for (const id of DETRIMENT_FACTOR_IDS) expect(schema).toContain(`"${id}"`);
  });
});
