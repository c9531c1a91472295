/**
 * How the lifecycle turns a policy timescale into a date: the complaint's dates for the anchors,
 * given to the one timing shared with reporting (schedule.ts), and the response dates with
 * extensions.
 */
import { HousingComplaintsError } from '../core/errors.js';
import type { Source } from '../core/source.js';
import { SUPPORTED_DATES, yearOutOfRange } from '../calendar/supported.js';
import type { Anchor, Period, Policy, Timescale } from '../policy/schema.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { codeStageRules } from '../policy/code2024-requirements.js';
import { MODEL_TIMESCALES, schemeCoreOf } from '../policy/scheme-basics.js';
import { addCalendarMonths } from '../exclusions/index.js';
import type { LifecycleContext } from './context.js';
import { isValidated } from '../policy/validated.js';
import { madeByLibrary } from '../calendar/calendar.js';
import { anchorDate as anchorOf, countedExtensionDays, dayZeroOf, nthWorkingDayOf, type AnchorDates } from './schedule.js';
import type { Complaint, Deadline, Stage1Record, Stage2Record } from './types.js';
import { deepFrozen } from '../core/freeze.js';

/** A due date and how it was worked out: the basis a deadline shows (`Deadline['basis']`). */
export type Due = Deadline['basis'] & {
  readonly dueBy: string;
  /** Not the policy's deadline: the policy states no timescale, and this is the Code's (or the scheme's model's), shown as a benchmark. */
  readonly benchmark?: true;
};

/** The record of stage 1 or 2, when the complaint has reached it. */
export function stageRecord(c: Complaint, stage: 1 | 2): Stage1Record | Stage2Record | undefined {
  return stage === 1 ? c.stage1 : 'stage2' in c ? c.stage2 : undefined;
}

/**
 * The dates the anchors of a timescale refer to, for the shared timing (schedule.ts): one record,
 * filled in by {@link anchorDate} for each look-up and read at once (nothing keeps it between two),
 * so that the several deadlines of every complaint replayed allocate none.
 */
const ANCHORS: AnchorDates<string> = { receipt: '', acknowledgement: undefined, escalationRequest: undefined, stageResponse: undefined };

/** The date a policy anchor refers to for `stage`, or undefined while that event has not happened. */
export function anchorDate(c: Complaint, stage: 1 | 2, anchor: Anchor): string | undefined {
  const s = stageRecord(c, stage);
  ANCHORS.receipt = c.receivedOn;
  ANCHORS.acknowledgement = s !== undefined && 'acknowledgedOn' in s ? (s.acknowledgedOn as string) : undefined;
  ANCHORS.escalationRequest = 'stage2' in c && c.stage2 !== undefined ? c.stage2.requestedOn : undefined;
  // The response of the stage before: the stage 1 response for anything counted at stage 2 or for
  // the escalation window.
  ANCHORS.stageResponse = 'response' in c.stage1 ? c.stage1.response.on : undefined;
  return anchorOf(anchor, ANCHORS);
}

/**
 * Day 0 of a timescale. Receipt of a complaint or of an escalation request on a non-working day
 * counts from that day unless the policy's `receiptOnNonWorkingDay` is `next-working-day`.
 */
export function dayZero(date: string, anchor: Anchor | string, ctx: LifecycleContext): string {
  return dayZeroOf(date, anchor, ctx.policy.receiptOnNonWorkingDay, ctx.calendar);
}

/**
 * The calendar's error for a count past its last day, restated: what was counted, from which date,
 * and the limit (the last supported year, `SUPPORTED_DATES`). A complaint dated in the last weeks
 * of the range can have deadlines that fall after it; they cannot be worked out.
 */
function pastSupportedRange(e: unknown, what: string): unknown {
  if (!(e instanceof HousingComplaintsError) || e.code !== 'year-out-of-range') return e;
  return yearOutOfRange(`${what} falls after ${SUPPORTED_DATES.last}, the last supported date: the deadline cannot be worked out`, 'complaint', 'after');
}

