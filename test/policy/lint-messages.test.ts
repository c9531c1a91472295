/**
 * The lint builds its messages from parts made once from the Code table (src/policy/lint.ts). This
 * property compares every message and source of those findings with its plain definition (the
 * whole sentence written out from the Code table and the policy's values) on generated variants of
 * the built-in policies: timescales from every anchor, with more and fewer days than the Code's;
 * extensions; response item lists; refusal notices, adjustments, updates and time limits, present,
 * silent and short; sources with and without a section and a quote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.js';
import { CODE_2024, codeStage, lintPolicy, policies, type Policy } from '../../src/policy/index.js';
import { ANCHORS, type Anchor } from '../../src/policy/schema.js';
import type { Source } from '../../src/core/source.js';

const numRuns = runs(3.75);

const WORDS: Record<1 | 2, Record<Anchor, string>> = {
  1: { receipt: 'receipt of the complaint', acknowledgement: 'the stage 1 acknowledgement', 'stage-response': 'the stage 1 response', 'escalation-request': 'the escalation request' },
  2: { receipt: 'receipt of the complaint', acknowledgement: 'the stage 2 acknowledgement', 'stage-response': 'the stage 1 response', 'escalation-request': 'the escalation request' },
};
const ITEM_WORDS: Record<string, string> = {
  stage: 'the complaint stage', definition: 'the complaint definition', decision: 'the decision', reasons: 'the reasons',
  remedy: 'the remedy offered', 'outstanding-actions': 'outstanding actions', escalation: 'how to escalate', ombudsman: 'how to go to the Ombudsman',
};

const said = (from: Source | undefined): string => (from?.quote === undefined ? '' : ` The policy${from.policy === undefined ? '' : ` (${from.policy})`} says: "${from.quote}"`);
const cite = (provision: string, from: Source | undefined, note?: string): Source => ({
  provision,
  ...(from?.policy === undefined ? {} : { policy: from.policy }),
  ...(from?.quote === undefined ? {} : { quote: from.quote }),
  ...(note === undefined ? {} : { note }),
});

/** The plain definition of a finding's message and source, or undefined for a code this test does not cover. */
function plain(policy: Policy, code: string, path: string): { message: string; source: Source } | undefined {
  const stageOf = (p: string) => (Number(/^(?:responses\.)?stages\.(\d)/.exec(p)?.[1]) + 1) as 1 | 2;
  if (code === 'timescale-anchor-unbounded' || code === 'timescale-anchor-converted' || /^stage\d-(acknowledgement|response)-too-late$/.test(code)) {
    const stage = stageOf(path);
    const kind = path.includes('.acknowledge.') ? 'acknowledge' : 'respond';
    const t = policy.stages[stage - 1]![kind]!;
    const c = codeStage(stage)[kind];
    const what = c.quote;
    const label = `Stage ${stage} ${kind === 'acknowledge' ? 'acknowledgements' : 'responses'}`;
    const w = WORDS[stage];
    const source = cite(c.provision, t.source);
    if (code === 'timescale-anchor-unbounded') return { message: `${label} are due ${t.workingDays} working days after ${w[t.anchor]}, which can come any time after ${w[c.anchor]}; the Code (${c.provision}) counts from ${w[c.anchor]}: ${what}.`, source };
    if (code === 'timescale-anchor-converted') {
      return { message: `${label} are counted from ${w[t.anchor]}, the Code from ${w[c.anchor]} (${c.provision}). ${w[t.anchor][0]!.toUpperCase()}${w[t.anchor].slice(1)} never comes after ${w[c.anchor]}, so ${t.workingDays} working days from it are never later than ${t.workingDays} from ${w[c.anchor]}${t.workingDays <= c.workingDays ? `, within the Code's ${c.workingDays}` : `; with more than the Code's ${c.workingDays} days this can still be later`}.`, source };
    }
    return { message: `${label} are due ${t.workingDays} working days after ${w[t.anchor]}; the Code allows ${c.workingDays}${t.anchor === c.anchor ? '' : ` from ${w[c.anchor]}, and ${w[t.anchor]} can fall on the same day`} (${c.provision}: ${what}).`, source };
  }
  if (/^stage\d-(acknowledgement|response)-missing$/.test(code)) {
    const stage = stageOf(path);
    const c = codeStage(stage)[code.includes('acknowledgement') ? 'acknowledge' : 'respond'];
    return code.includes('acknowledgement')
      ? { message: `Stage ${stage} has no acknowledgement timescale (the policy states no time to acknowledge, so there is no policy deadline); the Code asks for one (${c.provision}: ${c.quote}).`, source: { provision: c.provision } }
      : { message: `Stage ${stage} has no response timescale (the policy states no time to respond, so there is no policy deadline); the Code asks for one (${c.provision}: ${c.quote}).`, source: { provision: c.provision } };
  }
  if (/^stage\d-extension-/.test(code) || (code === 'outside-ombudsman-scheme' && path.endsWith('.ombudsmanDetailsRequired'))) {
    const stage = stageOf(path);
    const c = codeStage(stage).extension;
    const e = policy.stages[stage - 1]!.extension;
    if (code.endsWith('too-long')) return { message: `At stage ${stage} the policy allows an extension of ${e.withoutGoodReason} working days without good reason; the Code allows no more than ${c.withoutGoodReason} (${c.provision}).`, source: cite(c.provision, e.source) };
    if (code.endsWith('no-upper-limit')) return { message: `At stage ${stage} the policy allows extensions with reasons but states no maximum; the Code allows no more than ${c.withoutGoodReason} working days without good reason (${c.provision}), and the policy should say so.`, source: cite(c.provision, e.source) };
    if (code === 'outside-ombudsman-scheme') return { message: `At stage ${stage} the policy gives no Ombudsman contact details with an extension; the Code requires them of members of the scheme (${c.ombudsmanDetails.provision}), and the organisation is outside it.`, source: cite(c.ombudsmanDetails.provision, e.source) };
    return { message: `At stage ${stage} the policy does not give the Ombudsman's contact details when it extends the timescale; the Code requires them (${c.ombudsmanDetails.provision}).${said(e.source)}`, source: cite(c.ombudsmanDetails.provision, e.source) };
  }
  if (/^stage\d-response-(items-silent|missing-item)$/.test(code)) {
    const stage = stageOf(path);
    const c = codeStage(stage).response;
    const own = policy.responses.stages[stage - 1];
    if (code.endsWith('items-silent')) return { message: `The policy does not say what a stage ${stage} response contains; the Code lists items a to ${c.items.at(-1)!.letter} (${c.provision}).`, source: cite(c.provision, own?.source) };
    return undefined; // one per missing item: checked below, item by item
  }
  const r = CODE_2024.refusalNotice;
  const adj = CODE_2024.adjustments;
  const upd = CODE_2024.updates;
  const limit = CODE_2024.timeLimit;
  const t = policy.timeLimit;
  switch (code) {
    case 'refusal-notice-silent':
      return { message: `The policy does not say what a complainant is told when a complaint is not accepted or escalated; the Code: "${r.quote}" (${r.provision}).`, source: { provision: r.provision } };
    case 'refusal-reasons-only-when-asked':
      return { message: `The policy gives the reasons for not accepting or escalating a complaint in writing only when asked; the Code requires the explanation every time: "${r.quote}" (${r.provision}).${said(policy.refusalNotice?.source)}`, source: cite(r.provision, policy.refusalNotice?.source) };
    case 'refusal-without-ombudsman-right':
      return { message: `The policy's refusal notice does not tell the complainant of the right to take the decision to the Ombudsman, which the Code requires (${r.provision}).${said(policy.refusalNotice?.source)}`, source: cite(r.provision, policy.refusalNotice?.source) };
    case 'adjustments-silent':
      return { message: `The policy says nothing of reasonable adjustments; the Code: "${adj.quote}" (${adj.provision}).`, source: { provision: adj.provision } };
    case 'adjustments-not-recorded':
      return { message: `The policy does not keep a record of reasonable adjustments agreed or of disabilities disclosed; the Code: "${adj.quote}" (${adj.provision}).${said(policy.adjustments?.source)}`, source: cite(adj.provision, policy.adjustments?.source) };
    case 'adjustments-not-reviewed':
      return { message: `The policy does not keep agreed reasonable adjustments under review, which the Code requires (${adj.provision}).${said(policy.adjustments?.source)}`, source: cite(adj.provision, policy.adjustments?.source) };
    case 'updates-silent':
      return { message: `The policy says nothing of keeping the complainant informed; the Code: "${upd.quote}" (${upd.provision}).`, source: { provision: upd.provision } };
    case 'no-agreed-update-intervals':
      return { message: `The policy does not agree with the complainant the intervals at which they are kept informed when a response will be late; the Code: "${upd.quote}" (${upd.provision}).${said(policy.updates?.source)}`, source: cite(upd.provision, policy.updates?.source) };
    case 'time-limit-too-short':
      return { message: `The policy accepts complaints within ${t.months} months; the Code: "${limit.quote}" (${limit.provision}).${said(t.source)}`, source: cite(limit.provision, t.source) };
    case 'time-limit-no-awareness-limb':
      return { message: `The policy counts its ${t.months} months from the issue occurring, with no allowance for a resident who becomes aware of the issue later; the Code counts from "the issue occurring or the resident becoming aware of the issue" (${limit.provision}).${said(t.source)}`, source: cite(limit.provision, t.source) };
    case 'no-discretion':
      return { message: `The policy gives no discretion to accept complaints made outside its time limit; the Code: "${limit.discretionQuote}" (${limit.provision}).${said(t.source)}`, source: cite(limit.provision, t.source) };
    case 'exclusion-beyond-code': {
      const i = Number(path.split('.')[1]);
      const x = policy.exclusions[i]!;
      return { message: `The policy excludes '${x.ground}' (${x.description}). The Code names only three acceptable exclusions (time limit, legal proceedings, matters already considered); any other must be fair and reasonable to residents, explained in writing and never applied as a blanket rule (2.2, 2.4, 2.5).`, source: cite('2.2', x.source) };
    }
  }
  return undefined;
}

