/**
 * DESIGN.md "Dates": "As of" is point in time: an answer as of a date equals the answer from
 * replaying only the events dated on or before it.
 */
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dates.js';
import { policies } from '../../src/policy/index.js';
import { generateComplaintEvents } from '../../src/reporting/index.js';
import { complaintAsOf, deadlines, overdue, replay, type LifecycleContext } from '../../src/lifecycle/index.js';
import { ackEv, built, calendar, receivedEv, wellington } from './fixtures.js';

const numRuns = runs(0.6);
const plusDays = (date: string, n: number) => fromDayNumber(toDayNumber(date, 'date') + n);

describe('point in time', () => {
  it('a response due on day D and extended late on D+4 is overdue on D+1 (the extension had not been granted), and still overdue once it was (Code 6.4)', () => {
    const c0 = built([receivedEv('2024-12-20'), ackEv('2024-12-23')]);
    const due = deadlines(c0, wellington).find((d) => d.kind === 'stage-1-response')!.dueBy;
    const late = plusDays(due, 4);
    const c = built([
      receivedEv('2024-12-20'),
      ackEv('2024-12-23'),
      { type: 'extension-granted', at: late, stage: 1, workingDays: 5, reasons: 'A surveyor must inspect the roof.', ombudsmanDetailsGiven: true },
    ]);
    expect(overdue(c, wellington, plusDays(due, 1)).map((d) => d.kind)).toContain('stage-1-response');
    // Code 6.4: "decide whether an extension ... is needed ... and then inform the resident of the
    // expected timescale": told after the response was due, it cannot make the response on time.
    expect(overdue(c, wellington, late).map((d) => d.kind)).toContain('stage-1-response');
    expect(deadlines(c, wellington, plusDays(due, 1)).find((d) => d.kind === 'stage-1-response')?.basis.extensionWorkingDays).toBeUndefined();
  });

  it('a response extended on its due day D is due on D as of D-1 (the extension had not been granted) and later as of D', () => {
    const c0 = built([receivedEv('2024-12-20'), ackEv('2024-12-23')]);
    const due = deadlines(c0, wellington).find((d) => d.kind === 'stage-1-response')!.dueBy;
    const c = built([
      receivedEv('2024-12-20'),
      ackEv('2024-12-23'),
      { type: 'extension-granted', at: due, stage: 1, workingDays: 5, reasons: 'A surveyor must inspect the roof.', ombudsmanDetailsGiven: true },
    ]);
    expect(deadlines(c, wellington, plusDays(due, -1)).find((d) => d.kind === 'stage-1-response')).toMatchObject({ dueBy: due, status: 'pending' });
    const extended = deadlines(c, wellington, due).find((d) => d.kind === 'stage-1-response')!;
    expect(extended.dueBy > due).toBe(true);
    expect(extended.basis.extensionWorkingDays).toBe(5);
  });

  it('before receipt a complaint has no deadlines; complaintAsOf is undefined', () => {
    const c = built([receivedEv('2024-12-20'), ackEv('2024-12-23')]);
    expect(deadlines(c, wellington, '2024-12-19')).toEqual([]);
    expect(overdue(c, wellington, '2024-12-19')).toEqual([]);
    expect(complaintAsOf(c, wellington, '2024-12-19')).toBeUndefined();
    expect(complaintAsOf(c, wellington, '2024-12-23')).toBe(c); // nothing later: the complaint itself
  });

  const contexts: LifecycleContext[] = [wellington, { policy: policies.housingOmbudsmanCode2024, calendar }];

  it('property: deadlines and overdue as of any date equal those of the events dated on or before it', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...contexts), fc.integer({ min: -5, max: 400 }), (seed, context, offset) => {
        const [events] = [...generateComplaintEvents({ seed, count: 1, from: '2024-04-01', to: '2025-03-31', policy: context.policy, calendar: context.calendar })];
        const full = replay(events!, context);
        if (!full.ok) throw new Error(full.error.message);
        const asOf = plusDays(full.value.receivedOn, offset);
        const kept = events!.filter((_, i) => full.value.history[i]!.on <= asOf);
        const expected = kept.length === 0 ? [] : deadlines(built(kept, context), context, asOf);
        expect(deadlines(full.value, context, asOf)).toEqual(expected);
        const expectedOverdue = kept.length === 0 ? [] : overdue(built(kept, context), context, asOf);
        expect(overdue(full.value, context, asOf)).toEqual(expectedOverdue);
      }),
      { numRuns },
    );
  });
});
