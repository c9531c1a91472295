/**
 * Every built-in value against the sentence of the source it comes from. Each row names the
 * section (policy `s.N` or Code provision), quotes the sentence, and gives the value that sentence
 * fixes. A second test checks that each quoted sentence really is in its source text
 * (test/fixtures/policy-sources), so a quote cannot drift from the text it claims to come from.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Policy, lintPolicy, policies } from '../../src/policy/index.js';

type Key = keyof typeof policies;
type Row = { policy: Key; section: string; file: string; quote: string; path: string; expected: unknown };

const W = 'wellington-complaints-policy-2024-11.txt';
const D = 'dennetts-complaints-policy-2025-01.txt';
const C = 'chs-commercial-client-complaints-policy-2023-09.txt';
const CODE = 'wellington-code-self-assessment-2024-11.txt';
const README = 'README.md';

/** The rows for a co-op policy; Wellington and Dennetts share the text (Dennetts is checked against its own file). */
function coop(policy: 'wellington' | 'dennetts', file: string): Row[] {
  const r = (section: string, quote: string, path: string, expected: unknown): Row => ({ policy, section, file, quote, path, expected });
  return [
    r('s.6', 'Complaints will be logged and acknowledged by CHS with the complainant within 5 working days from receipt.', 'stages.0.acknowledge.workingDays', 5),
    r('s.6', 'Complaints will be logged and acknowledged by CHS with the complainant within 5 working days from receipt.', 'stages.0.acknowledge.anchor', 'receipt'),
    r('s.5', '10 working days from the acknowledgment of the complaint', 'stages.0.respond.workingDays', 10),
    r('s.5', '10 working days from the acknowledgment of the complaint', 'stages.0.respond.anchor', 'acknowledgement'),
    r('s.6', "Within 5 working days from receipt (or from a request for review) CHS will also confirm in writing to the complainant CHS's understanding of the complaint", 'stages.1.acknowledge.workingDays', 5),
    r('s.6', "Within 5 working days from receipt (or from a request for review) CHS will also confirm in writing to the complainant CHS's understanding of the complaint", 'stages.1.acknowledge.anchor', 'escalation-request'),
    r('s.5', 'should not be exceeded by more than 10 working days without good reason', 'stages.0.extension.withoutGoodReason', 10),
    r('s.5', 'should not be exceeded by more than 10 working days without good reason', 'stages.1.extension.withoutGoodReason', 10),
    r('s.5', 'If an extension at either stage 1 or stage 2 beyond 20 working days is required to enable the landlord to respond to the complaint fully, this should be agreed by the complainant.', 'stages.0.extension.complainantAgreementBeyond', 20),
    r('s.5', 'If an extension at either stage 1 or stage 2 beyond 20 working days is required to enable the landlord to respond to the complaint fully, this should be agreed by the complainant.', 'stages.1.extension.complainantAgreementBeyond', 20),
    r('s.5', 'At the same time CHS will provide the contact details of the Ombudsman.', 'stages.0.extension.ombudsmanDetailsRequired', true),
    r('s.5', 'At the same time CHS will provide the contact details of the Ombudsman.', 'stages.1.extension.ombudsmanDetailsRequired', true),
    r('s.7', 'they can escalate their complaint to stage 2 within 20 working days of the date of the Stage 1 reply.', 'escalation.window.workingDays', 20),
    r('s.7', 'they can escalate their complaint to stage 2 within 20 working days of the date of the Stage 1 reply.', 'escalation.window.anchor', 'stage-response'),
    r('s.6', 'The Stage 2 escalation cannot include any new or unrelated complaints to the Stage 1 complaint.', 'escalation.newIssuesAllowed', false),
    r('s.3', 'Complaints about something more than twelve months old - unless it is a recurring issue that has been continuing for longer than twelve months and is persisting.', 'timeLimit.months', 12),
    r('s.3', 'Complaints about something more than twelve months old - unless it is a recurring issue that has been continuing for longer than twelve months and is persisting.', 'timeLimit.recurringException', true),
    r('s.3', 'would not usually be accepted or escalated under this complaints policy unless there are valid reasons to consider the issue', 'timeLimit.discretion', true),
    r('s.6', "The Co-op is a member of the Housing Ombudsman's Scheme", 'ombudsman.schemeMember', true),
    r('s.9', 'That the complainant may refer the complaint to the Housing Ombudsman Service', 'responses.stages.0.items', ['decision', 'reasons', 'remedy', 'outstanding-actions', 'escalation', 'ombudsman']),
    r('s.9', 'At the end of a complaint investigation and at the end of a review (if there is one) the response to the complainant will say:', 'responses.stages.1.items', ['decision', 'reasons', 'remedy', 'outstanding-actions', 'ombudsman']),
    r('s.9', 'At the end of a complaint investigation and at the end of a review (if there is one) the response to the complainant will say:', 'responses.stages.0.source.policy', 's.9'),
    r('s.3', 'If the Co-op or CHS chooses not to accept or escalate a complaint for one of the above reasons, when asked, CHS will formally write to the complainant setting out its reasons why.', 'refusalNotice.reasons', 'when-asked'),
    r('s.3', 'If the Co-op or CHS chooses not to accept or escalate a complaint for one of the above reasons, when asked, CHS will formally write to the complainant setting out its reasons why.', 'refusalNotice.ombudsmanRight', false),
    r('s.3', 'Complaints about something more than twelve months old - unless it is a recurring issue that has been continuing for longer than twelve months and is persisting.', 'timeLimit.from', 'issue'),
    r('s.4', 'The Co-op will comply with the Equality Act 2010 and adapt normal policies, procedures or processes to anticipate and accommodate an individual member', 'adjustments.made', true),
    r('s.4', 'The Co-op will comply with the Equality Act 2010 and adapt normal policies, procedures or processes to anticipate and accommodate an individual member', 'adjustments.recorded', false),
    r('s.9', 'Complainants will be regularly updated and informed even where there is no new information to provide.', 'updates.regular', true),
    r('s.9', 'Complainants will be regularly updated and informed even where there is no new information to provide.', 'updates.agreedIntervalsWhenLate', false),
    r('s.11', 'Keeping records', 'sections.10.number', 's.11'),
    r('s.8', 'Putting Things Right', 'sections.7.subjects', ['outcomes', 'remedies']),
    r('s.10', 'Email: info@housing-ombudsman.org.uk', 'ombudsman.contact.email', 'info@housing-ombudsman.org.uk'),
    r('s.10', 'provide this within 3 weeks or 15 working days', 'ombudsmanEvidence.workingDays', 15),
    r('s.8', 'Compensation for quantifiable loss will normally be paid as credit to the rent account', 'financialRemedies.compensation', 'rent-account-credit'),
    r('s.8', 'Any discretionary payment will be reimbursed directly to the complainant.', 'financialRemedies.discretionary', 'paid-to-complainant'),
    r('s.8', 'When considering a resolution, a range of factors impacting the level of detriment caused to the complainant will be considered including, but not limited to:', 'detrimentFactors.source.policy', 's.8'),
    r('s.8', 'the length of time that a situation has been ongoing.', 'detrimentFactors.factors.0.id', 'duration'),
    r('s.8', 'the number of different failures.', 'detrimentFactors.factors.3.id', 'number-of-failures'),
    r('s.8', 'consideration of any quantifiable losses in accordance with our compensation policy and procedure and/or any discretionary payment to acknowledge service failure more broadly.', 'detrimentFactors.factors.6.id', 'quantifiable-loss'),
    r('s.2', 'this will require written evidence that anyone representing a complainant is authorised by the complainant to act on their behalf', 'representatives.writtenAuthorityRequired', true),
    r('s.2', 'The Co-op also accept complaints from third parties or representatives', 'representatives.allowed', true),
    r('s.4', 'Telephone 020 3166 2608', 'channels.0.detail', '020 3166 2608'),
    r('s.4', 'Text 07398 377388', 'channels.1.detail', '07398 377388'),
    r('s.7', "On receipt of a complaint CHS will inform the Landlord's (Co-op's) Complaints Officer", 'procedures.1.notifyOnReceipt', ['landlord-complaints-officer']),
    r('s.7', "It is then the responsibility of the MC's Complaints Officer to decide and communicate this to complainant.", 'procedures.1.stages.0.decides', 'landlord-complaints-officer'),
    r('s.7', "it will then be the responsibility of the Co-op's Complaints Panel to make a decision and communicate this to the complainant", 'procedures.1.stages.1.decides', 'landlord-complaints-panel'),
    r('s.7', 'The complaint will be investigated by a CHS\'s designated Complaints Officer who is independent of the complaint.', 'procedures.1.stages.0.investigates', 'agent-complaints-officer'),
    r('s.6', 'The CHS Complaints Officer will communicate the resolution to the complainant.', 'procedures.0.stages.0.communicates', 'agent-complaints-officer'),
    r('s.6', 'The review will be carried out by a CHS complaints officer who is independent of the complaint so far.', 'procedures.0.stages.1.investigates', 'agent-reviewer'),
    r('s.6', 'The investigating officer will notify the Co-op (the Secretary or another a designated member of the MC)', 'procedures.0.stages.1.notifies', ['landlord-complaints-officer']),
    r('s.7', "Based on CHS' recommendations and report, it will then be the responsibility of the Co-op's Complaints Panel to make a decision and communicate this to the complainant", 'procedures.1.stages.1.notifies', []),
    r('s.3', "These complaints will be dealt with through the Co-op's Code of Conduct.", 'exclusions.1.ground', 'governance'),
    r('s.3', "These will be dealt with through CHS's Business to Business Complaints Policy.", 'exclusions.2.ground', 'business-to-business'),
    r('s.3', 'Claims for damages - these will be dealt with as an Insurance Claim', 'exclusions.6.routeElsewhere', 'An insurance claim.'),
    r('s.3', 'Matters that have already been considered under the complaints policy.', 'exclusions.10.ground', 'already-considered'),
    r('s.8', 'signposting to support agencies.', 'remedies.8.kind', 'signposting'),
  ];
}

