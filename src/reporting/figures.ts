/**
 * Every figure of a performance report defined once: what it counts, which date places it in the
 * period, its source (read from the policy's data and the Code's, not typed in), and where its value
 * sits in the report. The Markdown, HTML and CSV renderers read their tables from here and print
 * the values found at those places in the report, so no renderer computes a figure of its own and
 * none can disagree with the JSON.
 */
import { HousingComplaintsError } from '../core/errors.js';
import type { Source } from '../core/source.js';
import type { Policy, PolicySubject } from '../policy/schema.js';
// The table as an object, not the rules namespace: this module passes it on as a value, and a
// namespace used as a value makes a bundler build every rule into it (about 0.6 kB gzipped).
import { CODE_2024_RULES as CODE_2024 } from '../policy/code2024-requirements.js';
import { REGULATOR_FIGURES, measuredByCode, reportsFigures, type RegulatorFigureSetId } from '../policy/scheme-basics.js';
import type { FigureDefinition, PerformanceReport } from './types.js';
import { expectObject, expectString, isObject, readingAs } from '../core/guard.js';

/** What a policy's data says, cited by the figures: the parts of the policy a figure is computed from. */
type PolicyCitation = (policy: Policy) => readonly (Source | undefined)[];

interface FigureSpec {
  readonly figure: string;
  readonly counts: string;
  readonly periodDate: string;
  readonly libraryReading: boolean;
  /** Code provisions the figure reports on (Code 8.1, 9.7: what the annual report and the committee receive). */
  readonly provision?: string;
  /** The policy data the figure is counted by: its sources give the policy's sections (and Code provisions). */
  readonly from?: PolicyCitation;
  /** Subjects of the policy's sections (its `sections`, where the policy lists them) the figure reports on. */
  readonly subjects?: readonly PolicySubject[];
  readonly note?: string;
  /**
   * The set of regulator figures the figure belongs to: it is in a report only when the policy's
   * scheme lists the set (`SCHEME_BASICS[...].regulatorFigures`), and it cites the set's source
   * (`REGULATOR_FIGURES[set].source`), followed by `regulatorNote`.
   */
  readonly regulator?: RegulatorFigureSetId;
  /** What the figure says of a regulator's figures, cited only when the policy's scheme lists that set. */
  readonly regulatorNotes?: Partial<Record<RegulatorFigureSetId, string>>;
  /** The part of the set's citation that is this figure's (e.g. `'CH01'`). */
  readonly regulatorNote?: string;
}

const CODE = CODE_2024;

/**
 * A policy timescale's source as a figure cites it: the policy's section, with the Code provision
 * from the Code table for that timescale, never the one the policy data names.
 */
const asCode = (s: Source | undefined, provision: string): Source | undefined => (s === undefined ? undefined : { ...s, provision });
const [S1, S2] = CODE.stages;
const acknowledgement: PolicyCitation = (p) => [asCode(p.stages[0].acknowledge?.source, S1.acknowledge.provision), asCode(p.stages[1].acknowledge?.source, S2.acknowledge.provision)];
const responseTimescales: PolicyCitation = (p) => [
  asCode(p.stages[0].respond?.source, S1.respond.provision),
  asCode(p.stages[0].extension.source, S1.extension.provision),
  asCode(p.stages[1].respond?.source, S2.respond.provision),
  asCode(p.stages[1].extension.source, S2.extension.provision),
];
const extensionRules: PolicyCitation = (p) => [asCode(p.stages[0].extension.source, S1.extension.provision), asCode(p.stages[1].extension.source, S2.extension.provision)];
const refusals: PolicyCitation = (p) => p.exclusions.map((e) => e.source);
const remedies: PolicyCitation = (p) => [...p.remedies.map((r) => r.source), p.financialRemedies.source];
const ombudsman: PolicyCitation = (p) => [p.ombudsman.source];
const evidence: PolicyCitation = (p) => [p.ombudsmanEvidence?.source];
const codeTimescales: PolicyCitation = () => [CODE.stages[0].respond, CODE.stages[0].extension, CODE.stages[1].respond, CODE.stages[1].extension].map((x) => ({ provision: x.provision }));
const escalation: PolicyCitation = (p) => [asCode(p.stages[1].acknowledge?.source, S2.acknowledge.provision), p.escalation.source];

