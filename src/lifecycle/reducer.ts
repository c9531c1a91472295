/**
 * The state machine: `startComplaint`, `applyEvent`, `replay` and `allowedEvents`. Pure: inputs are
 * never mutated; a rejected event returns an error and the caller keeps the complaint it had.
 */
import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import { type Result, ok, err } from '../core/result.js';
import type { Source } from '../core/source.js';
import { checkResponseContents, responseContentsOptions } from '../outcomes/contents.js';
import { decideOutcome } from '../outcomes/decide.js';
import type { Procedure } from '../policy/schema.js';
import type { LifecycleContext } from './context.js';
import { accepts, TRANSITIONS, type EventFor } from './transitions.js';
import { addDays, escalationWindow, extensionTotal, responseDue, stageRecord } from './timing.js';
import {
  type AcknowledgedEvent,
  type AdditionalIssueRaisedEvent,
  type AdjustmentRecordedEvent,
  type ClosedEvent,
  type Complaint,
  type ComplaintDefinition,
  type ComplaintIn,
  type EscalationAcknowledgedEvent,
  type EscalationRequestedEvent,
  type EventType,
  type ExtensionGrantedEvent,
  type HistoryEntry,
  type LifecycleError,
  type LifecycleErrorCode,
  type OmbudsmanDeterminationEvent,
  type DeterminationRecord,
  type ReceivedEvent,
  type RefusedEvent,
  type RespondedEvent,
  type Stage1Record,
  type Stage2Record,
  type Stage1Responded,
  type Stage2Acknowledged,
  type ExtensionRecord,
  type EscalationRecord,
  type ResponseRecord,
  LifecycleEvent,
  ReceivedEvent as ReceivedEventSchema,
  Complaint as ComplaintSchema,
  STATUSES,
} from './types.js';

type Res = Result<Complaint, LifecycleError>;

const fail = (code: LifecycleErrorCode, message: string, source: Source, path?: string): Result<never, LifecycleError> =>
  err(path === undefined ? { code, message, source } : { code, message, source, path });

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/**
 * A rule's source: the Code provision, and the policy's own section where the policy cites one
 * (the built-in Code policy has no sections; a co-op policy does).
 */
function cite(provision: string | undefined, policySection: string | undefined, note?: string): Source {
  return {
    ...(provision === undefined ? {} : { provision }),
    ...(policySection === undefined ? {} : { policy: policySection }),
    ...(note === undefined ? {} : { note }),
  };
}

/** The policy's sections for procedures, remedies, the Ombudsman, and an exclusion ground. */
const sectionOf = {
  procedures: (ctx: LifecycleContext) => ctx.policy.procedures[0]?.source.policy,
  remedies: (ctx: LifecycleContext) => ctx.policy.remedies[0]?.source.policy ?? ctx.policy.financialRemedies.source.policy,
  ombudsman: (ctx: LifecycleContext) => ctx.policy.ombudsmanEvidence?.source.policy ?? ctx.policy.ombudsman.source.policy,
  ground: (ctx: LifecycleContext, ground: string) => ctx.policy.exclusions.find((x) => x.ground === ground)?.source.policy,
};

// ---------------------------------------------------------------------------------------------
// Input checks
// ---------------------------------------------------------------------------------------------

/**
 * Validates untrusted input as a lifecycle event (its zod schema), naming the field at fault.
 *
 * @example
 * ```ts
 * const e = parseEvent(JSON.parse(body));
 * if (!e.ok) return e.error; // { code: 'invalid-event', path: 'event.at', ... }
 * ```
 */
export function parseEvent(input: unknown, path = 'event'): Result<LifecycleEvent, LifecycleError> {
  const r = z.safeParse(LifecycleEvent, input);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? path : `${path}.${issue.path.join('.')}`;
  const type = typeof input === 'object' && input !== null && 'type' in input ? String((input as { type: unknown }).type) : undefined;
  return fail(
    'invalid-event',
    `${where} is invalid${type === undefined ? '' : ` (event '${type}')`}: ${issue?.message ?? 'unknown problem'}`,
    { note: 'event schema' },
    where,
  );
}

/** The London date of an event's `at` (already checked by the schema). */
function dateOf(at: string, ctx: LifecycleContext, path: string): Result<string, LifecycleError> {
  if (at.length === 10) return ok(at);
  try {
    return ok(ctx.calendar.londonDate(at));
  } catch {
    return fail('invalid-time', `${path}.at is not a valid instant: '${at}'`, { note: 'instants are converted to their Europe/London calendar date' }, `${path}.at`);
  }
}

function procedureOf(ctx: LifecycleContext, id: string | undefined): Procedure | undefined {
  return id === undefined ? undefined : ctx.policy.procedures.find((p) => p.id === id);
}

function checkProcedure(ctx: LifecycleContext, id: string | undefined, path: string): Result<Procedure | undefined, LifecycleError> {
  if (id === undefined) return ok(undefined);
  const p = procedureOf(ctx, id);
  if (p === undefined) {
    return fail(
      'unknown-procedure',
      `${path} '${id}' is not a procedure of policy '${ctx.policy.id}' (one of ${ctx.policy.procedures.map((q) => `'${q.id}'`).join(', ')})`,
      cite(undefined, sectionOf.procedures(ctx), 'policy.procedures'),
      path,
    );
  }
  return ok(p);
}

function checkRoles(ctx: LifecycleContext, roles: readonly string[] | undefined, path: string): Result<true, LifecycleError> {
  if (roles === undefined) return ok(true);
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i]!;
    if (!Object.hasOwn(ctx.policy.roles, role)) {
      return fail('unknown-role', `${path}[${i}] '${role}' is not a role of policy '${ctx.policy.id}'`, cite(undefined, sectionOf.procedures(ctx), 'policy.roles'), `${path}.${i}`);
    }
  }
  return ok(true);
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * Starts a complaint from its `received` event (untrusted input is validated).
 *
 * @example
 * ```ts
 * const r = startComplaint({ type: 'received', at: '2024-12-20T10:00:00Z', complaintId: 'C-1', channel: 'email' }, context);
 * if (r.ok) r.value.status; // 'received'
 * ```
 */
export function startComplaint(input: unknown, context: LifecycleContext): Result<Complaint, LifecycleError> {
  if (typeof input === 'object' && input !== null && (input as { type?: unknown }).type !== 'received') {
    return fail('first-event-not-received', `a complaint starts with a 'received' event, got '${String((input as { type?: unknown }).type)}'`, { provision: '5.12', note: 'the original complaint and the date received' }, 'event.type');
  }
  const parsed = z.safeParse(ReceivedEventSchema, input);
  if (!parsed.success) {
    const e = parseEvent(input, 'event');
    if (!e.ok) return e;
    return fail('invalid-event', 'event is not a received event', { note: 'event schema' }, 'event');
  }
  return startTrusted(parsed.data, context, 'event');
}

