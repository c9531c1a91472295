// The annual complaints performance report (Code 8.1; Wellington policy s.12) for a fictional
// co-operative of 600 homes under the Wellington policy, over a year of synthetic complaints.
// Prints a summary and writes annual-report.md, annual-report.html and annual-report.json in the
// current directory. Run with `npm run example`.
import { writeFileSync } from 'node:fs';
import { createCalendar } from 'housing-complaints/calendar';
import { policies } from 'housing-complaints/policy';
import {
  generateComplaints,
  performanceReport,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
} from 'housing-complaints/reporting';

const homes = 600;
const policy = { ...policies.wellington, organisation: 'Elm Court Housing Co-operative (fictional)' };
const calendar = createCalendar({ region: 'england-and-wales' });
const year = { from: '2025-04-01', to: '2026-03-31' };

// About 40 complaints a year for 600 homes, read a month after the year end so that late
// responses to complaints from March are on record.
const complaints = generateComplaints({ seed: 2025, count: 40, ...year, asOf: '2026-04-30', policy, calendar });
const report = performanceReport(complaints, { policy, calendar }, { ...year, homes });

const pct = (p: { percent: number | null; numerator: number; denominator: number }) =>
  p.percent === null ? 'n/a' : `${p.percent}% (${p.numerator}/${p.denominator})`;
console.log(`${report.policy.organisation}: complaints ${report.period.from} to ${report.period.to}`);
console.log(`  received: ${report.received.total} (stage 1 accepted ${report.received.stage1}, stage 2 ${report.received.stage2}); refused ${report.refused.total}; withdrawn ${report.withdrawn.total}`);
// The Tenant Satisfaction Measures are given for a policy in the Housing Ombudsman's scheme (null under the SPSO's).
const tsm = report.tsm;
if (tsm !== null) {
  console.log(`  CH01 per 1,000 homes: stage 1 ${tsm.ch01.stage1?.perThousand}, stage 2 ${tsm.ch01.stage2?.perThousand}`);
  console.log(`  CH02 within the Code's timescales: stage 1 ${pct(tsm.ch02.stage1)}, stage 2 ${pct(tsm.ch02.stage2)}`);
}
console.log(`  stage 1 working days from receipt: median ${report.workingDaysTaken.stage1.median}, 90th percentile ${report.workingDaysTaken.stage1.p90}`);
console.log(`  remedies outstanding at ${report.remedies.asOf}: ${report.remedies.outstanding} (${report.remedies.overdue} overdue)`);

writeFileSync('annual-report.md', renderReportMarkdown(report));
writeFileSync('annual-report.html', renderReportHtml(report));
writeFileSync('annual-report.json', renderReportJson(report));
console.log('Wrote annual-report.md, annual-report.html and annual-report.json');
