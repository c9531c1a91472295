// Self-assessment benchmarks: reading the 72-row Wellington form, checking it against a policy,
// and rendering the HTML report. An auditor runs this once per assessment, so the goal is only that
// a whole run (read, check, render) stays far below the time a person notices.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type { BenchRow } from './types.js';
import { wellingtonDocx, wellingtonHtml } from '../self-assessment/fixtures/forms.js';
import { builtModule } from './measure.js';

const { policies } = await builtModule<typeof import('../../src/policy/index.js')>('./policy');
const { assessSelfAssessment, parseAssessment, renderAssessmentHtml } = await builtModule<typeof import('../../src/self-assessment/index.js')>('./self-assessment');

function rate(fn: () => unknown, ms = 400): number {
  for (let i = 0; i < 20; i++) fn(); // warm up
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    n++;
    now = performance.now();
  }
  return Math.round((n * 1000) / (now - start));
}

export async function bench(): Promise<BenchRow[]> {
  const csv = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.csv', import.meta.url), 'utf8');
  const json = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
  const parsed = parseAssessment(csv, 'csv');
  if (!parsed.ok) throw new Error('the example assessment must parse');
  const report = assessSelfAssessment(parsed.value, { policy: policies.wellington });
  const parseCsvRate = rate(() => parseAssessment(csv, 'csv'));
  const parseJsonRate = rate(() => parseAssessment(json, 'json'));
  const assessRate = rate(() => assessSelfAssessment(parsed.value, { policy: policies.wellington }));
  const htmlRate = rate(() => renderAssessmentHtml(report));
  // The page as a caller uses it: written out, which reads every character (the string a renderer
  // returns may be a rope whose pieces are copied together only when it is first read).
  const htmlReadRate = rate(() => Buffer.byteLength(renderAssessmentHtml(report)));
  const docx = wellingtonDocx();
  const page = wellingtonHtml();
  const inflateRaw = (data: Uint8Array, max: number) => inflateRawSync(data, { maxOutputLength: max });
  const parseDocxRate = rate(() => parseAssessment(docx, 'docx', { inflateRaw }));
  const parseHtmlRate = rate(() => parseAssessment(page, 'html'));
  const whole = rate(() => {
    const p = parseAssessment(csv, 'csv');
    if (p.ok) renderAssessmentHtml(assessSelfAssessment(p.value, { policy: policies.chsCommercialClient }));
  });
  // The work behind the rows below: findings the report carries and the size of the page.
  const html = renderAssessmentHtml(report);
  const chs = assessSelfAssessment(parsed.value, { policy: policies.chsCommercialClient });
  return [
    { name: 'self-assessment: parseAssessment, 72-row CSV form', value: parseCsvRate, unit: 'forms/s', baseline: { name: 'the same form as JSON', value: parseJsonRate } },
    { name: 'self-assessment: parseAssessment, the form as a Word document (.docx)', value: parseDocxRate, unit: 'forms/s', baseline: { name: 'the same form as CSV', value: parseCsvRate } },
    { name: 'self-assessment: parseAssessment, the form as a web page (HTML table)', value: parseHtmlRate, unit: 'forms/s', baseline: { name: 'the same form as CSV', value: parseCsvRate } },
    { name: 'self-assessment: assessSelfAssessment, 72 answers against Wellington (with the policy lint)', value: assessRate, unit: 'reports/s' },
    { name: `  findings in the Wellington report (${report.findings.length} on the answers, ${report.policyFindings.length} of the policy lint)`, value: report.findings.length + report.policyFindings.length, unit: 'findings' },
    { name: 'self-assessment: renderAssessmentHtml, Wellington report', value: htmlRate, unit: 'pages/s' },
    { name: 'self-assessment: renderAssessmentHtml, Wellington report, the page then read once (its UTF-8 length, as writing it reads it)', value: htmlReadRate, unit: 'pages/s', baseline: { name: 'the page not read', value: htmlRate } },
    { name: '  size of that page (UTF-8)', value: Buffer.byteLength(html) / 1024, unit: 'KiB' },
    { name: 'self-assessment: read CSV + check against CHS + render HTML', value: whole, unit: 'runs/s', goal: '>= 20 runs/s (under 50 ms a run)' },
    { name: `  findings in the CHS report (${chs.findings.length} on the answers, ${chs.policyFindings.length} of the policy lint); its page ${(Buffer.byteLength(renderAssessmentHtml(chs)) / 1024).toFixed(1)} KiB`, value: chs.findings.length + chs.policyFindings.length, unit: 'findings' },
  ];
}
