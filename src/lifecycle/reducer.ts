/**
 * The interpreter of the event definitions (`events/`): `startComplaint`, `applyEvent`, `replay`
 * and `allowedEvents`. Pure: inputs are never mutated; a rejected event returns an error and the
 * caller keeps the complaint it had.
 */
import { assertCalendarRegion, regionMismatch, REGION_SOURCE } from '../core/region.js';
import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import { HousingComplaintsError } from '../core/errors.js';
import { explainIssues } from '../core/problems.js';
import { derivedParse, derivedValue, REFUSED } from '../core/derived-schema.js';
import { type Result, err, ok } from '../core/result.js';
import { boundContext, boundContextOrThrow, contextAtReceipt, type LifecycleContext } from './context.js';
import { policyInForce } from '../policy/in-force.js';
import { ComplaintZod as ComplaintSchemaZod, type Complaint, type HistoryEntry } from './complaint.js';
import { fail, lifecycleError, type LifecycleError, type LifecycleErrorCode } from './errors.js';
import { APPLIED, EVENT_TYPES, TRANSITIONS, accepts, type EventFor, type EventType } from './events/index.js';
import { received, startStatus } from './events/received.js';
import { forgetSteps, isFailure, ownScheme, stepOutcome, type Failure, type Guard, type Step } from './events/kit.js';
import { LifecycleEvent, LifecycleEventZod, type ReceivedEvent, type VoidedEvent } from './events/schemas.js';
import { EVENT_FIELDS, eventChecks } from './event-checks.generated.js';
import { STATUSES, type Status } from './status.js';
import type { Source } from '../core/source.js';
import { appendTo, lookup, outsideScopes, withOwnedLists } from './append.js';
import { voidTarget } from './events/voided.js';
import { contextProblem, expectComplaint, expectLifecycleContext, guardedLifecycle, LIMITS_SOURCE, MAX_EVENTS_PER_COMPLAINT } from './guards.js';
import type { LifecycleIssue } from './errors.js';
import { guideUrl } from '../core/links.js';
import { dateOutsideRange, dateRangeError, expectSupportedDate } from '../calendar/supported.js';
import { supportedOffset } from '../calendar/names.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { deepFrozen } from '../core/freeze.js';

type Res = Result<Complaint, LifecycleError>;

// ---------------------------------------------------------------------------------------------
// Input checks
// ---------------------------------------------------------------------------------------------

/**
 * Validates untrusted input as a lifecycle event (its zod schema, strict: unknown keys are
 * refused). On failure the error lists every problem, each naming the field, what was expected
 * (the allowed values, "required", the type, the limit) and what was given.
 *
 * @example
 * ```ts
 * declare const body: string; // a request body, as received
 * const e = parseEvent(JSON.parse(body));
 * if (!e.ok) console.error(e.error.issues); // [{ code: 'invalid-event', path: 'event.complainantAgred', reason: 'unknown-key', ... }]
 * ```
 */
export function parseEvent(input: unknown, path = 'event'): Result<LifecycleEvent, LifecycleError> {
  // The event schema's checks, derived from it (core/derived-schema.ts): the answer and the issues zod's safeParse gives, without zod.
  const value = derivedValue(eventChecks, input);
  if (value !== REFUSED) return ok(value);
  const r = derivedParse(eventChecks, input);
  return r.success ? ok(r.data) : explainEvent(r.error.issues as unknown as z.core.$ZodIssue[], input, path, EVENT_FIELDS);
}

/**
 * {@link parseEvent} by the zod schema alone: what `parseEvent` answers for every event its
 * compiled checks refuse (tests check the two agree on every event).
 *
 * @internal
 * @example
 * ```ts
 * parseEventByZod({ type: 'received' }).ok; // false
 * ```
 */
export function parseEventByZod(input: unknown, path = 'event'): Result<LifecycleEvent, LifecycleError> {
  const r = z.safeParse(LifecycleEventZod, input);
  return r.success ? ok(r.data) : explainEvent(r.error.issues, input, path, EVENT_FIELDS);
}

/**
 * The error of a refused event: each issue explained, an unknown key's message naming the event's
 * fields (`fields`, by event type).
 *
 * @internal
 * @example
 * ```ts
 * return explainEvent(r.error.issues, input, 'events[2]', EVENT_FIELDS);
 * ```
 */
export function explainEvent(found: readonly z.core.$ZodIssue[], input: unknown, path: string, fields: Readonly<Record<string, readonly string[]>>): Result<never, LifecycleError> {
  const type = typeof input === 'object' && input !== null && Object.hasOwn(input, 'type') ? (input as { type: unknown }).type : undefined;
  const named = typeof type === 'string' && Object.hasOwn(fields, type) ? type : undefined;
  const issues = explainIssues(found, input, path, 'invalid-event', EVENT_SCHEMA_SOURCE, (at) =>
    at.length === 0 && named !== undefined ? `the '${named}' event (fields: ${fields[named]!.join(', ')})` : undefined,
  );
  return err(lifecycleError(issues.length > 0 ? issues : [{ code: 'invalid-event', path, message: `${path} is not a lifecycle event`, source: EVENT_SCHEMA_SOURCE }]));
}

