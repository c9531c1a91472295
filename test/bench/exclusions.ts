// Exclusions benchmarks: checkExclusions throughput on the Wellington policy with every fact given,
// and the gzipped browser bundle of `import { checkExclusions } from 'housing-complaints/exclusions'`.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { checkExclusions, type ExclusionFacts } from '../../src/exclusions/index.js';
import { policies } from '../../src/policy/index.js';
import type { BenchRow } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Calls `fn(i)` in growing batches until `ms` have passed; returns calls per second. */
function throughput(fn: (i: number) => unknown, ms: number): number {
  let calls = 0;
  let batch = 1;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) if (fn(calls + i) !== undefined) sink++;
    calls += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 10) batch *= 2;
  }
  if (sink < 0) throw new Error('unreachable');
  return (calls / elapsed) * 1000;
}

async function bundleSize(contents: string): Promise<number> {
  const result = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length / 1000;
}

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
  const size = await bundleSize(`import { checkExclusions } from './src/exclusions/index.ts'; console.log(checkExclusions);`);
  return [
    { name: 'exclusions: checkExclusions (Wellington, 12 grounds, all facts given)', value: perSecond, unit: 'calls/s', goal: '>= 20,000 calls/s' },
    { name: 'exclusions: browser bundle of checkExclusions (minified, gzip)', value: size, unit: 'kB', goal: '<= 25 kB' },
  ];
}
