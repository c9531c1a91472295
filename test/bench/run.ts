// Runs every benchmark and writes docs/benchmarks.md: `npm run bench`.
// The calendar benchmarks run first, then every other `test/bench/<module>.ts` that exports `bench()`.
// This is a script, not library code: reading the clock and the machine here is intended.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import type { Bench, BenchRow } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const NOT_BENCHES = new Set(['run.ts', 'types.ts', 'measure.ts', 'calendar.ts']);

function format(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

async function main(): Promise<void> {
  const started = new Date();
  const rows: { module: string; row: BenchRow }[] = [];
  const failures: string[] = [];
  const files = ['calendar.ts', ...readdirSync(here).filter((f) => f.endsWith('.ts') && !NOT_BENCHES.has(f)).sort()];
  for (const file of files) {
    const module = file.replace(/\.ts$/, '');
    process.stdout.write(`bench ${module} ...\n`);
    // Each module runs in a process of its own, so that its memory figures and its JIT warm-up are
    // its own and not what an earlier module left behind.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const last = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !last.startsWith('{')) {
      failures.push(`${file}: exited with ${child.status ?? child.signal}${last ? `: ${last}` : ''}`);
      continue;
    }
    const result = JSON.parse(last) as { rows?: BenchRow[]; error?: string };
    if (result.error !== undefined) {
      failures.push(`${file}: ${result.error}`);
      continue;
    }
    for (const row of result.rows ?? []) {
      rows.push({ module, row });
      const ratio = row.baseline ? `  (${format(row.value / row.baseline.value)}x ${row.baseline.name})` : '';
      process.stdout.write(`  ${row.name}: ${format(row.value)} ${row.unit}${ratio}\n`);
    }
  }

  const cpus = os.cpus();
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`test/bench/run.ts`); every figure and every baseline below was measured in the same run on the machine described. Do not edit by hand.',
    '',
    '## Machine',
    '',
    `- Date of run: ${started.toISOString()}`,
    `- CPU: ${cpus[0]?.model.trim() ?? 'unknown'} (${cpus.length} logical cores available)`,
    `- Memory: ${format(os.totalmem() / 2 ** 30)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node.js: ${process.version}`,
    '',
    '## Results',
    '',
    '| module | benchmark | value | unit | goal | baseline (same run) | ratio to baseline |',
    '| --- | --- | ---: | --- | --- | --- | ---: |',
    ...rows.map(({ module, row }) =>
      [
        '',
        module,
        cell(row.name),
        format(row.value),
        row.unit,
        cell(row.goal ?? ''),
        row.baseline ? `${cell(row.baseline.name)}: ${format(row.baseline.value)} ${row.unit}` : '',
        row.baseline ? `${format(row.value / row.baseline.value)}x` : '',
        '',
      ].join(' | ').trim(),
    ),
    '',
  ];
  if (failures.length > 0) lines.push('## Failures', '', ...failures.map((f) => `- ${f.split('\n')[0]}`), '');
  writeFileSync(join(here, '../../docs/benchmarks.md'), lines.join('\n'));
  process.stdout.write(`wrote docs/benchmarks.md (${rows.length} rows)\n`);
  if (failures.length > 0) {
    process.stderr.write(`benchmark failures:\n${failures.join('\n')}\n`);
    process.exitCode = 1;
  }
}

/** Child mode: run one module's `bench()` and print its rows as one JSON line. */
async function one(file: string): Promise<void> {
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench?: Bench };
    if (typeof mod.bench !== 'function') throw new Error('does not export bench()');
    const rows = await mod.bench();
    process.stdout.write(`\n${JSON.stringify({ rows })}\n`);
  } catch (e) {
    process.stdout.write(`\n${JSON.stringify({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) })}\n`);
  }
}

const oneIndex = process.argv.indexOf('--one');
if (oneIndex >= 0) await one(process.argv[oneIndex + 1] ?? '');
else await main();