/** The `n`th working day after day 0; for n = 0 the day itself, or the next working day when it is not one. */
export function addDays(day0: string, n: number, ctx: LifecycleContext): string {
  try {
    return nthWorkingDayOf(day0, n, ctx.calendar);
  } catch (e) {
    throw pastSupportedRange(e, `${n} working days after ${day0}`);
  }
}

/** The due date of a timescale at `stage`, with `extra` working days of extension; undefined until its anchor exists. */
export function dueOf(c: Complaint, stage: 1 | 2, t: Timescale, ctx: LifecycleContext, extra = 0, source?: Source): Due | undefined {
  const date = anchorDate(c, stage, t.anchor);
  return date === undefined ? undefined : dueFrom(date, t, ctx, extra, source ?? t.source);
}

/** {@link dueOf} from the anchor's date, already looked up by the caller. */
function dueFrom(date: string, t: Timescale, ctx: LifecycleContext, extra: number, source: Source): Due {
  const anchor = dayZero(date, t.anchor, ctx);
  const workingDays = t.workingDays + extra;
  const dueBy = addDays(anchor, workingDays, ctx);
  return extra > 0 ? { dueBy, anchor, anchorKind: t.anchor, workingDays, extensionWorkingDays: extra, source } : { dueBy, anchor, anchorKind: t.anchor, workingDays, source };
}

/** Working days of extension granted so far at a stage. */
export function extensionTotal(s: Stage1Record | Stage2Record | undefined): number {
  if (s === undefined) return 0;
  let total = 0;
  for (let i = 0; i < s.extensions.length; i++) total += s.extensions[i]!.workingDays;
  return total;
}

/**
 * The response deadline at `stage`, with the extensions that move it (schedule.ts
 * `countedExtensionDays`): an extension first told to the complainant after the response was
 * already due does not (Code 6.4, 6.15).
 */
export function responseDue(c: Complaint, stage: 1 | 2, ctx: LifecycleContext): Due | undefined {
  const rules = ctx.policy.stages[stage - 1];
  if (rules === undefined) return undefined;
  // A stage with no response timescale (null: the policy is silent) has no response deadline.
  if (rules.respond === null) return undefined;
  const s = stageRecord(c, stage);
  // The checked door, not its unchecked twin: the extensions are the host's complaint record, and a
  // malformed one is refused with a typed error rather than read.
  const extra = s === undefined ? 0 : countedExtensionDays(s.extensions, rules.extension);
  const date = anchorDate(c, stage, rules.respond.anchor);
  if (date === undefined) return undefined;
  // The deadline depends only on the policy, the calendar, the anchor's date and the days counted:
  // the last one worked out at the stage is kept, for a built-in policy and a library calendar, since a response
  // and then deadlines() ask for the same one again.
  const last = keptFor(ctx)?.response[stage - 1];
  if (last !== undefined && last.policy === ctx.policy && last.date === date && last.extra === extra) return last.due;
  const code = codeStageRules(stage);
  const source = withCode(rules.respond.source, code.respond.provision, ctx);
  const due = dueFrom(date, rules.respond, ctx, extra, extra > 0 ? extended(source, rules.extension.source, code.extension.provision, isValidated(ctx.policy)) : source);
  if (last !== undefined) keep(last, ctx.policy, date, extra, due);
  return due;
}

/** A deadline kept for its inputs: the policy, the anchor's date and the working days of extension counted (changed in place). */
interface Kept {
  policy: Policy | undefined;
  date: string;
  extra: number;
  due: Due | undefined;
}

function keep(k: Kept, policy: Policy, date: string, extra: number, due: Due | undefined): void {
  k.policy = policy;
  k.date = date;
  k.extra = extra;
  k.due = due;
}

const unkept = (): Kept => ({ policy: undefined, date: '', extra: 0, due: undefined });

/**
 * The last deadlines worked out under each library calendar: the response deadline at each stage
 * and the escalation window. Kept per calendar in a weak table, so a calendar the host drops is not
 * held here.
 */
const KEPT = new WeakMap<object, { readonly response: readonly [Kept, Kept]; readonly window: Kept }>();

