// The report CSV writes host text through the one CSV field writer the self-assessment CSV uses, so a
// category that a spreadsheet would run as a formula (NUL first included) is neutralised and reads back as written.
import { describe, expect, it } from 'vitest';
import { performanceReport, renderReportCsv } from '../../src/reporting/index.js';
import { parseCsv, csvField } from '../../src/self-assessment/index.js';
import { build, context, received, acknowledged } from './fixtures.js';

describe('renderReportCsv formula cells', () => {
  for (const category of ['\0=cmd|calc', '=1+1', '@SUM(A1)', "'=already"]) {
    it(`neutralises a category ${JSON.stringify(category)} like csvField and parseCsv restores it`, () => {
      const complaints = [build([received('c1', '2025-06-02T09:00:00Z', { category }), acknowledged('2025-06-03T09:00:00Z')])];
      const report = performanceReport(complaints, context, { from: '2025-06-01', to: '2025-06-30' });
      const csv = renderReportCsv(report);
      const lines = csv.split('\r\n');
      const withCategory = lines.filter((l) => l.includes(csvField(category)));
      expect(withCategory.length, csv).toBeGreaterThan(0);
      for (const l of lines) expect(l.startsWith(category)).toBe(false);
      const parsed = parseCsv(csv);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.value.some((row) => row.fields.includes(category))).toBe(true);
    });
  }
});
