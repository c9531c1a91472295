/**
 * Output safe by construction: host text cannot add Markdown blocks, break out of a code span,
 * carry markup into HTML (numeric fields included), or reach a spreadsheet as a formula.
 */
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import { performanceReport, renderReportHtml, renderReportMarkdown } from '../../src/reporting/index.js';
import {
  assessSelfAssessment,
  csvField,
  formatAssessmentCsv,
  formatCsv,
  parseAssessment,
  parseCsv,
  renderAssessmentCsv,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from '../../src/self-assessment/index.js';
import { codeSpan, htmlText, markdownInline, markdownMidLine } from '../../src/core/markdown.js';
import { HousingComplaintsError } from '../../src/core/index.js';
import { context, juneDataset } from '../reporting/fixtures.js';

const numRuns = runs(2);
const report = performanceReport(juneDataset(), context, { from: '2025-06-01', to: '2025-06-30', homes: 600 });
const BREAKS = ['\n', '\r', '\r\n', '\u2028'];

/** The lines of Markdown output, split the way CommonMark splits them (LF, CR, CRLF). */
const lines = (md: string): string[] => md.split(/\r\n|\r|\n/);

describe('Markdown renderers escape line breaks and code-span delimiters in host text', () => {
  it('renderReportMarkdown: a policy id with backticks stays inside its code span (no raw HTML)', () => {
    const id = 'x` <img src=x onerror=alert(1)> `y';
    const md = renderReportMarkdown({ ...report, policy: { ...report.policy, id } });
    const line = lines(md).find((l) => l.startsWith('Period '))!;
    // The code span opens with a fence longer than any backtick run in the id, and closes with the same.
    expect(line).toContain(codeSpan(id));
    expect(codeSpan(id).startsWith('``')).toBe(true);
  });

  for (const br of BREAKS) {
    it(`renderReportMarkdown: a ${JSON.stringify(br)} in the organisation, title or a category starts no heading or table row`, () => {
      const evil = `Acme${br}# Injected heading${br}| injected | row |${br}\`\`\`${br}<script>x</script>`;
      const md = renderReportMarkdown({
        ...report,
        policy: { ...report.policy, organisation: evil, title: evil },
        categories: [{ category: evil, count: 1 }],
        skipped: [{ reason: evil, count: 1 }],
      });
      for (const l of lines(md)) {
        expect(l.startsWith('# Injected')).toBe(false);
        expect(l.startsWith('| injected')).toBe(false);
        expect(l.startsWith('```')).toBe(false);
      }
      expect(md).not.toContain('<script>');
    });

    it(`renderAssessmentMarkdown: a ${JSON.stringify(br)} in the organisation or the evidence starts no heading or table row`, () => {
      const evil = `Acme${br}# Injected${br}| injected |${br}<b>`;
      const parsed = parseAssessment(JSON.stringify({ organisation: evil, title: evil, entries: [{ provision: '6.3', complies: 'yes', evidence: evil }] }), 'json');
      if (!parsed.ok) throw new Error('fixture');
      const md = renderAssessmentMarkdown(assessSelfAssessment(parsed.value, { policy: policies.wellington }));
      for (const l of lines(md)) {
        expect(l.startsWith('# Injected')).toBe(false);
        expect(l.startsWith('| injected')).toBe(false);
      }
      expect(md).not.toContain('<b>');
    });
  }

  it('markdownInline and markdownMidLine never leave a line break, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\u2028', '`', '#', '|', '-', '1', '.', '<') }), (t) => {
        for (const out of [markdownInline(t), markdownMidLine(t), codeSpan(t)]) expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(markdownInline(t)).not.toMatch(/^([-+*>#=]|\d+[.)])/);
      }),
      { numRuns },
    );
  });

  it('codeSpan: the fence is longer than any run of backticks inside, so the span cannot be closed early', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '`', ' ') }), (t) => {
        const span = codeSpan(t);
        const fence = /^`+/.exec(span)![0];
        const inner = span.slice(fence.length, span.length - fence.length);
        for (const run of inner.match(/`+/g) ?? []) expect(run.length).not.toBe(fence.length);
        expect(span.endsWith(fence)).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('HTML renderers escape every interpolated value, numbers included', () => {
  const script = '<script>alert(1)</script>';
  it('renderReportHtml: strings in numeric fields of a report read back from edited JSON carry no markup', () => {
    const edited = JSON.parse(JSON.stringify(report));
    edited.received.byMonth[0].stage1 = script;
    edited.received.byMonth[0].refused = script;
    edited.skipped = [{ reason: script, count: script }];
    edited.outcomes.stage1.upheld = script;
    edited.policy.id = script;
    edited.homes = null;
    // Either refused with a typed error naming the report, or written with every value escaped.
    expect(safeOrRefused(() => renderReportHtml(edited))).toBe('safe-or-refused');
    // Text fields are always written, escaped.
    const textOnly = JSON.parse(JSON.stringify(report));
    textOnly.policy.id = script;
    textOnly.policy.organisation = script;
    textOnly.categories = [{ category: script, count: 1 }];
    const html = renderReportHtml(textOnly);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renderReportHtml, renderReportMarkdown: a string in each numeric field in turn is escaped or refused with a typed error', () => {
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]): void => {
      if (typeof v === 'number') paths.push(path);
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(report, []);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const edited = JSON.parse(JSON.stringify(report));
      let at = edited;
      for (const k of path.slice(0, -1)) at = at[k];
      at[path[path.length - 1]!] = script;
      expect(safeOrRefused(() => renderReportHtml(edited)), path.join('.')).toBe('safe-or-refused');
      expect(safeOrRefused(() => renderReportMarkdown(edited)), path.join('.')).toBe('safe-or-refused');
    }
  });

  it('renderAssessmentHtml: strings in numeric and class fields carry no markup', () => {
    const parsed = parseAssessment(JSON.stringify({ entries: [{ provision: '6.3', complies: 'yes', evidence: script }] }), 'json');
    if (!parsed.ok) throw new Error('fixture');
    const edited = JSON.parse(JSON.stringify(assessSelfAssessment(parsed.value, { policy: policies.wellington })));
    edited.summary.bySection[0].provisions = script;
    edited.summary.bySection[0].verdict = `"><${script}`;
    edited.provisions[0].provision = script;
    edited.provisions[0].status = `"><${script}`;
    const html = renderAssessmentHtml(edited);
    expect(html).not.toContain('<script>');
  });

  it('renderAssessmentHtml: an edited requirement text, and keys the label tables do not have (own or inherited), are escaped', () => {
    const parsed = parseAssessment(JSON.stringify({ entries: [{ provision: '6.3', complies: 'yes', evidence: 'Policy s.6' }] }), 'json');
    if (!parsed.ok) throw new Error('fixture');
    const fresh = assessSelfAssessment(parsed.value, { policy: policies.wellington });
    const edited = JSON.parse(JSON.stringify(fresh));
    const i = edited.provisions.findIndex((p: { provision: string }) => p.provision === '6.3');
    const text = `${edited.provisions[i].text} ${script}`;
    edited.provisions[i].text = text;
    edited.provisions[i].status = script;
    edited.provisions[i].answer = `"><${script}`;
    edited.provisions[i + 1].status = '__proto__';
    edited.provisions[i + 1].answer = 'constructor';
    edited.summary.bySection[0].verdict = 'toString';
    edited.summary.bySection[1].verdict = script;
    const finding = edited.findings.find((f: { source: { provision?: string } }) => f.source.provision !== undefined) ?? edited.policyFindings[0];
    finding.severity = script;
    finding.code = `"><${script}`;
    const html = renderAssessmentHtml(edited);
    expect(html).not.toContain('<script>');
    expect(html).toContain(htmlText(text));
    // A key a table inherits gives what it gave before (nothing for a function or an object), not the object's text.
    expect(html).not.toContain('[object Object]');
    expect(html).not.toContain('[native code]');
    // The text the library wrote still reads as it did where nothing was edited.
    const untouched = renderAssessmentHtml(fresh);
    const other = fresh.provisions.find((p) => p.provision === '6.4')!;
    expect(untouched).toContain(`<td data-label="Requirement">${htmlText(other.text)}</td>`);
    expect(html).toContain(`<td data-label="Requirement">${htmlText(other.text)}</td>`);
  });
});