function startTrusted(e: ReceivedEvent, ctx: LifecycleContext, path: string): Res {
  const on = dateOf(e.at, ctx, path);
  if (!on.ok) return on;
  const proc = checkProcedure(ctx, e.procedure, `${path}.procedure`);
  if (!proc.ok) return proc;
  const roles = checkRoles(ctx, e.notified, `${path}.notified`);
  if (!roles.ok) return roles;
  const complaint: ComplaintIn<'received'> = {
    status: 'received',
    id: e.complaintId,
    policyId: ctx.policy.id,
    receivedOn: on.value,
    channel: e.channel,
    ...(e.summary === undefined ? {} : { summary: e.summary }),
    ...(e.representative === undefined ? {} : { representative: e.representative }),
    ...(e.category === undefined ? {} : { category: e.category }),
    ...(e.procedure === undefined ? {} : { procedure: e.procedure }),
    notifications: (e.notified ?? []).map((role) => ({ role, on: on.value })),
    additionalIssues: [],
    adjustments: [],
    updates: [],
    ombudsman: { referrals: [], evidenceRequests: [], determinations: [] },
    history: [{ on: on.value, event: e }],
    stage1: { stage: 1, requestedOn: on.value, extensions: [], clarifications: [] },
  };
  return ok(shaped(complaint));
}

/**
 * The events `applyEvent` takes for a complaint of type `C`: for a complaint whose status is known
 * (`ComplaintIn<'stage-1'>`), only the events that status accepts; for a complaint of unknown status
 * (`Complaint`), any event, checked at run time.
 *
 * @example
 * ```ts
 * type T = EventInput<ComplaintIn<'stage-2-requested'>>['type']; // 'escalation-acknowledged' | 'refused' | ...
 * ```
 */
export type EventInput<C extends Complaint> = Complaint extends C ? LifecycleEvent : EventFor<C['status']>;

/**
 * Applies one event to a complaint and returns the new complaint, or an error naming the rule that
 * refused it (the complaint passed in is unchanged either way). The event is validated at run time
 * too, so untyped input is safe; in TypeScript the event must be one the complaint's status accepts.
 *
 * @example
 * ```ts
 * const r = applyEvent(complaint, { type: 'acknowledged', at: '2024-12-23', procedure: 'A', handler: 'co-1',
 *   definition: { issues: [{ id: 'repair', summary: 'Boiler repair late' }], outcomesSought: ['Repair'] } }, context);
 * if (!r.ok) console.log(r.error.code, r.error.source);
 * ```
 */
export function applyEvent<C extends Complaint>(complaint: C, event: EventInput<C>, context: LifecycleContext): Result<Complaint, LifecycleError> {
  const c = complaint as unknown as { status?: unknown; history?: unknown } | null;
  if (typeof c !== 'object' || c === null || !isStatus(c.status) || !Array.isArray(c.history)) {
    return fail('invalid-complaint', 'complaint is not a complaint built by this library (read stored complaints back with parseComplaint, or rebuild them with replay)', { note: 'Complaint schema' }, 'complaint');
  }
  const parsed = parseEvent(event, 'event');
  if (!parsed.ok) return parsed;
  return applyTrusted(complaint, parsed.value, context, 'event');
}

const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);
function isStatus(status: unknown): boolean {
  return STATUS_SET.has(status);
}

/**
 * Validates a complaint read back from storage (JSON) against the {@link Complaint} schema.
 * Storing events and replaying them is the usual way; this is for hosts that also cache the
 * complaint itself.
 *
 * @example
 * ```ts
 * const r = parseComplaint(JSON.parse(row.complaint));
 * if (r.ok) deadlines(r.value, context, '2025-01-10');
 * ```
 */
export function parseComplaint(input: unknown): Result<Complaint, LifecycleError> {
  const r = z.safeParse(ComplaintSchema, input);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'complaint' : `complaint.${issue.path.join('.')}`;
  return fail('invalid-complaint', `${where} is invalid: ${issue?.message ?? 'unknown problem'}`, { note: 'Complaint schema' }, where);
}

/**
 * Builds a complaint from its stored events, in order: the first must be `received`. Each event is
 * validated once; the first error is returned with its index in `path` (`events[3].reviewer`).
 *
 * @example
 * ```ts
 * const r = replay(JSON.parse(row.events), context);
 * if (r.ok) deadlines(r.value, context, '2025-01-10');
 * ```
 */
export function replay(events: readonly unknown[], context: LifecycleContext): Result<Complaint, LifecycleError> {
  if (!Array.isArray(events) || events.length === 0) {
    return fail('no-events', 'replay needs a non-empty array of events, starting with received', { provision: '5.12' }, 'events');
  }
  const first = events[0] as { type?: unknown } | null;
  if (typeof first !== 'object' || first === null || first.type !== 'received') {
    return fail('first-event-not-received', `events[0] must be a 'received' event`, { provision: '5.12', note: 'the original complaint and the date received' }, 'events[0].type');
  }
  const p0 = parseEvent(first, 'events[0]');
  if (!p0.ok) return p0;
  let r = startTrusted(p0.value as ReceivedEvent, context, 'events[0]');
  for (let i = 1; i < events.length && r.ok; i++) {
    const path = `events[${i}]`;
    const p = parseEvent(events[i], path);
    if (!p.ok) return p;
    r = applyTrusted(r.value, p.value, context, path);
  }
  return r;
}

/**
 * The event types the complaint accepts next under the policy: the status table, narrowed by what
 * the complaint holds (an open clarification, an open evidence request, an uncompleted remedy, a
 * stage 1 closure that may still be escalated) and by the policy (a refusal needs an exclusion
 * ground the policy sets out).
 *
 * @example
 * ```ts
 * allowedEvents(complaint, context); // e.g. ['escalation-requested', 'closed', 'additional-issue-raised', ...]
 * ```
 */
export function allowedEvents(complaint: Complaint, context: LifecycleContext): EventType[] {
  const table: readonly EventType[] = TRANSITIONS[complaint.status] ?? [];
  const stage = currentStage(complaint);
  return table.filter((t) =>
    match(t)
      .with('clarification-received', () => stage !== undefined && stage.clarifications.some((q) => q.receivedOn === undefined))
      .with('ombudsman-evidence-requested', () => complaint.ombudsman.referrals.length > 0)
      .with('ombudsman-evidence-provided', () => complaint.ombudsman.evidenceRequests.some((q) => q.providedOn === undefined))
      .with('ombudsman-determination', () => complaint.ombudsman.referrals.length > complaint.ombudsman.determinations.length)
      .with('ombudsman-order-complied', () => allOrders(complaint).some((k) => k.compliedOn === undefined))
      .with('remedy-completed', () => allRemedies(complaint).some((x) => x.completedOn === undefined))
      .with('action-completed', () => allActions(complaint).some((x) => x.completedOn === undefined))
      .with('escalation-requested', () => complaint.status !== 'closed' || complaint.closure.how !== 'stage-2-response')
      .with('refused', () => context.policy.exclusions.length > 0)
      .with('received', () => false)
      .with(
        'accepted',
        'acknowledged',
        'clarification-requested',
        'extension-granted',
        'additional-issue-raised',
        'responded',
        'escalation-acknowledged',
        'withdrawn',
        'closed',
        'ombudsman-referral',
        'adjustment-recorded',
        'update-sent',
        'party-notified',
        () => true,
      )
      .exhaustive(),
  );
}

