/**
 * What an event definition is made of, and the helpers its guards and effects share. An event is
 * defined once, in its own file: its schema, the statuses that accept it, the status changes it
 * makes, its named guards (each with an error code and the source of its rule) and its effect.
 * The union of events, `EVENT_TYPES`, `TRANSITIONS` and the state diagram are derived from the
 * definitions (`./index.ts`).
 */
import type { Schema } from '../../core/schema-type.js';
import { type Result, ok, err } from '../../core/result.js';
import { sourceOf, type Source } from '../../core/source.js';
import { HousingComplaintsError, plainMessage } from '../../core/errors.js';
import { yearOutOfRange } from '../../calendar/supported.js';
import type { Procedure } from '../../policy/schema.js';
import { schemeCoreOf } from '../../policy/scheme-basics.js';
import type { Complaint, ComplaintIn, HistoryEntry, ResponseRecord, Stage1Record, Stage2Record } from '../complaint.js';
import { changed, indexOfId, lookup, replaceAt, SHORT_LIST } from '../append.js';
import type { LifecycleContext } from '../context.js';
import { lifecycleError, type LifecycleError, type LifecycleErrorCode, type LifecycleIssue } from '../errors.js';
import type { ComplaintDefinition } from '../scalars.js';
import type { Status } from '../status.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { deepFrozen } from '../../core/freeze.js';

/**
 * The complaint an event is applied to, in one of the statuses `S` that accept the event, with the
 * event's London date and the history with the event appended.
 *
 * @example
 * ```ts
 * const where = (x: Step<'stage-1'>) => `${x.c.id}, ${x.on}, ${x.path}`; // what a guard of a stage 1 event is given
 * ```
 */
export interface Step<S extends Status> {
  /** The complaint (for `received`, which has none yet, `never`: its guards and effect do not read it). */
  readonly c: ComplaintIn<S>;
  readonly on: string;
  readonly ctx: LifecycleContext;
  /** Where the event is, for error paths: `'event'` or `'events[3]'`. */
  readonly path: string;
  readonly history: HistoryEntry[];
  /** Rebuilds a complaint from history entries, skipping voided ones and voids (for the `voided` event). */
  readonly rebuild: (entries: readonly HistoryEntry[]) => Result<Complaint, LifecycleError>;
}

/**
 * What a guard reports when its rule is broken: the message, the field (relative to the event) and,
 * when it depends on the policy, the source cited.
 *
 * @example
 * ```ts
 * const b: Breach = { message: 'the stage 2 reviewer must not be the stage 1 handler', at: 'reviewer', source: { provision: '6.13' } };
 * ```
 */
export interface Breach {
  readonly message: string;
  /** The field at fault, relative to the event (`'reviewer'`, `'remedies.0.dueBy'`). */
  readonly at: string;
  /** The source cited, when it names the policy's own section; otherwise the guard's `source`. */
  readonly source?: Source;
  /** For a documented limit: the limit itself, as a number. */
  readonly limit?: number;
}

/**
 * A named rule an event must satisfy before its effect applies: the error `code` it refuses with,
 * the rule in plain English and the `source` it enforces (the Code provision; the policy section is
 * added at run time from the policy in force). Seen from outside a definition, a guard is a {@link Rule}.
 *
 * @example
 * ```ts
 * type RespondedGuard = Guard<'stage-1' | 'stage-2', RespondedEvent>; // a rule a response must satisfy
 * ```
 */
export interface Guard<S extends Status, E> {
  readonly code: LifecycleErrorCode;
  readonly rule: string;
  readonly source: Source;
  /** Undefined when the rule holds; otherwise what is wrong (several breaches when several items break it). */
  check(x: Step<S>, ev: E): Breach | readonly Breach[] | undefined;
}