describe('CSV writers neutralise formula prefixes (OWASP CSV injection), and the reader undoes it', () => {
  const formulas = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\0x', "'=already quoted", "''-two"];

  it('csvField: a cell starting with = + - @ tab or CR gets a leading apostrophe', () => {
    for (const f of formulas) {
      const cell = parseCsvCell(csvField(f));
      expect(cell.raw).toMatch(/^'/);
    }
    expect(csvField('6.3')).toBe('6.3');
    expect(csvField('Yes')).toBe('Yes');
  });

  it('parseCsv(formatCsv(rows)) gives back the rows exactly, whatever the cells', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', '=', '+', '-', '@', '\t', '\r', '\n', '\0', "'", '"', ',') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A record of one empty field is a blank line, which the reader keeps as [''] too.
        const r = parseCsv(formatCsv(rows));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value.map((x) => x.fields)).toEqual(rows);
        for (const c of rows.flat()) expect(parseCsvCell(csvField(c)).raw).not.toMatch(/^[=+\-@\t\r\0]/);
      }),
      { numRuns },
    );
  });

  it('formatAssessmentCsv: evidence that looks like a formula is neutralised and reads back unchanged, spaces kept', () => {
    const entries = [
      { provision: '6.3', complies: 'yes', evidence: '=HYPERLINK("http://evil.example","click")' },
      { provision: '6.4', complies: 'yes', evidence: '  - indented bullet, spaces kept  ' },
      { provision: '6.5', complies: 'no', evidence: '@cmd', action: '+1 more', targetDate: '2026-01-31' },
    ];
    const parsed = parseAssessment(JSON.stringify({ entries }), 'json');
    if (!parsed.ok) throw new Error('fixture');
    const csv = formatAssessmentCsv(parsed.value);
    for (const line of csv.split('\r\n')) for (const c of line.split(',')) expect(c.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    const back = parseAssessment(csv, 'csv');
    expect(back.ok && back.value.entries).toEqual(parsed.value.entries);
  });

  it('renderAssessmentCsv (and so the command with --format csv): no cell starts with a formula character', () => {
    const parsed = parseAssessment(JSON.stringify({ entries: [{ provision: '6.3', complies: 'yes', evidence: '=cmd' }] }), 'json');
    if (!parsed.ok) throw new Error('fixture');
    const r = assessSelfAssessment(parsed.value, { policy: { ...policies.wellington, title: '=evil()' } });
    const csv = renderAssessmentCsv({ ...r, provisions: r.provisions.map((p) => ({ ...p, findings: p.findings.map((f) => ({ ...f, message: `=${f.message}` })) })) });
    const read = parseCsv(csv);
    expect(read.ok).toBe(true);
    for (const line of csv.split('\r\n')) for (const c of line.split(',')) expect(c.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  });
});

function safeOrRefused(render: () => string): string {
  try {
    const out = render();
    return out.includes('<script>') ? 'markup leaked' : 'safe-or-refused';
  } catch (e) {
    return e instanceof HousingComplaintsError && e.path === 'report' ? 'safe-or-refused' : `untyped: ${String(e)}`;
  }
}

function parseCsvCell(text: string): { raw: string } {
  return { raw: text.startsWith('"') ? text.slice(1) : text };
}
