import { figureTables, type Cell, type FigureValue } from './figures.js';
import type { FigureDefinition, OutcomeCounts, PerformanceReport, Proportion, StageTimeliness } from './types.js';
import { codeSpan, htmlText, markdownMidLine } from '../core/markdown.js';
import { bothStages } from '../policy/code2024-requirements.js';
import { argumentError, readingAs } from '../core/guard.js';

/**
 * The report as JSON text (two-space indentation, keys in the order of {@link PerformanceReport}).
 * `JSON.parse(renderReportJson(r))` deep-equals `r`.
 *
 * @example
 * ```ts
 * writeFileSync('annual-report.json', renderReportJson(report));
 * ```
 */
export function renderReportJson(report: PerformanceReport): string {
  return readingAs({ fn: 'renderReportJson', path: 'report' }, 'a PerformanceReport', report, () => `${JSON.stringify(report, null, 2)}\n`);
}

// As many decimals as the JSON has (means carry 2, percentages 1), so the page shows what the JSON says.
const fmt = (n: number | null): string => {
  if (n === null) return '–';
  // A report read back from edited JSON may carry anything: a figure that is not a number is refused, not printed.
  if (typeof n !== 'number' || Number.isNaN(n)) throw argumentError({ fn: 'render', path: 'report' }, 'shape', 'a PerformanceReport whose figures are numbers', n);
  return n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
};
const pct = (p: Proportion): string => (p.percent === null ? 'n/a (none responded to)' : `${fmt(p.percent)}% (${p.numerator} of ${p.denominator})`);

/** A figure as the Markdown and HTML tables show it: the value found in the report, formatted, never recomputed. */
function show(v: FigureValue): string {
  if (v === null || typeof v === 'number') return fmt(v);
  if ('homes' in v) return `${fmt(v.perThousand)} (${v.numerator} ÷ ${v.homes} homes × 1,000)`;
  return pct(v);
}

/** A figure with no value yet (CH01 without the number of homes) says why. */
function showCell(c: Cell): string {
  return c.value === null && c.path.startsWith('tsm.ch01.') ? 'not computed (number of homes not given)' : show(c.value);
}

/** Host text in the middle of a line: every line break (LF, CR, CRLF) becomes a space, Markdown's characters are escaped. */
const mdEscape = markdownMidLine;

function sourceText(d: FigureDefinition): string {
  return [d.source.provision && `Code ${d.source.provision}`, d.source.policy && `policy ${d.source.policy}`, d.source.note].filter(Boolean).join('; ');
}

/**
 * The report as Markdown: a heading, the TSM figures, then one table per group of figures and the
 * definitions of every figure with its source. Pure; returns the text.
 *
 * @example
 * ```ts
 * writeFileSync('annual-report.md', renderReportMarkdown(report));
 * ```
 */
export function renderReportMarkdown(report: PerformanceReport): string {
  return readingAs({ fn: 'renderReportMarkdown', path: 'report' }, 'a PerformanceReport', report, () => reportMarkdown(report));
}

/** The report's note on deadlines counted past the published bank holiday list. */
function provisionalSentence(p: NonNullable<PerformanceReport['provisional']>): string {
  return `Provisional: the bank holiday list is published to ${p.publishedThrough}; deadlines counted into ${p.year} or later, and the on time and late figures judging them, may move if bank holidays are announced.`;
}