const source = fc.record({ policy: fc.option(fc.constantFrom('s.4', 's.9', 'Clause 2'), { nil: undefined }), quote: fc.option(fc.constantFrom('within ten working days', 'we will write to you'), { nil: undefined }) }).map((s): Source => ({
  ...(s.policy === undefined ? {} : { policy: s.policy }),
  ...(s.quote === undefined ? {} : { quote: s.quote }),
  ...(s.policy === undefined && s.quote === undefined ? { note: 'generated' } : {}),
}));
const timescale = fc.option(fc.record({ workingDays: fc.integer({ min: 0, max: 40 }), anchor: fc.constantFrom(...ANCHORS), source }), { nil: null });
const ITEMS = Object.keys(ITEM_WORDS);
const variant = fc.record({
  base: fc.constantFrom(policies.wellington, policies.dennetts, policies.chsCommercialClient, policies.housingOmbudsmanCode2024),
  schemeMember: fc.boolean(),
  stages: fc.tuple(...[0, 1].map(() => fc.record({ acknowledge: timescale, respond: timescale, withoutGoodReason: fc.integer({ min: 0, max: 40 }), noUpperLimit: fc.boolean(), ombudsmanDetailsRequired: fc.boolean(), source }))),
  items: fc.tuple(fc.option(fc.subarray(ITEMS), { nil: null }), fc.option(fc.subarray(ITEMS), { nil: null })),
  refusal: fc.option(fc.record({ reasons: fc.constantFrom('always', 'when-asked'), ombudsmanRight: fc.boolean(), source }), { nil: null }),
  adjustments: fc.option(fc.record({ recorded: fc.boolean(), reviewed: fc.boolean(), source }), { nil: null }),
  updates: fc.option(fc.record({ agreedIntervalsWhenLate: fc.boolean(), source }), { nil: null }),
  timeLimit: fc.record({ months: fc.integer({ min: 1, max: 24 }), from: fc.constantFrom('issue', 'later-of-issue-and-awareness'), discretion: fc.boolean(), source }),
});

