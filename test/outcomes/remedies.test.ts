import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import {
  COMPENSATION_BANDS, DETERMINATION_LEVELS, DETRIMENT_FACTORS, DETRIMENT_FACTOR_IDS, IMPACT_LEVELS, REMEDY_CATALOGUE, REMEDY_KINDS,
  compensationBand, financialRemedyRoute, formatPence, parseRemedy, trackRemedies, trackRemedy, unconsideredFactors,
} from '../../src/outcomes/index.js';
import { CODE_2024, definePolicy, policies } from '../../src/policy/index.js';

describe('remedy kinds: Code 7.1 "These can include" and policy s.8 "These may include"', () => {
  it('every kind has an entry citing 7.1 and/or s.8, with the source\'s words', () => {
    for (const kind of REMEDY_KINDS) {
      const info = REMEDY_CATALOGUE[kind];
      expect(info.kind).toBe(kind);
      expect(info.code ?? info.policy).toBeTruthy();
      if (info.code !== undefined) expect(info.source.provision).toBe('7.1');
      // The catalogue names no policy section: a policy's own remedies carry theirs (policy.remedies).
      expect(info.source.policy).toBeUndefined();
    }
  });
  it('s.8 "signposting to support agencies" is the policy\'s only; 7.1 "Taking action if there has been delay" the Code\'s only', () => {
    expect(REMEDY_CATALOGUE.signposting.code).toBeUndefined();
    expect(REMEDY_CATALOGUE['action-on-delay'].policy).toBeUndefined();
  });
});

describe('policy s.8 "Compensation for quantifiable loss will normally be paid as credit to the rent account ... Any discretionary payment will be reimbursed directly to the complainant"', () => {
  it('compensation is credited to the rent account, a discretionary payment paid to the complainant, cited to the policy', () => {
    const compensation = financialRemedyRoute({ type: 'compensation', amountPence: 100 }, policies.wellington);
    expect(compensation.route).toBe('rent-account-credit');
    expect(compensation.source).toEqual(policies.wellington.financialRemedies.source);
    expect(compensation.source.policy).toBe('s.8');
    expect(financialRemedyRoute({ type: 'discretionary', amountPence: 100 }, policies.wellington).route).toBe('paid-to-complainant');
  });
  it('with no policy there is no rule: no route is assumed, and the result says so citing the Code (7.1 lists financial remedies, not how they are paid)', () => {
    for (const type of ['compensation', 'discretionary'] as const) {
      const r = financialRemedyRoute({ type, amountPence: 100 });
      expect(r.route).toBeNull();
      expect(r.source.provision).toBe('7.1');
      expect(r.source.quote).toBe(CODE_2024.remedies.quote);
      expect(r.source.note).toMatch(/no route is assumed/);
    }
  });
  it('the route follows the policy data, not the engine: a variant that pays compensation to the complainant is followed, with its own sentence', () => {
    const source = { policy: 's.21', quote: 'Compensation is paid to the resident by bank transfer.' };
    const variant = definePolicy(policies.wellington, { financialRemedies: { compensation: 'paid-to-complainant', discretionary: 'paid-to-complainant', source } });
    expect(variant.ok).toBe(true);
    if (!variant.ok) return;
    const r = financialRemedyRoute({ type: 'compensation', amountPence: 100 }, variant.value);
    expect(r).toEqual({ route: 'paid-to-complainant', source });
  });
  it('a policy may route differently (CHS commercial pays its clients directly)', () => {
    expect(financialRemedyRoute({ type: 'compensation', amountPence: 100 }, policies.chsCommercialClient).route).toBe('paid-to-complainant');
  });
  it('amounts are whole pence: formatted as pounds, fractions and negatives rejected', () => {
    expect(formatPence(12_550)).toBe('£125.50');
    expect(formatPence(1_250_000)).toBe('£12,500');
    expect(formatPence(5)).toBe('£0.05');
    expect(() => formatPence(10.5)).toThrow(expect.objectContaining({ code: 'invalid-amount' }));
    expect(() => formatPence(-1)).toThrow(expect.objectContaining({ code: 'invalid-amount' }));
  });
  it('property: formatting pence round-trips to the same amount', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (p) => {
      expect(Math.round(Number(formatPence(p).slice(1).replace(/,/g, '')) * 100)).toBe(p);
    }), { numRuns });
  });
});

describe('parseRemedy: Code 7.3 "clearly set out what will happen and by when"', () => {
  const base = { id: 'r1', kind: 'apology', description: 'A written apology.', dueBy: '2025-03-14' };
  it('accepts a remedy that says what and by when', () => expect(parseRemedy(base)).toEqual({ ok: true, value: base }));
  it('rejects a remedy without a date, naming the field', () => {
    const r = parseRemedy({ ...base, dueBy: undefined });
    expect(r.ok ? null : r.error[0]?.path).toBe('remedy.dueBy');
  });
  it('rejects an amount that is not whole pence, naming the field', () => {
    const r = parseRemedy({ ...base, kind: 'financial', financial: { type: 'discretionary', amountPence: 12.5 } });
    expect(r.ok ? null : r.error[0]?.path).toBe('remedy.financial.amountPence');
  });
  it('a financial remedy needs its payment details; other kinds must not carry them', () => {
    const a = parseRemedy({ ...base, kind: 'financial' });
    expect(a.ok ? null : a.error[0]?.code).toBe('financial-details-missing');
    const b = parseRemedy({ ...base, financial: { type: 'compensation', amountPence: 100 } });
    expect(b.ok ? null : b.error[0]?.code).toBe('financial-details-unexpected');
  });
});

