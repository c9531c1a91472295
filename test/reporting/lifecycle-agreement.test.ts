// The report's own working-day arithmetic (an O(1) index, for speed) must agree with the lifecycle
// module's deadlines() on every deadline they share, so that a committee report never contradicts
// the case file.
import { describe, expect, it } from 'vitest';
import { deadlines } from '../../src/lifecycle/index.js';
import { policies } from '../../src/policy/index.js';
import { generateComplaints, performanceReport } from '../../src/reporting/index.js';
import { calendar } from './fixtures.js';

describe('performanceReport agrees with lifecycle deadlines() (Code 6.2, 6.3, 6.11, 6.14; policy s.5, s.6, s.10)', () => {
  for (const policy of [policies.wellington, policies.housingOmbudsmanCode2024]) {
    it(`acknowledgements, responses and Ombudsman evidence: on time / late counts are the same under ${policy.id}`, () => {
      const context = { policy, calendar };
      const complaints = [...generateComplaints({ seed: 99, count: 1500, from: '2025-01-01', to: '2025-12-31', policy, calendar })];
      const period = { from: '2024-01-01', to: '2027-12-31' };
      const report = performanceReport(complaints, context, period);
      const tally: Record<string, { met: number; late: number }> = {};
      for (const c of complaints) {
        for (const d of deadlines(c, context, period.to)) {
          const t = (tally[d.kind] ??= { met: 0, late: 0 });
          if (d.status === 'met') t.met++;
          if (d.status === 'met-late') t.late++;
        }
      }
      expect({ onTime: report.acknowledgements.stage1.onTime, late: report.acknowledgements.stage1.late }).toEqual({ onTime: tally['stage-1-acknowledgement']?.met, late: tally['stage-1-acknowledgement']?.late });
      expect({ onTime: report.acknowledgements.stage2.onTime, late: report.acknowledgements.stage2.late }).toEqual({ onTime: tally['stage-2-acknowledgement']?.met, late: tally['stage-2-acknowledgement']?.late });
      expect({ onTime: report.timeliness.stage1.onTime, late: report.timeliness.stage1.late }).toEqual({ onTime: tally['stage-1-response']?.met, late: tally['stage-1-response']?.late });
      expect({ onTime: report.timeliness.stage2.onTime, late: report.timeliness.stage2.late }).toEqual({ onTime: tally['stage-2-response']?.met, late: tally['stage-2-response']?.late });
      if (policy.ombudsmanEvidence !== null) {
        expect({ onTime: report.ombudsman.evidenceRequests.metOnTime, late: report.ombudsman.evidenceRequests.metLate }).toEqual({ onTime: tally['ombudsman-evidence']?.met, late: tally['ombudsman-evidence']?.late });
      } else {
        // No allowance in the policy (the Code sets none): no deadline, so every answer is on time.
        expect(tally['ombudsman-evidence']).toBeUndefined();
        expect(report.ombudsman.evidenceRequests.metLate).toBe(0);
      }
      // Something was measured: the generator produces late ones at every stage.
      expect(report.acknowledgements.stage1.late).toBeGreaterThan(0);
      expect(report.timeliness.stage2.late).toBeGreaterThan(0);
    });
  }
});
