import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import {
  COMPENSATION_BANDS,
  COMPENSATION_GUIDANCE_2026,
  MAX_COMPENSATION_COUNT,
  OMBUDSMAN_GUIDANCE,
  REMEDIES_GUIDANCE_2024,
  SPECIFIC_COMPENSATION_ORDERS,
  compensationBand,
  guidanceInForce,
  specificCompensation,
} from '../../src/outcomes/index.js';

const numRuns = runs(2);

describe('the Ombudsman\'s guidance as dated data', () => {
  it('Compensation Guidance: "published on 3 February 2026 and takes effect from 1 April 2026"', () => {
    expect(COMPENSATION_GUIDANCE_2026.published).toBe('2026-02-03');
    expect(COMPENSATION_GUIDANCE_2026.appliesFrom).toBe('2026-04-01');
    expect(COMPENSATION_GUIDANCE_2026.appliesTo).toBeUndefined();
  });
  it('s.2 Scope: "Our orders for compensation will apply our own guidance rather than the landlord\'s policy."', () => {
    expect(COMPENSATION_GUIDANCE_2026.confirmation.found).toContain("will apply our own guidance rather than the landlord's policy");
  });
  it('the earlier bands are dated to the day before, and marked unconfirmed with what was found', () => {
    expect(REMEDIES_GUIDANCE_2024.appliesTo).toBe('2026-03-31');
    expect(REMEDIES_GUIDANCE_2024.confirmation.status).toBe('unconfirmed');
    for (const b of COMPENSATION_BANDS) {
      expect(b.guidance).toBe('remedies-guidance-2024');
      expect(b.appliesTo).toBe('2026-03-31');
      expect(b.confirmation.status).toBe('unconfirmed');
      expect(b.source.note).toMatch(/unconfirmed/);
    }
  });
  it('editions do not overlap and follow one another', () => {
    OMBUDSMAN_GUIDANCE.slice(1).forEach((g, i) => {
      const prev = OMBUDSMAN_GUIDANCE[i];
      expect(prev?.appliesTo).toBeDefined();
      expect(prev!.appliesTo! < g.appliesFrom).toBe(true);
    });
  });
  it('guidanceInForce picks the edition by date, inclusive at both ends', () => {
    expect(guidanceInForce('2024-03-31')).toBeNull();
    expect(guidanceInForce('2024-04-01')?.id).toBe('remedies-guidance-2024');
    expect(guidanceInForce('2026-03-31')?.id).toBe('remedies-guidance-2024');
    expect(guidanceInForce('2026-04-01')?.id).toBe('compensation-guidance-2026');
    expect(guidanceInForce('2030-01-01')?.id).toBe('compensation-guidance-2026');
  });
  it('compensationBand refuses a date the bands do not apply on', () => {
    expect(compensationBand('maladministration', 'adverse', '2026-03-31')?.id).toBe('band-2');
    expect(() => compensationBand('maladministration', 'adverse', '2026-04-01')).toThrow(expect.objectContaining({ code: 'guidance-not-in-force', path: 'on' }));
    expect(() => compensationBand('maladministration', 'adverse', '2026-02-30')).toThrow(expect.objectContaining({ code: 'invalid-date', path: 'on' }));
  });
});