/**
 * A change of status an event makes, for the state diagram.
 *
 * @example
 * ```ts
 * const moves: readonly Move<Status>[] = DEFINITIONS.responded.moves;
 * moves.map((m) => `${m.from} -> ${m.to}`); // e.g. 'stage-1 -> stage-1-responded'
 * ```
 */
export interface Move<S extends Status> {
  readonly from: S;
  readonly to: Status;
  /** What distinguishes this move, e.g. `'stage 1'` or `'late, with discretion (5.11)'`. */
  readonly note?: string;
  /** The provisions of this move, where they are narrower than the event's `source`. */
  readonly source?: Source;
}

/**
 * One event: schema, accepting statuses, moves, guards and effect. {@link DEFINITIONS} holds every
 * one, each seen from outside as a {@link Runner}.
 *
 * @example
 * ```ts
 * type WithdrawnDefinition = EventDefinition<'withdrawn', WithdrawnEvent, 'stage-1' | 'stage-2'>;
 * ```
 */
export interface EventDefinition<K extends string, E, S extends Status> {
  readonly type: K;
  /** What the event records, cited (Code provisions). */
  readonly source: Source;
  /** The statuses that accept the event (none for `received`, which starts a complaint). */
  readonly from: readonly S[];
  /** The status changes the event makes; an accepted event not listed here leaves the status as it was. */
  readonly moves: readonly Move<NoInfer<S>>[];
  /** Checked in order before the effect; the first broken rule refuses the event. */
  readonly guards: readonly Guard<NoInfer<S>, NoInfer<E>>[];
  /** Why `allowedEvents` does not offer the event now although the status accepts it, or undefined when it is offered. */
  unavailable?(c: ComplaintIn<NoInfer<S>>, ctx: LifecycleContext): string | undefined;
  /**
   * @internal The error for the event in a status that does not accept it, where one more
   * particular than `event-not-allowed` applies (`escalation-requested` after stage 2:
   * `no-third-stage`); `now` lists what the complaint accepts instead.
   */
  readonly notAccepted?: NotAccepted;
  /** The complaint after the event, once every guard passed. */
  effect(x: Step<NoInfer<S>>, ev: NoInfer<E>): Complaint;
}

/**
 * A guard as data: its code, rule and source.
 *
 * @example
 * ```ts
 * const rules: readonly Rule[] = DEFINITIONS['escalation-acknowledged'].rules;
 * for (const r of rules) console.log(r.code, r.rule, r.source.provision);
 * ```
 */
export interface Rule {
  readonly code: LifecycleErrorCode;
  readonly rule: string;
  readonly source: Source;
}

/**
 * The error for an event in a status that does not accept it, where one more particular than
 * `event-not-allowed` applies (see {@link EventDefinition.notAccepted}).
 *
 * @internal
 * @example
 * ```ts
 * const own: NotAccepted = (c, now) => (c.status === 'stage-2' ? { code: 'no-third-stage', message: `no third stage (${now})`, source: { note: 'two stages' } } : undefined);
 * ```
 */
export type NotAccepted = (c: Complaint, now: string) => { readonly code: LifecycleErrorCode; readonly message: string; readonly source: Source } | undefined;

/**
 * What the interpreter (`applyEvent`, `replay`, `allowedEvents`) runs, with the event's own types
 * closed over: an event definition seen from outside.
 *
 * @example
 * ```ts
 * const withdrawn: Runner = DEFINITIONS.withdrawn;
 * withdrawn.from; // the statuses in which a complaint may be withdrawn
 * ```
 */
export interface Runner {
  readonly type: string;
  readonly source: Source;
  readonly from: readonly Status[];
  readonly moves: readonly Move<Status>[];
  readonly rules: readonly Rule[];
  /** Runs the guards then the effect; undefined when the complaint's status does not accept the event. */
  run(c: Complaint, ev: { readonly type: string }, on: string, ctx: LifecycleContext, path: string, history: HistoryEntry[], rebuild: Step<Status>['rebuild']): Result<Complaint, LifecycleError> | undefined;
  /** Why the event is not offered now (undefined: it is, or the status does not accept it). */
  notOffered(c: Complaint, ctx: LifecycleContext): string | undefined;
  /** @internal See {@link EventDefinition.notAccepted}. */
  readonly notAccepted?: NotAccepted;
}

