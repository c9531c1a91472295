/**
 * The lint's faster ways of doing its work, each against the plain definition it replaces, on
 * generated variants of the built-in policies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.js';
import { CODE_2024, lintPolicy, policies, type Policy } from '../../src/policy/index.js';

const numRuns = runs(2);

/** The plain definition of the source-cites-other-provision notes: every slot's provision text split on commas. */
function plainProvisionNotes(policy: Policy): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < 2; i++) {
    const code = CODE_2024.stages[i]!;
    const rules = policy.stages[i] as unknown as Record<string, { source?: unknown } | null | undefined> | undefined;
    const slots = [
      { what: `stage ${i + 1} acknowledgement`, path: `stages.${i}.acknowledge`, source: rules?.['acknowledge']?.source, provision: code.acknowledge.provision },
      { what: `stage ${i + 1} response timescale`, path: `stages.${i}.respond`, source: rules?.['respond']?.source, provision: code.respond.provision },
      { what: `stage ${i + 1} extension rule`, path: `stages.${i}.extension`, source: rules?.['extension']?.source, provision: code.extension.provision },
      { what: `stage ${i + 1} response contents`, path: `responses.stages.${i}`, source: (policy.responses.stages[i] as { source?: unknown } | undefined)?.source, provision: code.response.provision },
    ];
    for (const slot of slots) {
      if (slot.source === null || typeof slot.source !== 'object') continue;
      const { provision, policy: section } = slot.source as { provision?: unknown; policy?: unknown };
      if (typeof provision !== 'string') continue;
      const named = provision.split(',').map((x) => x.trim()).filter((x) => x !== '');
      if (named.includes(slot.provision)) continue;
      out.push({
        severity: 'note',
        code: 'source-cites-other-provision',
        message: `The source of the ${slot.what} names Code ${provision}, but the Code's provision for it is ${slot.provision}; the library cites ${slot.provision}, read from the Code's table. Correct the source.`,
        source: typeof section === 'string' && section !== '' ? { provision: slot.provision, policy: section } : { provision: slot.provision },
        path: `${slot.path}.source.provision`,
      });
    }
  }
  return out;
}

/** Provision texts a source may carry: the right one, padded, among others, wrong, empty, or none. */
const provisionText = (right: string) =>
  fc.option(fc.constantFrom(right, ` ${right} `, `${right}, 9.9`, `9.9,${right}`, `9.9, ,${right} `, '9.9', '6.1', '', ',', ' , ', `${right}.1`, `x${right}`), { nil: undefined });
const section = fc.option(fc.constantFrom('s.5', '', 'Clause 2'), { nil: undefined });

describe('lint: source-cites-other-provision', () => {
  it('equals its plain definition (split on commas, trimmed) for every slot and provision text', () => {
    const slotArb = fc.record({ ack: fc.tuple(provisionText('6.2'), provisionText('6.11')), respond: fc.tuple(provisionText('6.3'), provisionText('6.14')), ext: fc.tuple(provisionText('6.4'), provisionText('6.15')), resp: fc.tuple(provisionText('6.9'), provisionText('6.19')), section });
    let noted = 0;
    fc.assert(
      fc.property(fc.constantFrom(policies.wellington, policies.dennetts, policies.chsCommercialClient, policies.housingOmbudsmanCode2024), slotArb, (base, v) => {
        const p = JSON.parse(JSON.stringify(base)) as Policy;
        const put = (holder: { source?: unknown } | null | undefined, provision: string | undefined) => {
          if (holder === null || holder === undefined) return;
          const src: Record<string, unknown> = { ...(holder.source as object | undefined) };
          delete src.provision;
          delete src.policy;
          if (provision !== undefined) src.provision = provision;
          if (v.section !== undefined) src.policy = v.section;
          if (Object.keys(src).length === 0) src.note = 'generated';
          holder.source = src;
        };
        p.stages.forEach((s, i) => {
          put(s.acknowledge, v.ack[i]);
          put(s.respond, v.respond[i]);
          put(s.extension, v.ext[i]);
        });
        p.responses.stages.forEach((s, i) => put(s, v.resp[i]));
        const want = plainProvisionNotes(p);
        noted += want.length;
        expect(lintPolicy(p).filter((f) => f.code === 'source-cites-other-provision')).toStrictEqual(want);
      }),
      { numRuns, seed: 20261203 },
    );
    expect(noted).toBeGreaterThan(numRuns);
  });
});

/** The plain definition of the source-cites-unknown-section notes: a walk of every value, each source's sections split on commas. */
function plainUnknownSectionNotes(policy: Policy): unknown[] {
  const out: unknown[] = [];
  if (policy.sections === null || policy.sections === undefined) return out;
  const known = new Set(policy.sections.map((s) => s.number));
  const walk = (value: unknown, path: string[]): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, String(i)]));
    if (value === null || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' && v !== null && typeof v === 'object') {
        const src = v as { provision?: string; policy?: string };
        if (src.policy === undefined || src.policy === '') continue;
        const unknown = src.policy.split(',').map((x) => x.trim()).filter((x) => x !== '' && !known.has(x));
        if (unknown.length === 0) continue;
        const where = path.join('.');
        out.push({
          severity: 'note',
          code: 'source-cites-unknown-section',
          message: `The source of ${where === '' ? 'the policy' : where} cites ${unknown.join(', ')}, which the policy's sections do not list (${[...known].join(', ')}): restate it in the policy's own numbers.`,
          source: src.provision === undefined ? { note: 'policy.sections' } : { provision: src.provision, policy: src.policy },
          path: [...path, key].join('.'),
        });
      } else if (key !== 'sections') walk(v, [...path, key]);
    }
  };
  walk(policy, []);
  return out;
}

describe('lint: source-cites-unknown-section', () => {
  it('equals its plain definition for renumbered sections and generated section texts', () => {
    const text = fc.constantFrom('s.3', 's.5', ' s.5 ', '  ', 's.3, s.6', 's.3,,s.9', 's.99', ' , ', 'S1', 'S1, s.3', 'Clause 2');
    let noted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(policies.wellington, policies.dennetts, policies.chsCommercialClient, policies.housingOmbudsmanCode2024),
        fc.nat({ max: 12 }),
        fc.array(fc.tuple(fc.nat({ max: 400 }), text, fc.boolean()), { maxLength: 12 }),
        (base, renumberFrom, edits) => {
          const p = JSON.parse(JSON.stringify(base)) as Policy;
          if (p.sections) p.sections = p.sections.map((s, i) => (i >= renumberFrom ? { ...s, number: `S${i}` } : s));
          // The sources in the order a walk meets them; each edit rewrites one's section text (and may drop its provision).
          const sources: Record<string, unknown>[] = [];
          const collect = (v: unknown): void => {
            if (v === null || typeof v !== 'object') return;
            for (const [k, x] of Object.entries(v)) {
              if (k === 'source' && x !== null && typeof x === 'object') sources.push(x as Record<string, unknown>);
              else collect(x);
            }
          };
          collect(p);
          for (const [at, t, dropProvision] of edits) {
            const src = sources[at % sources.length]!;
            src.policy = t;
            if (dropProvision) delete src.provision;
          }
          const want = plainUnknownSectionNotes(p);
          noted += want.length;
          const got = lintPolicy(p).filter((f) => f.code === 'source-cites-unknown-section');
          expect(got).toStrictEqual(want);
          expect(JSON.stringify(got)).toBe(JSON.stringify(want));
        },
      ),
      { numRuns, seed: 20261203 },
    );
    expect(noted).toBeGreaterThan(numRuns);
  });
});