/** Where deadlines worked out under this context are kept, or undefined when they may not be (see {@link kept}). */
function keptFor(ctx: LifecycleContext): { readonly response: readonly [Kept, Kept]; readonly window: Kept } | undefined {
  if (!kept(ctx)) return undefined;
  let k = KEPT.get(ctx.calendar);
  if (k === undefined) KEPT.set(ctx.calendar, (k = { response: [unkept(), unkept()], window: unkept() }));
  return k;
}

/**
 * Whether a deadline worked out under this context may be kept and given again for the same
 * inputs: only under a policy the library validated and deep-froze (a built-in) and a calendar
 * createCalendar made (frozen), neither of which can change. A host's own policy or calendar may be
 * changed in place, so nothing worked out under it is kept.
 */
const kept = (ctx: LifecycleContext): boolean => isValidated(ctx.policy) && madeByLibrary(ctx.calendar);

/**
 * Where the policy states no time to respond at `stage` (`respond: null`), the response timescale
 * of what the policy's scheme measures it against (the Code 2024 table, or the scheme's model
 * procedure), as a benchmark: never the policy's deadline, cited to the Code or the model, with
 * the extensions that the Code's (or the model's) extension allowance counts. Undefined when the
 * policy has a timescale, or the benchmark has none either.
 */
export function responseBenchmark(c: Complaint, stage: 1 | 2, ctx: LifecycleContext): Due | undefined {
  const rules = ctx.policy.stages[stage - 1];
  if (rules === undefined || rules.respond !== null) return undefined;
  const s = stageRecord(c, stage);
  // The extensions the benchmark's allowance counts: the Code's, for a policy measured against the Code.
  const allowance = schemeCoreOf(ctx.policy).measuredAgainst === 'code-2024' ? CODE_2024.stages[stage - 1]!.extension : rules.extension;
  return benchmarkDue(c, stage, ctx, 'respond', s === undefined ? 0 : countedExtensionDays(s.extensions, allowance));
}

/** The benchmark's due date at `stage`, marked as a benchmark; undefined when there is none. */
function benchmarkDue(c: Complaint, stage: 1 | 2, ctx: LifecycleContext, kind: TimescaleKind, extra = 0): Due | undefined {
  const benchmark = benchmarkTimescale(ctx.policy, stage, kind);
  const due = benchmark === undefined ? undefined : dueOf(c, stage, benchmark, ctx, extra);
  return due === undefined ? undefined : { ...due, benchmark: true };
}

/** The acknowledgement deadline at `stage`. */
export function acknowledgementDue(c: Complaint, stage: 1 | 2, ctx: LifecycleContext): Due | undefined {
  const rules = ctx.policy.stages[stage - 1];
  // A stage with no acknowledgement timescale (null) has no acknowledgement deadline.
  if (rules === undefined || rules.acknowledge === null) return undefined;
  const date = anchorDate(c, stage, rules.acknowledge.anchor);
  return date === undefined ? undefined : dueFrom(date, rules.acknowledge, ctx, 0, withCode(rules.acknowledge.source, codeStageRules(stage).acknowledge.provision, ctx));
}

/**
 * Where the policy states no time to acknowledge at `stage` (`acknowledge: null`; CHS s.5 sets
 * none for a review request), the timescale of what the policy's scheme measures it against (the
 * Code 2024 table for the Housing Ombudsman's scheme, the model procedure for a scheme that has
 * one), as a benchmark: never the policy's deadline, and cited to the Code or the model. Undefined
 * when the policy has a timescale, or the benchmark has none either.
 */
export function acknowledgementBenchmark(c: Complaint, stage: 1 | 2, ctx: LifecycleContext): Due | undefined {
  const rules = ctx.policy.stages[stage - 1];
  if (rules === undefined || rules.acknowledge !== null) return undefined;
  return benchmarkDue(c, stage, ctx, 'acknowledge');
}

type TimescaleKind = 'acknowledge' | 'respond';

const benchmarks = new WeakMap<Policy, Record<TimescaleKind, (Timescale | undefined)[]>>();