/**
 * The stage a complaint is at or ended at, by status (a refusal or withdrawal keeps the stage it
 * happened at). A ts-pattern `.exhaustive()` match: a new status breaks the build until placed.
 *
 * @example
 * ```ts
 * stageOf(complaint); // 1 or 2
 * ```
 */
export function stageOf(c: Complaint): 1 | 2 {
  return match(c)
    .with({ status: 'received' }, { status: 'stage-1' }, { status: 'stage-1-responded' }, () => 1 as const)
    .with({ status: 'stage-2-requested' }, { status: 'stage-2' }, () => 2 as const)
    .with({ status: 'refused' }, (r) => r.refusal.stage)
    .with({ status: 'closed' }, (r) => (r.stage2 === undefined ? 1 : 2) as 1 | 2)
    .with({ status: 'withdrawn' }, (r) => (r.stage2 === undefined ? 1 : 2) as 1 | 2)
    .exhaustive();
}

// ---------------------------------------------------------------------------------------------
// The reducer
// ---------------------------------------------------------------------------------------------

/** Applies an already validated event. */
function applyTrusted(c: Complaint, e: LifecycleEvent, ctx: LifecycleContext, path: string): Res {
  if (e.type === 'received') {
    return fail('event-not-allowed', `a complaint is received once; '${c.id}' was received on ${c.receivedOn}`, { provision: '5.12' }, `${path}.type`);
  }
  const on = dateOf(e.at, ctx, path);
  if (!on.ok) return on;
  const last = c.history[c.history.length - 1];
  if (last !== undefined && on.value < last.on) {
    return fail('event-before-previous', `${path}.at (${on.value}) is before the previous event (${last.on}); events are applied in the order they happened`, { provision: '5.12', note: 'a full record of the complaint' }, `${path}.at`);
  }
  if (!accepts(c.status, e.type)) return notAllowed(c, e, path);
  const history: HistoryEntry[] = [...c.history, { on: on.value, event: e }];
  const x: Step = { c, on: on.value, ctx, path, history };
  // Every handler builds the next complaint as `{ ...c, ... }` over keys `c` already has, so the
  // result keeps the one shape `shaped` gave it at the start.
  return (HANDLERS[e.type] as Handler<typeof e.type>)(x, e as never);
}

/**
 * The complaint with every top-level key present, in one order (keys a status does not use are
 * `undefined`, which JSON leaves out). One object shape for every complaint keeps copying cheap:
 * the engine copies a same-shaped object in a few tens of nanoseconds, a differently shaped one
 * in a microsecond or more, and replay copies the complaint once per event.
 */
function shaped(o: Complaint): Complaint {
  const a = o as unknown as Record<keyof ComplaintIn<'closed'> | 'refusal' | 'withdrawal', unknown>;
  return {
    status: a.status,
    id: a.id,
    policyId: a.policyId,
    receivedOn: a.receivedOn,
    channel: a.channel,
    summary: a.summary,
    representative: a.representative,
    category: a.category,
    procedure: a.procedure,
    roleHolders: a.roleHolders,
    acceptedOn: a.acceptedOn,
    discretionReason: a.discretionReason,
    notifications: a.notifications,
    additionalIssues: a.additionalIssues,
    adjustments: a.adjustments,
    updates: a.updates,
    updateIntervals: a.updateIntervals,
    ombudsman: a.ombudsman,
    history: a.history,
    stage1: a.stage1,
    stage2: a.stage2,
    refusal: a.refusal,
    closure: a.closure,
    withdrawal: a.withdrawal,
  } as unknown as Complaint;
}

type Handler<K extends EventType> = (x: Step, ev: Extract<LifecycleEvent, { type: K }>) => Res;

/**
 * One handler per event type. The mapped type makes the table exhaustive: adding an event type
 * breaks the build until it has a handler, as ts-pattern's `.exhaustive()` would. A table is used
 * for this hot path because it dispatches in constant time (ts-pattern object patterns cost about
 * 2 microseconds per event on the benchmark machine, more than the rest of the reducer).
 */
