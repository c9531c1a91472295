/**
 * The self-assessment report as Markdown, CSV, JSON and a self-contained HTML page. Each renderer
 * is a pure function returning a string; writing files is the caller's business.
 */
import type { Severity } from '../core/finding.js';
import { codeSection } from './provisions.js';
import type { AssessmentReport, ProvisionResult, ProvisionStatus, SectionVerdict } from './assess.js';
import { formatCsv } from './csv.js';
import { htmlText, markdownMidLine } from '../core/markdown.js';
import { readingAs } from '../core/guard.js';
import { ANSWER_LABELS } from './parse.js';
import { assessmentPage, comparisonMarkdown, comparisonSentence, coverLines, findingCounts, findingsBySection, groupsMarkdown, reportTitle } from './present.js';
import { longDate } from '../outcomes/index.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * Plain-English words for each verdict.
 *
 * @example
 * ```ts
 * VERDICT_LABELS['complies-with-evidence-gaps']; // 'Complies, with evidence gaps'
 * ```
 */
export const VERDICT_LABELS: Readonly<Record<SectionVerdict, string>> = /* @__PURE__ */ deepFrozen({
  complies: 'Complies',
  'complies-with-evidence-gaps': 'Complies, with evidence gaps',
  incomplete: 'Incomplete',
  'does-not-comply': 'Does not comply',
});

/**
 * Plain-English words for each provision status.
 *
 * @example
 * ```ts
 * STATUS_LABELS['not-answered']; // 'Not answered'
 * ```
 */
export const STATUS_LABELS: Readonly<Record<ProvisionStatus, string>> = /* @__PURE__ */ deepFrozen({
  complies: 'Complies',
  'does-not-comply': 'Does not comply',
  'not-applicable': 'Answered N/a',
  'not-answered': 'Not answered',
});

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { breach: 'Breach', warning: 'Warning', note: 'Note' };

function heading(report: AssessmentReport): { title: string; lines: string[] } {
  return { title: reportTitle(report), lines: coverLines(report).map(([k, v]) => `${k}: ${v}`) };
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
  const out = [title, ...lines, '', verdictSentence(report), ...(report.comparison !== undefined ? [comparisonSentence(report.comparison)] : []), ''];
  for (const s of report.summary.bySection) {
    const label = `${s.number}. ${s.title}`;
    out.push(
      `${label.padEnd(64)} ${String(s.status.complies).padStart(2)}/${String(s.provisions).padEnd(2)} comply  ${VERDICT_LABELS[s.verdict]}${s.findings.breach + s.findings.warning > 0 ? ` (${findingCounts(s.findings, false)})` : ''}`,
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
  for (const x of findingsBySection(report)) out.push(`### ${md(x.title)}`, '', ...groupsMarkdown(x.findings, md), '');
  if (report.comparison !== undefined) out.push(...comparisonMarkdown(report.comparison, md));
  out.push(...submissionMarkdown(report));
  out.push('## The policy check', '');
  out.push(`What the policy check finds in ${md(report.policy.title)} itself, whatever the answers:`, '');
  if (report.policyFindings.length === 0) out.push('- Nothing.');
  out.push(...groupsMarkdown(report.policyFindings, md));
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
  return readingAs({ fn: 'renderAssessmentHtml', path: 'report' }, 'an AssessmentReport (from assessSelfAssessment)', report, () =>
    assessmentPage(report, {
      verdict: verdictSentence(report),
      verdictLabels: VERDICT_LABELS,
      statusLabels: STATUS_LABELS,
      answerLabels: ANSWER_LABELS,
      submission: submissionHtml(report),
    }),
  );
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
