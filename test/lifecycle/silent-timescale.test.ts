// CHS s.5 sets "the maximum target times for the complaint procedure" in a table with three rows:
// "Acknowledgement of the complaint (and logging) | 5 working days from receipt", "Stage 1 - Results
// of the investigation of a complaint | 10 working days from acknowledgement of the complaint" and
// "Stage 2 - Results of a subsequent review of a complaint | 20 working days from the request for a
// review". It states no time to acknowledge a review request. Where a policy is silent the data is
// null, there is no policy deadline, the Code's timescale is shown as a benchmark citing the Code,
// and the lint flags the gap.
import { describe, expect, it } from 'vitest';
import { deadlines, overdue } from '../../src/lifecycle/index.js';
import { lintPolicy, policies } from '../../src/policy/index.js';
import { generateComplaints, performanceReport } from '../../src/reporting/index.js';
import { calendar } from '../reporting/fixtures.js';

const policy = policies.chsCommercialClient;
const context = { policy, calendar };
const complaints = [...generateComplaints({ seed: 11, count: 300, from: '2025-01-01', to: '2025-12-31', policy, calendar, rates: { escalated: 0.6 } })];
const escalated = complaints.filter((c) => 'stage2' in c && c.stage2 !== undefined && 'acknowledgedOn' in c.stage2);

describe('CHS s.5: no time to acknowledge a review request (stage 2)', () => {
  it('the policy data is null, and the ambiguity quotes the table', () => {
    expect(policy.stages[1].acknowledge).toBeNull();
    expect(policy.ambiguities.find((a) => a.path === 'stages.1.acknowledge')?.text).toContain("'Stage 2 - Results of a subsequent review of a complaint'");
  });

  it("deadlines(): the stage 2 acknowledgement is the Code's 6.11 (5 working days from the request), marked as a benchmark, not the policy's deadline", () => {
    expect(escalated.length).toBeGreaterThan(10);
    for (const c of escalated) {
      const d = deadlines(c, context, '2026-06-30').find((x) => x.kind === 'stage-2-acknowledgement');
      const requested = 'stage2' in c ? c.stage2!.requestedOn : '';
      expect(d).toMatchObject({ benchmark: true, dueBy: calendar.addWorkingDays(requested, 5), basis: { anchorKind: 'escalation-request', workingDays: 5, source: { provision: '6.11' } } });
      expect(d?.basis.source.note).toContain("not the policy's deadline");
      expect(d?.basis.source.policy).toBeUndefined();
    }
  });

  it('the stage 1 acknowledgement, which s.5 does time, is the policy\'s own deadline (no benchmark mark)', () => {
    const d = deadlines(complaints[0]!, context, '2026-06-30').find((x) => x.kind === 'stage-1-acknowledgement');
    expect(d).toMatchObject({ basis: { workingDays: 5, source: { policy: 's.5' } } });
    expect(d).not.toHaveProperty('benchmark');
  });

  it('overdue() never lists the benchmark: it is no duty of the policy', () => {
    for (const c of escalated) expect(overdue(c, context, '2026-06-30').map((d) => d.kind)).not.toContain('stage-2-acknowledgement');
  });

  it("the report counts stage 2 acknowledgements as 'no time set by the policy', neither on time nor late", () => {
    const r = performanceReport(complaints, context, { from: '2024-01-01', to: '2026-12-31' });
    expect(r.acknowledgements.stage2).toEqual({ acknowledged: escalated.length, onTime: 0, late: 0, withoutTimescale: escalated.length });
    expect(r.acknowledgements.stage1.withoutTimescale).toBe(0);
  });

  it('the lint flags the gap against Code 6.11', () => {
    expect(lintPolicy(policy).find((f) => f.path === 'stages.1.acknowledge')).toMatchObject({ severity: 'breach', code: 'stage2-acknowledgement-missing', source: { provision: '6.11' } });
  });
});
