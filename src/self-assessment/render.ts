/**
 * The self-assessment report as Markdown, CSV, JSON and a self-contained HTML page. Each renderer
 * is a pure function returning a string; writing files is the caller's business.
 */
import type { Finding, Severity } from '../core/finding.js';
import { CODE_SECTIONS, codeSection } from './provisions.js';
import type { AssessmentReport, ProvisionResult, ProvisionStatus, SectionVerdict } from './assess.js';
import { formatCsv } from './csv.js';
import { codeSpan, htmlText, markdownMidLine } from '../core/markdown.js';
import { readingAs } from '../core/guard.js';
import { ANSWER_LABELS } from './parse.js';
import { longDate } from '../outcomes/index.js';

/**
 * Plain-English words for each verdict.
 *
 * @example
 * ```ts
 * VERDICT_LABELS['complies-with-evidence-gaps']; // 'Complies, with evidence gaps'
 * ```
 */
export const VERDICT_LABELS: Readonly<Record<SectionVerdict, string>> = {
  complies: 'Complies',
  'complies-with-evidence-gaps': 'Complies, with evidence gaps',
  incomplete: 'Incomplete',
  'does-not-comply': 'Does not comply',
};

/**
 * Plain-English words for each provision status.
 *
 * @example
 * ```ts
 * STATUS_LABELS['not-answered']; // 'Not answered'
 * ```
 */
export const STATUS_LABELS: Readonly<Record<ProvisionStatus, string>> = {
  complies: 'Complies',
  'does-not-comply': 'Does not comply',
  'not-applicable': 'Answered N/a',
  'not-answered': 'Not answered',
};

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { breach: 'Breach', warning: 'Warning', note: 'Note' };

function sourceText(f: Finding): string {
  const parts: string[] = [];
  if (f.source.provision !== undefined) parts.push(`Code ${f.source.provision}`);
  if (f.source.policy !== undefined) parts.push(`policy ${f.source.policy}`);
  return parts.join(', ');
}

function heading(report: AssessmentReport): { title: string; lines: string[] } {
  const a = report.assessment;
  const title =
    a.organisation !== undefined
      ? `${a.organisation}: self-assessment against the Complaint Handling Code 2024`
      : 'Self-assessment against the Complaint Handling Code 2024';
  const described = [a.title, a.date].filter((x): x is string => x !== undefined);
  const lines = [
    ...(described.length > 0 ? [`Assessment: ${described.join(', ')}`] : []),
    `Policy checked: ${report.policy.title} (${report.policy.organisation}; id ${report.policy.id})`,
  ];
  return { title, lines };
}

function verdictSentence(report: AssessmentReport): string {
  const s = report.summary;
  return `${VERDICT_LABELS[s.verdict]}: ${s.status.complies} of ${s.provisions} provisions comply, ${s.status['does-not-comply']} do not, ${s.status['not-applicable']} answered N/a, ${s.status['not-answered']} not answered; ${s.findings.breach} breach${s.findings.breach === 1 ? '' : 'es'}, ${s.findings.warning} warning${s.findings.warning === 1 ? '' : 's'}, ${s.findings.note} note${s.findings.note === 1 ? '' : 's'}.`;
}

/**
 * A short plain-text summary for a terminal: the verdict, then one line per Code section.
 *
 * @example
 * ```ts
 * console.log(renderAssessmentSummary(assessSelfAssessment(assessment, { policy })));
 * ```
 */
export function renderAssessmentSummary(report: AssessmentReport): string {
  return readingAs({ fn: 'renderAssessmentSummary', path: 'report' }, 'an AssessmentReport (from assessSelfAssessment)', report, () => renderAssessmentSummaryUnchecked(report));
}

