/**
 * The Code table's rules, one export per requirement: every provision number and parameter of the
 * Complaint Handling Code 2024 the library applies, and the words of its timescales (which a
 * deadline shown as a benchmark quotes). `CODE_2024_RULES` (code2024-requirements.ts) holds them
 * as one object, and `CODE_2024` adds the words of the other provisions. The lifecycle reads them
 * as a namespace (`import * as CODE_2024 from './code2024-rules.js'`), so that a bundle keeps only
 * the requirements it cites.
 *
 * @internal
 */
import type { RefusalReasons, ResponseItem, TimeLimitFrom } from './schema.js';
import { deepFrozen } from '../core/freeze.js';

/** One Code response's items a to f (the same at both stages) and its own last item, without their words. */
const responseItemRules = <G extends ResponseItem>(last: G) =>
  [
    { letter: 'a', item: 'stage' },
    { letter: 'b', item: 'definition' },
    { letter: 'c', item: 'decision' },
    { letter: 'd', item: 'reasons' },
    { letter: 'e', item: 'remedy' },
    { letter: 'f', item: 'outstanding-actions' },
    { letter: 'g', item: last },
  ] as const satisfies readonly { letter: string; item: ResponseItem }[];

/** Code 2.2's acceptable exclusions, one constant so a module can name them without reading `CODE_2024` when it loads. */
export const ACCEPTABLE_EXCLUSIONS = ['time-limit', 'legal-proceedings', 'already-considered'] as const;

export const title = 'Complaint Handling Code 2024';
export const timeLimit = /* @__PURE__ */ deepFrozen({ provision: '2.3', months: 12, from: 'later-of-issue-and-awareness' as TimeLimitFrom, recurringException: false, discretion: true } as const);
export const exclusions = /* @__PURE__ */ deepFrozen({ provision: '2.2', acceptable: ACCEPTABLE_EXCLUSIONS } as const);
export const refusalNotice = /* @__PURE__ */ deepFrozen({ provision: '2.4', reasons: 'always' as RefusalReasons, ombudsmanRight: true } as const);
export const noBlanketExclusions = /* @__PURE__ */ deepFrozen({ provision: '2.5' } as const);
export const definition = /* @__PURE__ */ deepFrozen({ provision: '1.2' } as const);
export const serviceRequest = /* @__PURE__ */ deepFrozen({ provision: '1.5' } as const);
export const accept = /* @__PURE__ */ deepFrozen({ provision: '2.1' } as const);
export const channels = /* @__PURE__ */ deepFrozen({ provision: '3.1' } as const);
export const anyWay = /* @__PURE__ */ deepFrozen({ provision: '3.2' } as const);
export const representatives = /* @__PURE__ */ deepFrozen({ provision: '3.6' } as const);
export const ombudsmanInformation = /* @__PURE__ */ deepFrozen({ provision: '3.7' } as const);
export const stageCount = /* @__PURE__ */ deepFrozen({ provision: '5.3', stages: 2 } as const);
export const noExtraStages = /* @__PURE__ */ deepFrozen({ provision: '5.2' } as const);
export const complaintDefinition = /* @__PURE__ */ deepFrozen({ provision: '5.6' } as const);
export const responsibilities = /* @__PURE__ */ deepFrozen({ provision: '5.7' } as const);
export const refuseEscalation = /* @__PURE__ */ deepFrozen({ provision: '5.11' } as const);
export const record = /* @__PURE__ */ deepFrozen({ provision: '5.12' } as const);
export const mustEscalate = /* @__PURE__ */ deepFrozen({ provision: '6.10' } as const);
export const updates = /* @__PURE__ */ deepFrozen({ provision: '5.9', agreedIntervalsWhenLate: true } as const);
export const adjustments = /* @__PURE__ */ deepFrozen({ provision: '5.10', recorded: true, reviewed: true } as const);
export const newIssues = /* @__PURE__ */ deepFrozen({ provision: '6.8' } as const);
export const escalationReasons = /* @__PURE__ */ deepFrozen({ provision: '6.12', required: false } as const);
export const separateHandler = /* @__PURE__ */ deepFrozen({ provision: '6.13' } as const);
export const stages = /* @__PURE__ */ deepFrozen([
    {
      acknowledge: { provision: '6.2', workingDays: 5, anchor: 'receipt', quote: 'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.' },
      respond: { provision: '6.3', workingDays: 10, anchor: 'acknowledgement', quote: 'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.' },
      extension: { provision: '6.4', withoutGoodReason: 10, ombudsmanDetails: { provision: '6.5' } },
      response: { provision: '6.9', items: responseItemRules('escalation') },
      addressAll: { provision: '6.7' },
    },
    {
      acknowledge: { provision: '6.11', workingDays: 5, anchor: 'escalation-request', quote: 'Requests for stage 2 must be acknowledged, defined and logged at stage 2 of the complaints procedure within five working days of the escalation request being received.' },
      respond: { provision: '6.14', workingDays: 20, anchor: 'acknowledgement', quote: 'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.' },
      extension: { provision: '6.15', withoutGoodReason: 20, ombudsmanDetails: { provision: '6.16' } },
      response: { provision: '6.19', items: responseItemRules('ombudsman') },
      addressAll: { provision: '6.18' },
    },
  ] as const);
export const remedies = /* @__PURE__ */ deepFrozen({ provision: '7.1' } as const);
export const remedyImpact = /* @__PURE__ */ deepFrozen({ provision: '7.2' } as const);
export const remedyTracking = /* @__PURE__ */ deepFrozen({ provision: '7.3' } as const);
export const annualReport = /* @__PURE__ */ deepFrozen({ provision: '8.1', selfAssessment: { provision: '8.1(a)' }, refusals: { provision: '8.1(b)' } } as const);
export const governingBody = /* @__PURE__ */ deepFrozen({ provision: '9.7', performance: { provision: '9.7(a)' }, ombudsmanOutcomes: { provision: '9.7(c)' } } as const);
export const outstandingActions = /* @__PURE__ */ deepFrozen([{ provision: '6.6' }, { provision: '6.17' }] as const);