const EVENT_SCHEMA_SOURCE = /* @__PURE__ */ deepFrozen({ note: 'event schema' } as const);

/**
 * The London date of an event's `at`. A date the event schema has just checked (`checked`) is in
 * the supported range; any other, and the London date of any instant (by the context's calendar),
 * is checked here.
 */
function dateOf(at: string, ctx: LifecycleContext, path: string, checked: boolean): string | Result<never, LifecycleError> {
  let on: string;
  if (at.length === 10) {
    if (checked) return at;
    on = at;
  } else {
    try {
      on = ctx.calendar.londonDate(at);
    } catch {
      return fail('invalid-time', `${path}.at is not a valid instant: '${at}'`, { note: 'instants are converted to their Europe/London calendar date' }, `${path}.at`);
    }
  }
  // Events stored as validated (`replay(..., { validated: true })`) and those of a stored history
  // are checked here. The typed error becomes `date-out-of-range` at the door (guardedLifecycle).
  if (supportedOffset(on) >= 0) return on;
  const side = dateOutsideRange(on);
  if (side !== undefined) throw dateRangeError('', `${path}.at`, at, side);
  return on;
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
  const bad = contextProblem('startComplaint', context);
  if (bad !== undefined) return bad;
  const mismatch = regionMismatch(context, 'startComplaint');
  if (mismatch !== undefined) return fail('calendar-region-mismatch', mismatch.message, REGION_SOURCE, mismatch.path);
  if (typeof input === 'object' && input !== null && (input as { type?: unknown }).type !== 'received') {
    return failIn(context, 'first-event-not-received', `a complaint starts with a 'received' event, got '${String((input as { type?: unknown }).type)}'`, { provision: CODE_2024.record.provision, note: 'the original complaint and the date received' }, 'event.type');
  }
  const e = parseEvent(input, 'event');
  if (!e.ok) return e;
  const parsed = e.value;
  if (parsed.type !== 'received') return fail('invalid-event', 'event is not a received event', { note: 'event schema' }, 'event');
  return door(() => outsideScopes(() => startTrusted(parsed, context, 'event', FULL, true)));
}

function startTrusted(e: ReceivedEvent, context: LifecycleContext, path: string, t: EventTable, checked = false): Res {
  const on = dateOf(e.at, context, path, checked);
  if (typeof on !== 'string') return on;
  const after = afterNow(on, context, path);
  if (after !== undefined) return after;
  const at = contextAtReceipt(context, on, `${path}.at`, t.inForce);
  if (!at.ok) return at;
  const ctx = at.value;
  // `received` starts a complaint: its guards and effect read no complaint (its Step's `c` is `never`).
  const r = stepOutcome(received, { c: undefined as never, on, ctx, path, history: [], rebuild: noRebuild }, e);
  return isFailure(r) ? r : ok(r);
}

/**
 * Runs one call of the interpreter at a Result door: a typed error thrown inside becomes `{ ok:
 * false }`, the complaint returned is marked as built, and the steps' memos are let go.
 */
function door(run: () => Res): Res {
  try {
    return built(guardedLifecycle(run));
  } finally {
    forgetSteps();
  }
}