function renderAssessmentSummaryUnchecked(report: AssessmentReport): string {
  const { title, lines } = heading(report);
  const out = [title, ...lines, '', verdictSentence(report), ''];
  for (const s of report.summary.bySection) {
    const label = `${s.number}. ${s.title}`;
    out.push(
      `${label.padEnd(64)} ${String(s.status.complies).padStart(2)}/${String(s.provisions).padEnd(2)} comply  ${VERDICT_LABELS[s.verdict]}${s.findings.breach + s.findings.warning > 0 ? ` (${s.findings.breach} breach, ${s.findings.warning} warning)` : ''}`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Escapes host text placed mid-line (headings, table cells, list items): line breaks of every kind become spaces. */
const md = markdownMidLine;

/**
 * The report as Markdown: summary, a table by Code section, the findings grouped by section, the
 * policy check's own findings, and every provision with its answer and evidence.
 *
 * @example
 * ```ts
 * writeFileSync('self-assessment-report.md', renderAssessmentMarkdown(report));
 * ```
 */
export function renderAssessmentMarkdown(report: AssessmentReport): string {
  return readingAs({ fn: 'renderAssessmentMarkdown', path: 'report' }, 'an AssessmentReport (from assessSelfAssessment)', report, () => renderAssessmentMarkdownUnchecked(report));
}

function renderAssessmentMarkdownUnchecked(report: AssessmentReport): string {
  const { title, lines } = heading(report);
  const out: string[] = [`# ${md(title)}`, '', ...lines.map((l) => `${md(l)}  `), '', '## Summary', '', md(verdictSentence(report)), ''];
  out.push('| Code section | Provisions | Yes | No | N/a | Not answered | Breaches | Warnings | Verdict |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const s of report.summary.bySection) {
    out.push(
      `| ${md(s.number)}. ${md(s.title)} | ${md(s.provisions)} | ${md(s.answers.yes)} | ${md(s.answers.no)} | ${md(s.answers['n/a'])} | ${md(s.answers.missing)} | ${md(s.findings.breach)} | ${md(s.findings.warning)} | ${md(VERDICT_LABELS[s.verdict])} |`,
    );
  }
  const t = report.summary;
  out.push(
    `| **All** | ${md(t.provisions)} | ${md(t.answers.yes)} | ${md(t.answers.no)} | ${md(t.answers['n/a'])} | ${md(t.answers.missing)} | ${md(t.findings.breach)} | ${md(t.findings.warning)} | ${md(VERDICT_LABELS[t.verdict])} |`,
    '',
    '## Findings',
    '',
  );
  if (report.findings.length === 0) out.push('No findings.', '');
  for (const s of CODE_SECTIONS) {
    const inSection = report.provisions.filter((p) => p.section === s.id).flatMap((p) => p.findings);
    if (inSection.length === 0) continue;
    out.push(`### ${s.number}. ${md(s.title)}`, '');
    for (const f of inSection) out.push(`- **${md(SEVERITY_LABELS[f.severity])}** (${md(sourceText(f))}; ${codeSpan(f.code)}): ${md(f.message)}`);
    out.push('');
  }
  const general = report.findings.filter((f) => f.source.provision === undefined);
  if (general.length > 0) {
    out.push('### General', '');
    for (const f of general) out.push(`- **${md(SEVERITY_LABELS[f.severity])}** (${codeSpan(f.code)}): ${md(f.message)}`);
    out.push('');
  }
  out.push(...submissionMarkdown(report));
  out.push('## The policy check', '');
  out.push(`What the policy check finds in ${md(report.policy.title)} itself, whatever the answers:`, '');
  if (report.policyFindings.length === 0) out.push('- Nothing.');
  for (const f of report.policyFindings) out.push(`- **${md(SEVERITY_LABELS[f.severity])}** (${md(sourceText(f) || 'general')}): ${md(f.message)}`);
  out.push('', '## Provisions', '', '| Provision | Answer | Evidence | Sections cited | Status |', '| --- | --- | --- | --- | --- |');
  for (const p of report.provisions) {
    out.push(
      `| ${md(p.provision)} | ${p.answer ? md(ANSWER_LABELS[p.answer]) : '—'} | ${md(p.evidence ?? '')} | ${md(p.citedSections.join(', '))} | ${md(STATUS_LABELS[p.status])} |`,
    );
  }
  return `${out.join('\n')}\n`;
}

/**
 * The report as CSV (RFC 4180): one row per finding, and one row for each provision without
 * findings, so that every provision appears. Columns: Code provision, Code section, Answer,
 * Status, Severity, Finding, Policy section, Message.
 *
 * @example
 * ```ts
 * writeFileSync('self-assessment-report.csv', renderAssessmentCsv(report));
 * ```
 */
export function renderAssessmentCsv(report: AssessmentReport): string {
  return readingAs({ fn: 'renderAssessmentCsv', path: 'report' }, 'an AssessmentReport (from assessSelfAssessment)', report, () => renderAssessmentCsvUnchecked(report));
}

function renderAssessmentCsvUnchecked(report: AssessmentReport): string {
  const rows: string[][] = [['Code provision', 'Code section', 'Answer', 'Status', 'Severity', 'Finding', 'Policy section', 'Message']];
  const base = (p: ProvisionResult): string[] => [
    p.provision,
    `${codeSection(p.section).number}. ${codeSection(p.section).title}`,
    p.answer ? ANSWER_LABELS[p.answer] : '',
    STATUS_LABELS[p.status],
  ];
  for (const p of report.provisions) {
    if (p.findings.length === 0) rows.push([...base(p), '', '', '', '']);
    for (const f of p.findings) rows.push([...base(p), SEVERITY_LABELS[f.severity], f.code, f.source.policy ?? '', f.message]);
  }
  for (const f of report.findings.filter((x) => x.source.provision === undefined)) {
    rows.push(['', '', '', '', SEVERITY_LABELS[f.severity], f.code, f.source.policy ?? '', f.message]);
  }
  return formatCsv(rows);
}

/**
 * The report as JSON (two-space indented, final newline): the {@link AssessmentReport} object.
 *
 * @example
 * ```ts
 * const again = JSON.parse(renderAssessmentJson(report)); // same data
 * ```
 */
export function renderAssessmentJson(report: AssessmentReport): string {
  return readingAs({ fn: 'renderAssessmentJson', path: 'report' }, 'an AssessmentReport (from assessSelfAssessment)', report, () => renderAssessmentJsonUnchecked(report));
}

function renderAssessmentJsonUnchecked(report: AssessmentReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** HTML-escapes any value (numbers included), so a report read back from edited JSON cannot carry markup. */
const h = htmlText;

const COLOURS = { complies: '#2e7d32', 'does-not-comply': '#c62828', other: '#9e9e9e' } as const;

/** The bar chart: one bar per Code section, compliant and non-compliant provisions, as inline SVG. */
function chart(report: AssessmentReport): string {
  const sections = report.summary.bySection;
  const unit = 22;
  const labelWidth = 430;
  const barHeight = 22;
  const gap = 14;
  const max = Math.max(...sections.map((s) => s.provisions), 1);
  const width = labelWidth + max * unit + 210;
  const height = sections.length * (barHeight + gap) + 50;
  const desc = sections
    .map((s) => `Section ${s.number}, ${s.title}: ${s.status.complies} of ${s.provisions} comply, ${s.status['does-not-comply']} do not, ${s.status['not-applicable'] + s.status['not-answered']} N/a or not answered.`)
    .join(' ');
  const bars = sections.map((s, i) => {
    const y = 10 + i * (barHeight + gap);
    const ok = s.status.complies;
    const bad = s.status['does-not-comply'];
    const other = s.status['not-applicable'] + s.status['not-answered'];
    let x = labelWidth;
    const rect = (n: number, colour: string, kind: string): string => {
      if (n === 0) return '';
      const r = `<rect class="${h(kind)}" x="${h(x)}" y="${h(y)}" width="${h(n * unit)}" height="${barHeight}" fill="${colour}"><title>${h(n)} ${h(kind.replace(/-/g, ' '))}</title></rect>`;
      x += n * unit;
      return r;
    };
    const segments = rect(ok, COLOURS.complies, 'complies') + rect(bad, COLOURS['does-not-comply'], 'does-not-comply') + rect(other, COLOURS.other, 'not-applicable-or-not-answered');
    const label = `${s.status.complies}/${s.provisions} comply${bad > 0 ? `, ${bad} do not` : ''}${other > 0 ? `, ${other} N/a or missing` : ''}`;
    return [
      `<g class="section-bar" data-section="${h(s.section)}" role="listitem" aria-label="${h(`Section ${s.number}, ${s.title}: ${label}`)}">`,
      `<text x="${labelWidth - 8}" y="${y + barHeight / 2}" text-anchor="end" dominant-baseline="middle">${h(`${s.number}. ${s.title.length > 62 ? `${s.title.slice(0, 60)}…` : s.title}`)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${h(s.provisions * unit)}" height="${barHeight}" fill="none" stroke="#555"/>`,
      segments,
      `<text x="${h(labelWidth + s.provisions * unit + 8)}" y="${y + barHeight / 2}" dominant-baseline="middle">${h(label)}</text>`,
      '</g>',
    ].join('');
  });
  const legendY = height - 22;
  const legend = [
    [COLOURS.complies, 'Complies'],
    [COLOURS['does-not-comply'], 'Does not comply'],
    [COLOURS.other, 'N/a or not answered'],
  ]
    .map(([colour, text], i) => `<rect x="${labelWidth + i * 170}" y="${legendY}" width="14" height="14" fill="${colour}"/><text x="${labelWidth + i * 170 + 20}" y="${legendY + 11}">${text}</text>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc">`,
    '<title id="chart-title">Provisions that comply, by Code section</title>',
    `<desc id="chart-desc">${h(desc)}</desc>`,
    `<g role="list">${bars.join('')}</g>`,
    `<g class="legend">${legend}</g>`,
    '</svg>',
  ].join('\n');
}

/**
 * The report as a self-contained HTML page: summary, a bar per Code section showing the compliant
 * and non-compliant provisions (inline SVG with a title, a description and text labels), the
 * findings and every provision. No script, no external resources: it opens from a file.
 *
 * @example
 * ```ts
 * writeFileSync('self-assessment-report.html', renderAssessmentHtml(report));
 * ```
 */
export function renderAssessmentHtml(report: AssessmentReport): string {
  return readingAs({ fn: 'renderAssessmentHtml', path: 'report' }, 'an AssessmentReport (from assessSelfAssessment)', report, () => renderAssessmentHtmlUnchecked(report));
}

function renderAssessmentHtmlUnchecked(report: AssessmentReport): string {
  const { title, lines } = heading(report);
  const s = report.summary;
  const sectionRows = s.bySection
    .map(
      (x) =>
        `<tr><th scope="row">${h(x.number)}. ${h(x.title)}</th><td>${h(x.provisions)}</td><td>${h(x.answers.yes)}</td><td>${h(x.answers.no)}</td><td>${h(x.answers['n/a'])}</td><td>${h(x.answers.missing)}</td><td>${h(x.findings.breach)}</td><td>${h(x.findings.warning)}</td><td class="verdict ${h(x.verdict)}">${h(VERDICT_LABELS[x.verdict])}</td></tr>`,
    )
    .join('\n');
  const findingItems = (list: readonly Finding[]): string =>
    list
      .map((f) => `<li class="${h(f.severity)}"><strong>${h(SEVERITY_LABELS[f.severity])}</strong> <span class="source">(${h(sourceText(f) || 'general')}; <code>${h(f.code)}</code>)</span>: ${h(f.message)}</li>`)
      .join('\n');
  const findingsBySection = CODE_SECTIONS.map((c) => {
    const list = report.provisions.filter((p) => p.section === c.id).flatMap((p) => p.findings);
    return list.length === 0 ? '' : `<h3>${h(c.number)}. ${h(c.title)}</h3>\n<ul>\n${findingItems(list)}\n</ul>`;
  }).join('\n');
  const general = report.findings.filter((f) => f.source.provision === undefined);
  const provisionRows = report.provisions
    .map(
      (p) =>
        `<tr class="${h(p.status)}"><th scope="row">${h(p.provision)}</th><td>${h(p.text)}</td><td>${p.answer ? h(ANSWER_LABELS[p.answer]) : '—'}</td><td>${h(p.evidence ?? '')}</td><td>${h(STATUS_LABELS[p.status])}</td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
svg { max-width: 100%; height: auto; font-size: 13px; }
svg text { fill: #1a1a1a; }
li { margin: 0.3rem 0; }
li.breach strong { color: #b71c1c; }
li.warning strong { color: #8a5a00; }
li.note strong { color: #37474f; }
.verdict.does-not-comply { color: #b71c1c; font-weight: bold; }
.verdict.incomplete { color: #8a5a00; font-weight: bold; }
tr.does-not-comply th { color: #b71c1c; }
.source { color: #555; }
</style>
</head>
<body>
<header>
<h1>${h(title)}</h1>
${lines.map((l) => `<p>${h(l)}</p>`).join('\n')}
</header>
<main>
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<p><strong>${h(verdictSentence(report))}</strong></p>
<figure>
${chart(report)}
<figcaption>Each bar is one section of the Code; its length is the number of provisions in the section. Green: complies; red: does not comply; grey: N/a or not answered.</figcaption>
</figure>
<table>
<caption>Answers and findings by Code section</caption>
<thead><tr><th scope="col">Code section</th><th scope="col">Provisions</th><th scope="col">Yes</th><th scope="col">No</th><th scope="col">N/a</th><th scope="col">Not answered</th><th scope="col">Breaches</th><th scope="col">Warnings</th><th scope="col">Verdict</th></tr></thead>
<tbody>
${sectionRows}
</tbody>
</table>
</section>
<section aria-labelledby="findings">
<h2 id="findings">Findings</h2>
${report.findings.length === 0 ? '<p>No findings.</p>' : findingsBySection}
${general.length > 0 ? `<h3>General</h3>\n<ul>\n${findingItems(general)}\n</ul>` : ''}
</section>
${submissionHtml(report)}<section aria-labelledby="policy-check">
<h2 id="policy-check">The policy check</h2>
<p>What the policy check finds in ${h(report.policy.title)} itself, whatever the answers:</p>
${report.policyFindings.length === 0 ? '<p>Nothing.</p>' : `<ul>\n${findingItems(report.policyFindings)}\n</ul>`}
</section>
<section aria-labelledby="provisions">
<h2 id="provisions">Provisions</h2>
<table>
<thead><tr><th scope="col">Provision</th><th scope="col">Requirement</th><th scope="col">Answer</th><th scope="col">Evidence</th><th scope="col">Status</th></tr></thead>
<tbody>
${provisionRows}
</tbody>
</table>
</section>
</main>
</body>
</html>
`;
}

/** What each submission says, in words: to whom, what, and by when (or why no date is given). */
function submissionLines(report: AssessmentReport): string[] {
  if (report.submission === null) {
    return [
      'Give homes and financialYearEnd for the due dates. The Complaint Handling Code annual submission goes to the Housing Ombudsman by 30 September for landlords with over 1,000 homes, and within 6 months after the financial year end for smaller ones.',
    ];
  }
  return report.submission.map((d) => {
    const when = d.dueBy !== null ? `due by ${longDate(d.dueBy)}` : d.rule.due?.kind === 'none' ? 'not submitted (published only)' : 'due date not confirmed (see the rule)';
    return `${d.rule.to}: ${d.rule.what}, ${when}. "${d.rule.text}".${d.readings.length > 0 ? ` ${d.readings.join(' ')}` : ''}`;
  });
}

function submissionMarkdown(report: AssessmentReport): string[] {
  return ['## Annual submission', '', ...submissionLines(report).map((l) => `- ${md(l)}`), ''];
}

function submissionHtml(report: AssessmentReport): string {
  return `<section aria-labelledby="submission">\n<h2 id="submission">Annual submission</h2>\n<ul>\n${submissionLines(report).map((l) => `<li>${h(l)}</li>`).join('\n')}\n</ul>\n</section>\n`;
}
