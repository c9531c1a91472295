/**
 * performanceReport reads stored complaints as the host gives them. A record whose parts are not in
 * the shape the lifecycle stores is counted under `skipped` with the reason, as the reporting guide
 * says ("A complaint whose dates cannot be read is left out of the figure concerned and counted
 * under `skipped` with the reason"): never a TypeError, and never read as if it had no extensions.
 */
import { describe, expect, it } from 'vitest';
import { createPolicyCalendar, wellington } from '../../src/policy/index.js';
import { generateComplaints, performanceReport } from '../../src/reporting/index.js';
import type { Complaint } from '../../src/lifecycle/index.js';

const calendar = createPolicyCalendar(wellington);
const context = { policy: wellington, calendar };
const options = { from: '2025-01-01', to: '2025-12-31' };
const all = [...generateComplaints({ count: 200, seed: 1, from: '2025-01-01', to: '2025-12-31', policy: wellington, calendar })];
const extended = all.find((c) => c.stage1.extensions.length > 0)!;
const referred = all.find((c) => c.ombudsman.referrals.length > 0);

function changed(base: Complaint, mutate: (c: any) => void): Complaint {
  const c = JSON.parse(JSON.stringify(base));
  mutate(c);
  return c;
}

describe('performanceReport and records not in the stored shape', () => {
  it('the generated complaints are all read (none skipped)', () => {
    expect(performanceReport(all, context, options).skipped).toEqual([]);
  });

  const cases: [string, (c: any) => void, string][] = [
    ['an extension that is an empty object', (c) => (c.stage1.extensions = [{}]), 'a stage 1 extension is not an extension'],
    ['an extension that is null', (c) => (c.stage1.extensions = [null]), 'a stage 1 extension is not an extension'],
    ['extensions that are not a list', (c) => (c.stage1.extensions = 'x'), 'the stage 1 record is not an object with a list of extensions'],
    ['no stage 1 record', (c) => (c.stage1 = null), 'the stage 1 record is not an object'],
    ['no ombudsman record', (c) => delete c.ombudsman, 'the ombudsman record is not an object'],
    ['referrals that are not a list', (c) => (c.ombudsman.referrals = null), "the ombudsman record's referrals"],
    ['a response that is a number', (c) => (c.stage1.response = 5), 'the stage 1 response is not a response'],
    ['remedies that are not a list', (c) => (c.stage1.response = { ...c.stage1.response, remedies: {} }), "the stage 1 response's remedies are not a list"],
    ['a stage 2 record without its extensions', (c) => { c.status = 'stage-2-requested'; c.stage2 = { requestedOn: '2025-03-03' }; }, 'the stage 2 record is not an object with a list of extensions'],
    ['a category that is null', (c) => (c.category = null), 'the category is not text'],
    ['a category that is a number', (c) => (c.category = 7), 'the category is not text'],
    ['a refusal without grounds', (c) => { c.status = 'refused'; c.refusal = { on: '2025-03-03', stage: 1 }; }, 'the refusal is not a refusal'],
  ];
  for (const [name, mutate, reason] of cases) {
    it(`${name}: skipped with the reason, the other complaints counted as before`, () => {
      const bad = changed(extended, mutate);
      const others = all.filter((c) => c !== extended);
      const report = performanceReport([...others, bad], context, options);
      expect(report.skipped).toEqual([{ reason: expect.stringContaining(reason), count: 1 }]);
      const without = performanceReport(others, context, options);
      expect(report.received).toEqual(without.received);
      expect(report.tsm?.ch02).toEqual(without.tsm?.ch02);
    });
  }

  it('an ombudsman referral that is null is skipped too', () => {
    const base = referred ?? extended;
    const bad = changed(base, (c) => (c.ombudsman.referrals = [null]));
    expect(performanceReport([bad], context, options).skipped).toEqual([{ reason: expect.stringContaining('referral'), count: 1 }]);
  });
});
