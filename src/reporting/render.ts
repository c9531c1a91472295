import { figureTables, type Cell, type FigureValue } from './figures.js';
import type { FigureDefinition, OutcomeCounts, PerformanceReport, Proportion, StageTimeliness } from './types.js';
import { codeSpan, htmlText, markdownMidLine } from '../core/markdown.js';
import { axisTicks, labelOf, REPORT_CSS, shortMonth, writtenDate } from '../core/presentation.js';
import { argumentError, readingAs } from '../core/guard.js';
import { csvField } from '../core/csv-field.js';

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

/** " (Code …; policy …)" for a figure, from the report's own definitions, escaped for HTML. */
function cites(r: PerformanceReport, figure: string): string {
  const d = r.definitions.find((x) => x.figure === figure);
  const parts = d === undefined ? [] : [d.source.provision && `Code ${d.source.provision}`, d.source.policy && `policy ${d.source.policy}`].filter(Boolean);
  return parts.length === 0 ? '' : ` (${esc(parts.join('; '))})`;
}

function sourceText(d: FigureDefinition): string {
  return [d.source.provision && `Code ${d.source.provision}`, d.source.policy && `policy ${d.source.policy}`, d.source.note].filter(Boolean).join('; ');
}

/**
 * The report as Markdown: a heading, the regulator figures of the policy's scheme, then one table per group of figures and the
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
    `Period ${writtenDate(report.period.from)} to ${writtenDate(report.period.to)}. Policy: ${mdEscape(report.policy.title)} (${codeSpan(report.policy.id)}).` +
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
    lines.push(`| ${t.head.map((h) => mdEscape(headWords(h))).join(' | ')} |`, `| ${t.head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
    for (const row of t.rows) lines.push(`| ${[mdEscape(labelOf(row.label)), ...row.cells.map((c) => mdEscape(showCell(c)))].join(' | ')} |`);
    const legend = tableLegend(t.head);
    lines.push(...(legend !== undefined ? ['', mdEscape(legend)] : []), '');
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

/** Legend entries laid out in rows that fit the chart's width. */
function legendSvg(items: readonly { name: string; colour: string }[], x0: number, y0: number, width: number): { svg: string; height: number } {
  let x = x0;
  let y = y0;
  const parts: string[] = [];
  for (const item of items) {
    const w = 26 + item.name.length * 7.2;
    if (x + w > width && x > x0) {
      x = x0;
      y += 20;
    }
    parts.push(`<rect x="${finite(x)}" y="${finite(y)}" width="12" height="12" fill="${item.colour}"/><text x="${finite(x + 17)}" y="${finite(y + 11)}" font-size="13">${esc(item.name)}</text>`);
    x += w;
  }
  return { svg: parts.join(''), height: y - y0 + 20 };
}

/**
 * A grouped bar chart of complaints received per month by stage, as inline SVG: a y axis with
 * round ticks and gridlines, months named ("Apr", with the year under the first month and each
 * January), and a legend. Narrow enough to stay legible on a phone.
 */
function volumesChart(r: PerformanceReport, id: string): string {
  const months = r.received.byMonth;
  const max = Math.max(0, ...months.map((m) => Math.max(finite(m.stage1), finite(m.stage2))));
  const ticks = axisTicks(max);
  const top = ticks[ticks.length - 1] as number;
  const left = 40;
  const group = 30;
  const W = Math.max(320, left + months.length * group + 10);
  const plotTop = 26;
  const plotH = 150;
  const base = plotTop + plotH;
  const y = (v: number) => finite(base - (v / top) * plotH);
  const grid = ticks
    .map((t) => `<line x1="${left}" y1="${y(t)}" x2="${W - 6}" y2="${y(t)}" stroke="${t === 0 ? '#333' : '#ddd'}"/><text x="${left - 6}" y="${y(t) + 4}" font-size="12" text-anchor="end">${esc(t)}</text>`)
    .join('');
  const bars = months
    .map((m, i) => {
      const x = left + 4 + i * group;
      const showYear = i === 0 || m.month.endsWith('-01');
      return [
        `<rect x="${x}" y="${y(m.stage1)}" width="11" height="${finite(base - y(m.stage1))}" fill="${COLOURS.stage1}"><title>${esc(shortMonth(m.month, true))}, stage 1: ${esc(m.stage1)}</title></rect>`,
        `<rect x="${x + 12}" y="${y(m.stage2)}" width="11" height="${finite(base - y(m.stage2))}" fill="${COLOURS.stage2}"><title>${esc(shortMonth(m.month, true))}, stage 2: ${esc(m.stage2)}</title></rect>`,
        `<text x="${x + 11.5}" y="${base + 16}" text-anchor="middle" font-size="12">${esc(shortMonth(m.month))}</text>`,
        showYear ? `<text x="${x + 11.5}" y="${base + 31}" text-anchor="middle" font-size="11" fill="#555">${esc(m.month.slice(0, 4))}</text>` : '',
      ].join('');
    })
    .join('');
  const legend = legendSvg(
    [
      { name: 'Stage 1 (received)', colour: COLOURS.stage1 },
      { name: 'Stage 2 (escalations)', colour: COLOURS.stage2 },
    ],
    left,
    base + 44,
    W,
  );
  const H = base + 44 + legend.height;
  return [
    `<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">Complaints received per month by stage</title>`,
    `<desc id="${id}-d">${esc(months.map((m) => `${shortMonth(m.month, true)}: stage 1 ${m.stage1}, stage 2 ${m.stage2}`).join('; '))}</desc>`,
    `<text x="${left - 34}" y="14" font-size="12" fill="#555">Complaints</text>`,
    grid,
    bars,
    legend.svg,
    '</svg>',
  ].join('');
}