const HANDLERS: { readonly [K in Exclude<EventType, 'received'>]: Handler<K> } = {
  accepted: (x, ev) => {
    const { c, on, ctx, path, history } = x;
    const p = checkProcedure(ctx, ev.procedure, `${path}.procedure`);
    if (!p.ok) return p;
    return ok({
      ...c,
      history,
      acceptedOn: on,
      ...(ev.procedure === undefined ? {} : { procedure: ev.procedure }),
      ...(ev.discretionReason === undefined ? {} : { discretionReason: ev.discretionReason }),
    } as Complaint);
  },
  refused: (x, ev) => refuse(x, ev),
  acknowledged: (x, ev) => acknowledge(x, ev),
  'clarification-requested': (x, ev) =>
    withStage(x, (s) => ({ ...s, clarifications: [...s.clarifications, { requestedOn: x.on, ...(ev.question === undefined ? {} : { question: ev.question }) }] })),
  'clarification-received': (x, ev) => {
    const { c, on, path } = x;
    const s = currentStage(c);
    const i = s === undefined ? -1 : findLastIndex(s.clarifications, (q) => q.receivedOn === undefined);
    if (i < 0) return fail('no-open-clarification', 'no clarification has been asked for that is still unanswered', { provision: '5.6' }, `${path}.type`);
    return withStage(x, (st) => ({
      ...st,
      clarifications: st.clarifications.map((q, k) => (k === i ? { ...q, receivedOn: on, ...(ev.answer === undefined ? {} : { answer: ev.answer }) } : q)),
    }));
  },
  'extension-granted': (x, ev) => extend(x, ev),
  'additional-issue-raised': (x, ev) => additionalIssue(x, ev),
  responded: (x, ev) => respond(x, ev),
  'escalation-requested': (x, ev) => escalate(x, ev),
  'escalation-acknowledged': (x, ev) => acknowledgeEscalation(x, ev),
  withdrawn: (x, ev) => {
    const { c, on, path, history } = x;
    const from = c.status;
    if (from === 'refused' || from === 'closed' || from === 'withdrawn') return notAllowed(c, ev, path);
    return ok({ ...c, history, status: 'withdrawn', withdrawal: { on, from, ...(ev.reason === undefined ? {} : { reason: ev.reason }) } } as Complaint);
  },
  closed: (x, ev) => close(x, ev),
  'ombudsman-referral': (x, ev) => {
    const { c, on, history } = x;
    return ok({
      ...c,
      history,
      ombudsman: { ...c.ombudsman, referrals: [...c.ombudsman.referrals, { on, ...(ev.reference === undefined ? {} : { reference: ev.reference }) }] },
    });
  },
  'ombudsman-evidence-requested': (x, ev) => {
    const { c, on, path, history } = x;
    if (c.ombudsman.referrals.length === 0) {
      return fail('no-ombudsman-referral', 'record the Ombudsman referral before its requests for evidence', cite(undefined, sectionOf.ombudsman(x.ctx)), `${path}.type`);
    }
    if (c.ombudsman.evidenceRequests.some((q) => q.id === ev.requestId)) {
      return fail('duplicate-id', `evidence request '${ev.requestId}' is already recorded`, cite(undefined, sectionOf.ombudsman(x.ctx)), `${path}.requestId`);
    }
    return ok({ ...c, history, ombudsman: { ...c.ombudsman, evidenceRequests: [...c.ombudsman.evidenceRequests, { id: ev.requestId, requestedOn: on }] } });
  },
  'ombudsman-evidence-provided': (x, ev) => {
    const { c, on, path, history } = x;
    const i = c.ombudsman.evidenceRequests.findIndex((q) => q.id === ev.requestId);
    if (i < 0) return fail('unknown-evidence-request', `no evidence request '${ev.requestId}' is recorded`, cite(undefined, sectionOf.ombudsman(x.ctx)), `${path}.requestId`);
    const provided = c.ombudsman.evidenceRequests[i]?.providedOn;
    if (provided !== undefined) {
      return fail('evidence-already-provided', `evidence for request '${ev.requestId}' was provided on ${provided}`, cite(undefined, sectionOf.ombudsman(x.ctx)), `${path}.requestId`);
    }
    return ok({
      ...c,
      history,
      ombudsman: { ...c.ombudsman, evidenceRequests: c.ombudsman.evidenceRequests.map((q, k) => (k === i ? { ...q, providedOn: on } : q)) },
    });
  },
  'ombudsman-determination': (x, ev) => determine(x, ev),
  'ombudsman-order-complied': (x, ev) => complyWithOrder(x, ev.orderId),
  'remedy-completed': (x, ev) => completeRemedy(x, ev.remedyId),
  'action-completed': (x, ev) => completeAction(x, ev.actionId),
  'update-sent': (x, ev) => {
    const { c, on, history } = x;
    const next = { ...c, history, updates: [...c.updates, { on, ...(ev.note === undefined ? {} : { note: ev.note }) }] };
    if (ev.everyWorkingDays === undefined) return ok(next);
    return ok({ ...next, updateIntervals: { ...(c.updateIntervals ?? { source: UPDATE_INTERVALS }), agreedOn: on, agreedEveryWorkingDays: ev.everyWorkingDays } });
  },
  'adjustment-recorded': (x, ev) => recordAdjustment(x, ev),
  'party-notified': (x, ev) => {
    const { c, on, ctx, path, history } = x;
    const r = checkRoles(ctx, [ev.role], `${path}.role`);
    if (!r.ok) return r;
    return ok({ ...c, history, notifications: [...c.notifications, { role: ev.role, on }] });
  },
};

interface Step {
  readonly c: Complaint;
  readonly on: string;
  readonly ctx: LifecycleContext;
  readonly path: string;
  readonly history: HistoryEntry[];
}

const UPDATE_INTERVALS: Source = { provision: '5.9' };
const ACTION_SOURCE: Source = { provision: '6.6, 6.17' };

function notAllowed(c: Complaint, e: LifecycleEvent, path: string): Result<never, LifecycleError> {
  if (e.type === 'escalation-requested' && (c.status === 'stage-2-requested' || c.status === 'stage-2' || c.status === 'closed')) {
    return fail('no-third-stage', `complaint '${c.id}' has already been escalated to stage 2; there is no third stage`, { provision: '5.3', note: 'also 5.2: two stages only' }, `${path}.type`);
  }
  return fail('event-not-allowed', `a complaint in status '${c.status}' does not accept '${e.type}'`, { note: 'lifecycle transitions' }, `${path}.type`);
}

function findLastIndex<T>(xs: readonly T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i] as T)) return i;
  return -1;
}

/** The stage being handled now: stage 2 once requested, else stage 1. */
function currentStage(c: Complaint): Stage1Record | Stage2Record | undefined {
  return 'stage2' in c && c.stage2 !== undefined ? c.stage2 : c.stage1;
}

function withStage(x: Step, f: <S extends Stage1Record | Stage2Record>(s: S) => S): Res {
  const { c, history } = x;
  if ('stage2' in c && c.stage2 !== undefined) return ok({ ...c, history, stage2: f(c.stage2) } as Complaint);
  return ok({ ...c, history, stage1: f(c.stage1) } as Complaint);
}

function refuse(x: Step, ev: RefusedEvent): Res {
  const { c, on, ctx, path, history } = x;
  const stage = c.status === 'stage-2-requested' ? 2 : 1;
  const section = sectionOf.ground(ctx, ev.grounds[0] ?? '') ?? ctx.policy.exclusions[0]?.source.policy;
  const src = (provision: string): Source => cite(stage === 2 ? `${provision}, 5.11` : provision, section);
  if (ev.grounds.length === 0) {
    return fail('refusal-needs-grounds', 'a refusal must give the ground(s) from the policy on which the matter is not accepted', src('2.1, 2.2'), `${path}.grounds`);
  }
  for (let i = 0; i < ev.grounds.length; i++) {
    const g = ev.grounds[i]!;
    if (!ctx.policy.exclusions.some((x) => x.ground === g)) {
      return fail('refusal-ground-not-in-policy', `ground '${g}' is not one the policy sets out; a refusal must rest on a circumstance in the policy`, src('2.2'), `${path}.grounds.${i}`);
    }
  }
  if (blank(ev.writtenReasons)) {
    return fail('refusal-needs-reasons', 'a refusal must be explained to the complainant in writing, with the reasons the matter is not suitable for the complaints process', src('2.4'), `${path}.writtenReasons`);
  }
  // Code 2.4 binds members of the Ombudsman's scheme; a policy outside it (CHS s.3: "CHS will
  // formally write to the client setting out its reasons why") asks for the written reasons only.
  if (ctx.policy.ombudsman.schemeMember && !ev.ombudsmanRightGiven) {
    return fail('refusal-needs-ombudsman-right', 'a refusal must tell the complainant of the right to take the decision to the Ombudsman', src('2.4'), `${path}.ombudsmanRightGiven`);
  }
  const refusal = { on, stage, grounds: ev.grounds, writtenReasons: ev.writtenReasons, ombudsmanRightGiven: ev.ombudsmanRightGiven } as const;
  return ok({ ...c, history, status: 'refused', refusal } as Complaint);
}

