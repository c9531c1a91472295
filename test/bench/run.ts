// Runs every benchmark and writes docs/benchmarks.md: `npm run bench`.
// `npm run bench -- --only bundles[,policy]` runs only those modules and replaces only their rows in
// docs/benchmarks.md; the file then says which rows come from which run.
// The calendar benchmarks run first, then every other `test/bench/<module>.ts` that exports `bench()`.
// This is a script, not library code: reading the clock and the machine here is intended.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // How busy the machine was when the run started (other processes slow JSON.parse and replay unequally).
  const load = `1-minute load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores at the start`;
  const rows: { module: string; row: BenchRow }[] = [];
  const failures: string[] = [];
  const all = ['calendar.ts', ...readdirSync(here).filter((f) => f.endsWith('.ts') && !NOT_BENCHES.has(f)).sort()];
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',').filter(Boolean)) : undefined;
  for (const m of only ?? []) if (!all.includes(`${m}.ts`)) throw new Error(`--only ${m}: there is no test/bench/${m}.ts`);
  const files = only ? all.filter((f) => only.has(f.replace(/\.ts$/, ''))) : all;
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
  const table = [
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
  ];
  const out = join(here, '../../docs/benchmarks.md');
  if (only) {
    // Replace the rows of the modules run, keep every other row, and say which run each comes from.
    if (!existsSync(out)) throw new Error('--only needs an existing docs/benchmarks.md to update');
    const old = readFileSync(out, 'utf8').split('\n');
    const separator = old.findIndex((l) => l.startsWith('| --- '));
    let end = separator + 1;
    while (end < old.length && old[end]!.startsWith('| ')) end++;
    const moduleOf = (line: string) => /^\| ([a-z-]+) \|/.exec(line)?.[1] ?? '';
    const order = (l: string) => all.indexOf(`${moduleOf(l)}.ts`);
    // A row of a module that no longer has a bench file is dropped.
    const tableRows = [...old.slice(separator + 1, end).filter((l) => !only.has(moduleOf(l)) && order(l) >= 0), ...table]
      .map((l, i) => ({ l, i }))
      .sort((x, y) => order(x.l) - order(y.l) || x.i - y.i)
      .map((x) => x.l);
    const names = [...only].map((m) => `\`${m}\``).join(', ');
    const note = `- Rows of ${names}: from a later run of only ${only.size === 1 ? 'that module' : 'those modules'}, on ${started.toISOString()} (\`npm run bench -- --only ${[...only].join(',')}\`), same machine, ${load}; the other rows are from the run dated above.`;
    const head = old.slice(0, old.indexOf('## Results')).filter((l) => !(l.startsWith('- Rows of ') && l.startsWith(`- Rows of ${names}:`)));
    while (head.at(-1) === '') head.pop();
    writeFileSync(out, [...head, note, '', ...old.slice(old.indexOf('## Results'), separator + 1), ...tableRows, ...old.slice(end)].join('\n'));
    process.stdout.write(`updated the rows of ${[...only].join(', ')} in docs/benchmarks.md (${rows.length} rows)\n`);
    if (failures.length > 0) {
      process.stderr.write(`benchmark failures:\n${failures.join('\n')}\n`);
      process.exitCode = 1;
    }
    return;
  }
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
    ...table,
    '',
  ];
  if (failures.length > 0) lines.push('## Failures', '', ...failures.map((f) => `- ${f.split('\n')[0]}`), '');
  writeFileSync(out, lines.join('\n'));
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