const rows: Row[] = [
  ...coop('wellington', W),
  { policy: 'wellington', section: 'title page', file: W, quote: 'Adopted / last reviewed by Management Committee: November 2024', path: 'adopted', expected: '2024-11-01' },
  { policy: 'wellington', section: 's.10', file: W, quote: 'Telephone: 0300 111 3000.', path: 'ombudsman.contact.phone', expected: '0300 111 3000' },
  // The s.5 table cells are interleaved in the Wellington extraction; the Dennetts text has the same cell whole.
  { policy: 'wellington', section: 's.5', file: D, quote: 'Stage 2 - Reviewing 20 working days from the request for a review.', path: 'stages.1.respond.workingDays', expected: 20 },
  { policy: 'wellington', section: 's.5', file: D, quote: 'Stage 2 - Reviewing 20 working days from the request for a review.', path: 'stages.1.respond.anchor', expected: 'escalation-request' },
  ...coop('dennetts', D),
  { policy: 'dennetts', section: 'title page', file: D, quote: 'Adopted / last reviewed by Management Committee: Jan 2025', path: 'adopted', expected: '2025-01-01' },
  { policy: 'dennetts', section: 'title page', file: D, quote: 'Dennetts Housing Co-operative', path: 'organisation', expected: 'Dennetts Housing Co-operative' },
  { policy: 'dennetts', section: 's.10', file: D, quote: 'Telephone: o3001113000.', path: 'ombudsman.contact.phone', expected: '0300 111 3000' },
  { policy: 'dennetts', section: 's.5', file: D, quote: 'Stage 2 - Reviewing 20 working days from the request for a review.', path: 'stages.1.respond.anchor', expected: 'escalation-request' },

  { policy: 'chsCommercialClient', section: 'title page', file: C, quote: 'Last approved by Board: 21 September 2023', path: 'adopted', expected: '2023-09-21' },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'Acknowledgement of the complaint (and logging) 5 working days from receipt', path: 'stages.0.acknowledge.workingDays', expected: 5 },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'complaints will be acknowledged (and logged internally) within 5 days of receipt.', path: 'stages.0.acknowledge.anchor', expected: 'receipt' },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'Stage 1 - Results of the investigation of a complaint 10 working days from acknowledgement of the complaint', path: 'stages.0.respond.workingDays', expected: 10 },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'Stage 1 - Results of the investigation of a complaint 10 working days from acknowledgement of the complaint', path: 'stages.0.respond.anchor', expected: 'acknowledgement' },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'Stage 2 - Results of a subsequent review of a complaint 20 working days from the request for a review', path: 'stages.1.respond.workingDays', expected: 20 },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'Stage 2 - Results of a subsequent review of a complaint 20 working days from the request for a review', path: 'stages.1.respond.anchor', expected: 'escalation-request' },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'they can request a review within 20 days of us issuing a stage 1 reply.', path: 'escalation.window.workingDays', expected: 20 },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'they can request a review within 20 days of us issuing a stage 1 reply.', path: 'escalation.window.anchor', expected: 'stage-response' },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'The Managing Director of CHS will review the complaint.', path: 'procedures.0.stages.1.decides', expected: 'managing-director' },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'Once the report is finalised and agreed, the Managing Director will communicate this to the complainant.', path: 'procedures.0.stages.1.communicates', expected: 'managing-director' },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'If it is not possible for CHS to achieve these timescales, CHS will communicate how much extra time is needed to the complainant and the reasons why there will be a delay.', path: 'stages.0.extension.ombudsmanDetailsRequired', expected: false },
  { policy: 'chsCommercialClient', section: 's.5', file: C, quote: 'If it is not possible for CHS to achieve these timescales, CHS will communicate how much extra time is needed to the complainant and the reasons why there will be a delay.', path: 'stages.1.extension.noUpperLimit', expected: true },
  { policy: 'chsCommercialClient', section: 's.3', file: C, quote: 'Complaints about something more than six months old, unless it is a recurring issue that has been continuing for longer than 6 months and is still persisting.', path: 'timeLimit.months', expected: 6 },
  { policy: 'chsCommercialClient', section: 's.3', file: C, quote: 'Complaints about something more than six months old, unless it is a recurring issue that has been continuing for longer than 6 months and is still persisting.', path: 'timeLimit.recurringException', expected: true },
  { policy: 'chsCommercialClient', section: 's.6', file: C, quote: 'At the end of the complaint investigation and at the end of the review (if there is one) CHS will write to the client to say:', path: 'responses.stages.0.source.policy', expected: 's.6' },
  { policy: 'chsCommercialClient', section: 's.6', file: C, quote: 'At the end of the complaint investigation and at the end of the review (if there is one) CHS will write to the client to say:', path: 'responses.stages.0.items', expected: ['decision', 'reasons', 'remedy', 'outstanding-actions'] },
  { policy: 'chsCommercialClient', section: 's.6', file: C, quote: 'At the end of the complaint investigation and at the end of the review (if there is one) CHS will write to the client to say:', path: 'responses.stages.1.items', expected: ['decision', 'reasons', 'remedy', 'outstanding-actions'] },
  { policy: 'chsCommercialClient', section: 's.3', file: C, quote: 'Complaints about something more than six months old, unless it is a recurring issue that has been continuing for longer than 6 months and is still persisting.', path: 'timeLimit.from', expected: 'issue' },
  { policy: 'chsCommercialClient', section: 's.3', file: C, quote: 'If CHS chooses not to accept or escalate a complaint for one of the above reasons when asked, CHS will formally write to the client setting out its reasons why.', path: 'refusalNotice.reasons', expected: 'when-asked' },
  { policy: 'chsCommercialClient', section: 's.6', file: C, quote: 'CHS will keep complainants regularly updated and informed even where there is no new information to provide.', path: 'updates.agreedIntervalsWhenLate', expected: false },
  { policy: 'chsCommercialClient', section: 's.6', file: C, quote: 'CHS will at all times comply with the Equality Act 2010 and adapt normal policies, procedures, or processes', path: 'adjustments.reviewed', expected: false },
  { policy: 'chsCommercialClient', section: 's.3', file: C, quote: 'unless there are valid reasons to consider them', path: 'timeLimit.discretion', expected: true },
  { policy: 'chsCommercialClient', section: 's.3', file: C, quote: 'Complaints being dealt with through the dispute resolution procedure as set out in the management contract.', path: 'exclusions.1.ground', expected: 'contract-dispute-resolution' },
  { policy: 'chsCommercialClient', section: 's.4', file: C, quote: 'Client complaints may be received through any route', path: 'channels.0.kind', expected: 'any' },
  { policy: 'chsCommercialClient', section: 's.6', file: C, quote: 'what offers CHS is making to put things right', path: 'detrimentFactors.factors', expected: null },
  { policy: 'chsCommercialClient', section: 'sources README', file: README, quote: "Not under the Ombudsman's scheme; 6-month time limit; Managing Director reviews at stage 2.", path: 'ombudsman.schemeMember', expected: false },

  { policy: 'housingOmbudsmanCode2024', section: '6.2', file: CODE, quote: 'Complaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.', path: 'stages.0.acknowledge', expected: { workingDays: 5, anchor: 'receipt', source: { provision: '6.2' } } },
  { policy: 'housingOmbudsmanCode2024', section: '6.3', file: CODE, quote: 'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.', path: 'stages.0.respond', expected: { workingDays: 10, anchor: 'acknowledgement', source: { provision: '6.3' } } },
  { policy: 'housingOmbudsmanCode2024', section: '6.4', file: CODE, quote: 'Any extension must be no more than 10 working days without good reason', path: 'stages.0.extension.withoutGoodReason', expected: 10 },
  { policy: 'housingOmbudsmanCode2024', section: '6.5', file: CODE, quote: 'When an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.', path: 'stages.0.extension.ombudsmanDetailsRequired', expected: true },
  { policy: 'housingOmbudsmanCode2024', section: '6.11', file: CODE, quote: 'procedure within five working days of the escalation request being received.', path: 'stages.1.acknowledge', expected: { workingDays: 5, anchor: 'escalation-request', source: { provision: '6.11' } } },
  { policy: 'housingOmbudsmanCode2024', section: '6.14', file: CODE, quote: 'Landlords must issue a final response to the stage 2 within 20 working days of the complaint being acknowledged.', path: 'stages.1.respond', expected: { workingDays: 20, anchor: 'acknowledgement', source: { provision: '6.14' } } },
  { policy: 'housingOmbudsmanCode2024', section: '6.15', file: CODE, quote: 'Any extension must be no more than 20 working days without good reason', path: 'stages.1.extension.withoutGoodReason', expected: 20 },
  { policy: 'housingOmbudsmanCode2024', section: '6.16', file: CODE, quote: 'provided with the contact details of the Ombudsman.', path: 'stages.1.extension.ombudsmanDetailsRequired', expected: true },
  { policy: 'housingOmbudsmanCode2024', section: '6.9', file: CODE, quote: 'g. details of how to escalate the matter to stage 2 if the individual is not satisfied with the response.', path: 'responses.stages.0.items', expected: ['stage', 'definition', 'decision', 'reasons', 'remedy', 'outstanding-actions', 'escalation'] },
  { policy: 'housingOmbudsmanCode2024', section: '2.3', file: CODE, quote: 'within 12 months of the issue occurring or the resident becoming aware of the issue', path: 'timeLimit.from', expected: 'later-of-issue-and-awareness' },
  { policy: 'housingOmbudsmanCode2024', section: '2.4', file: CODE, quote: 'the right to take that decision to the Ombudsman', path: 'refusalNotice.ombudsmanRight', expected: true },
  { policy: 'housingOmbudsmanCode2024', section: '6.10', file: CODE, quote: "If all or part of the complaint is not resolved to the resident's satisfaction at stage 1, it must be progressed to stage 2 of the landlord's procedure.", path: 'escalation.window', expected: null },
  { policy: 'housingOmbudsmanCode2024', section: '6.12', file: CODE, quote: 'Residents must not be required to explain their reasons for requesting a stage 2 consideration.', path: 'escalation.reasonsRequired', expected: false },
  { policy: 'housingOmbudsmanCode2024', section: '2.3', file: CODE, quote: 'Landlords must accept complaints referred to them within 12 months of the issue occurring or the resident becoming aware of the issue', path: 'timeLimit.months', expected: 12 },
  { policy: 'housingOmbudsmanCode2024', section: '2.3', file: CODE, quote: 'Landlords must consider whether to apply discretion to accept complaints made outside this time limit where there are good reasons to do so.', path: 'timeLimit.discretion', expected: true },
  { policy: 'housingOmbudsmanCode2024', section: '2.2', file: CODE, quote: 'The issue giving rise to the complaint occurred over twelve months ago. Legal proceedings have started.', path: 'exclusions.0.ground', expected: 'time-limit' },
  { policy: 'housingOmbudsmanCode2024', section: '2.2', file: CODE, quote: 'The issue giving rise to the complaint occurred over twelve months ago. Legal proceedings have started.', path: 'exclusions.1.ground', expected: 'legal-proceedings' },
  { policy: 'housingOmbudsmanCode2024', section: '2.2', file: CODE, quote: 'Matters that have previously been considered under the complaints policy.', path: 'exclusions.2.ground', expected: 'already-considered' },
  { policy: 'housingOmbudsmanCode2024', section: '7.1', file: CODE, quote: 'Providing a financial remedy', path: 'financialRemedies.source.provision', expected: '7.1' },
  { policy: 'housingOmbudsmanCode2024', section: '7.2', file: CODE, quote: 'Any remedy offered must reflect the impact on the resident as a result of any fault identified.', path: 'detrimentFactors.factors', expected: null },
  { policy: 'housingOmbudsmanCode2024', section: '3.6', file: CODE, quote: 'Landlords must give residents the opportunity to have a representative deal with their complaint on their behalf', path: 'representatives.allowed', expected: true },
  { policy: 'housingOmbudsmanCode2024', section: '3.2', file: CODE, quote: 'Residents must be able to raise their complaints in any way and with any member of staff.', path: 'channels.0.kind', expected: 'any' },
  { policy: 'housingOmbudsmanCode2024', section: '6.13', file: CODE, quote: 'The person considering the complaint at stage 2 must not be the same person that considered', path: 'procedures.0.stages.1.decides', expected: 'stage-2-reviewer' },
];

