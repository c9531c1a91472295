// Code 6.14: "Landlords must issue a final response to the stage 2 within 20 working days of the
// complaint being acknowledged." Code 6.3: "Landlords must issue a full response to stage 1
// complaints within 10 working days of the complaint being acknowledged."
// A policy variant that states no time to respond at a stage has `respond: null` there, the same way
// CHS s.5's silence on acknowledging a review request is `acknowledge: null`: there is no policy
// deadline, deadlines() shows the Code's timescale as a benchmark citing the Code, the report counts
// such responses apart, and the lint flags the gap.
import { describe, expect, it } from 'vitest';
import { applyEvent, deadlines, overdue, replay, type Complaint } from '../../src/lifecycle/index.js';
import { CODE_2024, comparePolicy, definePolicy, lintPolicy, policies, type Policy } from '../../src/policy/index.js';
import { generateComplaintEvents, generateComplaints, performanceReport } from '../../src/reporting/index.js';
import { calendar } from '../reporting/fixtures.js';

function silentAt(base: Policy, stage: 0 | 1): Policy {
  const stages = structuredClone(base.stages) as Policy['stages'];
  stages[stage].respond = null;
  const r = definePolicy(base, { id: `${base.id}-silent-${stage + 1}`, stages });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const variant = silentAt(policies.wellington, 1);
const context = { policy: variant, calendar };
const complaints = [...generateComplaints({ seed: 5, count: 300, from: '2025-01-01', to: '2025-12-31', policy: variant, calendar, asOf: '2026-06-30', rates: { escalated: 0.6 } })];
const respondedAt2 = complaints.filter((c): c is Complaint & { stage2: { response: { on: string }; acknowledgedOn: string } } => 'stage2' in c && c.stage2 !== undefined && 'response' in c.stage2);

describe('a policy silent on the stage 2 response time (respond: null)', () => {
  it('validates: every stage timescale may be null', () => {
    expect(variant.stages[1].respond).toBeNull();
    expect(silentAt(policies.wellington, 0).stages[0].respond).toBeNull();
  });

  it("deadlines(): the stage 2 response is the Code's 6.14 (20 working days from acknowledgement), marked as a benchmark citing the Code, not the policy", () => {
    expect(respondedAt2.length).toBeGreaterThan(10);
    const code = CODE_2024.stages[1].respond;
    for (const c of respondedAt2) {
      const d = deadlines(c, context, '2026-06-30').find((x) => x.kind === 'stage-2-response');
      expect(d).toMatchObject({ benchmark: true, basis: { anchorKind: 'acknowledgement', source: { provision: code.provision, quote: code.quote } } });
      expect(d!.basis.workingDays).toBeGreaterThanOrEqual(code.workingDays);
      if (d!.basis.extensionWorkingDays === undefined) expect(d!.dueBy).toBe(calendar.addWorkingDays(c.stage2.acknowledgedOn, code.workingDays));
      expect(d!.basis.source.note).toContain("not the policy's deadline");
      expect(d!.basis.source.policy).toBeUndefined();
    }
  });

  it("the stage 1 response, which the variant still times (Wellington s.6), stays the policy's deadline", () => {
    const d = deadlines(complaints[0]!, context, '2026-06-30').find((x) => x.kind === 'stage-1-response');
    expect(d).toBeDefined();
    expect(d).not.toHaveProperty('benchmark');
    expect(d!.basis.source.policy).toBeDefined();
  });

  it('no response is recorded late against the policy, and overdue() never lists the benchmark', () => {
    for (const c of respondedAt2) expect((c.stage2 as { response: { late: boolean } }).response.late).toBe(false);
    const open = complaints.filter((c) => c.status === 'stage-2');
    for (const c of open) expect(overdue(c, context, '2027-06-30').map((d) => d.kind)).not.toContain('stage-2-response');
  });

  it("the report counts stage 2 responses as 'no time set by the policy', out of the on-time share; CH02 still measures them against the Code", () => {
    const r = performanceReport(complaints, context, { from: '2024-01-01', to: '2026-12-31' });
    const t = r.timeliness.stage2;
    expect(t.responded).toBe(respondedAt2.length);
    expect(t.withoutTimescale).toBe(respondedAt2.length);
    expect(t.onTime + t.late).toBe(0);
    expect(r.onTimeAgainstPolicy.stage2).toEqual({ numerator: 0, denominator: 0, percent: null });
    expect(r.tsm!.ch02.stage2.denominator).toBe(respondedAt2.length);
    expect(r.timeliness.stage1.withoutTimescale).toBe(0);
  });

  it('an extension cannot be recorded against a deadline the policy does not set (no-deadline-to-extend)', () => {
    // A complaint at stage 2, acknowledged: the generated events up to the stage 2 acknowledgement.
    const history = [...generateComplaintEvents({ seed: 5, count: 300, from: '2025-01-01', to: '2025-12-31', policy: variant, calendar, asOf: '2026-06-30', rates: { escalated: 0.6 } })].find((h) => h.some((e) => e.type === 'escalation-acknowledged'))!;
    const upTo = history.findIndex((e) => e.type === 'escalation-acknowledged');
    const replayed = replay(history.slice(0, upTo + 1), context);
    expect(replayed.ok).toBe(true);
    if (!replayed.ok) return;
    const open = replayed.value;
    expect(open.status).toBe('stage-2');
    const at = calendar.addWorkingDays((open as { stage2: { acknowledgedOn: string } }).stage2.acknowledgedOn, 2);
    const event = { type: 'extension-granted', at, stage: 2, workingDays: 5, reasons: 'A survey is needed.', ombudsmanDetailsGiven: true } as const;
    const r = applyEvent(open, event, context);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('no-deadline-to-extend');
      expect(r.error.message).toContain('the policy states no time to respond at stage 2');
    }
    // The same extension under Wellington itself, which times stage 2, is recorded.
    const wellington = { policy: policies.wellington, calendar };
    const same = replay(history.slice(0, upTo + 1), wellington);
    expect(same.ok && applyEvent(same.value, event, wellington).ok).toBe(true);
  });

  it('the lint flags the gap against Code 6.14, and the comparison marks 6.14 as falling short', () => {
    const code = CODE_2024.stages[1].respond;
    expect(lintPolicy(variant).find((f) => f.path === 'stages.1.respond')).toMatchObject({ severity: 'breach', code: 'stage2-response-missing', source: { provision: code.provision } });
    expect(lintPolicy(policies.wellington).some((f) => f.code === 'stage2-response-missing')).toBe(false);
    expect(comparePolicy(variant).find((p) => p.provision === code.provision)?.status).toBe('falls-short');
    expect(comparePolicy(policies.wellington).find((p) => p.provision === code.provision)?.status).toBe('compliant');
  });

  it("under the SPSO model, a silent response is measured against the model procedure's timescale", () => {
    const spso = silentAt(policies.spsoModelScotland, 0);
    expect(lintPolicy(spso).map((f) => f.code)).toContain('model-response-missing');
  });
});
