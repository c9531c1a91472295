// One timing: the report's counts of acknowledgements and responses on time are the lifecycle's
// verdicts, under any legal policy variant, not a second computation that can disagree.
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { deadlines, replay } from '../../src/lifecycle/index.js';
import { definePolicy, policies, type Policy } from '../../src/policy/index.js';
import { generateComplaints, performanceReport, type SyntheticRates } from '../../src/reporting/index.js';
import { acknowledged, calendar, calendar as englandCalendar, received, responded } from './fixtures.js';
import { createCalendar } from '../../src/calendar/index.js';

describe('a variant counting the stage 2 acknowledgement from the stage 1 response (policy anchor stage-response)', () => {
  const variant = definePolicy(policies.wellington, {
    stages: [policies.wellington.stages[0], { ...policies.wellington.stages[1], acknowledge: { ...policies.wellington.stages[1].acknowledge!, anchor: 'stage-response' } }],
  });
  if (!variant.ok) throw new Error(JSON.stringify(variant.error));
  const context = { policy: variant.value, calendar };
  // Stage 1 response Fri 6 Jun 2025; stage 2 requested Mon 16 Jun, acknowledged Tue 17 Jun.
  // Counted from the response, the acknowledgement was due Fri 13 Jun (5 working days after 6 Jun):
  // it is late, although it came the day after the request.
  const r = replay(
    [
      received('V', '2025-06-02'),
      acknowledged('2025-06-03'),
      responded('2025-06-06', 1, ['not-upheld']),
      { type: 'escalation-requested', at: '2025-06-16' },
      { type: 'escalation-acknowledged', at: '2025-06-17', reviewer: 'reviewer-1' },
    ],
    context,
  );
  if (!r.ok) throw new Error(r.error.message);
  const complaint = r.value;

  it('deadlines() says met-late: due 2025-06-13, acknowledged 2025-06-17', () => {
    const d = deadlines(complaint, context, '2025-06-30').find((x) => x.kind === 'stage-2-acknowledgement');
    expect(d).toMatchObject({ dueBy: '2025-06-13', metOn: '2025-06-17', status: 'met-late' });
  });

  it('performanceReport counts the same acknowledgement late', () => {
    const report = performanceReport([complaint], context, { from: '2025-06-01', to: '2025-06-30' });
    expect(report.acknowledgements.stage2).toEqual({ acknowledged: 1, onTime: 0, late: 1, withoutTimescale: 0 });
  });
});

const numRuns = runs(1 / 5);

/**
 * Policy variants a co-op could write: any base, either reading of a receipt on a non-working day,
 * any timescale from each anchor that exists at its stage, any escalation window (or none), any
 * extension rules (allowance, agreement point, no upper limit, Ombudsman details).
 */
const generated = { note: 'generated variant' };
const extensionRules = fc.record({
  withoutGoodReason: fc.integer({ min: 0, max: 20 }),
  complainantAgreementBeyond: fc.option(fc.integer({ min: 5, max: 30 }), { nil: null }),
  ombudsmanDetailsRequired: fc.boolean(),
  noUpperLimit: fc.boolean(),
});
const variant = fc
  .record({
    base: fc.constantFrom(policies.wellington, policies.housingOmbudsmanCode2024, policies.dennetts, policies.chsCommercialClient),
    receiptOnNonWorkingDay: fc.constantFrom('counts-from-receipt' as const, 'next-working-day' as const),
    // null: the policy states no time to acknowledge (silent).
    ack1: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 5 }),
    // null: the policy states no time to respond (silent).
    respond1: fc.option(fc.record({ workingDays: fc.integer({ min: 1, max: 25 }), anchor: fc.constantFrom('receipt' as const, 'acknowledgement' as const) }), { nil: null, freq: 6 }),
    ack2: fc.option(fc.record({ workingDays: fc.integer({ min: 0, max: 10 }), anchor: fc.constantFrom('escalation-request' as const, 'stage-response' as const, 'receipt' as const) }), { nil: null, freq: 5 }),
    respond2: fc.option(fc.record({ workingDays: fc.integer({ min: 1, max: 40 }), anchor: fc.constantFrom('escalation-request' as const, 'acknowledgement' as const, 'stage-response' as const) }), { nil: null, freq: 6 }),
    window: fc.option(fc.integer({ min: 5, max: 40 }), { nil: null }),
    ext1: extensionRules,
    ext2: extensionRules,
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  })
  .map((v) => {
    const [s1, s2] = v.base.stages;
    const r = definePolicy(v.base, {
      receiptOnNonWorkingDay: v.receiptOnNonWorkingDay,
      stages: [
        { acknowledge: v.ack1 === null ? null : { anchor: 'receipt', source: generated, ...s1.acknowledge, workingDays: v.ack1 }, respond: v.respond1 === null ? null : { source: generated, ...s1.respond, ...v.respond1 }, extension: { ...s1.extension, ...v.ext1 } },
        { acknowledge: v.ack2 === null ? null : { source: generated, ...s2.acknowledge, ...v.ack2 }, respond: v.respond2 === null ? null : { source: generated, ...s2.respond, ...v.respond2 }, extension: { ...s2.extension, ...v.ext2 } },
      ],
      escalation: { ...v.base.escalation, window: v.window === null ? null : { workingDays: v.window, anchor: 'stage-response', source: generated } },
    });
    if (!r.ok) throw new Error(`generated variant rejected: ${JSON.stringify(r.error)}`);
    return { policy: r.value, seed: v.seed };
  });

