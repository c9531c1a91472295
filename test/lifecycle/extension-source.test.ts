// The extension guards cite the policy's own extension rule (stages[].extension.source: its section
// and sentence) beside the Code table's provision, and under a scheme not measured against the Code
// (the SPSO's) the policy's own source alone.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { policies, type Policy } from '../../src/policy/index.js';
import { replay, type LifecycleContext, type LifecycleError } from '../../src/lifecycle/index.js';
import { ackEv, calendar, receivedEv } from './fixtures.js';

// Wellington s.5, word for word (test/fixtures/policy-sources/wellington-complaints-policy-2024-11.txt).
const GOOD_REASON = 'The target times for the investigation (stage 1) and review (stage 2) stages should not be exceeded by more than 10 working days without good reason.';
const NOT_REACHED = "Where agreement over an extension period cannot be reached, CHS should provide the Housing Ombudsman's contact details so the complainant can challenge the plan for responding and/or the proposed timeliness for a response.";

const w = policies.wellington;
/** Wellington's rules, with its extension rule in a section of its own (s.25), quoting s.5's sentence. */
const variant: Policy = {
  ...w,
  stages: [
    { ...w.stages[0]!, extension: { ...w.stages[0]!.extension, whenAgreementNotReached: { then: 'give-ombudsman-contact-details', source: { policy: 's.26', quote: NOT_REACHED } }, source: { policy: 's.25', provision: '6.4', quote: GOOD_REASON } } },
    { ...w.stages[1]!, extension: { ...w.stages[1]!.extension, source: { policy: 's.25', provision: '6.15', quote: GOOD_REASON } } },
  ],
};

const ext = (workingDays: number, extra: object = {}) => ({ type: 'extension-granted', at: '2025-01-15', stage: 1, workingDays, reasons: 'Complex repair history', ombudsmanDetailsGiven: true, ...extra });
function refusal(ctx: LifecycleContext, events: readonly unknown[]): LifecycleError {
  const r = replay(events as never, ctx);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
const stage1 = [receivedEv('2025-01-03'), ackEv('2025-01-06')];

describe("a policy's extension rule in its own section: the guards cite it, with its sentence", () => {
  const ctx: LifecycleContext = { policy: variant, calendar };
  it(`beyond 10 working days needs a good reason: Code 6.4 and s.25, '${GOOD_REASON}'`, () => {
    const e = refusal(ctx, [...stage1, ext(11)]);
    expect(e.code).toBe('extension-needs-good-reason');
    expect(e.source).toEqual({ provision: '6.4', policy: 's.25', quote: GOOD_REASON });
    // Built-in Wellington keeps its own s.5 (its data quotes no sentence).
    expect(refusal({ policy: w, calendar }, [...stage1, ext(11)]).source).toEqual({ provision: '6.4', policy: 's.5' });
  });
  it('the reasons, the wrong stage and the Ombudsman details cite s.25 too (6.5 from the Code table for the details)', () => {
    expect(refusal(ctx, [...stage1, ext(5, { reasons: ' ' })]).source).toEqual({ provision: '6.4', policy: 's.25', quote: GOOD_REASON });
    expect(refusal(ctx, [...stage1, ext(5, { stage: 2 })]).source).toEqual({ provision: '6.4', policy: 's.25', quote: GOOD_REASON });
    expect(refusal(ctx, [...stage1, ext(5, { ombudsmanDetailsGiven: false })]).source).toEqual({ provision: '6.5', policy: 's.25', quote: GOOD_REASON });
  });
  it(`agreement not reached without the Ombudsman's details cites the rule's own section s.26: '${NOT_REACHED}'`, () => {
    const e = refusal(ctx, [...stage1, ext(21, { goodReason: 'Specialist report awaited', complainantAgreed: false, ombudsmanDetailsGiven: false })]);
    expect(e.code).toBe('extension-needs-agreement');
    expect(e.source).toEqual({ policy: 's.26', quote: NOT_REACHED });
  });
});

describe('under the SPSO model, the extension guards cite the policy\'s own section and no Code provision', () => {
  const scotland = createCalendar({ region: 'scotland' });
  const spso = policies.spsoModelScotland;
  const events = [receivedEv('2026-06-11T10:00:00+01:00'), ackEv('2026-06-11', { procedure: 'single' })];
  const spsoExt = (workingDays: number, extra: object = {}) => ({ ...ext(workingDays, extra), at: '2026-06-12', ombudsmanDetailsGiven: false });
  it("stage 1 'in five working days or less, unless there are exceptional circumstances': beyond 5 more needs a good reason, citing 'Stage 1: Frontline response'", () => {
    expect(spso.stages[0]!.extension.withoutGoodReason).toBe(5);
    const e = refusal({ policy: spso, calendar: scotland }, [...events, spsoExt(6)]);
    expect(e.code).toBe('extension-needs-good-reason');
    expect(e.source.provision).toBeUndefined();
    expect(e.source.policy).toBe('Stage 1: Frontline response');
    expect(e.source.note).toContain("as Code 6.4, which does not bind a policy in the Scottish Public Services Ombudsman's scheme");
    for (const i of e.issues) expect(i.source.provision).toBeUndefined();
    expect(refusal({ policy: spso, calendar: scotland }, [...events, spsoExt(3, { reasons: '' })]).source.policy).toBe('Stage 1: Frontline response');
  });
  it("the variant moved into the SPSO's scheme (data only): s.25 and its sentence, no Code provision", () => {
    const moved: Policy = { ...variant, ombudsman: { ...variant.ombudsman, scheme: 'spso' } };
    const e = refusal({ policy: moved, calendar }, [...stage1, ext(11)]);
    expect(e.source).toEqual({ policy: 's.25', quote: GOOD_REASON, note: "as Code 6.4, which does not bind a policy in the Scottish Public Services Ombudsman's scheme" });
  });
  it("agreement not reached names the policy's own ombudsman, read from its data, not the Housing Ombudsman by default", () => {
    const tooLong = ext(21, { goodReason: 'Specialist report awaited', complainantAgreed: false, ombudsmanDetailsGiven: false });
    expect(refusal({ policy: variant, calendar }, [...stage1, tooLong]).message).toContain("asks for the Housing Ombudsman Service's contact details");
    const { contact: _contact, ...noContact } = variant.ombudsman;
    const moved: Policy = { ...variant, ombudsman: { ...noContact, scheme: 'spso' } };
    const e = refusal({ policy: moved, calendar }, [...stage1, tooLong]);
    expect(e.message).toContain("asks for the Scottish Public Services Ombudsman's contact details");
    expect(e.message).not.toContain('Housing Ombudsman');
  });
});