/** The issue a broken guard reports. */
export function breachIssue(g: Rule, b: Breach, path: string): LifecycleIssue {
  const issue: LifecycleIssue = { code: g.code, message: b.message, source: b.source ?? g.source, path: b.at === '' ? path : `${path}.${b.at}` };
  return b.limit === undefined ? issue : { ...issue, limit: b.limit };
}

/**
 * Runs every guard, then the effect when none is broken. Every broken rule is reported (the
 * first, in the definition's order, is the error's own code and message).
 */
export function runSteps<S extends Status, E>(d: { readonly guards: readonly Guard<S, E>[]; effect(x: Step<S>, ev: E): Complaint }, x: Step<S>, ev: E): Result<Complaint, LifecycleError> {
  const r = stepOutcome(d, x, ev);
  return isFailure(r) ? r : ok(r);
}

/**
 * A refused step: the error, as a Result.
 *
 * @internal
 * @example
 * ```ts
 * const r = stepOutcome(definition, step, event);
 * if (isFailure(r)) return r;
 * ```
 */
export type Failure = Result<never, LifecycleError>;

/** Whether a step's outcome is its refusal rather than the next complaint (a complaint has no `ok` key; a Failure's is false). @internal */
export function isFailure(r: Complaint | Failure): r is Failure {
  return (r as { ok?: unknown }).ok === false;
}

/**
 * {@link runSteps} for the interpreter: the next complaint itself, or the refusal. A replay applies
 * thousands of events and builds no Result for each.
 *
 * @internal
 * @example
 * ```ts
 * const next = stepOutcome(definition, step, event);
 * ```
 */
export function stepOutcome<S extends Status, E>(d: { readonly guards: readonly Guard<S, E>[]; effect(x: Step<S>, ev: E): Complaint }, x: Step<S>, ev: E): Complaint | Failure {
  try {
    let issues: LifecycleIssue[] | undefined;
    const guards = d.guards;
    for (let i = 0; i < guards.length; i++) {
      const g = guards[i]!;
      const b = g.check(x, ev);
      if (b === undefined) continue;
      issues ??= [];
      if (Array.isArray(b)) for (const one of b as readonly Breach[]) issues.push(breachIssue(g, one, x.path));
      else issues.push(breachIssue(g, b as Breach, x.path));
    }
    return issues === undefined || issues.length === 0 ? d.effect(x, ev) : err(lifecycleError(ownScheme(issues, x.ctx)));
  } catch (e) {
    // A deadline the event's rules count that falls after the supported range (an event in the
    // last weeks of it): restated for the event, which the door refuses as `date-out-of-range`.
    if (e instanceof HousingComplaintsError && e.code === 'year-out-of-range') {
      throw yearOutOfRange(`${x.path}: ${plainMessage(e)}`, `${x.path}.at`, 'after');
    }
    throw e;
  }
}

/**
 * The issues as a policy in a scheme that is not measured against the Code 2024 (the SPSO's) sees
 * them: the rule's source without a Code provision (the Code does not bind such a policy), citing
 * the policy's own section where the rule has one, or else saying plainly where the rule comes from.
 * Guard errors and the errors the reducer raises itself (the order of events, the status table) go
 * through it alike.
 */
export function ownScheme(issues: readonly LifecycleIssue[], ctx: LifecycleContext): readonly LifecycleIssue[] {
  const scheme = schemeCoreOf(ctx.policy);
  if (scheme.measuredAgainst === 'code-2024') return issues;
  return issues.map((i) => {
    const { provision, ...rest } = i.source;
    if (provision === undefined) return i;
    const note = `as Code ${provision}, which does not bind a policy in the ${scheme.name}'s scheme`;
    return { ...i, source: { ...rest, note: rest.note === undefined ? note : `${rest.note}; ${note}` } };
  });
}


