import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import {
  checkExtensionNotice, checkRefusalNotice, checkResponseContents, decideOutcome, escapeInline, renderLetter, responseContentsOptions, tryRenderLetter, unescapeMarkdown,
  type ResponseLetterData,
} from '../../src/outcomes/index.js';
import { policies } from '../../src/policy/index.js';
import { createCalendar } from '../../src/calendar/index.js';
import { EXCLUSION_GROUNDS } from '../../src/core/index.js';

const calendar = createCalendar({ region: 'england-and-wales' });
const wellington = { policy: policies.wellington, calendar };
const chs = { policy: policies.chsCommercialClient, calendar };

const headings = (md: string) => md.split('\n').filter((l) => /^#{1,6} /.test(l));
const listItems = (md: string) => md.split('\n').filter((l) => /^\s{0,3}([-+*]|\d+[.)])(\s|$)/.test(l));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const paragraphs = (s: string) => s.split(/\n\s*\n/).map(norm).filter((p) => p !== '');

const stage1: ResponseLetterData = {
  date: '2025-03-03',
  complainantName: 'Ms Jones',
  complaintDefinition: 'The boiler was not repaired for three weeks.',
  findings: [
    { issue: 'Boiler repair delay', finding: 'upheld', reasons: 'The repair target is 3 days.' },
    { issue: 'Hallway light', finding: 'not-upheld', reasons: 'It was fixed within target.' },
  ],
  reasons: 'Our contractor missed two appointments.',
  remedies: [
    { id: 'r1', kind: 'apology', description: 'We apologise for the delay.', dueBy: '2025-03-14' },
    { id: 'r2', kind: 'financial', description: 'A payment for the weeks without heating.', dueBy: '2025-03-21', financial: { type: 'compensation', amountPence: 12_550 } },
  ],
  outstandingActions: [{ id: 'a1', description: 'Service the boiler', dueBy: '2025-04-01' }],
};