function acknowledge(x: Step, ev: AcknowledgedEvent): Res {
  const { c, on, ctx, path, history } = x;
  if (c.status !== 'received') return notAllowed(c, ev, path);
  const p = checkProcedure(ctx, ev.procedure, `${path}.procedure`);
  if (!p.ok) return p;
  const proc = p.value as Procedure;
  const roles = checkRoles(ctx, ev.notified, `${path}.notified`);
  if (!roles.ok) return roles;
  const notifications = [...c.notifications, ...(ev.notified ?? []).map((role) => ({ role, on }))];
  const missing = proc.notifyOnReceipt.filter((role) => !notifications.some((n) => n.role === role));
  if (missing.length > 0) {
    return fail(
      'receipt-notification-missing',
      `under procedure ${proc.id} the receipt must be notified to ${missing.map((r) => ctx.policy.roles[r]?.title ?? r).join(', ')} (${missing.join(', ')}) before the complaint is acknowledged`,
      cite(undefined, proc.source.policy, 'procedure notifyOnReceipt'),
      `${path}.notified`,
    );
  }
  const dup = duplicateIssue(ev.definition);
  if (dup !== undefined) return fail('duplicate-id', `issue id '${dup}' appears twice in the complaint definition`, { provision: '5.6' }, `${path}.definition.issues`);
  const holders = checkRoleHolders(ctx, ev.roleHolders, `${path}.roleHolders`);
  if (!holders.ok) return holders;
  const next: ComplaintIn<'stage-1'> = {
    ...c,
    history,
    status: 'stage-1',
    category: ev.category ?? c.category,
    procedure: proc.id,
    roleHolders: ev.roleHolders === undefined ? c.roleHolders : { ...c.roleHolders, ...ev.roleHolders },
    acceptedOn: c.acceptedOn ?? on,
    notifications,
    stage1: { stage: 1, requestedOn: c.stage1.requestedOn, extensions: c.stage1.extensions, clarifications: c.stage1.clarifications, acknowledgedOn: on, handler: ev.handler, definition: ev.definition },
  };
  return ok(next);
}

function checkRoleHolders(ctx: LifecycleContext, holders: Record<string, string> | undefined, path: string): Result<true, LifecycleError> {
  if (holders === undefined) return ok(true);
  return checkRoles(ctx, Object.keys(holders), path);
}

function duplicateIssue(d: ComplaintDefinition): string | undefined {
  const issues = d.issues;
  for (let i = 1; i < issues.length; i++) {
    for (let j = 0; j < i; j++) if (issues[i]!.id === issues[j]!.id) return issues[i]!.id;
  }
  return undefined;
}

function extend(x: Step, ev: ExtensionGrantedEvent): Res {
  const { c, on, ctx, path } = x;
  const stage = c.status === 'stage-2' ? 2 : 1;
  const provision = stage === 1 ? '6.4' : '6.15';
  const detailsProvision = stage === 1 ? '6.5' : '6.16';
  if (ev.stage !== stage) {
    return fail('extension-wrong-stage', `the complaint is at stage ${stage}; an extension of stage ${ev.stage} cannot be granted now`, { provision }, `${path}.stage`);
  }
  const rules = ctx.policy.stages[stage - 1]!.extension;
  const policySection = rules.source.policy;
  if (blank(ev.reasons)) {
    return fail('extension-needs-reasons', 'the reasons for an extension must be clearly explained to the complainant', cite(provision, policySection), `${path}.reasons`);
  }
  const s = stageRecord(c, stage)!;
  const total = extensionTotal(s) + ev.workingDays;
  // A policy that states no maximum (noUpperLimit; CHS s.5: "CHS will communicate how much extra
  // time is needed to the complainant and the reasons why there will be a delay") asks for the
  // reasons only: no good reason and no agreement point apply.
  const limited = rules.noUpperLimit !== true;
  if (limited && total > rules.withoutGoodReason && blank(ev.goodReason)) {
    return fail(
      'extension-needs-good-reason',
      `extensions at stage ${stage} would total ${total} working days; more than ${rules.withoutGoodReason} needs a good reason`,
      cite(provision, policySection),
      `${path}.goodReason`,
    );
  }
  if (limited && rules.complainantAgreementBeyond !== null && total > rules.complainantAgreementBeyond && ev.complainantAgreed !== true) {
    return fail(
      'extension-needs-agreement',
      `extensions at stage ${stage} would total ${total} working days; beyond ${rules.complainantAgreementBeyond} the complainant must agree (otherwise give the Ombudsman's details so the plan can be challenged)`,
      cite(undefined, policySection, rules.source.policy === undefined ? 'policy stages[].extension.complainantAgreementBeyond' : undefined),
      `${path}.complainantAgreed`,
    );
  }
  if (rules.ombudsmanDetailsRequired && !ev.ombudsmanDetailsGiven) {
    return fail('extension-needs-ombudsman-details', `the complainant must be given the Ombudsman's contact details when told of an extension`, cite(detailsProvision, policySection), `${path}.ombudsmanDetailsGiven`);
  }
  const before = responseDue(c, stage, ctx);
  if (before === undefined) {
    return fail(
      'no-deadline-to-extend',
      `the stage ${stage} response deadline counts from '${ctx.policy.stages[stage - 1]!.respond.anchor}', which has not happened yet; there is no deadline to extend`,
      cite(provision, policySection),
      `${path}.stage`,
    );
  }
  // The new response date: the same timescale from the same anchor, with the new total.
  const respondRule = ctx.policy.stages[stage - 1]!.respond;
  const newDueBy = addDays(before.anchor, respondRule.workingDays + total, ctx);
  const record: ExtensionRecord = {
    on,
    workingDays: ev.workingDays,
    totalWorkingDays: total,
    reasons: ev.reasons,
    complainantAgreed: ev.complainantAgreed ?? false,
    ombudsmanDetailsGiven: ev.ombudsmanDetailsGiven,
    previousDueBy: before.dueBy,
    newDueBy,
    late: on > before.dueBy,
  };
  if (ev.goodReason !== undefined) record.goodReason = ev.goodReason;
  const extended = { ...s, extensions: [...s.extensions, record] };
  const updateIntervals = c.updateIntervals?.requiredSince !== undefined ? c.updateIntervals : { ...(c.updateIntervals ?? { source: UPDATE_INTERVALS }), requiredSince: on };
  const next = stage === 1 ? { ...c, history: x.history, updateIntervals, stage1: extended } : { ...c, history: x.history, updateIntervals, stage2: extended };
  return ok(next as Complaint);
}

