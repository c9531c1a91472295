// Small hand-built complaint histories for the reporting tests. Every date is chosen so that the
// working-day arithmetic can be checked by hand on a calendar of 2025 (England and Wales): June
// 2025 has no bank holiday; 26 May 2025 is the Spring bank holiday.
import { createCalendar } from '../../src/calendar/index.js';
import { replay, type Complaint, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { policies } from '../../src/policy/index.js';

export const calendar = createCalendar({ region: 'england-and-wales' });
export const context = { policy: policies.wellington, calendar };

/** Replays hand-written events, failing loudly if the lifecycle rejects them. */
export function build(events: readonly LifecycleEvent[]): Complaint {
  const r = replay(events, context);
  if (!r.ok) throw new Error(`fixture rejected: ${r.error.code} at ${r.error.path}: ${r.error.message}`);
  return r.value;
}

const definition = (n = 1) => ({
  issues: Array.from({ length: n }, (_, i) => ({ id: `i${i + 1}`, summary: `Issue ${i + 1}` })),
  outcomesSought: ['Put it right'],
});

export const received = (id: string, at: string, extra: { procedure?: string; category?: string } = {}): LifecycleEvent => ({ type: 'received', at, complaintId: id, channel: 'email', procedure: 'A', ...extra });
export const acknowledged = (at: string, issues = 1): LifecycleEvent => ({ type: 'acknowledged', at, procedure: 'A', handler: 'officer-1', definition: definition(issues) });

export function responded(
  at: string,
  stage: 1 | 2,
  findings: readonly ('upheld' | 'not-upheld')[],
  remedies: { id: string; dueBy: string }[] = [],
): LifecycleEvent {
  return {
    type: 'responded',
    at,
    stage,
    definition: 'As acknowledged',
    findings: findings.map((finding, i) => ({ issue: `i${i + 1}`, finding, reasons: 'Because.' })),
    reasons: 'The reasons.',
    remedies: remedies.map((r) => ({ ...r, kind: 'action' as const, description: 'Do the repair' })),
    ...(remedies.length === 0 ? { noRemedyReason: 'Nothing to put right.' } : {}),
    outstandingActions: [],
    // Wellington s.9: every response says "That the complainant may refer the complaint to the Housing Ombudsman Service".
    ...(stage === 1 ? { escalation: 'Ask for stage 2 within 20 working days.' } : {}),
    ombudsman: 'Housing Ombudsman: 0300 111 3000.',
    notified: ['landlord-complaints-officer'],
  };
}

export const extension = (at: string, stage: 1 | 2, workingDays: number, extra: { goodReason?: string; complainantAgreed?: boolean } = {}): LifecycleEvent => ({
  type: 'extension-granted',
  at,
  stage,
  workingDays,
  reasons: 'Waiting for a surveyor.',
  ombudsmanDetailsGiven: true,
  ...extra,
});

/**
 * Seven complaints for June 2025 (period 2025-06-01 to 2025-06-30), with every figure worked out by
 * hand in test/reporting/report.test.ts.
 */
export function juneDataset(): Complaint[] {
  return [
    // A: received Mon 2 Jun, acknowledged Wed 4 Jun, stage 1 upheld Fri 13 Jun; remedy due 27 Jun, done 20 Jun.
    build([
      received('A', '2025-06-02'),
      acknowledged('2025-06-04'),
      responded('2025-06-13', 1, ['upheld'], [{ id: 'A-r1', dueBy: '2025-06-27' }]),
      { type: 'remedy-completed', at: '2025-06-20', remedyId: 'A-r1' },
    ]),
    // B: received Tue 3 Jun, acknowledged Thu 12 Jun (late), not upheld Fri 27 Jun (late).
    build([received('B', '2025-06-03'), acknowledged('2025-06-12'), responded('2025-06-27', 1, ['not-upheld'])]),
    // C: received Thu 5 Jun, acknowledged Fri 6 Jun, extended by 5 on Mon 16 Jun, partially upheld Wed 25 Jun;
    // remedy due Fri 27 Jun, never completed.
    build([
      received('C', '2025-06-05'),
      acknowledged('2025-06-06', 2),
      extension('2025-06-16', 1, 5),
      responded('2025-06-25', 1, ['upheld', 'not-upheld'], [{ id: 'C-r1', dueBy: '2025-06-27' }]),
    ]),
    // D: received Sat 7 Jun, refused Tue 10 Jun (legal proceedings).
    build([
      received('D', '2025-06-07'),
      { type: 'refused', at: '2025-06-10', grounds: ['legal-proceedings'], writtenReasons: 'A disrepair claim is before the court.', ombudsmanRightGiven: true },
    ]),
    // E: received Mon 9 Jun, acknowledged Tue 10 Jun, withdrawn Thu 12 Jun.
    build([received('E', '2025-06-09'), acknowledged('2025-06-10'), { type: 'withdrawn', at: '2025-06-12' }]),
    // F: stage 1 in May; stage 2 requested Mon 2 Jun, acknowledged Wed 4 Jun, extended by 12 (good reason) on
    // Fri 20 Jun, upheld Mon 30 Jun with a remedy due 10 Jul.
    build([
      received('F', '2025-05-01'),
      acknowledged('2025-05-02'),
      responded('2025-05-15', 1, ['not-upheld']),
      { type: 'escalation-requested', at: '2025-06-02' },
      { type: 'escalation-acknowledged', at: '2025-06-04', reviewer: 'reviewer-1' },
      extension('2025-06-20', 2, 12, { goodReason: 'An independent damp survey is booked.' }),
      responded('2025-06-30', 2, ['upheld'], [{ id: 'F-r1', dueBy: '2025-07-10' }]),
    ]),
    // G: stage 1 and 2 in March/April; referred to the Ombudsman Mon 2 Jun; evidence requested 2 Jun (provided
    // Fri 20 Jun) and 3 Jun (never provided).
    build([
      received('G', '2025-03-03'),
      acknowledged('2025-03-04'),
      responded('2025-03-14', 1, ['not-upheld']),
      { type: 'escalation-requested', at: '2025-03-20' },
      { type: 'escalation-acknowledged', at: '2025-03-21', reviewer: 'reviewer-1' },
      responded('2025-04-10', 2, ['not-upheld']),
      { type: 'ombudsman-referral', at: '2025-06-02', reference: 'HOS-1' },
      { type: 'ombudsman-evidence-requested', at: '2025-06-02', requestId: 'ev-1' },
      { type: 'ombudsman-evidence-requested', at: '2025-06-03', requestId: 'ev-2' },
      { type: 'ombudsman-evidence-provided', at: '2025-06-20', requestId: 'ev-1' },
    ]),
  ];
}
