// Outcomes benchmarks: renderLetter, checkResponseContents and specificCompensation throughput.
// (The browser bundle of renderLetter is measured with the others, in bundles.ts.)
import type { ResponseLetterData } from '../../src/outcomes/index.js';
import { builtModule, throughput } from './measure.js';

const { checkResponseContents, renderLetter, specificCompensation } = await builtModule<typeof import('../../src/outcomes/index.js')>('./outcomes');
const { policies } = await builtModule<typeof import('../../src/policy/index.js')>('./policy');
const { createCalendar } = await builtModule<typeof import('../../src/calendar/index.js')>('./calendar');
import type { BenchRow } from './types.js';


export async function bench(): Promise<BenchRow[]> {
  const context = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
  const data: ResponseLetterData = {
    date: '2025-03-03',
    complainantName: 'Ms *Jones*',
    complaintDefinition: 'The boiler was not repaired for three weeks [repair ref #1234].',
    findings: [
      { issue: 'Boiler repair delay', finding: 'upheld', reasons: 'The repair target is 3 days.' },
      { issue: 'Hallway light', finding: 'not-upheld', reasons: 'It was fixed within target.' },
    ],
    reasons: 'Our contractor missed two appointments.',
    remedies: [
      { id: 'r1', kind: 'apology', description: 'We apologise for the delay.', dueBy: '2025-03-14' },
      { id: 'r2', kind: 'financial', description: 'A payment for the weeks without heating.', dueBy: '2025-03-21', financial: { type: 'compensation', amountPence: 12_550 } },
    ],
    outstandingActions: [{ id: 'a1', description: 'Service the boiler', dueBy: '2025-04-01' }],
  };
  const letters = throughput(() => renderLetter('stage-1-response', data, context), 1000);
  const checks = throughput(() => checkResponseContents(1, { ...data, stage: 1, decision: 'partially-upheld', escalation: 'x' }), 1000);
  const facts = { assessedOn: '2026-05-11', daysWithoutHeatingAndHotWater: 14, daysWithoutHotWaterOnly: 3, daysWithoutLightingOnly: 9, missedAppointments: 2 };
  const compensation = throughput(() => specificCompensation(facts), 1000);
  return [
    { name: 'outcomes: renderLetter stage 1 response (2 issues, 2 remedies, 1 action)', value: letters, unit: 'letters/s', goal: '>= 2,000 letters/s' },
    { name: 'outcomes: checkResponseContents stage 1 (complete draft)', value: checks, unit: 'calls/s', goal: '>= 20,000 calls/s' },
    { name: 'outcomes: specificCompensation (4 facts, Compensation Guidance 2026)', value: compensation, unit: 'calls/s', goal: '>= 100,000 calls/s' },
  ];
}