/** The outcome of applying events as a Result. */
function result(r: Complaint | Failure): Res {
  return isFailure(r) ? r : ok(r);
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
  const c = complaint as unknown as { status?: unknown; history?: unknown; receivedOn?: unknown } | null;
  if (typeof c !== 'object' || c === null || !isStatus(c.status) || !Array.isArray(c.history) || c.history.length === 0 || typeof c.receivedOn !== 'string') {
    return fail('invalid-complaint', 'complaint is not a complaint built by this library (read stored complaints back with parseComplaint, or rebuild them with replay)', { note: 'Complaint schema' }, 'complaint');
  }
  if (c.history.length >= MAX_EVENTS_PER_COMPLAINT) {
    return err(lifecycleError([{ code: 'too-many-events', message: `the complaint has ${c.history.length} events; the limit is ${MAX_EVENTS_PER_COMPLAINT} per complaint (see ${guideUrl('limits')})`, source: LIMITS_SOURCE, path: 'complaint.history', limit: MAX_EVENTS_PER_COMPLAINT } as LifecycleIssue]));
  }
  const bad = contextProblem('applyEvent', context);
  if (bad !== undefined) return bad;
  const mismatch = regionMismatch(context, 'applyEvent');
  if (mismatch !== undefined) return fail('calendar-region-mismatch', mismatch.message, REGION_SOURCE, mismatch.path);
  // A complaint this library built is trusted; anything else (a cached copy, a hand-made object) is
  // checked as parseComplaint checks it, so a junk state is refused instead of built upon.
  let base: Complaint = complaint;
  if (!BUILT.has(complaint)) {
    const checked = parseComplaint(complaint);
    if (!checked.ok) return checked;
    base = checked.value;
  }
  const bound = boundContext(base, context);
  if (!bound.ok) return bound;
  const parsed = parseEvent(event, 'event');
  if (!parsed.ok) return parsed;
  return door(() => outsideScopes(() => result(applyTrusted(base, parsed.value, bound.value, 'event', FULL, undefined, true))));
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
 * declare const cached: string; // a complaint the host stored as JSON text
 * const r = parseComplaint(JSON.parse(cached));
 * if (r.ok) deadlines(r.value, context, '2025-01-10');
 * ```
 */
export function parseComplaint(input: unknown): Result<Complaint, LifecycleError> {
  const r = z.safeParse(ComplaintSchemaZod, input);
  if (r.success) {
    const broken = replayInvariants(r.data);
    return broken === undefined ? built(ok(r.data)) : err(lifecycleError([broken]));
  }
  const issues = explainIssues(r.error.issues, input, 'complaint', 'invalid-complaint', { note: 'Complaint schema' });
  return err(lifecycleError(issues.length > 0 ? issues : [{ code: 'invalid-complaint', path: 'complaint', message: 'complaint is not a complaint', source: { note: 'Complaint schema' } }]));
}

/** Hands back the object it is given, so that a subclass's private field is added to that object. */
class Stamp {
  constructor(o: object) {
    return o as Stamp;
  }
}

/**
 * Complaints this library built or checked (startComplaint, applyEvent, replay, parseComplaint):
 * applyEvent trusts them. A private field marks them: no key, JSON, spread, structuredClone or
 * equality sees it, and a copy is not marked. Marking costs a few nanoseconds; an entry in a
 * WeakSet cost several hundred per complaint replayed, and more again in collections.
 */
class BUILT extends Stamp {
  #built = true;
  static add(o: object): void {
    new BUILT(o);
  }
  static has(o: object): boolean {
    return #built in o;
  }
}

function built<R extends Result<Complaint, LifecycleError>>(r: R): R {
  if (r.ok && !BUILT.has(r.value)) BUILT.add(r.value);
  return r;
}

const STORED: Source = /* @__PURE__ */ deepFrozen({ note: 'what replay produces: a complaint read back must be one replay could have built' });

/**
 * The invariants every complaint built by replay has, checked in one pass over the history: a
 * non-empty history that starts with the received event on the receipt date, dates in order, each
 * event accepted by the status the events before it lead to, and that status the complaint's own;
 * stage dates in order (acknowledgement and response not before receipt or the request);
 * extensions of at least one working day (the schema).
 */
function replayInvariants(c: Complaint): LifecycleIssue | undefined {
  const problem = (path: string, message: string): LifecycleIssue => ({ code: 'invalid-complaint', path, message, source: STORED });
  const h = c.history;
  if (h.length === 0) return problem('complaint.history', 'the history is empty; a complaint always holds at least its received event');
  if (h.length > MAX_EVENTS_PER_COMPLAINT) return { ...problem('complaint.history', `the history has ${h.length} events; the limit is ${MAX_EVENTS_PER_COMPLAINT}`), code: 'too-many-events', limit: MAX_EVENTS_PER_COMPLAINT };
  const first = h[0]!;
  if (first.event.type !== 'received') return problem('complaint.history.0.event.type', `the history starts with '${first.event.type}'; it must start with the received event`);
  if (first.on !== c.receivedOn) return problem('complaint.history.0.on', `the received event is dated ${first.on} but the complaint was received on ${c.receivedOn}`);
  // A complaint starts in `received`, or at stage 2 for a received event with `direct`.
  let status: Status = startStatus(first.event as { direct?: unknown });
  for (let i = 1; i < h.length; i++) {
    const entry = h[i]!;
    if (entry.on < h[i - 1]!.on) return problem(`complaint.history.${i}.on`, `event ${i} (${entry.on}) is dated before the event before it (${h[i - 1]!.on}); replay applies events in date order`);
    const type = entry.event.type;
    if (type === 'received' || !accepts(status, type)) return problem(`complaint.history.${i}.event.type`, `event ${i} '${type}' is not accepted by a complaint in status '${status}', which the events before it lead to`);
    const move = (APPLIED[type].moves as readonly { from: Status; to: Status }[]).find((m) => m.from === status);
    if (move !== undefined) status = move.to;
  }
  if (status !== c.status) return problem('complaint.status', `the status is '${c.status}' but the history leads to '${status}'`);
  const s1 = c.stage1 as { acknowledgedOn?: string; response?: { on?: string; sentOn?: string } };
  if (s1.acknowledgedOn !== undefined && s1.acknowledgedOn < c.receivedOn) return problem('complaint.stage1.acknowledgedOn', `the acknowledgement (${s1.acknowledgedOn}) is before receipt (${c.receivedOn})`);
  const responseOn = s1.response?.on ?? s1.response?.sentOn;
  if (responseOn !== undefined && responseOn < (s1.acknowledgedOn ?? c.receivedOn)) return problem('complaint.stage1.response', `the stage 1 response (${responseOn}) is before the acknowledgement or receipt`);
  const s2 = (c as { stage2?: { requestedOn?: string; acknowledgedOn?: string } }).stage2;
  if (s2?.requestedOn !== undefined && s2.requestedOn < c.receivedOn) return problem('complaint.stage2.requestedOn', `the stage 2 request (${s2.requestedOn}) is before receipt (${c.receivedOn})`);
  if (s2?.acknowledgedOn !== undefined && s2.requestedOn !== undefined && s2.acknowledgedOn < s2.requestedOn) return problem('complaint.stage2.acknowledgedOn', `the stage 2 acknowledgement (${s2.acknowledgedOn}) is before the request (${s2.requestedOn})`);
  return undefined;
}

/**
 * Options of {@link replay}.
 *
 * @example
 * ```ts
 * const options: ReplayOptions = { validated: true };
 * ```
 */
export interface ReplayOptions {
  /**
   * The events were validated when they were stored (they are the JSON of events this library
   * accepted: `parseEvent`/`applyEvent` before the insert), so their schemas are not checked again:
   * the validated-once path. Only the event `type` is checked; every rule still applies. Never set it
   * for events from anywhere else.
   */
  readonly validated?: boolean;
}

/**
 * Builds a complaint from its stored events, in order: the first must be `received`. Each event is
 * validated once (or not at all with `validated`: events this library accepted before they were
 * stored); the first error is returned with its index in `path` (`events[3].reviewer`).
 *
 * @example
 * ```ts
 * declare const row: { events: string }; // the host's row: the complaint's events as JSON text
 * const r = replay(JSON.parse(row.events), context);
 * if (r.ok) deadlines(r.value, context, '2025-01-10');
 * ```
 */
export function replay(events: readonly unknown[], context: LifecycleContext, options: ReplayOptions = {}): Result<Complaint, LifecycleError> {
  return replayIn(FULL, events, context, options);
}

/**
 * {@link replay} over the definitions of `t`: every event's (`FULL`), or the ones `createLifecycle`
 * was given.
 *
 * @internal
 * @example
 * ```ts
 * return replayIn(table, events, context, options);
 * ```
 */
export function replayIn(t: EventTable, events: readonly unknown[], context: LifecycleContext, options: ReplayOptions = {}): Result<Complaint, LifecycleError> {
  const mismatch = regionMismatch(context, 'replay');
  if (mismatch !== undefined) return fail('calendar-region-mismatch', mismatch.message, REGION_SOURCE, mismatch.path);
  if (!Array.isArray(events) || events.length === 0) {
    const message = 'replay needs a non-empty array of events, starting with received';
    return contextProblem('replay', context) === undefined ? failIn(context, 'no-events', message, { provision: CODE_2024.record.provision }, 'events') : fail('no-events', message, { provision: CODE_2024.record.provision }, 'events');
  }
  if (events.length > MAX_EVENTS_PER_COMPLAINT) {
    return err(lifecycleError([{ code: 'too-many-events', message: `events has ${events.length} events; the limit is ${MAX_EVENTS_PER_COMPLAINT} per complaint (see ${guideUrl('limits')})`, source: LIMITS_SOURCE, path: 'events', limit: MAX_EVENTS_PER_COMPLAINT } as LifecycleIssue]));
  }
  const bad = contextProblem('replay', context);
  if (bad !== undefined) return bad;
  return door(() => withOwnedLists(() => replayAll(events, context, options, t)));
}

function replayAll(events: readonly unknown[], context: LifecycleContext, options: ReplayOptions, t: EventTable): Res {
  const first = events[0] as { type?: unknown } | null;
  if (typeof first !== 'object' || first === null || first.type !== 'received') {
    return failIn(context, 'first-event-not-received', `events[0] must be a 'received' event`, { provision: CODE_2024.record.provision, note: 'the original complaint and the date received' }, 'events[0].type');
  }
  const validated = options.validated === true;
  // Validated events (stored as this library accepted them) are not checked again: the received event neither.
  let received: ReceivedEvent;
  if (validated) received = first as ReceivedEvent;
  else {
    const p0 = t.parse(first, 'events[0]');
    if (!p0.ok) return p0;
    received = p0.value as ReceivedEvent;
  }
  const r0 = startTrusted(received, context, 'events[0]', t, !validated);
  if (!r0.ok) return r0;
  // The version the complaint was started under (the one in force at receipt, when the context lists versions).
  const bound = boundContext(r0.value, context);
  if (!bound.ok) return bound;
  const ctx = bound.value;
  let c = r0.value;
  for (let i = 1; i < events.length; i++) {
    const path = eventPath(i);
    const e = events[i] as { type?: unknown } | null;
    const d = validated && typeof e === 'object' && e !== null ? t.runners.get(e.type) : undefined;
    let next: Complaint | Failure;
    if (d !== undefined) next = applyTrusted(c, e as LifecycleEvent, ctx, path, t, d);
    else {
      const p = t.parse(e, path);
      if (!p.ok) return p;
      next = applyTrusted(c, p.value, ctx, path, t, undefined, true);
    }
    if (isFailure(next)) return next;
    c = next;
  }
  return ok(c);
}

/** `events[i]`, the path of a replayed event, made once per index (replay names every event it applies). */
const EVENT_PATHS: string[] = [];
function eventPath(i: number): string {
  return i < 1024 ? (EVENT_PATHS[i] ??= `events[${i}]`) : `events[${i}]`;
}

/**
 * What the interpreter runs: the definitions of the events it applies, by type, in a map (a type
 * read from JSON is a string the engine has not interned, and one map look-up, by its hash, finds
 * its definition faster than an own-property test on a table; what follows uses the definition's
 * own `type`), every type it takes in the definitions' order, how it checks an untrusted event,
 * how a void finds its target, and how the version in force at receipt is picked. `FULL` holds
 * every event; `createLifecycle` makes one of the definitions it is given.
 *
 * @internal
 * @example
 * ```ts
 * FULL.runners.get('responded')?.from; // ['stage-1', 'stage-2']
 * ```
 */
export interface EventTable {
  readonly runners: ReadonlyMap<unknown, Applied>;
  readonly types: readonly EventType[];
  parse(input: unknown, path: string): Result<LifecycleEvent, LifecycleError>;
  /** The index of the entry a void withdraws (voided.ts); undefined in a table without voids. */
  readonly voidTarget: ((h: readonly HistoryEntry[], e: VoidedEvent) => number) | undefined;
  /** The complaint history entries build once one is voided ({@link rebuild}); undefined in a table without voids. */
  readonly rebuild: typeof rebuild | undefined;
  /** Picks the version in force at receipt when the context lists versions; undefined: versions are refused. */
  readonly inForce: typeof policyInForce | undefined;
}

/**
 * Every event's definition (built by a pure function, so that a bundle that uses only
 * createLifecycle drops it with the definitions).
 *
 * @internal
 * @example
 * ```ts
 * FULL.types.length; // 25
 * ```
 */
export const FULL: EventTable = /* @__PURE__ */ (() => ({ runners: new Map(Object.entries(APPLIED) as [string, Applied][]), types: EVENT_TYPES, parse: parseEvent, voidTarget, rebuild, inForce: policyInForce }))();

/**
 * A definition as the interpreter runs it: a {@link Runner}, with the guards and the effect its
 * definition gave (`defineEvent` keeps them), called without the runner's own type tests, which the
 * interpreter has made (the status, by the definition's `from`; the type, by the look-up).
 */
export type Applied = (typeof APPLIED)[keyof typeof APPLIED] & {
  readonly guards: readonly Guard<Status, LifecycleEvent>[];
  effect(x: Step<Status>, ev: LifecycleEvent): Complaint;
};

/**
 * The event types the complaint accepts next under the policy: the status table, narrowed by what
 * the complaint holds (an open clarification, an open evidence request, an uncompleted remedy, a
 * stage 1 closure that may still be escalated) and by the policy (a refusal needs an exclusion
 * ground the policy sets out). Each event's definition says why it is not offered
 * (`unavailable`).
 *
 * @example
 * ```ts
 * allowedEvents(complaint, context); // e.g. ['escalation-requested', 'closed', 'additional-issue-raised', ...]
 * ```
 */
export function allowedEvents(complaint: Complaint, context0: LifecycleContext): EventType[] {
  expectComplaint('allowedEvents', complaint);
  expectLifecycleContext('allowedEvents', context0);
  const context = boundContextOrThrow(complaint, context0, 'allowedEvents');
  assertCalendarRegion(context, 'allowedEvents');
  const table: readonly Exclude<EventType, 'received'>[] = TRANSITIONS[complaint.status] ?? [];
  return table.filter((t) => APPLIED[t].notOffered(complaint, context) === undefined);
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
  expectComplaint('stageOf', c);
  return match(c)
    .with({ status: 'received' }, { status: 'stage-1' }, { status: 'stage-1-responded' }, () => 1 as const)
    .with({ status: 'stage-2-requested' }, { status: 'stage-2' }, () => 2 as const)
    .with({ status: 'refused' }, (r) => r.refusal.stage)
    .with({ status: 'closed' }, (r) => (r.stage2 === undefined ? 1 : 2) as 1 | 2)
    .with({ status: 'withdrawn' }, (r) => (r.stage2 === undefined ? 1 : 2) as 1 | 2)
    .exhaustive();
}

/**
 * The complaint as it stood at the end of `asOf` (a London date `YYYY-MM-DD`): its state is the
 * same as replaying only the events dated on or before it. Its history is the record as it stood
 * then: the entries dated on or before `asOf`, a `voided` event among them and the entry it
 * withdrew marked (kept even when it bore a wrong later date), and an entry voided only later
 * without the mark (it still counted then). Undefined when the complaint had not been received by
 * then. Returns the complaint itself when nothing in its history is later, so the usual call (as of
 * today) costs nothing.
 *
 * @example
 * ```ts
 * const then = complaintAsOf(complaint, context, '2025-01-09'); // before the extension of 12 January
 * ```
 */
export function complaintAsOf(complaint: Complaint, context0: LifecycleContext, asOf: string): Complaint | undefined {
  expectComplaint('complaintAsOf', complaint);
  expectLifecycleContext('complaintAsOf', context0);
  const context = boundContextOrThrow(complaint, context0, 'complaintAsOf');
  expectSupportedDate('complaintAsOf', 'asOf', asOf);
  return replayed(() => asOfUnchecked(complaint, context, asOf, FULL));
}

/**
 * {@link complaintAsOf} for a complaint and a context the caller has already checked and bound
 * (`deadlines`).
 *
 * @internal
 * @example
 * ```ts
 * const then = asOfBound(complaint, boundContext, '2025-01-09');
 * ```
 */
export function asOfBound(complaint: Complaint, context: LifecycleContext, asOf: string): Complaint | undefined {
  return asOfIn(FULL, complaint, context, asOf);
}

/**
 * {@link asOfBound} over the definitions of `t` (see {@link replayIn}).
 *
 * @internal
 * @example
 * ```ts
 * const then = asOfIn(table, complaint, boundContext, '2025-01-09');
 * ```
 */
export function asOfIn(t: EventTable, complaint: Complaint, context: LifecycleContext, asOf: string): Complaint | undefined {
  // The usual call (nothing in the history after asOf) needs no replay scope.
  if (complaint.receivedOn > asOf) return undefined;
  if (allOnOrBefore(complaint.history, asOf)) return complaint;
  return replayed(() => asOfUnchecked(complaint, context, asOf, t));
}

/** Runs a replay the caller does not return as a Result (complaintAsOf): list appends in place, and the steps' memos let go at the end. */
function replayed<R>(build: () => R): R {
  try {
    return withOwnedLists(build);
  } finally {
    forgetSteps();
  }
}

function allOnOrBefore(h: readonly HistoryEntry[], asOf: string): boolean {
  for (let i = 0; i < h.length; i++) if (h[i]!.on > asOf) return false;
  return true;
}

function asOfUnchecked(complaint: Complaint, context: LifecycleContext, asOf: string, t: EventTable): Complaint | undefined {
  const h = complaint.history;
  if (complaint.receivedOn > asOf) return undefined;
  if (allOnOrBefore(h, asOf)) return complaint;
  const first = h[0]!.event;
  if (first.type !== 'received') throw new HousingComplaintsError('invalid-complaint', "complaintAsOf: the complaint's history does not start with its received event", { path: 'complaint.history.0' });
  // Entries dated after asOf do not count; an entry voided on or before asOf does not either, one
  // voided later still did (the correction had not been made).
  const r0 = startTrusted(first, context, 'complaint.history[0].event', t);
  let r: Complaint | Failure = r0.ok ? r0.value : r0;
  for (let i = 1; i < h.length && !isFailure(r); i++) {
    const e = h[i]!;
    if (e.on > asOf || e.event.type === 'voided' || (e.voided !== undefined && e.voided.on <= asOf)) continue;
    r = applyTrusted(r, e.event, context, `complaint.history[${i}].event`, t);
  }
  if (isFailure(r)) {
    const error = (r as Extract<Failure, { ok: false }>).error;
    throw new HousingComplaintsError('invalid-complaint', `complaintAsOf: the complaint's history does not replay under policy '${context.policy.id}': ${error.message}`, { path: error.path ?? 'complaint.history', source: error.source });
  }
  // The record as it stood then, for audit: every entry dated on or before asOf, voids included, and
  // an entry withdrawn by then (whatever date it wrongly bore) with its mark; a mark made later is
  // not shown yet. What is left out is only ever the end of the history (entries after a void are
  // dated on or after it), so a void's eventIndex still points at its entry (and its targetEventId
  // names one kept).
  const history: HistoryEntry[] = [];
  for (const e of h) {
    const voidedBy = e.voided !== undefined && e.voided.on <= asOf;
    if (e.on > asOf && !voidedBy) continue;
    if (e.voided === undefined || voidedBy) history.push(e);
    else history.push({ on: e.on, event: e.event });
  }
  return { ...r, history };
}

