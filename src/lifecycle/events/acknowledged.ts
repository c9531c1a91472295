/**
 * The `acknowledged` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendAll, toChange } from '../append.js';
import * as z from 'zod/mini';
import type { ComplaintIn } from '../complaint.js';
import { base, Id, Issue, ComplaintDefinition, ComplaintDefinitionZod, TENURES, type Tenure } from '../scalars.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { defineEvent, knownProcedure, knownNotified, knownRoleHolders, receiptNotified, uniqueIssueIds } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const acknowledgedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('acknowledged'),
    ...base,
    definition: ComplaintDefinitionZod,
    procedure: Id,
    handler: Id,
    roleHolders: z.optional(z.record(z.string(), Id)),
    notified: z.optional(z.array(Id)),
    category: z.optional(Id),
    tenure: z.optional(z.enum(TENURES)),
  }))();
/**
 * The complaint is acknowledged, defined and logged at stage 1 (Code 5.6, 5.7, 6.2; policy s.6,
 * s.7): the definition, the procedure followed (`policy.procedures[].id`) and the person who
 * handles stage 1. `category` sets or corrects the complaint's category (Code 9.7(a); policy s.12),
 * and `tenure` the tenure of the home (reported per tenure in CH01 and CH02) when it was not known,
 * or was wrong, at receipt.
 *
 * @example
 * ```ts
 * const e: AcknowledgedEvent = { type: 'acknowledged', at: '2024-12-24', procedure: 'A', handler: 'officer-1',
 *   definition: { issues: [{ id: 'repair', summary: 'Boiler not repaired' }], outcomesSought: ['Repair'] } };
 * ```
 */
export const AcknowledgedEvent: Schema<AcknowledgedEvent, AcknowledgedEvent> = acknowledgedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const AcknowledgedEventZod: z.ZodMiniType<AcknowledgedEvent, AcknowledgedEvent> = acknowledgedEventSchema;
/** See {@link AcknowledgedEvent}. */
export interface AcknowledgedEvent {
  type: 'acknowledged';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  definition: ComplaintDefinition;
  procedure: string;
  handler: string;
  /** Who holds each role of the procedure for this complaint (`policy.roles` keys to people). */
  roleHolders?: Record<string, string> | undefined;
  notified?: string[] | undefined;
  /** The complaint's category, set or corrected once the complaint is defined (Code 9.7(a); policy s.12). */
  category?: string | undefined;
  /** The tenure of the home (`lcra` or `lcho`), set or corrected once the complaint is defined. */
  tenure?: Tenure | undefined;
}

type From = 'received';

/** `acknowledged`: stage 1 is acknowledged, defined and logged; the complaint is at stage 1. */
export const acknowledged = /* @__PURE__ */ (() => defineEvent<AcknowledgedEvent>()({
  type: 'acknowledged',
  source: { provision: `${CODE_2024.complaintDefinition.provision}, ${CODE_2024.responsibilities.provision}, ${CODE_2024.stages[0].acknowledge.provision}` },
  from: ['received'],
  moves: [{ from: 'received', to: 'stage-1', source: { provision: CODE_2024.stages[0].acknowledge.provision } }],
  guards: [
    knownProcedure<From, AcknowledgedEvent>(),
    knownNotified<From, AcknowledgedEvent>(),
    receiptNotified<From, AcknowledgedEvent>(
      "The procedure's receipt notifications are recorded before acknowledgement",
      (x) => x.c.notifications,
      (proc, missing, x) => `under procedure ${proc.id} the receipt must be notified to ${missing.map((r) => x.ctx.policy.roles[r]?.title ?? r).join(', ')} (${missing.join(', ')}) before the complaint is acknowledged`,
    ),
    uniqueIssueIds<From, AcknowledgedEvent>((ev) => ev.definition, 'definition.issues'),
    knownRoleHolders<From, AcknowledgedEvent>(),
  ],
  effect({ c, on, history }, ev) {
    const notifications = ev.notified === undefined ? c.notifications : appendAll(c.notifications, ev.notified.map((role) => ({ role, on })));
    const roleHolders = ev.roleHolders === undefined ? c.roleHolders : { ...c.roleHolders, ...ev.roleHolders };
    const s1 = c.stage1;
    const stage1: ComplaintIn<'stage-1'>['stage1'] = { stage: 1, requestedOn: s1.requestedOn, extensions: s1.extensions, clarifications: s1.clarifications, acknowledgedOn: on, handler: ev.handler, definition: ev.definition };
    const category = ev.category ?? c.category;
    const tenure = ev.tenure ?? c.tenure;
    const acceptedOn = c.acceptedOn ?? on;
    // Written in the order the changes were once merged, so the record keeps its key order.
    const next = toChange<ComplaintIn<'stage-1'>>(c);
    next.history = history;
    next.status = 'stage-1';
    next.category = category;
    next.tenure = tenure;
    next.procedure = ev.procedure;
    next.roleHolders = roleHolders;
    next.acceptedOn = acceptedOn;
    next.notifications = notifications;
    next.stage1 = stage1;
    return next;
  },
}))();
