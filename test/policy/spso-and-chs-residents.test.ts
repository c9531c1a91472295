import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintPolicy, parsePolicy, policies, policyScheme } from '../../src/policy/index.js';

const spso = policies.spsoModelScotland;
const chs = policies.chsResidents;

describe('built-in: the SPSO model procedure for a Scottish social landlord', () => {
  it('validates as JSON, counts Scottish working days and is in the SPSO\'s scheme', () => {
    expect(parsePolicy(JSON.parse(JSON.stringify(spso))).ok).toBe(true);
    expect(spso.region).toBe('scotland');
    expect(policyScheme(spso).id).toBe('spso');
  });
  it('"We will give you our decision at stage 1 in five working days or less": 5 working days from receipt, no separate acknowledgement', () => {
    expect(spso.stages[0].acknowledge).toBeNull();
    expect(spso.stages[0].respond).toMatchObject({ workingDays: 5, anchor: 'receipt' });
    expect(spso.stages[0].respond!.source.note).toContain('five working days or less');
  });
  it('"acknowledge receipt of your complaint within three working days" and "normally within 20 working days"', () => {
    expect(spso.stages[1].acknowledge).toMatchObject({ workingDays: 3, anchor: 'escalation-request' });
    expect(spso.stages[1].respond).toMatchObject({ workingDays: 20, anchor: 'escalation-request' });
  });
  it('"handled directly at this stage": a complaint may go straight to stage 2', () => {
    expect(spso.escalation.direct).toMatchObject({ allowed: true });
  });
  it('"within six months of ... or within two months of receiving your stage 1 response (if this is later)"', () => {
    expect(spso.escalation.window).toMatchObject({ laterOf: [{ months: 6, anchor: 'awareness' }, { months: 2, anchor: 'stage-response' }] });
    expect(spso.timeLimit).toMatchObject({ months: 6, from: 'later-of-issue-and-awareness', discretion: true });
  });
  it('the unconfirmed figures are recorded as ambiguities, not presented as fact', () => {
    const paths = spso.ambiguities.map((a) => a.path);
    expect(paths).toEqual(expect.arrayContaining(['adopted', 'stages.0.extension', 'escalation.window']));
    expect(spso.stages[0].extension.source.note).toMatch(/Not confirmed/);
  });
  it('lints against its own scheme\'s model, not the Code, and meets it', () => {
    const f = lintPolicy(spso);
    expect(f.map((x) => x.code)).toEqual(['measured-against-model']);
    expect(f[0]?.source.note).toBe('SPSO Model Complaints Handling Procedure');
  });
});

describe('built-in: the CHS residents\' leaflet', () => {
  const file = new URL('../fixtures/policy-sources/chs-making-a-complaint-leaflet.txt', import.meta.url);
  const quoted = (s: { quote?: string }) => s.quote ?? '';

  it('every quote is the leaflet\'s words', () => {
    const leaflet = readFileSync(file, 'utf8').replace(/\s+/g, ' ');
    const quotes: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o['quote'] === 'string') quotes.push(o['quote']);
        Object.values(o).forEach(walk);
      }
    };
    walk(chs);
    expect(quotes.length).toBeGreaterThan(10);
    for (const q of quotes) expect(leaflet, q).toContain(q.replace(/\s+/g, ' '));
  });
  it('"we\'ll log and acknowledge receipt of your complaint within 5 working days*"', () => {
    expect(chs.stages[0].acknowledge).toMatchObject({ workingDays: 5, anchor: 'receipt' });
  });
  it('"within 10 working days*": from the acknowledgement; the "On receipt of your response" reading is recorded', () => {
    expect(chs.stages[0].respond).toMatchObject({ workingDays: 10, anchor: 'acknowledgement' });
    expect(quoted(chs.stages[0].respond!.source)).toContain('On receipt of your response');
    expect(chs.ambiguities.find((a) => a.path === 'stages.0.respond.anchor')?.reading).toMatch(/does not wait for a clarification reply/);
  });
  it('"within 20 working days* of your request for a review"', () => {
    expect(chs.stages[1].respond).toMatchObject({ workingDays: 20, anchor: 'escalation-request' });
  });
  it('no stage 0: the same-day fix is recorded as a stage 1 response on the day of receipt', () => {
    expect(chs.ambiguities.find((a) => a.path === 'stages.0')?.reading).toMatch(/stage 1 response on the day of receipt/);
  });
  it('what the lint says of extensions with reasons and no stated cap: a warning (6.4, 6.15) and a breach for the missing Ombudsman details (6.5, 6.16)', () => {
    const f = lintPolicy(chs).filter((x) => x.path?.includes('extension'));
    expect(f.map((x) => [x.severity, x.code, x.source.provision])).toEqual([
      ['warning', 'stage1-extension-no-upper-limit', '6.4'],
      ['breach', 'stage1-extension-without-ombudsman-details', '6.5'],
      ['warning', 'stage2-extension-no-upper-limit', '6.15'],
      ['breach', 'stage2-extension-without-ombudsman-details', '6.16'],
    ]);
  });
  it('the Housing Ombudsman\'s details as the leaflet gives them, and the lint notes the email no longer takes new cases', () => {
    expect(chs.ombudsman.contact).toMatchObject({ phone: '0300 111 3000', email: 'info@housing-ombudsman.org.uk' });
    expect(lintPolicy(chs).find((x) => x.code === 'ombudsman-email-not-for-new-complaints')?.severity).toBe('note');
  });
});
