/**
 * performanceReportAsync streams: it equals performanceReport on the same complaints (generated
 * data, any period, any homes, complaints arriving one at a time or several per tick), and it
 * reads its input lazily: the next complaint is asked for only once the one before is counted,
 * so nothing is gathered into memory.
 */
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { generateComplaints, performanceReport, performanceReportAsync } from '../../src/reporting/index.js';
import type { Complaint } from '../../src/lifecycle/index.js';
import { policies } from '../../src/policy/index.js';
import { createCalendar } from '../../src/calendar/index.js';

const calendar = createCalendar({ region: 'england-and-wales' });
const numRuns = runs(0.25);

async function* slowly(complaints: readonly Complaint[], perTick: number): AsyncGenerator<Complaint> {
  for (let i = 0; i < complaints.length; i++) {
    if (i % perTick === 0) await new Promise((r) => setTimeout(r, 0));
    yield complaints[i]!;
  }
}

describe('performanceReportAsync', () => {
  it('an option error names performanceReportAsync, the function called', async () => {
    const context = { policy: policies.wellington, calendar };
    const e = await performanceReportAsync([], context, { from: '2025-04-01', to: '2025-03-01' }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'invalid-report-options', path: 'options.to' });
    expect((e as Error).message).toMatch(/^housing-complaints: performanceReportAsync: options\.to /);
    const late = await performanceReportAsync([], context, { from: '2025-04-01', to: '2041-03-01' }).catch((x: unknown) => x);
    expect((late as Error).message).toMatch(/^housing-complaints: performanceReportAsync: options\.to \(2041-03-01\)/);
  });
  it('equals performanceReport on the same generated complaints, for any period and policy', async () => {
    const policy = fc.constantFrom(policies.wellington, policies.housingOmbudsmanCode2024, policies.chsResidents);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 80 }), policy, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 30, max: 500 }), fc.integer({ min: 1, max: 7 }), fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }), async (seed, count, p, start, length, perTick, homes) => {
        const context = { policy: p, calendar };
        const from = calendar.addWorkingDays('2024-04-01', start);
        const to = calendar.addWorkingDays(from, length);
        const complaints = [...generateComplaints({ seed, count, from: '2024-04-01', to, policy: p, calendar })];
        const options = homes === undefined ? { from, to } : { from, to, homes };
        const sync = performanceReport(complaints, context, options);
        expect(await performanceReportAsync(slowly(complaints, perTick), context, options)).toEqual(sync);
        expect(await performanceReportAsync(complaints, context, options)).toEqual(sync);
      }),
      { numRuns },
    );
  });

  it('asks for the next complaint only after counting the one before (nothing is gathered first)', async () => {
    const complaints = [...generateComplaints({ seed: 3, count: 60, from: '2024-04-01', to: '2024-09-30', policy: policies.wellington, calendar })];
    let pulled = 0;
    let counted = 0;
    const ahead: number[] = [];
    async function* cursor(): AsyncGenerator<Complaint> {
      for (const c of complaints) {
        await Promise.resolve();
        // How many complaints have been handed out and not yet counted, when the next one is asked for.
        ahead.push(pulled - counted);
        pulled++;
        yield c;
      }
    }
    // categoryOf is called once for each complaint received in the period, as it is counted.
    const report = await performanceReportAsync(cursor(), { policy: policies.wellington, calendar }, {
      from: '2024-04-01',
      to: '2024-09-30',
      categoryOf: (c) => {
        counted++;
        return c.category;
      },
    });
    expect(report.complaintsRead).toBe(complaints.length);
    expect(counted).toBe(report.received.total);
    expect(counted).toBe(complaints.length);
    // A version that gathered the input first would have handed out every complaint before counting any.
    expect(Math.max(...ahead)).toBe(0);
  });

  it('stops reading at the first failure and rejects with the typed error, checking its options before reading anything', async () => {
    let pulled = 0;
    async function* cursor(): AsyncGenerator<Complaint> {
      pulled++;
      yield* [];
    }
    await expect(performanceReportAsync(cursor(), { policy: policies.wellington, calendar }, { from: '2025-04-01', to: '2024-03-31' })).rejects.toMatchObject({ code: 'invalid-report-options' });
    expect(pulled).toBe(0);
    async function* failing(): AsyncGenerator<Complaint> {
      yield* [];
      throw new Error('cursor closed');
    }
    await expect(performanceReportAsync(failing(), { policy: policies.wellington, calendar }, { from: '2024-04-01', to: '2025-03-31' })).rejects.toThrow('cursor closed');
  });
});
