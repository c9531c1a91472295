/**
 * The check of a self-assessment against the Code 2024 and against the policy it describes:
 * completeness, the action and target date owed for every "No", evidence that cites sections the
 * policy does not have or that deal with something else, answers the policy itself contradicts
 * (by the policy lint), and answers or evidence of "N/a".
 */
import { submissionDeadlines, type SubmissionDeadline } from './submission.js';
import type { Finding, Severity } from '../core/finding.js';
import type { Source } from '../core/source.js';
import { HousingComplaintsError } from '../core/errors.js';
import { lintPolicy, policyScheme, SCHEME_IDS, SCHEMES, type ComparisonStatus, type Policy } from '../policy/index.js';
import {
  CODE_SECTIONS,
  type CodeSectionId,
  code2024,
  isProvisionNumber,
  type Provision,
  type ProvisionNumber,
} from './provisions.js';
import * as z from 'zod/mini';
import { Assessment, AssessmentZod, type Answer, type AssessmentEntry, safeParseAssessment } from './schema.js';
import { argumentError, expectArray, expectObject } from '../core/guard.js';
import { MAX_ASSESSMENT_ENTRIES } from './limits.js';
import { compareAssessments, type AssessmentComparison } from './compare.js';
import type { PolicySection, PolicySubject } from '../policy/schema.js';
import { PROVISION_SUBJECTS, SUBJECT_LABELS } from './policy-sections.js';
import { compareStatuses } from '../policy/compare.js';
import * as CODE_2024 from '../policy/code2024-rules.js';

/**
 * Options of {@link assessSelfAssessment}.
 *
 * @example
 * ```ts
 * const options: AssessOptions = { policy: policies.wellington };
 * ```
 */
export interface AssessOptions {
  /** The complaints policy the assessment describes. */
  readonly policy: Policy;
  /**
   * The sections of the policy and their subjects. Defaults to the policy's own
   * (`policy.sections`); when the policy states none (`null`) and none are given here, the check
   * of cited sections is skipped (and a note says so).
   */
  readonly sections?: readonly PolicySection[];
  /**
   * The lint whose findings an answer must not contradict. Defaults to the policy module's
   * `lintPolicy`; findings are matched to provisions by `source.provision`.
   */
  readonly lint?: (policy: Policy) => readonly Finding[];
  /**
   * Last year's assessment: the report then says what changed and what became of the actions
   * promised for each "No" (see {@link compareAssessments}).
   */
  readonly previous?: Assessment;
  /** The date last year's target dates are measured against; defaults to this assessment's date. */
  readonly asOf?: string;
  /**
   * Homes the landlord owns and the last day of the financial year assessed: with both, the
   * report gives the due dates of the year's submissions (see {@link submissionDeadlines}).
   */
  readonly homes?: number;
  readonly financialYearEnd?: string;
}

/**
 * How a provision stands: complies (answered Yes, nothing contradicts it), does not comply
 * (answered No, or Yes while the policy falls short of it), not applicable (answered N/a), or not
 * answered.
 *
 * @example
 * ```ts
 * report.provisions.filter((p) => p.status === 'does-not-comply').map((p) => p.provision); // ['2.3', ...]
 * ```
 */
export type ProvisionStatus = 'complies' | 'does-not-comply' | 'not-applicable' | 'not-answered';

/**
 * The verdict on a Code section (and on the whole assessment, the worst of its sections):
 * `does-not-comply` when any provision does not comply; `incomplete` when any is unanswered or
 * answered twice; `complies-with-evidence-gaps` when all comply but a warning remains (evidence
 * missing or pointing at the wrong section, an N/a); `complies` otherwise.
 *
 * @example
 * ```ts
 * report.summary.bySection.find((s) => s.number === 6)?.verdict; // 'complies-with-evidence-gaps'
 * ```
 */
export type SectionVerdict = 'complies' | 'complies-with-evidence-gaps' | 'incomplete' | 'does-not-comply';

