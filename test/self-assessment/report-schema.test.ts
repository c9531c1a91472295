import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies, policyScheme } from '../../src/policy/index.js';
import { assessmentReportJsonSchema, assessSelfAssessment, parseAssessment, renderAssessmentJson } from '../../src/self-assessment/index.js';

// A validator for the subset of JSON Schema the report's schema uses (type, enum, required,
// properties, items, minimum, maximum, pattern), so the test needs no dependency.
type Schema = { type?: string; enum?: readonly unknown[]; required?: readonly string[]; properties?: Record<string, Schema>; items?: Schema; minimum?: number; maximum?: number; pattern?: string };
function validate(value: unknown, schema: Schema, path = '$'): string[] {
  const errors: string[] = [];
  if (schema.enum !== undefined && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (schema.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`];
    const o = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in o)) errors.push(`${path}.${k}: required`);
    for (const [k, s] of Object.entries(schema.properties ?? {})) if (k in o) errors.push(...validate(o[k], s, `${path}.${k}`));
  }
  if (schema.type === 'array') {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    if (schema.items !== undefined) value.forEach((v, i) => errors.push(...validate(v, schema.items as Schema, `${path}[${i}]`)));
  }
  if (schema.type === 'string') {
    if (typeof value !== 'string') return [`${path}: not a string`];
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: ${value} does not match ${schema.pattern}`);
  }
  if (schema.type === 'integer') {
    if (!Number.isInteger(value)) return [`${path}: not an integer`];
    if (schema.minimum !== undefined && (value as number) < schema.minimum) errors.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && (value as number) > schema.maximum) errors.push(`${path}: above maximum`);
  }
  return errors;
}

describe('the JSON report follows its documented schema', () => {
  const text = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
  const parsed = parseAssessment(text, 'json');
  if (!parsed.ok) throw new Error('example must parse');
  const schema = assessmentReportJsonSchema as unknown as Schema;

  it('for every built-in policy measured against the Code 2024, and for an assessment with gaps', () => {
    const gappy = { ...parsed.value, entries: parsed.value.entries.slice(3).map((e, i) => (i === 0 ? { ...e, complies: 'no' as const } : e)) };
    // The self-assessment is the Code's form: a policy in a scheme measured against something else
    // (the SPSO's model procedure) is refused, and is tested in assess.test.ts.
    const assessed = Object.values(policies).filter((p) => policyScheme(p).measuredAgainst === 'code-2024');
    expect(assessed.length).toBe(Object.values(policies).length - 1);
    for (const policy of assessed) {
      for (const a of [parsed.value, gappy]) {
        const json = JSON.parse(renderAssessmentJson(assessSelfAssessment(a, { policy }))) as unknown;
        expect(validate(json, schema), policy.id).toEqual([]);
      }
      // With last year's assessment: the comparison too.
      const withPrevious = JSON.parse(renderAssessmentJson(assessSelfAssessment({ ...parsed.value, date: '2025-11' }, { policy, previous: gappy }))) as { comparison: unknown };
      expect(withPrevious.comparison).toBeDefined();
      expect(validate(withPrevious, schema), policy.id).toEqual([]);
    }
  });

  it('the validator catches a report that strays from the schema', () => {
    const json = JSON.parse(renderAssessmentJson(assessSelfAssessment(parsed.value, { policy: policies.wellington }))) as Record<string, unknown>;
    const broken = { ...json, summary: { ...(json.summary as object), verdict: 'fine' }, provisions: [{ provision: '0.1' }] };
    expect(validate(broken, schema)).toEqual(expect.arrayContaining(['$.summary.verdict: "fine" not in enum', '$.provisions[0].section: required', '$.provisions[0].provision: "0.1" not in enum']));
  });
});
