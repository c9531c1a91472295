import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/self-assessment/index.js';
import { example, wellingtonHtml } from './fixtures/forms.js';

const parsedExample = parseAssessment(JSON.stringify(example), 'json');
if (!parsedExample.ok) throw new Error('example must parse');

describe('parseAssessment(text, "html"): the form as a web page publishes it', () => {
  it('reads the 72 answers and their evidence, as the transcribed example has them', () => {
    const r = parseAssessment(wellingtonHtml(), 'html');
    if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
    expect(r.value.entries).toEqual(parsedExample.value.entries);
    expect(r.value.title).toBe('Self-assessment with the Housing Ombudsman Complaint Handling Code 2024 – November 2024');
    expect(r.value.date).toBe('2024-11');
  });

  it('reads the bytes too, in UTF-8 or Windows-1252', () => {
    const bytes = new TextEncoder().encode(wellingtonHtml());
    const r = parseAssessment(bytes, 'html');
    expect(r.ok && r.value.entries.length).toBe(72);
  });

  it('errors name the table, the row and its line, and the provision', () => {
    const html = wellingtonHtml((p) => (p === '6.10' ? 'Voc' : p === '1.4' ? 'Maybe' : undefined));
    const r = parseAssessment(html, 'html');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lineOf = (needle: string) => html.slice(0, html.indexOf(needle)).split('\n').length;
    expect(r.error.map((e) => [e.code, e.table, e.provision, e.line])).toEqual([
      ['unreadable-answer', 2, '1.4', lineOf('<tr>\n  <td>1.4</td>')],
      ['unreadable-answer', 2, '6.10', lineOf('<tr>\n  <td rowspan="2">6.10</td>')],
    ]);
    expect(r.error[0]?.message).toMatch(/^table 2, row 5 \(line \d+\), provision 1\.4: the answer "Maybe" is not Yes, No or N\/a/);
  });

  it('the earlier form\'s headings: "Code section" and "Evidence, commentary and any explanations"', () => {
    const r = parseAssessment('<table><tr><th>Code section</th><th>Code requirement</th><th>Comply: yes/no</th><th>Evidence, commentary and any explanations</th></tr><tr><td>1.2</td><td>A complaint must be defined as…</td><td>Yes</td><td>Copy of complaints leaflet</td></tr></table>', 'html');
    expect(r.ok && r.value.entries).toEqual([{ provision: '1.2', complies: 'yes', evidence: 'Copy of complaints leaflet', citedSections: [] }]);
  });

  it('a page without the form\'s table says so', () => {
    const r = parseAssessment('<html><body><table><tr><td>Rent</td><td>£100</td></tr></table></body></html>', 'html');
    expect(r).toMatchObject({ ok: false, error: [{ code: 'missing-column', message: expect.stringContaining('the HTML page has no table with the form\'s header row') }] });
  });

  it('hostile markup: unclosed tags, stray < and huge spans end in an answer, not a hang', () => {
    // The over-wide first cell covers the grid's 64 columns, so the row reads as one text (a heading).
    const wide = parseAssessment(`<table><tr><th>Code provision<th>Comply<th>Evidence<tr><td colspan="99999">x<td>6.3<td>Yes < No<td>Section 6`, 'html');
    expect(wide).toEqual({ ok: true, value: { entries: [] } });
    // Unclosed cells and a nested table left open: the nested text joins the outer cell.
    const open = parseAssessment(`<table><tr><th>Code provision<th>Comply<th>Evidence<tr><td>6.3<td>Yes<td>Section 6 <table><tr><td>and 7`, 'html');
    expect(open.ok && open.value.entries[0]).toMatchObject({ provision: '6.3', evidence: 'Section 6 and 7', citedSections: ['s.6', 's.7'] });
    const t0 = performance.now();
    parseAssessment(`<table>${'<tr><td rowspan="65534">1.2</td>'.repeat(3000)}`, 'html');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
