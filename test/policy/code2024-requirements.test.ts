/**
 * The Code table against the Code's own words: every provision it names is a provision of the
 * Code 2024 form, and every quote is taken word for word from that provision's text (as the
 * self-assessment holds it), so a parameter cannot drift from the sentence it claims to come from.
 */
import { describe, expect, it } from 'vitest';
import { CODE_2024, EXPRESSED_BY, bothStages, codeStage, policies } from '../../src/policy/index.js';
import { CODE_2024_RULES, CODE_2024_WORDS, codeStageRules } from '../../src/policy/code2024-requirements.js';
import { code2024, isProvisionNumber } from '../../src/self-assessment/index.js';

type Entry = { provision: string; quote: string | undefined };
function entries(value: unknown, out: Entry[] = []): Entry[] {
  if (Array.isArray(value)) for (const v of value) entries(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['provision'] === 'string') out.push({ provision: o['provision'], quote: typeof o['quote'] === 'string' ? o['quote'] : undefined });
    for (const v of Object.values(o)) entries(v, out);
  }
  return out;
}
const textOf = (n: string) => code2024.find((p) => p.number === n)?.text ?? '';
/** A provision's text, or for an item of it (`'9.7(c)'`) the item's own words, from `c. ` to the next item's letter. */
const partOf = (cited: string): { number: string; text: string } => {
  const m = /^(\d\.\d{1,2})(?:\(([a-z])\))?$/.exec(cited);
  if (m === null) return { number: cited, text: '' };
  const text = textOf(m[1]!);
  if (m[2] === undefined) return { number: m[1]!, text };
  const at = new RegExp(`(?:^|[:;.] )${m[2]}\\. `).exec(text);
  const from = at === null ? -1 : at.index + at[0].length - 3;
  const to = from < 0 ? -1 : text.slice(from).search(new RegExp(`[:;.] ${String.fromCharCode(m[2].charCodeAt(0) + 1)}\\. `));
  return { number: m[1]!, text: from < 0 ? '' : text.slice(from, to < 0 ? undefined : from + to + 2) };
};

describe('CODE_2024: the Code 2024 as one table of requirements', () => {
  const all = entries(CODE_2024);
  it('names only provisions of the Code form (or items of one), each quote found word for word in its text', () => {
    expect(all.filter((e) => e.quote !== undefined).length).toBeGreaterThan(25);
    for (const e of all) {
      const { number, text } = partOf(e.provision);
      expect(isProvisionNumber(number), e.provision).toBe(true);
      expect(text, e.provision).not.toBe('');
      if (e.quote !== undefined) expect(text, e.provision).toContain(e.quote);
    }
  });
  it('an item of a provision is one the provision lists (9.7(c), 8.1(b)), read as that item alone', () => {
    expect(partOf(CODE_2024.governingBody.ombudsmanOutcomes.provision).text).toMatch(/^c\. regular updates on the outcomes of the Ombudsman's investigations/);
    expect(partOf(CODE_2024.governingBody.performance.provision).text).toMatch(/^a\. regular updates on the volume, categories and outcomes of complaints, alongside complaint handling performance; $/);
    expect(partOf(CODE_2024.annualReport.refusals.provision).text).toContain('This must also include a summary of the types of complaints the landlord has refused to accept');
    expect(partOf(CODE_2024.annualReport.selfAssessment.provision).text).toMatch(/^a\. the annual self-assessment against this Code/);
    expect(partOf('9.7(e)').text).toBe('');
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
  it('the rules the lifecycle reads (CODE_2024_RULES) are the table without the words, the timescales with theirs', () => {
    /** The table with every quote dropped, other than a timescale's (a requirement with workingDays). */
    const withoutWords = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(withoutWords);
      if (v === null || typeof v !== 'object') return v;
      const o = v as Record<string, unknown>;
      const timescale = typeof o['workingDays'] === 'number';
      return Object.fromEntries(Object.entries(o).filter(([k]) => timescale || (k !== 'quote' && k !== 'discretionQuote')).map(([k, x]) => [k, withoutWords(x)]));
    };
    expect(CODE_2024_RULES).toStrictEqual(withoutWords(CODE_2024));
    // The words are what the rules lack: the table adds them and changes nothing else.
    expect(entries(CODE_2024_RULES).filter((e) => e.quote !== undefined).map((e) => e.provision)).toEqual(['6.2', '6.3', '6.11', '6.14']);
    for (const stage of [1, 2] as const) {
      expect(codeStageRules(stage).respond).toBe(codeStage(stage).respond);
      expect(codeStageRules(stage).extension.provision).toBe(codeStage(stage).extension.provision);
    }
    expect(() => codeStageRules(3 as 1)).toThrow(/codeStageRules: stage must be one of 1, 2, got 3/);
    // The words the lint quotes are the table's own.
    expect([CODE_2024_WORDS.refusalNotice, CODE_2024_WORDS.adjustments, CODE_2024_WORDS.updates, CODE_2024_WORDS.timeLimit, CODE_2024_WORDS.timeLimitDiscretion]).toEqual([
      CODE_2024.refusalNotice.quote, CODE_2024.adjustments.quote, CODE_2024.updates.quote, CODE_2024.timeLimit.quote, CODE_2024.timeLimit.discretionQuote,
    ]);
    expect(CODE_2024_WORDS.responseItems).toEqual([codeStage(1).response.items.map((i) => i.quote), codeStage(2).response.items.map((i) => i.quote)]);
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
