/**
 * Policies to lint for the lint's snapshot (test/policy/lint-snapshot.test.ts): every built-in as a
 * host's own copy, and edits of them that reach each of the lint's findings, drafts and invalid
 * values included. Each is made afresh by its function, so a test may freeze or change it.
 */
import { policies, type Policy } from '../../src/policy/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drafts are edited freely, as a host would
type Draft = Record<string, any>;

const copy = (p: Policy): Draft => JSON.parse(JSON.stringify(p)) as Draft;
const edit = (p: Policy, change: (d: Draft) => void) => (): Draft => {
  const d = copy(p);
  change(d);
  return d;
};

const { wellington, dennetts, chsCommercialClient: chs, housingOmbudsmanCode2024: code } = policies;

/** The variants by name: each a function that makes the policy (or draft) anew. */
export const LINT_VARIANTS: readonly (readonly [string, () => Draft])[] = [
  ...Object.entries(policies).map(([name, p]) => [`${name} (a host's copy)`, () => copy(p)] as const),
  ['wellington: short time limit from the issue, no discretion', edit(wellington, (d) => Object.assign(d.timeLimit, { months: 3, discretion: false }))],
  ['code: time limit from the issue only', edit(code, (d) => { d.timeLimit.from = 'issue'; })],
  ['wellington: timescales late and counted from later events', edit(wellington, (d) => {
    d.stages[0].acknowledge = { ...d.stages[0].acknowledge, workingDays: 9, anchor: 'stage-response' };
    d.stages[0].respond = { ...d.stages[0].respond, workingDays: 30 };
    d.stages[1].acknowledge = { ...d.stages[1].acknowledge, workingDays: 7, anchor: 'receipt' };
    d.stages[1].respond = { ...d.stages[1].respond, workingDays: 25, anchor: 'escalation-request' };
  })],
  ['dennetts: stage 2 counted from the stage 2 acknowledgement, stage 1 from receipt', edit(dennetts, (d) => {
    d.stages[1].respond = { ...d.stages[1].respond, anchor: 'acknowledgement', workingDays: 20 };
    d.stages[0].respond = { ...d.stages[0].respond, anchor: 'receipt', workingDays: 12 };
  })],
  ['wellington: no acknowledgement or response timescales', edit(wellington, (d) => {
    for (const s of d.stages) { s.acknowledge = null; s.respond = null; }
  })],
  ['wellington: long extensions, no limit, no Ombudsman details', edit(wellington, (d) => {
    for (const s of d.stages) Object.assign(s.extension, { withoutGoodReason: 25, noUpperLimit: true, ombudsmanDetailsRequired: false });
  })],
  ['chs: outside the scheme, extensions without Ombudsman details', edit(chs, (d) => {
    d.ombudsman.schemeMember = false;
    for (const s of d.stages) s.extension.ombudsmanDetailsRequired = false;
  })],
  ['wellington: three stages (a draft)', edit(wellington, (d) => { d.stages = [d.stages[0], d.stages[1], d.stages[1]]; })],
  ['wellington: one stage (a draft)', edit(wellington, (d) => { d.stages = [d.stages[0]]; })],
  ['wellington: no stages (a draft)', edit(wellington, (d) => { d.stages = []; })],
  ['wellington: procedures of one and three stages, the same handler twice', edit(wellington, (d) => {
    const p = d.procedures[0];
    d.procedures = [
      { ...p, id: 'one', stages: [p.stages[0]] },
      { ...p, id: 'three', stages: [p.stages[0], p.stages[1], p.stages[1]] },
      { ...p, id: 'same', stages: [p.stages[0], { ...p.stages[1], decides: p.stages[0].decides }] },
      { ...p, id: 'same-investigator', stages: [p.stages[0], { ...p.stages[1], investigates: p.stages[0].investigates }] },
    ];
  })],
  ['wellington: invalid values (NaN, a string, negative, fractional, a bad date, an empty name)', edit(wellington, (d) => {
    d.stages[0].respond.workingDays = Number.NaN;
    d.stages[1].respond.workingDays = '20';
    d.stages[0].acknowledge.workingDays = -1;
    d.stages[1].extension.withoutGoodReason = 2.5;
    d.adopted = '2024-02-30';
    d.organisation = '';
  })],
  ['wellington: an anchor no stage has (a draft)', edit(wellington, (d) => { d.stages[0].respond.anchor = 'reciept'; })],
  ['wellington: sections renumbered, sources not', edit(wellington, (d) => {
    d.sections = d.sections.map((s: Draft) => ({ ...s, number: s.number.replace(/\d+/, (n: string) => String(Number(n) + 20)) }));
  })],
  ['wellington: sources that name other provisions', edit(wellington, (d) => {
    d.stages[0].acknowledge.source.provision = '6.3';
    d.stages[0].respond.source.provision = '6.2, 6.3';
    d.stages[1].extension.source.provision = ' 6.4 ';
    d.responses.stages[1].source.provision = '6.9';
  })],
  ['wellington: refusal notice, responses, adjustments and updates silent', edit(wellington, (d) => {
    d.refusalNotice = null;
    for (const r of d.responses.stages) r.items = null;
    d.adjustments = null;
    d.updates = null;
  })],
  ['chs: response items and refusal notice short', edit(chs, (d) => {
    if (d.refusalNotice) Object.assign(d.refusalNotice, { reasons: 'when-asked', ombudsmanRight: false });
    if (d.responses) d.responses.stages[0].items = ['decision'];
    if (d.adjustments) Object.assign(d.adjustments, { recorded: false, reviewed: false });
    if (d.updates) d.updates.agreedIntervalsWhenLate = false;
  })],
  ['dennetts: exclusions beyond the Code, one a draft ground', edit(dennetts, (d) => {
    d.exclusions = [...d.exclusions, { ground: 'anonymous', description: 'Anonymous complaints' }, { ground: 'not-a-ground', description: 'A made-up ground' }];
  })],
  ['wellington: a Christmas closure long enough to swallow a timescale', edit(wellington, (d) => {
    d.closures = [{ every: 'year', from: '12-18', to: '01-06', source: { note: 'closed over Christmas' } }];
  })],
  ['wellington: no Ombudsman contact', edit(wellington, (d) => { delete d.ombudsman.contact; })],
  ['wellington: an Ombudsman contact with a name only', edit(wellington, (d) => { d.ombudsman.contact = { name: 'Housing Ombudsman Service' }; })],
  ['wellington: no representatives, no channels, reasons for escalation, next working day', edit(wellington, (d) => {
    d.representatives.allowed = false;
    d.channels = [];
    d.escalation.reasonsRequired = true;
    d.receiptOnNonWorkingDay = 'next-working-day';
  })],
  ['chs residents: a scheme model with its contact removed', edit(policies.chsResidents, (d) => { delete d.ombudsman.contact; })],
  ['spso: a scheme model with a long stage 2', edit(policies.spsoModelScotland, (d) => {
    if (d.stages[1]?.respond) d.stages[1].respond.workingDays = 40;
    if (d.stages[0]?.respond) d.stages[0].respond.workingDays = 9;
  })],
];
