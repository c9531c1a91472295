// A policy in a scheme that is not measured against the Housing Ombudsman's Code (the SPSO's): its
// exclusion checks, notices, letters and lifecycle refusals cite its own sections and name its own
// ombudsman, never a Code provision or the Housing Ombudsman. The mechanism reads the scheme
// (policyScheme(policy).measuredAgainst, codeBinds), so it is tested on the SPSO built-in and on a
// Code policy moved into the SPSO's scheme.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { checkExclusions } from '../../src/exclusions/index.js';
import { checkExtensionNotice, checkRefusalNotice, renderLetter, responseContentsOptions, type ResponseLetterData } from '../../src/outcomes/index.js';
import { codeBinds, policies, SCHEMES, type Policy } from '../../src/policy/index.js';
import { replay, startComplaint, type LifecycleContext } from '../../src/lifecycle/index.js';
import { ackEv, receivedEv, respondEv } from '../lifecycle/fixtures.js';

const scotland = createCalendar({ region: 'scotland' });
const england = createCalendar({ region: 'england-and-wales' });
const spso = policies.spsoModelScotland;
/** Every `provision` anywhere in a value. */
const provisions = (v: unknown): string[] => JSON.stringify(v).match(/"provision":"[^"]*"/g) ?? [];

describe('which policies the Code binds is read from the scheme', () => {
  it('codeBinds: a member of the Housing Ombudsman\'s scheme only', () => {
    expect(codeBinds(policies.wellington)).toBe(true);
    expect(codeBinds(policies.chsResidents)).toBe(true);
    expect(codeBinds(policies.chsCommercialClient)).toBe(false);
    expect(codeBinds(spso)).toBe(false);
    expect(SCHEMES.spso.referral.anyTime).toBe(false);
    expect(SCHEMES['housing-ombudsman'].referral.anyTime).toBe(true);
  });
});

