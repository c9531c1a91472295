/**
 * Every deadline that applies to a complaint now, how it was worked out, and where it stands.
 */
import { argumentError, describeValue } from '../core/guard.js';
import { expectComplaint, expectLifecycleContext } from './guards.js';
import { HousingComplaintsError } from '../core/errors.js';
import { NOT_IN_LIFECYCLE_SOURCE, notInLifecycle } from './errors.js';
import { assertCalendarRegion } from '../core/region.js';
import type { Source } from '../core/source.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { isIsoDate } from '../calendar/dates.js';
import { supportedOffset } from '../calendar/names.js';
import { dateOutsideRange, dateRangeError } from '../calendar/supported.js';
import { boundContextOrThrow, type LifecycleContext } from './context.js';
import { asOfBound } from './reducer.js';
import { acknowledgementBenchmark, acknowledgementDue, addDays, escalationWindow, responseBenchmark, responseDue, type Due } from './timing.js';
import type { Complaint, Deadline, DeadlineKind, DeadlineStatus, ResponseRecord, Stage1Record, Stage2Record } from './types.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * Where a deadline stands on `asOf`: `met` or `met-late` once done (on or before `asOf`), otherwise
 * `pending` before the due date, `due-today` on it and `overdue` after it.
 *
 * @example
 * ```ts
 * deadlineStatus('2025-01-08', undefined, '2025-01-08'); // 'due-today'
 * deadlineStatus('2025-01-08', '2025-01-09', '2025-01-10'); // 'met-late'
 * ```
 */
export function deadlineStatus(dueBy: string, metOn: string | undefined, asOf: string): DeadlineStatus {
  if (typeof dueBy !== 'string') throw argumentError({ fn: 'deadlineStatus', path: 'dueBy' }, 'date', 'a date YYYY-MM-DD', dueBy);
  if (metOn !== undefined && typeof metOn !== 'string') throw argumentError({ fn: 'deadlineStatus', path: 'metOn' }, 'date', 'a date YYYY-MM-DD or undefined', metOn);
  if (typeof asOf !== 'string') throw argumentError({ fn: 'deadlineStatus', path: 'asOf' }, 'date', 'a date YYYY-MM-DD', asOf);
  return statusOf(dueBy, metOn, asOf);
}

/**
 * Lists every deadline that applies to the complaint now: the stage 1 acknowledgement and
 * response (with extensions), the escalation window, the stage 2 acknowledgement and response
 * (with extensions), each Ombudsman evidence request (policy `ombudsmanEvidence`), each remedy's
 * due date (Code 7.3), each outstanding action's and each Ombudsman order's due date (Code 6.6,
 * 6.17, 9.7(c)) and each adjustment's next review (Code 5.10). Anchors and working days come
 * from the policy; each deadline carries its basis and source. With `asOf` (a date `YYYY-MM-DD` or
 * an instant) each also has a status, and the answer is point in time: as the complaint stood at
 * the end of that London date, the same as replaying only the events dated on or before it (an
 * extension, escalation or response recorded later does not count; no deadline before receipt).
 *
 * Deadlines that never began (a stage 1 response for a complaint refused at receipt, anything left
 * undone when a complaint was withdrawn) are left out. For the escalation window, `met` means the
 * complainant asked in time, `met-late` late (accepted with discretion), and `overdue` that the
 * window has closed without a request.
 *
 * @example
 * ```ts
 * for (const d of deadlines(complaint, context, '2025-01-10')) {
 *   if (d.status === 'overdue') console.log(d.kind, d.dueBy, d.basis.source);
 * }
 * ```
 */
export function deadlines(complaint: Complaint, context0: LifecycleContext, asOf?: string): Deadline[] {
  return deadlinesFor('deadlines', asOfBound, complaint, context0, asOf, ALL_DEADLINE_PARTS);
}

/**
 * {@link deadlines} for `fn`, with `then` giving the complaint as it stood at the end of a date
 * (`asOfBound`, over every event's definition, or a `createLifecycle`'s over the ones it was given).
 *
 * @internal
 * @example
 * ```ts
 * return deadlinesFor('deadlines', asOfBound, complaint, context, '2025-01-10', ALL_DEADLINE_PARTS);
 * ```
 */
