import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { listWords, tidy } from '../../src/core/presentation.js';
import { groupFindings, sourceWords, splitFirstSentence, type FindingGroup } from '../../src/self-assessment/present.js';
import { runs } from '../support/properties.js';

// groupFindings compares a finding with the groups of its check one by one, and keeps a check's
// groups in a map once there are many of them. This is the plain definition it must agree with:
// every group found by one key built from all it is grouped by, in a single map.
const PREFIX = /^Provision (\d\.\d{1,2}) \("[^"]*"\)/;
function plainGroups(list: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { findings: Finding[]; messages: string[]; heads: string[]; tail: string }>();
  for (const f of list) {
    const message = tidy(f.message);
    const [head, tail] = splitFirstSentence(message);
    const key = JSON.stringify([f.severity, f.code, f.source.policy ?? '', PREFIX.test(head) ? '' : (f.source.provision ?? ''), tail]);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { findings: [f], messages: [message], heads: [head], tail });
    else {
      g.findings.push(f);
      g.messages.push(message);
      g.heads.push(head);
    }
  }
  const single = (x: Finding, message: string): FindingGroup => ({ severity: x.severity, code: x.code, findings: [x], source: sourceWords(x), common: '', items: [message], provisions: [] });
  return [...groups.values()].flatMap((g): FindingGroup[] => {
    const f = g.findings[0] as Finding;
    if (g.findings.length === 1) return [single(f, g.messages[0] as string)];
    const shared = g.findings.every((x) => x.source.provision === f.source.provision);
    const source = sourceWords({ ...f, source: { ...(shared && f.source.provision !== undefined ? { provision: f.source.provision } : {}), ...(f.source.policy !== undefined ? { policy: f.source.policy } : {}) } });
    const matches = g.heads.map((h) => PREFIX.exec(h));
    const rests = new Set(matches.map((m, i) => (m === null ? g.heads[i] : (g.heads[i] as string).slice(m[0].length))));
    if (matches.every((m) => m !== null) && rests.size === 1) {
      const provisions = matches.map((m) => (m as RegExpExecArray)[1] as string);
      return [{ severity: f.severity, code: f.code, findings: g.findings, source, common: `Each of provisions ${listWords(provisions)}${[...rests][0]}${g.tail !== '' ? ` ${g.tail}` : ''}`, items: [], provisions }];
    }
    if (g.tail === '') return g.findings.map((x, i) => single(x, g.messages[i] as string));
    return [{ severity: f.severity, code: f.code, findings: g.findings, source, common: g.tail, items: g.heads, provisions: [] }];
  });
}

// Messages made of a few first sentences and many different rests, so that one check gathers
// more groups than are compared one by one; values of the wrong type as in edited JSON.
const head = fc.oneof(
  fc.constantFrom('Provision 5.2 ("Title") is short.', 'Provision 6.3 ("Other") is short.', 'Provision 6.13 ("A & B") is short.', 'It is short.', 'Provision 5.2 ("Title") says no.'),
  fc.string({ maxLength: 6 }),
);
const rest = fc.oneof(fc.constantFrom('', 'The rest.', 'Another rest (s.3. Here).', 'The rest..'), fc.integer({ min: 0, max: 40 }).map((n) => `Rest number ${n}.`));
const finding: fc.Arbitrary<Finding> = fc
  .record({
    severity: fc.oneof(fc.constantFrom('breach', 'warning', 'note'), fc.constantFrom(3, null, 'warning ')),
    code: fc.oneof(fc.constantFrom('answer-contradicts-policy', 'evidence-missing'), fc.constantFrom(7, 'x')),
    head,
    rest,
    provision: fc.option(fc.constantFrom('5.2', '6.3', '6.13'), { nil: undefined }),
    policy: fc.option(fc.constantFrom('s.3', 's.4', 3 as unknown as string), { nil: undefined }),
  })
  .map(({ severity, code, head: h, rest: r, provision, policy }) => ({
    severity,
    code,
    message: r === '' ? h : `${h} ${r}`,
    source: { ...(provision !== undefined ? { provision } : {}), ...(policy !== undefined ? { policy } : {}) },
  }) as unknown as Finding);

describe('groupFindings', () => {
  it('gives the groups the plain definition gives, however many groups a check has', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 120, size: 'max' }), (list) => {
        expect(groupFindings(list)).toStrictEqual(plainGroups(list));
      }),
      { numRuns: runs(1 / 2) },
    );
  });

  it('keeps a check with many groups in order, and still finds each group', () => {
    // 40 groups of one check (past the one-by-one limit), each met twice, in two rounds.
    const list: Finding[] = [];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 40; i++) list.push({ severity: 'warning', code: 'evidence-missing', message: `It is short. Rest number ${i}.`, source: { provision: '5.2' } });
    }
    const groups = groupFindings(list);
    expect(groups).toHaveLength(40);
    expect(groups.map((g) => g.common)).toStrictEqual(Array.from({ length: 40 }, (_, i) => `Rest number ${i}.`));
    expect(groups.every((g) => g.findings.length === 2)).toBe(true);
    expect(groups).toStrictEqual(plainGroups(list));
  });
});
