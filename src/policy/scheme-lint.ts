/**
 * The part of the lint read from the policy's ombudsman scheme (`SCHEMES`): how residents reach
 * the scheme, and, for a scheme whose landlords follow a model procedure rather than the Housing
 * Ombudsman's Code, the comparison with that model. No condition names a scheme: each reads the
 * scheme's data.
 */
import type { Finding, Severity } from '../core/finding.js';
import type { Source } from '../core/source.js';
import type { Anchor, LaterOf, Period, PeriodAnchor, Policy, StageRules, Timescale } from './schema.js';
import type { ModelProcedure, ModelTimescale, OmbudsmanScheme } from './schemes.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * Codes of the findings read from the scheme. Safe to match on.
 *
 * @example
 * ```ts
 * SCHEME_LINT_CODES.includes('ombudsman-contact-email-only'); // true
 * ```
 */
export const SCHEME_LINT_CODES = /* @__PURE__ */ deepFrozen([
  'ombudsman-contact-email-only',
  'ombudsman-email-not-for-new-complaints',
  'scheme-region-mismatch',
  'measured-against-model',
  'no-model-procedure',
  'model-acknowledgement-missing',
  'model-acknowledgement-too-late',
  'model-response-missing',
  'model-response-too-late',
  'model-timescale-anchor-unbounded',
  'model-extension-too-long',
  'model-extension-no-upper-limit',
  'model-time-limit-too-short',
  'model-no-discretion',
  'model-escalation-window-too-short',
] as const);
/**
 * One of {@link SCHEME_LINT_CODES}.
 *
 * @example
 * ```ts
 * const code: SchemeLintCode = 'model-response-too-late';
 * ```
 */
export type SchemeLintCode = (typeof SCHEME_LINT_CODES)[number];

type SchemeFinding = Finding & { readonly code: SchemeLintCode };

/** The policy fields this part of the lint reads. */
type SchemePolicy = Pick<Policy, 'organisation' | 'region' | 'inForce' | 'ombudsman' | 'timeLimit'> & {
  readonly stages: readonly (Omit<StageRules, 'acknowledge'> & { readonly acknowledge: Timescale | null })[];
  /** Read when the policy has it (a draft may not). */
  readonly escalation?: { readonly window: Timescale | LaterOf | null } | undefined;
};

function finding(severity: Severity, code: SchemeLintCode, message: string, source: Source, path: string): SchemeFinding {
  return { severity, code, message, source, path };
}

/** The last day the policy is in force, or undefined while it has no end. */
function lastDay(p: SchemePolicy): string | undefined {
  return p.inForce.to;
}

/**
 * Findings on how the policy tells residents to reach the scheme: an email-only contact for a
 * scheme that stopped taking new complaints by email (from the date the scheme's data gives, for
 * a policy in force on or after it), an email listed beside other ways, and a scheme that does
 * not serve the policy's region. `provision` is the Code's 3.7 when the scheme measures against
 * the Code.
 */
export function contactFindings(policy: SchemePolicy, scheme: OmbudsmanScheme): SchemeFinding[] {
  const out: SchemeFinding[] = [];
  pushContactFindings(out, policy, scheme);
  return out;
}

/** {@link contactFindings}, pushed onto `out` (the lint's own list, without a list of their own to copy). */
export function pushContactFindings(out: { push(f: SchemeFinding): unknown }, policy: SchemePolicy, scheme: OmbudsmanScheme): void {
  // The sources are literals, not spreads of a shared object (a spread per finding is V8's slow copy).
  const code = scheme.measuredAgainst === 'code-2024';
  const cite = (note: string): Source => (code ? { provision: '3.7', note } : { note });
  if (!scheme.regions.includes(policy.region)) {
    out.push(finding('warning', 'scheme-region-mismatch', `The policy counts working days in ${policy.region}, but ${scheme.name} considers complaints in ${scheme.regions.join(', ')}; check the policy's region and scheme.`, cite(scheme.name), 'ombudsman.scheme'));
  }
  const c = policy.ombudsman.contact;
  if (c?.email === undefined) return;
  const end = lastDay(policy);
  for (const ch of scheme.channels) {
    if (ch.kind !== 'email' || ch.newComplaints) continue;
    if (ch.from !== undefined && end !== undefined && end < ch.from) continue;
    const since = ch.from === undefined ? '' : ` from ${ch.from}`;
    if (c.phone === undefined && c.website === undefined) {
      out.push(finding('warning', 'ombudsman-contact-email-only', `The policy gives only an email address (${c.email}) for bringing a complaint to ${scheme.name}, which${since} no longer accepts new complaints by email; give its online form${scheme.channels.some((x) => x.kind === 'telephone' && x.newComplaints) ? ' or telephone number' : ''} as well.`, cite(ch.source.note ?? scheme.name), 'ombudsman.contact.email'));
    } else {
      out.push(finding('note', 'ombudsman-email-not-for-new-complaints', `The policy lists ${c.email} for ${scheme.name}, which${since} no longer accepts new complaints by email; residents bring a complaint through the other ways the policy gives.`, cite(ch.source.note ?? scheme.name), 'ombudsman.contact.email'));
    }
  }
}