describe('specific compensation orders (Compensation Guidance 2026)', () => {
  const rate = (id: string) => SPECIFIC_COMPENSATION_ORDERS.find((o) => o.id === id)?.ratePence;
  it('"loss of heating - £15 per day for complete loss or £8 per day for loss of one service (heating OR hot water)"', () => {
    expect(rate('heating-and-hot-water-complete-loss')).toBe(1500);
    expect(rate('heating-or-hot-water')).toBe(800);
  });
  it('"loss of power - £10 per day for complete loss or £10 per week for loss of lighting only"', () => {
    expect(rate('power-complete-loss')).toBe(1000);
    expect(SPECIFIC_COMPENSATION_ORDERS.find((o) => o.id === 'lighting-only')).toMatchObject({ ratePence: 1000, per: 'week' });
  });
  it('"missed appointments - £15 per missed appointment"', () => expect(rate('missed-appointment')).toBe(1500));

  it('works a case out line by line, citing the guidance', () => {
    const r = specificCompensation({ assessedOn: '2026-05-11', daysWithoutHeatingAndHotWater: 4, daysWithoutHotWaterOnly: 3, daysWithoutPower: 2, missedAppointments: 2 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 4 × £15 + 3 × £8 + 2 × £10 + 2 × £15 = £60 + £24 + £20 + £30
    expect(r.value.totalPence).toBe(13_400);
    expect(r.value.lines.map((l) => [l.order, l.quantity, l.amountPence])).toEqual([
      ['heating-and-hot-water-complete-loss', 4, 6000],
      ['heating-or-hot-water', 3, 2400],
      ['power-complete-loss', 2, 2000],
      ['missed-appointment', 2, 3000],
    ]);
    expect(r.value.guidance.id).toBe('compensation-guidance-2026');
    for (const l of r.value.lines) expect(l.source.note).toContain(l.text);
  });
  it('lighting only: each week begun is charged, and the reading says so', () => {
    const r = specificCompensation({ assessedOn: '2026-04-01', daysWithoutLightingOnly: 8 });
    expect(r.ok && r.value.lines[0]).toMatchObject({ count: 8, quantity: 2, amountPence: 2000 });
    expect(r.ok && r.value.readings.some((x) => /week begun/.test(x))).toBe(true);
  });
  it('no facts, no lines: a total of zero', () => {
    const r = specificCompensation({ assessedOn: '2026-04-01' });
    expect(r.ok && r.value.totalPence).toBe(0);
  });
  it('refuses a date before the guidance applies, saying which edition was in force', () => {
    const r = specificCompensation({ assessedOn: '2026-03-31', missedAppointments: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'guidance-not-in-force', path: 'facts.assessedOn', appliesFrom: '2026-04-01', inForce: 'remedies-guidance-2024' });
  });
  it('bad facts are typed errors naming the field and the limit', () => {
    const bad = (facts: unknown) => { const r = specificCompensation(facts); return r.ok ? undefined : r.error; };
    expect(bad(null)).toMatchObject({ code: 'invalid-facts', path: 'facts' });
    expect(bad({ assessedOn: '2026-13-01' })).toMatchObject({ code: 'invalid-date', path: 'facts.assessedOn' });
    expect(bad({ assessedOn: '2026-05-01', daysWithoutPower: 1.5 })).toMatchObject({ code: 'invalid-count', path: 'facts.daysWithoutPower' });
    expect(bad({ assessedOn: '2026-05-01', daysWithoutPower: -1 })).toMatchObject({ code: 'invalid-count' });
    expect(bad({ assessedOn: '2026-05-01', missedAppointments: MAX_COMPENSATION_COUNT + 1 })).toMatchObject({ code: 'count-too-large', maximum: MAX_COMPENSATION_COUNT });
    expect(bad({ assessedOn: '2026-05-01', daysWithoutGas: 3 })).toMatchObject({ code: 'unknown-field', path: 'facts.daysWithoutGas' });
    expect(bad(JSON.parse('{"assessedOn":"2026-05-01","__proto__":{"missedAppointments":5}}'))).toMatchObject({ code: 'unknown-field' });
  });
  it('property: the total is the sum of the lines and is linear in each count', () => {
    const count = fc.integer({ min: 0, max: 400 });
    fc.assert(fc.property(count, count, count, count, count, count, (a, b, c, d, e, f) => {
      const facts = { assessedOn: '2026-06-15', daysWithoutHeatingAndHotWater: a, daysWithoutHeatingOnly: b, daysWithoutHotWaterOnly: c, daysWithoutPower: d, daysWithoutLightingOnly: e, missedAppointments: f };
      const r = specificCompensation(facts);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.totalPence).toBe(r.value.lines.reduce((s, l) => s + l.amountPence, 0));
      expect(r.value.totalPence).toBe(1500 * a + 800 * (b + c) + 1000 * d + 1000 * Math.ceil(e / 7) + 1500 * f);
    }), { numRuns });
  });
  it('does not mutate its input', () => {
    const facts = Object.freeze({ assessedOn: '2026-06-15', missedAppointments: 3 });
    expect(specificCompensation(facts).ok).toBe(true);
  });
});
