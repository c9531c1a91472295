import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { policies } from '../../src/policy/index.js';
import { addCalendarMonths, checkExclusions, lastDayInTime, parseExclusionFacts, type ExclusionFacts } from '../../src/exclusions/index.js';

const wellington = { policy: policies.wellington };
const code = { policy: policies.housingOmbudsmanCode2024 };
// CHS commercial s.3: "more than six months old".
const sixMonths = { policy: policies.chsCommercialClient };
const timeLimit = (facts: ExclusionFacts, ctx = wellington) => {
  const g = checkExclusions(facts, ctx).grounds.find((r) => r.ground === 'time-limit');
  if (g === undefined) throw new Error('no time-limit ground');
  return g;
};

describe('Code 2.3 "within 12 months of the issue occurring or the resident becoming aware of the issue"', () => {
  it('received exactly 12 months after the issue (same day of the month): in time', () => {
    expect(timeLimit({ occurredOn: '2024-03-15', becameAwareOn: '2024-03-15', receivedOn: '2025-03-15' }, code).applies).toBe('no');
  });
  it('received 12 months and one day after the issue: out of time', () => {
    const g = timeLimit({ occurredOn: '2024-03-15', becameAwareOn: '2024-03-15', receivedOn: '2025-03-16', recurringAndPersisting: false }, code);
    expect(g.applies).toBe('yes');
    expect(g.why).toMatch(/in time only up to and including 2025-03-15/);
    expect(g.rule.provision).toBe('2.3');
  });
  it('29 February + 12 months is 28 February: in time on 2025-02-28, out on 2025-03-01', () => {
    expect(timeLimit({ becameAwareOn: '2024-02-29', receivedOn: '2025-02-28' }, code).applies).toBe('no');
    expect(timeLimit({ becameAwareOn: '2024-02-29', receivedOn: '2025-03-01', recurringAndPersisting: false }, code).applies).toBe('yes');
  });
  it('"or the resident becoming aware": awareness later than occurrence starts the clock from awareness', () => {
    const g = timeLimit({ occurredOn: '2023-01-10', becameAwareOn: '2024-06-01', receivedOn: '2025-05-31' }, code);
    expect(g.applies).toBe('no');
    expect(g.factsUsed).toEqual(['receivedOn', 'occurredOn', 'becameAwareOn']);
    expect(g.why).toMatch(/became aware of the issue on 2024-06-01/);
  });
  it('out of time from occurrence with awareness unknown: unknown, since awareness may be later', () => {
    const g = timeLimit({ occurredOn: '2023-01-10', receivedOn: '2025-05-31', recurringAndPersisting: false }, code);
    expect(g.applies).toBe('unknown');
    expect(g.missing).toEqual(['becameAwareOn']);
  });
  it('in time from occurrence: in time whatever the awareness date (awareness is never earlier)', () => {
    expect(timeLimit({ occurredOn: '2025-01-10', receivedOn: '2025-05-31' }, code).applies).toBe('no');
  });
  it('no receipt date: unknown, naming receivedOn', () => {
    expect(timeLimit({ occurredOn: '2025-01-10' }, code).missing).toEqual(['receivedOn']);
  });
});

describe('a policy that counts from the issue alone has no awareness limb', () => {
  it('Wellington s.3 "Complaints about something more than twelve months old": becoming aware later does not restart the clock', () => {
    const g = timeLimit({ occurredOn: '2023-01-10', becameAwareOn: '2024-06-01', receivedOn: '2025-05-31', recurringAndPersisting: false });
    expect(g.applies).toBe('yes');
    expect(g.factsUsed).not.toContain('becameAwareOn');
    expect(g.rule.note).toMatch(/no limb for becoming aware/);
    expect(g.rule.quote).toBe('Complaints about something more than twelve months old - unless it is a recurring issue that has been continuing for longer than twelve months and is persisting.');
    // The Code (2.3 "or the resident becoming aware of the issue") counts the same facts from awareness: in time.
    expect(timeLimit({ occurredOn: '2023-01-10', becameAwareOn: '2024-06-01', receivedOn: '2025-05-31' }, code).applies).toBe('no');
  });
  it('CHS commercial s.3 "Complaints about something more than six months old, unless it is a recurring issue ...": six months from the issue, awareness not asked for', () => {
    const g = timeLimit({ occurredOn: '2024-01-10', receivedOn: '2024-09-02', recurringAndPersisting: false }, sixMonths);
    expect(g.applies).toBe('yes');
    expect(g.missing).toEqual([]);
    expect(timeLimit({ occurredOn: '2024-01-10', becameAwareOn: '2024-08-01', receivedOn: '2024-09-02', recurringAndPersisting: false }, sixMonths).applies).toBe('yes');
    expect(timeLimit({ becameAwareOn: '2024-08-01', receivedOn: '2024-09-02' }, sixMonths).missing).toEqual(['occurredOn']);
  });
});