/**
 * The result for one provision: its answer, what the evidence cites, its status and findings.
 *
 * @example
 * ```ts
 * const r = report.provisions.find((p) => p.provision === '1.5');
 * r?.citedSections; // ['s.9']
 * r?.findings.map((f) => f.code); // ['evidence-subject-mismatch']
 * ```
 */
export interface ProvisionResult {
  readonly provision: ProvisionNumber;
  readonly section: CodeSectionId;
  readonly text: string;
  readonly answer: Answer | undefined;
  readonly evidence: string | undefined;
  readonly citedSections: readonly string[];
  readonly status: ProvisionStatus;
  /**
   * How the policy data stands against the provision, by the provision-by-provision comparison
   * (`comparePolicy`): `compliant`, `falls-short`, `silent`, or `not-expressed` when the policy
   * data cannot express the provision (the answer then rests on the evidence alone).
   */
  readonly policyCheck: ComparisonStatus;
  readonly findings: readonly Finding[];
}

/**
 * Counts and the verdict for one of the Code's nine sections.
 *
 * @example
 * ```ts
 * const s = report.summary.bySection[5]; // section 6, Complaint stages
 * `${s.status.complies} of ${s.provisions} comply: ${s.verdict}`;
 * ```
 */
export interface SectionSummary {
  readonly section: CodeSectionId;
  readonly number: number;
  readonly title: string;
  readonly provisions: number;
  readonly answers: Readonly<Record<Answer | 'missing', number>>;
  readonly status: Readonly<Record<ProvisionStatus, number>>;
  readonly findings: Readonly<Record<Severity, number>>;
  readonly verdict: SectionVerdict;
}

/**
 * Counts over the whole assessment and the overall verdict (the worst of the sections').
 *
 * @example
 * ```ts
 * report.summary.answers; // { yes: 72, no: 0, 'n/a': 0, missing: 0 }
 * report.summary.findings.breach > 0; // the CLI exits 1
 * ```
 */
export interface AssessmentSummary {
  readonly provisions: number;
  readonly answers: Readonly<Record<Answer | 'missing', number>>;
  readonly status: Readonly<Record<ProvisionStatus, number>>;
  readonly findings: Readonly<Record<Severity, number>>;
  readonly bySection: readonly SectionSummary[];
  readonly verdict: SectionVerdict;
}

/**
 * What {@link assessSelfAssessment} found: per provision, the findings (each citing its provision
 * and saying what to fix), the policy lint's own findings for reference, and a summary.
 *
 * @example
 * ```ts
 * const report: AssessmentReport = assessSelfAssessment(assessment, { policy: policies.wellington });
 * for (const f of report.findings) console.log(f.severity, f.source.provision, f.message);
 * ```
 */
