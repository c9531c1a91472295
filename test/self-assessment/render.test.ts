import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import {
  assessSelfAssessment,
  parseAssessment,
  parseCsv,
  renderAssessmentCsv,
  renderAssessmentHtml,
  renderAssessmentJson,
  renderAssessmentMarkdown,
  renderAssessmentSummary,
  VERDICT_LABELS,
} from '../../src/self-assessment/index.js';

const parsed = parseAssessment(readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8'), 'json');
if (!parsed.ok) throw new Error('the example assessment must parse');
const wellington = assessSelfAssessment(parsed.value, { policy: policies.wellington });
const chs = assessSelfAssessment(parsed.value, { policy: policies.chsCommercialClient });

describe('reports', () => {
  it('Markdown: summary, a row per Code section, findings under their section, every provision', () => {
    const md = renderAssessmentMarkdown(chs);
    expect(md).toMatch(/^# Wellington Housing Co-operative: self-assessment against the Complaint Handling Code 2024\n/);
    expect(md).toContain('| 2. Exclusions | 5 | 5 | 0 | 0 | 0 | 3 | 0 | Does not comply |');
    expect(md).toContain('| 6. Complaint stages | 20 | 20 | 0 | 0 | 0 | 6 | 31 | Does not comply |');
    expect(md).toContain('### 2. Exclusions');
    expect(md).toMatch(/- \*\*Breach\*\* \(The policy falls short, Code 2\.3, policy s\.3\)/);
    expect(md.match(/^\| \d\.\d+ \| Yes \|/gm)).toHaveLength(72);
    expect(md).toContain('## The policy check');
  });

  it('Markdown escapes table cells', () => {
    const md = renderAssessmentMarkdown({
      ...wellington,
      provisions: wellington.provisions.map((p) => (p.provision === '1.2' ? { ...p, evidence: 'a | b *c*' } : p)),
    });
    expect(md).toContain('| 1.2 | Yes | a \\| b \\*c\\* |');
  });

  it('CSV: one row per finding plus one per provision without findings, so every provision appears', () => {
    const r = parseCsv(renderAssessmentCsv(chs));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [header, ...rows] = r.value.map((x) => x.fields);
    expect(header).toEqual(['Code provision', 'Code section', 'Answer', 'Status', 'Severity', 'Finding', 'Policy section', 'Message']);
    expect(new Set(rows.map((x) => x[0]))).toHaveProperty('size', 72);
    const withFindings = rows.filter((x) => x[5] !== '');
    expect(withFindings).toHaveLength(chs.findings.length);
    expect(rows.find((x) => x[0] === '2.3')?.slice(0, 7)).toEqual(['2.3', '2. Exclusions', 'Yes', 'Does not comply', 'Breach', 'answer-contradicts-policy', 's.3']);
  });

  it('JSON: the report object itself', () => {
    expect(JSON.parse(renderAssessmentJson(wellington))).toEqual(JSON.parse(JSON.stringify(wellington)));
  });

  it('terminal summary: the verdict and a line per Code section', () => {
    const text = renderAssessmentSummary(wellington);
    expect(text).toContain('Does not comply: 66 of 72 provisions comply, 6 do not');
    expect(text.split('\n').filter((l) => /^\d\. /.test(l))).toHaveLength(9);
  });

  it('HTML: self-contained (no script, no external resource), one labelled bar per Code section', () => {
    const html = renderAssessmentHtml(chs);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    expect(html.match(/<li class="section-bar"/g)).toHaveLength(9);
    expect(html).toContain('<figure aria-labelledby="chart-title"><figcaption id="chart-title"><strong>Provisions that comply, by Code section.</strong>');
    const s2 = chs.summary.bySection[1] as (typeof chs.summary.bySection)[number];
    const label = `${s2.status.complies}/5 comply, ${s2.status['does-not-comply']} do not`;
    expect(html).toContain(`aria-label="Section 2, Exclusions: ${label}"`);
    expect(html).toContain(`<span class="bar-count">${label}</span>`);
    expect(html).toContain('class="does-not-comply"');
  });

  it('HTML first page: who, what, when, which policy, the verdict and a place to sign', () => {
    const html = renderAssessmentHtml(wellington);
    const cover = html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>'));
    expect(cover).toContain('<h1>Wellington Housing Co-operative: self-assessment against the Complaint Handling Code 2024</h1>');
    expect(cover).toContain('<dt>Landlord</dt><dd>Wellington Housing Co-operative</dd>');
    expect(cover).toContain('<dt>Date of assessment</dt><dd>November 2024</dd>');
    expect(cover).toContain('<dt>Policy checked</dt><dd>Outsourced Complaints Policy for Service Complaints (Wellington Housing Co-operative; id wellington-2024-11)</dd>');
    expect(cover).toContain(`<div class="verdict-box ${wellington.summary.verdict}"><p><strong>${VERDICT_LABELS[wellington.summary.verdict]}: ${wellington.summary.status.complies} of 72 provisions comply`);
    expect(cover).toContain('<div class="sign-off"');
    // From a CSV with no organisation or date, the cover says the date is missing and how to give it.
    const bare = renderAssessmentHtml(assessSelfAssessment({ entries: parsed.value.entries }, { policy: policies.wellington }));
    expect(bare).toContain('<h1>Self-assessment against the Complaint Handling Code 2024</h1>');
    expect(bare).toContain('<dt>Date of assessment</dt><dd>not given (give --date, or a date in the form)</dd>');
  });

  it('a print stylesheet for A4 (no cut rows, repeated table headers) and a phone layout', () => {
    const html = renderAssessmentHtml(wellington);
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/@media print \{[^]*tr, li, svg[^]*break-inside: avoid/);
    expect(html).toMatch(/@media print \{[^]*thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/@media \(max-width: 40rem\) \{[^]*table\.cards/);
    expect(html).toContain('<td class="num" data-label="Provisions">');
  });

  it('findings that say the same thing are shown once: the nine exclusion notes of the policy check', () => {
    const md = renderAssessmentMarkdown(wellington);
    const policyCheck = md.slice(md.indexOf('## The policy check'), md.indexOf('## Provisions'));
    expect(policyCheck.match(/The Code names only three acceptable exclusions/g)).toHaveLength(1);
    expect(policyCheck).toContain('9 alike');
    expect(policyCheck.match(/^ {2}- The policy excludes '/gm)).toHaveLength(9);
    // Plain punctuation: no doubled stop after a bracket.
    expect(md).not.toMatch(/\.\)\./);
    expect(renderAssessmentHtml(wellington)).not.toMatch(/\.\)\./);
    // Findings alike across provisions become one sentence naming them.
    expect(md).toContain('Each of provisions 8.4 and 8.5 is answered Yes with the evidence "N/a in past year"');
    // Every finding is still in the JSON and the CSV, one by one.
    expect(wellington.policyFindings.filter((f) => /^The policy excludes/.test(f.message))).toHaveLength(9);
  });

  it('the terminal summary counts in plain words: plurals, no zeros', () => {
    const text = renderAssessmentSummary(chs);
    const lines = text.split('\n').filter((l) => /^\d\. /.test(l));
    expect(lines).toHaveLength(9);
    chs.summary.bySection.forEach((s, i) => {
      const words = [s.findings.breach === 1 ? '1 breach' : s.findings.breach > 1 ? `${s.findings.breach} breaches` : '', s.findings.warning === 1 ? '1 warning' : s.findings.warning > 1 ? `${s.findings.warning} warnings` : ''].filter((w) => w !== '');
      if (words.length > 0) expect(lines[i]).toContain(`(${words.join(', ')})`);
      else expect(lines[i]).not.toContain('(');
    });
    expect(text).not.toMatch(/\b0 (breach|warning)|\b1 (breaches|warnings)|\b([2-9]|\d\d+) (breach|warning)\b/);
  });

  it('HTML escapes text from the assessment', () => {
    const html = renderAssessmentHtml({
      ...wellington,
      provisions: wellington.provisions.map((p) => (p.provision === '1.2' ? { ...p, evidence: '<script>alert(1)</script> & "x"' } : p)),
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});
