// parseAssessment of a 25 MB self-assessment CSV, on the built package (`npm run build` first), in
// a process of its own (test/bench/run.ts runs each module so), so that the peak memory it reports
// is this parse's: the resident memory before the file is built, after it is built, and the peak
// after parsing. This is a script, not library code: reading the clock here is intended.
import { bigCsv, library } from './hostile.js';
import type { BenchRow } from './types.js';

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export async function bench(): Promise<BenchRow[]> {
  const lib = await library();
  const startRss = mb(process.memoryUsage().rss);
  const csv = bigCsv(25 * 1024 * 1024, lib);
  const rowsIn = csv.split('\r\n').length - 2;
  const withFile = mb(process.memoryUsage().rss);
  const t = performance.now();
  const r = lib.parseAssessment(csv, 'csv');
  const ms = performance.now() - t;
  // The rows repeat the Code's provisions, so the parse may answer { ok: false } listing them; the
  // figure is the time to read and check the whole file either way.
  const outcome = r.ok ? `${r.value.entries.length.toLocaleString('en-GB')} entries read` : `refused with ${r.error.length.toLocaleString('en-GB')} problems listed`;
  return [
    {
      name: `parseAssessment: a ${mb(csv.length)} MB CSV of ${rowsIn.toLocaleString('en-GB')} rows, one parse in a process of its own, ${outcome} (resident memory ${startRss} MB at start, ${withFile} MB with the file built, peak ${peakMb()} MB after parsing)`,
      value: ms,
      unit: 'ms',
    },
  ];
}