export function deadlinesFor(
  fn: string,
  then: typeof asOfBound,
  complaint: Complaint,
  context0: LifecycleContext,
  asOf: string | undefined,
  parts: readonly DeadlinePart[],
  takes?: EventTaken,
): Deadline[] {
  expectComplaint(fn, complaint);
  expectLifecycleContext(fn, context0);
  const context = boundContextOrThrow(complaint, context0, fn);
  assertCalendarRegion(context, fn);
  const today = asOf === undefined ? undefined : asOfDate(asOf, context, fn);
  // Point in time: the complaint as it stood at the end of `asOf` (events dated later do not count).
  const c = today === undefined ? complaint : then(complaint, context, today);
  if (c === undefined) return [];
  if (takes !== undefined) expectEventsTaken(fn, c, takes);
  return deadlinesOf(c, context, today, parts);
}

/** The event types a `createLifecycle` takes, and their list for messages. @internal */
export interface EventTaken {
  readonly has: (type: string) => boolean;
  readonly list: string;
}

/**
 * A `createLifecycle`'s deadlines work out the kinds of deadline its event types give rise to, so a
 * complaint whose history (as of the date asked about) holds another type, replayed elsewhere, is
 * refused, as its replay refuses such an event, rather than given a partial list.
 */
function expectEventsTaken(fn: string, complaint: Complaint, takes: EventTaken): void {
  const h = complaint.history;
  for (let i = 0; i < h.length; i++) {
    const type = (h[i] as { event?: { type?: unknown } } | undefined)?.event?.type;
    if (typeof type === 'string' && !takes.has(type)) {
      throw new HousingComplaintsError(
        'event-not-in-lifecycle',
        `${fn}: ${notInLifecycle(`complaint.history.${i}.event`, type, takes.list, 'deadlines')}`,
        { path: `complaint.history.${i}.event.type`, source: NOT_IN_LIFECYCLE_SOURCE },
      );
    }
  }
}

/** How deadlinesOf records one deadline: its kind, when due, when met, its reference, whether the library counted it. */
type Push = (kind: DeadlineKind, due: Due | undefined, metOn: string | undefined, ref: string | undefined, counted: boolean) => void;

/**
 * One kind of deadline that only some event types give rise to (the escalation window and remedies
 * come with a response, an Ombudsman's orders with a determination, ...): its `rank` places it
 * among the others (below 2, between the stage 1 and stage 2 deadlines; above, after them), and
 * `add` records its deadlines of a complaint. A `createLifecycle` works out the parts of the event
 * types it was given (each kit names its own), so a bundle does not load the others; `deadlines`
 * works out every part.
 *
 * @internal
 * @example
 * ```ts
 * deadlinesFor('deadlines', asOfBound, complaint, context, '2025-01-10', [ESCALATION_WINDOW_PART]);
 * ```
 */
export interface DeadlinePart {
  readonly rank: number;
  readonly add: (complaint: Complaint, context: LifecycleContext, push: Push) => void;
}

const responseOf = (s: Stage1Record | Stage2Record | undefined): ResponseRecord | undefined => (s !== undefined && 'response' in s ? (s.response as ResponseRecord) : undefined);
const stage2Of = (c: Complaint): Stage2Record | undefined => ('stage2' in c ? c.stage2 : undefined);

/** The escalation window, once the stage 1 response is sent (responded). @internal */
export const ESCALATION_WINDOW_PART: DeadlinePart = {
  rank: 1,
  add(complaint, context, push) {
    if ('response' in complaint.stage1) push('escalation-window', escalationWindow(complaint, context), stage2Of(complaint)?.requestedOn, undefined, true);
  },
};

/** The Ombudsman's requests for evidence (ombudsman-evidence-requested). @internal */
export const EVIDENCE_PART: DeadlinePart = {
  rank: 3,
  add(complaint, context, push) {
    const evidence = context.policy.ombudsmanEvidence;
    const requests = complaint.ombudsman.evidenceRequests;
    if (evidence === null || requests.length === 0) return;
    for (let i = 0; i < requests.length; i++) {
      const q = requests[i]!;
      push('ombudsman-evidence', { dueBy: addDays(q.requestedOn, evidence.workingDays, context), anchor: q.requestedOn, anchorKind: 'evidence-request', workingDays: evidence.workingDays, source: evidence.source }, q.providedOn, q.id, true);
    }
  },
};