/**
 * Defines an event, keeping its literal type and statuses, and closes the interpreter over them:
 * the status test narrows the complaint to the statuses that accept the event, the type test the
 * event to its schema's output.
 *
 * @example
 * ```ts
 * export const withdrawn = defineEvent<WithdrawnEvent>()({ type: 'withdrawn', from: ['stage-1'], ... });
 * ```
 */
export function defineEvent<E>(): <const K extends string, const S extends Status>(d: EventDefinition<K, E, S>) => EventDefinition<K, E, S> & Runner {
  return <const K extends string, const S extends Status>(d: EventDefinition<K, E, S>): EventDefinition<K, E, S> & Runner => {
    const from: readonly Status[] = d.from;
    const isIn = (c: Complaint): c is ComplaintIn<S> => from.includes(c.status);
    const isEvent = (ev: { readonly type: string }): ev is E & { readonly type: string } => ev.type === d.type;
    return {
      ...d,
      rules: d.guards.map((g) => ({ code: g.code, rule: g.rule, source: g.source })),
      run(c, ev, on, ctx, path, history, rebuild) {
        if (!isIn(c) || !isEvent(ev)) return undefined;
        return runSteps(d, { c, on, ctx, path, history, rebuild }, ev);
      },
      notOffered(c, ctx) {
        return isIn(c) && d.unavailable !== undefined ? d.unavailable(c, ctx) : undefined;
      },
    };
  };
}

/**
 * `compute` worked out once per step: a guard and the effect of one event that both need it (a
 * deadline, a window, the remedy an event names) share the one answer. Only the last step's answer is kept, until
 * {@link forgetSteps} (the end of every call of the interpreter) lets it go.
 */
// @__NO_SIDE_EFFECTS__
export function perStep<S extends Status, T, E = void>(compute: (x: Step<S>, ev: E) => T): (x: Step<S>, ev: E) => T {
  // A step applies one event: the event it is asked with is the step's own.
  const cell: StepMemo = { step: undefined, value: undefined };
  STEP_MEMOS.push(cell);
  return (x, ev) => {
    if (x !== cell.step) {
      cell.value = compute(x, ev);
      cell.step = x;
    }
    return cell.value as T;
  };
}

interface StepMemo {
  step: object | undefined;
  value: unknown;
}

/** Every {@link perStep} memo (one per definition that uses one, made at module load). */
const STEP_MEMOS: StepMemo[] = [];

/**
 * Lets go of the step (its complaint and context) and the answer every {@link perStep} memo kept:
 * the interpreter calls it as it returns, so nothing of a replay stays reachable from here.
 *
 * @internal
 * @example
 * ```ts
 * try { return replayAll(events, context); } finally { forgetSteps(); }
 * ```
 */
export function forgetSteps(): void {
  for (let i = 0; i < STEP_MEMOS.length; i++) {
    const m = STEP_MEMOS[i]!;
    m.step = undefined;
    m.value = undefined;
  }
}

