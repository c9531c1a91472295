// One HousingComplaintsError identity: every subpath exports the same class, and `instanceof` holds
// between two separately loaded copies of the module (what a process that loads both the ES module
// and the CommonJS build has). The built package is checked the same way, from ESM and CommonJS, by
// `npm run check:package`.
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as calendar from '../../src/calendar/index.js';
import * as policy from '../../src/policy/index.js';
import * as lifecycle from '../../src/lifecycle/index.js';
import * as exclusions from '../../src/exclusions/index.js';
import * as outcomes from '../../src/outcomes/index.js';
import * as reporting from '../../src/reporting/index.js';
import * as selfAssessment from '../../src/self-assessment/index.js';

const modules = { root, calendar, policy, lifecycle, exclusions, outcomes, reporting, selfAssessment };

describe('HousingComplaintsError', () => {
  it('is exported, as the same class, by every module', () => {
    for (const [name, m] of Object.entries(modules)) expect(m.HousingComplaintsError, name).toBe(root.HousingComplaintsError);
  });

  it('instanceof holds between two separately loaded copies of the class, both ways', async () => {
    const second = '../../src/core/errors.js?copy'; // another module URL: a second evaluation of the file
    const copy = (await import(/* @vite-ignore */ second)) as typeof import('../../src/core/errors.js');
    expect(copy.HousingComplaintsError).not.toBe(root.HousingComplaintsError); // really a second copy
    const fromCopy = new copy.HousingComplaintsError('x', 'from the copy');
    const fromRoot = new root.HousingComplaintsError('y', 'from the root');
    expect(fromCopy instanceof root.HousingComplaintsError).toBe(true);
    expect(fromRoot instanceof copy.HousingComplaintsError).toBe(true);
    expect(fromCopy instanceof Error).toBe(true);
  });

  it('an error thrown by a function is an instance; other errors and look-alikes are not', () => {
    let thrown: unknown;
    try {
      calendar.createCalendar({ region: 'england-and-wales' }).addWorkingDays('2025-02-30', 5);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(root.HousingComplaintsError);
    expect(new Error('plain') instanceof root.HousingComplaintsError).toBe(false);
    expect({ name: 'HousingComplaintsError', code: 'x', message: 'm' } instanceof root.HousingComplaintsError).toBe(false);
    const notObjects: unknown[] = [null, undefined, 'housing-complaints: x', 42];
    for (const v of notObjects) expect(v instanceof root.HousingComplaintsError).toBe(false);
  });

  it('the brand stays out of JSON and of the enumerable keys', () => {
    const e = new root.HousingComplaintsError('code', 'message', { path: 'date' });
    const brand = Symbol.for('housing-complaints.HousingComplaintsError');
    expect(Object.getOwnPropertySymbols(e)).toEqual([brand]);
    expect(Object.prototype.propertyIsEnumerable.call(e, brand)).toBe(false);
    expect(Object.getOwnPropertySymbols({ ...e })).toEqual([]);
    expect(JSON.parse(JSON.stringify(e))).toEqual({ name: 'HousingComplaintsError', code: 'code', path: 'date' });
  });

  it('a subclass keeps the ordinary prototype check', () => {
    class Narrower extends root.HousingComplaintsError {}
    expect(new Narrower('n', 'narrower') instanceof Narrower).toBe(true);
    expect(new root.HousingComplaintsError('b', 'base') instanceof Narrower).toBe(false);
    expect(new Narrower('n', 'narrower') instanceof root.HousingComplaintsError).toBe(true);
  });
});