function build(v: typeof variant extends fc.Arbitrary<infer T> ? T : never): Policy {
  const p = JSON.parse(JSON.stringify(v.base)) as Policy & Record<string, unknown>;
  p.ombudsman = { ...p.ombudsman, schemeMember: v.schemeMember };
  p.stages = p.stages.map((s, i) => {
    const g = v.stages[i]!;
    return { ...s, acknowledge: g.acknowledge, respond: g.respond, extension: { ...s.extension, withoutGoodReason: g.withoutGoodReason, noUpperLimit: g.noUpperLimit, ombudsmanDetailsRequired: g.ombudsmanDetailsRequired, source: g.source } };
  }) as unknown as Policy['stages'];
  p.responses = { ...p.responses, stages: p.responses.stages.map((s, i) => ({ ...s, items: v.items[i] as never })) as never };
  (p as Record<string, unknown>).refusalNotice = v.refusal;
  (p as Record<string, unknown>).adjustments = v.adjustments;
  (p as Record<string, unknown>).updates = v.updates;
  p.timeLimit = { ...p.timeLimit, ...v.timeLimit } as Policy['timeLimit'];
  return p;
}

describe('lint messages: made from parts, equal to their plain definitions', () => {
  it('every covered finding of a generated variant has the plain message and source', () => {
    let covered = 0;
    fc.assert(
      fc.property(variant, (v) => {
        const policy = build(v);
        const found = lintPolicy(policy);
        for (const f of found) {
          if (f.code === 'invalid-value') continue;
          if (/^stage\d-response-missing-item$/.test(f.code)) {
            const stage = (Number(/^responses\.stages\.(\d)/.exec(f.path!)![1]) + 1) as 1 | 2;
            const c = codeStage(stage).response;
            const letter = /^item (\w)$/.exec(f.source.note ?? '')![1];
            const item = c.items.find((x) => x.letter === letter)!;
            const own = policy.responses.stages[stage - 1]!;
            expect(own.items).not.toContain(item.item);
            expect(f.message).toBe(`The policy's list of what a stage ${stage} response says does not include ${ITEM_WORDS[item.item]}; the Code requires "${item.quote}" (${c.provision}(${item.letter})).${said(own.source)}`);
            expect(f.source).toStrictEqual(cite(c.provision, own.source, `item ${item.letter}`));
            covered++;
            continue;
          }
          const want = plain(policy, f.code, f.path ?? '');
          if (want === undefined) continue;
          covered++;
          expect(f.message).toBe(want.message);
          expect(f.source).toStrictEqual(want.source);
          expect(JSON.stringify(f.source)).toBe(JSON.stringify(want.source));
        }
      }),
      { numRuns, seed: 20261203 },
    );
    // The variants must reach the findings this test is about, or it would prove little.
    expect(covered).toBeGreaterThan(numRuns * 5);
  });
});
