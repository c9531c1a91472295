// Policy benchmarks: the throughput of definePolicy, parsePolicy and lintPolicy on the built-in
// policies. (The policy module's browser bundles are measured with the others, in bundles.ts.)
// A benchmark script, not library code: reading the clock here is intended.
import { definePolicy, lintPolicy, parsePolicy, policies } from '../../src/policy/index.js';
import { throughput } from './measure.js';
import type { BenchRow } from './types.js';


export async function bench(): Promise<BenchRow[]> {
  const overrides = [
    { timeLimit: { months: 18 } },
    { organisation: 'Acacia Housing Co-operative', adopted: '2025-04-10', inForce: { from: '2025-04-10' } },
    { escalation: { reasonsRequired: true } },
  ];
  const all = Object.values(policies);
  const json = all.map((p) => JSON.stringify(p));
  const define = throughput((i) => definePolicy(policies.wellington, overrides[i % overrides.length]!), 1000);
  const parse = throughput((i) => parsePolicy(JSON.parse(json[i % json.length]!) as unknown), 1000);
  const lint = throughput((i) => lintPolicy(all[i % all.length]!), 1000);

  return [
    { name: 'policy: definePolicy(wellington, overrides) incl. full validation', value: define, unit: 'calls/s', goal: '>= 1,000 calls/s' },
    { name: 'policy: parsePolicy of a built-in read from JSON text', value: parse, unit: 'calls/s', goal: '>= 1,000 calls/s' },
    { name: `policy: lintPolicy over the ${all.length} built-ins (the Code's and the SPSO model's comparisons)`, value: lint, unit: 'calls/s', goal: '>= 50,000 calls/s' },
  ];
}