/** The figures, in the order the reporting guide explains them. */
const SPECS: readonly FigureSpec[] = [
  { figure: 'received.total', counts: 'complaints received, whether later accepted, refused or withdrawn', periodDate: 'receipt date (London date of receipt)', provision: CODE.governingBody.performance.provision, subjects: ['learning', 'records'], libraryReading: false },
  { figure: 'received.stage1', counts: 'complaints received and not refused at stage 1, except those handled directly at stage 2 with no stage 1 response (escalation.direct), which are stage 2 complaints only', periodDate: 'receipt date', provision: CODE.governingBody.performance.provision, subjects: ['learning', 'records'], regulatorNotes: { tsm: 'CH01: stage one complaints received', arc: 'indicator 3: complaints received at stage 1' }, libraryReading: true },
  { figure: 'received.stage2', counts: 'escalation requests not refused (the same complaints again, so never added to stage 1)', periodDate: 'date the escalation was requested', from: escalation, regulatorNotes: { tsm: 'CH01: stage two complaints received', arc: 'indicator 3: complaints received at stage 2' }, libraryReading: true },
  { figure: 'refused', counts: 'refusals to accept a complaint (stage 1) or an escalation (stage 2), by exclusion ground', periodDate: 'refusal date', provision: CODE.annualReport.refusals.provision, from: refusals, libraryReading: false },
  { figure: 'withdrawn', counts: 'withdrawals, at the stage the complaint was at', periodDate: 'withdrawal date', subjects: ['learning', 'records'], regulatorNotes: { tsm: 'withdrawn complaints are not responded to, so they are in neither side of CH02', arc: 'withdrawn complaints are not responded to in full, so they are not in indicator 4' }, libraryReading: true },
  { figure: 'outcomes', counts: 'stage responses by decision: upheld, partially upheld, not upheld', periodDate: 'response date', provision: CODE.governingBody.performance.provision, subjects: ['outcomes'], libraryReading: false },
  { figure: 'categories', counts: 'complaints received by the category recorded on the complaint (or given by categoryOf)', periodDate: 'receipt date', provision: CODE.governingBody.performance.provision, subjects: ['learning', 'records'], libraryReading: false },
  { figure: 'acknowledgements', counts: "acknowledgements on or before the due date under the policy's timescale (the lifecycle's deadlines); where the policy states no time to acknowledge, neither on time nor late but 'no time set by the policy'", periodDate: 'acknowledgement date', from: acknowledgement, libraryReading: false },
  { figure: 'timeliness', counts: "responses on or before the policy's due date, extended by the extensions told to the complainant before the response was due (the lifecycle's verdict); where the policy states no time to respond, counted apart (withoutTimescale), neither on time nor late, and left out of the on-time share", periodDate: 'response date', from: responseTimescales, libraryReading: true },
  { figure: 'extensions', counts: "extensions given; 'exceeded allowance' when the stage's total extension passes the policy's limit without good reason", periodDate: 'extension date', from: extensionRules, libraryReading: false },
  { figure: 'workingDaysTaken', counts: 'working days from receipt (stage 1) or escalation request (stage 2) to the response: median and nearest-rank 90th percentile', periodDate: 'response date', provision: CODE.governingBody.performance.provision, note: 'measured from receipt / request, as the resident experiences it', libraryReading: true },
  { figure: 'ombudsman.referrals', counts: "referrals to the ombudsman of the policy's scheme", periodDate: 'referral date', provision: CODE.governingBody.ombudsmanOutcomes.provision, from: ombudsman, subjects: ['ombudsman'], libraryReading: false },
  { figure: 'ombudsman.evidenceRequests', counts: "the Ombudsman's requests for evidence, answered within the policy's allowance or not; unanswered ones as of the end of the period", periodDate: 'request date', from: evidence, libraryReading: true },
  { figure: 'ombudsman.determinations', counts: "the Ombudsman's determinations, by outcome (determination level)", periodDate: 'determination date', provision: CODE.governingBody.ombudsmanOutcomes.provision, subjects: ['ombudsman'], libraryReading: false },
  { figure: 'ombudsman.orders', counts: "orders made in the Ombudsman's determinations; outstanding (not complied with) and overdue (past their due date) as of the end of the period, with those from severe maladministration findings; complied with in the period", periodDate: 'determination date (made), compliance date (complied with); outstanding and overdue: snapshot as of the last day of the period', provision: CODE.governingBody.ombudsmanOutcomes.provision, subjects: ['ombudsman'], libraryReading: false },
  { figure: 'remedies', counts: 'remedies offered and not completed as of the end of the period; overdue when past their due date (a due date is a calendar date, so a remedy is overdue from the next calendar day)', periodDate: 'snapshot as of the last day of the period', provision: `${CODE.remedyTracking.provision}, ${CODE.governingBody.ombudsmanOutcomes.provision}`, from: remedies, libraryReading: true },
  { figure: 'tsm.ch01', counts: 'stage 1 (and stage 2) complaints received ÷ homes owned × 1,000', periodDate: 'receipt date / escalation request date', regulator: 'tsm', regulatorNote: 'CH01', libraryReading: false },
  {
    figure: 'tsm.byTenure',
    counts: 'CH01 and CH02 separately for low cost rental (LCRA) and low cost home ownership (LCHO) homes: each over the complaints whose tenure is recorded (the received event), CH01 over the homes given for that tenure; complaints without a tenure are counted apart',
    periodDate: 'as CH01 and CH02',
    regulator: 'tsm',
    regulatorNote: 'CH01 and CH02 are reported for LCRA and LCHO separately',
    libraryReading: true,
  },
  {
    figure: 'arc.indicator3',
    counts: 'complaints responded to in full at each stage ÷ (complaints received at that stage in the period + those carried forward from before it, not yet responded to) × 100; a stage 1 complaint that goes to stage 2 is counted at both stages. The exact wording of the indicator was not confirmed: the library reads it from the Technical Guidance\'s parts (received, carried forward, responded to in full)',
    periodDate: 'receipt date (stage 1) / request date (stage 2); response date for responded to in full',
    from: escalation,
    regulator: 'arc',
    regulatorNote: 'indicator 3',
    libraryReading: true,
  },
  {
    figure: 'arc.indicator4',
    counts: 'average working days to a full response at each stage: from receipt (stage 1) or the stage 2 request, to the response, over the responses sent in the period (1 decimal place). The exact wording was not confirmed',
    periodDate: 'response date',
    from: responseTimescales,
    regulator: 'arc',
    regulatorNote: 'indicator 4',
    libraryReading: true,
  },
  {
    figure: 'tsm.ch02',
    counts: `responses within the Code's timescales (${CODE.stages[0].respond.workingDays} working days from acknowledgement at stage 1, ${CODE.stages[1].respond.workingDays} at stage 2, plus an extension of at most ${CODE.stages[0].extension.withoutGoodReason} / ${CODE.stages[1].extension.withoutGoodReason} working days, or longer with a recorded good reason) ÷ responses sent`,
    periodDate: 'response date',
    from: codeTimescales,
    regulator: 'tsm',
    regulatorNote: 'CH02',
    libraryReading: true,
  },
];

