import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { HousingComplaintsError } from '../../src/core/errors.js';
import { policySchema } from '../../src/policy/schema.js';
import {
  type Policy,
  type PolicyError,
  type PolicyOverrides,
  Policy as PolicySchema,
  assertPolicy,
  definePolicy,
  parsePolicy,
  policies,
  policyInForce,
  policyJsonSchema,
} from '../../src/policy/index.js';

const wellington = policies.wellington;

function errors(r: { ok: true; value: Policy } | { ok: false; error: PolicyError[] }): PolicyError[] {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('definePolicy: overrides', () => {
  it('merges objects key by key and leaves the base untouched', () => {
    const before = JSON.stringify(wellington);
    const r = definePolicy(wellington, { organisation: 'Acacia Housing Co-operative', timeLimit: { months: 18 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.organisation).toBe('Acacia Housing Co-operative');
    expect(r.value.timeLimit).toEqual({ ...wellington.timeLimit, months: 18 });
    expect(r.value.stages).toEqual(wellington.stages);
    expect(JSON.stringify(wellington)).toBe(before);
  });

  it('replaces arrays whole (exclusions)', () => {
    const only = [wellington.exclusions[9]!];
    const r = definePolicy(wellington, { exclusions: only });
    expect(r.ok && r.value.exclusions).toEqual(only);
  });

  it('replaces the stages tuple whole', () => {
    const s1 = { ...wellington.stages[0], respond: { ...wellington.stages[0].respond!, workingDays: 8 } };
    const r = definePolicy(wellington, { stages: [s1, wellington.stages[1]] });
    expect(r.ok && r.value.stages[0].respond!.workingDays).toBe(8);
  });

  it('adds a role and a procedure that uses it', () => {
    const r = definePolicy(wellington, {
      roles: { 'board-panel': { title: 'Board complaints panel', source: { policy: 's.7' } } },
      procedures: [{ ...wellington.procedures[1]!, stages: [wellington.procedures[1]!.stages[0], { ...wellington.procedures[1]!.stages[1], decides: 'board-panel' }] }],
    });
    expect(r.ok).toBe(true);
    expect(r.ok && Object.keys(r.value.roles)).toContain('agent');
  });

  it('removes an optional field set to undefined (inForce.to) and sets one (inForce.to)', () => {
    const closed = definePolicy(wellington, { inForce: { to: '2025-10-31' } });
    expect(closed.ok && closed.value.inForce).toEqual({ from: '2024-11-01', to: '2025-10-31' });
    if (!closed.ok) return;
    const reopened = definePolicy(closed.value, { inForce: { to: undefined } });
    expect(reopened.ok && reopened.value.inForce).toEqual({ from: '2024-11-01' });
  });

  it('returns a fresh policy, deep-frozen like the built-ins, that shares no objects with the base or the overrides', () => {
    const exclusions = JSON.parse(JSON.stringify(wellington.exclusions)) as Policy['exclusions'];
    const r = definePolicy(wellington, { exclusions });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(wellington);
    expect(r.value.stages[0].respond).not.toBe(wellington.stages[0].respond);
    expect(r.value.exclusions).not.toBe(exclusions);
    expect(r.value.exclusions[0]).not.toBe(exclusions[0]);
    // Frozen at every depth: a change is a new derivation, never an edit in place.
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(r.value.stages[0].respond)).toBe(true);
    expect(Object.isFrozen(r.value.exclusions[0]!.source)).toBe(true);
    expect(() => {
      r.value.stages[0].respond!.workingDays = 3;
    }).toThrow(TypeError);
    expect(wellington.stages[0].respond!.workingDays).toBe(10);
    // The overrides the host passed stay its own, unfrozen.
    expect(Object.isFrozen(exclusions)).toBe(false);
    expect(Object.isFrozen(exclusions[0])).toBe(false);
    const again = definePolicy(r.value, { stages: [{ ...r.value.stages[0], respond: { ...r.value.stages[0].respond!, workingDays: 3 } }, r.value.stages[1]] });
    expect(again.ok && again.value.stages[0].respond!.workingDays).toBe(3);
    expectTypeOf(policies.wellington).toEqualTypeOf<Policy>();
  });

  it("parsePolicy's result is deep-frozen, and the value it read is left as it was", () => {
    const input = JSON.parse(JSON.stringify(wellington)) as Policy;
    const r = parsePolicy(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.isFrozen(r.value.timeLimit)).toBe(true);
    expect(Object.isFrozen(r.value.procedures[0]!.stages)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.timeLimit)).toBe(false);
    expect(r.value.timeLimit).not.toBe(input.timeLimit);
  });

  it('replaces with null where the schema allows it (ombudsmanEvidence)', () => {
    const r = definePolicy(wellington, { ombudsmanEvidence: null });
    expect(r.ok && r.value.ombudsmanEvidence).toBeNull();
  });
});

describe('definePolicy: errors name the path, the rule and the source', () => {
  it('three stages: stage-count at "stages", citing Code 5.3', () => {
    const s = wellington.stages;
    // @ts-expect-error: the type allows exactly two stages
    const e = errors(definePolicy(wellington, { stages: [s[0], s[1], s[1]] }));
    expect(e).toEqual([expect.objectContaining({ code: 'stage-count', path: 'stages', source: expect.objectContaining({ provision: '5.3' }) })]);
    expect(e[0]!.message).toMatch(/exactly two stages, got 3/);
  });

  it('one stage: stage-count at "stages"', () => {
    // @ts-expect-error: the type allows exactly two stages
    const e = errors(definePolicy(wellington, { stages: [wellington.stages[0]] }));
    expect(e[0]).toMatchObject({ code: 'stage-count', path: 'stages' });
  });

  it('negative working days: negative at stages.1.respond.workingDays', () => {
    const s = wellington.stages;
    const e = errors(definePolicy(wellington, { stages: [s[0], { ...s[1], respond: { ...s[1].respond!, workingDays: -1 } }] }));
    expect(e).toEqual([expect.objectContaining({ code: 'negative', path: 'stages.1.respond.workingDays' })]);
    expect(e[0]!.message).toContain('stages.1.respond.workingDays must be 0 or more, got -1');
  });

  it('fractional working days: not-whole-number at stages.0.extension.withoutGoodReason', () => {
    const s = wellington.stages;
    const e = errors(definePolicy(wellington, { stages: [{ ...s[0], extension: { ...s[0].extension, withoutGoodReason: 2.5 } }, s[1]] }));
    expect(e).toEqual([expect.objectContaining({ code: 'not-whole-number', path: 'stages.0.extension.withoutGoodReason' })]);
  });

  it.each(['2025-02-29', '2024-11-31', 'November 2024', ''])('a date that is not a date (%j): invalid-date at adopted', (adopted) => {
    const e = errors(definePolicy(wellington, { adopted }));
    expect(e).toEqual([expect.objectContaining({ code: 'invalid-date', path: 'adopted' })]);
  });

  it('unknown keys: unknown-key with the full path, at any depth', () => {
    const e = errors(definePolicy(wellington, { colour: 'red', timeLimit: { monthz: 12 } } as unknown as PolicyOverrides));
    expect(e.map((x) => [x.code, x.path]).sort()).toEqual([
      ['unknown-key', 'colour'],
      ['unknown-key', 'timeLimit.monthz'],
    ]);
  });

  it('an own __proto__ key from JSON is refused as an unknown key, never merged into the prototype', () => {
    const overrides = JSON.parse('{"__proto__": {"polluted": true}}') as PolicyOverrides;
    const e = errors(definePolicy(wellington, overrides));
    expect(e[0]).toMatchObject({ code: 'unknown-key', path: '__proto__' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a role no one defined: undefined-role at the procedure stage', () => {
    const p = wellington.procedures[0]!;
    const e = errors(definePolicy(wellington, { procedures: [{ ...p, stages: [p.stages[0], { ...p.stages[1], decides: 'nobody' }] }] }));
    expect(e).toEqual([expect.objectContaining({ code: 'undefined-role', path: 'procedures.0.stages.1.decides' })]);
  });

  it('inForce.to before inForce.from: date-order', () => {
    const e = errors(definePolicy(wellington, { inForce: { to: '2024-10-31' } }));
    expect(e[0]).toMatchObject({ code: 'date-order', path: 'inForce.to' });
  });

  it('a wrong type: wrong-type naming what was expected', () => {
    const e = errors(definePolicy(wellington, { timeLimit: { discretion: 'yes' } } as unknown as PolicyOverrides));
    expect(e[0]).toMatchObject({ code: 'wrong-type', path: 'timeLimit.discretion' });
    expect(e[0]!.message).toBe("timeLimit.discretion must be a boolean, got 'yes'");
  });

  it('an anchor outside the list: not-allowed-value listing the anchors', () => {
    const s = wellington.stages;
    const e = errors(definePolicy(wellington, { stages: [{ ...s[0], respond: { ...s[0].respond!, anchor: 'whenever' as 'receipt' } }, s[1]] }));
    expect(e[0]).toMatchObject({ code: 'not-allowed-value', path: 'stages.0.respond.anchor' });
    expect(e[0]!.message).toContain("'acknowledgement'");
  });

  it('overrides that are not an object: invalid-overrides', () => {
    expect(errors(definePolicy(wellington, null as unknown as PolicyOverrides))[0]).toMatchObject({ code: 'invalid-overrides', path: '' });
  });

  it('a source that names nothing: empty-source', () => {
    const e = errors(definePolicy(wellington, { timeLimit: { source: { provision: undefined, policy: undefined, note: undefined, quote: undefined } } }));
    expect(e[0]).toMatchObject({ code: 'empty-source', path: 'timeLimit.source' });
  });
});

describe('definePolicy: types', () => {
  it('overrides are a typed deep partial', () => {
    expectTypeOf<{ timeLimit: { months: number } }>().toExtend<PolicyOverrides>();
    // @ts-expect-error: months is a number
    const bad: PolicyOverrides = { timeLimit: { months: '12' } };
    expect(bad).toBeDefined();
    expectTypeOf(definePolicy).returns.toEqualTypeOf<{ readonly ok: true; readonly value: Policy } | { readonly ok: false; readonly error: PolicyError[] }>();
  });
});

describe('parsePolicy and assertPolicy', () => {
  it('round-trips every built-in through JSON text', () => {
    for (const p of Object.values(policies)) {
      const r = parsePolicy(JSON.stringify(p));
      expect(r.ok && r.value).toEqual(p);
    }
  });

  it('accepts and drops a top-level "$schema" key', () => {
    const r = parsePolicy({ $schema: './node_modules/housing-complaints/dist/policy.schema.json', ...wellington });
    expect(r.ok && '$schema' in r.value).toBe(false);
  });

  it('reports text that is not JSON as invalid-json', () => {
    expect(errors(parsePolicy('{"id": '))[0]).toMatchObject({ code: 'invalid-json', path: '' });
  });

  it('reports a missing field as missing, with its path', () => {
    const { timeLimit: _t, ...rest } = wellington;
    expect(errors(parsePolicy(rest))).toEqual([expect.objectContaining({ code: 'missing', path: 'timeLimit' })]);
  });

  it('assertPolicy throws a HousingComplaintsError naming the field', () => {
    expect(() => assertPolicy({ ...wellington, adopted: '2024-02-30' })).toThrow(HousingComplaintsError);
    try {
      assertPolicy({ ...wellington, adopted: '2024-02-30' });
    } catch (e) {
      expect(e).toMatchObject({ code: 'invalid-policy', path: 'adopted' });
    }
    expect(assertPolicy(structuredClone(wellington))).toEqual(wellington);
  });
});

describe('policyInForce: effective dating', () => {
  const v = (from: string, to?: string, id = `w-${from}`): Policy => {
    const r = definePolicy(wellington, { id, adopted: from, inForce: to === undefined ? { from, to: undefined } : { from, to } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const v1 = v('2024-11-01', '2025-10-31');
  const v2 = v('2025-11-01');

  it('picks the version in force on the receipt date, whatever the order given', () => {
    expect(policyInForce([v2, v1], '2025-10-31')).toEqual({ ok: true, value: v1 });
    expect(policyInForce([v2, v1], '2025-11-01')).toEqual({ ok: true, value: v2 });
    expect(policyInForce([v1, v2], '2030-01-01')).toEqual({ ok: true, value: v2 });
  });

  it('a date before the first version: no-version-in-force', () => {
    expect(errors(policyInForce([v1, v2], '2024-10-31'))[0]).toMatchObject({ code: 'no-version-in-force', path: 'date' });
  });

  it('a gap between versions is an error even for a date outside it', () => {
    const e = errors(policyInForce([v('2024-11-01', '2025-10-30'), v2], '2024-12-01'));
    expect(e[0]).toMatchObject({ code: 'versions-gap' });
    expect(e[0]!.message).toContain('2025-11-01');
  });

  it('overlapping versions are an error (an open-ended version followed by another)', () => {
    expect(errors(policyInForce([v('2024-11-01'), v2], '2024-12-01'))[0]).toMatchObject({ code: 'versions-overlap', path: 'versions.1.inForce.from' });
    expect(errors(policyInForce([v('2024-11-01', '2025-11-01'), v2], '2024-12-01'))[0]).toMatchObject({ code: 'versions-overlap' });
  });

  it('versions of different organisations: mixed-organisations', () => {
    expect(errors(policyInForce([v1, policies.dennetts], '2025-02-01'))[0]).toMatchObject({ code: 'mixed-organisations', path: 'versions.1.organisation' });
  });

  it('an invalid date or an empty list or an invalid version is reported with its path', () => {
    expect(errors(policyInForce([v1], '2025-02-30'))[0]).toMatchObject({ code: 'invalid-date', path: 'date' });
    expect(errors(policyInForce([], '2025-02-01'))[0]).toMatchObject({ code: 'no-versions', path: 'versions' });
    expect(errors(policyInForce([v1, { ...v2, adopted: 'soon' }], '2025-02-01'))[0]).toMatchObject({ code: 'invalid-date', path: 'versions.1.adopted' });
  });
});

describe('policyJsonSchema', () => {
  const schema = policyJsonSchema() as {
    $schema: string;
    required: string[];
    properties: Record<string, unknown>;
    additionalProperties: boolean;
    $defs: Record<string, { required?: string[]; properties?: Record<string, unknown> }>;
  };

  it('is draft 2020-12 JSON Schema, closed, requiring every contract field', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    // `closures` is the one optional field: a policy file that names no closures need not say so.
    expect(schema.required.sort()).toEqual(Object.keys(policySchema.def.shape).filter((k) => k !== 'closures').sort());
    expect(schema.properties['closures']).toEqual(expect.objectContaining({ type: 'array' }));
    expect(schema.properties['$schema']).toEqual(expect.objectContaining({ type: 'string' }));
  });

  it('states two stages, whole non-negative days and the date pattern', () => {
    expect(schema.properties['stages']).toMatchObject({ minItems: 2, maxItems: 2, items: false });
    expect(schema.$defs['WorkingDays']).toMatchObject({ type: 'integer', minimum: 0 });
    expect(schema.$defs['IsoDate']).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  });

  it('Code 6.10 "it must be progressed to stage 2": escalation.window is a timescale or null (the policy sets no window)', () => {
    const escalation = schema.properties['escalation'] as { properties: Record<string, { anyOf?: { type?: string; $ref?: string }[] }> };
    expect(escalation.properties['window']?.anyOf).toEqual(expect.arrayContaining([{ type: 'null' }, expect.objectContaining({ $ref: '#/$defs/Timescale' })]));
    expect(policies.housingOmbudsmanCode2024.escalation.window).toBeNull();
    const r = parsePolicy({ ...JSON.parse(JSON.stringify(policies.wellington)), escalation: { ...policies.wellington.escalation, window: null } });
    expect(r.ok && r.value.escalation.window).toBeNull();
  });

  it('every built-in, serialised to JSON, has every required field of the schema at every level', () => {
    const resolve = (s: unknown): Record<string, unknown> => {
      const o = s as Record<string, unknown>;
      const ref = o['$ref'];
      return typeof ref === 'string' ? (schema.$defs[ref.replace('#/$defs/', '')] as Record<string, unknown>) : o;
    };
    const missing: string[] = [];
    const check = (value: unknown, s: unknown, path: string) => {
      const node = resolve(s);
      if (node['anyOf']) {
        const options = node['anyOf'] as unknown[];
        // The option the value is: null, or the object whose required keys the value has.
        const fits = options
          .map(resolve)
          .find((o) => (value === null ? o['type'] === 'null' : o['type'] !== 'null' && ((o['required'] ?? []) as string[]).every((k) => typeof value === 'object' && k in value)));
        if (fits) check(value, fits, path);
        return;
      }
      if (Array.isArray(value)) {
        const prefix = node['prefixItems'] as unknown[] | undefined;
        value.forEach((x, i) => check(x, prefix ? prefix[i] : node['items'], `${path}.${i}`));
      } else if (value !== null && typeof value === 'object') {
        const props = (node['properties'] ?? {}) as Record<string, unknown>;
        for (const key of (node['required'] ?? []) as string[]) if (!(key in value)) missing.push(`${path}.${key}`);
        for (const [k, x] of Object.entries(value)) {
          if (props[k] === undefined && node['additionalProperties'] === false) missing.push(`${path}.${k} (not allowed)`);
          else check(x, props[k] ?? node['additionalProperties'], `${path}.${k}`);
        }
      }
    };
    for (const p of Object.values(policies)) check(JSON.parse(JSON.stringify(p)), schema, p.id);
    expect(missing).toEqual([]);
  });

  it('is plain JSON (serialises and parses back unchanged)', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    expect(PolicySchema.safeParse(structuredClone(wellington)).success).toBe(true);
  });
});
