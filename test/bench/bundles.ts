// Bundle benchmarks: the gzipped browser bundle of every entry in test/package/bundles.mjs (the list
// `npm run check:package` holds to budgets), built from dist/ through the exports map as a user's
// bundler builds it, with the baselines they are compared with: date-holidays beside the calendar,
// the calendar alone beside the README's example, the six policies' data beside `policies` and
// definePolicy, the schemes' data and the Code table beside the lint. The policy bundles are also run, to show they validate.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './measure.js';
import type { BenchRow } from './types.js';
// @ts-expect-error: a plain ES module script without declarations
import { bundles } from '../package/bundles.mjs';

type Entry = { id: string; module: string; name: string; code: string; budget: number; goal: string };

/** Runs a bundle (written to a temporary .mjs file) and returns what it exported as `check`. */
async function run(code: string): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-bench-'));
  try {
    const file = join(dir, 'bundle.mjs');
    writeFileSync(file, code);
    return ((await import(pathToFileURL(file).href)) as { check: unknown }).check;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench(): Promise<BenchRow[]> {
  const entries = bundles() as Entry[];
  const sizes = new Map<string, number>();
  for (const e of entries) {
    const b = await bundle(e.code);
    sizes.set(e.id, b.kB);
    if (e.id.endsWith('-define')) {
      const check = await run(b.code);
      if (JSON.stringify(check) !== '[true,false]') throw new Error(`bundle ${e.id} did not validate as expected: ${JSON.stringify(check)}`);
    }
  }
  const baselines: Record<string, { name: string; value: number }> = {
    calendar: { name: 'date-holidays alone, same settings', value: (await bundle(`export { default } from 'date-holidays';`)).kB },
    readme: { name: 'the calendar alone, same settings', value: sizes.get('calendar')! },
    // definePolicy loads no zod (it checks with the validator derived from the Policy schema): its
    // cost is read against the six policies' data alone. The lint loads no zod either (its value
    // check is the derived policy check): it is read against the data it compares a policy with.
    'policies-define': { name: '`policies` alone (the six built-ins, their data only), same settings', value: (await bundle(`import { policies } from 'housing-complaints/policy';\nexport const check = policies;\n`)).kB },
    lint: { name: '`SCHEMES` and `CODE_2024` alone (the data the lint compares a policy with), same settings', value: (await bundle(`import { SCHEMES, CODE_2024 } from 'housing-complaints/policy';\nexport const check = [SCHEMES, CODE_2024];\n`)).kB },
    'wellington-define': { name: '`policies` and definePolicy (all six built-ins), same settings', value: sizes.get('policies-define')! },
  };
  const rows: BenchRow[] = entries.map((e, i) => ({
    name: `${e.module}: browser bundle of ${e.name}${i === 0 ? ' (dist/ through the exports map, as every row here; esbuild, minified, gzip -9)' : ''}; check:package budget ${e.budget} kB`,
    value: sizes.get(e.id)!,
    unit: 'kB',
    goal: e.goal,
    ...(baselines[e.id] ? { baseline: baselines[e.id] } : {}),
  }));
  rows.push(
    { name: 'zod/mini alone (one strict object parsed), same settings', value: (await bundle(`import * as z from 'zod/mini'; console.log(z.safeParse(z.strictObject({ a: z.int() }), {}).success);`)).kB, unit: 'kB' },
    { name: 'classic zod alone (one strict object parsed), same settings', value: (await bundle(`import * as z from 'zod'; console.log(z.safeParse(z.strictObject({ a: z.int() }), {}).success);`)).kB, unit: 'kB' },
  );
  return rows;
}