/** The report's on time / late counts and deadlines()' met / met-late tallies, for the same complaints. */
function verdicts(policy: Policy, seed: number, count: number, rates: Partial<SyntheticRates> = {}) {
  // The calendar of the policy's region (a calendar of another region is a calendar-region-mismatch).
  const calendar = policy.region === englandCalendar.region ? englandCalendar : createCalendar({ region: policy.region });
  const context = { policy, calendar };
  const complaints = [...generateComplaints({ seed, count, from: '2025-01-01', to: '2025-12-31', policy, calendar, rates })];
  const period = { from: '2024-01-01', to: '2027-12-31' };
  const report = performanceReport(complaints, context, period);
  const tally: Record<string, { met: number; late: number }> = {};
  for (const c of complaints) {
    for (const d of deadlines(c, context, period.to)) {
      // A benchmark (the policy states no timescale) is not a policy verdict: the report counts those acknowledgements apart.
      if (d.benchmark === true) continue;
      const t = (tally[d.kind] ??= { met: 0, late: 0 });
      if (d.status === 'met') t.met++;
      if (d.status === 'met-late') t.late++;
    }
  }
  const of = (kind: string) => ({ onTime: tally[kind]?.met ?? 0, late: tally[kind]?.late ?? 0 });
  // A stage with no acknowledgement timescale has no policy deadline (a benchmark at most): neither
  // on time nor late, and every acknowledgement is counted as 'no time set by the policy'.
  const ack = (stage: 0 | 1, kind: string) => {
    const counted = report.acknowledgements[stage === 0 ? 'stage1' : 'stage2'];
    return policy.stages[stage].acknowledge === null ? { onTime: 0, late: 0, withoutTimescale: counted.acknowledged } : { ...of(kind), withoutTimescale: 0 };
  };
  // Likewise a stage with no response timescale: every response counted as 'no time set by the policy'.
  const respond = (stage: 0 | 1, kind: string) => {
    const counted = report.timeliness[stage === 0 ? 'stage1' : 'stage2'];
    return policy.stages[stage].respond === null ? { onTime: 0, late: 0, withoutTimescale: counted.responded } : { ...of(kind), withoutTimescale: 0 };
  };
  const evidence = report.ombudsman.evidenceRequests;
  return {
    report,
    lifecycle: {
      ack1: ack(0, 'stage-1-acknowledgement'),
      ack2: ack(1, 'stage-2-acknowledgement'),
      respond1: respond(0, 'stage-1-response'),
      respond2: respond(1, 'stage-2-response'),
      // No allowance in the policy (the Code sets none): no deadline, so every answer is on time.
      evidence: policy.ombudsmanEvidence === null ? { onTime: evidence.metOnTime, late: 0 } : of('ombudsman-evidence'),
    },
    reporting: {
      ack1: { onTime: report.acknowledgements.stage1.onTime, late: report.acknowledgements.stage1.late, withoutTimescale: report.acknowledgements.stage1.withoutTimescale },
      ack2: { onTime: report.acknowledgements.stage2.onTime, late: report.acknowledgements.stage2.late, withoutTimescale: report.acknowledgements.stage2.withoutTimescale },
      respond1: { onTime: report.timeliness.stage1.onTime, late: report.timeliness.stage1.late, withoutTimescale: report.timeliness.stage1.withoutTimescale },
      respond2: { onTime: report.timeliness.stage2.onTime, late: report.timeliness.stage2.late, withoutTimescale: report.timeliness.stage2.withoutTimescale },
      evidence: { onTime: evidence.metOnTime, late: evidence.metLate },
    },
  };
}

describe('performanceReport agrees with deadlines() (Code 6.2, 6.3, 6.4, 6.11, 6.14, 6.15; policy s.5, s.6, s.10)', () => {
  for (const policy of Object.values(policies)) {
    it(`under the built-in ${policy.id}: acknowledgements, responses and evidence requests on time / late`, () => {
      const { lifecycle, reporting, report } = verdicts(policy, 99, 600);
      expect(reporting).toEqual(lifecycle);
      // Something was measured: the generator produces late ones at every stage.
      if (policy.stages[0].acknowledge !== null) expect(report.acknowledgements.stage1.late).toBeGreaterThan(0);
      expect(report.timeliness.stage2.late).toBeGreaterThan(0);
    });
  }

  it('under every generated policy variant: on time in the report = met in deadlines(), late = met-late', () => {
    let measured = 0;
    fc.assert(
      fc.property(variant, ({ policy, seed }) => {
        const { lifecycle, reporting, report } = verdicts(policy, seed, 120, { escalated: 0.5, lateAcknowledgement: 0.2, extensionAtStage1: 0.3, extensionAtStage2: 0.3, extensionAfterDue: 0.3 });
        expect(reporting).toEqual(lifecycle);
        measured += report.acknowledgements.stage2.late + report.timeliness.stage2.late;
      }),
      { numRuns },
    );
    // Something was measured: late verdicts at stage 2 came up across the variants.
    expect(measured).toBeGreaterThan(0);
  });
});
