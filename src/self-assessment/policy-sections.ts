/**
 * Which subjects of a policy section can evidence each Code provision. A policy says what each of
 * its sections deals with (`policy.sections`, with subjects from `POLICY_SUBJECTS`); with this
 * table the check can tell that evidence for 6.3 (a timescale) pointing at a policy's section on
 * keeping records points at the wrong place.
 */
import type { PolicySubject } from '../policy/schema.js';
import type { ProvisionNumber } from './provisions.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * Plain-English names of the subjects, for messages.
 *
 * @example
 * ```ts
 * SUBJECT_LABELS.records; // 'keeping records'
 * ```
 */
export const SUBJECT_LABELS: Readonly<Record<PolicySubject, string>> = /* @__PURE__ */ deepFrozen({
  aims: 'the aims of the policy',
  scope: 'who can complain',
  definition: 'what a complaint is',
  'service-requests': 'service requests',
  exclusions: 'exclusions (matters not accepted or escalated)',
  representatives: 'representatives',
  channels: 'ways to complain',
  equality: 'reasonable adjustments under the Equality Act',
  'unacceptable-behaviour': 'unacceptable behaviour',
  publicity: 'publicising the policy',
  ombudsman: 'the Housing Ombudsman',
  'complaints-officers': 'complaints officers',
  procedure: 'the stages of the complaints procedure',
  timescales: 'timescales (including extensions)',
  responses: 'what responses say',
  outcomes: 'outcomes (upheld, partially upheld, not upheld)',
  remedies: 'putting things right',
  records: 'keeping records',
  learning: 'learning from complaints',
  governance: 'reporting to the governing body (annual report, self-assessment, Member Responsible for Complaints)',
  'data-protection': 'data protection',
});

/**
 * Which subjects of a policy section can evidence each Code provision: evidence cites a fitting
 * section when at least one of the section's subjects is listed here for the provision.
 *
 * @example
 * ```ts
 * PROVISION_SUBJECTS['6.3']; // ['timescales']
 * ```
 */
export const PROVISION_SUBJECTS: Readonly<Record<ProvisionNumber, readonly PolicySubject[]>> = /* @__PURE__ */ deepFrozen({
  '1.2': ['definition'],
  '1.3': ['definition', 'representatives'],
  '1.4': ['definition', 'service-requests'],
  '1.5': ['service-requests'],
  '1.6': ['definition'],
  '2.1': ['exclusions'],
  '2.2': ['exclusions'],
  '2.3': ['exclusions'],
  '2.4': ['exclusions'],
  '2.5': ['exclusions'],
  '3.1': ['channels', 'equality'],
  '3.2': ['channels'],
  '3.3': ['learning', 'governance'],
  '3.4': ['publicity'],
  '3.5': ['publicity'],
  '3.6': ['representatives'],
  '3.7': ['ombudsman'],
  '4.1': ['complaints-officers'],
  '4.2': ['complaints-officers'],
  '4.3': ['learning', 'complaints-officers'],
  '5.1': ['scope'],
  '5.2': ['procedure'],
  '5.3': ['procedure'],
  '5.4': ['procedure'],
  '5.5': ['procedure', 'complaints-officers'],
  '5.6': ['procedure'],
  '5.7': ['procedure'],
  '5.8': ['procedure', 'complaints-officers'],
  '5.9': ['timescales'],
  '5.10': ['equality'],
  '5.11': ['exclusions'],
  '5.12': ['records'],
  '5.13': ['remedies'],
  '5.14': ['unacceptable-behaviour'],
  '5.15': ['unacceptable-behaviour'],
  '6.1': ['procedure'],
  '6.2': ['procedure', 'timescales'],
  '6.3': ['timescales'],
  '6.4': ['timescales'],
  '6.5': ['timescales'],
  '6.6': ['responses'],
  '6.7': ['responses'],
  '6.8': ['procedure', 'exclusions'],
  '6.9': ['responses'],
  '6.10': ['procedure'],
  '6.11': ['procedure', 'timescales'],
  '6.12': ['procedure'],
  '6.13': ['procedure', 'complaints-officers'],
  '6.14': ['timescales'],
  '6.15': ['timescales'],
  '6.16': ['timescales'],
  '6.17': ['responses'],
  '6.18': ['responses'],
  '6.19': ['responses'],
  '6.20': ['procedure', 'complaints-officers'],
  '7.1': ['remedies'],
  '7.2': ['remedies'],
  '7.3': ['remedies'],
  '7.4': ['remedies'],
  '8.1': ['governance'],
  '8.2': ['governance'],
  '8.3': ['governance'],
  '8.4': ['governance'],
  '8.5': ['governance', 'ombudsman'],
  '9.1': ['learning'],
  '9.2': ['learning'],
  '9.3': ['learning', 'governance'],
  '9.4': ['governance', 'learning'],
  '9.5': ['governance'],
  '9.6': ['governance'],
  '9.7': ['governance'],
  '9.8': ['learning', 'complaints-officers'],
});