/** Defines a guard (the type parameters come from the event it is listed in). */
export function guard<S extends Status, E>(code: LifecycleErrorCode, source: Source, rule: string, check: (x: Step<S>, ev: E) => Breach | readonly Breach[] | undefined): Guard<S, E> {
  return { code, source, rule, check };
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the guards and effects
// ---------------------------------------------------------------------------------------------

/** True when text is missing or blank. */
export const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/**
 * A rule's source: the Code provision, and the policy's own section where the policy cites one
 * (the built-in Code policy has no sections; a co-op policy does).
 */
export const cite = (provision: string | undefined, policySection: string | undefined, note?: string): Source => sourceOf(provision, policySection, undefined, note);

/** The policy's section for its procedures (apart from {@link sectionOf}, which the guards of every event do not need). */
const proceduresSection = (ctx: LifecycleContext): string | undefined => ctx.policy.procedures[0]?.source.policy;

/** The policy's sections for procedures, remedies, the Ombudsman, and an exclusion ground. */
export const sectionOf = {
  procedures: proceduresSection,
  remedies: (ctx: LifecycleContext) => ctx.policy.remedies[0]?.source.policy ?? ctx.policy.financialRemedies.source.policy,
  ombudsman: (ctx: LifecycleContext) => ctx.policy.ombudsmanEvidence?.source.policy ?? ctx.policy.ombudsman.source.policy,
  ground: (ctx: LifecycleContext, ground: string) => ctx.policy.exclusions.find((x) => x.ground === ground)?.source.policy,
};

/** The procedure `id` names in the policy. */
export function procedureOf(ctx: LifecycleContext, id: string | undefined): Procedure | undefined {
  if (id === undefined) return undefined;
  const procedures = ctx.policy.procedures;
  for (let i = 0; i < procedures.length; i++) if (procedures[i]!.id === id) return procedures[i];
  return undefined;
}

const PROCEDURES: Source = /* @__PURE__ */ deepFrozen({ note: 'policy.procedures' });
const ROLES: Source = /* @__PURE__ */ deepFrozen({ note: 'policy.roles' });

/** Guard: the event's `procedure` (when given) is one of the policy's. */
export function knownProcedure<S extends Status, E extends { readonly procedure?: string | undefined }>(): Guard<S, E> {
  return guard<S, E>('unknown-procedure', PROCEDURES, "The procedure named is one of the policy's", (x, ev) => {
    if (ev.procedure === undefined || procedureOf(x.ctx, ev.procedure) !== undefined) return undefined;
    return {
      message: `${x.path}.procedure '${ev.procedure}' is not a procedure of policy '${x.ctx.policy.id}' (one of ${x.ctx.policy.procedures.map((q) => `'${q.id}'`).join(', ')})`,
      at: 'procedure',
      source: cite(undefined, proceduresSection(x.ctx), 'policy.procedures'),
    };
  });
}

/** The first of `roles` that is not a role of the policy, as a breach at `field`. */
export function unknownRole(ctx: LifecycleContext, roles: readonly string[] | undefined, path: string, field: string, index = true): Breach | undefined {
  if (roles === undefined) return undefined;
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i]!;
    if (!Object.hasOwn(ctx.policy.roles, role)) {
      return {
        message: `${path}.${field}${index ? `[${i}]` : ''} '${role}' is not a role of policy '${ctx.policy.id}'`,
        at: index ? `${field}.${i}` : field,
        source: cite(undefined, proceduresSection(ctx), 'policy.roles'),
      };
    }
  }
  return undefined;
}

/** Guard: every role the event's `notified` names is one of the policy's. */
export function knownNotified<S extends Status, E extends { readonly notified?: string[] | undefined }>(): Guard<S, E> {
  return guard<S, E>('unknown-role', ROLES, "The roles notified are the policy's", (x, ev) => unknownRole(x.ctx, ev.notified, x.path, 'notified'));
}

/** Guard: every role the event's `roleHolders` names is one of the policy's. */
export function knownRoleHolders<S extends Status, E extends { readonly roleHolders?: Record<string, string> | undefined }>(): Guard<S, E> {
  return guard<S, E>('unknown-role', ROLES, "The roles held are the policy's", (x, ev) =>
    ev.roleHolders === undefined ? undefined : unknownRole(x.ctx, Object.keys(ev.roleHolders), x.path, 'roleHolders'),
  );
}

/** The first issue id that appears twice in a definition. */
export function duplicateIssue(d: ComplaintDefinition): string | undefined {
  const issues = d.issues;
  if (issues.length <= SHORT_LIST) {
    for (let i = 1; i < issues.length; i++) for (let j = 0; j < i; j++) if (issues[j]!.id === issues[i]!.id) return issues[i]!.id;
    return undefined;
  }
  // One pass with a set: a definition of 100,000 issues is checked in linear time.
  const seen = new Set<string>();
  for (const issue of d.issues) {
    if (seen.has(issue.id)) return issue.id;
    seen.add(issue.id);
  }
  return undefined;
}

