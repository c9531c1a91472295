// Policy benchmarks: the gzipped browser bundle of `import { policies, definePolicy }` from the policy
// module with zod/mini, against the same module bundled with the classic `zod` entry in its place;
// and the throughput of definePolicy, parsePolicy and lintPolicy on the built-in policies.
// A benchmark script, not library code: reading the clock here is intended.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { definePolicy, lintPolicy, parsePolicy, policies } from '../../src/policy/index.js';
import { bundle, root, throughput } from './measure.js';
import type { BenchRow } from './types.js';


/**
 * Resolves every 'zod/mini' import to the classic 'zod' entry. The functional API the module uses
 * exists in classic zod under the same names, except `minimum`, which classic zod calls `gte`.
 */
const classicZod: Plugin = {
  name: 'zod-mini-to-classic',
  setup(b) {
    b.onResolve({ filter: /^zod\/mini$/ }, () => ({ path: 'zod-classic', namespace: 'zod-classic' }));
    b.onLoad({ filter: /.*/, namespace: 'zod-classic' }, () => ({
      contents: "export * from 'zod'; export { gte as minimum } from 'zod';",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/** Runs a bundle (written to a temporary .mjs file) and returns what it exported as `check`. */
async function run(code: string): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-bench-'));
  try {
    const file = join(dir, 'bundle.mjs');
    writeFileSync(file, code);
    const mod = (await import(pathToFileURL(file).href)) as { check: unknown };
    return mod.check;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench(): Promise<BenchRow[]> {
  // The entry uses both exports and proves the bundle works: a valid override passes, an invalid one fails.
  const entry = `import { policies, definePolicy } from 'housing-complaints/policy';
export const check = [definePolicy(policies.wellington, { timeLimit: { months: 18 } }).ok, definePolicy(policies.wellington, { timeLimit: { months: -1 } }).ok];`;
  const mini = await bundle(entry);
  // The same source with every 'zod/mini' import resolved to the classic 'zod' entry (same functions, method-chaining classes).
  const classic = await bundle(entry, [classicZod]);
  for (const [name, b] of [['zod/mini', mini], ['zod (classic)', classic]] as const) {
    const check = await run(b.code);
    if (JSON.stringify(check) !== '[true,false]') throw new Error(`policy bundle with ${name} did not validate as expected: ${JSON.stringify(check)}`);
  }
  const lintOnly = await bundle(`import { lintPolicy } from 'housing-complaints/policy'; export const check = lintPolicy;`);
  const zodMiniAlone = await bundle(`import * as z from 'zod/mini'; export const s = z.strictObject({ a: z.int() });`);
  const zodClassicAlone = await bundle(`import * as z from 'zod'; export const s = z.strictObject({ a: z.int() });`);

  const overrides = [
    { timeLimit: { months: 18 } },
    { organisation: 'Acacia Housing Co-operative', adopted: '2025-04-10', inForce: { from: '2025-04-10' } },
    { escalation: { reasonsRequired: true } },
  ];
  const all = Object.values(policies);
  const json = all.map((p) => JSON.stringify(p));
  const define = throughput((i) => definePolicy(policies.wellington, overrides[i % overrides.length]!), 1000);
  const parse = throughput((i) => parsePolicy(JSON.parse(json[i % json.length]!) as unknown), 1000);
  const lint = throughput((i) => lintPolicy(all[i % all.length]!), 1000);

  return [
    {
      name: "policy: browser bundle of `import { policies, definePolicy }` from the policy module, zod/mini (esbuild, minified, gzip -9)",
      value: mini.kB,
      unit: 'kB',
      goal: '<= 25 kB',
      baseline: { name: "same module with 'zod/mini' resolved to classic 'zod'", value: classic.kB },
    },
    { name: 'policy: browser bundle of `import { lintPolicy }` alone (built-ins and zod tree-shaken away)', value: lintOnly.kB, unit: 'kB', goal: '<= 5 kB' },
    { name: 'policy: zod/mini alone (one strict object), same settings', value: zodMiniAlone.kB, unit: 'kB' },
    { name: 'policy: classic zod alone (one strict object), same settings', value: zodClassicAlone.kB, unit: 'kB' },
    { name: 'policy: definePolicy(wellington, overrides) incl. full validation', value: define, unit: 'calls/s', goal: '>= 1,000 calls/s' },
    { name: 'policy: parsePolicy of a built-in read from JSON text', value: parse, unit: 'calls/s', goal: '>= 1,000 calls/s' },
    { name: `policy: lintPolicy over the ${all.length} built-ins (the Code's and the SPSO model's comparisons)`, value: lint, unit: 'calls/s', goal: '>= 50,000 calls/s' },
  ];
}
