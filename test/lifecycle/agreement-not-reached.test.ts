// Wellington s.5 (and Dennetts s.5): "If an extension at either stage 1 or stage 2 beyond 20 working
// days is required to enable the landlord to respond to the complaint fully, this should be agreed by
// the complainant. Where agreement over an extension period cannot be reached, CHS should provide the
// Housing Ombudsman's contact details so the complainant can challenge the plan for responding and/or
// the proposed timeliness for a response."
import { describe, expect, it } from 'vitest';
import { deadlines, replay, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { definePolicy, policies } from '../../src/policy/index.js';
import { performanceReport } from '../../src/reporting/index.js';
import { acknowledged, calendar, received } from '../reporting/fixtures.js';

const context = { policy: policies.wellington, calendar };
// Received Mon 2 Jun 2025, acknowledged Tue 3 Jun: stage 1 response due Tue 17 Jun.
const start = [received('N', '2025-06-02'), acknowledged('2025-06-03')];
const long = (extra: Partial<{ complainantAgreed: boolean; ombudsmanDetailsGiven: boolean }>): LifecycleEvent => ({
  type: 'extension-granted',
  at: '2025-06-10',
  stage: 1,
  workingDays: 25,
  reasons: 'A structural survey of the building is needed.',
  goodReason: 'The survey can only be booked in July.',
  ombudsmanDetailsGiven: true,
  ...extra,
});

describe('Wellington s.5: "Where agreement over an extension period cannot be reached, CHS should provide the Housing Ombudsman\'s contact details"', () => {
  it('the rule is policy data, with its sentence', () => {
    expect(policies.wellington.stages[0].extension.whenAgreementNotReached).toMatchObject({ then: 'give-ombudsman-contact-details', source: { policy: 's.5' } });
    expect(policies.wellington.stages[1].extension.whenAgreementNotReached?.source.quote).toContain('cannot be reached');
    expect(policies.dennetts.stages[1].extension.whenAgreementNotReached?.then).toBe('give-ombudsman-contact-details');
  });

  it('an extension beyond 20 working days the complainant did not agree to is recorded when the Ombudsman details were given; the complaint is not overdue', () => {
    const r = replay([...start, long({ complainantAgreed: false })], context);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.stage1.extensions[0]).toMatchObject({ totalWorkingDays: 25, complainantAgreed: false, agreementNotReached: true, ombudsmanDetailsGiven: true, late: false });
    const d = deadlines(r.value, context, '2025-06-30').find((x) => x.kind === 'stage-1-response');
    expect(d).toMatchObject({ dueBy: calendar.addWorkingDays('2025-06-03', 35), status: 'pending' });
    // The report still shows it: beyond the agreement point without agreement.
    expect(performanceReport([r.value], context, { from: '2025-06-01', to: '2025-06-30' }).extensions.stage1).toMatchObject({ granted: 1, beyondLimitWithoutAgreement: 1 });
  });

  it("without the Ombudsman's contact details, it is refused, citing s.5 and naming the field", () => {
    const r = replay([...start, long({ complainantAgreed: false, ombudsmanDetailsGiven: false })], context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'extension-needs-agreement', source: { policy: 's.5' } });
    expect(r.error.path).toMatch(/ombudsmanDetailsGiven$/);
  });

  it('agreement not asked about (complainantAgreed absent) is still refused: the rule is for when agreement cannot be reached', () => {
    const r = replay([...start, long({})], context);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('extension-needs-agreement');
  });

  it('a policy silent on it (whenAgreementNotReached null) needs the agreement: the same extension is refused', () => {
    const w = policies.wellington;
    const silent = definePolicy(w, { stages: [{ ...w.stages[0], extension: { ...w.stages[0].extension, whenAgreementNotReached: null } }, w.stages[1]] });
    if (!silent.ok) throw new Error(JSON.stringify(silent.error));
    const r = replay([...start, long({ complainantAgreed: false })], { policy: silent.value, calendar });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'extension-needs-agreement' });
  });
});