describe('renderLetter: stage responses say what Code 6.9 / 6.19 and policy s.9 require, in the policy\'s words', () => {
  it('a stage 1 response has a section for each item of 6.9 (and the Ombudsman, policy s.9)', () => {
    const md = renderLetter('stage-1-response', stage1, wellington);
    expect(headings(md)).toEqual([
      '# Your complaint: our stage 1 response', '## What your complaint is about', '## Our decision', '## The reasons for our decision',
      '## What we will do to put things right', '## Actions still outstanding', '## If you are not satisfied', '## The Housing Ombudsman',
    ]);
    expect(md).toContain('This is our stage 1 response');
    expect(md).toContain('We have **partially upheld** your complaint');
  });
  it('policy s.6/s.7 "within 20 working days of the date of the Stage 1 reply": the letter gives the window and, with a calendar, the date', () => {
    const md = renderLetter('stage-1-response', stage1, wellington);
    expect(md).toContain('within 20 working days of the date of this reply');
    expect(md).toContain(`by ${'Monday 31 March 2025'}`);
    expect(calendar.addWorkingDays('2025-03-03', 20)).toBe('2025-03-31');
  });
  it('Code 6.10 "If all or part of the complaint is not resolved to the resident\'s satisfaction at stage 1, it must be progressed to stage 2": under the Code policy (no window) the letter states no window and no date', () => {
    const md = renderLetter('stage-1-response', stage1, { policy: policies.housingOmbudsmanCode2024, calendar });
    expect(md).toContain('you can ask us to escalate your complaint to stage 2.');
    expect(md).not.toMatch(/within \d+ working days|that is, by/);
    expect(md).not.toContain('31 March 2025');
  });
  it('policy s.9 "That the complainant may refer the complaint to the Housing Ombudsman Service": a stage 1 letter with a blank Ombudsman statement is refused under Wellington, as the lifecycle refuses the response', () => {
    const r = tryRenderLetter('stage-1-response', { ...stage1, ombudsman: ' ' }, wellington);
    expect(r.ok ? [] : r.error.map((f) => [f.code, f.source.policy])).toEqual([['response-missing-ombudsman', 's.9']]);
    expect(responseContentsOptions(policies.wellington)).toEqual({ schemeMember: true, responses: policies.wellington.responses });
    expect(responseContentsOptions(policies.housingOmbudsmanCode2024)).toEqual({ schemeMember: true, responses: policies.housingOmbudsmanCode2024.responses });
    expect(responseContentsOptions(policies.chsCommercialClient)).toEqual({ schemeMember: false, responses: policies.chsCommercialClient.responses });
  });
  it('Code 6.9(e) "the details of any remedy offered to put things right": a letter on a complaint not upheld may offer none, and says so', () => {
    const { remedies: _r, ...rest } = stage1;
    const md = renderLetter('stage-1-response', { ...rest, findings: [{ issue: 'Hallway light', finding: 'not-upheld', reasons: 'It was fixed within target.' }] }, wellington);
    expect(md).toContain('We have not upheld your complaint, so we are not offering a remedy.');
    expect(tryRenderLetter('stage-1-response', { ...rest, findings: [{ issue: 'Boiler', finding: 'upheld', reasons: 'Late.' }] }, wellington)).toMatchObject({ ok: false });
  });
  it('policy s.8 "Compensation for quantifiable loss will normally be paid as credit to the rent account"', () => {
    expect(renderLetter('stage-1-response', stage1, wellington)).toContain('Compensation of £125.50 for your loss, credited to your rent account.');
  });
  it('policy s.9 "Outstanding actions will be tracked, and updates provided"', () => {
    expect(renderLetter('stage-1-response', stage1, wellington)).toContain('We will track these actions and keep you updated');
  });
  it('policy s.10: the Ombudsman\'s contact details come from the policy', () => {
    const md = renderLetter('stage-2-response', { ...stage1, stage: 2 }, wellington);
    expect(md).toContain('0300 111 3000');
    expect(md).toContain('This concludes Wellington Housing Co-operative\'s complaints procedure.');
    expect(md).not.toContain('## If you are not satisfied\n\nIf you are unhappy with the outcome of this stage 1');
  });
  it('an organisation outside the Ombudsman scheme (CHS commercial) writes no Ombudsman section', () => {
    expect(headings(renderLetter('stage-2-response', stage1, chs))).not.toContain('## The Housing Ombudsman');
  });
  it('a decision that contradicts the findings on each issue (policy s.8) is an error', () => {
    expect(() => renderLetter('stage-1-response', { ...stage1, decision: 'upheld' }, wellington)).toThrow(expect.objectContaining({ code: 'letter-incomplete', path: 'data.decision' }));
    const r = tryRenderLetter('stage-1-response', { ...stage1, decision: 'upheld' }, wellington);
    expect(r.ok ? [] : r.error.map((f) => [f.code, f.source.policy])).toEqual([['decision-contradicts-findings', 's.8']]);
  });
  it('bad host data comes back as findings from tryRenderLetter, not as a crash', () => {
    const r = tryRenderLetter('stage-1-response', { ...stage1, date: '2025-02-30' }, wellington);
    expect(r.ok ? [] : r.error.map((f) => [f.code, f.path])).toEqual([['letter-invalid-date', 'date']]);
    const bad = tryRenderLetter('stage-1-response', { ...stage1, findings: [{ issue: 'x', finding: 'maybe', reasons: '' }] as never }, wellington);
    expect(bad.ok ? [] : bad.error.map((f) => [f.code, f.path])).toEqual([['response-invalid-finding', 'findings.0.finding']]);
  });
  it('a letter missing what 6.9 requires is not rendered: the error names the field', () => {
    const { reasons: _r, ...noReasons } = stage1;
    expect(() => renderLetter('stage-1-response', noReasons, wellington)).toThrow(expect.objectContaining({ code: 'letter-incomplete', path: 'data.reasons' }));
    const r = tryRenderLetter('stage-1-response', noReasons, wellington);
    expect(r.ok ? [] : r.error.map((f) => f.code)).toEqual(['response-missing-reasons']);
  });
  it('Markdown in host text is escaped: it cannot add headings, lists, emphasis or links', () => {
    const md = renderLetter('stage-1-response', { ...stage1, complaintDefinition: '# Heading\n\n- item\n\n1. one [link](http://x) *bold* <b>', complainantName: 'Ms *Jones*' }, wellington);
    expect(headings(md)).toHaveLength(8);
    expect(md).toContain('\\# Heading');
    expect(md).toContain('\\- item');
    expect(md).toContain('1\\. one \\[link\\](http://x) \\*bold\\* \\<b\\>');
    expect(md).toContain('Dear Ms \\*Jones\\*,');
  });
});

describe('renderLetter: extension notices (Code 6.4, 6.5, 6.15, 6.16; policy s.5)', () => {
  it('gives the new date, the reasons and the Ombudsman\'s contact details', () => {
    const md = renderLetter('extension', { stage: 1, newDate: '2025-04-04', reasons: 'We are waiting for a surveyor.' }, wellington);
    expect(md).toContain('by Friday 4 April 2025');
    expect(md).toContain('We are waiting for a surveyor.');
    expect(md).toContain('0300 111 3000');
  });
  it('"beyond 20 working days ... this should be agreed by the complainant": not rendered without agreement', () => {
    const r = tryRenderLetter('extension', { stage: 2, newDate: '2025-06-04', reasons: 'Major works.', goodReason: 'Structural survey.', extensionWorkingDays: 25 }, wellington);
    expect(r.ok ? [] : r.error.map((f) => f.code)).toEqual(['extension-needs-agreement']);
  });
});

