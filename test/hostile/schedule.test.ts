/**
 * The shared timing (lifecycle/schedule.ts) checks a host's arguments at its exported doors
 * (`dayZero`, `nthWorkingDay`, `dueDate`, `countedExtensionDays`); the library's own callers use
 * unchecked twins. The doors still refuse bad day arithmetic with a typed error naming the function
 * called, and `deadlines` still refuses a stored complaint whose extension records are malformed.
 */
import { describe, expect, it } from 'vitest';
import { HousingComplaintsError } from '../../src/core/index.js';
import { countedExtensionDays, dayZero, deadlines, dueDate, nthWorkingDay, type Complaint } from '../../src/lifecycle/index.js';
import { ackEv, built, calendar, receivedEv, wellington } from '../lifecycle/fixtures.js';

function thrown(f: () => unknown): HousingComplaintsError {
  try {
    f();
  } catch (e) {
    if (e instanceof HousingComplaintsError) return e;
    throw new Error(`not a HousingComplaintsError: ${String(e)}`);
  }
  throw new Error('did not throw');
}

describe('the timing doors check their arguments', () => {
  const notDays = { isWorkingDay: () => true } as never;
  it('dayZero, nthWorkingDay and dueDate refuse day arithmetic without its functions, naming the function called', () => {
    expect(thrown(() => dayZero('2025-01-04', 'receipt', 'next-working-day', notDays))).toMatchObject({ code: 'invalid-argument', path: 'days', rule: 'type', message: expect.stringContaining('dayZero: ') });
    expect(thrown(() => nthWorkingDay('2025-01-06', 5, notDays))).toMatchObject({ path: 'days', message: expect.stringContaining('nthWorkingDay: ') });
    expect(thrown(() => dueDate({ workingDays: 5, anchor: 'receipt' }, { receipt: '2025-01-06', acknowledgement: undefined, escalationRequest: undefined, stageResponse: undefined }, 'counts-from-receipt', notDays))).toMatchObject({ path: 'days', message: expect.stringContaining('dueDate: ') });
    expect(thrown(() => dueDate(null as never, { receipt: '2025-01-06' } as never, 'counts-from-receipt', calendar))).toMatchObject({ path: 'timescale' });
  });
  it('and answer as before for good arguments', () => {
    expect(dayZero('2025-01-04', 'receipt', 'next-working-day', calendar)).toBe('2025-01-06');
    expect(nthWorkingDay('2025-01-06', 5, calendar)).toBe('2025-01-13');
    expect(dueDate({ workingDays: 5, anchor: 'receipt' }, { receipt: '2025-01-04', acknowledgement: undefined, escalationRequest: undefined, stageResponse: undefined }, 'next-working-day', calendar)).toBe('2025-01-13');
    expect(countedExtensionDays([{ on: '2025-01-08', workingDays: 5, totalWorkingDays: 5, late: false }], { withoutGoodReason: 10 })).toBe(5);
    expect(thrown(() => countedExtensionDays([{}] as never, { withoutGoodReason: 10 }))).toMatchObject({ path: 'extensions.0', rule: 'shape' });
  });
});

describe("a stored complaint's malformed extension records are refused, not read", () => {
  const c = built([receivedEv('2025-01-06'), ackEv('2025-01-07')]) as Complaint & { stage1: { extensions: unknown[] } };
  it.each([[[null]], [[{}]], [null]])('extensions %j: a typed error', (extensions) => {
    const bad = { ...c, stage1: { ...c.stage1, extensions } } as unknown as Complaint;
    expect(thrown(() => deadlines(bad, wellington, '2025-02-01'))).toMatchObject({ code: 'invalid-argument', path: expect.stringMatching(/^extensions/) });
  });
});
