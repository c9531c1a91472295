/**
 * Year on year: what changed between last year's self-assessment and this year's, provision by
 * provision (answers, evidence, commentary), and what became of the actions promised last year for
 * every "No": done, and whether by their target date, or still open, or overdue.
 */
import type { Finding } from '../core/finding.js';
import type { Source } from '../core/source.js';
import { HousingComplaintsError } from '../core/errors.js';
import { code2024, type ProvisionNumber } from './provisions.js';
import type { Answer, Assessment, AssessmentEntry } from './schema.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * A value last year and this year; `undefined` where the provision was not answered or the field
 * was empty.
 *
 * @example
 * ```ts
 * const c: Change<Answer> = { from: 'no', to: 'yes' };
 * ```
 */
export interface Change<T> {
  readonly from: T | undefined;
  readonly to: T | undefined;
}

/**
 * What changed in one provision. Only the fields that changed are present.
 *
 * @example
 * ```ts
 * const c: ProvisionChange = { provision: '6.4', answer: { from: 'no', to: 'yes' } };
 * ```
 */
export interface ProvisionChange {
  readonly provision: ProvisionNumber;
  readonly answer?: Change<Answer>;
  readonly evidence?: Change<string>;
  readonly commentary?: Change<string>;
}

/**
 * What became of an action promised last year (a "No", with its action and target date):
 *
 * - `done-by-target`: answered Yes now, and this assessment is dated no later than the target
 *   date, so it was done in time;
 * - `done`: answered Yes now, but the forms cannot show whether by the target date (this
 *   assessment is dated after it, or a date is missing): record when it was done;
 * - `overdue`: still No or unanswered, and the target date has passed;
 * - `open`: still No or unanswered, and the target date has not passed (or cannot be told).
 *
 * @example
 * ```ts
 * const s: ActionStatus = 'overdue';
 * ```
 */
export type ActionStatus = 'done-by-target' | 'done' | 'overdue' | 'open';

/**
 * An action promised last year and what became of it.
 *
 * @example
 * ```ts
 * const a: ActionFollowUp = { provision: '6.4', action: 'State the 10-day maximum', targetDate: '2025-03-31',
 *   answerNow: 'yes', status: 'done-by-target', message: '...' };
 * ```
 */
export interface ActionFollowUp {
  readonly provision: ProvisionNumber;
  /** The action written last year, if any. */
  readonly action: string | undefined;
  readonly targetDate: string | undefined;
  readonly answerNow: Answer | undefined;
  readonly status: ActionStatus;
  /** What happened, in a sentence fit for the committee. */
  readonly message: string;
}

/**
 * Counts of a {@link AssessmentComparison}.
 *
 * @example
 * ```ts
 * const summary: ComparisonSummary = compareAssessments(thisYear, lastYear).summary;
 * summary.actions.overdue; // the actions promised last year and not done by their date
 * ```
 */
export interface ComparisonSummary {
  readonly provisionsChanged: number;
  readonly answersChanged: number;
  readonly evidenceChanged: number;
  readonly actions: Readonly<Record<ActionStatus, number>>;
}

/**
 * Year on year: the two assessments' dates, every provision that changed, every action promised
 * last year and its fate, findings for the committee, and counts.
 *
 * @example
 * ```ts
 * const c: AssessmentComparison = compareAssessments(thisYear, lastYear);
 * for (const a of c.actions) console.log(a.provision, a.status);
 * ```
 */
export interface AssessmentComparison {
  readonly current: { readonly date?: string; readonly title?: string };
  readonly previous: { readonly date?: string; readonly title?: string };
  /** The date the target dates were measured against: `options.asOf`, or this assessment's date. */
  readonly asOf: string | undefined;
  readonly changes: readonly ProvisionChange[];
  readonly actions: readonly ActionFollowUp[];
  /** `action-overdue` (warning), `answer-now-no` (warning), `action-completion-undated` (note). */
  readonly findings: readonly Finding[];
  readonly summary: ComparisonSummary;
}

/**
 * Options of {@link compareAssessments}.
 *
 * @example
 * ```ts
 * const options: CompareOptions = { asOf: '2025-11-30' };
 * ```
 */
export interface CompareOptions {
  /**
   * The date to measure last year's target dates against, `YYYY-MM-DD` or `YYYY-MM`. Defaults to
   * this year's assessment date; with neither, no action is called overdue or done in time.
   */
  readonly asOf?: string;
}

const FORM_RULE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.annualReport.provision, note: "the form's action and target date for each 'No'" }))());
const ANSWER_WORD: Record<Answer, string> = { yes: 'Yes', no: 'No', 'n/a': 'N/a' };