/** The order in which anchors fall as seen from each stage (receipt first); see the Code lint. */
const ORDER: Readonly<Record<1 | 2, Readonly<Record<Anchor, number>>>> = {
  1: { receipt: 0, acknowledgement: 1, 'stage-response': 2, 'escalation-request': 3 },
  2: { receipt: 0, 'stage-response': 2, 'escalation-request': 3, acknowledgement: 4 },
};

function modelSource(model: ModelProcedure, t: { text: string; ref: string }, from?: Source): Source {
  const note = `${model.title}, ${t.ref}: '${t.text}'`;
  return from?.policy !== undefined ? { policy: from.policy, note } : { note };
}

function compare(out: SchemeFinding[], model: ModelProcedure, stage: 1 | 2, kind: 'acknowledge' | 'respond', ours: Timescale, theirs: ModelTimescale, path: string): void {
  const label = `Stage ${stage} ${kind === 'acknowledge' ? 'acknowledgements' : 'responses'}`;
  if (ORDER[stage][ours.anchor] > ORDER[stage][theirs.anchor]) {
    out.push(finding('breach', 'model-timescale-anchor-unbounded', `${label} are counted from '${ours.anchor}', which can come after '${theirs.anchor}', the event ${model.title} counts from (${theirs.workingDays} working days).`, modelSource(model, theirs, ours.source), `${path}.anchor`));
    return;
  }
  if (ours.workingDays > theirs.workingDays) {
    const code = kind === 'acknowledge' ? 'model-acknowledgement-too-late' : 'model-response-too-late';
    out.push(finding('breach', code, `${label} are due ${ours.workingDays} working days after '${ours.anchor}'; ${model.title} allows ${theirs.workingDays} from '${theirs.anchor}'.`, modelSource(model, theirs, ours.source), `${path}.workingDays`));
  }
}

/**
 * Measures a policy against its scheme's model procedure: each stage's acknowledgement and
 * response, the extension the model allows, the time limit and discretion. Stricter than the model
 * is never a finding. A note says what the policy was measured against.
 */
export function modelFindings(policy: SchemePolicy, scheme: OmbudsmanScheme): SchemeFinding[] {
  const out: SchemeFinding[] = [];
  const model = scheme.model;
  if (model === null) {
    out.push(finding('note', 'no-model-procedure', `${policy.organisation}'s complaints go to ${scheme.name}; the library holds no model procedure for its landlords, so the policy's timescales are not measured. ${scheme.source.note ?? ''}`.trim(), { note: scheme.name }, 'ombudsman.scheme'));
    return out;
  }
  out.push(finding('note', 'measured-against-model', `${policy.organisation}'s complaints go to ${scheme.name}; the policy is measured against the ${model.title}, not the Housing Ombudsman's Complaint Handling Code.`, { note: model.title }, 'ombudsman.scheme'));
  policy.stages.slice(0, 2).forEach((rules, i) => {
    const stage = (i + 1) as 1 | 2;
    const m = model.stages[i]!;
    const path = `stages.${i}`;
    if (m.acknowledge !== null) {
      if (rules.acknowledge === null) {
        out.push(finding('breach', 'model-acknowledgement-missing', `Stage ${stage} has no acknowledgement; ${model.title} asks for one within ${m.acknowledge.workingDays} working days.`, modelSource(model, m.acknowledge), `${path}.acknowledge`));
      } else {
        compare(out, model, stage, 'acknowledge', rules.acknowledge, m.acknowledge, `${path}.acknowledge`);
      }
    }
    if (rules.respond === null) {
      out.push(finding('breach', 'model-response-missing', `Stage ${stage} has no response timescale (the policy states no time to respond); ${model.title} asks for a response within ${m.respond.workingDays} working days.`, modelSource(model, m.respond), `${path}.respond`));
    } else {
      compare(out, model, stage, 'respond', rules.respond, m.respond, `${path}.respond`);
    }
    if (m.extensionTotal !== null) {
      const allowed = m.extensionTotal - m.respond.workingDays;
      const ext = { text: m.extensionText, ref: m.respond.ref };
      if (rules.extension.noUpperLimit === true) {
        out.push(finding('warning', 'model-extension-no-upper-limit', `At stage ${stage} the policy allows extensions with reasons but states no maximum; ${model.title} allows ${m.extensionTotal} working days in total (${allowed} more).`, modelSource(model, ext, rules.extension.source), `${path}.extension.noUpperLimit`));
      } else if (rules.extension.withoutGoodReason > allowed) {
        out.push(finding('breach', 'model-extension-too-long', `At stage ${stage} the policy allows ${rules.extension.withoutGoodReason} more working days; ${model.title} allows ${m.extensionTotal} in total (${allowed} more).`, modelSource(model, ext, rules.extension.source), `${path}.extension.withoutGoodReason`));
      }
    }
  });
  const t = policy.timeLimit;
  const tl = { text: model.timeLimit.text, ref: 'time limit' };
  if (t.months < model.timeLimit.months) {
    out.push(finding('breach', 'model-time-limit-too-short', `The policy accepts complaints within ${t.months} months; ${model.title} accepts them within ${model.timeLimit.months}.`, modelSource(model, tl, t.source), 'timeLimit.months'));
  }
  if (model.timeLimit.discretion && !t.discretion) {
    out.push(finding('breach', 'model-no-discretion', `The policy gives no discretion to accept a complaint after its time limit; ${model.title} does in exceptional circumstances.`, modelSource(model, tl, t.source), 'timeLimit.discretion'));
  }
  out.push(...windowFindings(policy, model));
  return out;
}

