// Calendar benchmarks: addWorkingDays throughput against two baselines, cold start in a fresh
// process, and the browser bundle size of `import { createCalendar } from 'housing-complaints/calendar'`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addBusinessDays, format as formatDate, parseISO } from 'date-fns';
import Holidays from 'date-holidays';
import { build } from 'esbuild';
import { createCalendar } from '../../src/calendar/index.js';
import { bundleSize, root, throughput } from './measure.js';
import type { BenchRow } from './types.js';


/** Deterministic pseudo-random inputs: start dates 2019-2030 and n from 0 to 30. */
function inputs(count: number): { dates: string[]; ns: number[] } {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const dates: string[] = [];
  const ns: number[] = [];
  const base = Date.UTC(2019, 0, 1);
  for (let i = 0; i < count; i++) {
    dates.push(new Date(base + Math.floor(next() * 12 * 365) * 86_400_000).toISOString().slice(0, 10));
    ns.push(Math.floor(next() * 31));
  }
  return { dates, ns };
}

/** Modification time of the newest file the calendar is built from (so a stale dist/ is not measured). */
function newestSource(): number {
  let newest = 0;
  for (const dir of ['src/calendar', 'src/core']) {
    for (const f of readdirSync(join(root, dir))) newest = Math.max(newest, statSync(join(root, dir, f)).mtimeMs);
  }
  return newest;
}

/**
 * Import, create and answer the first question in a fresh Node process; the median of several runs.
 * Imports the built dist/calendar.js (what `import 'housing-complaints/calendar'` loads) when it exists,
 * else a bundle of src/calendar made here.
 */
