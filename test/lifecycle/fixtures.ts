import { createCalendar } from '../../src/calendar/index.js';
import { policies } from '../../src/policy/index.js';
import type { Complaint, LifecycleContext, LifecycleEvent } from '../../src/lifecycle/index.js';
import { replay } from '../../src/lifecycle/index.js';

export const calendar = createCalendar({ region: 'england-and-wales' });

/** The built-in English policies, each with the England and Wales calendar. */
export const builtInContexts: readonly LifecycleContext[] = [
  { policy: policies.wellington, calendar },
  { policy: policies.housingOmbudsmanCode2024, calendar },
  { policy: policies.dennetts, calendar },
  { policy: policies.chsCommercialClient, calendar },
  { policy: policies.chsResidents, calendar },
];
export const wellington: LifecycleContext = { policy: policies.wellington, calendar };

/** The events of a complaint, from receipt, as a host would store them. */
export const receivedEv = (at: string, extra: Partial<Extract<LifecycleEvent, { type: 'received' }>> = {}) =>
  ({ type: 'received', at, complaintId: 'C-1', channel: 'email', ...extra }) as const satisfies LifecycleEvent;

export const ackEv = (at: string, extra: Partial<Extract<LifecycleEvent, { type: 'acknowledged' }>> = {}) =>
  ({
    type: 'acknowledged',
    at,
    procedure: 'A',
    handler: 'officer-ann',
    definition: {
      issues: [
        { id: 'repair', summary: 'The boiler repair was not done in time' },
        { id: 'contact', summary: 'Calls were not returned' },
      ],
      outcomesSought: ['Repair the boiler', 'An apology'],
      responsibleFor: ['Repairs', 'Communication'],
      notResponsibleFor: [],
    },
    ...extra,
  }) as const satisfies LifecycleEvent;

export const respondEv = (at: string, stage: 1 | 2, extra: Partial<Extract<LifecycleEvent, { type: 'responded' }>> = {}) =>
  ({
    type: 'responded',
    at,
    stage,
    definition: 'The boiler repair was late and calls were not returned.',
    findings: [
      { issue: 'repair', finding: 'upheld', reasons: 'The repair took six weeks.' },
      { issue: 'contact', finding: 'not-upheld', reasons: 'Calls were returned within two days.' },
    ],
    reasons: 'The repair was late; contact was reasonable.',
    remedies: [{ id: `r${stage}`, kind: 'apology', description: 'A written apology', dueBy: at.slice(0, 10) }],
    outstandingActions: [],
    // Wellington s.9: every response says "That the complainant may refer the complaint to the Housing Ombudsman Service".
    ...(stage === 1 ? { escalation: 'Ask CHS for a review within 20 working days.' } : {}),
    ombudsman: 'Housing Ombudsman, 0300 111 3000.',
    ...extra,
  }) as LifecycleEvent & { type: 'responded' };

export function built(events: readonly unknown[], context: LifecycleContext = wellington): Complaint {
  const r = replay(events, context);
  if (!r.ok) throw new Error(`fixture did not replay: ${r.error.code} ${r.error.message}`);
  return r.value;
}
