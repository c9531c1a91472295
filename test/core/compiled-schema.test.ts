/**
 * The compiled schema checks (src/core/compiled-schema.ts) against zod itself: for values generated
 * from each schema (valid ones, and invalid ones made by wrong types, missing and unknown keys, bad
 * dates, blank text, out-of-range numbers), the compiled checks accept exactly the values zod
 * accepts and give the same output (the same keys, in the same order, and the same values).
 * `parseEvent`, which runs the compiled checks first, answers exactly as the zod schema alone
 * does: the same event, or the same issues.
 */
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { compileSchema, INVALID } from '../../src/core/compiled-schema.js';
import { Complaint, LifecycleEvent, parseEvent } from '../../src/lifecycle/index.js';
import { ComplaintZod } from '../../src/lifecycle/complaint.js';
import { LifecycleEventZod } from '../../src/lifecycle/events/schemas.js';
import { parseEventByZod } from '../../src/lifecycle/reducer.js';
import { OutstandingAction, OutstandingActionZod, Remedy, RemedyZod } from '../../src/outcomes/types.js';
import { Policy, PolicyZod } from '../../src/policy/schema.js';
import { StrictExclusionFactsZod } from '../../src/exclusions/facts.js';
import { AssessmentChecksZod, AssessmentZod, safeParseAssessment } from '../../src/self-assessment/schema.js';
import { parseAssessment } from '../../src/self-assessment/index.js';
import { readFileSync } from 'node:fs';
import { policies } from '../../src/policy/index.js';
import { generateComplaintEvents, generateComplaints } from '../../src/reporting/index.js';
import { createCalendar } from '../../src/calendar/index.js';
import { valuesOf } from './schema-values.js';

const numRuns = runs(3);

/** The compiled checks and zod agree on `value`: the same acceptance, and the same output (values, undefined keys and key order). */
function agree(schema: z.ZodMiniType, compiled: (v: unknown) => unknown, value: unknown): boolean {
  const want = z.safeParse(schema, value);
  const got = compiled(value);
  expect(got !== INVALID, `compiled ${got === INVALID ? 'refused' : 'accepted'} what zod ${want.success ? 'accepted' : 'refused'}: ${JSON.stringify(value)}`).toBe(want.success);
  if (want.success) {
    expect(got).toStrictEqual(want.data);
    expect(JSON.stringify(got)).toBe(JSON.stringify(want.data));
  }
  return want.success;
}

/** Kinds and bounds the library's schemas use rarely or not yet: counted code points, exclusive bounds, stripped and loose objects, defaults, enum-keyed records. */
const Edges = z.object({
  twoCodePoints: z.string().check(z.minLength(2), z.maxLength(3)),
  bounded: z.optional(z.number().check(z.gt(0), z.lt(1000))),
  whole: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  list: z.optional(z.array(z.string()).check(z.minLength(2))),
  either: z.optional(z.union([z.literal('x'), z.int(), z.strictObject({ a: z.string() })])),
  stripped: z.optional(z.object({ a: z.optional(z.string()) })),
  loose: z.optional(z.looseObject({ a: z.string() })),
  nullable: z.optional(z.nullable(z.string())),
  defaulted: z._default(z.string(), 'd'),
  byEnum: z.optional(z.record(z.enum(['panel', 'x']), z.string())),
  refined: z.optional(z.string().check(z.refine((s) => s.startsWith('2')))),
});

const SCHEMAS: [string, z.ZodMiniType][] = [
  ['edge cases', Edges],
  ['LifecycleEvent', LifecycleEventZod],
  ['Complaint', ComplaintZod],
  ['Remedy', RemedyZod],
  ['OutstandingAction', OutstandingActionZod],
  ['Policy', PolicyZod],
  ['ExclusionFacts (strict, as parseExclusionFacts reads them)', StrictExclusionFactsZod],
  ['Assessment checks (AssessmentZod without its entries\' transform, as safeParseAssessment reads them)', AssessmentChecksZod],
];

