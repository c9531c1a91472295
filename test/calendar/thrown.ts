import { expect } from 'vitest';
import { HousingComplaintsError } from '../../src/calendar/index.js';

/** The HousingComplaintsError `fn` throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): HousingComplaintsError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HousingComplaintsError);
    return e as HousingComplaintsError;
  }
  throw new Error('expected a HousingComplaintsError, nothing was thrown');
}