/** The first and last day a `YYYY-MM` or `YYYY-MM-DD` date covers. */
function span(date: string): { first: string; last: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { first: date, last: date };
  const [y, m] = date.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${date}-01`, last: `${date}-${String(days).padStart(2, '0')}` };
}

function same(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function entryMap(a: Assessment): Map<ProvisionNumber, AssessmentEntry> {
  const m = new Map<ProvisionNumber, AssessmentEntry>();
  for (const e of a.entries) if (!m.has(e.provision)) m.set(e.provision, e);
  return m;
}

/**
 * Compares this year's self-assessment with last year's: for each provision, whether the answer,
 * the evidence or the commentary changed; for each action promised last year (every "No", or any
 * entry with an action), whether it is done now and whether by its target date. Target dates are
 * measured against `options.asOf`, else this year's assessment date. Pure; the inputs are not
 * changed. Assessments that are not objects with an `entries` array throw a
 * `HousingComplaintsError` (code `'invalid-argument'`).
 *
 * @example
 * ```ts
 * const c = compareAssessments(thisYear, lastYear);
 * c.summary.actions; // { 'done-by-target': 2, done: 0, overdue: 1, open: 0 }
 * ```
 */
export function compareAssessments(current: Assessment, previous: Assessment, options: CompareOptions = {}): AssessmentComparison {
  for (const [name, a] of [
    ['current', current],
    ['previous', previous],
  ] as const) {
    if (a === null || typeof a !== 'object' || !Array.isArray(a.entries)) {
      throw new HousingComplaintsError('invalid-argument', `compareAssessments: ${name} must be an Assessment with an entries array (read one with parseAssessment)`, {
        path: name,
      });
    }
  }
  const asOf = options.asOf ?? current.date;
  if (asOf !== undefined && (typeof asOf !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(asOf))) {
    throw new HousingComplaintsError('invalid-argument', `compareAssessments: options.asOf must be written YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(asOf)}`, {
      path: 'options.asOf',
    });
  }
  const now = entryMap(current);
  const before = entryMap(previous);
  const changes: ProvisionChange[] = [];
  const actions: ActionFollowUp[] = [];
  const findings: Finding[] = [];
  for (const p of code2024) {
    const a = before.get(p.number);
    const b = now.get(p.number);
    if (a === undefined && b === undefined) continue;
    const change: { -readonly [K in keyof ProvisionChange]: ProvisionChange[K] } = { provision: p.number };
    if (a?.complies !== b?.complies) change.answer = { from: a?.complies, to: b?.complies };
    if (!same(a?.evidence, b?.evidence)) change.evidence = { from: a?.evidence || undefined, to: b?.evidence || undefined };
    if (!same(a?.commentary, b?.commentary)) change.commentary = { from: a?.commentary, to: b?.commentary };
    if (change.answer !== undefined || change.evidence !== undefined || change.commentary !== undefined) changes.push(change);
    if (a?.complies === 'yes' && b?.complies === 'no') {
      findings.push({
        severity: 'warning',
        code: 'answer-now-no',
        message: `Provision ${p.number} was answered Yes last year and No this year: say in the commentary what changed.`,
        source: { provision: p.number },
      });
    }
    if (a === undefined || (a.complies !== 'no' && a.action === undefined)) continue;
    const target = a.targetDate;
    const doneNow = b?.complies === 'yes';
    const when = asOf === undefined ? undefined : span(asOf);
    const promised = a.action !== undefined ? `"${a.action}"` : 'an action (none written)';
    const by = target !== undefined ? ` by ${target}` : ' (no target date given)';
    let status: ActionStatus;
    let message: string;
    if (doneNow) {
      if (target !== undefined && when !== undefined && when.last <= target) {
        status = 'done-by-target';
        message = `Provision ${p.number}: last year's action ${promised}${by} is done: answered Yes in an assessment dated ${asOf}, before the target date.`;
      } else {
        status = 'done';
        message = `Provision ${p.number}: last year's action ${promised}${by} is done (answered Yes now), but the forms do not show whether it was done by the target date; record when it was completed.`;
        findings.push({ severity: 'note', code: 'action-completion-undated', message, source: FORM_RULE });
      }
    } else if (target !== undefined && when !== undefined && when.first > target) {
      status = 'overdue';
      message = `Provision ${p.number}: last year's action ${promised}${by} is overdue: the provision is ${b === undefined ? 'not answered' : `still answered ${ANSWER_WORD[b.complies]}`} in an assessment dated ${asOf}.`;
      findings.push({ severity: 'warning', code: 'action-overdue', message, source: { ...FORM_RULE, provision: p.number } });
    } else {
      status = 'open';
      message = `Provision ${p.number}: last year's action ${promised}${by} is not done yet: the provision is ${b === undefined ? 'not answered' : `answered ${ANSWER_WORD[b.complies]}`}${target !== undefined && when !== undefined ? ', and the target date has not passed' : ''}.`;
    }
    actions.push({ provision: p.number, action: a.action, targetDate: target, answerNow: b?.complies, status, message });
  }
  const count = (s: ActionStatus) => actions.filter((a) => a.status === s).length;
  const meta = (a: Assessment) => ({ ...(a.date !== undefined ? { date: a.date } : {}), ...(a.title !== undefined ? { title: a.title } : {}) });
  return {
    current: meta(current),
    previous: meta(previous),
    asOf,
    changes,
    actions,
    findings,
    summary: {
      provisionsChanged: changes.length,
      answersChanged: changes.filter((c) => c.answer !== undefined).length,
      evidenceChanged: changes.filter((c) => c.evidence !== undefined).length,
      actions: { 'done-by-target': count('done-by-target'), done: count('done'), overdue: count('overdue'), open: count('open') },
    },
  };
}
