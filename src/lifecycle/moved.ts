/**
 * Which deadlines of a complaint a change of calendar moves: for re-notifying after a bank holiday
 * list is updated (an announced holiday, a loaded feed, a new closure).
 */
import type { LifecycleContext } from './context.js';
import { deadlines } from './deadlines.js';
import type { Deadline, DeadlineKind } from './types.js';

/**
 * One deadline that a change of calendar moved: its kind (and `ref`, for the remedy, action,
 * request, order or adjustment it belongs to), the date it was due `from` under the old calendar and
 * the date it is due `to` under the new one, and the new deadline in full (its basis, and whether it
 * is still provisional).
 *
 * @example
 * ```ts
 * const moved: MovedDeadline[] = movedDeadlines(complaint, context, { ...context, calendar: createCalendar({ region: 'england-and-wales', bankHolidays: feed }) });
 * for (const m of moved) console.log(m.kind, m.from, '->', m.to);
 * ```
 */
export interface MovedDeadline {
  readonly kind: DeadlineKind;
  readonly ref?: string;
  /** The due date under the calendar before the update. */
  readonly from: string;
  /** The due date under the calendar after it. */
  readonly to: string;
  /** The deadline as the calendar after the update gives it. */
  readonly deadline: Deadline;
}

/**
 * The deadlines of `complaint` that are due on a different date under `after` than under `before`
 * (two contexts with the same policy: typically the calendar before and after a bank holiday list
 * update), in the order `deadlines()` lists them, each with its old and new date. Pure: it computes
 * `deadlines(complaint, before, asOf)` and `deadlines(complaint, after, asOf)` and compares them by
 * kind and `ref`; a deadline that did not move is not listed. A host re-notifies the people concerned
 * for each one.
 *
 * @throws {@link HousingComplaintsError} whatever `deadlines` throws for either context (for example
 * `calendar-region-mismatch`).
 *
 * @example
 * ```ts
 * // The calendar in the policy's own region, before and after GOV.UK's latest feed is loaded.
 * const before = { policy, calendar: createPolicyCalendar(policy) };
 * const after = { policy, calendar: createPolicyCalendar(policy, { bankHolidays: feed }) };
 * for (const m of movedDeadlines(complaint, before, after)) console.log(complaint.id, m.kind, m.from, m.to);
 * ```
 */
export function movedDeadlines(complaint: Parameters<typeof deadlines>[0], before: LifecycleContext, after: LifecycleContext, asOf?: string): MovedDeadline[] {
  const key = (d: Deadline): string => `${d.kind}\u0000${d.ref ?? ''}`;
  const old = new Map(deadlines(complaint, before, asOf).map((d) => [key(d), d.dueBy]));
  const out: MovedDeadline[] = [];
  for (const d of deadlines(complaint, after, asOf)) {
    const from = old.get(key(d));
    if (from === undefined || from === d.dueBy) continue;
    out.push(d.ref === undefined ? { kind: d.kind, from, to: d.dueBy, deadline: d } : { kind: d.kind, ref: d.ref, from, to: d.dueBy, deadline: d });
  }
  return out;
}
