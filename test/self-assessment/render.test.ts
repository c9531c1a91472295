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
    expect(md).toMatch(/- \*\*Breach\*\* \(Code 2\.3, policy s\.3; `answer-contradicts-policy`\)/);
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

  it('HTML: self-contained (no script, no external resource), one bar per Code section, accessible chart', () => {
    const html = renderAssessmentHtml(chs);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    expect(html.match(/<g class="section-bar"/g)).toHaveLength(9);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('role="img" aria-labelledby="chart-title chart-desc"');
    expect(html).toContain('<title id="chart-title">');
    expect(html).toContain('Section 2, Exclusions: 3 of 5 comply, 2 do not');
    expect(html).toContain('class="does-not-comply"');
    expect(html).toContain('3/5 comply, 2 do not');
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