/** Horizontal stacked bars, one per row, each labelled with its count, and a legend, as inline SVG. */
function stackedChart(id: string, title: string, rows: { label: string; parts: { name: string; value: number; colour: string }[] }[]): string {
  const W = 420;
  const rowH = 34;
  const left = 70;
  const plotW = 270;
  const legendItems = rows[0]?.parts ?? [];
  const body = rows
    .map((row, i) => {
      const total = row.parts.reduce((a, p) => a + finite(p.value), 0);
      const y = 10 + i * rowH;
      let x = left;
      const segs = row.parts
        .map((p) => {
          const w = total === 0 ? 0 : finite((p.value / total) * plotW);
          const seg = `<rect x="${finite(x)}" y="${y}" width="${w}" height="22" fill="${p.colour}"><title>${esc(`${row.label}, ${p.name}: ${p.value} of ${total}`)}</title></rect>`;
          x += w;
          return seg;
        })
        .join('');
      return `<text x="${left - 8}" y="${y + 16}" font-size="13" text-anchor="end">${esc(row.label)}</text><rect x="${left}" y="${y}" width="${plotW}" height="22" fill="none" stroke="#999"/>${segs}<text x="${left + plotW + 6}" y="${y + 16}" font-size="12">${total === 0 ? 'none' : `n = ${esc(total)}`}</text>`;
    })
    .join('');
  const legend = legendSvg(legendItems, left, 14 + rows.length * rowH, W);
  const H = 14 + rows.length * rowH + legend.height;
  const desc = rows.map((row) => `${row.label}: ${row.parts.map((p) => `${p.name} ${p.value}`).join(', ')}`).join('; ');
  return [
    `<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>`,
    body,
    legend.svg,
    '</svg>',
  ].join('');
}

/** Column headings as people read them: the "with extension" columns said to be parts of on time and late. */
const HEAD_WORDS: Readonly<Record<string, string>> = {
  'on time with extension': 'of which on time with an extension',
  'late with extension': 'of which late with an extension',
};
const headWords = (h: string): string => HEAD_WORDS[h] ?? h;

