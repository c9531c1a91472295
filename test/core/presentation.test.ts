import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { axisTicks, count, labelOf, shortMonth, tidy, writtenDate } from '../../src/core/presentation.js';

describe('presentation helpers', () => {
  it('axisTicks: round steps from 0 to at least the maximum, about five of them', () => {
    expect(axisTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(230)).toEqual([0, 50, 100, 150, 200, 250]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (max) => {
        const t = axisTicks(max);
        const step = (t[1] as number) - (t[0] as number);
        expect(t[0]).toBe(0);
        expect(t[t.length - 1]).toBeGreaterThanOrEqual(max);
        expect(t.length).toBeGreaterThanOrEqual(2);
        expect(t.length).toBeLessThanOrEqual(12);
        expect(String(step)).toMatch(/^[125]0*$/);
      }),
      { numRuns },
    );
  });

  it('dates and months in words; ids as labels; plurals', () => {
    expect(writtenDate('2024-11')).toBe('November 2024');
    expect(writtenDate('2025-03-31')).toBe('31 March 2025');
    expect(writtenDate('soon')).toBe('soon');
    expect(shortMonth('2025-04')).toBe('Apr');
    expect(shortMonth('2026-01', true)).toBe('Jan 2026');
    expect(labelOf('rent-and-service-charges')).toBe('Rent and service charges');
    expect(labelOf('no-maladministration')).toBe('No maladministration');
    expect(labelOf('Stage 1')).toBe('Stage 1');
    expect(count(1, 'breach', 'breaches')).toBe('1 breach');
    expect(count(0, 'warning')).toBe('0 warnings');
  });

  it('tidy: no doubled stops after a bracket, an ellipsis kept', () => {
    expect(tidy("The policy excludes 'x' (First time requests (reporting a repair).).")).toBe("The policy excludes 'x' (First time requests (reporting a repair)).");
    expect(tidy('Wait... then.. go .')).toBe('Wait... then. go.');
  });
});
