/**
 * The lint's whole output (every finding, key order included) on every built-in and on the edits
 * in lint-variants.ts, against the output recorded in fixtures/lint-snapshot.json. A change to the
 * lint that is meant to change no finding (such as a faster way of doing its work) keeps this
 * equal. To record new output after a deliberate change to the findings:
 * `UPDATE_LINT_SNAPSHOT=1 npx vitest run test/policy/lint-snapshot.test.ts`, and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';
import { LINT_VARIANTS } from './lint-variants.js';

const FILE = new URL('./fixtures/lint-snapshot.json', import.meta.url);
const lint = (p: unknown): unknown => JSON.parse(JSON.stringify(lintPolicy(p as Policy))) as unknown;
const now = Object.fromEntries(LINT_VARIANTS.map(([name, make]) => [name, lint(make())]));
if (process.env['UPDATE_LINT_SNAPSHOT'] === '1') writeFileSync(FILE, `${JSON.stringify(now, null, 1)}\n`);
const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;

const deepFreeze = <T>(v: T): T => {
  if (v !== null && typeof v === 'object') {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
};

describe('the lint, against its recorded output', () => {
  it('records every variant, and every variant has a finding', () => {
    expect(Object.keys(recorded)).toEqual(LINT_VARIANTS.map(([name]) => name));
    const empty = LINT_VARIANTS.filter(([name]) => (recorded[name] as unknown[]).length === 0).map(([name]) => name);
    expect(empty).toEqual(["housingOmbudsmanCode2024 (a host's copy)"]);
  });

  it.each(LINT_VARIANTS.map(([name, make]) => [name, make] as const))('%s', (name, make) => {
    const want = JSON.stringify(recorded[name]);
    expect(JSON.stringify(lint(make()))).toBe(want);
    // The same policy deep-frozen by the host, and (when the schema accepts it) read by parsePolicy.
    expect(JSON.stringify(lint(deepFreeze(make())))).toBe(want);
    const parsed = parsePolicy(make());
    if (parsed.ok) {
      expect(JSON.stringify(lint(parsed.value))).toBe(want);
      expect(JSON.stringify(lint(parsed.value))).toBe(want);
    }
  });
});