describe('renderLetter: refusals (Code 2.4; policy s.3)', () => {
  it('gives the reasons, the policy\'s ground and route, and the right to go to the Ombudsman', () => {
    const md = renderLetter('refusal', { ground: 'damages-claim', reasons: 'You asked for the cost of your damaged carpet.' }, wellington);
    expect(md).toContain('Claims for damages');
    expect(md).toContain('An insurance claim.');
    expect(md).toContain('right to take our decision not to accept your complaint to the Housing Ombudsman');
  });
  it('Code 2.2 "A complaints policy must set out the circumstances in which a matter will not be considered as a complaint": a ground the policy does not list is refused', () => {
    const r = tryRenderLetter('refusal', { ground: 'damages-claim', reasons: 'Damages.' }, { policy: policies.housingOmbudsmanCode2024 });
    expect(r.ok ? [] : r.error.map((f) => [f.code, f.source.provision])).toEqual([['refusal-ground-not-in-policy', '2.2']]);
  });
  it('CHS commercial: reasons, no Ombudsman', () => {
    const md = renderLetter('refusal', { ground: 'legal-proceedings', reasons: 'A claim was filed at court.' }, chs);
    expect(md).not.toMatch(/Ombudsman/);
  });
});

// Host text full of characters that mean something in Markdown.
const special = fc.constantFrom('#', '*', '_', '-', '+', '1', '.', ')', '>', '`', '[', ']', '(', '<', '|', '~', '\\', '&', '!', '=', ' ', '\n', 'a', 'B', 'é');
const text = fc.string({ unit: special, maxLength: 40 });
const nonBlank = text.filter((s) => s.trim() !== '');
const date = fc.integer({ min: 19_000, max: 25_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const remedy = fc.record({
  id: fc.uuid(), kind: fc.constantFrom('apology' as const, 'action' as const, 'explanation' as const), description: nonBlank, dueBy: date,
});
const financialRemedy = fc.record({
  id: fc.uuid(), kind: fc.constant('financial' as const), description: nonBlank, dueBy: date,
  financial: fc.record({ type: fc.constantFrom('compensation' as const, 'discretionary' as const), amountPence: fc.integer({ min: 1, max: 10_000_000 }) }),
});
const action = fc.record({ id: fc.uuid(), description: nonBlank, dueBy: fc.option(date, { nil: undefined }) }).map(({ dueBy, ...a }) => (dueBy === undefined ? a : { ...a, dueBy }));
const finding = fc.record({ issue: nonBlank, finding: fc.constantFrom('upheld' as const, 'not-upheld' as const), reasons: text });
const policyArb = fc.constantFrom(policies.wellington, policies.dennetts, policies.chsCommercialClient, policies.housingOmbudsmanCode2024);
// Mostly present, sometimes missing, so that both rendered and refused letters are common.
const opt = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 6 });
const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const responseData = fc.record({
  complaintDefinition: opt(text), findings: opt(fc.array(finding, { minLength: 1, maxLength: 4 })), reasons: opt(text),
  remedies: opt(fc.array(fc.oneof(remedy, financialRemedy), { maxLength: 3 })), noRemedyReason: opt(text),
  outstandingActions: opt(fc.array(action, { maxLength: 3 })), complainantName: opt(text), reference: opt(text), date: opt(date),
}).map(drop);