/** The remedies each response offers (responded). @internal */
export const REMEDIES_PART: DeadlinePart = {
  rank: 4,
  add(complaint, context, push) {
    const r1 = responseOf(complaint.stage1);
    const r2 = responseOf(stage2Of(complaint));
    const remedies = (r1?.remedies.length ?? 0) + (r2?.remedies.length ?? 0) > 0 ? remedySource(context) : undefined;
    // The two responses in turn, without a list made for them (this runs for every complaint).
    for (let k = 0; k < 2; k++) {
      const r = k === 0 ? r1 : r2;
      if (r === undefined || r.remedies.length === 0) continue;
      const on = r.on;
      for (let i = 0; i < r.remedies.length; i++) {
        const m = r.remedies[i]!;
        push('remedy', { dueBy: m.dueBy, anchor: on, anchorKind: 'remedy-offer', workingDays: context.calendar.workingDaysBetween(on, m.dueBy), source: remedies! }, m.completedOn, m.id, false);
      }
    }
  },
};

/** The outstanding actions each response states with a date (responded). @internal */
export const ACTIONS_PART: DeadlinePart = {
  rank: 5,
  add(complaint, context, push) {
    const r1 = responseOf(complaint.stage1);
    const r2 = responseOf(stage2Of(complaint));
    for (let k = 0; k < 2; k++) {
      const r = k === 0 ? r1 : r2;
      if (r === undefined || r.outstandingActions.length === 0) continue;
      const on = r.on;
      for (let i = 0; i < r.outstandingActions.length; i++) {
        const a = r.outstandingActions[i]!;
        if (a.dueBy === undefined) continue;
        push('outstanding-action', { dueBy: a.dueBy, anchor: on, anchorKind: 'response', workingDays: context.calendar.workingDaysBetween(on, a.dueBy), source: ACTION_SOURCE }, a.completedOn, a.id, false);
      }
    }
  },
};

/** The Ombudsman's orders with a date (ombudsman-determination). @internal */
export const ORDERS_PART: DeadlinePart = {
  rank: 6,
  add(complaint, context, push) {
    const determinations = complaint.ombudsman.determinations;
    for (let k = 0; k < determinations.length; k++) {
      const d = determinations[k]!;
      for (let i = 0; i < d.orders.length; i++) {
        const o = d.orders[i]!;
        if (o.dueBy === undefined) continue;
        push('ombudsman-order', { dueBy: o.dueBy, anchor: d.on, anchorKind: 'determination', workingDays: context.calendar.workingDaysBetween(d.on, o.dueBy), source: ORDER_SOURCE }, o.compliedOn, o.id, false);
      }
    }
  },
};

/** The reviews of reasonable adjustments kept under review (adjustment-recorded). @internal */
export const ADJUSTMENTS_PART: DeadlinePart = {
  rank: 7,
  add(complaint, context, push) {
    const adjustments = complaint.adjustments;
    for (let i = 0; i < adjustments.length; i++) {
      const a = adjustments[i]!;
      if (a.reviewEveryWorkingDays === undefined) continue;
      const last = a.reviewedOn[a.reviewedOn.length - 1] ?? a.recordedOn;
      push('adjustment-review', { dueBy: addDays(last, a.reviewEveryWorkingDays, context), anchor: last, anchorKind: 'last-review', workingDays: a.reviewEveryWorkingDays, source: ADJUSTMENT_SOURCE }, undefined, a.id, true);
    }
  },
};

/**
 * Code 5.9: once update intervals are agreed (update-sent, extension-granted), the next update is
 * due that many working days after the agreement or the last update, for as long as a response is
 * awaited. @internal
 */
export const UPDATES_PART: DeadlinePart = {
  rank: 8,
  add(complaint, context, push) {
    const intervals = complaint.updateIntervals;
    const awaiting = complaint.status === 'received' || complaint.status === 'stage-1' || complaint.status === 'stage-2-requested' || complaint.status === 'stage-2';
    if (awaiting && intervals?.agreedEveryWorkingDays !== undefined && intervals.agreedOn !== undefined) {
      const lastUpdate = complaint.updates[complaint.updates.length - 1]?.on;
      const from = lastUpdate !== undefined && lastUpdate > intervals.agreedOn ? lastUpdate : intervals.agreedOn;
      push('complainant-update', { dueBy: addDays(from, intervals.agreedEveryWorkingDays, context), anchor: from, anchorKind: 'last-update', workingDays: intervals.agreedEveryWorkingDays, source: intervals.source }, undefined, undefined, true);
    }
  },
};