describe('tracking: Code 7.3 "Any remedy proposed must be followed through to completion"; policy s.9 "Outstanding actions will be tracked"', () => {
  const r = { id: 'r1', dueBy: '2025-03-14' };
  it('outstanding before the due date, due on it, overdue after it (with days late)', () => {
    expect(trackRemedy(r, '2025-03-13').status).toBe('outstanding');
    expect(trackRemedy(r, '2025-03-14').status).toBe('due');
    expect(trackRemedy(r, '2025-03-17')).toMatchObject({ status: 'overdue', daysLate: 3 });
  });
  it('completed on or before the due date; completed late after it', () => {
    expect(trackRemedy({ ...r, completedOn: '2025-03-14' }, '2025-04-01').status).toBe('completed');
    expect(trackRemedy({ ...r, completedOn: '2025-03-20' }, '2025-04-01')).toMatchObject({ status: 'completed-late', daysLate: 6 });
  });
  it('days late are calendar days, and say so: Fri 14 Mar to Mon 17 Mar 2025 is 3 days late (1 working day)', () => {
    // Code 7.3 asks what and by when: the due date is a date given to the resident, who goes
    // without the remedy over the weekend too.
    expect(trackRemedy(r, '2025-03-17')).toMatchObject({ daysLate: 3, daysLateUnit: 'calendar-days' });
    expect(trackRemedy({ ...r, completedOn: '2025-03-20' }, '2025-04-01')).toMatchObject({ daysLate: 6, daysLateUnit: 'calendar-days' });
    expect(trackRemedy(r, '2025-03-13')).not.toHaveProperty('daysLateUnit');
  });
  it('a completion dated after the as-of date is not known yet', () => {
    expect(trackRemedy({ ...r, completedOn: '2025-03-20' }, '2025-03-18').status).toBe('overdue');
  });
  it('an outstanding action with no due date is reported as such', () => {
    expect(trackRemedies([{ id: 'a1' }, { id: 'a2', completedOn: '2025-01-01' }], '2025-02-01').map((t) => t.status)).toEqual(['no-date', 'completed']);
  });
  it('a bad as-of date names the field', () => expect(() => trackRemedy(r, '14/03/2025')).toThrow(expect.objectContaining({ code: 'invalid-date', path: 'asOf' })));
});

describe('detriment factor labels', () => {
  it('one plain label for each factor id; the words are each policy\'s own (test/outcomes/detriment.test.ts)', () => {
    expect(DETRIMENT_FACTOR_IDS).toHaveLength(7);
    for (const id of DETRIMENT_FACTOR_IDS) {
      expect(DETRIMENT_FACTORS[id].id).toBe(id);
      expect(DETRIMENT_FACTORS[id].label.length).toBeGreaterThan(0);
      // The catalogue holds no policy's words and cites no section.
      expect(Object.keys(DETRIMENT_FACTORS[id])).toEqual(['id', 'label']);
    }
  });
  it('reports the factors an assessment did not consider, in the policy\'s order', () => {
    expect(unconsideredFactors({ duration: '14 weeks', severity: ' ' }, policies.wellington)).toEqual(DETRIMENT_FACTOR_IDS.filter((id) => id !== 'duration'));
  });
});

describe('Housing Ombudsman determinations and indicative compensation bands (Code 7.4 "take account of the guidance issued by the Ombudsman")', () => {
  it('six determination levels', () => expect(DETERMINATION_LEVELS).toEqual(['no-maladministration', 'service-failure', 'maladministration', 'severe-maladministration', 'reasonable-redress', 'outside-jurisdiction']));
  it('every band is labelled indicative and names the guidance', () => {
    for (const b of COMPENSATION_BANDS) {
      expect(b.indicative).toBe(true);
      expect(b.source.note).toMatch(/Guidance on remedies/);
    }
  });
  it('bands are contiguous and rising', () => {
    COMPENSATION_BANDS.slice(1).forEach((b, i) => expect(b.minPence).toBe(COMPENSATION_BANDS[i]?.maxPence));
  });
  it('the level bounds the band', () => {
    expect(compensationBand('service-failure', 'serious')?.id).toBe('band-1');
    expect(compensationBand('maladministration', 'adverse')?.id).toBe('band-2');
    expect(compensationBand('maladministration', 'significant')?.id).toBe('band-3');
    expect(compensationBand('severe-maladministration', 'limited')?.id).toBe('band-3');
    expect(compensationBand('severe-maladministration', 'serious')?.id).toBe('band-4');
  });
  it('no band for no maladministration, reasonable redress or outside jurisdiction', () => {
    for (const level of ['no-maladministration', 'reasonable-redress', 'outside-jurisdiction'] as const) {
      for (const impact of IMPACT_LEVELS) expect(compensationBand(level, impact)).toBeNull();
    }
  });
  it('property: a band, when given, lists the level it was asked for', () => {
    fc.assert(fc.property(fc.constantFrom(...DETERMINATION_LEVELS), fc.constantFrom(...IMPACT_LEVELS), (level, impact) => {
      const b = compensationBand(level, impact);
      if (b !== null) expect(b.levels).toContain(level);
    }), { numRuns });
  });
  it('an unknown level is an error naming the argument', () => {
    expect(() => compensationBand('awful' as never, 'serious')).toThrow(expect.objectContaining({ code: 'invalid-level', path: 'level' }));
  });
});
