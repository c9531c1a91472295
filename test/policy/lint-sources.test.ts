/**
 * The lint's check of the sections each source cites reads a validated policy's sources where the
 * schema puts them, not by walking every value (src/policy/lint.ts, checkedSources). These tests
 * check that it finds the same sources in the same order as the full walk a host's own policy gets:
 * on a policy with every optional part that holds a source, every source citing sections the policy
 * does not list; and that the places it reads are exactly the places the Policy schema has a source.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { lintPolicy, parsePolicy, policies, type Policy } from '../../src/policy/index.js';
import { policySchema } from '../../src/policy/schema.js';

const copy = <T>(p: T): T => JSON.parse(JSON.stringify(p)) as T;
const text = (x: unknown): string => JSON.stringify(x);

/** Wellington with every optional part that holds a source: closures, a direct escalation, a window of the later of two periods, an answer when an extension is not agreed at both stages. */
function everyPart(window: 'laterOf' | 'timescale'): Policy {
  const d = copy(policies.wellington) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  d['closures'] = [{ every: 'year', from: '12-24', to: '12-26', source: { policy: 's.5', note: 'closed over Christmas' } }, { every: 'year', from: '08-01', to: '08-02', source: { note: 'no section' } }];
  d['escalation'].window = window === 'laterOf' ? copy(policies.spsoModelScotland.escalation.window) : { workingDays: 20, anchor: 'stage-response', source: { policy: 's.6' } };
  d['escalation'].direct = { allowed: true, source: { policy: 's.6, s.7' } };
  d['stages'][1].extension.whenAgreementNotReached = copy(d['stages'][0].extension.whenAgreementNotReached);
  const r = parsePolicy(d);
  if (!r.ok) throw new Error(text(r.error));
  return r.value;
}

/** The same policy with every source's sections replaced by `cite` (the sections list kept). */
function citing(p: Policy, cite: (old: string) => string): Policy {
  const r = parsePolicy(JSON.parse(JSON.stringify(p), (key, value: unknown) => {
    return key === 'policy' && typeof value === 'string' ? cite(value) : value;
  }) as unknown);
  if (!r.ok) throw new Error(text(r.error));
  return r.value;
}

const variants: [string, Policy][] = [
  ['every part, window the later of two periods', everyPart('laterOf')],
  ['every part, window a timescale', everyPart('timescale')],
  ...Object.entries(policies).map(([name, p]) => [name, p] as [string, Policy]),
];
const cites: [string, (old: string) => string][] = [
  ['one unknown section', () => 's.99'],
  ['unknown among known, spaced', (old) => `${old}, s.98 ,s.99`],
  ['renumbered', (old) => old.replace(/\d+/g, (n) => String(Number(n) + 20))],
  ['as written', (old) => old],
];

describe("the lint's section check on a validated policy, against the full walk", () => {
  it.each(variants.flatMap(([name, p]) => cites.map(([how, cite]) => [`${name}: ${how}`, p, cite] as const)))('%s', (_, p, cite) => {
    const checked = citing(p, cite);
    const own = copy(checked);
    const found = lintPolicy(checked);
    expect(text(found)).toBe(text(lintPolicy(own)));
    // Every source that names a section gets a note when none it names is listed (a policy measured
    // against a scheme's model, not the Code, gets no section notes).
    if (cite('s.1') === 's.99' && checked.sections !== null && !found.some((f) => f.code === 'measured-against-model')) {
      let naming = 0;
      JSON.parse(JSON.stringify({ ...checked, sections: null }), (key, value: unknown) => {
        if (key === 'source' && typeof (value as { policy?: unknown }).policy === 'string') naming++;
        return value;
      });
      expect(naming).toBeGreaterThan(20);
      expect(found.filter((f) => f.code === 'source-cites-unknown-section').length).toBe(naming);
    }
  });

  it('reads a source at every place the Policy schema has one, and nowhere else', () => {
    // Every place in the schema whose key is `source` and whose value is an object, as a dot path
    // with `*` for an array's element or a record's value.
    const inSchema = new Set<string>();
    const walk = (schema: z.core.$ZodType, path: string, seen: Set<unknown>): void => {
      if (seen.has(schema)) return;
      const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
      const next = new Set(seen).add(schema);
      const to = (s: unknown, p: string) => walk(s as z.core.$ZodType, p, next);
      switch (def.type) {
        case 'object':
          for (const [k, v] of Object.entries(def['shape'] as Record<string, unknown>)) {
            const at = path === '' ? k : `${path}.${k}`;
            if (k === 'source') inSchema.add(at);
            else if (k !== 'sections') to(v, at);
          }
          break;
        case 'array':
          to(def['element'], `${path}.*`);
          break;
        case 'tuple':
          for (const item of def['items'] as unknown[]) to(item, `${path}.*`);
          break;
        case 'record':
          to(def['valueType'], `${path}.*`);
          break;
        case 'optional':
        case 'nullable':
          to(def['innerType'], path);
          break;
        case 'union':
          for (const o of def['options'] as unknown[]) to(o, path);
          break;
        case 'pipe':
          to(def['in'], path);
          break;
        default:
          break;
      }
    };
    walk(policySchema as unknown as z.core.$ZodType, '', new Set());
    const read = new Set<string>();
    for (const p of variants.slice(0, 2).map(([, v]) => v)) {
      for (const f of lintPolicy(citing(p, () => 's.99'))) {
        if (f.code === 'source-cites-unknown-section') read.add(f.path!.split('.').map((part) => (/^\d+$/.test(part) || Object.hasOwn(p.roles, part) ? '*' : part)).join('.'));
      }
    }
    expect([...read].sort()).toEqual([...inSchema].sort());
  });

  it("a draft's source whose sections are not a string names no section: the value check reports it, and the lint does not throw", () => {
    const draft = copy(policies.wellington) as unknown as { timeLimit: { source: { policy: unknown } } };
    draft.timeLimit.source.policy = 5;
    const found = lintPolicy(draft as unknown as Policy);
    expect(found.filter((f) => f.code === 'invalid-value').map((f) => f.path)).toEqual(['timeLimit.source.policy']);
    expect(found.filter((f) => f.code === 'source-cites-unknown-section')).toEqual([]);
  });
});