/** Every part, in rank order: what `deadlines` works out. */
const ALL_DEADLINE_PARTS: readonly DeadlinePart[] = [ESCALATION_WINDOW_PART, EVIDENCE_PART, REMEDIES_PART, ACTIONS_PART, ORDERS_PART, ADJUSTMENTS_PART, UPDATES_PART];

/** The deadlines of the complaint as given, with statuses as of `today` when given. */
function deadlinesOf(complaint: Complaint, context: LifecycleContext, today: string | undefined, parts: readonly DeadlinePart[]): Deadline[] {
  const out: Deadline[] = [];
  const ended = complaint.status === 'refused' || complaint.status === 'withdrawn';
  // `counted`: a deadline counted in working days by the library (one the host or the Ombudsman set is not).
  const push: Push = (kind, due, metOn, ref, counted) => {
    if (due === undefined) return;
    if (ended && metOn === undefined && (kind.startsWith('stage-') || kind === 'escalation-window')) return;
    const basis: Deadline['basis'] =
      due.extensionWorkingDays === undefined
        ? { anchor: due.anchor, anchorKind: due.anchorKind, workingDays: due.workingDays, source: due.source }
        : { anchor: due.anchor, anchorKind: due.anchorKind, workingDays: due.workingDays, extensionWorkingDays: due.extensionWorkingDays, source: due.source };
    const d: { -readonly [K in keyof Deadline]: Deadline[K] } = { kind, dueBy: due.dueBy, basis };
    if (ref !== undefined) d.ref = ref;
    if (today !== undefined) d.status = statusOf(due.dueBy, metOn, today);
    if (d.status === 'overdue') d.workingDaysOverdue = context.calendar.workingDaysBetween(due.dueBy, today!);
    if (metOn !== undefined) d.metOn = metOn;
    if (due.benchmark === true) d.benchmark = true;
    const provisional = counted ? provisionalOf(due, context) : undefined;
    if (provisional !== undefined) d.provisional = provisional;
    out.push(d);
  };

  const s1 = complaint.stage1;
  const refusedAtReceipt = complaint.status === 'refused' && complaint.refusal.stage === 1;
  const s2: Stage2Record | undefined = 'stage2' in complaint ? complaint.stage2 : undefined;
  // Taken straight to stage 2 (policy escalation.direct): no stage 1 response is owed, and no window applies.
  const direct = s2 !== undefined && !('response' in s1);
  // Handled at stage 2 from receipt (a received event with `direct`): no stage 1 acknowledgement was owed either.
  const atReceipt = s2?.escalation.atReceipt === true;
  if (!refusedAtReceipt && !atReceipt) {
    push('stage-1-acknowledgement', acknowledgementDue(complaint, 1, context) ?? acknowledgementBenchmark(complaint, 1, context), 'acknowledgedOn' in s1 ? s1.acknowledgedOn : undefined, undefined, true);
    if (!direct) push('stage-1-response', responseDue(complaint, 1, context) ?? responseBenchmark(complaint, 1, context), 'response' in s1 ? s1.response.on : undefined, undefined, true);
  }
  // The parts placed between the stages (the escalation window), then stage 2, then the others.
  let p = 0;
  for (; p < parts.length && parts[p]!.rank < 2; p++) parts[p]!.add(complaint, context, push);
  if (s2 !== undefined) {
    const refusedAtStage2 = complaint.status === 'refused';
    if (!refusedAtStage2) {
      push('stage-2-acknowledgement', acknowledgementDue(complaint, 2, context) ?? acknowledgementBenchmark(complaint, 2, context), acknowledgedOn(s2), undefined, true);
      push('stage-2-response', responseDue(complaint, 2, context) ?? responseBenchmark(complaint, 2, context), respondedOn(s2), undefined, true);
    }
  }

  for (; p < parts.length; p++) parts[p]!.add(complaint, context, push);
  return out;
}