// ---------------------------------------------------------------------------------------------
// The interpreter
// ---------------------------------------------------------------------------------------------

/**
 * Applies an already validated event: the order of events, the status table, then the event's own
 * guards and effect (`d`, its definition, when the caller has looked it up; `checked` when the event
 * schema has just checked it, its date's range included). Answers the next complaint itself, or
 * the refusal.
 */
function applyTrusted(c: Complaint, e: LifecycleEvent, ctx: LifecycleContext, path: string, t: EventTable, d = t.runners.get(e.type), checked = false): Complaint | Failure {
  if (d === undefined) {
    // Only `received` has no definition to apply, in a table of every event; a createLifecycle's
    // table lacks the types it was not given (met here in a stored complaint's history).
    if (e.type !== 'received') {
      const p = t.parse(e, path);
      return p.ok ? notAllowed(c, e, path, ctx, t) : p;
    }
    return failIn(ctx, 'event-not-allowed', `a complaint is received once; '${c.id}' was received on ${c.receivedOn}`, { provision: CODE_2024.record.provision }, `${path}.type`);
  }
  const voiding = d.type === 'voided';
  const on = dateOf(e.at, ctx, path, checked);
  if (typeof on !== 'string') return on;
  const after = afterNow(on, ctx, path);
  if (after !== undefined) return after;
  // The order of events is that of the events in force: a voided (mis-dated) event does not count.
  // A void may withdraw the mis-dated last event itself: that one does not count for its order.
  const last = lastInForce(c.history, voiding ? t.voidTarget!(c.history, e as VoidedEvent) : -1);
  if (last !== undefined && on < last.on) {
    return failIn(ctx, 'event-before-previous', `${path}.at (${on}) is before the previous event (${last.on}); events are applied in the order they happened (withdraw a mis-dated event with a 'voided' event)`, { provision: CODE_2024.record.provision, note: 'a full record of the complaint' }, `${path}.at`);
  }
  // The status table (`accepts`), read from the definition: its statuses are compared by identity.
  if (!d.from.includes(c.status)) return notAllowed(c, e, path, ctx, t);
  // Event ids (optional) are unique in a complaint: a void names its target by one.
  if (e.eventId !== undefined && eventIds(c.history).has(e.eventId)) {
    return failIn(ctx, 'duplicate-id', `${path}.eventId '${e.eventId}' is already the id of an event of complaint '${c.id}'; event ids are unique in a complaint`, { provision: CODE_2024.record.provision, note: 'a full record of the complaint' }, `${path}.eventId`);
  }
  // A void reads the history before it (its guards and rebuild): it gets its own copy, so the shared
  // list a replay appends to in place never shows it the entry being added.
  const entry = { on, event: e };
  const history: HistoryEntry[] = voiding ? [...c.history, entry] : appendTo(c.history, entry);
  // Every effect changes only keys `c` already has (through `changed` or `toChange`: in place in a
  // replay, a copy outside one), so the result keeps the one shape the received event gave it. The definitions are looked up in a
  // table: it dispatches in constant time (a ts-pattern match over 22 event types costs about 2
  // microseconds per event on the benchmark machine, more than the rest of the reducer).
  // Only a void rebuilds: the other events share one stand-in rather than a closure each. The
  // status test above is the definition's own (`from`), and the definition is the event type's.
  return stepOutcome(d, { c, on, ctx, path, history, rebuild: voiding ? (entries) => t.rebuild!(entries, ctx, path, t) : noRebuild }, e);
}