/**
 * The order in which the events a window can count from fall, earliest first: the day the
 * complainant found out (never after receipt), receipt, the stage 1 acknowledgement, the stage 1
 * response, the request to escalate (which follows the response). A period counted from a later
 * event, for as long, ends no sooner. Every anchor a period can have is here (the type says so).
 */
const WINDOW_ORDER: Readonly<Record<PeriodAnchor, number>> = { awareness: 0, receipt: 1, acknowledgement: 2, 'stage-response': 3, 'escalation-request': 4 };
/** The most working days a calendar month can hold (23 weekdays in a 31-day month). */
const MOST_WORKING_DAYS_IN_MONTH = 23;

/** A period of a policy's window: months or working days from an event (a timescale is one, in working days). */
type WindowPeriod = Pick<Period, 'months' | 'workingDays' | 'anchor'>;

/** Whether a period of the policy always ends on or after the model's period: from an event no earlier, for no less time. */
function covers(p: WindowPeriod, m: { readonly months: number; readonly anchor: PeriodAnchor }): boolean {
  // Own keys only: a draft's anchor outside the schema has no place in the order, and covers nothing.
  const pa = Object.hasOwn(WINDOW_ORDER, p.anchor) ? WINDOW_ORDER[p.anchor] : undefined;
  const ma = WINDOW_ORDER[m.anchor];
  if (pa === undefined || pa < ma) return false;
  if (p.months !== undefined) return p.months >= m.months;
  if (p.workingDays !== undefined) return p.workingDays >= m.months * MOST_WORKING_DAYS_IN_MONTH;
  return false;
}

const months = (n: number): string => `${n} month${n === 1 ? '' : 's'}`;
const periodText = (p: WindowPeriod): string => (p.months !== undefined ? `${months(p.months)} from '${p.anchor}'` : `${p.workingDays} working days from '${p.anchor}'`);

/**
 * The policy's time for asking for stage 2 against the model's (the later of its periods): each
 * period of the model must be matched by a period of the policy counted from an event no earlier,
 * for no less time, so that the policy's window never closes before the model's. Working days
 * match months only when there are enough for the longest months (23 a month). No window (a
 * request is never late) is never a finding. The finding says how far the model's window was
 * confirmed (`SCHEMES[...].model.escalationWindow.confirmation`).
 */
function windowFindings(policy: SchemePolicy, model: ModelProcedure): SchemeFinding[] {
  const w = policy.escalation?.window;
  if (w === undefined || w === null) return [];
  const periods: readonly WindowPeriod[] = 'laterOf' in w ? w.laterOf : [w];
  const mw = model.escalationWindow;
  const out: SchemeFinding[] = [];
  for (const m of mw.periods) {
    if (periods.some((p) => covers(p, m))) continue;
    const near = periods.find((p) => (Object.hasOwn(WINDOW_ORDER, p.anchor) ? WINDOW_ORDER[p.anchor] : -1) >= WINDOW_ORDER[m.anchor]);
    const why =
      near === undefined
        ? `none of the policy's periods (${periods.map(periodText).join(', ')}) counts from '${m.anchor}' or a later event`
        : near.months === undefined
          ? `the policy's ${periodText(near)} can end sooner (a month can hold ${MOST_WORKING_DAYS_IN_MONTH} working days)`
          : `the policy's ${periodText(near)} is shorter`;
    const status = mw.confirmation.status === 'confirmed' ? '' : mw.confirmation.status === 'secondary' ? ' (The model\'s window is as published by bodies that adopt it; its own text was not found.)' : ' (The model\'s window is not confirmed.)';
    const source = w.source;
    out.push(
      finding(
        'breach',
        'model-escalation-window-too-short',
        `The policy's time for asking for stage 2 can close before ${model.title}'s: the model allows ${months(m.months)} from '${m.anchor}' (the later of ${mw.periods.map(periodText).join(' and ')}), and ${why}.${status}`,
        modelSource(model, { text: mw.text, ref: 'stage 2 request' }, source),
        'laterOf' in w ? 'escalation.window.laterOf' : 'escalation.window',
      ),
    );
  }
  return out;
}
