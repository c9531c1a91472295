/**
 * The `ombudsman-order-complied` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { Source } from '../../core/source.js';
import { base, Id } from '../scalars.js';
import { STATUSES, type Status } from '../status.js';
import { changed, replaceAt } from '../append.js';
import { defineEvent, guard, cite, sectionOf, allOrders, orderIndex } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { deepFrozen } from '../../core/freeze.js';

/** @internal The schema as built, for the union of events and the type test. */
export const ombudsmanOrderCompliedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('ombudsman-order-complied'),
    ...base,
    orderId: Id,
  }))();
/**
 * The landlord complies with an order of the Ombudsman (Code 9.7(c): "progress made in complying
 * with orders").
 *
 * @example
 * ```ts
 * const e: OmbudsmanOrderCompliedEvent = { type: 'ombudsman-order-complied', at: '2025-06-20', orderId: 'o1' };
 * ```
 */
export const OmbudsmanOrderCompliedEvent: Schema<OmbudsmanOrderCompliedEvent, OmbudsmanOrderCompliedEvent> = ombudsmanOrderCompliedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const OmbudsmanOrderCompliedEventZod: z.ZodMiniType<OmbudsmanOrderCompliedEvent, OmbudsmanOrderCompliedEvent> = ombudsmanOrderCompliedEventSchema;
/** See {@link OmbudsmanOrderCompliedEvent}. */
export interface OmbudsmanOrderCompliedEvent {
  type: 'ombudsman-order-complied';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  orderId: string;
}

const SOURCE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.governingBody.ombudsmanOutcomes.provision }))());

/** `ombudsman-order-complied`: the landlord complies with an order of the Ombudsman, once. */
export const ombudsmanOrderComplied = /* @__PURE__ */ (() => defineEvent<OmbudsmanOrderCompliedEvent>()({
  type: 'ombudsman-order-complied',
  source: SOURCE,
  from: STATUSES,
  moves: [],
  guards: [
    guard<Status, OmbudsmanOrderCompliedEvent>('unknown-order', SOURCE, 'Only an order made is complied with', (x, ev) =>
      orderIndex(x.c).has(ev.orderId) ? undefined : { message: `no Ombudsman order '${ev.orderId}' is recorded for this complaint`, at: 'orderId', source: cite(CODE_2024.governingBody.ombudsmanOutcomes.provision, sectionOf.ombudsman(x.ctx)) },
    ),
    guard<Status, OmbudsmanOrderCompliedEvent>('order-already-complied', SOURCE, 'An order is complied with once', (x, ev) => {
      const at = orderIndex(x.c).get(ev.orderId);
      const on = at === undefined ? undefined : x.c.ombudsman.determinations[at[0]]!.orders[at[1]]!.compliedOn;
      return on === undefined ? undefined : { message: `Ombudsman order '${ev.orderId}' was complied with on ${on}`, at: 'orderId', source: cite(CODE_2024.governingBody.ombudsmanOutcomes.provision, sectionOf.ombudsman(x.ctx)) };
    }),
  ],
  unavailable: (c) => (allOrders(c).some((k) => k.compliedOn === undefined) ? undefined : 'no order of the Ombudsman is outstanding'),
  effect({ c, on, history }, ev) {
    // Order ids are unique in the complaint (the determination's guards), and the guards found it:
    // only its determination's list of orders and the list of determinations change (in place
    // during a replay), so complying with n orders costs O(n).
    const at = orderIndex(c).get(ev.orderId);
    if (at === undefined) return changed(c, { history });
    const [d, k] = at;
    const ds = c.ombudsman.determinations;
    const det = ds[d]!;
    const orders = replaceAt(det.orders, k, Object.assign({}, det.orders[k]!, { compliedOn: on }));
    return changed(c, { history, ombudsman: { ...c.ombudsman, determinations: replaceAt(ds, d, { ...det, orders }) } });
  },
}))();