const noRebuild = (): never => {
  throw new Error('internal: only a void rebuilds');
};

/** The event ids in a history, kept for the replay as it grows (`lookup`): constant time per event. */
function eventIds(h: readonly HistoryEntry[]): ReadonlySet<string> {
  return lookup(h, 'eventIds', () => new Set<string>(), (m, i) => {
    const id = h[i]!.event.eventId;
    if (id !== undefined) m.add(id);
  });
}

/** The last history entry not voided. */
function lastInForce(h: readonly HistoryEntry[], except: number): HistoryEntry | undefined {
  for (let i = h.length - 1; i >= 0; i--) if (h[i]!.voided === undefined && i !== except) return h[i];
  return undefined;
}

/**
 * The complaint the history entries build, skipping voided entries and the voids themselves (their
 * marks are on the entries they void), with the whole history kept as given. Reached through the
 * event table (`voided`'s kit gives it), so a bundle without voids does not load it.
 *
 * @internal
 * @example
 * ```ts
 * const r = rebuild(complaint.history, context, 'events[3]', FULL);
 * ```
 */
export function rebuild(entries: readonly HistoryEntry[], ctx: LifecycleContext, path: string, t: EventTable): Res {
  const first = entries[0];
  if (first === undefined || first.event.type !== 'received') return fail('invalid-complaint', "the complaint's history does not start with its received event", { note: 'Complaint schema' }, 'complaint.history.0');
  const r0 = startTrusted(first.event, ctx, path, t);
  if (!r0.ok) return r0;
  let c = r0.value;
  for (let i = 1; i < entries.length; i++) {
    const h = entries[i]!;
    if (h.voided !== undefined || h.event.type === 'voided') continue;
    const next = applyTrusted(c, h.event, ctx, path, t);
    if (isFailure(next)) return next;
    c = next;
  }
  return ok({ ...c, history: [...entries] });
}