describe('property: a rendered letter always passes its check', () => {
  it('stage responses: rendered exactly when the contents check passes, with one heading per required item and host text intact', () => {
    fc.assert(fc.property(fc.constantFrom(1 as const, 2 as const), responseData, policyArb, (stage, data, policy) => {
      const member = policy.ombudsman.schemeMember;
      const r = tryRenderLetter(stage === 1 ? 'stage-1-response' : 'stage-2-response', data, { policy, calendar });
      // The decision the letter states: derived from the findings on each issue when they are given (policy s.8).
      const decision = data.findings !== undefined && data.findings.length > 0 ? decideOutcome(data.findings) : undefined;
      const findings = checkResponseContents(stage, { ...data, stage, ...(decision === undefined ? {} : { decision }), escalation: 'policy words', ombudsman: 'policy words' }, responseContentsOptions(policy))
        .filter((f) => f.code !== 'response-missing-decision' || data.findings === undefined);
      expect(r.ok).toBe(findings.length === 0);
      if (!r.ok) {
        expect(r.error.map((f) => f.code)).toEqual(findings.map((f) => f.code));
        return;
      }
      const md = r.value;
      const expected = ['## What your complaint is about', '## Our decision', '## The reasons for our decision', '## What we will do to put things right', '## Actions still outstanding', '## If you are not satisfied', ...(member ? ['## The Housing Ombudsman'] : [])];
      expect(headings(md)).toEqual([`# Your complaint: our stage ${stage} response`, ...expected]);
      expect(listItems(md)).toHaveLength((data.findings?.length ?? 0) + (data.remedies?.length ?? 0) + (data.outstandingActions?.length ?? 0));
      const plain = unescapeMarkdown(md);
      for (const t of [data.complaintDefinition, data.reasons, data.noRemedyReason, ...(data.remedies ?? []).map((x) => x.description), ...(data.outstandingActions ?? []).map((x) => x.description), ...(data.findings ?? []).flatMap((x) => [x.issue, x.reasons])]) {
        for (const p of paragraphs(t ?? '')) expect(plain).toContain(p);
      }
      expect(checkResponseContents(stage, { ...data, stage, decision: 'upheld', escalation: 'x', ombudsman: 'x' }).filter((f) => f.path?.startsWith('remedies.'))).toEqual([]);
    }), { numRuns });
  });

  it('extensions: rendered exactly when the notice check passes (with the policy\'s Ombudsman details), host text intact', () => {
    const notice = fc.record({ stage: fc.constantFrom(1 as const, 2 as const), newDate: opt(date), reasons: opt(text), extensionWorkingDays: opt(fc.integer({ min: 1, max: 40 })), goodReason: opt(text), complainantAgreed: opt(fc.boolean()) }).map(drop);
    fc.assert(fc.property(notice, policyArb, (data, policy) => {
      const r = tryRenderLetter('extension', data, { policy, calendar });
      const findings = checkExtensionNotice({ ...data, ombudsman: 'policy words' }, policy);
      expect(r.ok).toBe(findings.length === 0);
      if (r.ok) {
        expect(headings(r.value).slice(0, 3)).toEqual([`# Your complaint: we need more time for our stage ${data.stage} response`, '## When you will hear from us', '## Why we need more time']);
        expect(listItems(r.value)).toEqual([]);
        for (const p of paragraphs(data.reasons ?? '')) expect(unescapeMarkdown(r.value)).toContain(p);
        const needsOmbudsman = policy.ombudsman.schemeMember && policy.stages[data.stage - 1]?.extension.ombudsmanDetailsRequired;
        expect(headings(r.value).includes('## The Housing Ombudsman')).toBe(needsOmbudsman);
      }
    }), { numRuns });
  });

  it('refusals: rendered exactly when the refusal check passes, with the Ombudsman right for scheme members', () => {
    const notice = fc.record({ refused: opt(fc.constantFrom('accept' as const, 'escalate' as const)), ground: opt(fc.constantFrom(...EXCLUSION_GROUNDS)), reasons: opt(text), routeElsewhere: opt(text) }).map(drop);
    fc.assert(fc.property(notice, policyArb, (data, policy) => {
      const r = tryRenderLetter('refusal', data, { policy, calendar });
      const findings = checkRefusalNotice({ ...data, ombudsman: 'policy words' }, policy);
      const listed = data.ground === undefined || policy.exclusions.some((e) => e.ground === data.ground);
      expect(r.ok).toBe(findings.length === 0 && listed);
      if (!r.ok && !listed) expect(r.error.map((f) => f.code)).toContain('refusal-ground-not-in-policy');
      if (r.ok) {
        expect(headings(r.value).includes('## Your right to go to the Housing Ombudsman')).toBe(policy.ombudsman.schemeMember);
        for (const p of paragraphs(data.reasons ?? '')) expect(unescapeMarkdown(r.value)).toContain(p);
        expect(listItems(r.value)).toEqual([]);
      }
    }), { numRuns });
  });

  it('escapeInline: the text always comes back unchanged (but for whitespace) and never starts a block', () => {
    fc.assert(fc.property(text, (t) => {
      const e = escapeInline(t);
      expect(unescapeMarkdown(e)).toBe(norm(t));
      expect(e).not.toMatch(/^([-+*>#=]|\d+[.)])/);
      expect(e).not.toContain('\n');
    }), { numRuns });
  });
});