function additionalIssue(x: Step, ev: AdditionalIssueRaisedEvent): Res {
  const { c, on, history } = x;
  const source = cite('6.8', sectionOf.ground(x.ctx, 'new-issue-during-investigation'));
  const incorporate = c.status === 'stage-1' && ev.related && ev.wouldUnreasonablyDelay !== true;
  if (incorporate && c.stage1.definition.issues.some((i) => i.id === ev.issue.id)) {
    return fail('duplicate-id', `issue '${ev.issue.id}' is already in the complaint definition`, { provision: '5.6' }, `${x.path}.issue.id`);
  }
  const record = { on, issue: ev.issue, related: ev.related, disposition: incorporate ? 'incorporated' : 'new-complaint', source } as const;
  const next = { ...c, history, additionalIssues: [...c.additionalIssues, record] };
  if (incorporate && c.status === 'stage-1') {
    return ok({ ...next, stage1: { ...c.stage1, definition: { ...c.stage1.definition, issues: [...c.stage1.definition.issues, ev.issue] } } } as Complaint);
  }
  return ok(next as Complaint);
}

function allRemedies(c: Complaint) {
  const out = [];
  if ('response' in c.stage1) out.push(...c.stage1.response.remedies);
  if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) out.push(...c.stage2.response.remedies);
  return out;
}

function allActions(c: Complaint) {
  const out = [];
  if ('response' in c.stage1) out.push(...c.stage1.response.outstandingActions);
  if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) out.push(...c.stage2.response.outstandingActions);
  return out;
}

function respond(x: Step, ev: RespondedEvent): Res {
  const { c, on, ctx, path, history } = x;
  if (c.status !== 'stage-1' && c.status !== 'stage-2') return notAllowed(c, ev, path);
  const stage = c.status === 'stage-1' ? 1 : 2;
  const provision = stage === 1 ? '6.9' : '6.19';
  if (ev.stage !== stage) {
    return fail('response-wrong-stage', `the complaint is at stage ${stage}; a stage ${ev.stage} response cannot be sent now`, { provision: `${provision}(a)` }, `${path}.stage`);
  }
  const s = c.status === 'stage-1' ? c.stage1 : c.stage2;
  // Code 6.7: every point in the complaint definition is addressed.
  for (let i = 0; i < ev.findings.length; i++) {
    const f = ev.findings[i]!;
    if (!s.definition.issues.some((q) => q.id === f.issue || q.summary === f.issue)) {
      return fail('response-unknown-issue', `finding ${i + 1} is on '${f.issue}', which is not an issue in the stage ${stage} complaint definition`, { provision: '6.7' }, `${path}.findings.${i}.issue`);
    }
  }
  for (const q of s.definition.issues) {
    if (!ev.findings.some((f) => f.issue === q.id || f.issue === q.summary)) {
      return fail('response-issue-not-addressed', `the response has no finding on issue '${q.id}' (${q.summary}); all points in the complaint definition must be addressed`, { provision: stage === 1 ? '6.7' : '6.18' }, `${path}.findings`);
    }
  }
  const outcome = decideOutcome(ev.findings);
  const contents = checkResponseContents(
    stage,
    // A transient draft: undefined fields read as "not stated", as the outcomes module expects.
    {
      stage: ev.stage,
      complaintDefinition: ev.definition,
      decision: outcome,
      reasons: ev.reasons,
      remedies: ev.remedies,
      noRemedyReason: ev.noRemedyReason,
      outstandingActions: ev.outstandingActions,
      escalation: ev.escalation,
      ombudsman: ev.ombudsman,
    },
    // The policy's own requirements (responses.ombudsmanAtStage1), as the letters apply them.
    responseContentsOptions(ctx.policy),
  ).filter((f) => f.severity === 'breach');
  const firstGap = contents[0];
  if (firstGap !== undefined) {
    return fail(
      'response-incomplete',
      `the stage ${stage} response is incomplete: ${contents.map((f) => f.message).join(' ')}`,
      firstGap.source,
      firstGap.path === undefined ? path : `${path}.${mapDraftPath(firstGap.path)}`,
    );
  }
  const proc = procedureOf(ctx, c.procedure);
  const roles = proc?.stages[stage - 1];
  if (roles !== undefined && ev.decidedBy !== undefined && ev.decidedBy !== roles.decides) {
    return fail(
      'response-wrong-decider',
      `under procedure ${proc!.id} the stage ${stage} decision is made by ${ctx.policy.roles[roles.decides]?.title ?? roles.decides} ('${roles.decides}'), not '${ev.decidedBy}'`,
      cite(stage === 2 ? '6.13' : undefined, roles.source.policy ?? proc!.source.policy, 'procedure stages[].decides'),
      `${path}.decidedBy`,
    );
  }
  const notified = checkRoles(ctx, ev.notified, `${path}.notified`);
  if (!notified.ok) return notified;
  const remedies = ev.remedies ?? [];
  const known = allRemedies(c).map((r) => r.id);
  for (let i = 0; i < remedies.length; i++) {
    const r = remedies[i]!;
    if (r.dueBy < on) {
      return fail('remedy-due-before-response', `remedy '${r.id}' is due on ${r.dueBy}, before the response that offers it (${on})`, cite('7.3', sectionOf.remedies(ctx)), `${path}.remedies.${i}.dueBy`);
    }
    if (known.includes(r.id)) return fail('duplicate-id', `remedy id '${r.id}' is already used in this complaint`, { provision: '7.3' }, `${path}.remedies.${i}.id`);
    known.push(r.id);
  }
  const actions = ev.outstandingActions ?? [];
  const knownActions = allActions(c).map((a) => a.id);
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    if (a.dueBy !== undefined && a.dueBy < on) {
      return fail('action-due-before-response', `outstanding action '${a.id}' is due on ${a.dueBy}, before the response that states it (${on})`, { provision: stage === 1 ? '6.6' : '6.17' }, `${path}.outstandingActions.${i}.dueBy`);
    }
    if (knownActions.includes(a.id)) return fail('duplicate-id', `outstanding action id '${a.id}' is already used in this complaint`, { provision: stage === 1 ? '6.6' : '6.17' }, `${path}.outstandingActions.${i}.id`);
    knownActions.push(a.id);
  }
  const due = responseDue(c, stage, ctx);
  const response: ResponseRecord = {
    on,
    outcome,
    findings: ev.findings,
    remedies,
    outstandingActions: actions,
    decidedBy: ev.decidedBy ?? roles?.decides ?? 'complaints-officer',
    communicatedBy: roles?.communicates ?? 'complaints-officer',
    late: due !== undefined && on > due.dueBy,
  };
  if (ev.reasons !== undefined) response.reasons = ev.reasons;
  if (ev.noRemedyReason !== undefined) response.noRemedyReason = ev.noRemedyReason;
  const notifications = ev.notified === undefined ? c.notifications : [...c.notifications, ...ev.notified.map((role) => ({ role, on }))];
  if (c.status === 'stage-1') {
    const s1 = c.stage1;
    // Literals rather than `{ ...s1, response }`: adding a key in a spread is the slow path in V8.
    const stage1: Stage1Responded = { stage: 1, requestedOn: s1.requestedOn, extensions: s1.extensions, clarifications: s1.clarifications, acknowledgedOn: s1.acknowledgedOn, handler: s1.handler, definition: s1.definition, response };
    const next: ComplaintIn<'stage-1-responded'> = { ...c, history, notifications, status: 'stage-1-responded', stage1 };
    return ok(next);
  }
  const next: ComplaintIn<'closed'> = {
    ...c,
    history,
    notifications,
    status: 'closed',
    stage2: { stage: 2, requestedOn: c.stage2.requestedOn, extensions: c.stage2.extensions, clarifications: c.stage2.clarifications, escalation: c.stage2.escalation, acknowledgedOn: c.stage2.acknowledgedOn, handler: c.stage2.handler, definition: c.stage2.definition, response },
    closure: { on, how: 'stage-2-response' },
  };
  return ok(next);
}