describe("the SPSO model's time limit, with the day the customer found out: 'Normally, you must make your complaint within six months of: the event you want to complain about; or finding out that you have a reason to complain.'", () => {
  const ground = (facts: Parameters<typeof checkExclusions>[0]) => checkExclusions(facts, { policy: spso }).grounds.find((g) => g.ground === 'time-limit');

  it('event 1 October 2025, found out 5 January 2026, received 11 June 2026: in time (up to 5 July 2026)', () => {
    const g = ground({ receivedOn: '2026-06-11', occurredOn: '2025-10-01', becameAwareOn: '2026-01-05' });
    expect(g).toMatchObject({ applies: 'no', factsUsed: ['receivedOn', 'occurredOn', 'becameAwareOn'] });
    expect(g?.why).toContain('in time up to and including 2026-07-05');
  });
  it('found out 1 November 2025: out of time after 1 May 2026; with no day of finding out, unknown (the later day is needed)', () => {
    expect(ground({ receivedOn: '2026-06-11', occurredOn: '2025-10-01', becameAwareOn: '2025-11-01' })?.applies).toBe('yes');
    expect(ground({ receivedOn: '2026-06-11', occurredOn: '2025-10-01' })).toMatchObject({ applies: 'unknown', missing: ['becameAwareOn'] });
  });
  it('the rule and the discretion cite the model policy\'s own section, not Code 2.3; the check names no Code provision at all', () => {
    const check = checkExclusions({ receivedOn: '2026-06-11', occurredOn: '2025-10-01', becameAwareOn: '2025-11-01', serviceRequest: 'not-a-service-request', legalClaim: 'none', consideredBefore: false }, { policy: spso });
    const g = check.grounds.find((x) => x.ground === 'time-limit');
    expect(g?.rule.policy).toBe('How long do I have to make a complaint?');
    expect(g?.discretion.source).toEqual({ policy: 'How long do I have to make a complaint?' });
    expect(provisions(check)).toEqual([]);
    expect(JSON.stringify(check)).not.toMatch(/\(Code \d|to the Housing Ombudsman/);
    // Under Wellington the same facts cite the Code's 2.3.
    const w = checkExclusions({ receivedOn: '2026-06-11', occurredOn: '2025-10-01', becameAwareOn: '2025-11-01' }, { policy: policies.wellington }).grounds.find((x) => x.ground === 'time-limit');
    expect(w?.rule.provision).toBe('2.3');
  });
  it("declining: written reasons, and no Housing Ombudsman right (the policy is in the SPSO's scheme)", () => {
    const g = checkExclusions({ legalClaim: 'filed-at-court' }, { policy: spso }).grounds.find((x) => x.ground === 'legal-proceedings');
    expect(g?.ifDeclined).toMatchObject({ writtenReasons: true, ombudsmanRight: false });
    expect(g?.ifDeclined.text).toContain("in the Scottish Public Services Ombudsman's scheme: the policy gives no right to take the decision to the Scottish Public Services Ombudsman.");
    expect(g?.ifDeclined.text).not.toMatch(/Housing Ombudsman/);
  });
});

describe("a notice's finding names the policy's own ombudsman, from its contact details or its scheme", () => {
  const withDetails = (p: Policy): Policy => ({ ...p, stages: [{ ...p.stages[0], extension: { ...p.stages[0].extension, ombudsmanDetailsRequired: true } }, p.stages[1]] as Policy['stages'] });
  const withRight = (p: Policy): Policy => ({ ...p, refusalNotice: { reasons: 'always', ombudsmanRight: true, source: { policy: 's.3' } } });
  const noContact = (p: Policy): Policy => {
    const { contact: _contact, ...ombudsman } = p.ombudsman;
    return { ...p, ombudsman };
  };
  const message = (fs: readonly { code: string; message: string }[], code: string) => fs.find((f) => f.code === code)?.message;

  it('extension: "the" and the name in the contact details, else the scheme\'s name (it read the bare contact name, or "the Ombudsman")', () => {
    expect(message(checkExtensionNotice({ stage: 1, newDate: '2026-06-26', reasons: 'x' }, withDetails(spso)), 'extension-missing-ombudsman')).toContain('contact details of the Scottish Public Services Ombudsman (');
    expect(message(checkExtensionNotice({ stage: 1, newDate: '2026-06-26', reasons: 'x' }, noContact(withDetails(spso))), 'extension-missing-ombudsman')).toContain('contact details of the Scottish Public Services Ombudsman (');
    expect(message(checkExtensionNotice({ stage: 1, newDate: '2026-06-26', reasons: 'x' }, policies.wellington), 'extension-missing-ombudsman')).toContain('contact details of the Housing Ombudsman (Code 6.5)');
  });
  it('refusal: the right to take the decision to the policy\'s own ombudsman', () => {
    expect(message(checkRefusalNotice({ reasons: 'A claim was filed at court.' }, withRight(spso)), 'refusal-missing-ombudsman')).toContain('to take the decision to the Scottish Public Services Ombudsman (');
    expect(message(checkRefusalNotice({ reasons: 'A claim was filed at court.' }, noContact(withRight(spso))), 'refusal-missing-ombudsman')).toContain('to take the decision to the Scottish Public Services Ombudsman (');
    expect(message(checkRefusalNotice({ reasons: 'A claim was filed at court.' }, policies.wellington), 'refusal-missing-ombudsman')).toContain('to take the decision to the Housing Ombudsman (Code 2.4');
  });
  it('a letter: a contact name that begins with "The" reads "the" inside a sentence and "The" in a heading', () => {
    const named = { ...spso, ombudsman: { ...spso.ombudsman, contact: { name: 'The Public Services Ombudsman', phone: '0800 377 7330' } } };
    const md = renderLetter('stage-2-response', { date: '2026-06-19', complainantName: 'Mr Reid', complaintDefinition: 'Boiler.', stage: 2, findings: [{ issue: 'Boiler', finding: 'upheld', reasons: 'Late.' }], reasons: 'Late.', remedies: [], noRemedyReason: 'Repaired.', outstandingActions: [] }, { policy: named, calendar: scotland });
    expect(md).toContain('## The Public Services Ombudsman');
    expect(md).toContain('you may ask the Public Services Ombudsman to look at your complaint');
  });
});

describe('letters and notices under the SPSO model name the SPSO and cite the model policy', () => {
  const context = { policy: spso, calendar: scotland };
  const data: ResponseLetterData = {
    date: '2026-06-19',
    complainantName: 'Mr Reid',
    complaintDefinition: 'The boiler was not repaired for a week.',
    findings: [{ issue: 'Boiler repair', finding: 'upheld', reasons: 'The repair target is 3 days.' }],
    reasons: 'The contractor missed an appointment.',
    remedies: [{ id: 'r1', kind: 'apology', description: 'We apologise for the delay.', dueBy: '2026-06-26' }],
    outstandingActions: [],
  };

  it("stage 2: the section is the SPSO's, and says when the SPSO looks at a complaint ('once the organisation's own complaints procedure' is complete)", () => {
    const md = renderLetter('stage-2-response', { ...data, stage: 2 }, context);
    expect(md).toContain('## The Scottish Public Services Ombudsman');
    expect(md).toContain('If you remain dissatisfied when our complaints procedure is complete, you may ask the Scottish Public Services Ombudsman to look at your complaint.');
    expect(md).toContain('Freephone 0800 377 7330');
    expect(md).not.toContain('Housing Ombudsman');
  });
  it('stage 1: the window in the model\'s terms, no Housing Ombudsman', () => {
    const md = renderLetter('stage-1-response', data, context);
    expect(md).toContain('within 6 months of the day you found out you had a reason to complain, or within 2 months of the date of this reply, whichever is later');
    expect(md).not.toContain('Housing Ombudsman');
  });
  it('the Code\'s response items do not bind it', () => {
    expect(responseContentsOptions(spso).schemeMember).toBe(false);
  });
  it('a refusal: reasons owed, no Code 2.4 right to the Housing Ombudsman; the letter has no such section', () => {
    expect(checkRefusalNotice({ reasons: 'A claim was filed at court.' }, spso)).toEqual([]);
    expect(checkRefusalNotice({ reasons: 'A claim was filed at court.' }, policies.wellington).map((f) => f.code)).toEqual(['refusal-missing-ombudsman']);
    const md = renderLetter('refusal', { ground: 'legal-proceedings', reasons: 'A claim about the matter was filed at court.' }, context);
    expect(md).not.toContain('Housing Ombudsman');
    const wrongGround = (() => {
      try {
        renderLetter('refusal', { ground: 'damages-claim', reasons: 'x' }, context);
      } catch (e) {
        return e as { source?: unknown; message: string };
      }
      return undefined;
    })();
    expect(wrongGround?.message).not.toContain('Code 2.2');
  });
  it('an extension notice: the findings cite the model policy\'s section, not Code 6.4', () => {
    const f = checkExtensionNotice({ stage: 1, newDate: '2026-06-26' }, spso);
    expect(f.map((x) => [x.code, x.source])).toEqual([['extension-missing-reasons', { policy: 'Stage 1: Frontline response' }]]);
    expect(f[0]?.message).toContain('(policy Stage 1: Frontline response)');
    expect(checkExtensionNotice({ stage: 1, newDate: '2026-06-26' }, policies.wellington).find((x) => x.code === 'extension-missing-reasons')?.source.provision).toBe('6.4');
  });
  it("a Housing Ombudsman policy's letters are unchanged (the CHS leaflet, England)", () => {
    const md = renderLetter('stage-2-response', { ...data, stage: 2, ombudsman: undefined }, { policy: policies.chsResidents, calendar: england });
    expect(md).toContain('## The Housing Ombudsman');
    expect(md).toContain('you can contact them at any time, not only at the end of our complaints procedure');
  });
});

describe('lifecycle refusals and guard errors under the SPSO model', () => {
  const ctx: LifecycleContext = { policy: spso, calendar: scotland };
  const ack = (at: string) => ackEv(at, { procedure: 'single' });

  it('a refusal needs written reasons but no Housing Ombudsman right (Code 2.4 binds only its members); under Wellington it does', () => {
    const refused = { type: 'refused', at: '2026-06-12', grounds: ['legal-proceedings'], writtenReasons: 'A claim was filed at court.', ombudsmanRightGiven: false } as const;
    expect(replay([receivedEv('2026-06-11T10:00:00+01:00'), refused], ctx).ok).toBe(true);
    const w = replay([receivedEv('2025-03-03T10:00:00Z'), { ...refused, at: '2025-03-04' }], { policy: policies.wellington, calendar: england });
    expect(!w.ok && w.error.code).toBe('refusal-needs-ombudsman-right');
  });
  it('a guard error cites no Code provision and says the Code does not bind; under Wellington it cites 6.13', () => {
    const events = [receivedEv('2026-06-11T10:00:00+01:00'), ack('2026-06-11'), respondEv('2026-06-11', 1), { type: 'escalation-requested', at: '2026-06-12' }, { type: 'escalation-acknowledged', at: '2026-06-16', reviewer: 'officer-ann' }];
    const r = replay(events, ctx);
    expect(!r.ok && r.error.code).toBe('reviewer-is-stage-1-handler');
    if (r.ok) return;
    expect(r.error.source.provision).toBeUndefined();
    expect(r.error.source.policy).toBe('Stage 2: Investigation');
    expect(r.error.source.note).toContain("as Code 6.13, which does not bind a policy in the Scottish Public Services Ombudsman's scheme");
    for (const i of r.error.issues) expect(i.source.provision).toBeUndefined();
    const wEvents = [receivedEv('2025-03-03T10:00:00Z'), ackEv('2025-03-04'), respondEv('2025-03-14', 1), { type: 'escalation-requested', at: '2025-03-17' }, { type: 'escalation-acknowledged', at: '2025-03-18', reviewer: 'officer-ann' }];
    const w = replay(wEvents, { policy: policies.wellington, calendar: england });
    expect(!w.ok && w.error.source.provision).toBe('6.13');
    // The same Code policy moved into the SPSO's scheme (data only): the same rule, cited without the Code.
    const moved: Policy = { ...policies.wellington, ombudsman: { ...policies.wellington.ombudsman, scheme: 'spso' } };
    const m = replay(wEvents, { policy: moved, calendar: england });
    expect(!m.ok && m.error).toMatchObject({ code: 'reviewer-is-stage-1-handler', source: { policy: 's.5, s.6' } });
    expect(!m.ok && m.error.source.provision).toBeUndefined();
  });
});

// The errors the reducer raises itself, before any event rule runs (the order of events, the status
// table), follow the same rule as the guard errors: the Code binds no policy in the SPSO's scheme.
describe('errors the lifecycle raises before any rule runs, under the SPSO model', () => {
  const moved: Policy = { ...policies.wellington, ombudsman: { ...policies.wellington.ombudsman, scheme: 'spso' } };
  /** Each reducer-raised error, with events for a complaint received on `day` (Thursday) and the Code provision it rests on. */
  const cases = (day: string, next: string, ack: Record<string, unknown>) => {
    const r = receivedEv(`${day}T10:00:00Z`);
    return [
      { code: 'event-not-allowed', provision: '5.12', run: (ctx: LifecycleContext) => replay([r, { ...r, at: `${next}T10:00:00Z` }], ctx) },
      { code: 'first-event-not-received', provision: '5.12', run: (ctx: LifecycleContext) => replay([{ ...ack, at: day }], ctx) },
      { code: 'first-event-not-received', provision: '5.12', run: (ctx: LifecycleContext) => startComplaint({ ...ack, at: day }, ctx) },
      { code: 'no-events', provision: '5.12', run: (ctx: LifecycleContext) => replay([], ctx) },
      { code: 'event-before-previous', provision: '5.12', run: (ctx: LifecycleContext) => replay([r, { ...ack, at: '2020-01-02' }], ctx) },
      { code: 'event-after-now', provision: '5.12', run: (ctx: LifecycleContext) => replay([r, { ...ack, at: next }], { ...ctx, now: day }) },
      {
        code: 'no-third-stage',
        provision: '5.3',
        run: (ctx: LifecycleContext) => replay([r, { ...ack, at: day }, respondEv(next, 1), { type: 'escalation-requested', at: next }, { type: 'escalation-requested', at: next }], ctx),
      },
    ] as const;
  };
  const spsoCases = cases('2026-06-11', '2026-06-12', ackEv('2026-06-11', { procedure: 'single' }));
  const codeCases = cases('2025-03-06', '2025-03-07', ackEv('2025-03-06'));
  const bare = (r: ReturnType<typeof replay>) => {
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('expected an error');
    return r.error;
  };

  it('the SPSO built-in: each cites no Code provision and says which Code provision it mirrors without binding', () => {
    for (const c of spsoCases) {
      const e = bare(c.run({ policy: spso, calendar: scotland }));
      expect(e.code).toBe(c.code);
      expect(provisions(e)).toEqual([]);
      expect(e.source.note).toContain(`as Code ${c.provision}, which does not bind a policy in the Scottish Public Services Ombudsman's scheme`);
    }
  });
  it('Wellington moved into the SPSO scheme as data: the same errors, cited the same way', () => {
    for (const c of codeCases) {
      const e = bare(c.run({ policy: moved, calendar: england }));
      expect(e.code).toBe(c.code);
      expect(provisions(e)).toEqual([]);
      expect(e.source.note).toContain(`as Code ${c.provision}, which does not bind`);
    }
  });
  it('Housing Ombudsman policies are unchanged: each cites its Code provision, with no such note', () => {
    for (const policy of [policies.wellington, policies.chsResidents]) {
      for (const c of cases('2025-03-06', '2025-03-07', ackEv('2025-03-06', { procedure: policy.procedures[0]!.id }))) {
        const e = bare(c.run({ policy, calendar: england }));
        expect(e.code).toBe(c.code);
        expect(e.source.provision).toBe(c.provision);
        for (const i of e.issues) expect(i.source.provision).toBe(c.provision);
        expect(e.source.note ?? '').not.toContain('does not bind');
      }
    }
  });
  it("an event the status table refuses cites no provision under either scheme ('lifecycle transitions')", () => {
    const e = bare(replay([receivedEv('2026-06-11T10:00:00Z'), { type: 'escalation-acknowledged', at: '2026-06-12', reviewer: 'officer-bo' }], { policy: spso, calendar: scotland }));
    expect(e).toMatchObject({ code: 'event-not-allowed', source: { note: 'lifecycle transitions' } });
    expect(provisions(e)).toEqual([]);
  });
});