/** The benchmark timescale of a stage (acknowledgement or response), with its source, kept per built-in policy. */
function benchmarkTimescale(policy: Policy, stage: 1 | 2, kind: TimescaleKind): Timescale | undefined {
  // Kept only for a built-in policy, which cannot change; a host's own may change in place.
  if (!isValidated(policy)) return benchmarkOf(policy, stage, kind);
  let known = benchmarks.get(policy);
  if (known === undefined) {
    // Frozen: every deadline measured against a benchmark is handed its source.
    known = deepFrozen({ acknowledge: [benchmarkOf(policy, 1, 'acknowledge'), benchmarkOf(policy, 2, 'acknowledge')], respond: [benchmarkOf(policy, 1, 'respond'), benchmarkOf(policy, 2, 'respond')] });
    benchmarks.set(policy, known);
  }
  return known[kind][stage - 1];
}

function benchmarkOf(policy: Policy, stage: 1 | 2, kind: TimescaleKind): Timescale | undefined {
  // The scheme's basics and its model's timescales (scheme-basics.ts), not SCHEMES: the lifecycle loads no contact details or confirmations.
  const scheme = schemeCoreOf(policy);
  const silent = `The policy states no time to ${kind} at stage ${stage}, so there is no policy deadline`;
  if (scheme.measuredAgainst === 'code-2024') {
    const code = CODE_2024.stages[stage - 1]![kind];
    if (code === null) return undefined;
    return { workingDays: code.workingDays, anchor: code.anchor, source: { provision: code.provision, quote: code.quote, note: `${silent}: the Code's timescale, shown as a benchmark only, not the policy's deadline.` } };
  }
  const model = MODEL_TIMESCALES[scheme.id]?.[stage - 1]?.[kind];
  if (scheme.measuredAgainst === 'model-procedure' && model !== undefined && model !== null) {
    return { workingDays: model.workingDays, anchor: model.anchor, source: { quote: model.text, note: `${silent}: the ${scheme.name} model procedure's timescale (${model.ref}), shown as a benchmark only, not the policy's deadline.` } };
  }
  return undefined;
}

/**
 * The escalation window: the last day a stage 2 request is in time; undefined when the policy sets
 * no window, or (for a window that is the later of several periods) while the anchor of any period
 * has not happened. For the later of several periods, the due date is the latest of them and the
 * basis is the period that gave it; its source's note lists every period and its last day.
 */
export function escalationWindow(c: Complaint, ctx: LifecycleContext): Due | undefined {
  // A policy with no window (null; the Code sets none, 6.10) has no last day.
  const window = ctx.policy.escalation.window;
  if (window === null) return undefined;
  if (!('laterOf' in window)) {
    // A window from one anchor: kept as the response deadline is (a request and then deadlines() ask for the same one).
    const date = anchorDate(c, 2, window.anchor);
    if (date === undefined) return undefined;
    const last = keptFor(ctx)?.window;
    if (last !== undefined && last.policy === ctx.policy && last.date === date) return last.due;
    const due = dueFrom(date, window, ctx, 0, window.source);
    if (last !== undefined) keep(last, ctx.policy, date, 0, due);
    return due;
  }
  let best: Due | undefined;
  const parts: string[] = [];
  for (const p of window.laterOf) {
    const due = periodDue(c, p, ctx);
    if (due === undefined) return undefined;
    const fallback = p.anchor === 'awareness' && c.becameAwareOn === undefined ? ` (${AWARENESS_FALLBACK})` : '';
    parts.push(`${p.months !== undefined ? `${p.months} months` : `${p.workingDays} working days`} from ${p.anchor}${fallback}: ${due.dueBy}`);
    if (best === undefined || due.dueBy > best.dueBy) best = due;
  }
  if (best === undefined) return undefined;
  const note = `the later of: ${parts.join('; ')}`;
  return { ...best, source: { ...window.source, note: window.source.note === undefined ? note : `${window.source.note} (${note})` } };
}

const AWARENESS_FALLBACK = 'no becameAwareOn: counted from receipt, never earlier';