describe('s.3 "unless it is a recurring issue that has been continuing for longer than twelve months and is persisting"', () => {
  it('recurring and persisting: in time however old', () => {
    const g = timeLimit({ occurredOn: '2019-05-01', becameAwareOn: '2019-05-01', receivedOn: '2025-05-31', recurringAndPersisting: true });
    expect(g.applies).toBe('no');
    expect(g.factsUsed).toEqual(['recurringAndPersisting']);
  });
  it('old, recurrence not known: unknown, naming recurringAndPersisting', () => {
    expect(timeLimit({ occurredOn: '2019-05-01', becameAwareOn: '2019-05-01', receivedOn: '2025-05-31' }).missing).toEqual(['recurringAndPersisting']);
  });
  it('Code 2.3 "must consider whether to apply discretion to accept complaints made outside this time limit": discretion stated', () => {
    const g = timeLimit({ occurredOn: '2019-05-01', becameAwareOn: '2019-05-01', receivedOn: '2025-05-31', recurringAndPersisting: false });
    expect(g.discretion.applies).toBe(true);
    expect(g.discretion.source.provision).toBe('2.3');
    expect(g.discretion.text).toMatch(/12-month time limit/);
  });
});

describe('CHS commercial s.3 "Complaints about something more than six months old"', () => {
  it('31 August + 6 months is the last day of February (2025-02-28): in time that day, out the next', () => {
    expect(timeLimit({ occurredOn: '2024-08-31', receivedOn: '2025-02-28' }, sixMonths).applies).toBe('no');
    expect(timeLimit({ occurredOn: '2024-08-31', receivedOn: '2025-03-01', recurringAndPersisting: false }, sixMonths).applies).toBe('yes');
  });
  it('31 August 2023 + 6 months is 29 February 2024 (leap year)', () => {
    expect(lastDayInTime('2023-08-31', 6)).toBe('2024-02-29');
    expect(timeLimit({ occurredOn: '2023-08-31', receivedOn: '2024-02-29' }, sixMonths).applies).toBe('no');
  });
  it('30 September + 6 months is 30 March; 31 March + 6 months is 30 September', () => {
    expect(lastDayInTime('2024-09-30', 6)).toBe('2025-03-30');
    expect(lastDayInTime('2025-03-31', 6)).toBe('2025-09-30');
  });
});

describe('addCalendarMonths: month-end clamp', () => {
  it('clamps to the end of a shorter month and crosses years', () => {
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addCalendarMonths('2024-12-15', 12)).toBe('2025-12-15');
    expect(addCalendarMonths('2024-11-30', 3)).toBe('2025-02-28');
  });
  it('rejects a date that is not a calendar date, naming the field', () => {
    expect(() => addCalendarMonths('2024-13-01', 1, 'facts.occurredOn')).toThrow(expect.objectContaining({ code: 'invalid-date', path: 'facts.occurredOn' }));
  });
  it('property: the result is in the target month, never earlier in the month than the start, and month-end only when clamped', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 36 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        const out = addCalendarMonths(iso, n);
        const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7)), day = Number(iso.slice(8, 10));
        const idx = y * 12 + m - 1 + n;
        expect(Number(out.slice(0, 4))).toBe(Math.floor(idx / 12));
        expect(Number(out.slice(5, 7))).toBe((idx % 12) + 1);
        const outDay = Number(out.slice(8, 10));
        const dim = new Date(Date.UTC(Math.floor(idx / 12), (idx % 12) + 1, 0)).getUTCDate();
        expect(outDay).toBe(Math.min(day, dim));
      }),
      { numRuns },
    );
  });
  it('property: a complaint received within the period is in time, one day after it is not', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(6, 12), (d, months) => {
        const start = d.toISOString().slice(0, 10);
        const last = lastDayInTime(start, months);
        const after = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        const ctx = months === 6 ? sixMonths : wellington;
        expect(timeLimit({ occurredOn: start, receivedOn: last }, ctx).applies).toBe('no');
        expect(timeLimit({ occurredOn: start, receivedOn: after, recurringAndPersisting: false }, ctx).applies).toBe('yes');
      }),
      { numRuns },
    );
  });
});

describe('parseExclusionFacts: untrusted facts as a Result', () => {
  it('names the field of a date that is not a calendar date', () => {
    const r = parseExclusionFacts({ occurredOn: '31/08/2024' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]).toMatchObject({ code: 'invalid-fact', path: 'facts.occurredOn' });
  });
  it('rejects unknown fields (a misspelt fact would otherwise be silently ignored)', () => {
    const r = parseExclusionFacts({ anonymus: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.message).toMatch(/anonymus/);
  });
  it('rejects awareness before occurrence and dates after receipt', () => {
    const r = parseExclusionFacts({ occurredOn: '2024-05-01', becameAwareOn: '2024-04-01', receivedOn: '2024-03-01' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.path)).toEqual(['facts.becameAwareOn', 'facts.occurredOn', 'facts.becameAwareOn']);
  });
  it('accepts valid facts unchanged', () => {
    const facts = { receivedOn: '2025-03-03', occurredOn: '2024-01-01', anonymous: false };
    expect(parseExclusionFacts(facts)).toEqual({ ok: true, value: facts });
  });
});
