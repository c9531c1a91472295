// The API reference: every exported name has a description and an @example, and every example
// type-checks, here against the sources (`housing-complaints/*` mapped to src/). `npm run
// check:package` runs the same check against the package installed from its tarball.
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without declarations
import { checkExamples, missing, publicApi, where, withPrelude } from './api-docs.mjs';

type Item = { name: string; kind: string; module: string; file: string; line: number; description: string; examples: string[] };
const items = publicApi() as Item[];
// Two made-up names, checked in the same run, to show the checker reports a broken example and passes a good one.
const probe: Item = { name: 'probe', kind: 'function', module: 'housing-complaints', file: 'probe.ts', line: 1, description: 'd', examples: ['const n: number = replay([], context);\n', 'replay(events, context);\n'] };
let failures: Map<Item, string[]>;
const probed: string[][] = [];

beforeAll(() => {
  failures = new Map();
  const results = checkExamples([...items, probe], { src: true }, new Set(items.map((i) => i.name))) as { item: Item; index: number; errors: string[] }[];
  for (const r of results) {
    if (r.item === probe) probed[r.index] = r.errors;
    else if (r.errors.length) failures.set(r.item, [...(failures.get(r.item) ?? []), `example ${r.index + 1}: ${r.errors.join('; ')}`]);
  }
}, 120_000);

describe('the API reference', () => {
  it('finds the exported names of every subpath', () => {
    expect(items.length).toBeGreaterThan(400);
    for (const name of ['createCalendar', 'wellington', 'replay', 'checkExclusions', 'decideOutcome', 'performanceReport', 'parseAssessment', 'HousingComplaintsError']) {
      expect(items.some((i) => i.name === name), name).toBe(true);
    }
    expect(items.find((i) => i.name === 'replay')?.module).toBe('housing-complaints/lifecycle');
  });

  it('every exported name has a description and an @example', () => {
    const lacking = items.filter((i) => missing(i).length > 0).map((i) => `${where(i)} lacks ${missing(i).join(' and ')}`);
    expect(lacking).toEqual([]);
  });

  it("every @example's code type-checks against the package", () => {
    expect([...failures].map(([item, errors]) => `${where(item)}: ${errors.join('; ')}`)).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('reports a name without an example, and an example that does not type-check', () => {
    const bare: Item = { name: 'x', kind: 'function', module: 'housing-complaints', file: 'f.ts', line: 1, description: '', examples: [] };
    expect(missing(bare)).toEqual(['a description', 'an @example']);
    expect(probed[0]!.join('\n')).toMatch(/TS2322/);
    expect(probed[1]).toEqual([]);
  });

  it('imports the package names an example uses and declares the sample values it is given', () => {
    const { code } = withPrelude("const r = replay(events, context);\nconst policy = 1;\n", new Set(['replay', 'LifecycleEvent', 'LifecycleContext', 'Policy']));
    expect(code.split('\n')[0]).toBe("import { LifecycleContext, LifecycleEvent, replay } from 'housing-complaints'; declare const events: LifecycleEvent[]; declare const context: LifecycleContext; export {};");
  });
});
