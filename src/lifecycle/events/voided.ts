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

/** @internal The schema as built, for the union of events and the type test. */
export const voidedEventSchema = z.strictObject({
  type: z.literal('voided'),
  ...base,
  eventIndex: z.int().check(z.minimum(0)),
  reason: Text,
  by: Id,
});
/**
 * A mis-entered event is withdrawn (a wrong date, the wrong complaint, a duplicate): `eventIndex` is
 * its position in the complaint's events (the `history` index, 0 being `received`), with the
 * `reason` and who voided it (`by`). The voided event stays in the history, marked, for the
 * record (Code 5.12: a full record of the complaint); the rules ignore it, as if it had never been
 * recorded. `received` cannot be voided (start the complaint again), nor a `voided` event; an
 * event on which a later one depends (an acknowledgement followed by a response) is voided only
 * after the later ones.
 *
 * @example
 * ```ts
 * const e: VoidedEvent = { type: 'voided', at: '2025-01-14', eventIndex: 3, reason: 'Dated 2035 by mistake', by: 'officer-ann' };
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
  /** The index in the complaint's history of the event withdrawn (0 is `received`). */
  eventIndex: number;
  reason: string;
  by: string;
}

const SOURCE = { provision: '5.12', note: 'a full record of the complaint: corrections are recorded, not edited' } as const;

/** `voided`: a mis-entered event is withdrawn from the rules and kept, marked, in the history. */
export const voided = defineEvent({
  type: 'voided',
  schema: VoidedEvent,
  source: SOURCE,
  from: STATUSES,
  moves: [],
  guards: [
    guard<Status, VoidedEvent>('cannot-void', SOURCE, 'Only a recorded event other than received or a void is voided, once', (x, ev) => {
      const h = x.c.history;
      const target = h[ev.eventIndex];
      if (target === undefined) return { message: `there is no event ${ev.eventIndex}: the complaint has ${h.length} events (0 to ${h.length - 1})`, at: 'eventIndex' };
      if (target.event.type === 'received') return { message: "the received event cannot be voided: start the complaint again under its right details", at: 'eventIndex' };
      if (target.event.type === 'voided') return { message: `event ${ev.eventIndex} is itself a void; record the event again instead`, at: 'eventIndex' };
      if (target.voided !== undefined) return { message: `event ${ev.eventIndex} ('${target.event.type}') was voided on ${target.voided.on}`, at: 'eventIndex' };
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
      const target = x.c.history[ev.eventIndex];
      if (target === undefined || target.event.type === 'received' || target.event.type === 'voided' || target.voided !== undefined) return undefined;
      const r = x.rebuild(marked(x.c.history, ev, x.on));
      return r.ok ? undefined : { message: `without event ${ev.eventIndex} ('${target.event.type}') a later event no longer fits: ${r.error.message}; void the later events first`, at: 'eventIndex' };
    }),
  ],
  effect(x, ev) {
    const entries = [...marked(x.c.history, ev, x.on), { on: x.on, event: ev }];
    const r = x.rebuild(entries);
    // The guards rebuilt the same entries (less this one, which the rebuild skips) successfully.
    if (!r.ok) throw new Error(`housing-complaints: internal error: a void checked by its guards did not rebuild: ${r.error.message}`);
    return r.value;
  },
});

/**
 * The events the complaint's voids re-apply with this one: the history's length at each earlier
 * void (its index) and now. One pass, no larger than the rebuild it bounds.
 */
function voidWork(history: readonly HistoryEntry[]): number {
  let work = history.length;
  for (let i = 0; i < history.length; i++) if (history[i]!.event.type === 'voided') work += i;
  return work;
}

/** The history with the event at `ev.eventIndex` marked voided. */
function marked(history: readonly HistoryEntry[], ev: VoidedEvent, on: string): HistoryEntry[] {
  return history.map((h, i) => (i === ev.eventIndex ? { ...h, voided: { on, reason: ev.reason, by: ev.by } } : h));
}
