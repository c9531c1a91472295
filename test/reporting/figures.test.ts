// Report figures defined once: every figure a renderer shows is the value at its place in the JSON
// report, so the Markdown, HTML and CSV a committee reads cannot disagree with the JSON.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../src/core/presentation.js';
import { policies, definePolicy } from '../../src/policy/index.js';
import { figureDefinitions, figureTables, generateComplaints, performanceReport, renderReportCsv, renderReportHtml, renderReportJson, renderReportMarkdown, type PerformanceReport } from '../../src/reporting/index.js';
import { calendar, context, juneDataset } from './fixtures.js';
import { createCalendar } from '../../src/calendar/index.js';

/** The value at a dot path of the JSON text, read back from JSON (not from the report object). */
function fromJson(json: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], json);
}

/** The numbers a rendered cell shows ("66.7% (2 of 3)" → [66.7, 2, 3]; "6.7 (4 ÷ 600 homes × 1,000)" → [6.7, 4, 600]). */
function numbersIn(text: string): number[] {
  return (text.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, ''))).filter((n) => n !== 1000 || !text.includes('× 1,000'));
}

function expected(v: unknown): number[] {
  if (v === null) return [];
  if (typeof v === 'number') return [v];
  const o = v as { percent?: number | null; perThousand?: number; numerator: number; denominator?: number; homes?: number };
  if (o.homes !== undefined) return [o.perThousand!, o.numerator, o.homes];
  return o.percent === null ? [o.numerator, o.denominator!].filter((n) => n !== 0) : [o.percent!, o.numerator, o.denominator!];
}

