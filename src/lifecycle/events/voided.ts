/**
 * The `voided` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import { STATUSES, type Status } from '../status.js';
import { base, Id, Text } from '../scalars.js';
import type { HistoryEntry } from '../complaint.js';
import { defineEvent, guard } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import { LIMITS_SOURCE, MAX_VOID_REBUILD_EVENTS } from '../guards.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { deepFrozen } from '../../core/freeze.js';

/** @internal The schema as built, for the union of events and the type test. */
export const voidedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('voided'),
    ...base,
    targetEventId: z.optional(Id),
    eventIndex: z.optional(z.int().check(z.minimum(0))),
    reason: Text,
    by: Id,
  }))();
/**
 * A mis-entered event is withdrawn (a wrong date, the wrong complaint, a duplicate), named by its
 * `eventId` (`targetEventId`: a host that reorders stored rows still names the right one) or, as
 * before, by `eventIndex`, its position in the complaint's events (the `history` index, 0 being
 * `received`); exactly one of the two. With the `reason` and who voided it (`by`). The voided event stays in the history, marked, for the
 * record (Code 5.12: a full record of the complaint); the rules ignore it, as if it had never been
 * recorded. `received` cannot be voided (start the complaint again), nor a `voided` event; an
 * event on which a later one depends (an acknowledgement followed by a response) is voided only
 * after the later ones.
 *
 * @example
 * ```ts
 * const e: VoidedEvent = { type: 'voided', at: '2025-01-14', targetEventId: 'ev-1043', reason: 'Dated 2035 by mistake', by: 'officer-ann' };
 * ```
 */
export const VoidedEvent: Schema<VoidedEvent, VoidedEvent> = voidedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const VoidedEventZod: z.ZodMiniType<VoidedEvent, VoidedEvent> = voidedEventSchema;
/** See {@link VoidedEvent}. */
export interface VoidedEvent {
  type: 'voided';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  /** The `eventId` of the event withdrawn. Give this or `eventIndex`, not both. */
  targetEventId?: string | undefined;
  /** The index in the complaint's history of the event withdrawn (0 is `received`): the older way to name it, by position. */
  eventIndex?: number | undefined;
  reason: string;
  by: string;
}

const SOURCE = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.record.provision, note: 'a full record of the complaint: corrections are recorded, not edited' }) as const)());

/** `voided`: a mis-entered event is withdrawn from the rules and kept, marked, in the history. */
export const voided = /* @__PURE__ */ (() => defineEvent<VoidedEvent>()({
  type: 'voided',
  source: SOURCE,
  from: STATUSES,
  moves: [],
  guards: [
    guard<Status, VoidedEvent>('cannot-void', SOURCE, 'A void names the event it withdraws, by its eventId or its position (one of the two)', (_x, ev) =>
      namesOne(ev)
        ? undefined
        : { message: `a void names the event it withdraws by targetEventId (its eventId) or by eventIndex (its position), ${ev.eventIndex === undefined ? 'and this one gives neither' : 'not both'}`, at: ev.eventIndex === undefined ? 'targetEventId' : 'eventIndex' },
    ),
    guard<Status, VoidedEvent>('unknown-event-id', SOURCE, 'The eventId a void names is an event of the complaint', (x, ev) =>
      !namesOne(ev) || voidTarget(x.c.history, ev) >= 0
        ? undefined
        : { message: `complaint '${x.c.id}' has no event with eventId '${ev.targetEventId}'${knownIds(x.c.history)}`, at: 'targetEventId' },
    ),
    guard<Status, VoidedEvent>('cannot-void', SOURCE, 'Only a recorded event other than received or a void is voided, once', (x, ev) => {
      const h = x.c.history;
      const i = voidTarget(h, ev);
      if (!namesOne(ev) || i < 0) return undefined; // reported above
      const at = ev.eventIndex === undefined ? 'targetEventId' : 'eventIndex';
      const name = nameOf(ev, i);
      const target = h[i];
      if (target === undefined) return { message: `there is no event ${i}: the complaint has ${h.length} events (0 to ${h.length - 1})`, at };
      if (target.event.type === 'received') return { message: "the received event cannot be voided: start the complaint again under its right details", at };
      if (target.event.type === 'voided') return { message: `${name} is itself a void; record the event again instead`, at };
      if (target.voided !== undefined) return { message: `${name} ('${target.event.type}') was voided on ${target.voided.on}`, at };
      return undefined;
    }),
    guard<Status, VoidedEvent>('too-many-events', LIMITS_SOURCE, 'Voids re-apply a bounded number of events', (x) => {
      const work = voidWork(x.c.history);
      if (work <= MAX_VOID_REBUILD_EVENTS) return undefined;
      return {
        message: `the complaint's voids would re-apply ${work} events; the limit is ${MAX_VOID_REBUILD_EVENTS}`,
        at: 'type',
        limit: MAX_VOID_REBUILD_EVENTS,
      };
    }),
    guard<Status, VoidedEvent>('cannot-void', SOURCE, 'What remains still satisfies every rule', (x, ev) => {
      // Over the limit the rebuild is not run (the guard before reports it).
      if (voidWork(x.c.history) > MAX_VOID_REBUILD_EVENTS) return undefined;
      const i = voidTarget(x.c.history, ev);
      const target = namesOne(ev) ? x.c.history[i] : undefined;
      if (target === undefined || target.event.type === 'received' || target.event.type === 'voided' || target.voided !== undefined) return undefined;
      const r = x.rebuild(marked(x.c.history, ev, x.on));
      return r.ok ? undefined : { message: `without ${nameOf(ev, i)} ('${target.event.type}') a later event no longer fits: ${r.error.message}; void the later events first`, at: ev.eventIndex === undefined ? 'targetEventId' : 'eventIndex' };
    }),
  ],
  effect(x, ev) {
    const entries = [...marked(x.c.history, ev, x.on), { on: x.on, event: ev }];
    const r = x.rebuild(entries);
    // The guards rebuilt the same entries (less this one, which the rebuild skips) successfully.
    if (!r.ok) throw new Error(`housing-complaints: internal error: a void checked by its guards did not rebuild: ${r.error.message}`);
    return r.value;
  },
}))();

