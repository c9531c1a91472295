/**
 * The sources' own cases, walked end to end under the Wellington policy, with every deadline
 * checked against dates worked out by hand from the England and Wales bank holidays:
 *   2024: Wed 25 Dec (Christmas Day), Thu 26 Dec (Boxing Day)
 *   2025: Wed 1 Jan, Fri 18 Apr (Good Friday), Mon 21 Apr (Easter Monday), Mon 5 May, Mon 26 May,
 *         Mon 25 Aug, Thu 25 Dec, Fri 26 Dec.
 * Day 0 is the anchor date; "(n)" marks the nth working day after it.
 * Instants are used for `at` so the London date is exercised under every host time zone.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, deadlines, replay, type Deadline } from '../../src/lifecycle/index.js';
import { ackEv, built, receivedEv, respondEv, wellington } from './fixtures.js';

const byKind = (ds: Deadline[]) => Object.fromEntries(ds.map((d) => [d.ref === undefined ? d.kind : `${d.kind}:${d.ref}`, d]));

describe('Wellington s.5-s.7: a complaint received on the Friday before Christmas', () => {
  it('s.6 / Code 6.2: acknowledgement due Tue 31 Dec 2024 for a complaint received Fri 20 Dec at 16:45', () => {
    // 20 Dec (day 0); Mon 23 (1), Tue 24 (2), [25, 26 bank holidays] Fri 27 (3), Mon 30 (4), Tue 31 (5).
    const c = built([receivedEv('2024-12-20T16:45:00Z')]);
    expect(c.receivedOn).toBe('2024-12-20');
    const d = byKind(deadlines(c, wellington, '2024-12-31T09:00:00Z'));
    expect(d['stage-1-acknowledgement']).toMatchObject({ dueBy: '2024-12-31', status: 'due-today', basis: { anchor: '2024-12-20', workingDays: 5, anchorKind: 'receipt' } });
    expect(d['stage-1-response']).toBeUndefined(); // counted from the acknowledgement, not yet made
  });

  it('DESIGN.md Dates: 23:30 in New York on Friday is Saturday 04:30 in London; receipt still counts from Saturday (day 1 is Monday)', () => {
    // Sat 21 Dec (day 0); Mon 23 (1), Tue 24 (2), Fri 27 (3), Mon 30 (4), Tue 31 (5).
    const c = built([receivedEv('2024-12-20T23:30:00-05:00')]);
    expect(c.receivedOn).toBe('2024-12-21');
    expect(byKind(deadlines(c, wellington))['stage-1-acknowledgement']?.dueBy).toBe('2024-12-31');
  });

  it("policy receiptOnNonWorkingDay 'next-working-day': the same Saturday receipt counts from Monday 23 Dec", () => {
    // Mon 23 Dec (day 0); Tue 24 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Thu 2 Jan (5).
    const variant = { ...wellington, policy: { ...wellington.policy, receiptOnNonWorkingDay: 'next-working-day' as const } };
    const c = built([receivedEv('2024-12-20T23:30:00-05:00')], variant);
    expect(byKind(deadlines(c, variant))['stage-1-acknowledgement']).toMatchObject({ dueBy: '2025-01-02', basis: { anchor: '2024-12-23' } });
  });
});

describe('Wellington procedure A (s.6), end to end', () => {
  const events = [
    receivedEv('2024-12-20T16:45:00Z'),
    ackEv('2024-12-30T10:00:00Z'),
    { type: 'extension-granted', at: '2025-01-10T12:00:00Z', stage: 1, workingDays: 10, reasons: 'A heating engineer must inspect the boiler.', ombudsmanDetailsGiven: true },
    respondEv('2025-01-27T15:00:00Z', 1, { remedies: [{ id: 'r1', kind: 'apology', description: 'A written apology from CHS', dueBy: '2025-02-07' }] }),
    { type: 'remedy-completed', at: '2025-02-05T11:00:00Z', remedyId: 'r1' },
    { type: 'escalation-requested', at: '2025-02-19T09:30:00Z' },
    { type: 'escalation-acknowledged', at: '2025-02-24T10:00:00Z', reviewer: 'officer-ben' },
    { type: 'extension-granted', at: '2025-03-18T12:00:00Z', stage: 2, workingDays: 5, reasons: 'Awaiting a contractor report.', ombudsmanDetailsGiven: true },
    respondEv('2025-03-27T16:00:00Z', 2, { remedies: [{ id: 'r2', kind: 'financial', description: 'Credit of £50 to the rent account', dueBy: '2025-04-17', financial: { type: 'compensation', amountPence: 5000 } }] }),
    { type: 'ombudsman-referral', at: '2025-04-08T10:00:00Z', reference: 'HOS-2025-1' },
    { type: 'ombudsman-evidence-requested', at: '2025-04-14T10:00:00+01:00', requestId: 'ev-1' },
  ];

  it('every deadline matches the dates worked out by hand', () => {
    const c = built(events);
    expect(c.status).toBe('closed');
    const d = byKind(deadlines(c, wellington, '2025-04-22'));
    // Stage 1 acknowledgement (Code 6.2, s.6): 5 from receipt Fri 20 Dec -> Tue 31 Dec; made Mon 30 Dec.
    expect(d['stage-1-acknowledgement']).toMatchObject({ dueBy: '2024-12-31', status: 'met', metOn: '2024-12-30' });
    // Stage 1 response (Code 6.3, s.5): 10 from acknowledgement Mon 30 Dec: Tue 31 (1), Thu 2 Jan (2),
    // Fri 3 (3), Mon 6 (4), Tue 7 (5), Wed 8 (6), Thu 9 (7), Fri 10 (8), Mon 13 (9), Tue 14 (10);
    // extended by 10 on Fri 10 Jan: Wed 15 (11) ... Fri 24 (18), Mon 27 (19), Tue 28 Jan (20).
    expect(d['stage-1-response']).toMatchObject({ dueBy: '2025-01-28', status: 'met', metOn: '2025-01-27', basis: { anchor: '2024-12-30', workingDays: 20, extensionWorkingDays: 10 } });
    // Escalation window (s.6): 20 from the response Mon 27 Jan: Tue 28 (1) ... Fri 21 Feb (19), Mon 24 Feb (20).
    expect(d['escalation-window']).toMatchObject({ dueBy: '2025-02-24', status: 'met', metOn: '2025-02-19' });
    // Stage 2 acknowledgement (Code 6.11): 5 from the request Wed 19 Feb: Thu 20, Fri 21, Mon 24, Tue 25, Wed 26.
    expect(d['stage-2-acknowledgement']).toMatchObject({ dueBy: '2025-02-26', status: 'met', metOn: '2025-02-24' });
    // Stage 2 response (s.5: 20 from the request, stricter than Code 6.14): from Wed 19 Feb,
    // Thu 20 (1) ... Fri 28 (7), Mon 3 Mar (8) ... Tue 18 (19), Wed 19 Mar (20); extended by 5 on
    // Tue 18 Mar: Thu 20 (21), Fri 21 (22), Mon 24 (23), Tue 25 (24), Wed 26 Mar (25). Sent Thu 27: late.
    expect(d['stage-2-response']).toMatchObject({ dueBy: '2025-03-26', status: 'met-late', metOn: '2025-03-27', basis: { anchor: '2025-02-19', anchorKind: 'escalation-request', workingDays: 25 } });
    // Remedies (Code 7.3): as agreed.
    expect(d['remedy:r1']).toMatchObject({ dueBy: '2025-02-07', status: 'met', metOn: '2025-02-05' });
    expect(d['remedy:r2']).toMatchObject({ dueBy: '2025-04-17', status: 'overdue' });
    // Ombudsman evidence (s.10): 15 from Mon 14 Apr: Tue 15 (1), Wed 16 (2), Thu 17 (3), [Good Friday,
    // Easter Monday] Tue 22 (4) ... Fri 2 May (12), [Mon 5 May] Tue 6 (13), Wed 7 (14), Thu 8 May (15).
    expect(d['ombudsman-evidence:ev-1']).toMatchObject({ dueBy: '2025-05-08', status: 'pending', basis: { workingDays: 15, source: { policy: 's.10' } } });
  });

  it('records the dated history reporting needs', () => {
    const c = built(events);
    if (c.status !== 'closed' || c.stage2 === undefined || !('response' in c.stage1)) throw new Error('expected closed after stage 2');
    expect(c.history.map((h) => h.on)).toEqual(['2024-12-20', '2024-12-30', '2025-01-10', '2025-01-27', '2025-02-05', '2025-02-19', '2025-02-24', '2025-03-18', '2025-03-27', '2025-04-08', '2025-04-14']);
    expect(c.stage1.response).toMatchObject({ on: '2025-01-27', outcome: 'partially-upheld', late: false, decidedBy: 'agent-complaints-officer' });
    expect(c.stage2.response).toMatchObject({ on: '2025-03-27', late: true, decidedBy: 'agent-reviewer' });
    expect(c.stage2.extensions[0]).toMatchObject({ previousDueBy: '2025-03-19', newDueBy: '2025-03-26', late: false });
    expect(c.closure).toEqual({ on: '2025-03-27', how: 'stage-2-response' });
    expect(c.updateIntervals?.requiredSince).toBe('2025-01-10');
  });

  it('Ombudsman evidence provided the day before it is due is met', () => {
    const c = built([...events, { type: 'ombudsman-evidence-provided', at: '2025-05-07T17:00:00+01:00', requestId: 'ev-1' }]);
    expect(byKind(deadlines(c, wellington, '2025-05-20'))['ombudsman-evidence:ev-1']).toMatchObject({ status: 'met', metOn: '2025-05-07' });
  });
});

describe('Wellington procedure B (s.7), end to end', () => {
  const b = [
    receivedEv('2025-04-16T14:00:00+01:00', { channel: 'letter', procedure: 'B' }),
    { type: 'party-notified', at: '2025-04-16T15:00:00+01:00', role: 'landlord-complaints-officer' },
    ackEv('2025-04-24T10:00:00+01:00', { procedure: 'B', handler: 'officer-cat' }),
    { type: 'extension-granted', at: '2025-05-09T16:00:00+01:00', stage: 1, workingDays: 15, reasons: 'The committee meets on 28 May.', goodReason: 'The decision rests with the committee complaints officer, who is away until 27 May.', ombudsmanDetailsGiven: true },
    respondEv('2025-05-30T12:00:00+01:00', 1, { decidedBy: 'landlord-complaints-officer', remedies: [], noRemedyReason: 'No loss was found.' }),
    { type: 'escalation-requested', at: '2025-06-30T09:00:00+01:00', discretionReason: 'The complainant was in hospital when the window closed.' },
    { type: 'escalation-acknowledged', at: '2025-07-02T09:00:00+01:00', reviewer: 'officer-dan' },
    respondEv('2025-07-25T12:00:00+01:00', 2, { decidedBy: 'landlord-complaints-panel', remedies: [], noRemedyReason: 'No loss was found.' }),
  ];

  it('every deadline matches the dates worked out by hand', () => {
    const c = built(b);
    const d = byKind(deadlines(c, wellington, '2025-07-25'));
    // Acknowledgement: 5 from Wed 16 Apr: Thu 17 (1), [Good Friday, Easter Monday] Tue 22 (2), Wed 23 (3), Thu 24 (4), Fri 25 (5).
    expect(d['stage-1-acknowledgement']).toMatchObject({ dueBy: '2025-04-25', status: 'met', metOn: '2025-04-24' });
    // Response: 10 from Thu 24 Apr: Fri 25 (1), Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 1 May (5), Fri 2 (6),
    // [Mon 5 May] Tue 6 (7), Wed 7 (8), Thu 8 (9), Fri 9 May (10). The extension of 15 is notified on
    // Fri 9 May, the due date itself (not late): Mon 12 (11) ... Fri 23 (20), [Mon 26 May] Tue 27 (21),
    // Wed 28 (22), Thu 29 (23), Fri 30 (24), Mon 2 Jun (25).
    expect(d['stage-1-response']).toMatchObject({ dueBy: '2025-06-02', status: 'met', metOn: '2025-05-30', basis: { workingDays: 25, extensionWorkingDays: 15 } });
    // Escalation window: 20 from Fri 30 May: Mon 2 Jun (1) ... Fri 27 Jun (20). Asked Mon 30 Jun: late, with discretion (Code 5.11).
    expect(d['escalation-window']).toMatchObject({ dueBy: '2025-06-27', status: 'met-late', metOn: '2025-06-30' });
    // Stage 2 acknowledgement: 5 from Mon 30 Jun: Tue 1 Jul ... Mon 7 Jul.
    expect(d['stage-2-acknowledgement']).toMatchObject({ dueBy: '2025-07-07', status: 'met', metOn: '2025-07-02' });
    // Stage 2 response: 20 from Mon 30 Jun: Tue 1 Jul (1) ... Fri 25 (19), Mon 28 Jul (20).
    expect(d['stage-2-response']).toMatchObject({ dueBy: '2025-07-28', status: 'met', metOn: '2025-07-25' });
    expect(Object.keys(d)).toHaveLength(5);
  });

  it('s.7: the landlord complaints officer decides at stage 1 and the panel at stage 2', () => {
    const c = built(b);
    if (c.status !== 'closed' || c.stage2 === undefined || !('response' in c.stage1)) throw new Error('expected closed');
    expect(c.stage1.response.decidedBy).toBe('landlord-complaints-officer');
    expect(c.stage2.response.decidedBy).toBe('landlord-complaints-panel');
    expect(c.stage2.escalation).toMatchObject({ late: true, discretionReason: 'The complainant was in hospital when the window closed.' });
    expect(c.stage1.extensions[0]).toMatchObject({ late: false, previousDueBy: '2025-05-09', newDueBy: '2025-06-02' });
  });

  it('s.7: under procedure B the agent cannot decide at stage 2 (the panel does)', () => {
    const before = built(b.slice(0, 7));
    const r = applyEvent(before, respondEv('2025-07-25', 2, { decidedBy: 'agent-reviewer' }), wellington);
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'response-wrong-decider', path: 'event.decidedBy' });
  });

  it('replay reports the index of the event a rule refused', () => {
    const r = replay([...b.slice(0, 7), respondEv('2025-07-25', 2, { decidedBy: 'agent-reviewer' })], wellington);
    expect(r.ok ? undefined : r.error.path).toBe('events[7].decidedBy');
  });
});
