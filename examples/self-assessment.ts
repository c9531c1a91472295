// The auditors' script: check Wellington Housing Co-operative's November 2024 self-assessment
// against the Complaint Handling Code 2024 and against its own complaints policy, print the summary
// and write the report as self-assessment-report.md, .csv and .html in the current directory.
// Then check the same answers against the CHS commercial client policy, to show what it looks
// like when the answers contradict the policy. Run with `npm run example`.
import { readFileSync, writeFileSync } from 'node:fs';
import { policies } from 'housing-complaints/policy';
import {
  assessSelfAssessment,
  parseAssessment,
  renderAssessmentCsv,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
  renderAssessmentSummary,
} from 'housing-complaints/self-assessment';

const file = new URL('./data/wellington-self-assessment-2024-11.json', import.meta.url);
const parsed = parseAssessment(readFileSync(file, 'utf8'), 'json');
if (!parsed.ok) {
  for (const e of parsed.error) console.error(e.message);
  process.exit(2);
}

// 1. Wellington's answers against Wellington's policy.
const report = assessSelfAssessment(parsed.value, { policy: policies.wellington });
console.log(renderAssessmentSummary(report));
for (const f of report.findings) console.log(`  ${f.severity.padEnd(7)} ${(f.source.provision ?? '').padEnd(5)} ${f.message}`);
writeFileSync('self-assessment-report.md', renderAssessmentMarkdown(report));
writeFileSync('self-assessment-report.csv', renderAssessmentCsv(report));
writeFileSync('self-assessment-report.html', renderAssessmentHtml(report));
console.log('\nWrote self-assessment-report.md, self-assessment-report.csv and self-assessment-report.html.\n');

// 2. The same answers against the CHS commercial client policy: a "Yes" the policy contradicts is a breach.
const chs = assessSelfAssessment(parsed.value, { policy: policies.chsCommercialClient });
console.log(`The same answers against ${chs.policy.title} (${chs.policy.organisation}):`);
console.log(renderAssessmentSummary(chs));
const contradictions = chs.findings.filter((f) => f.code === 'answer-contradicts-policy');
console.log(`${contradictions.length} answers contradict that policy:`);
for (const f of contradictions) console.log(`  ${f.source.provision}: ${f.message}`);
const wrongSections = chs.findings.filter((f) => f.code === 'evidence-cites-unknown-section').length;
console.log(`${wrongSections} pieces of evidence cite sections that policy does not have (it has six).`);