/**
 * The events the complaint's voids re-apply with this one: the history's length at each earlier
 * void (its index) and now. One pass, no larger than the rebuild it bounds.
 */
function voidWork(history: readonly HistoryEntry[]): number {
  let work = history.length;
  for (let i = 0; i < history.length; i++) if (history[i]!.event.type === 'voided') work += i;
  return work;
}

/** The history with the event the void names marked voided. */
function marked(history: readonly HistoryEntry[], ev: VoidedEvent, on: string): HistoryEntry[] {
  const target = voidTarget(history, ev);
  return history.map((h, i) => (i === target ? { ...h, voided: { on, reason: ev.reason, by: ev.by } } : h));
}

/**
 * The history index of the event a void names: `eventIndex` itself, or the entry whose event has
 * the `targetEventId` (event ids are unique in a complaint); -1 when none has it. A scan: a void
 * rebuilds the complaint anyway, in time linear in its history.
 *
 * @internal
 * @example
 * ```ts
 * voidTarget(complaint.history, { type: 'voided', at: '2025-01-14', targetEventId: 'ev-7', reason: 'Duplicate', by: 'officer-ann' });
 * ```
 */
export function voidTarget(history: readonly HistoryEntry[], ev: Pick<VoidedEvent, 'eventIndex' | 'targetEventId'>): number {
  if (ev.eventIndex !== undefined) return ev.eventIndex;
  for (let i = 0; i < history.length; i++) if (history[i]!.event.eventId === ev.targetEventId) return i;
  return -1;
}

/** True when the void names its target one way: by `targetEventId` or by `eventIndex`. */
const namesOne = (ev: VoidedEvent): boolean => (ev.targetEventId === undefined) !== (ev.eventIndex === undefined);

/** The event a void names, for a message: `event 3`, or `event 'ev-7' (3)`. */
const nameOf = (ev: VoidedEvent, i: number): string => (ev.eventIndex === undefined ? `event '${ev.targetEventId}' (${i})` : `event ${i}`);

/** The event ids of the history, for a message: up to 5, or that there are none. */
function knownIds(history: readonly HistoryEntry[]): string {
  const ids: string[] = [];
  for (const h of history) if (h.event.eventId !== undefined) ids.push(`'${h.event.eventId}'`);
  if (ids.length === 0) return ' (none of its events has an eventId)';
  return ` (its event ids: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? `, and ${ids.length - 5} more` : ''})`;
}
