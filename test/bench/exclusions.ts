// Exclusions benchmarks: checkExclusions throughput on the Wellington policy with every fact given.
// (Its browser bundle is measured with the others, in bundles.ts.)
import type { ExclusionFacts } from '../../src/exclusions/index.js';
import { builtModule, throughput } from './measure.js';

const { checkExclusions } = await builtModule<typeof import('../../src/exclusions/index.js')>('./exclusions');
const { policies } = await builtModule<typeof import('../../src/policy/index.js')>('./policy');
import type { BenchRow } from './types.js';


export async function bench(): Promise<BenchRow[]> {
  const context = { policy: policies.wellington };
  const facts: ExclusionFacts[] = Array.from({ length: 64 }, (_, i) => ({
    receivedOn: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
    occurredOn: `2024-${String(((i * 5) % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    recurringAndPersisting: i % 3 === 0,
    serviceRequest: 'dissatisfied-with-response', committeeMemberConduct: false, managingAgentContract: false,
    antiSocialBehaviour: 'not-involved', neighbourDispute: 'not-involved', legalClaim: i % 7 === 0 ? 'filed-at-court' : 'none',
    damagesClaim: false, raisedDuringOpenInvestigation: false, anonymous: false, consideredBefore: false, unreasonableBehaviour: false,
  }));
  const perSecond = throughput((i) => checkExclusions(facts[i % facts.length] as ExclusionFacts, context), 1000);
  return [
    { name: 'exclusions: checkExclusions (Wellington, 12 grounds, all facts given)', value: perSecond, unit: 'calls/s', goal: '>= 20,000 calls/s' },
  ];
}
