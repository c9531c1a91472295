// Calendar benchmarks, all on the built package as users get it (dist/, reached through the
// `exports` map of package.json; built first when missing or older than src/): addWorkingDays
// throughput against two baselines and cold start in a fresh process. (The calendar's browser
// bundle is measured with the others, in bundles.ts.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addBusinessDays, format as formatDate, parseISO } from 'date-fns';
import Holidays from 'date-holidays';
import type * as CalendarModule from '../../src/calendar/index.js';
import { builtFile, root, throughput } from './measure.js';
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

/** Import, create and answer the first question in a fresh Node process, from the built package; the median of 7 runs. */
function coldStart(file: string): number {
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
  return runs[Math.floor(runs.length / 2)] ?? Number.NaN;
}

export async function bench(): Promise<BenchRow[]> {
  const file = builtFile('./calendar');
  const what = `dist/${file.split(/[\\/]dist[\\/]/).pop() ?? ''}`;
  const { createCalendar, parseBankHolidayFeed } = (await import(pathToFileURL(file).href)) as typeof CalendarModule;
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
  // With GOV.UK's feed as a host would load it: JSON text of the repository's feed copy, validated and applied.
  const feedText = JSON.stringify((JSON.parse(readFileSync(join(root, 'src/calendar/data/gov-uk-bank-holidays.json'), 'utf8')) as { feed: unknown }).feed);
  const feedRate = throughput(() => createCalendar({ region: 'scotland', bankHolidays: feedText }), 500);
  const parsedFeed = parseBankHolidayFeed(feedText);
  if (!parsedFeed.ok) throw new Error('the feed copy does not parse');
  const parsedFeedRate = throughput(() => createCalendar({ region: 'scotland', bankHolidays: parsedFeed.value }), 500);
  const recurringRate = throughput(() => createCalendar({ region: 'scotland', closures: [{ every: 'year', from: '12-24', to: '01-02' }] }), 500);

  const cold = coldStart(file);

  return [
    { name: `addWorkingDays (ISO strings, warm, n 0-30, ${what})`, value: ours, unit: 'calls/s', goal: '>= 2,000,000 calls/s and >= 1,000x the naive loop', baseline: { name: 'naive day-by-day loop with date-holidays isHoliday', value: naive } },
    { name: 'addWorkingDays vs date-fns (string in, string out)', value: ours, unit: 'calls/s', goal: 'faster than date-fns', baseline: { name: 'date-fns parseISO + addBusinessDays + format (no holidays)', value: fnsStrings } },
    { name: 'addWorkingDays vs date-fns (on Date objects)', value: ours, unit: 'calls/s', goal: 'faster than date-fns', baseline: { name: 'date-fns addBusinessDays on Dates (no holidays)', value: fnsDates } },
    { name: 'workingDaysBetween (ISO strings, warm)', value: between, unit: 'calls/s' },
    { name: 'isWorkingDay (ISO strings, warm)', value: isWorking, unit: 'calls/s' },
    { name: 'londonDate (ISO instants with Z or an offset, warm)', value: london, unit: 'calls/s' },
    { name: `createCalendar with 3 closures (index build, warm process, ${what})`, value: 1000 / buildRate, unit: 'ms' },
    { name: 'createCalendar with a recurring closure over the year end (warm)', value: 1000 / recurringRate, unit: 'ms' },
    { name: "createCalendar with GOV.UK's feed as JSON text (parse, validate, apply; warm)", value: 1000 / feedRate, unit: 'ms' },
    { name: 'createCalendar with a feed parsed once by parseBankHolidayFeed (warm)', value: 1000 / parsedFeedRate, unit: 'ms' },
    { name: `cold start: import ${what} + createCalendar + first addWorkingDays (fresh Node process, median of 7)`, value: cold, unit: 'ms', goal: '< 50 ms' },
  ];
}