/** The cells of the Markdown table row that starts with `label` under the heading `title`. */
function markdownRow(md: string, title: string, label: string): string[] {
  const section = md.split(/^## /m).find((s) => s.startsWith(`${title}\n`));
  if (section === undefined) throw new Error(`no section ${title}`);
  const line = section.split('\n').find((l) => l.startsWith(`| ${labelOf(label).replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`)} |`));
  if (line === undefined) throw new Error(`no row ${label} in ${title}`);
  return line.split(' | ').slice(1).map((c) => c.replace(/ \|$/, ''));
}

function htmlRow(html: string, title: string, label: string): string[] {
  const start = html.indexOf(`<h2>${title.replace(/'/g, '&#39;')}</h2>`);
  const row = html.slice(start).split('<tr>').find((r) => r.startsWith(`<th scope="row">${labelOf(label).replace(/'/g, '&#39;')}</th>`));
  if (start < 0 || row === undefined) throw new Error(`no row ${label} in ${title}`);
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
}

/** Fields of one RFC 4180 line. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') (v += '"'), (i += 2);
        else if (line[i] === '"') break;
        else v += line[i++];
      }
      out.push(v);
      i += 2;
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

function checkEveryFigure(report: PerformanceReport): number {
  const json: unknown = JSON.parse(renderReportJson(report));
  const md = renderReportMarkdown(report);
  const html = renderReportHtml(report);
  const csv = renderReportCsv(report).trimEnd().split('\r\n');
  let checked = 0;
  let csvLine = 1;
  for (const t of figureTables(report)) {
    for (const row of t.rows) {
      const mdCells = markdownRow(md, t.title, row.label);
      const htmlCells = htmlRow(html, t.title, row.label);
      expect(mdCells).toHaveLength(row.cells.length);
      row.cells.forEach((cell, i) => {
        const want = expected(fromJson(json, cell.path));
        expect(numbersIn(mdCells[i]!), `${t.title} / ${row.label} / ${t.head[i + 1]} (${cell.path}) in Markdown`).toEqual(want);
        expect(numbersIn(htmlCells[i]!), `${cell.path} in HTML`).toEqual(want);
        const fields = csvFields(csv[csvLine++]!);
        expect(fields.slice(0, 2), 'CSV table and row').toEqual([t.title, row.label]);
        expect(fields[3], 'CSV figure path').toBe(cell.path);
        const v = fromJson(json, cell.path);
        const csvValue = typeof v === 'number' || v === null ? v : (v as { percent?: number | null; perThousand?: number }).percent ?? (v as { perThousand?: number }).perThousand ?? null;
        expect(fields[4] === '' ? null : Number(fields[4]), `${cell.path} in CSV`).toEqual(csvValue);
        checked++;
      });
    }
  }
  expect(csvLine).toBe(csv.length);
  return checked;
}

describe('every figure the renderers show equals the JSON report', () => {
  it('on the hand-checked June 2025 dataset', () => {
    expect(checkEveryFigure(performanceReport(juneDataset(), context, { from: '2025-06-01', to: '2025-06-30', homes: 600 }))).toBeGreaterThan(60);
  });

  it('on a year of generated complaints under each built-in policy, with and without homes', () => {
    for (const policy of Object.values(policies)) {
      // The calendar of the policy's region (a calendar of another region is a calendar-region-mismatch).
      const calendar = createCalendar({ region: policy.region });
      const complaints = [...generateComplaints({ seed: 7, count: 400, from: '2025-04-01', to: '2026-03-31', policy, calendar })];
      checkEveryFigure(performanceReport(complaints, { policy, calendar }, { from: '2025-04-01', to: '2026-03-31', homes: 600 }));
      checkEveryFigure(performanceReport(complaints, { policy, calendar }, { from: '2025-04-01', to: '2026-03-31' }));
    }
  });
});

describe('the Volumes table: "Received" is the complaints received, never stage 1 plus stage 2 (an escalation is the same complaint again)', () => {
  const report = performanceReport(juneDataset(), context, { from: '2025-06-01', to: '2025-06-30' });
  it('shows received.total (5: A to E, D refused), stage 1 accepted (4) and stage 2 escalations (1) as separate rows, with no total row adding them', () => {
    const md = renderReportMarkdown(report);
    expect(markdownRow(md, 'Volumes', 'Complaints received (accepted, refused or withdrawn)')).toEqual(['5']);
    expect(markdownRow(md, 'Volumes', 'Accepted at stage 1')).toEqual(['4']);
    expect(markdownRow(md, 'Volumes', 'Escalations accepted at stage 2 (the same complaints, not added to stage 1)')).toEqual(['1']);
    expect(md).not.toContain('| 6 |');
  });

  // The June dataset cannot tell a sum from the total (4 + 1 = 5); the README's annual report can:
  // 40 complaints received, all accepted at stage 1, 4 of them escalated.
  it('on the annual report of `npm run example` (40 received, 4 escalated), the committee reads 40, never 44, in Markdown, HTML and CSV', () => {
    const policy = { ...policies.wellington, organisation: 'Elm Court Housing Co-operative (fictional)' };
    const year = { from: '2025-04-01', to: '2026-03-31' };
    const complaints = generateComplaints({ seed: 2025, count: 40, ...year, asOf: '2026-04-30', policy, calendar });
    const r = performanceReport(complaints, { policy, calendar }, { ...year, homes: 600 });
    expect(r.received).toMatchObject({ total: 40, stage1: 40, stage2: 4 });
    const label = 'Complaints received (accepted, refused or withdrawn)';
    expect(markdownRow(renderReportMarkdown(r), 'Volumes', label)).toEqual(['40']);
    expect(htmlRow(renderReportHtml(r), 'Volumes', label)).toEqual(['40']);
    const volumes = figureTables(r).find((t) => t.title === 'Volumes')!;
    const csv = renderReportCsv(r).split('\r\n').filter((l) => l.startsWith('Volumes,'));
    expect(csv.find((l) => l.includes('received.total'))).toMatch(/,received\.total,40,,$/);
    // No row of the table shows stage 1 plus stage 2.
    const values = volumes.rows.map((row) => row.cells.map((c) => fromJson(JSON.parse(renderReportJson(r)), c.path)));
    expect(values.flat()).not.toContain(r.received.stage1 + r.received.stage2);
  });
});

describe('figure definitions cite the policy in use, read from its data', () => {
  it("a variant whose timescales cite other sections changes the acknowledgements' and timeliness' sources", () => {
    const w = policies.wellington;
    const renumbered = definePolicy(w, {
      stages: [
        { ...w.stages[0], acknowledge: { ...w.stages[0].acknowledge!, source: { policy: 's.21', provision: '6.2' } }, respond: { ...w.stages[0].respond!, source: { policy: 's.22', provision: '6.3' } } },
        { ...w.stages[1], acknowledge: { ...w.stages[1].acknowledge!, source: { policy: 's.23', provision: '6.11' } } },
      ],
    });
    if (!renumbered.ok) throw new Error(JSON.stringify(renumbered.error));
    const report = performanceReport([], { policy: renumbered.value, calendar }, { from: '2025-06-01', to: '2025-06-30' });
    expect(report.definitions.find((d) => d.figure === 'acknowledgements')?.source).toEqual({ provision: '6.2, 6.11', policy: 's.21, s.23' });
    expect(report.definitions.find((d) => d.figure === 'timeliness')?.source.policy).toBe('s.22, s.5');
    expect(renderReportMarkdown(report)).toContain('Source: Code 6.2, 6.11; policy s.21, s.23.');
  });

  it("a variant whose sections are numbered differently cites its own sections for the figures read by subject (outcomes, volumes), in every renderer", () => {
    const w = policies.wellington;
    const renumbered = definePolicy(w, { sections: (w.sections ?? []).map((x) => ({ ...x, number: x.number.replace('s.', 'clause ') })) });
    if (!renumbered.ok) throw new Error(JSON.stringify(renumbered.error));
    const report = performanceReport([], { policy: renumbered.value, calendar }, { from: '2025-06-01', to: '2025-06-30' });
    expect(report.definitions.find((d) => d.figure === 'outcomes')?.source.policy).toBe('clause 8');
    expect(report.definitions.find((d) => d.figure === 'received.total')?.source.policy).toBe('clause 11, clause 12');
    expect(renderReportHtml(report)).toContain('Outcomes of the responses sent in the period (Code 9.7(a); policy clause 8)');
    expect(renderReportMarkdown(report)).toContain('**outcomes**: stage responses by decision: upheld, partially upheld, not upheld; placed in the period by response date. Source: Code 9.7(a); policy clause 8.');
  });
});

describe('docs/reporting.md, "Volumes": the guide\'s rows are the definitions the report carries under Wellington', () => {
  const md = readFileSync(new URL('../../docs/reporting.md', import.meta.url), 'utf8');
  const part = md.slice(md.indexOf('### Volumes'), md.indexOf('### Refusals'));
  const rows = [...part.matchAll(/^\| `([\w.]+)` \| (.*?) \| (.*?) \| (.*?) \|$/gm)].map((m) => ({ figure: m[1]!, counts: m[2]!, periodDate: m[3]!, source: m[4]! }));
  const definitions = figureDefinitions(policies.wellington);

  it('received.total, received.stage1 and received.stage2: the same counting rule, period date and sources', () => {
    const defined = rows.filter((r) => definitions.some((d) => d.figure === r.figure));
    expect(defined.map((r) => r.figure)).toEqual(['received.total', 'received.stage1', 'received.stage2']);
    for (const r of defined) {
      const d = definitions.find((x) => x.figure === r.figure)!;
      expect([r.counts, r.periodDate], r.figure).toEqual([d.counts, d.periodDate]);
      const ch01 = d.source.note?.includes('CH01') === true;
      expect(r.source, r.figure).toBe(`${ch01 ? 'CH01; ' : ''}Code ${d.source.provision}; policy ${d.source.policy}`);
    }
  });
});