function mapDraftPath(p: string): string {
  return p === 'complaintDefinition' ? 'definition' : p === 'decision' ? 'findings' : p;
}

function escalate(x: Step, ev: EscalationRequestedEvent): Res {
  const { c, on, ctx, path, history } = x;
  if (c.status !== 'stage-1-responded' && c.status !== 'closed') return notAllowed(c, ev, path);
  if (c.status === 'closed' && c.closure.how === 'stage-2-response') return notAllowed(c, ev, path);
  const esc = ctx.policy.escalation;
  const section = esc.source.policy;
  const stage1Issues = c.stage1.definition.issues;
  if ((ev.newIssues?.length ?? 0) > 0 && !esc.newIssuesAllowed) {
    return fail('escalation-new-issues', 'a stage 2 escalation cannot include new or unrelated complaints; log them as a new complaint', cite('6.8', section, 'policy escalation.newIssuesAllowed'), `${path}.newIssues`);
  }
  const asked = ev.issues ?? [];
  for (let i = 0; i < asked.length; i++) {
    const id = asked[i]!;
    if (!stage1Issues.some((q) => q.id === id)) {
      return fail('escalation-new-issues', `issue '${id}' was not part of the stage 1 complaint; a stage 2 escalation cannot include new or unrelated complaints`, cite(undefined, section, 'policy escalation.newIssuesAllowed'), `${path}.issues.${i}`);
    }
  }
  if (esc.reasonsRequired && blank(ev.reasons)) {
    return fail('escalation-reasons-required', 'the policy requires reasons for a stage 2 request (note: Code 6.12 says residents must not be required to explain them)', cite('6.12', section, 'policy escalation.reasonsRequired'), `${path}.reasons`);
  }
  // A policy with no window (null) has no late request.
  const window = escalationWindow(c, ctx);
  const late = window !== undefined && on > window.dueBy;
  if (late && blank(ev.discretionReason)) {
    return fail(
      'escalation-late-without-discretion',
      `the stage 2 request on ${on} is after the escalation window closed on ${window.dueBy}; accept it only with a recorded reason for using discretion`,
      // The window is the policy's own (its section); Code 5.11 gives the discretion to escalate.
      cite('5.11', ctx.policy.escalation.window?.source.policy ?? section),
      `${path}.discretionReason`,
    );
  }
  const newIssues = esc.newIssuesAllowed && ev.newIssues !== undefined && ev.newIssues.length > 0 ? ev.newIssues : undefined;
  const escalation: EscalationRecord = { issues: ev.issues ?? stage1Issues.map((q) => q.id), late };
  if (ev.reasons !== undefined) escalation.reasons = ev.reasons;
  if (late) escalation.discretionReason = ev.discretionReason;
  if (newIssues !== undefined) escalation.newIssues = newIssues;
  // A complaint closed at stage 1 and escalated late loses its closure (set to undefined rather
  // than deleted, keeping the one object shape; JSON leaves it out).
  const next = {
    ...c,
    history,
    status: 'stage-2-requested',
    stage2: { stage: 2, requestedOn: on, extensions: [], clarifications: [], escalation },
    closure: undefined,
  } as unknown as ComplaintIn<'stage-2-requested'>;
  return ok(next);
}

function acknowledgeEscalation(x: Step, ev: EscalationAcknowledgedEvent): Res {
  const { c, on, path, history } = x;
  if (c.status !== 'stage-2-requested') return notAllowed(c, ev, path);
  if (ev.reviewer === c.stage1.handler) {
    return fail('reviewer-is-stage-1-handler', `the stage 2 reviewer '${ev.reviewer}' handled stage 1; the person considering stage 2 must not be the one who considered stage 1`, cite('6.13', procedureOf(x.ctx, c.procedure)?.stages[1].source.policy), `${path}.reviewer`);
  }
  let definition = ev.definition;
  if (definition === undefined) {
    const ids = c.stage2.escalation.issues;
    const kept = c.stage1.definition.issues.filter((q) => ids.includes(q.id));
    const added = c.stage2.escalation.newIssues;
    // Structural sharing: the stage 1 definition itself when every issue is escalated and none added.
    definition =
      kept.length === c.stage1.definition.issues.length && added === undefined
        ? c.stage1.definition
        : { ...c.stage1.definition, issues: added === undefined ? kept : [...kept, ...added] };
  } else {
    const dup = duplicateIssue(definition);
    if (dup !== undefined) return fail('duplicate-id', `issue id '${dup}' appears twice in the complaint definition`, { provision: '5.6' }, `${path}.definition.issues`);
  }
  const holders = checkRoleHolders(x.ctx, ev.roleHolders, `${path}.roleHolders`);
  if (!holders.ok) return holders;
  const s2 = c.stage2;
  const stage2: Stage2Acknowledged = { stage: 2, requestedOn: s2.requestedOn, extensions: s2.extensions, clarifications: s2.clarifications, escalation: s2.escalation, acknowledgedOn: on, handler: ev.reviewer, definition };
  const roleHolders = ev.roleHolders === undefined ? c.roleHolders : { ...c.roleHolders, ...ev.roleHolders };
  const next: ComplaintIn<'stage-2'> = { ...c, history, status: 'stage-2', stage2, roleHolders };
  return ok(next);
}