export interface AssessmentReport {
  readonly policy: { readonly id: string; readonly organisation: string; readonly title: string };
  readonly assessment: { readonly organisation?: string; readonly title?: string; readonly date?: string };
  /** Whether cited sections were checked against the policy's sections (`policy`), sections given in the options (`given`), or not at all (`none`). */
  readonly sectionMap: 'policy' | 'given' | 'none';
  readonly provisions: readonly ProvisionResult[];
  /** Every finding, in form order of provision, breaches first within a provision. */
  readonly findings: readonly Finding[];
  /** The policy lint's findings on the policy itself, whatever the answers. */
  readonly policyFindings: readonly Finding[];
  readonly summary: AssessmentSummary;
  /** Year on year, when `options.previous` is given. */
  readonly comparison?: AssessmentComparison;
  /**
   * The year's submissions and their due dates (the Ombudsman's annual submission; the Tenant
   * Satisfaction Measures return), or `null` when `homes` and `financialYearEnd` were not given.
   */
  readonly submission: readonly SubmissionDeadline[] | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { breach: 0, warning: 1, note: 2 };
const ANSWER_WORD: Record<Answer, string> = { yes: 'Yes', no: 'No', 'n/a': 'N/a' };

/** "Provision 6.3 (Landlords must issue a full response to stage 1 complaints within 10 …)". */
function named(p: Provision): string {
  let name = NAMES.get(p);
  if (name === undefined) NAMES.set(p, (name = nameOf(p)));
  return name;
}

/** Each provision's name, made once: the Code's provisions are fixed, and most findings start with one. */
const NAMES = new Map<Provision, string>();

function nameOf(p: Provision): string {
  const first = /^(.+?[.:;])(?=\s+[A-Z'"]|$)/.exec(p.text)?.[1] ?? p.text;
  const short = first.length > 90 ? `${first.slice(0, 87).replace(/\s+\S*$/, '')}…` : first;
  return `Provision ${p.number} ("${short}")`;
}

function provisionsIn(text: string | undefined): ProvisionNumber[] {
  if (text === undefined) return [];
  return [...text.matchAll(/\b\d\.\d{1,2}\b/g)].map((m) => m[0]).filter(isProvisionNumber);
}

function describeSection(s: PolicySection): string {
  return `${s.number} (${s.title})`;
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Whether a section deals with any of the subjects (loops: the sections of a built-in policy are frozen, see below). */
function fits(s: PolicySection, subjects: readonly PolicySubject[]): boolean {
  const own = s.subjects;
  for (let i = 0; i < own.length; i++) if (subjects.includes(own[i]!)) return true;
  return false;
}

function anyFits(list: readonly PolicySection[], subjects: readonly PolicySubject[]): boolean {
  for (let i = 0; i < list.length; i++) if (fits(list[i]!, subjects)) return true;
  return false;
}

function subjectWords(subjects: readonly PolicySubject[]): string {
  return joinWords(subjects.map((s) => SUBJECT_LABELS[s]));
}

/** Where the policy deals with the subjects, or that it has no section on them. */
function whereSentence(sections: readonly PolicySection[], subjects: readonly PolicySubject[]): string {
  const fitting: PolicySection[] = [];
  for (let i = 0; i < sections.length; i++) if (fits(sections[i]!, subjects)) fitting.push(sections[i]!);
  return fitting.length > 0
    ? ` The policy deals with ${subjectWords(subjects)} in ${joinWords(fitting.map(describeSection))}.`
    : ` The policy has no section on ${subjectWords(subjects)}: the evidence must come from another document, or the policy needs one.`;
}

/** The figure a section number ends in: 's.3', 'Clause 3', 'Section 3' and '3' are 3; 'Annex 3.1' has none. */
const figureOf = (number: string): string | undefined => /^\D*?(\d+)$/.exec(number)?.[1];

/**
 * The policy's section an evidence cell names. The form cites "Section 3" (read as `s.3`, see
 * `citedSections`); a policy numbers its sections its own way, so a citation names the section of
 * the same number, or else the section whose number ends in the same figure ('Clause 3', '3').
 */
function sectionFinder(sections: readonly PolicySection[]): (cited: string) => PolicySection | undefined {
  const exact = new Map<string, PolicySection>();
  const byFigure = new Map<string, PolicySection>();
  for (const s of sections) {
    if (!exact.has(s.number)) exact.set(s.number, s);
    const f = figureOf(s.number);
    if (f !== undefined && !byFigure.has(f)) byFigure.set(f, s);
  }
  return (cited) => exact.get(cited) ?? byFigure.get(figureOf(cited) ?? '');
}

/**
 * The range of the policy's sections, by the figures their numbers end in: "sections 1 to 13",
 * "sections 21 to 33", and "sections 1 to 6" for a policy numbered Clause 1 to Clause 6 (the numbers
 * as written when the first or last ends in no figure).
 */
function sectionRange(sections: readonly PolicySection[]): string {
  const first = sections[0]?.number;
  const last = sections.at(-1)?.number;
  if (first === undefined || last === undefined) return 'no sections';
  const a = figureOf(first);
  const b = figureOf(last);
  const [from, to] = a !== undefined && b !== undefined ? [a, b] : [first, last];
  return first === last ? `only section ${from}` : `sections ${from} to ${to}`;
}

/** Evidence that says the provision did not arise rather than showing how it is met. */
const NOT_APPLICABLE_EVIDENCE = /^\s*(?:n\/?a|not applicable|none)\b/i;

/**
 * Refuses a policy whose ombudsman scheme does not measure policies against the Complaint Handling
 * Code 2024 (`policyScheme(policy).measuredAgainst`): the self-assessment form is the Code's, so
 * under another scheme (a model complaints handling procedure, or none the library holds) its
 * provision-by-provision verdicts would be about a Code that does not apply. Throws
 * {@link HousingComplaintsError} `'invalid-argument'` with `path` `<at>.ombudsman.scheme` and rule
 * `'one-of'`, naming the schemes that are measured against the Code.
 *
 * @example
 * ```ts
 * assertAssessedAgainstCode(policies.wellington, 'assessSelfAssessment', 'options.policy'); // passes
 * assertAssessedAgainstCode(policies.spsoModelScotland, 'assessSelfAssessment', 'options.policy'); // throws
 * ```
 */
export function assertAssessedAgainstCode(policy: Pick<Policy, 'ombudsman'>, fn: string, at: string): void {
  const scheme = policyScheme(policy);
  if (scheme.measuredAgainst === 'code-2024') return;
  const codeSchemes = SCHEME_IDS.filter((id) => SCHEMES[id].measuredAgainst === 'code-2024');
  const against = scheme.model !== null ? `the ${scheme.model.title}` : 'no Code or model procedure the library holds';
  throw new HousingComplaintsError(
    'invalid-argument',
    `${fn}: ${at}.ombudsman.scheme must be one of ${codeSchemes.map((id) => `'${id}'`).join(', ')} (a scheme whose policies are measured against the Complaint Handling Code 2024), got '${scheme.id}': a policy in the ${scheme.name}'s scheme is measured against ${against}, not the Code, and the self-assessment is the Code's form, so it is not assessed (lint the policy with lintPolicy instead)`,
    { path: `${at}.ombudsman.scheme`, rule: 'one-of' },
  );
}

/**
 * Checks a self-assessment against the Code 2024 and the policy it describes, and says, for each
 * provision, what is wrong and what to fix:
 *
 * - every provision answered once (`provision-not-answered`, `provision-answered-twice`: breach);
 * - every "No" is non-compliance (`declared-non-compliance`: breach) and needs an action and a
 *   target date (`no-action`, `no-target-date`: breach);
 * - evidence citing a section the policy does not have (`evidence-cites-unknown-section`), or only
 *   sections whose subjects do not fit the provision (`evidence-subject-mismatch`): warning;
 *   evidence citing no section at all (`evidence-cites-no-section`): note;
 * - a "Yes" the policy itself contradicts, by the policy lint (`answer-contradicts-policy`: breach
 *   for a lint breach; `answer-questioned-by-policy`: warning for a lint warning);
 * - "N/a" answers (`answered-not-applicable`) and empty or "N/a" evidence (`evidence-missing`): warning.
 *
 * The summary counts answers and statuses per Code section and gives each section a verdict.
 * Pure: the inputs are not changed. A missing `options.policy` or an assessment without an
 * `entries` array throws a `HousingComplaintsError` (code `'invalid-argument'`), and so does a
 * policy whose scheme is not measured against the Code 2024 (a policy in the SPSO's scheme, measured
 * against its model procedure: path `options.policy.ombudsman.scheme`, rule `'one-of'`; see
 * `assertAssessedAgainstCode`).
 *
 * @example
 * ```ts
 * import { policies } from 'housing-complaints/policy';
 * import { parseAssessment, assessSelfAssessment } from 'housing-complaints/self-assessment';
 * const parsed = parseAssessment(text, 'csv');
 * if (parsed.ok) {
 *   const report = assessSelfAssessment(parsed.value, { policy: policies.wellington });
 *   for (const f of report.findings) console.log(f.severity, f.source.provision, f.message);
 * }
 * ```
 */
export function assessSelfAssessment(input: Assessment, options: AssessOptions): AssessmentReport {
  const checked = safeParseAssessment(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = ['assessment', ...(issue?.path ?? []).map(String)].join('.');
    throw new HousingComplaintsError('invalid-argument', `assessSelfAssessment: assessment must be an Assessment (read one with parseAssessment); ${path}: ${issue?.message ?? 'invalid'}`, {
      path,
      rule: 'shape',
    });
  }
  const assessment = checked.data;
  const entries = expectArray({ fn: 'assessSelfAssessment', path: 'assessment.entries' }, assessment.entries, { maxItems: MAX_ASSESSMENT_ENTRIES, what: 'entries' });
  expectObject({ fn: 'assessSelfAssessment', path: 'options' }, options, 'an object { policy }');
  expectObject({ fn: 'assessSelfAssessment', path: 'options.policy' }, options.policy, 'a Policy (e.g. policies.wellington)');
  if (typeof options.policy.id !== 'string') throw argumentError({ fn: 'assessSelfAssessment', path: 'options.policy.id' }, 'type', 'a string', options.policy.id);
  const { policy } = options;
  assertAssessedAgainstCode(policy, 'assessSelfAssessment', 'options.policy');
  const sectionMap: AssessmentReport['sectionMap'] =
    options.sections !== undefined ? 'given' : policy.sections !== null ? 'policy' : 'none';
  if (options.sections !== undefined) expectArray({ fn: 'assessSelfAssessment', path: 'options.sections' }, options.sections);
  const sections = options.sections ?? policy.sections ?? undefined;
  const sectionCited = sections === undefined ? undefined : sectionFinder(sections);
  const sectionsHeld = sections === undefined ? '' : sectionRange(sections);
  const policyFindings = [...(options.lint ?? lintPolicy)(policy)];
  const submission = options.homes === undefined && options.financialYearEnd === undefined ? null : submissionDeadlines({ homes: options.homes as number, financialYearEnd: options.financialYearEnd as string });

  // The contradiction check is the provision-by-provision comparison of the policy with the Code.
  // (Its statuses only: the report does not carry comparePolicy's sentences.)
  const comparison = new Map(compareStatuses(policyFindings).map((c) => [c.provision, c]));
  const lintByProvision = new Map<ProvisionNumber, readonly Finding[]>();
  for (const [n, c] of comparison) lintByProvision.set(n, c.findings);

  const entriesByProvision = new Map<ProvisionNumber, { entry: AssessmentEntry; index: number }[]>();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as AssessmentEntry;
    const list = entriesByProvision.get(entry.provision);
    if (list === undefined) entriesByProvision.set(entry.provision, [{ entry, index }]);
    else list.push({ entry, index });
  }

  const results: ProvisionResult[] = code2024.map((p) => {
    const found = entriesByProvision.get(p.number) ?? [];
    const first = found[0];
    const findings: Finding[] = [];
    const add = (severity: Severity, code: string, message: string, extra: Omit<Source, 'provision'> = {}, path?: string): void => {
      findings.push({ severity, code, message, source: { provision: p.number, ...extra }, ...(path !== undefined ? { path } : {}) });
    };
    if (first === undefined) {
      add(
        'breach',
        'provision-not-answered',
        `${named(p)} is not answered. The self-assessment must answer every provision of the Code (${CODE_2024.annualReport.provision}): add a row for ${p.number} with Yes or No and the evidence.`,
        { note: `Code ${CODE_2024.annualReport.provision} a: the annual self-assessment against this Code` },
      );
      return { provision: p.number, section: p.section, text: p.text, answer: undefined, evidence: undefined, citedSections: [], status: 'not-answered', policyCheck: comparison.get(p.number)?.status ?? 'not-expressed', findings };
    }
    const { entry, index } = first;
    const path = `entries.${index}`;
    if (found.length > 1) {
      const answers = [...new Set(found.map((f) => ANSWER_WORD[f.entry.complies]))];
      add(
        'breach',
        'provision-answered-twice',
        `${named(p)} is answered ${found.length} times (rows ${found.map((f) => f.index + 1).join(', ')}${answers.length > 1 ? `, with different answers: ${answers.join(' and ')}` : ''}). Keep one answer per provision; this report uses the first.`,
        {},
        path,
      );
    }

    const lint = lintByProvision.get(p.number) ?? [];
    const lintBreaches = lint.filter((f) => f.severity === 'breach');
    const lintWarnings = lint.filter((f) => f.severity === 'warning');

    if (entry.complies === 'no') {
      add(
        'breach',
        'declared-non-compliance',
        `${named(p)} is answered No: by its own assessment the landlord does not comply.${entry.action ? ` Planned action: ${entry.action}${entry.targetDate ? ` (by ${entry.targetDate})` : ''}.` : ''} Make the change, then answer Yes with the evidence.`,
        {},
        `${path}.complies`,
      );
      if (!entry.action || entry.action.trim() === '') {
        add(
          'breach',
          'no-action',
          `${named(p)} is answered No but gives no action. The Ombudsman's form asks, for every No, what the landlord will do to comply: add the action.`,
          {},
          `${path}.action`,
        );
      }
      if (!entry.targetDate) {
        add(
          'breach',
          'no-target-date',
          `${named(p)} is answered No but gives no target date. The Ombudsman's form asks, for every No, by when the landlord will comply: add a target date.`,
          {},
          `${path}.targetDate`,
        );
      }
    } else {
      const answered = ANSWER_WORD[entry.complies];
      for (const f of lintBreaches) {
        add(
          'breach',
          'answer-contradicts-policy',
          `${named(p)} is answered ${answered}, but the policy itself falls short of it: ${f.message} Either change the policy, or answer No with an action and a target date.`,
          f.source.policy !== undefined ? { policy: f.source.policy } : {},
          `${path}.complies`,
        );
      }
      for (const f of lintWarnings) {
        add(
          'warning',
          'answer-questioned-by-policy',
          `${named(p)} is answered ${answered}, but the policy check raises a doubt: ${f.message} Confirm the answer, and say in the commentary why the policy meets the provision.`,
          f.source.policy !== undefined ? { policy: f.source.policy } : {},
          `${path}.complies`,
        );
      }
    }

    if (entry.complies === 'n/a') {
      add(
        'warning',
        'answered-not-applicable',
        `${named(p)} is answered N/a. Every provision of the Code applies to every member landlord: answer Yes (with the process that would be followed) or No (with an action and a target date).`,
        {},
        `${path}.complies`,
      );
    }

    const evidence = entry.evidence.trim();
    if (evidence === '') {
      add(
        'warning',
        'evidence-missing',
        `${named(p)} has no evidence. Say where the policy or another document shows the provision is met (for example "Complaints Policy Section 3").`,
        {},
        `${path}.evidence`,
      );
    } else if (NOT_APPLICABLE_EVIDENCE.test(evidence)) {
      add(
        'warning',
        'evidence-missing',
        `${named(p)} is answered ${ANSWER_WORD[entry.complies]} with the evidence "${evidence}", which says the situation did not arise, not how the provision is met. Give the policy section or procedure that would apply when it does.`,
        {},
        `${path}.evidence`,
      );
    } else if (sections !== undefined && sectionCited !== undefined) {
      // Plain loops over the sections, and the sentence on where the policy deals with the
      // provision's subjects built only for a finding that says it: a built-in policy's sections
      // are deep-frozen, and V8's fast paths for find, filter and some do not take frozen arrays.
      const cited = entry.citedSections;
      const subjects = PROVISION_SUBJECTS[p.number];
      const known: PolicySection[] = [];
      let where: string | undefined;
      const whereWords = (): string => (where ??= whereSentence(sections, subjects));
      for (const c of cited) {
        const s = sectionCited(c);
        if (s !== undefined) {
          known.push(s);
          continue;
        }
        const n = figureOf(c) ?? c;
        add(
          'warning',
          'evidence-cites-unknown-section',
          `${named(p)}: the evidence cites section ${n}, but ${policy.title} has no section ${n} (it has ${sectionsHeld}).${whereWords()} Correct the reference.`,
          { policy: c },
          `${path}.evidence`,
        );
      }
      if (cited.length === 0) {
        add(
          'note',
          'evidence-cites-no-section',
          `${named(p)}: the evidence ("${evidence}") cites no section of the policy.${whereWords()} Cite the section, or keep the document the evidence refers to with the assessment.`,
          {},
          `${path}.evidence`,
        );
      } else if (known.length > 0 && !anyFits(known, subjects)) {
        add(
          'warning',
          'evidence-subject-mismatch',
          `${named(p)} is about ${subjectWords(subjects)}, but the evidence cites ${joinWords(known.map(describeSection))}, which deal${known.length === 1 ? 's' : ''} with ${joinWords([...new Set(known.flatMap((s) => s.subjects))].map((s) => SUBJECT_LABELS[s]))}.${whereWords()} Point the evidence at the right section, or add the provision to the policy.`,
          { policy: known.map((s) => s.number).join(', ') },
          `${path}.evidence`,
        );
      }
    }

    const status: ProvisionStatus =
      entry.complies === 'no' || lintBreaches.length > 0
        ? 'does-not-comply'
        : entry.complies === 'n/a'
          ? 'not-applicable'
          : 'complies';
    findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return {
      provision: p.number,
      section: p.section,
      text: p.text,
      answer: entry.complies,
      evidence: entry.evidence,
      citedSections: entry.citedSections,
      status,
      policyCheck: comparison.get(p.number)?.status ?? 'not-expressed',
      findings,
    };
  });

  const findings = results.flatMap((r) => r.findings);
  if (sections === undefined) {
    findings.push({
      severity: 'note',
      code: 'section-map-unavailable',
      message: `${policy.title} (${policy.id}) states no sections of its own (its "sections" are null), so the policy sections cited as evidence were not checked. State them in the policy, or pass them as the "sections" option.`,
      source: { note: 'evidence citations' },
    });
  }

  const bySection = CODE_SECTIONS.map((s): SectionSummary => {
    const inSection = results.filter((r) => r.section === s.id);
    return { section: s.id, number: s.number, title: s.title, provisions: inSection.length, ...count(inSection) };
  });
  const whole = count(results);
  return {
    policy: { id: policy.id, organisation: policy.organisation, title: policy.title },
    assessment: {
      ...(assessment.organisation !== undefined ? { organisation: assessment.organisation } : {}),
      ...(assessment.title !== undefined ? { title: assessment.title } : {}),
      ...(assessment.date !== undefined ? { date: assessment.date } : {}),
    },
    sectionMap,
    provisions: results,
    findings,
    policyFindings,
    submission,
    ...(options.previous !== undefined
      ? { comparison: compareAssessments(assessment, options.previous, options.asOf !== undefined ? { asOf: options.asOf } : {}) }
      : {}),
    summary: {
      provisions: results.length,
      answers: whole.answers,
      status: whole.status,
      findings: { ...whole.findings, note: whole.findings.note + (sections === undefined ? 1 : 0) },
      bySection,
      verdict: whole.verdict,
    },
  };
}

function count(results: readonly ProvisionResult[]): Pick<SectionSummary, 'answers' | 'status' | 'findings' | 'verdict'> {
  const answers = { yes: 0, no: 0, 'n/a': 0, missing: 0 };
  const status = { complies: 0, 'does-not-comply': 0, 'not-applicable': 0, 'not-answered': 0 };
  const findings = { breach: 0, warning: 0, note: 0 };
  for (const r of results) {
    answers[r.answer ?? 'missing']++;
    status[r.status]++;
    for (const f of r.findings) findings[f.severity]++;
  }
  const twice = results.some((r) => r.findings.some((f) => f.code === 'provision-answered-twice'));
  const verdict: SectionVerdict =
    status['does-not-comply'] > 0
      ? 'does-not-comply'
      : status['not-answered'] > 0 || twice
        ? 'incomplete'
        : findings.warning > 0
          ? 'complies-with-evidence-gaps'
          : 'complies';
  return { answers, status, findings, verdict };
}