/** {@link deadlineStatus} for the library's own dates (already strings): the same answer, without the argument checks. */
function statusOf(dueBy: string, metOn: string | undefined, asOf: string): DeadlineStatus {
  if (metOn !== undefined && metOn <= asOf) return metOn <= dueBy ? 'met' : 'met-late';
  return asOf < dueBy ? 'pending' : asOf === dueBy ? 'due-today' : 'overdue';
}

/** The first year after the calendar's published list that a counted deadline runs into, if any. */
function provisionalOf(due: Due, context: LifecycleContext): Deadline['provisional'] {
  const through = context.calendar.publishedThrough;
  if (typeof through !== 'number') return undefined;
  // Dates YYYY-MM-DD compare as text: a due date in a year after `through` is after its last day.
  if (due.dueBy <= lastDayOf(through)) return undefined;
  return { year: Math.max(through + 1, Number(due.anchor.slice(0, 4))), publishedThrough: through };
}

let lastYear = Number.NaN;
let lastDay = '';
/** The last day of `year`, as text (the calendar's last published year: the same every call). */
function lastDayOf(year: number): string {
  if (year !== lastYear) {
    lastDay = `${year}-12-31`;
    lastYear = year;
  }
  return lastDay;
}

// Read from the Code table by pure functions, so a bundle that does not use them drops them.
const ACTION_SOURCE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: `${CODE_2024.outstandingActions[0].provision}, ${CODE_2024.outstandingActions[1].provision}` }))());
const ADJUSTMENT_SOURCE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.adjustments.provision }))());
const ORDER_SOURCE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.governingBody.ombudsmanOutcomes.provision, note: "the Ombudsman's orders, tracked to compliance" }))());

function remedySource(context: LifecycleContext): Source {
  const policy = context.policy.remedies[0]?.source.policy ?? context.policy.financialRemedies.source.policy;
  const provision = CODE_2024.remedyTracking.provision;
  return policy === undefined ? { provision } : { provision, policy };
}

function acknowledgedOn(s: Stage1Record | Stage2Record): string | undefined {
  return 'acknowledgedOn' in s ? (s.acknowledgedOn as string) : undefined;
}

function respondedOn(s: Stage1Record | Stage2Record): string | undefined {
  return 'response' in s ? (s.response as { on: string }).on : undefined;
}

function asOfDate(asOf: string, context: LifecycleContext, fn: string): string {
  let day: string;
  if (typeof asOf === 'string' && asOf.length === 10) {
    // A supported date, read once: nothing more to check.
    if (supportedOffset(asOf) >= 0) return asOf;
    if (!isIsoDate(asOf)) throw new HousingComplaintsError('invalid-date', `${fn}: asOf must be a date YYYY-MM-DD or an instant, got ${describeValue(asOf)}`, { path: 'asOf', rule: 'date' });
    day = asOf;
  } else {
    try {
      day = context.calendar.londonDate(asOf);
    } catch {
      throw new HousingComplaintsError('invalid-date', `${fn}: asOf must be a date YYYY-MM-DD or an instant with an offset, got ${describeValue(asOf)}`, { path: 'asOf', rule: 'date' });
    }
  }
  // The supported range (SUPPORTED_DATES), by the London date: the same dates the events take.
  const side = dateOutsideRange(day);
  if (side !== undefined) throw dateRangeError(fn, 'asOf', asOf, side);
  return day;
}

/**
 * The organisation's deadlines that are overdue on `asOf`, most overdue first: the list a
 * complaints officer works from. The escalation window is the complainant's time, not a duty of
 * the organisation, so it is never listed here.
 *
 * @example
 * ```ts
 * const late = complaints.flatMap((c) => overdue(c, context, '2025-01-10').map((d) => ({ id: c.id, ...d })));
 * ```
 */
export function overdue(complaint: Complaint, context: LifecycleContext, asOf: string): Deadline[] {
  expectComplaint('overdue', complaint);
  expectLifecycleContext('overdue', context);
  if (asOf === undefined) throw argumentError({ fn: 'overdue', path: 'asOf' }, 'date', 'a date YYYY-MM-DD or an instant', asOf);
  return deadlinesFor('overdue', asOfBound, complaint, context, asOf, ALL_DEADLINE_PARTS)
    .filter((d) => d.status === 'overdue' && d.kind !== 'escalation-window' && d.benchmark !== true)
    .sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0));
}