/**
 * Guard (Code 5.6): the issue ids of the complaint definition the event gives (`definitionOf`;
 * undefined when it gives none) are unique; the breach is at `at`.
 */
export function uniqueIssueIds<S extends Status, E>(definitionOf: (ev: E) => ComplaintDefinition | undefined, at: string): Guard<S, E> {
  return guard<S, E>('duplicate-id', { provision: CODE_2024.complaintDefinition.provision }, 'Issue ids are unique in the complaint definition', (_x, ev) => {
    const d = definitionOf(ev);
    const dup = d === undefined ? undefined : duplicateIssue(d);
    return dup === undefined ? undefined : { message: `issue id '${dup}' appears twice in the complaint definition`, at };
  });
}

/**
 * Guard: the receipt has been notified to every role the event's procedure lists in
 * `notifyOnReceipt`, counting the roles the event itself notifies and those `earlier` gives
 * (undefined: the rule does not apply to this event). `message` words the breach for the event.
 */
export function receiptNotified<S extends Status, E extends { readonly procedure?: string | undefined; readonly notified?: string[] | undefined }>(
  rule: string,
  earlier: (x: Step<S>, ev: E) => readonly { readonly role: string }[] | undefined,
  message: (proc: Procedure, missing: readonly string[], x: Step<S>) => string,
): Guard<S, E> {
  return guard<S, E>('receipt-notification-missing', { note: 'procedure notifyOnReceipt' }, rule, (x, ev) => {
    const before = earlier(x, ev);
    if (before === undefined) return undefined;
    const proc = procedureOf(x.ctx, ev.procedure);
    if (proc === undefined || proc.notifyOnReceipt.length === 0) return undefined;
    // One set of the roles notified, so the check is linear in the notifications and the roles
    // (short lists are scanned).
    const notified = ev.notified ?? [];
    const told = notified.length + before.length > SHORT_LIST ? new Set<string>(notified) : undefined;
    if (told !== undefined) for (let i = 0; i < before.length; i++) told.add(before[i]!.role);
    const wasTold = (role: string): boolean => (told === undefined ? notified.includes(role) || before.some((b) => b.role === role) : told.has(role));
    const missing: string[] = [];
    for (let i = 0; i < proc.notifyOnReceipt.length; i++) if (!wasTold(proc.notifyOnReceipt[i]!)) missing.push(proc.notifyOnReceipt[i]!);
    return missing.length === 0 ? undefined : { message: message(proc, missing, x), at: 'notified', source: cite(undefined, proc.source.policy, 'procedure notifyOnReceipt') };
  });
}

/** The stage being handled now: stage 2 once requested, else stage 1. */
export function currentStage(c: Complaint): Stage1Record | Stage2Record {
  return 'stage2' in c && c.stage2 !== undefined ? c.stage2 : c.stage1;
}

/** Every remedy offered in a response to the complaint. */
export function allRemedies(c: Complaint): { readonly id: string; readonly completedOn?: string | undefined }[] {
  const out = [];
  if ('response' in c.stage1) out.push(...c.stage1.response.remedies);
  if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) out.push(...c.stage2.response.remedies);
  return out;
}

/** Every outstanding action stated in a response to the complaint. */
export function allActions(c: Complaint): { readonly id: string; readonly completedOn?: string | undefined }[] {
  const out = [];
  if ('response' in c.stage1) out.push(...c.stage1.response.outstandingActions);
  if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) out.push(...c.stage2.response.outstandingActions);
  return out;
}

/** Where an entry of a response is: the stage whose response holds it (stage 1 first) and its index there. */
export interface ResponseEntryAt<T> {
  readonly stage: 1 | 2;
  readonly index: number;
  readonly entry: T;
}