/**
 * The last day of one period of a window: months are calendar months (month-end clamp), working
 * days as any timescale. A period from `'awareness'` counts from the complaint's `becameAwareOn`,
 * or from receipt when none is recorded (its source says so): receipt is never earlier, so the
 * period is never shorter than the policy allows.
 */
function periodDue(c: Complaint, p: Period, ctx: LifecycleContext): Due | undefined {
  const aware = p.anchor === 'awareness';
  const date = aware ? (c.becameAwareOn ?? c.receivedOn) : anchorDate(c, 2, p.anchor as Anchor);
  if (date === undefined) return undefined;
  const source = aware && c.becameAwareOn === undefined ? { ...p.source, note: `${p.source.note ?? ''} (${AWARENESS_FALLBACK})` } : p.source;
  const day0 = aware ? date : dayZero(date, p.anchor, ctx);
  const dueBy = p.workingDays !== undefined ? addDays(day0, p.workingDays, ctx) : addCalendarMonths(date, p.months ?? 0, 'escalation.window');
  return { dueBy, anchor: p.workingDays !== undefined ? day0 : date, anchorKind: p.anchor, workingDays: p.workingDays ?? ctx.calendar.workingDaysBetween(date, dueBy), source };
}

/** Sources as cited, kept per source object: under the Code (`code`) and under another scheme (`own`). */
const cited = { code: new WeakMap<Source, Source>(), own: new WeakMap<Source, Source>() };

/**
 * The policy's source for a timescale, with the Code provision from the Code table (`provision`,
 * the table's number for this timescale): the data's own `provision` is never cited, so a policy
 * whose data names another provision still cites the right one (the lint notes the difference,
 * `source-cites-other-provision`). Under a scheme not measured against the Code no provision is
 * cited. Under a built-in policy the result is kept per source object, so every deadline shares one
 * source object; a source that already cites the table's provision is returned as it is.
 */
function withCode(s: Source, provision: string, ctx: LifecycleContext): Source {
  // A policy measured against another scheme's model procedure cites its own sources, not the Code.
  const byCode = schemeCoreOf(ctx.policy).measuredAgainst === 'code-2024';
  if (byCode ? s.provision === provision : s.provision === undefined) return s;
  // Kept only for a built-in policy's sources, which cannot change; a host's own may change in place.
  const cache = !isValidated(ctx.policy) ? undefined : byCode ? cited.code : cited.own;
  let out = cache?.get(s);
  if (out === undefined) {
    if (byCode) out = { ...s, provision };
    else {
      const { provision: _notCited, ...own } = s;
      out = own;
    }
    // Frozen: every deadline citing this source is handed the same object.
    Object.freeze(out);
    cache?.set(s, out);
  }
  return out;
}

/** Extended response deadlines' sources, kept per pair of source objects (the response's as cited, the extension rule's). */
const extendedSources = new WeakMap<Source, WeakMap<Source, Source>>();

/**
 * The source of a response deadline moved by extensions: the response timescale's as cited (see
 * {@link withCode}), with the Code table's extension provision after its own when it cites the
 * Code, and the extension rule's policy section after the response's.
 */
function extended(respond: Source, extension: Source, provision: string, keep: boolean): Source {
  let byExtension = keep ? extendedSources.get(respond) : undefined;
  if (keep && byExtension === undefined) {
    byExtension = new WeakMap();
    extendedSources.set(respond, byExtension);
  }
  let out = byExtension?.get(extension);
  if (out === undefined) {
    const sections = [...new Set([respond.policy, extension.policy].flatMap((p) => (p === undefined ? [] : p.split(',').map((x) => x.trim()))))];
    out = {
      ...respond,
      // `respond` is already as cited: it has a provision only where the Code is cited.
      ...(respond.provision === undefined ? {} : { provision: `${respond.provision}, ${provision}` }),
      ...(sections.length === 0 ? {} : { policy: sections.join(', ') }),
    };
    Object.freeze(out);
    byExtension?.set(extension, out);
  }
  return out;
}