/** What a table's columns count, where that is not plain from the headings. */
function tableLegend(head: readonly string[]): string | undefined {
  if (!head.includes('on time with extension')) return undefined;
  return "On time and late add up to responded. The two \"with an extension\" columns are parts of on time and of late (responses whose due date was extended, counted once, in on time or in late); they are not added to them. The last column is on time as a share of responded.";
}

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts (complaints received
 * per month by stage, outcomes by stage, timeliness against the Code, or against the policy when
 * the report has no Tenant Satisfaction Measures) each with a title and a text
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
      const legend = tableLegend(t.head);
      const body =
        t.rows.length === 0
          ? `<p>None in the period.</p>`
          : `<table class="cards"><thead><tr>${t.head.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${esc(headWords(h))}</th>`).join('')}</tr></thead><tbody>${t.rows
              .map((row) => `<tr><th scope="row">${esc(labelOf(row.label))}</th>${row.cells.map((c, i) => `<td class="num" data-label="${esc(headWords(t.head[i + 1] ?? ''))}">${esc(showCell(c))}</td>`).join('')}</tr>`)
              .join('')}</tbody></table>${legend !== undefined ? `<p class="legend">${esc(legend)}</p>` : ''}`;
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
    `<style>\n${REPORT_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    `<h1>Complaints performance: ${esc(r.policy.organisation)}</h1>`,
    `<dl><dt>Landlord</dt><dd>${esc(r.policy.organisation)}</dd><dt>Period</dt><dd>${esc(writtenDate(r.period.from))} to ${esc(writtenDate(r.period.to))}</dd><dt>Policy</dt><dd>${esc(r.policy.title)} (id ${esc(r.policy.id)})</dd>${r.homes === null ? '' : `<dt>Homes</dt><dd>${esc(fmt(r.homes))}</dd>`}</dl>`,
    ...(r.provisional === undefined ? [] : [`<p class="provisional">${esc(provisionalSentence(r.provisional))}</p>`]),
    '</header>',
    '<main>',
    `<figure>${volumesChart(r, 'chart-volumes')}<figcaption>Complaints received per month: stage 1 complaints by the date received, stage 2 escalations by the date the escalation was requested. Each month has two bars, stage 1 then stage 2.</figcaption></figure>`,
    `<figure>${stackedChart('chart-outcomes', 'Outcomes of responses by stage', [
      { label: 'Stage 1', parts: outcomeParts(r.outcomes.stage1) },
      { label: 'Stage 2', parts: outcomeParts(r.outcomes.stage2) },
    ])}<figcaption>Outcomes of the responses sent in the period${cites(r, 'outcomes')}; each bar is all the responses at that stage with an outcome recorded (n).</figcaption></figure>`,
    timelinessFigure(r, timeParts),
    tables,
    r.skipped.length > 0 ? `<section><h2>Records left out of some figures</h2><ul>${r.skipped.map((s) => `<li>${esc(s.reason)}: ${esc(s.count)}</li>`).join('')}</ul></section>` : '',
    `<section><h2>How each figure counts</h2><ul>${defs}</ul></section>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The timeliness chart: against the Code's timescales (TSM CH02) where the report has the Tenant
 * Satisfaction Measures, else against the policy's own timescales.
 */
function timelinessFigure(r: PerformanceReport, timeParts: (t: StageTimeliness) => { name: string; value: number; colour: string }[]): string {
  const note = 'Responses with an extension are counted in "within timescale" or in "late", not separately.';
  if (r.tsm !== null) {
    return `<figure>${stackedChart('chart-timeliness', "Responses within the Complaint Handling Code's timescales (TSM CH02)", [
      { label: 'Stage 1', parts: timeParts(r.tsm.ch02Timeliness.stage1) },
      { label: 'Stage 2', parts: timeParts(r.tsm.ch02Timeliness.stage2) },
    ])}<figcaption>Timeliness against the Code${cites(r, 'tsm.ch02')}: stage 1 ${esc(pct(r.tsm.ch02.stage1))}; stage 2 ${esc(pct(r.tsm.ch02.stage2))}. ${esc(note)}</figcaption></figure>`;
  }
  return `<figure>${stackedChart('chart-timeliness', "Responses within the policy's timescales", [
    { label: 'Stage 1', parts: timeParts(r.timeliness.stage1) },
    { label: 'Stage 2', parts: timeParts(r.timeliness.stage2) },
  ])}<figcaption>Timeliness against the policy${cites(r, 'timeliness')}: stage 1 ${esc(pct(r.onTimeAgainstPolicy.stage1))}; stage 2 ${esc(pct(r.onTimeAgainstPolicy.stage2))}. ${esc(note)}</figcaption></figure>`;
}

/** A CSV field for the report: empty for null, numbers as written, text through the one {@link csvField} writer. */
function reportCsvField(v: string | number | null): string {
  if (v === null) return '';
  return typeof v === 'number' ? String(v) : csvField(v);
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
        lines.push([t.title, row.label, t.head[i + 1] ?? '', c.path, value, numerator, denominator].map(reportCsvField).join(','));
      });
    }
  }
  // Provisional figures say so in the CSV too: one row per part, each with its path into the JSON.
  const p = report.provisional;
  if (p !== undefined) {
    const label = provisionalSentence(p);
    lines.push(['Provisional', label, 'first unpublished year', 'provisional.year', p.year, null, null].map(reportCsvField).join(','));
    lines.push(['Provisional', label, 'published through', 'provisional.publishedThrough', p.publishedThrough, null, null].map(reportCsvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
