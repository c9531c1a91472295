// The one run count reaches every property: those that name it and those that name none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, MIN_RUNS, numRuns, runs } from './properties.js';

describe('the shared fast-check run count', () => {
  it('is FC_NUM_RUNS when set, else the default', () => {
    expect(numRuns).toBe(process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : DEFAULT_RUNS);
  });
  it('is fast-check\'s global setting, so a property naming no count tries exactly that many cases', () => {
    let tried = 0;
    fc.assert(fc.property(fc.integer(), () => void tried++));
    expect(tried).toBe(numRuns);
  });
  it('scales for cheaper and dearer properties, never below the minimum', () => {
    expect(runs()).toBe(Math.max(MIN_RUNS, numRuns));
    expect(runs(20)).toBe(Math.max(MIN_RUNS, numRuns * 20));
    expect(runs(1 / 1e9)).toBe(MIN_RUNS);
  });
});
