import { describe, expect, it } from 'vitest';
import {
  HOUSING_OMBUDSMAN_EMAIL_CLOSED_FROM,
  LINT_CODES,
  SCHEMES,
  SCHEME_IDS,
  SCHEME_LINT_CODES,
  SPSO_MCHP,
  type Policy,
  type PolicyOverrides,
  definePolicy,
  lintPolicy,
  policies,
  policyScheme,
} from '../../src/policy/index.js';

function variant(base: Policy, overrides: PolicyOverrides): Policy {
  const r = definePolicy(base, overrides);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Wellington's text, re-homed in Scotland under the SPSO: a variant, not a built-in. */
const scottish = variant(policies.wellington, { region: 'scotland', ombudsman: { scheme: 'spso' } });

describe('ombudsman schemes as data', () => {
  it('every scheme has an id, regions, a way to bring a complaint, and says what the lint measures against', () => {
    for (const id of SCHEME_IDS) {
      const s = SCHEMES[id];
      expect(s.id).toBe(id);
      expect(s.regions.length).toBeGreaterThan(0);
      expect(s.channels.some((c) => c.newComplaints)).toBe(true);
      expect(s.timeLimit.confirmation.checked.length).toBeGreaterThan(0);
      expect(s.measuredAgainst === 'model-procedure').toBe(s.model !== null);
    }
  });
  it('Housing Ombudsman: "From 13 January 2026, we will no longer accept new cases by email."', () => {
    const email = SCHEMES['housing-ombudsman'].channels.find((c) => c.kind === 'email');
    expect(email).toMatchObject({ newComplaints: false, from: '2026-01-13' });
    expect(email?.source.note).toContain('From 13 January 2026, we will no longer accept new cases by email');
    expect(HOUSING_OMBUDSMAN_EMAIL_CLOSED_FROM).toBe('2026-01-13');
  });
  it('Housing Ombudsman: "If it has been 12 months or more since your landlord issued its stage 2 (final) response to your complaint, we will not be able to consider it for investigation."', () => {
    expect(SCHEMES['housing-ombudsman'].timeLimit).toMatchObject({ months: 12, from: 'final-response', confirmation: { status: 'confirmed' } });
    expect(SCHEMES['housing-ombudsman'].timeLimit.confirmation.checked[0]?.url).toBe('https://housing-ombudsman.org.uk/residents/make-a-complaint/your-complaint-is-over-a-year-old');
  });
  it('SPSO: "the person complaining knew about less than 12 months ago"', () => {
    expect(SCHEMES.spso.timeLimit).toMatchObject({ months: 12, from: 'awareness', confirmation: { status: 'confirmed' } });
  });
  it('SPSO model: frontline response in 5 working days with no separate acknowledgement; stage 2 acknowledged in 3, answered in 20', () => {
    expect(SPSO_MCHP.stages[0].acknowledge).toBeNull();
    expect(SPSO_MCHP.stages[0].respond).toMatchObject({ workingDays: 5, anchor: 'receipt' });
    expect(SPSO_MCHP.stages[1].acknowledge).toMatchObject({ workingDays: 3 });
    expect(SPSO_MCHP.stages[1].respond).toMatchObject({ workingDays: 20 });
    expect(SPSO_MCHP.stages[0].confirmation.status).toBe('unconfirmed'); // the 10-day total
  });
  it('SPSO model: "within six months ... or within two months of receiving your stage 1 response (if this is later)"', () => {
    expect(SPSO_MCHP.escalationWindow.periods).toEqual([{ months: 6, anchor: 'awareness' }, { months: 2, anchor: 'stage-response' }]);
  });
  it('NIPSO: no model procedure for social landlords could be confirmed, so none is held', () => {
    expect(SCHEMES.nipso).toMatchObject({ measuredAgainst: null, model: null });
  });
  it('a policy without a scheme is in the Housing Ombudsman\'s', () => {
    expect(policyScheme(policies.wellington).id).toBe('housing-ombudsman');
    expect(policyScheme(scottish).id).toBe('spso');
  });
  it('the lint codes include the scheme codes', () => {
    for (const c of SCHEME_LINT_CODES) expect(LINT_CODES).toContain(c);
  });
});

describe('lintPolicy reads the scheme', () => {
  it('a policy in the SPSO scheme is measured against the model procedure, and every finding cites it', () => {
    const findings = lintPolicy(scottish);
    expect(findings.map((f) => f.code)).toContain('measured-against-model');
    for (const f of findings) {
      expect(f.source.provision).toBeUndefined();
      expect(f.source.note).toMatch(/SPSO|Scottish Public Services Ombudsman/);
    }
  });
  it('Wellington\'s timescales against the SPSO model: 10 working days from the acknowledgement is later than 5 from receipt; 12 months is longer than 6 (not a finding)', () => {
    const findings = lintPolicy(scottish);
    const byCode = (c: string) => findings.filter((f) => f.code === c).map((f) => f.path);
    // Wellington stage 1 responds 10 working days from the acknowledgement: the model counts 5 from receipt.
    expect(byCode('model-timescale-anchor-unbounded')).toContain('stages.0.respond.anchor');
    // Wellington acknowledges stage 2 within 5 working days; the model within 3.
    expect(byCode('model-acknowledgement-too-late')).toContain('stages.1.acknowledge.workingDays');
    expect(byCode('model-time-limit-too-short')).toEqual([]);
    expect(findings.find((f) => f.code === 'model-timescale-anchor-unbounded')?.source.note).toContain('five working days or less');
  });
  it('a stricter variant meets the model: no breaches', () => {
    const stages = structuredClone(scottish.stages) as Policy['stages'];
    stages[0].respond = { workingDays: 5, anchor: 'receipt', source: { note: 'variant' } };
    stages[0].extension = { ...stages[0].extension, withoutGoodReason: 5 };
    stages[1].acknowledge = { workingDays: 3, anchor: 'escalation-request', source: { note: 'variant' } };
    stages[1].respond = { workingDays: 20, anchor: 'escalation-request', source: { note: 'variant' } };
    const v = { note: 'variant' };
    const window = { laterOf: [{ months: 6, anchor: 'receipt' as const, source: v }, { months: 2, anchor: 'stage-response' as const, source: v }], source: v };
    // Overrides merge into the base's window, so it is cleared first.
    const strict = variant(variant(scottish, { stages, escalation: { window: null } }), { escalation: { window } });
    expect(lintPolicy(strict).filter((f) => f.severity === 'breach')).toEqual([]);
  });
  it('Wellington\'s 20 working days from the stage 1 reply against the model\'s window: both of its periods can close sooner', () => {
    const f = lintPolicy(scottish).filter((x) => x.code === 'model-escalation-window-too-short');
    expect(f.map((x) => x.path)).toEqual(['escalation.window', 'escalation.window']);
    expect(f[0]?.message).toContain("the model allows 6 months from 'awareness'");
    expect(f[1]?.message).toContain("the model allows 2 months from 'stage-response'");
    expect(f[1]?.message).toContain("20 working days from 'stage-response' can end sooner");
    // Cites the model's sentence and the policy's own section, and says how far the model was confirmed.
    expect(f[1]?.source.note).toContain('within two months of receiving your stage 1 response (if this is later)');
    expect(f[1]?.source.policy).toBe('s.5, s.6, s.7');
    expect(f[1]?.message).toContain('as published by bodies that adopt it');
  });
  describe('the time for asking for stage 2 against the model\'s (the later of 6 months from finding out and 2 months from the stage 1 response)', () => {
    const v = { note: 'variant' };
    const codes = (window: Policy['escalation']['window']) =>
      // Overrides merge into the base's window, so it is cleared first.
      lintPolicy(variant(variant(scottish, { escalation: { window: null } }), { escalation: { window } }))
        .filter((x) => x.code === 'model-escalation-window-too-short')
        .map((x) => x.message.match(/allows (\d+ months? from '[\w-]+')/)?.[1]);
    const later = (...periods: { months?: number; workingDays?: number; anchor: 'awareness' | 'receipt' | 'acknowledgement' | 'stage-response' | 'escalation-request' }[]) => ({ laterOf: periods.map((p) => ({ ...p, source: v })), source: v });
    it('the SPSO built-in has no such finding', () => {
      expect(lintPolicy(policies.spsoModelScotland).map((x) => x.code)).not.toContain('model-escalation-window-too-short');
    });
    it('receipt (never before finding out) covers awareness; a later anchor, for as long, covers an earlier one', () => {
      expect(codes(later({ months: 6, anchor: 'receipt' }, { months: 2, anchor: 'stage-response' }))).toEqual([]);
      expect(codes(later({ months: 6, anchor: 'acknowledgement' }, { months: 3, anchor: 'stage-response' }))).toEqual([]);
    });
    it('the escalation request, which follows the stage 1 response, has its place in the order: a period from it covers one from the response', () => {
      // Before, 'escalation-request' had no place in the order, so such a period covered nothing.
      expect(codes(later({ months: 6, anchor: 'receipt' }, { months: 2, anchor: 'escalation-request' }))).toEqual([]);
      expect(codes(later({ months: 6, anchor: 'escalation-request' }, { months: 2, anchor: 'escalation-request' }))).toEqual([]);
      expect(codes(later({ months: 6, anchor: 'receipt' }, { months: 1, anchor: 'escalation-request' }))).toEqual(["2 months from 'stage-response'"]);
    });
    it('a missing or shorter period is a breach naming the model\'s period', () => {
      expect(codes(later({ months: 6, anchor: 'awareness' }, { months: 1, anchor: 'stage-response' }))).toEqual(["2 months from 'stage-response'"]);
      expect(codes(later({ months: 5, anchor: 'awareness' }, { months: 2, anchor: 'stage-response' }))).toEqual(["6 months from 'awareness'"]);
      expect(codes({ workingDays: 20, anchor: 'stage-response', source: v })).toEqual(["6 months from 'awareness'", "2 months from 'stage-response'"]);
    });
    it('working days cover months only when there are enough for the longest months (23 a month)', () => {
      expect(codes(later({ months: 6, anchor: 'awareness' }, { workingDays: 45, anchor: 'stage-response' }))).toEqual(["2 months from 'stage-response'"]);
      expect(codes(later({ months: 6, anchor: 'awareness' }, { workingDays: 46, anchor: 'stage-response' }))).toEqual([]);
    });
    it('no window (a request is never late) is never a finding', () => {
      expect(codes(null)).toEqual([]);
    });
    it('the lint is monotone: lengthening a period never adds a finding', () => {
      for (let m = 1; m <= 8; m++) {
        const shorter = codes(later({ months: m, anchor: 'awareness' }, { months: 2, anchor: 'stage-response' })).length;
        const longer = codes(later({ months: m + 1, anchor: 'awareness' }, { months: 2, anchor: 'stage-response' })).length;
        expect(longer).toBeLessThanOrEqual(shorter);
      }
    });
  });
  it('a Scottish policy with a 3-month time limit and no discretion breaches the model', () => {
    const p = variant(scottish, { timeLimit: { months: 3, discretion: false } });
    expect(lintPolicy(p).map((f) => f.code)).toEqual(expect.arrayContaining(['model-time-limit-too-short', 'model-no-discretion']));
  });
  it('a scheme that does not serve the policy\'s region is a warning', () => {
    const p = variant(policies.wellington, { ombudsman: { scheme: 'spso' } });
    expect(lintPolicy(p).map((f) => f.code)).toContain('scheme-region-mismatch');
  });
  it('NIPSO: a note that nothing is measured, no Code findings', () => {
    const p = variant(policies.wellington, { region: 'northern-ireland', ombudsman: { scheme: 'nipso' } });
    expect(lintPolicy(p).map((f) => f.code)).toEqual(['no-model-procedure']);
  });
});

describe('lintPolicy: an Ombudsman contact that is an email only (from 13 January 2026)', () => {
  const emailOnly = variant(policies.wellington, { ombudsman: { contact: { name: 'Housing Ombudsman Service', email: 'info@housing-ombudsman.org.uk' } } });
  const contact = structuredClone(emailOnly.ombudsman);
  delete (contact.contact as { phone?: string }).phone;
  delete (contact.contact as { website?: string }).website;
  const onlyEmail: Policy = { ...emailOnly, ombudsman: contact };

  it('warns for a policy in force on or after 13 January 2026, citing 3.7 and the Ombudsman\'s notice', () => {
    const f = lintPolicy(onlyEmail).find((x) => x.code === 'ombudsman-contact-email-only');
    expect(f).toMatchObject({ severity: 'warning', path: 'ombudsman.contact.email', source: { provision: '3.7' } });
    expect(f?.source.note).toContain('13 January 2026');
  });
  it('says nothing of a policy whose last day in force was before 13 January 2026', () => {
    const old: Policy = { ...onlyEmail, inForce: { from: '2024-11-01', to: '2026-01-12' } };
    expect(lintPolicy(old).map((f) => f.code)).not.toContain('ombudsman-contact-email-only');
    const last: Policy = { ...onlyEmail, inForce: { from: '2024-11-01', to: '2026-01-13' } };
    expect(lintPolicy(last).map((f) => f.code)).toContain('ombudsman-contact-email-only');
  });
  it('an email beside a telephone number or website is a note, not a warning', () => {
    expect(lintPolicy(policies.wellington).filter((f) => f.code.startsWith('ombudsman-')).map((f) => [f.code, f.severity])).toEqual([['ombudsman-email-not-for-new-complaints', 'note']]);
  });
});