/** Distinct non-empty parts, in order, joined as a citation list. */
function joined(parts: readonly (string | undefined)[]): string | undefined {
  const seen: string[] = [];
  for (const p of parts) {
    if (p === undefined) continue;
    for (const one of p.split(',')) {
      const t = one.trim();
      if (t !== '' && !seen.includes(t)) seen.push(t);
    }
  }
  return seen.length === 0 ? undefined : seen.join(', ');
}

/** The numbers of the policy's sections whose subjects include one of `subjects`, where the policy lists its sections. */
function sectionsAbout(policy: Policy, subjects: readonly PolicySubject[] | undefined): string[] {
  if (subjects === undefined || policy.sections === null) return [];
  return policy.sections.filter((s) => s.subjects.some((x) => subjects.includes(x))).map((s) => s.number);
}

/**
 * How each figure of a report under `policy` counts, with its source read from the policy's data
 * (the sections of the timescales, exclusions, remedies and Ombudsman rules the figure is counted by,
 * and the sections the policy lists for its subject) and from the Code's. `performanceReport` puts
 * these in `report.definitions`; every renderer prints them from there.
 *
 * @example
 * ```ts
 * figureDefinitions(policies.wellington).find((d) => d.figure === 'acknowledgements')?.source;
 * // { provision: '6.2, 6.11', policy: 's.5, s.6, s.7' }
 * ```
 */