describe('compiled schema checks accept exactly what zod accepts, with the same output', () => {
  for (const [name, schema] of SCHEMAS) {
    {
      it(name, () => {
        const compiled = compileSchema(schema);
        let valid = 0;
        let invalid = 0;
        fc.assert(
          fc.property(valuesOf(schema), (value) => {
            if (agree(schema, compiled, value)) valid++;
            else invalid++;
          }),
          // A fixed seed: the counts below then check the same values on every run, instead of
          // failing now and then when a random run happens to generate few invalid ones.
          { numRuns, seed: 20261203 },
        );
        // The generated values must exercise both answers, or the test would prove little.
        expect(invalid).toBeGreaterThan(numRuns / 20);
        if (name !== 'Complaint' && name !== 'Policy' && name !== 'edge cases') expect(valid).toBeGreaterThan(numRuns / 50);
      });
    }
  }

  it('agrees on real values: the events of synthetic complaints, the built-in policies, and each with one field broken', () => {
    const calendar = createCalendar({ region: 'england-and-wales' });
    const compiled = compileSchema(LifecycleEventZod);
    const events = [...generateComplaintEvents({ seed: 7, count: 200, from: '2025-04-01', to: '2026-03-31', policy: policies.wellington, calendar })].flat();
    expect(events.length).toBeGreaterThan(500);
    for (const e of events) expect(agree(LifecycleEventZod, compiled, e)).toBe(true);
    // Each top-level field of each event replaced by a wrong value, or removed; and an unknown key added.
    let refused = 0;
    for (const e of events.slice(0, 300)) {
      for (const key of Object.keys(e)) {
        for (const bad of [null, 7, 'x', [], undefined]) if (!agree(LifecycleEventZod, compiled, { ...e, [key]: bad })) refused++;
        const { [key]: _gone, ...rest } = e as unknown as Record<string, unknown>;
        agree(LifecycleEventZod, compiled, rest);
      }
      expect(agree(LifecycleEventZod, compiled, { ...e, complainantAgred: true })).toBe(false);
    }
    expect(refused).toBeGreaterThan(1000);
    const policy = compileSchema(PolicyZod);
    for (const p of Object.values(policies)) expect(agree(PolicyZod, policy, JSON.parse(JSON.stringify(p)))).toBe(true);
    // Complaints as replay builds them and as they are read back from JSON.
    const complaint = compileSchema(ComplaintZod);
    const stored = [...generateComplaints({ seed: 7, count: 200, from: '2025-04-01', to: '2026-03-31', policy: policies.wellington, calendar })];
    for (const c of stored) expect(agree(ComplaintZod, complaint, JSON.parse(JSON.stringify(c)))).toBe(true);
    for (const c of stored.slice(0, 50)) for (const key of Object.keys(c)) agree(ComplaintZod, complaint, { ...JSON.parse(JSON.stringify(c)), [key]: 7 });
    // About 3 s on a quiet machine; several times that on a busy one (vitest's default is 5 s).
  }, 60_000);

  it('reads objects as zod does: own __proto__ keys from JSON, inherited keys, arrays and class instances', () => {
    const compiled = compileSchema(LifecycleEventZod);
    const received = { type: 'received', at: '2025-01-06', complaintId: 'C-1', channel: 'email' };
    const cases: unknown[] = [
      JSON.parse('{"type":"received","at":"2025-01-06","complaintId":"C-1","channel":"email","__proto__":{"x":1}}'),
      Object.assign(Object.create({ summary: 'inherited' }), received),
      Object.assign(Object.create({ extra: 'inherited, enumerable' }), received),
      Object.create(received),
      [received],
      new (class Event {
        type = 'received';
        at = '2025-01-06';
        complaintId = 'C-1';
        channel = 'email';
      })(),
      { ...received, summary: undefined },
      { ...received, complaintId: '\u{1F600}' },
      { ...received, complaintId: '\uD800' },
    ];
    for (const c of cases) agree(LifecycleEventZod, compiled, c);
    const roles = compileSchema(LifecycleEventZod);
    const ack = { type: 'acknowledged', at: '2025-01-06', definition: { issues: [{ id: 'a', summary: 'b' }], outcomesSought: [] } };
    // Lengths are counted in code points near the bound, as zod counts them.
    const edges = compileSchema(Edges);
    for (const text of ['\u{1F600}', 'ab', '\u{1F600}\u{1F600}', 'a\u{1F600}', '\uD800\uD800', 'abcd', '\u{1F600}\u{1F600}\u{1F600}'])
      agree(Edges, edges, { twoCodePoints: text });
    expect(agree(Edges, edges, { twoCodePoints: '\u{1F600}' })).toBe(false);
    for (const roleHolders of [{ panel: 'x' }, Object.create({ panel: 'x' }), new Map(), [], { [Symbol('s')]: 'x' }, { a: '' }]) agree(LifecycleEventZod, roles, { ...ack, roleHolders });
  });
});

describe('parseEvent answers as the zod schema alone', () => {
  it('the same event for a valid one, the same issues for an invalid one', () => {
    let invalid = 0;
    fc.assert(
      fc.property(valuesOf(LifecycleEventZod), (value) => {
        const fast = parseEvent(value, 'events[3]');
        const slow = parseEventByZod(value, 'events[3]');
        expect(fast).toStrictEqual(slow);
        if (!fast.ok) invalid++;
      }),
      { numRuns },
    );
    expect(invalid).toBeGreaterThan(numRuns / 20);
  });
});

describe('safeParseAssessment answers as AssessmentZod alone', () => {
  it('the same assessment (entries with their cited sections filled in, keys in order) for a valid one, the same issues for an invalid one', () => {
    let valid = 0;
    const check = (value: unknown) => {
      const want = z.safeParse(AssessmentZod, value);
      const got = safeParseAssessment(value);
      expect(got.success).toBe(want.success);
      if (want.success && got.success) {
        valid++;
        expect(got.data).toStrictEqual(want.data);
        expect(JSON.stringify(got.data)).toBe(JSON.stringify(want.data));
      } else if (!want.success && !got.success) {
        expect(got.error.issues).toStrictEqual(want.error.issues);
      }
    };
    fc.assert(fc.property(valuesOf(AssessmentChecksZod), check), { numRuns, seed: 20261203 });
    // The example form, as parsed and as read back from JSON, with and without its cited sections.
    const form = parseAssessment(readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.csv', import.meta.url), 'utf8'), 'csv');
    if (!form.ok) throw new Error('the example form must parse');
    check(form.value);
    check({ ...form.value, entries: form.value.entries.map(({ citedSections: _c, ...e }) => e) });
    expect(valid).toBeGreaterThan(numRuns / 50);
  });
});
