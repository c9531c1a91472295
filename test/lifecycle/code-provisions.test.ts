// The Code provision a deadline, an extension error or a report definition cites comes from the
// Code table (CODE_2024.stages[i]), never from the provision the policy data names beside its own
// section (stages[i].extension.source.provision and the like). A variant whose data names the wrong
// provisions cites exactly what Wellington cites, and the lint notes each wrong one.
import { describe, expect, it } from 'vitest';
import { deadlines, replay, type Deadline, type LifecycleContext, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { CODE_2024, comparePolicy, definePolicy, lintPolicy, policies, type Policy } from '../../src/policy/index.js';
import { figureDefinitions } from '../../src/reporting/index.js';
import { acknowledged, calendar, extension, received, responded } from '../reporting/fixtures.js';

const w = policies.wellington;
const [C1, C2] = CODE_2024.stages;

/** Wellington's rules, with its data naming the wrong Code provision for each stage value (s.5, s.6, s.9 kept). */
const misCited: Policy = (() => {
  const at = <T extends { source: object }>(v: T, provision: string): T => ({ ...v, source: { ...v.source, provision } });
  const r = definePolicy(w, {
    id: 'wellington-miscited',
    stages: [
      { acknowledge: at(w.stages[0].acknowledge!, '6.3'), respond: at(w.stages[0].respond!, '6.2'), extension: at(w.stages[0].extension, '6.9') },
      { acknowledge: at(w.stages[1].acknowledge!, '6.14'), respond: at(w.stages[1].respond!, '6.11'), extension: at(w.stages[1].extension, '6.4') },
    ],
    responses: { stages: [at(w.responses.stages[0], '6.19'), at(w.responses.stages[1], '6.9')] },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
})();

function build(events: readonly LifecycleEvent[], ctx: LifecycleContext) {
  const r = replay(events, ctx);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const sourceOf = (ds: readonly Deadline[], kind: Deadline['kind']) => ds.find((d) => d.kind === kind)?.basis.source;

// Received Mon 2 Jun 2025, acknowledged Tue 3 Jun: stage 1 response due Tue 17 Jun; extended on
// Mon 16 Jun by 5 working days (before it was due), answered Mon 23 Jun. Review asked Tue 24 Jun,
// acknowledged Wed 25 Jun, due 20 working days from the request; extended on Mon 14 Jul by 5.
const events: LifecycleEvent[] = [
  received('P', '2025-06-02'),
  acknowledged('2025-06-03'),
  extension('2025-06-16', 1, 5),
  responded('2025-06-23', 1, ['not-upheld']),
  { type: 'escalation-requested', at: '2025-06-24' },
  { type: 'escalation-acknowledged', at: '2025-06-25', reviewer: 'reviewer-1' },
  extension('2025-07-14', 2, 5),
];

describe(`deadlines cite the Code table's provisions: Code ${C1.extension.provision} "${C1.extension.quote}"`, () => {
  const run = (policy: Policy) => deadlines(build(events, { policy, calendar }), { policy, calendar }, '2025-07-31');

  it('a response deadline moved by an extension cites the response timescale and the extension rule: 6.3, 6.4 at stage 1, 6.14, 6.15 at stage 2, with s.5', () => {
    const ds = run(w);
    expect(sourceOf(ds, 'stage-1-response')).toEqual({ policy: 's.5', provision: `${C1.respond.provision}, ${C1.extension.provision}` });
    expect(sourceOf(ds, 'stage-2-response')).toEqual({ policy: 's.5', provision: `${C2.respond.provision}, ${C2.extension.provision}` });
    expect(sourceOf(ds, 'stage-1-acknowledgement')).toEqual(w.stages[0].acknowledge!.source);
  });

  it("a variant whose data names other provisions gets Wellington's deadlines, citations included", () => {
    expect(run(misCited)).toEqual(run(w));
    const ds = run(misCited);
    expect(sourceOf(ds, 'stage-1-acknowledgement')?.provision).toBe(C1.acknowledge.provision);
    expect(sourceOf(ds, 'stage-2-acknowledgement')?.provision).toBe(C2.acknowledge.provision);
    expect(sourceOf(ds, 'stage-1-response')?.provision).toBe('6.3, 6.4');
  });

  it('without an extension, or with one told after the response was due, the response deadline cites the timescale alone', () => {
    const plain = deadlines(build(events.slice(0, 2), { policy: misCited, calendar }), { policy: misCited, calendar }, '2025-06-10');
    expect(sourceOf(plain, 'stage-1-response')).toEqual({ policy: 's.5', provision: C1.respond.provision });
    const late = [...events.slice(0, 2), extension('2025-06-19', 1, 5)];
    expect(sourceOf(deadlines(build(late, { policy: w, calendar }), { policy: w, calendar }, '2025-06-30'), 'stage-1-response')).toEqual({ policy: 's.5', provision: C1.respond.provision });
  });

  it('under a scheme not measured against the Code, no deadline cites a Code provision, whatever the data names', () => {
    const r = definePolicy(misCited, { ombudsman: { scheme: 'spso' } });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const ds = deadlines(build(events, { policy: r.value, calendar }), { policy: r.value, calendar }, '2025-07-31');
    for (const d of ds) expect(d.basis.source.provision, d.kind).toBeUndefined();
    expect(sourceOf(ds, 'stage-1-response')).toEqual({ policy: 's.5' });
  });
});

describe("extension errors and report definitions cite the Code table's provisions, not the data's", () => {
  it(`good reason at stage 1 cites ${C1.extension.provision}, at stage 2 ${C2.extension.provision}; the Ombudsman's details ${C1.extension.ombudsmanDetails.provision}`, () => {
    const ctx = { policy: misCited, calendar };
    const refuse = (more: LifecycleEvent[]) => {
      const r = replay([...events.slice(0, 2), ...more], ctx);
      if (r.ok) throw new Error('expected a refusal');
      return r.error;
    };
    expect(refuse([extension('2025-06-16', 1, 11)]).source).toEqual({ provision: C1.extension.provision, policy: 's.5' });
    expect(refuse([{ ...extension('2025-06-16', 1, 5), ombudsmanDetailsGiven: false } as LifecycleEvent]).source).toEqual({ provision: C1.extension.ombudsmanDetails.provision, policy: 's.5' });
    const r = replay([...events.slice(0, 6), extension('2025-07-14', 2, 21)], ctx);
    expect(!r.ok && r.error.source).toEqual({ provision: C2.extension.provision, policy: 's.5' });
  });

  it("the acknowledgement, timeliness and extension figures cite the Code table's provisions, as under Wellington", () => {
    const pick = (policy: Policy) => figureDefinitions(policy).filter((d) => ['acknowledgements', 'timeliness', 'extensions', 'received.stage2'].includes(d.figure));
    expect(pick(misCited)).toEqual(pick(w));
    expect(pick(misCited).find((d) => d.figure === 'extensions')?.source.provision).toBe(`${C1.extension.provision}, ${C2.extension.provision}`);
  });
});

describe('the lint notes each provision the data names that the Code table does not give it', () => {
  it('one source-cites-other-provision note per wrong value, citing the right provision and the policy section; nothing for Wellington', () => {
    const notes = lintPolicy(misCited).filter((f) => f.code === 'source-cites-other-provision');
    expect(notes.map((f) => [f.path, f.source])).toEqual([
      ['stages.0.acknowledge.source.provision', { provision: '6.2', policy: 's.5, s.6, s.7' }],
      ['stages.0.respond.source.provision', { provision: '6.3', policy: 's.5' }],
      ['stages.0.extension.source.provision', { provision: '6.4', policy: 's.5' }],
      ['responses.stages.0.source.provision', { provision: '6.9', policy: 's.9' }],
      ['stages.1.acknowledge.source.provision', { provision: '6.11', policy: 's.6, s.7' }],
      ['stages.1.respond.source.provision', { provision: '6.14', policy: 's.5' }],
      ['stages.1.extension.source.provision', { provision: '6.15', policy: 's.5' }],
      ['responses.stages.1.source.provision', { provision: '6.19', policy: 's.9' }],
    ]);
    expect(notes[2]?.message).toBe("The source of the stage 1 extension rule names Code 6.9, but the Code's provision for it is 6.4; the library cites 6.4, read from the Code's table. Correct the source.");
    for (const p of Object.values(policies)) expect(lintPolicy(p).filter((f) => f.code === 'source-cites-other-provision'), p.id).toEqual([]);
  });

  it('a source naming the right provision among others is not noted, and the comparison is otherwise unchanged', () => {
    const both = definePolicy(w, { stages: [{ ...w.stages[0], extension: { ...w.stages[0].extension, source: { policy: 's.5', provision: '6.4, 6.5' } } }, w.stages[1]] });
    if (!both.ok) throw new Error(JSON.stringify(both.error));
    expect(lintPolicy(both.value).filter((f) => f.code === 'source-cites-other-provision')).toEqual([]);
    expect(comparePolicy(misCited).map((c) => [c.provision, c.status])).toEqual(comparePolicy(w).map((c) => [c.provision, c.status]));
  });
});
