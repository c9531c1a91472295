/**
 * The `ombudsman-determination` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo, changed } from '../append.js';
import * as z from 'zod/mini';
import type { DeterminationLevel } from '../../outcomes/ombudsman.js';
import type { Source } from '../../core/source.js';
import { DETERMINATION_LEVELS } from '../../outcomes/ombudsman.js';
import type { DeterminationRecord } from '../complaint.js';
import type { LifecycleContext } from '../context.js';
import { base, LifecycleDate, LifecycleDateZod, Text, Id } from '../scalars.js';
import { STATUSES, type Status } from '../status.js';
import { defineEvent, guard, cite, sectionOf, orderIndex } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const ombudsmanOrderSchema = /* @__PURE__ */ (() =>
  z.strictObject({ id: Id, description: Text, dueBy: z.optional(LifecycleDateZod) }))();
/**
 * An order of the Housing Ombudsman in a determination: what the landlord must do and, where set, by
 * when. Progress in complying with orders is reported to the governing body (Code 9.7(c)).
 *
 * @example
 * ```ts
 * const o: OmbudsmanOrder = { id: 'o1', description: 'Pay £300 compensation', dueBy: '2025-07-01' };
 * ```
 */
export const OmbudsmanOrder: Schema<OmbudsmanOrder, OmbudsmanOrder> = ombudsmanOrderSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OmbudsmanOrderZod: z.ZodMiniType<OmbudsmanOrder, OmbudsmanOrder> = ombudsmanOrderSchema;
/** See {@link OmbudsmanOrder}. */
export interface OmbudsmanOrder {
  id: string;
  description: string;
  dueBy?: string | undefined;
}

/** @internal The schema as built, for the union of events and the type test. */
export const ombudsmanDeterminationEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('ombudsman-determination'),
    ...base,
    outcome: z.enum(DETERMINATION_LEVELS),
    reference: z.optional(z.string()),
    orders: z.optional(z.array(OmbudsmanOrderZod)),
  }))();
/**
 * The Housing Ombudsman's determination on a referred complaint (Code 9.7(c); policy s.10):
 * `outcome` is one of the determination levels (`DETERMINATION_LEVELS` of the outcomes module),
 * `orders` what the landlord is ordered to do. Follows an `ombudsman-referral`; one determination
 * per referral.
 *
 * @example
 * ```ts
 * const e: OmbudsmanDeterminationEvent = { type: 'ombudsman-determination', at: '2025-06-02', outcome: 'severe-maladministration',
 *   orders: [{ id: 'o1', description: 'Apologise in writing', dueBy: '2025-06-30' }] };
 * ```
 */
export const OmbudsmanDeterminationEvent: Schema<OmbudsmanDeterminationEvent, OmbudsmanDeterminationEvent> = ombudsmanDeterminationEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OmbudsmanDeterminationEventZod: z.ZodMiniType<OmbudsmanDeterminationEvent, OmbudsmanDeterminationEvent> = ombudsmanDeterminationEventSchema;
/** See {@link OmbudsmanDeterminationEvent}. */
export interface OmbudsmanDeterminationEvent {
  type: 'ombudsman-determination';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  outcome: DeterminationLevel;
  reference?: string | undefined;
  orders?: OmbudsmanOrder[] | undefined;
}

/** Code 9.7(c): the Ombudsman's determinations and the orders made in them, tracked to compliance. */
const determinationSource = (ctx: LifecycleContext): Source => cite(CODE_2024.governingBody.ombudsmanOutcomes.provision, sectionOf.ombudsman(ctx));

/** `ombudsman-determination`: the Ombudsman's determination on a referral, with its orders. */
export const ombudsmanDetermination = /* @__PURE__ */ (() => defineEvent<OmbudsmanDeterminationEvent>()({
  type: 'ombudsman-determination',
  source: { provision: CODE_2024.governingBody.ombudsmanOutcomes.provision },
  from: STATUSES,
  moves: [],
  guards: [
    guard<Status, OmbudsmanDeterminationEvent>('no-ombudsman-referral', { provision: CODE_2024.governingBody.ombudsmanOutcomes.provision }, 'A determination follows a referral, one per referral', (x) => {
      const o = x.c.ombudsman;
      if (o.referrals.length > o.determinations.length) return undefined;
      return {
        message: o.referrals.length === 0 ? 'record the Ombudsman referral before its determination' : `each of the ${o.referrals.length} Ombudsman referral(s) already has a determination; record the new referral first`,
        at: 'type',
        source: determinationSource(x.ctx),
      };
    }),
    guard<Status, OmbudsmanDeterminationEvent>('duplicate-id', { provision: CODE_2024.governingBody.ombudsmanOutcomes.provision }, 'Order ids are unique in the complaint; an order is not due before its determination', (x, ev) => {
      const orders = ev.orders ?? [];
      // The complaint's orders are looked up in the map kept for the replay; this event's own in a set.
      const made = orderIndex(x.c);
      const known = new Set<string>();
      for (let i = 0; i < orders.length; i++) {
        const order = orders[i]!;
        if (made.has(order.id) || known.has(order.id)) return { message: `Ombudsman order id '${order.id}' is already used in this complaint`, at: `orders.${i}.id`, source: determinationSource(x.ctx) };
        known.add(order.id);
        if (order.dueBy !== undefined && order.dueBy < x.on) return undefined; // reported by the next guard, in order
      }
      return undefined;
    }),
    guard<Status, OmbudsmanDeterminationEvent>('order-due-before-determination', { provision: CODE_2024.governingBody.ombudsmanOutcomes.provision }, 'An order is not due before the determination that makes it', (x, ev) => {
      const orders = ev.orders ?? [];
      const i = orders.findIndex((k) => k.dueBy !== undefined && k.dueBy < x.on);
      return i < 0 ? undefined : { message: `order '${orders[i]!.id}' is due on ${orders[i]!.dueBy}, before the determination that makes it (${x.on})`, at: `orders.${i}.dueBy`, source: determinationSource(x.ctx) };
    }),
  ],
  unavailable: (c) => (c.ombudsman.referrals.length > c.ombudsman.determinations.length ? undefined : 'no referral to the Ombudsman awaits a determination'),
  effect({ c, on, history }, ev) {
    const record: DeterminationRecord = {
      on,
      outcome: ev.outcome,
      ...(ev.reference === undefined ? {} : { reference: ev.reference }),
      orders: (ev.orders ?? []).map((k) => (k.dueBy === undefined ? { id: k.id, description: k.description } : { id: k.id, description: k.description, dueBy: k.dueBy })),
    };
    return changed(c, { history, ombudsman: { ...c.ombudsman, determinations: appendTo(c.ombudsman.determinations, record) } });
  },
}))();