/** {@link fail} for an error the reducer raises itself under a checked context: cited as the policy's scheme sees it (see `ownScheme`). */
function failIn(ctx: LifecycleContext, code: LifecycleErrorCode, message: string, source: Source, path: string): Result<never, LifecycleError> {
  return err(lifecycleError(ownScheme([{ code, message, source, path }], ctx)));
}

/** Refuses an event dated after the host's "now", when the context gives one (the library reads no clock). */
function afterNow(on: string, ctx: LifecycleContext, path: string): Result<never, LifecycleError> | undefined {
  if (ctx.now === undefined) return undefined;
  const now = ctx.now.length === 10 ? ctx.now : ctx.calendar.londonDate(ctx.now);
  if (on <= now) return undefined;
  return failIn(ctx, 'event-after-now', `${path}.at (${on}) is after now (${now}); an event is recorded once it has happened (correct a mis-dated one with a 'voided' event)`, { provision: CODE_2024.record.provision, note: "the host's now, context.now" }, `${path}.at`);
}

function notAllowed(c: Complaint, e: LifecycleEvent, path: string, ctx: LifecycleContext, t: EventTable): Result<never, LifecycleError> {
  const { allowed, notAllowed: others } = explainIn(t, c, ctx);
  const now = allowed.length === 0 ? 'it accepts no event now' : `it accepts now: ${allowed.join(', ')}`;
  const extra = { allowed, notAllowed: others };
  // The event's own refusal where it has one (escalation-requested after stage 2: no-third-stage).
  const own = t.runners.get(e.type)?.notAccepted?.(c, now);
  if (own !== undefined) return err(lifecycleError(ownScheme([{ ...own, path: `${path}.type` }], ctx), extra));
  const why = others.find((o) => o.type === e.type)?.why;
  return err(
    lifecycleError(ownScheme([{ code: 'event-not-allowed', message: `a complaint in status '${c.status}' does not accept '${e.type}'${why === undefined ? '' : ` (${why})`}; ${now}`, source: { note: 'lifecycle transitions' }, path: `${path}.type` }], ctx), extra),
  );
}