export function figureDefinitions(policy: Policy): FigureDefinition[] {
  return readingAs({ fn: 'figureDefinitions', path: 'policy' }, 'a Policy', policy, () => definitionsOf(policy));
}

function definitionsOf(policy: Policy): FigureDefinition[] {
  // A policy in a scheme not measured against the Code (the SPSO's) cites no Code provision: its
  // figures cite its own sections and its regulator's definitions.
  const byCode = measuredByCode(policy);
  const out: FigureDefinition[] = [];
  for (const f of SPECS) {
    if (f.regulator !== undefined && !reportsFigures(policy, f.regulator)) continue;
    const cited = f.from === undefined ? [] : f.from(policy);
    const provision = byCode ? joined([f.provision, ...cited.map((s) => s?.provision)]) : undefined;
    const section = joined([...cited.map((s) => s?.policy), ...sectionsAbout(policy, f.subjects)]);
    const notes = [...(f.note === undefined ? [] : [f.note]), ...regulatorNotesOf(policy, f)];
    const note = notes.length === 0 ? undefined : notes.join('; ');
    const source: Source = {
      ...(provision === undefined ? {} : { provision }),
      ...(section === undefined ? {} : { policy: section }),
      ...(note === undefined ? {} : { note }),
    };
    out.push({ figure: f.figure, counts: f.counts, periodDate: f.periodDate, source, libraryReading: f.libraryReading });
  }
  return out;
}

/** The regulator citations of a figure under `policy`: its own set's, or its notes on the sets the policy's scheme lists. */
function regulatorNotesOf(policy: Policy, f: FigureSpec): string[] {
  if (f.regulator !== undefined) return [`${REGULATOR_FIGURES[f.regulator].source.note}${f.regulatorNote === undefined ? '' : `, ${f.regulatorNote}`}`];
  const out: string[] = [];
  for (const [set, text] of Object.entries(f.regulatorNotes ?? {}) as [RegulatorFigureSetId, string][]) {
    if (reportsFigures(policy, set)) out.push(`${REGULATOR_FIGURES[set].source.note}, ${text}`);
  }
  return out;
}

/**
 * One cell of a table: the place of a figure in the report and its value there.
 *
 * @example
 * ```ts
 * const cell: Cell = figureTables(report)[0].rows[0].cells[0];
 * console.log(cell.path, cell.value); // the figure's place, e.g. 'tsm.ch01.stage1', and its value there
 * ```
 */
export interface Cell {
  readonly path: string;
  readonly value: FigureValue;
}

/**
 * What sits at a figure's place in the report: a count, nothing (`null`), a proportion or a rate per 1,000 homes.
 *
 * @example
 * ```ts
 * const v: FigureValue = figureAt(report, 'received.total');
 * typeof v === 'number'; // a count
 * ```
 */
export type FigureValue = number | null | { readonly numerator: number; readonly denominator: number; readonly percent: number | null } | { readonly numerator: number; readonly homes: number; readonly perThousand: number };

/**
 * One table of the report: a title, column heads and rows of a label and figure cells.
 *
 * @example
 * ```ts
 * for (const t of figureTables(report) as FigureTable[]) console.log(t.title, t.head.join(' | '), t.rows.length);
 * ```
 */
export interface FigureTable {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly Cell[] }[];
}

/**
 * The value at a dot path of the report (`'received.total'`, `'refused.byGround.0.count'`).
 *
 * @throws {@link HousingComplaintsError} `invalid-argument` when the report has no figure at `path`.
 *
 * @example
 * ```ts
 * figureAt(report, 'received.total'); // the number of complaints received in the period
 * ```
 */
export function figureAt(report: PerformanceReport, path: string): FigureValue {
  expectObject({ fn: 'figureAt', path: 'report' }, report, 'a PerformanceReport');
  expectString({ fn: 'figureAt', path: 'path' }, path);
  let v: unknown = report;
  for (const k of path.split('.')) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k];
  if (v === undefined) throw new HousingComplaintsError('invalid-argument', `report figure '${path}' does not exist`, { path: 'report', rule: 'shape' });
  return v as FigureValue;
}

/**
 * The rows of the report's tables, each cell the path of a figure in the report and its value: what
 * every renderer (Markdown, HTML, CSV) prints.
 *
 * @example
 * ```ts
 * const tables = figureTables(report);
 * console.log(tables.map((t) => t.title));
 * ```
 */
