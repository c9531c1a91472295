/**
 * The Code table against the Code's own words: every provision it names is a provision of the
 * Code 2024 form, and every quote is taken word for word from that provision's text (as the
 * self-assessment holds it), so a parameter cannot drift from the sentence it claims to come from.
 */
import { describe, expect, it } from 'vitest';
import { CODE_2024, EXPRESSED_BY, bothStages, codeStage, policies } from '../../src/policy/index.js';
import { code2024, isProvisionNumber } from '../../src/self-assessment/index.js';

type Entry = { provision: string; quote: string };
function entries(value: unknown, out: Entry[] = []): Entry[] {
  if (Array.isArray(value)) for (const v of value) entries(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['provision'] === 'string' && typeof o['quote'] === 'string') out.push({ provision: o['provision'], quote: o['quote'] });
    for (const v of Object.values(o)) entries(v, out);
  }
  return out;
}
const textOf = (n: string) => code2024.find((p) => p.number === n)?.text ?? '';

describe('CODE_2024: the Code 2024 as one table of requirements', () => {
  const all = entries(CODE_2024);
  it('names only provisions of the Code form, each with a quote found word for word in its text', () => {
    expect(all.length).toBeGreaterThan(25);
    for (const e of all) {
      expect(isProvisionNumber(e.provision), e.provision).toBe(true);
      expect(textOf(e.provision), e.provision).toContain(e.quote);
    }
  });
  it('6.9 and 6.19 items a to g, each quoted from its provision', () => {
    for (const stage of [1, 2] as const) {
      const r = codeStage(stage).response;
      expect(r.items.map((i) => i.letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
      for (const i of r.items) expect(textOf(r.provision)).toContain(`${i.letter}. ${i.quote}`);
    }
    expect(codeStage(2).response.items.at(-1)?.item).toBe('ombudsman');
  });
  it('the timescales the provisions state in words ("five working days", "10 working days", "20 working days")', () => {
    expect([codeStage(1).acknowledge, codeStage(1).respond, codeStage(2).acknowledge, codeStage(2).respond].map((t) => [t.provision, t.workingDays, t.anchor])).toEqual([
      ['6.2', 5, 'receipt'], ['6.3', 10, 'acknowledgement'], ['6.11', 5, 'escalation-request'], ['6.14', 20, 'acknowledgement'],
    ]);
    expect(bothStages('extension')).toBe('6.4, 6.15');
    expect([CODE_2024.stages[0].extension.withoutGoodReason, CODE_2024.stages[1].extension.withoutGoodReason]).toEqual([10, 20]);
  });
  it('the Code policy is built from the table', () => {
    const code = policies.housingOmbudsmanCode2024;
    expect(code.stages.map((s) => [s.acknowledge?.workingDays, s.respond!.workingDays, s.extension.withoutGoodReason])).toEqual([[5, 10, 10], [5, 20, 20]]);
    expect(code.timeLimit).toMatchObject({ months: CODE_2024.timeLimit.months, from: CODE_2024.timeLimit.from });
    expect(code.responses.stages[1].items).toEqual(CODE_2024.stages[1].response.items.map((i) => i.item));
  });
  it('what the policy data can express names real policy fields', () => {
    for (const [n, paths] of Object.entries(EXPRESSED_BY)) {
      expect(isProvisionNumber(n), n).toBe(true);
      for (const p of paths) expect(p.split('.')[0]! in policies.wellington, p).toBe(true);
    }
  });
});
