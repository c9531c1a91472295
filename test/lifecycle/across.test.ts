/**
 * Across complaints: the overdue list over many complaints with working days overdue, a deadline
 * as a sentence citing its source, the Code 5.9 update deadline, and reporting over an
 * AsyncIterable.
 */
import { describe, expect, it } from 'vitest';
import { generateComplaints, performanceReport, performanceReportAsync } from '../../src/reporting/index.js';
import { deadlines, describeDeadline, overdue, overdueAcross, type Complaint } from '../../src/lifecycle/index.js';
import { ackEv, built, calendar, receivedEv, wellington } from './fixtures.js';

describe('overdueAcross', () => {
  it('lists every complaint\'s overdue deadlines, most working days overdue first, equal to overdue() per complaint', () => {
    const complaints = [...generateComplaints({ seed: 21, count: 200, from: '2024-04-01', to: '2024-06-30', policy: wellington.policy, calendar })];
    const asOf = '2024-07-15';
    const list = overdueAcross(complaints, wellington, asOf);
    const expected = complaints.flatMap((c) => overdue(c, wellington, asOf).map((d) => `${c.id} ${d.kind} ${d.ref ?? ''}`));
    expect(list.map((i) => `${i.complaintId} ${i.deadline.kind} ${i.deadline.ref ?? ''}`).sort()).toEqual(expected.sort());
    expect(list.length).toBeGreaterThan(0);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.deadline.workingDaysOverdue).toBeGreaterThanOrEqual(list[i]!.deadline.workingDaysOverdue);
    for (const item of list) expect(item.deadline.workingDaysOverdue).toBe(calendar.workingDaysBetween(item.deadline.dueBy, asOf));
  });

  it('gives working days overdue on each overdue deadline (a response due Thursday 9 January 2025 is 2 working days overdue on Monday 13 January)', () => {
    const c = built([receivedEv('2024-12-20'), ackEv('2024-12-23')]);
    const r = deadlines(c, wellington, '2025-01-13').find((d) => d.kind === 'stage-1-response')!;
    expect(r.dueBy).toBe('2025-01-09');
    expect(r).toMatchObject({ status: 'overdue', workingDaysOverdue: 2 });
  });
});

describe('describeDeadline', () => {
  it('says the working days, the extension, the anchor and its date, and the source read from the deadline', () => {
    const c = built([
      receivedEv('2024-12-20'),
      ackEv('2024-12-30'),
      { type: 'extension-granted', at: '2025-01-06', stage: 1, workingDays: 5, reasons: 'A surveyor must inspect the roof.', ombudsmanDetailsGiven: true },
    ]);
    const d = deadlines(c, wellington).find((x) => x.kind === 'stage-1-response')!;
    const cited = [d.basis.source.provision === undefined ? undefined : `Code ${d.basis.source.provision}`, d.basis.source.policy === undefined ? undefined : `policy ${d.basis.source.policy}`].filter(Boolean).join('; ');
    expect(describeDeadline(d)).toBe(`15 working days, including 5 of extension, from the acknowledgement on 30 December 2024 (${cited})`);
    const ack = deadlines(c, wellington).find((x) => x.kind === 'stage-1-acknowledgement')!;
    expect(describeDeadline(ack)).toMatch(/^5 working days, from receipt on 20 December 2024 \(/);
  });
});

describe('Code 5.9: the next update when intervals were agreed', () => {
  it('is due the agreed working days after the agreement, then after each update, while a response is awaited', () => {
    const events = [
      receivedEv('2025-01-03'),
      ackEv('2025-01-06'),
      { type: 'extension-granted', at: '2025-01-10', stage: 1, workingDays: 5, reasons: 'Survey', ombudsmanDetailsGiven: true },
      { type: 'update-sent', at: '2025-01-13', note: 'Survey booked', everyWorkingDays: 5 },
    ];
    const c = built(events);
    const u = deadlines(c, wellington, '2025-01-14').find((d) => d.kind === 'complainant-update')!;
    expect(u).toMatchObject({ dueBy: calendar.addWorkingDays('2025-01-13', 5), status: 'pending', basis: { anchor: '2025-01-13', workingDays: 5, source: { provision: '5.9' } } });
    const later = built([...events, { type: 'update-sent', at: '2025-01-17' }]);
    expect(deadlines(later, wellington, '2025-01-17').find((d) => d.kind === 'complainant-update')?.dueBy).toBe(calendar.addWorkingDays('2025-01-17', 5));
    expect(overdue(c, wellington, calendar.addWorkingDays('2025-01-13', 6)).map((d) => d.kind)).toContain('complainant-update');
  });
});

describe('performanceReportAsync', () => {
  it('reports on an AsyncIterable exactly as performanceReport on the same complaints', async () => {
    const complaints = [...generateComplaints({ seed: 8, count: 120, from: '2024-04-01', to: '2025-03-31', policy: wellington.policy, calendar })];
    async function* cursor(): AsyncGenerator<Complaint> {
      for (const c of complaints) yield c;
    }
    const options = { from: '2024-04-01', to: '2025-03-31', homes: 600 };
    expect(await performanceReportAsync(cursor(), wellington, options)).toEqual(performanceReport(complaints, wellington, options));
    expect(await performanceReportAsync(complaints, wellington, options)).toEqual(performanceReport(complaints, wellington, options));
    await expect(performanceReportAsync(42 as never, wellington, options)).rejects.toMatchObject({ code: 'invalid-complaints' });
  });
});