async function coldStart(): Promise<{ ms: number; what: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-bench-'));
  try {
    let file = join(root, 'dist/calendar.js');
    let what = 'dist/calendar.js';
    if (!existsSync(file) || newestSource() > statSync(file).mtimeMs) {
      file = join(dir, 'calendar.mjs');
      what = 'src/calendar bundled';
      const result = await build({ entryPoints: [join(root, 'src/calendar/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'silent' });
      if (result.errors.length > 0) throw new Error('bundle failed');
    }
    const script = `const t0 = performance.now();
const { createCalendar } = await import(${JSON.stringify(pathToFileURL(file).href)});
const answer = createCalendar({ region: 'england-and-wales' }).addWorkingDays('2025-12-19', 5);
const t1 = performance.now();
if (answer !== '2025-12-30') throw new Error('wrong answer ' + answer);
process.stdout.write(String(t1 - t0));`;
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`cold start failed: ${child.stderr}`);
      runs.push(Number(child.stdout));
    }
    runs.sort((a, b) => a - b);
    return { ms: runs[Math.floor(runs.length / 2)] ?? Number.NaN, what };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench(): Promise<BenchRow[]> {
  const { dates, ns } = inputs(4096);
  const mask = 4095;
  const cal = createCalendar({ region: 'england-and-wales' });

  // Warm up, then measure.
  throughput((i) => cal.addWorkingDays(dates[i & mask]!, ns[i & mask]!), 200);
  const ours = throughput((i) => cal.addWorkingDays(dates[i & mask]!, ns[i & mask]!), 1000);

  // Naive: step day by day asking date-holidays whether each weekday is a bank holiday.
  const hd = new Holidays('GB', 'ENG');
  const naiveAdd = (date: string, n: number): string => {
    const d = new Date(`${date}T00:00:00Z`);
    let left = n;
    while (left > 0) {
      d.setUTCDate(d.getUTCDate() + 1);
      const w = d.getUTCDay();
      if (w === 0 || w === 6) continue;
      const hit = hd.isHoliday(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      if (hit && hit.some((h) => h.type === 'public' || h.type === 'bank')) continue;
      left--;
    }
    return d.toISOString().slice(0, 10);
  };
  const naive = throughput((i) => naiveAdd(dates[i & mask]!, ns[i & mask]!), 1000);

  // date-fns addBusinessDays: weekends only, no holidays at all. String in, string out like ours,
  // and on Date objects alone (no parsing or formatting) as the stricter comparison.
  const fnsStrings = throughput((i) => formatDate(addBusinessDays(parseISO(dates[i & mask]!), ns[i & mask]!), 'yyyy-MM-dd'), 1000);
  const parsed = dates.map((d) => parseISO(d));
  const fnsDates = throughput((i) => addBusinessDays(parsed[i & mask]!, ns[i & mask]!), 1000);

  const between = throughput((i) => cal.workingDaysBetween(dates[i & mask]!, dates[(i + 1) & mask]!), 1000);
  const isWorking = throughput((i) => cal.isWorkingDay(dates[i & mask]!), 1000);
  const instants = dates.map((d, i) => `${d}T${String(i % 24).padStart(2, '0')}:30:00${i % 3 === 0 ? 'Z' : '+01:00'}`);
  const london = throughput((i) => cal.londonDate(instants[i & mask]!), 1000);

  // Building a calendar in a warm process (the per-calendar index over 2012-2040).
  const buildRate = throughput(() => createCalendar({ region: 'scotland', closures: ['2025-12-29', '2025-12-30', '2025-12-31'] }), 500);

  const cold = await coldStart();
  const calendarKb = await bundleSize(`export { createCalendar } from './src/calendar/index.ts';`);
  const dateHolidaysKb = await bundleSize(`export { default } from 'date-holidays';`);
  // The same from the built package (dist/calendar.js, what npm users get), when it has been built.
  const built = existsSync(join(root, 'dist/calendar.js')) && newestSource() <= statSync(join(root, 'dist/calendar.js')).mtimeMs ? await bundleSize(`export { createCalendar } from './dist/calendar.js';`) : undefined;

  return [
    { name: 'addWorkingDays (ISO strings, warm, n 0-30)', value: ours, unit: 'calls/s', goal: '>= 2,000,000 calls/s and >= 1,000x the naive loop', baseline: { name: 'naive day-by-day loop with date-holidays isHoliday', value: naive } },
    { name: 'addWorkingDays vs date-fns (string in, string out)', value: ours, unit: 'calls/s', goal: 'faster than date-fns', baseline: { name: 'date-fns parseISO + addBusinessDays + format (no holidays)', value: fnsStrings } },
    { name: 'addWorkingDays vs date-fns (on Date objects)', value: ours, unit: 'calls/s', goal: 'faster than date-fns', baseline: { name: 'date-fns addBusinessDays on Dates (no holidays)', value: fnsDates } },
    { name: 'workingDaysBetween (ISO strings, warm)', value: between, unit: 'calls/s' },
    { name: 'isWorkingDay (ISO strings, warm)', value: isWorking, unit: 'calls/s' },
    { name: 'londonDate (ISO instants with Z or an offset, warm)', value: london, unit: 'calls/s' },
    { name: 'createCalendar with 3 closures (index build, warm process)', value: 1000 / buildRate, unit: 'ms' },
    { name: `cold start: import ${cold.what} + createCalendar + first addWorkingDays (fresh Node process, median of 7)`, value: cold.ms, unit: 'ms', goal: '< 50 ms' },
    { name: "browser bundle of `import { createCalendar } from 'housing-complaints/calendar'` (esbuild, minified, gzip -9)", value: calendarKb, unit: 'kB', goal: '< 25 kB', baseline: { name: 'date-holidays alone, same settings', value: dateHolidaysKb } },
    ...(built === undefined
      ? []
      : [{ name: 'browser bundle of createCalendar from the built dist/calendar.js (esbuild, minified, gzip -9)', value: built, unit: 'kB', goal: '< 25 kB', baseline: { name: 'date-holidays alone, same settings', value: dateHolidaysKb } }]),
  ];
}