export function figureTables(r: PerformanceReport): FigureTable[] {
  const f = (path: string): Cell => ({ path, value: figureAt(r, path) });
  const row = (label: string, ...paths: string[]) => ({ label, cells: paths.map(f) });
  const stages = (label: (n: 1 | 2) => string, ...fields: string[]) =>
    ([1, 2] as const).map((n) => ({ label: label(n), cells: fields.map((x) => f(x.replace('#', `stage${n}`))) }));
  const timeliness = ['responded', 'onTime', 'late', 'onTimeWithExtension', 'lateWithExtension'];
  expectObject({ fn: 'figureTables', path: 'report' }, r, 'a PerformanceReport');
  const tsm = r.tsm;
  // A report read back from JSON written before the ombudsman's name was kept says 'Ombudsman'.
  const ombudsman = isObject(r.policy) && typeof r.policy.ombudsman === 'string' ? r.policy.ombudsman : 'Ombudsman';
  // The Code provision a table cites, from the report's own definitions (none under a scheme not measured against the Code).
  const code = (figure: string): string => {
    const provision = Array.isArray(r.definitions) ? r.definitions.find((d) => isObject(d) && d.figure === figure)?.source?.provision : undefined;
    return provision === undefined ? '' : ` (Code ${provision})`;
  };
  return [
    ...(tsm === null
      ? []
      : [
          {
            title: 'Tenant Satisfaction Measures',
            head: ['measure', 'stage 1', 'stage 2'],
            rows: [row('CH01 complaints received per 1,000 homes', 'tsm.ch01.stage1', 'tsm.ch01.stage2'), row("CH02 responded to within the Code's timescales", 'tsm.ch02.stage1', 'tsm.ch02.stage2')],
          },
        ]),
    ...(tsm === null || tsm.byTenure === null
      ? []
      : [
          {
            title: 'Tenant Satisfaction Measures by tenure',
            head: ['measure', 'stage 1', 'stage 2'],
            rows: [
              row('CH01 LCRA (low cost rental) per 1,000 homes', 'tsm.byTenure.lcra.ch01.stage1', 'tsm.byTenure.lcra.ch01.stage2'),
              row('CH01 LCHO (low cost home ownership) per 1,000 homes', 'tsm.byTenure.lcho.ch01.stage1', 'tsm.byTenure.lcho.ch01.stage2'),
              row("CH02 LCRA within the Code's timescales", 'tsm.byTenure.lcra.ch02.stage1', 'tsm.byTenure.lcra.ch02.stage2'),
              row("CH02 LCHO within the Code's timescales", 'tsm.byTenure.lcho.ch02.stage1', 'tsm.byTenure.lcho.ch02.stage2'),
            ],
          },
          { title: 'Complaints received without a tenure', head: ['figure', 'count'], rows: [row('Received in the period with no tenure recorded', 'tsm.byTenure.withoutTenure')] },
        ]),
    ...(r.arc === null
      ? []
      : [
          {
            title: 'Scottish Housing Regulator: Annual Return on the Charter (indicators 3 and 4)',
            head: ['stage', 'received', 'carried forward', 'responded to in full', '% responded to in full (3)', 'average working days (4)'],
            rows: stages((n) => `Stage ${n}`, 'arc.#.received', 'arc.#.carriedForward', 'arc.#.respondedInFull', 'arc.#.percentResponded', 'arc.#.averageWorkingDays'),
          },
        ]),
    {
      title: 'Volumes',
      head: ['figure', 'count'],
      rows: [
        row('Complaints received (accepted, refused or withdrawn)', 'received.total'),
        row('Accepted at stage 1', 'received.stage1'),
        row('Escalations accepted at stage 2 (the same complaints, not added to stage 1)', 'received.stage2'),
        row('Refused at stage 1', 'refused.stage1'),
        row('Escalations refused', 'refused.stage2'),
        row('Withdrawn at stage 1', 'withdrawn.stage1'),
        row('Withdrawn at stage 2', 'withdrawn.stage2'),
      ],
    },
    { title: 'Refusals by ground', head: ['ground', 'refusals'], rows: r.refused.byGround.map((g, i) => row(g.ground, `refused.byGround.${i}.count`)) },
    { title: 'Categories of complaints received', head: ['category', 'complaints'], rows: r.categories.map((c, i) => row(c.category, `categories.${i}.count`)) },
    {
      title: 'Outcomes of responses',
      head: ['stage', 'upheld', 'partially upheld', 'not upheld', 'not recorded'],
      rows: stages((n) => `Stage ${n}`, 'outcomes.#.upheld', 'outcomes.#.partiallyUpheld', 'outcomes.#.notUpheld', 'outcomes.#.notRecorded'),
    },
    {
      title: "Timeliness against the policy's timescales",
      head: ['stage', 'responded', 'on time', 'late', 'on time with extension', 'late with extension', 'no time set by the policy', 'on time %'],
      rows: stages((n) => `Stage ${n}`, ...timeliness.map((x) => `timeliness.#.${x}`), 'timeliness.#.withoutTimescale', 'onTimeAgainstPolicy.#'),
    },
    ...(tsm === null
      ? []
      : [
          {
            title: "Timeliness against the Code's timescales (CH02)",
            head: ['stage', 'responded', 'on time', 'late', 'on time with extension', 'late with extension', 'on time %'],
            rows: stages((n) => `Stage ${n}`, ...timeliness.map((x) => `tsm.ch02Timeliness.#.${x}`), 'tsm.ch02.#'),
          },
        ]),
    {
      title: 'Acknowledgements',
      head: ['stage', 'acknowledged', 'on time', 'late', 'no time set by the policy'],
      rows: stages((n) => `Stage ${n}`, 'acknowledgements.#.acknowledged', 'acknowledgements.#.onTime', 'acknowledgements.#.late', 'acknowledgements.#.withoutTimescale'),
    },
    {
      title: 'Extensions',
      head: ['stage', 'granted', 'exceeded the allowance', 'beyond the limit without agreement'],
      rows: stages((n) => `Stage ${n}`, 'extensions.#.granted', 'extensions.#.exceededAllowance', 'extensions.#.beyondLimitWithoutAgreement'),
    },
    {
      title: 'Working days taken to respond',
      head: ['stage', 'responses', 'median', '90th percentile', 'mean', 'longest'],
      rows: stages((n) => (n === 1 ? 'Stage 1 (from receipt)' : 'Stage 2 (from request)'), ...['count', 'median', 'p90', 'mean', 'max'].map((x) => `workingDaysTaken.#.${x}`)),
    },
    {
      title: ombudsman,
      head: ['figure', 'count'],
      rows: [
        row('Referrals', 'ombudsman.referrals'),
        row('Evidence requests received', 'ombudsman.evidenceRequests.received'),
        row('… answered on time', 'ombudsman.evidenceRequests.metOnTime'),
        row('… answered late', 'ombudsman.evidenceRequests.metLate'),
        row('… outstanding, not yet due', 'ombudsman.evidenceRequests.outstanding'),
        row('… outstanding and overdue', 'ombudsman.evidenceRequests.overdue'),
      ],
    },
    {
      title: `${ombudsman} determinations${code('ombudsman.determinations')}`,
      head: ['outcome', 'determinations'],
      rows: [...r.ombudsman.determinations.byOutcome.map((d, i) => row(d.outcome, `ombudsman.determinations.byOutcome.${i}.count`)), row('Total', 'ombudsman.determinations.total')],
    },
    {
      title: `${ombudsman} orders as of ${r.ombudsman.orders.asOf}`,
      head: ['figure', 'count'],
      rows: [
        row('Orders made in the period', 'ombudsman.orders.made'),
        row('Outstanding', 'ombudsman.orders.outstanding'),
        row('… of which overdue', 'ombudsman.orders.overdue'),
        row('… of which from severe maladministration findings', 'ombudsman.orders.outstandingAfterSevereMaladministration'),
        row('Complied with in the period', 'ombudsman.orders.compliedInPeriod'),
      ],
    },
    {
      title: `Remedies as of ${r.remedies.asOf}`,
      head: ['figure', 'count'],
      rows: [row('Outstanding', 'remedies.outstanding'), row('… of which overdue', 'remedies.overdue'), row('Completed in the period', 'remedies.completedInPeriod')],
    },
    { title: 'Received per month', head: ['month', 'stage 1', 'stage 2', 'refused'], rows: r.received.byMonth.map((m, i) => row(m.month, `received.byMonth.${i}.stage1`, `received.byMonth.${i}.stage2`, `received.byMonth.${i}.refused`)) },
  ];
}
