/**
 * Argument checks and documented limits of the lifecycle's exported functions. Result-returning
 * functions (`startComplaint`, `applyEvent`, `replay`) answer `{ ok: false }` for anything wrong,
 * the context included, and never throw for host data; the others (`allowedEvents`, `deadlines`,
 * `overdue`, `stageOf`, ...) throw a typed {@link HousingComplaintsError} naming the argument.
 */
import { HousingComplaintsError } from '../core/errors.js';
import { argumentError, expectCalendar, expectObject, guarded } from '../core/guard.js';
import { guideUrl } from '../core/links.js';
import type { Result } from '../core/result.js';
import type { Source } from '../core/source.js';
import type { Complaint } from './complaint.js';
import type { LifecycleContext } from './context.js';
import { lifecycleError, type LifecycleError, type LifecycleErrorCode } from './errors.js';
import { STATUSES } from './status.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * The most events one complaint may have (`replay`'s events, or a complaint's history before
 * `applyEvent`). Far beyond any real complaint; it bounds the work one hostile record can ask for.
 *
 * @example
 * ```ts
 * if (events.length > MAX_EVENTS_PER_COMPLAINT) console.error('too many events to replay: archive the complaint first');
 * ```
 */
export const MAX_EVENTS_PER_COMPLAINT = 100_000;

/**
 * The most events the voids of one complaint may re-apply in all. A void rebuilds the complaint
 * from its history (the events before it, less the voided ones), so each costs work linear in the
 * history; this bounds the sum over the complaint's voids (the history's length at each void), so
 * that one record cannot ask for quadratic work. A complaint of 100 events may be corrected 10,000
 * times; one of 100,000 events about 10 times.
 *
 * @example
 * ```ts
 * MAX_VOID_REBUILD_EVENTS; // 1000000
 * ```
 */
export const MAX_VOID_REBUILD_EVENTS = 1_000_000;

/** Where the limits are documented. */
export const LIMITS_SOURCE: Source = /* @__PURE__ */ deepFrozen({ note: `the library’s documented limits (${guideUrl('limits')})` });

const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);

/**
 * Throws unless `complaint` is a complaint object: a known status, a non-empty history, a receipt date.
 *
 * @internal
 * @example
 * ```ts
 * expectComplaint('deadlines', complaint);
 * ```
 */
export function expectComplaint(fn: string, complaint: unknown): asserts complaint is Complaint {
  const c = expectObject({ fn, path: 'complaint' }, complaint, 'a Complaint (from replay, applyEvent or parseComplaint)');
  if (!STATUS_SET.has(c.status)) throw argumentError({ fn, path: 'complaint.status' }, 'one-of', `one of ${STATUSES.join(', ')}`, c.status);
  if (!Array.isArray(c.history) || c.history.length === 0) throw argumentError({ fn, path: 'complaint.history' }, 'type', 'a non-empty array of history entries', c.history);
  if (typeof c.receivedOn !== 'string') throw argumentError({ fn, path: 'complaint.receivedOn' }, 'date', 'a date YYYY-MM-DD', c.receivedOn);
}

/** Contexts already checked, with the frozen policy, calendar and versions they were checked with. */
const CHECKED = new WeakMap<object, readonly unknown[]>();

/**
 * Throws unless `context` is `{ policy, calendar }` with the parts the lifecycle reads.
 *
 * @internal
 * @example
 * ```ts
 * expectLifecycleContext('allowedEvents', context);
 * ```
 */
export function expectLifecycleContext(fn: string, context: unknown): asserts context is LifecycleContext {
  // A context already checked with the same frozen policy (a built-in one), frozen calendar and versions passes again unread.
  const seen = CHECKED.get(context as object);
  if (seen !== undefined && seen[0] === (context as LifecycleContext).policy && seen[1] === (context as LifecycleContext).calendar && seen[2] === (context as LifecycleContext).versions) return;
  const ctx = expectObject({ fn, path: 'context' }, context, 'an object { policy, calendar }');
  const policy = expectObject({ fn, path: 'context.policy' }, ctx.policy, 'a Policy');
  for (const key of ['roles', 'escalation', 'ombudsman', 'timeLimit'] as const) expectObject({ fn, path: `context.policy.${key}` }, policy[key]);
  for (const key of ['stages', 'procedures', 'exclusions'] as const) {
    if (!Array.isArray(policy[key])) throw argumentError({ fn, path: `context.policy.${key}` }, 'type', 'an array', policy[key]);
  }
  const stages = policy.stages as unknown[];
  for (let i = 0; i < 2; i++) expectObject({ fn, path: `context.policy.stages.${i}` }, stages[i]);
  expectCalendar({ fn, path: 'context.calendar' }, ctx.calendar);
  if (ctx.versions !== undefined && !Array.isArray(ctx.versions)) throw argumentError({ fn, path: 'context.versions' }, 'type', 'an array of Policy versions', ctx.versions);
  if (typeof (ctx.calendar as { londonDate?: unknown }).londonDate !== 'function') {
    throw argumentError({ fn, path: 'context.calendar.londonDate' }, 'type', 'a function (a WorkingDayCalendar from createCalendar)', (ctx.calendar as { londonDate?: unknown }).londonDate);
  }
  // The parts read above cannot change once the policy, its stages and the calendar (createCalendar's are) are frozen.
  if (Object.isFrozen(policy) && Object.isFrozen(stages) && Object.isFrozen(ctx.calendar)) CHECKED.set(ctx, [policy, ctx.calendar, ctx.versions]);
}

/**
 * For a Result door: the context problem as `{ ok: false }` (code `'invalid-context'`), or undefined.
 *
 * @internal
 * @example
 * ```ts
 * const bad = contextProblem('replay', context); if (bad !== undefined) return bad;
 * ```
 */
export function contextProblem(fn: string, context: unknown): Result<never, LifecycleError> | undefined {
  try {
    expectLifecycleContext(fn, context);
    return undefined;
  } catch (e) {
    if (!(e instanceof HousingComplaintsError)) throw e;
    return { ok: false, error: toLifecycleError(e, 'invalid-context') };
  }
}

const CODE_OF: Readonly<Record<string, LifecycleErrorCode>> = {
  'year-out-of-range': 'date-out-of-range',
  'invalid-date': 'invalid-time',
  'invalid-instant': 'invalid-time',
};

function toLifecycleError(e: HousingComplaintsError, fallback: LifecycleErrorCode): LifecycleError {
  const code = Object.hasOwn(CODE_OF, e.code) ? (CODE_OF[e.code] as LifecycleErrorCode) : fallback;
  const message = e.message.replace(/^housing-complaints: /, '');
  return lifecycleError([{ code, message, source: e.source ?? { note: 'the working-day calendar' }, path: e.path ?? '', ...(e.limit === undefined ? {} : { limit: e.limit }) }]);
}

/**
 * Runs a Result door's work so that a typed error thrown inside (the calendar refusing a date
 * beyond its years, say) becomes `{ ok: false }` instead of an exception.
 *
 * @internal
 * @example
 * ```ts
 * return guardedLifecycle(() => applyTrusted(complaint, event, context, 'event'));
 * ```
 */
export function guardedLifecycle<T>(run: () => Result<T, LifecycleError>): Result<T, LifecycleError> {
  return guarded(run, (e) => toLifecycleError(e, 'invalid-complaint'));
}

