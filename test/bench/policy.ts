// Policy benchmarks: the throughput of definePolicy, parsePolicy and lintPolicy on the built-in
// policies. (The policy module's browser bundles are measured with the others, in bundles.ts.)
// A benchmark script, not library code: reading the clock here is intended.
import { builtModule, throughput } from './measure.js';

const { definePolicy, lintPolicy, parsePolicy, policies } = await builtModule<typeof import('../../src/policy/index.js')>('./policy');
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
  // The four built-ins of the earlier figure (docs/benchmarks.md before the Scottish and CHS
  // residents' policies), so the row can be compared with it; and the work each call does.
  const four = [policies.housingOmbudsmanCode2024, policies.wellington, policies.dennetts, policies.chsCommercialClient];
  const lintFour = throughput((i) => lintPolicy(four[i % four.length]!), 1000);
  // The same four as a host's own policies: read from JSON text by parsePolicy once, before timing.
  // The lint keeps the findings of a built-in (validated and deep-frozen by the library) from its
  // first call and copies them; it keeps nothing for a host's policy, which may change between
  // calls. So this row is the lint's whole work on every call, and it is the row to compare with
  // the earlier figure (which kept nothing); the rows over the built-ins measure copies of kept findings.
  const hostFour = four.map((p) => {
    const r = parsePolicy(JSON.parse(JSON.stringify(p)) as unknown);
    if (!r.ok) throw new Error(`parsePolicy refused the built-in ${p.id}`);
    return r.value;
  });
  const lintHost = throughput((i) => lintPolicy(hostFour[i % hostFour.length]!), 1000);
  const work = (list: readonly (typeof all)[number][]) => {
    const found = list.map((p) => lintPolicy(p));
    const findings = found.reduce((n, f) => n + f.length, 0) / list.length;
    const chars = found.reduce((n, f) => n + f.reduce((m, x) => m + x.message.length, 0), 0) / list.length;
    return { findings, chars };
  };
  const workAll = work(all);
  const workFour = work(four);

  return [
    { name: 'policy: definePolicy(wellington, overrides) incl. full validation', value: define, unit: 'calls/s', goal: '>= 1,000 calls/s' },
    { name: 'policy: parsePolicy of a built-in read from JSON text', value: parse, unit: 'calls/s', goal: '>= 1,000 calls/s' },
    { name: `policy: lintPolicy over the ${all.length} built-ins (the Code's and the SPSO model's comparisons; kept findings, copied: a cache hit)`, value: lint, unit: 'calls/s', goal: '>= 50,000 calls/s' },
    { name: `  findings per call over the ${all.length} built-ins (characters of message per call: ${Math.round(workAll.chars).toLocaleString('en-GB')})`, value: workAll.findings, unit: 'findings' },
    { name: 'policy: lintPolicy over the four built-ins of the earlier figure (the Code, Wellington, Dennetts, CHS commercial; kept findings, copied: a cache hit, not comparable with the earlier figure)', value: lintFour, unit: 'calls/s', goal: '>= 50,000 calls/s' },
    { name: `  findings per call over those four (characters of message per call: ${Math.round(workFour.chars).toLocaleString('en-GB')})`, value: workFour.findings, unit: 'findings' },
    { name: "policy: lintPolicy over those four as a host's own policies (parsePolicy of their JSON; linted afresh on every call: the figure to compare with the earlier one)", value: lintHost, unit: 'calls/s', goal: '>= 50,000 calls/s' },
  ];
}