/**
 * The event types a complaint accepts now, and for every other type why not: the statuses that
 * accept it, or what the complaint lacks (no open clarification, no outstanding remedy, ...).
 *
 * @example
 * ```ts
 * explainAllowed(complaint, context).notAllowed; // [{ type: 'escalation-acknowledged', why: "accepted only in status 'stage-2-requested'" }, ...]
 * ```
 */
export function explainAllowed(complaint: Complaint, context0: LifecycleContext): { allowed: EventType[]; notAllowed: { type: EventType; why: string }[] } {
  expectComplaint('explainAllowed', complaint);
  expectLifecycleContext('explainAllowed', context0);
  return explainIn(FULL, complaint, boundContextOrThrow(complaint, context0, 'explainAllowed'));
}

/** {@link explainAllowed} over the event types of `table`, for a complaint and context already checked. */
function explainIn(table: EventTable, complaint: Complaint, context: LifecycleContext): { allowed: EventType[]; notAllowed: { type: EventType; why: string }[] } {
  const allowed: EventType[] = [];
  const notAllowed: { type: EventType; why: string }[] = [];
  for (const t of table.types) {
    const d = table.runners.get(t);
    if (d === undefined) {
      notAllowed.push({ type: t, why: `a complaint is received once (on ${complaint.receivedOn})` });
      continue;
    }
    if (!d.from.includes(complaint.status)) {
      notAllowed.push({ type: t, why: `accepted only in status ${d.from.map((s) => `'${s}'`).join(', ')}` });
      continue;
    }
    const why = d.notOffered(complaint, context);
    if (why === undefined) allowed.push(t);
    else notAllowed.push({ type: t, why });
  }
  return { allowed, notAllowed };
}