/**
 * The first remedy (`list: 'remedies'`) or outstanding action (`'outstandingActions'`) with id
 * `id` in the complaint's responses, stage 1 first, or undefined. A look-up in the ids' maps kept
 * for the replay (`indexOfId`): constant time per event.
 */
export function findInResponses<L extends 'remedies' | 'outstandingActions'>(c: Complaint, list: L, id: string): ResponseEntryAt<ResponseRecord[L][number]> | undefined {
  if ('response' in c.stage1) {
    const xs = c.stage1.response[list] as ResponseRecord[L];
    const i = indexOfId(xs, id);
    if (i >= 0) return { stage: 1, index: i, entry: xs[i]! };
  }
  if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) {
    const xs = c.stage2.response[list] as ResponseRecord[L];
    const i = indexOfId(xs, id);
    if (i >= 0) return { stage: 2, index: i, entry: xs[i]! };
  }
  return undefined;
}

/**
 * The complaint with the response entry at `at` replaced by `entry` (same id): only the one list is
 * changed, in place during a replay (`replaceAt`), so completing an entry costs constant time.
 */
export function withResponseEntry<L extends 'remedies' | 'outstandingActions'>(c: Complaint, list: L, at: ResponseEntryAt<unknown>, entry: ResponseRecord[L][number], history: HistoryEntry[]): Complaint {
  if (at.stage === 1 && 'response' in c.stage1) return changed(c, { history, stage1: withEntry(c.stage1, list, at.index, entry) }) as Complaint;
  if (at.stage === 2 && 'stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) return changed(c, { history, stage2: withEntry(c.stage2, list, at.index, entry) }) as Complaint;
  return changed(c, { history });
}

/** A stage record whose response has the entry at `index` of `list` replaced (see {@link withResponseEntry}). */
function withEntry<S extends { response: ResponseRecord }>(s: S, list: 'remedies' | 'outstandingActions', index: number, entry: unknown): S {
  const r = s.response;
  // Each list by its own name, not a computed key: an object literal with a computed key is built
  // by the engine's slow path.
  const response: ResponseRecord =
    list === 'remedies'
      ? { ...r, remedies: replaceAt(r.remedies, index, entry as ResponseRecord['remedies'][number]) }
      : { ...r, outstandingActions: replaceAt(r.outstandingActions, index, entry as ResponseRecord['outstandingActions'][number]) };
  return { ...s, response };
}

/** Every order made in the Ombudsman's determinations. */
export function allOrders(c: Complaint): ComplaintIn<Status>['ombudsman']['determinations'][number]['orders'] {
  return c.ombudsman.determinations.flatMap((d) => d.orders);
}

/**
 * Where each order id is first made: the determination's index and the order's index in it. A map
 * kept for the replay and extended as determinations are added (`lookup`), so a complaint of n
 * orders costs O(n) however they are spread over determinations.
 */
export function orderIndex(c: Complaint): ReadonlyMap<string, readonly [number, number]> {
  const ds = c.ombudsman.determinations;
  return lookup(ds, 'orders', () => new Map<string, readonly [number, number]>(), (m, d) => {
    const orders = ds[d]!.orders;
    for (let k = 0; k < orders.length; k++) if (!m.has(orders[k]!.id)) m.set(orders[k]!.id, [d, k]);
  });
}

/** The last index where `f` holds, or -1. */
export function findLastIndex<T>(xs: readonly T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i] as T)) return i;
  return -1;
}

/** Code 5.9: update intervals, once a response falls outside the Code's timescales. */
export const UPDATE_INTERVALS: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.updates.provision }))());
/** Code 6.6, 6.17: outstanding actions tracked to completion. */
export const ACTION_SOURCE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: `${CODE_2024.outstandingActions[0].provision}, ${CODE_2024.outstandingActions[1].provision}` }))());