function reportMarkdown(report: PerformanceReport): string {
  const lines: string[] = [
    `# Complaints performance: ${mdEscape(report.policy.organisation)}`,
    '',
    `Period ${report.period.from} to ${report.period.to}. Policy: ${mdEscape(report.policy.title)} (${codeSpan(report.policy.id)}).` +
      (report.homes === null ? '' : ` Homes: ${fmt(report.homes)}.`) +
      (report.provisional === undefined ? '' : ` ${provisionalSentence(report.provisional)}`),
    '',
  ];
  for (const t of figureTables(report)) {
    lines.push(`## ${mdEscape(t.title)}`, '');
    if (t.rows.length === 0) {
      lines.push('None in the period.', '');
      continue;
    }
    lines.push(`| ${t.head.map(mdEscape).join(' | ')} |`, `| ${t.head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
    for (const row of t.rows) lines.push(`| ${[mdEscape(row.label), ...row.cells.map((c) => mdEscape(showCell(c)))].join(' | ')} |`);
    lines.push('');
  }
  if (report.skipped.length > 0) {
    lines.push('## Records left out of some figures', '', '| reason | complaints |', '| --- | ---: |', ...report.skipped.map((x) => `| ${mdEscape(x.reason)} | ${fmt(x.count)} |`), '');
  }
  lines.push('## How each figure counts', '');
  for (const d of report.definitions) {
    lines.push(`- **${mdEscape(d.figure)}**: ${mdEscape(d.counts)}; placed in the period by ${mdEscape(d.periodDate)}. Source: ${mdEscape(sourceText(d))}.${d.libraryReading ? " *(The library's reading.)*" : ''}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Escapes every interpolated value, numbers included, so a report read back from edited JSON carries no markup. */
const esc = htmlText;

/** A computed coordinate, or 0 when the figures it comes from are not numbers. */
const finite = (x: number): number => (Number.isFinite(x) ? x : 0);

const COLOURS = { stage1: '#1f5f99', stage2: '#b3541e', upheld: '#8a1c1c', partially: '#c98a00', notUpheld: '#2f6f3e', onTime: '#2f6f3e', late: '#8a1c1c', refused: '#6b6b6b' };

/** A grouped bar chart of complaints received per month by stage, as inline SVG. */
function volumesChart(r: PerformanceReport, id: string): string {
  const months = r.received.byMonth;
  const max = Math.max(1, ...months.map((m) => Math.max(m.stage1, m.stage2)));
  const W = Math.max(360, 60 + months.length * 48);
  const H = 220;
  const plotH = 150;
  const base = 180;
  const bars = months
    .map((m, i) => {
      const x = 50 + i * 48;
      const h1 = finite((m.stage1 / max) * plotH);
      const h2 = finite((m.stage2 / max) * plotH);
      return [
        `<rect x="${x}" y="${base - h1}" width="18" height="${h1}" fill="${COLOURS.stage1}"><title>${esc(m.month)} stage 1: ${esc(m.stage1)}</title></rect>`,
        `<rect x="${x + 20}" y="${base - h2}" width="18" height="${h2}" fill="${COLOURS.stage2}"><title>${esc(m.month)} stage 2: ${esc(m.stage2)}</title></rect>`,
        `<text x="${x + 19}" y="${base + 16}" text-anchor="middle" font-size="10">${esc(m.month.slice(2))}</text>`,
      ].join('');
    })
    .join('');
  return [
    `<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">Complaints received per month by stage</title>`,
    `<desc id="${id}-d">${esc(months.map((m) => `${m.month}: stage 1 ${m.stage1}, stage 2 ${m.stage2}`).join('; '))}</desc>`,
    `<line x1="45" y1="${base}" x2="${W - 5}" y2="${base}" stroke="#333"/>`,
    `<text x="45" y="${base - plotH - 6}" font-size="10" text-anchor="end">${esc(max)}</text>`,
    `<text x="40" y="${base}" font-size="10" text-anchor="end">0</text>`,
    bars,
    `<rect x="50" y="200" width="10" height="10" fill="${COLOURS.stage1}"/><text x="64" y="209" font-size="11">Stage 1</text>`,
    `<rect x="130" y="200" width="10" height="10" fill="${COLOURS.stage2}"/><text x="144" y="209" font-size="11">Stage 2</text>`,
    '</svg>',
  ].join('');
}

/** Horizontal stacked bars, one per row, as inline SVG. */
function stackedChart(id: string, title: string, rows: { label: string; parts: { name: string; value: number; colour: string }[] }[]): string {
  const W = 560;
  const rowH = 34;
  const H = 40 + rows.length * rowH + 24;
  const plotW = 360;
  const legend = rows[0]?.parts ?? [];
  const body = rows
    .map((row, i) => {
      const total = row.parts.reduce((a, p) => a + p.value, 0);
      const y = 30 + i * rowH;
      let x = 120;
      const segs = row.parts
        .map((p) => {
          const w = total === 0 ? 0 : finite((p.value / total) * plotW);
          const seg = `<rect x="${x}" y="${y}" width="${w}" height="22" fill="${p.colour}"><title>${esc(`${row.label}, ${p.name}: ${p.value} of ${total}`)}</title></rect>`;
          x += w;
          return seg;
        })
        .join('');
      return `<text x="112" y="${y + 15}" font-size="12" text-anchor="end">${esc(row.label)}</text>${segs}<text x="${120 + plotW + 6}" y="${y + 15}" font-size="11">${total === 0 ? 'none' : `n = ${esc(total)}`}</text>`;
    })
    .join('');
  const legendSvg = legend
    .map((p, i) => `<rect x="${120 + i * 130}" y="${H - 18}" width="10" height="10" fill="${p.colour}"/><text x="${134 + i * 130}" y="${H - 9}" font-size="11">${esc(p.name)}</text>`)
    .join('');
  const desc = rows.map((row) => `${row.label}: ${row.parts.map((p) => `${p.name} ${p.value}`).join(', ')}`).join('; ');
  return [
    `<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>`,
    body,
    legendSvg,
    '</svg>',
  ].join('');
}

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts (complaints received
 * per month by stage, outcomes by stage, timeliness against the Code) each with a title and a text
 * description for screen readers, and every figure also as a table. No script, no external
 * resource, so it reads offline. Pure; returns the text.
 *
 * @example
 * ```ts
 * writeFileSync('annual-report.html', renderReportHtml(report));
 * ```
 */
export function renderReportHtml(report: PerformanceReport): string {
  return readingAs({ fn: 'renderReportHtml', path: 'report' }, 'a PerformanceReport', report, () => reportHtml(report));
}

function reportHtml(report: PerformanceReport): string {
  const r = report;
  const outcomeParts = (o: OutcomeCounts) => [
    { name: 'upheld', value: o.upheld, colour: COLOURS.upheld },
    { name: 'partially upheld', value: o.partiallyUpheld, colour: COLOURS.partially },
    { name: 'not upheld', value: o.notUpheld, colour: COLOURS.notUpheld },
  ];
  const timeParts = (t: StageTimeliness) => [
    { name: 'within timescale', value: t.onTime, colour: COLOURS.onTime },
    { name: 'late', value: t.late, colour: COLOURS.late },
  ];
  const tables = figureTables(r)
    .map((t) => {
      const body =
        t.rows.length === 0
          ? `<p>None in the period.</p>`
          : `<table><thead><tr>${t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((row) => `<tr><th scope="row">${esc(row.label)}</th>${row.cells.map((c) => `<td>${esc(showCell(c))}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      return `<section><h2>${esc(t.title)}</h2>${body}</section>`;
    })
    .join('\n');
  const defs = r.definitions
    .map((d) => `<li><strong>${esc(d.figure)}</strong>: ${esc(d.counts)}; placed in the period by ${esc(d.periodDate)}. Source: ${esc(sourceText(d))}.${d.libraryReading ? " <em>(The library's reading.)</em>" : ''}</li>`)
    .join('');
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Complaints performance: ${esc(r.policy.organisation)}, ${esc(r.period.from)} to ${esc(r.period.to)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.4}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:right}th[scope=row],thead th:first-child{text-align:left}figure{margin:1rem 0}svg{max-width:100%;height:auto}figcaption{font-size:.9rem;color:#333}</style>',
    '</head>',
    '<body>',
    '<main>',
    `<h1>Complaints performance: ${esc(r.policy.organisation)}</h1>`,
    `<p>Period ${esc(r.period.from)} to ${esc(r.period.to)}. Policy: ${esc(r.policy.title)} (<code>${esc(r.policy.id)}</code>).${r.homes === null ? '' : ` Homes: ${esc(fmt(r.homes))}.`}${r.provisional === undefined ? '' : ` ${esc(provisionalSentence(r.provisional))}`}</p>`,
    `<figure>${volumesChart(r, 'chart-volumes')}<figcaption>Complaints received per month: stage 1 by receipt date, stage 2 by escalation request date.</figcaption></figure>`,
    `<figure>${stackedChart('chart-outcomes', 'Outcomes of responses by stage', [
      { label: 'Stage 1', parts: outcomeParts(r.outcomes.stage1) },
      { label: 'Stage 2', parts: outcomeParts(r.outcomes.stage2) },
    ])}<figcaption>Outcomes of the responses sent in the period.</figcaption></figure>`,
    `<figure>${stackedChart('chart-timeliness', "Responses within the Complaint Handling Code's timescales (TSM CH02)", [
      { label: 'Stage 1', parts: timeParts(r.tsm.ch02Timeliness.stage1) },
      { label: 'Stage 2', parts: timeParts(r.tsm.ch02Timeliness.stage2) },
    ])}<figcaption>Timeliness against the Code (${bothStages('respond')}, ${bothStages('extension')}): stage 1 ${esc(pct(r.tsm.ch02.stage1))}; stage 2 ${esc(pct(r.tsm.ch02.stage2))}.</figcaption></figure>`,
    tables,
    r.skipped.length > 0 ? `<section><h2>Records left out of some figures</h2><ul>${r.skipped.map((s) => `<li>${esc(s.reason)}: ${esc(s.count)}</li>`).join('')}</ul></section>` : '',
    `<section><h2>How each figure counts</h2><ul>${defs}</ul></section>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A CSV field: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula is prefixed with `'`. */
function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The report as CSV (RFC 4180, CRLF line ends): one line per figure shown in the Markdown and HTML
 * tables, with the table, row and column it is shown in, its place in the JSON report (`figure`,
 * e.g. `received.total`) and its value as the JSON has it; a percentage (CH02, on time) also gives
 * its numerator and denominator. Pure; returns the text.
 *
 * @example
 * ```ts
 * writeFileSync('annual-report.csv', renderReportCsv(report));
 * ```
 */
export function renderReportCsv(report: PerformanceReport): string {
  return readingAs({ fn: 'renderReportCsv', path: 'report' }, 'a PerformanceReport', report, () => reportCsv(report));
}

function reportCsv(report: PerformanceReport): string {
  const lines = ['table,row,column,figure,value,numerator,denominator'];
  for (const t of figureTables(report)) {
    for (const row of t.rows) {
      row.cells.forEach((c, i) => {
        const v = c.value;
        const [value, numerator, denominator] =
          v === null || typeof v === 'number' ? [v, null, null] : 'homes' in v ? [v.perThousand, v.numerator, v.homes] : [v.percent, v.numerator, v.denominator];
        lines.push([t.title, row.label, t.head[i + 1] ?? '', c.path, value, numerator, denominator].map(csvField).join(','));
      });
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