function get(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[key]), value);
}

/** Collapses the extraction's layout (line breaks, tabs, bullets, curly quotes, dashes, bold) so a sentence matches. */
function normalise(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\*\*/g, '')
    .replace(/[•·]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ - /g, ' ') // a dash between words, which one extraction keeps and the other drops
    .trim();
}

describe('built-in policies: each value is the one its source sentence gives', () => {
  it.each(rows.map((r) => [r.policy, r.section, r.quote, r.path, r] as const))('%s %s: "%s" gives %s', (_p, _s, _q, _path, row) => {
    expect(get(policies[row.policy], row.path)).toEqual(row.expected);
  });
});

const sourcesDir = fileURLToPath(new URL('../fixtures/policy-sources/', import.meta.url));

describe('built-in policies: every quoted sentence is in its source file', () => {
  const texts = new Map<string, string>();
  const text = (file: string) => {
    if (!texts.has(file)) texts.set(file, normalise(readFileSync(`${sourcesDir}${file}`, 'utf8')));
    return texts.get(file)!;
  };
  it.each(rows.map((r) => [r.file, r.quote] as const))('%s contains "%s"', (file, quote) => {
    expect(text(file)).toContain(normalise(quote));
  });
});

describe('built-in policies: identity and derivation', () => {
  const identity = ['id', 'organisation', 'adopted', 'inForce', 'ombudsman', 'ambiguities'] as const;
  const rest = (p: Policy) => Object.fromEntries(Object.entries(p).filter(([k]) => !(identity as readonly string[]).includes(k)));

  it('Dennetts is the Wellington text (same sections and values) with its own identity and dates', () => {
    expect(rest(policies.dennetts)).toEqual(rest(policies.wellington));
    expect(policies.dennetts.id).not.toBe(policies.wellington.id);
    expect(policies.dennetts.inForce.from > policies.wellington.inForce.from).toBe(true);
    expect(policies.dennetts.ombudsman.contact).toEqual(policies.wellington.ombudsman.contact);
  });

  it('every built-in has a unique id and cites a source on every value that carries one', () => {
    const ids = Object.values(policies).map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const missing: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('source' in o) {
          const s = o['source'] as Record<string, unknown>;
          if (s['provision'] === undefined && s['policy'] === undefined) missing.push(path);
        }
        for (const [k, x] of Object.entries(o)) if (k !== 'source') walk(x, `${path}.${k}`);
      }
    };
    for (const [key, p] of Object.entries(policies)) walk(p, key);
    expect(missing).toEqual([]);
  });

  it('records every ambiguity against a path that exists in the policy', () => {
    for (const p of Object.values(policies)) {
      for (const a of p.ambiguities) expect(get(p, a.path), `${p.id}: ${a.path}`).not.toBeUndefined();
    }
  });

  it('CHS commercial records the "5 days" / "5 working days" and "within 20 days" readings (s.5)', () => {
    const paths = policies.chsCommercialClient.ambiguities.map((a) => a.path);
    expect(paths).toContain('stages.0.acknowledge');
    expect(paths).toContain('escalation.window');
  });

  it('built-ins are frozen: a host cannot change the shared data', () => {
    expect(Object.isFrozen(policies.wellington.stages[0].respond)).toBe(true);
    expect(() => {
      (policies.wellington.stages[0].respond as { workingDays: number }).workingDays = 99;
    }).toThrow(TypeError);
  });

  it('the Code as a policy has no findings above a note against itself', () => {
    expect(lintPolicy(policies.housingOmbudsmanCode2024)).toEqual([]);
  });
});
