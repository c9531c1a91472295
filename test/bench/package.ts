// Package benchmarks: the browser bundle of the README's ten-line example, built from the package as
// users bundle it (`housing-complaints/...` through the exports map to dist/), and what it is made of.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, root } from './measure.js';
import type { BenchRow } from './types.js';
// @ts-expect-error: a plain ES module script without declarations
import { extractBlocks } from '../package/doc-blocks.mjs';

export async function bench(): Promise<BenchRow[]> {
  const blocks = extractBlocks('README.md', readFileSync(join(root, 'README.md'), 'utf8')) as { code: string; runs: boolean }[];
  const example = blocks.find((b) => b.runs);
  if (example === undefined) throw new Error('README.md has no example that prints');
  const readme = await bundle(example.code);
  const calendarOnly = await bundle(`import { createCalendar } from 'housing-complaints/calendar'; console.log(createCalendar({ region: 'england-and-wales' }).addWorkingDays('2025-12-19', 5));`);
  const zodMini = await bundle(`import * as z from 'zod/mini'; console.log(z.safeParse(z.strictObject({ a: z.int() }), {}).success);`);
  return [
    { name: "package: browser bundle of the README's ten-line example (calendar, policy, lifecycle; built package, esbuild, minified, gzip -9)", value: readme.kB, unit: 'kB', goal: '<= 25 kB', baseline: { name: 'the calendar alone, same settings', value: calendarOnly.kB } },
    { name: 'package: zod/mini alone (one strict object parsed), same settings', value: zodMini.kB, unit: 'kB' },
  ];
}