function close(x: Step, ev: ClosedEvent): Res {
  const { c, on, ctx, path, history } = x;
  if (c.status !== 'stage-1-responded') return notAllowed(c, ev, path);
  if (ev.how === 'escalation-window-lapsed') {
    const window = ctx.policy.escalation.window;
    if (window === null) {
      return fail(
        'no-escalation-window',
        "the policy sets no escalation window, so the complaint cannot be closed as lapsed; close it as 'stage-1-accepted' when the complainant accepts the response",
        cite('6.10', ctx.policy.escalation.source.policy, 'policy escalation.window is null'),
        `${path}.how`,
      );
    }
    const w = escalationWindow(c, ctx);
    if (w !== undefined && on <= w.dueBy) {
      return fail('escalation-window-open', `the escalation window is open until ${w.dueBy}; the complaint cannot be closed as lapsed on ${on}`, cite(undefined, window.source.policy ?? ctx.policy.escalation.source.policy, 'policy escalation.window'), `${path}.at`);
    }
  }
  const next: ComplaintIn<'closed'> = { ...c, history, status: 'closed', closure: { on, how: ev.how } };
  return ok(next);
}

/** Code 9.7(c): the Ombudsman's determinations and the orders made in them, tracked to compliance. */
const DETERMINATION_SOURCE = (ctx: LifecycleContext): Source => cite('9.7(c)', sectionOf.ombudsman(ctx));

function determine(x: Step, ev: OmbudsmanDeterminationEvent): Res {
  const { c, on, ctx, path, history } = x;
  const o = c.ombudsman;
  if (o.referrals.length <= o.determinations.length) {
    return fail(
      'no-ombudsman-referral',
      o.referrals.length === 0 ? 'record the Ombudsman referral before its determination' : `each of the ${o.referrals.length} Ombudsman referral(s) already has a determination; record the new referral first`,
      DETERMINATION_SOURCE(ctx),
      `${path}.type`,
    );
  }
  const orders = ev.orders ?? [];
  const known = allOrders(c).map((k) => k.id);
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i]!;
    if (known.includes(order.id)) return fail('duplicate-id', `Ombudsman order id '${order.id}' is already used in this complaint`, DETERMINATION_SOURCE(ctx), `${path}.orders.${i}.id`);
    known.push(order.id);
    if (order.dueBy !== undefined && order.dueBy < on) {
      return fail('order-due-before-determination', `order '${order.id}' is due on ${order.dueBy}, before the determination that makes it (${on})`, DETERMINATION_SOURCE(ctx), `${path}.orders.${i}.dueBy`);
    }
  }
  const record: DeterminationRecord = {
    on,
    outcome: ev.outcome,
    ...(ev.reference === undefined ? {} : { reference: ev.reference }),
    orders: orders.map((k) => (k.dueBy === undefined ? { id: k.id, description: k.description } : { id: k.id, description: k.description, dueBy: k.dueBy })),
  };
  return ok({ ...c, history, ombudsman: { ...o, determinations: [...o.determinations, record] } });
}

function complyWithOrder(x: Step, id: string): Res {
  const { c, on, ctx, path, history } = x;
  const found = allOrders(c).find((k) => k.id === id);
  if (found === undefined) return fail('unknown-order', `no Ombudsman order '${id}' is recorded for this complaint`, DETERMINATION_SOURCE(ctx), `${path}.orderId`);
  if (found.compliedOn !== undefined) return fail('order-already-complied', `Ombudsman order '${id}' was complied with on ${found.compliedOn}`, DETERMINATION_SOURCE(ctx), `${path}.orderId`);
  const determinations = c.ombudsman.determinations.map((d) =>
    d.orders.some((k) => k.id === id) ? { ...d, orders: d.orders.map((k) => (k.id === id ? { ...k, compliedOn: on } : k)) } : d,
  );
  return ok({ ...c, history, ombudsman: { ...c.ombudsman, determinations } });
}

function allOrders(c: Complaint): DeterminationRecord['orders'] {
  return c.ombudsman.determinations.flatMap((d) => d.orders);
}

function completeRemedy(x: Step, id: string): Res {
  const { c, on, path, history } = x;
  const src = (): Source => cite('7.3', sectionOf.remedies(x.ctx));
  const mark = <S extends { response: { remedies: { id: string; completedOn?: string }[] } }>(s: S): S => ({
    ...s,
    response: { ...s.response, remedies: s.response.remedies.map((r) => (r.id === id ? Object.assign({}, r, { completedOn: on }) : r)) },
  });
  const found = allRemedies(c).find((r) => r.id === id);
  if (found === undefined) return fail('unknown-remedy', `no remedy '${id}' was offered in a response to this complaint`, src(), `${path}.remedyId`);
  if (found.completedOn !== undefined) return fail('remedy-already-completed', `remedy '${id}' was completed on ${found.completedOn}`, src(), `${path}.remedyId`);
  if ('response' in c.stage1 && c.stage1.response.remedies.some((r) => r.id === id)) {
    return ok({ ...c, history, stage1: mark(c.stage1) } as Complaint);
  }
  const s2 = (c as { stage2: Stage2Record & { response: { remedies: { id: string }[] } } }).stage2;
  return ok({ ...c, history, stage2: mark(s2) } as Complaint);
}

function completeAction(x: Step, id: string): Res {
  const { c, on, path, history } = x;
  const src: Source = ACTION_SOURCE;
  const mark = <S extends { response: { outstandingActions: { id: string; completedOn?: string }[] } }>(s: S): S => ({
    ...s,
    response: { ...s.response, outstandingActions: s.response.outstandingActions.map((a) => (a.id === id ? Object.assign({}, a, { completedOn: on }) : a)) },
  });
  const found = allActions(c).find((a) => a.id === id);
  if (found === undefined) return fail('unknown-action', `no outstanding action '${id}' was stated in a response to this complaint`, src, `${path}.actionId`);
  if (found.completedOn !== undefined) return fail('action-already-completed', `outstanding action '${id}' was completed on ${found.completedOn}`, src, `${path}.actionId`);
  if ('response' in c.stage1 && c.stage1.response.outstandingActions.some((a) => a.id === id)) {
    return ok({ ...c, history, stage1: mark(c.stage1) } as Complaint);
  }
  const s2 = (c as { stage2: Stage2Record & { response: { outstandingActions: { id: string }[] } } }).stage2;
  return ok({ ...c, history, stage2: mark(s2) } as Complaint);
}

function recordAdjustment(x: Step, ev: AdjustmentRecordedEvent): Res {
  const { c, on, history } = x;
  const i = c.adjustments.findIndex((a) => a.id === ev.id);
  const every = ev.reviewEveryWorkingDays === undefined ? {} : { reviewEveryWorkingDays: ev.reviewEveryWorkingDays };
  if (i < 0) {
    return ok({ ...c, history, adjustments: [...c.adjustments, { id: ev.id, kind: ev.kind, description: ev.description, recordedOn: on, reviewedOn: [], ...every }] });
  }
  const adjustments = c.adjustments.map((a, k) => {
    if (k !== i) return a;
    const { reviewEveryWorkingDays: _old, ...rest } = a;
    return { ...rest, kind: ev.kind, description: ev.description, reviewedOn: [...a.reviewedOn, on], ...every };
  });
  return ok({ ...c, history, adjustments });
}

