/**
 * `createLifecycle`: `replay` and `deadlines` over only the events an app records. Each event is
 * exported on its own ({@link received}, {@link acknowledged}, {@link responded}, ...), with its
 * definition and the check derived from its schema, so a bundler loads the definitions and checks
 * of the events given and drops the others. The full `replay` and `deadlines` take every event.
 */
import { HousingComplaintsError } from '../core/errors.js';
import { describeValue } from '../core/guard.js';
import { deepFrozen } from '../core/freeze.js';
import { derivedParse, derivedValue, discriminated, REFUSED, type DerivedSchema } from '../core/derived-schema.js';
import { type Result, err, ok } from '../core/result.js';
import type * as z from 'zod/mini';
import type { policyInForce } from '../policy/in-force.js';
import { isPolicyInForce } from '../policy/in-force-mark.js';
import type { LifecycleContext } from './context.js';
import { ACTIONS_PART, ADJUSTMENTS_PART, deadlinesFor, ESCALATION_WINDOW_PART, EVIDENCE_PART, ORDERS_PART, REMEDIES_PART, UPDATES_PART, type DeadlinePart } from './deadlines.js';
import { lifecycleError, NOT_IN_LIFECYCLE_SOURCE, notInLifecycle, type LifecycleError } from './errors.js';
import type { Runner } from './events/kit.js';
import type { EventOf, EventType, LifecycleEvent, VoidedEvent } from './events/schemas.js';
import { asOfIn, explainEvent, rebuild, replayIn, type Applied, type EventTable, type ReplayOptions } from './reducer.js';
import type { Complaint, Deadline, HistoryEntry } from './types.js';
import { receivedEventChecks, receivedEventFields, acceptedEventChecks, acceptedEventFields, refusedEventChecks, refusedEventFields, acknowledgedEventChecks, acknowledgedEventFields, clarificationRequestedEventChecks, clarificationRequestedEventFields, clarificationReceivedEventChecks, clarificationReceivedEventFields, extensionGrantedEventChecks, extensionGrantedEventFields, additionalIssueRaisedEventChecks, additionalIssueRaisedEventFields, respondedEventChecks, respondedEventFields, escalationRequestedEventChecks, escalationRequestedEventFields, escalationAcknowledgedEventChecks, escalationAcknowledgedEventFields, withdrawnEventChecks, withdrawnEventFields, closedEventChecks, closedEventFields, ombudsmanReferralEventChecks, ombudsmanReferralEventFields, ombudsmanEvidenceRequestedEventChecks, ombudsmanEvidenceRequestedEventFields, ombudsmanEvidenceProvidedEventChecks, ombudsmanEvidenceProvidedEventFields, ombudsmanDeterminationEventChecks, ombudsmanDeterminationEventFields, ombudsmanOrderCompliedEventChecks, ombudsmanOrderCompliedEventFields, remedyCompletedEventChecks, remedyCompletedEventFields, actionCompletedEventChecks, actionCompletedEventFields, updateSentEventChecks, updateSentEventFields, adjustmentRecordedEventChecks, adjustmentRecordedEventFields, partyNotifiedEventChecks, partyNotifiedEventFields, tenureRecordedEventChecks, tenureRecordedEventFields, voidedEventChecks, voidedEventFields } from './event-checks.generated.js';
import { received as receivedDefinition } from './events/received.js';
import { accepted as acceptedDefinition } from './events/accepted.js';
import { refused as refusedDefinition } from './events/refused.js';
import { acknowledged as acknowledgedDefinition } from './events/acknowledged.js';
import { clarificationRequested as clarificationRequestedDefinition } from './events/clarification-requested.js';
import { clarificationReceived as clarificationReceivedDefinition } from './events/clarification-received.js';
import { extensionGranted as extensionGrantedDefinition } from './events/extension-granted.js';
import { additionalIssueRaised as additionalIssueRaisedDefinition } from './events/additional-issue-raised.js';
import { responded as respondedDefinition } from './events/responded.js';
import { escalationRequested as escalationRequestedDefinition } from './events/escalation-requested.js';
import { escalationAcknowledged as escalationAcknowledgedDefinition } from './events/escalation-acknowledged.js';
import { withdrawn as withdrawnDefinition } from './events/withdrawn.js';
import { closed as closedDefinition } from './events/closed.js';
import { ombudsmanReferral as ombudsmanReferralDefinition } from './events/ombudsman-referral.js';
import { ombudsmanEvidenceRequested as ombudsmanEvidenceRequestedDefinition } from './events/ombudsman-evidence-requested.js';
import { ombudsmanEvidenceProvided as ombudsmanEvidenceProvidedDefinition } from './events/ombudsman-evidence-provided.js';
import { ombudsmanDetermination as ombudsmanDeterminationDefinition } from './events/ombudsman-determination.js';
import { ombudsmanOrderComplied as ombudsmanOrderCompliedDefinition } from './events/ombudsman-order-complied.js';
import { remedyCompleted as remedyCompletedDefinition } from './events/remedy-completed.js';
import { actionCompleted as actionCompletedDefinition } from './events/action-completed.js';
import { updateSent as updateSentDefinition } from './events/update-sent.js';
import { adjustmentRecorded as adjustmentRecordedDefinition } from './events/adjustment-recorded.js';
import { partyNotified as partyNotifiedDefinition } from './events/party-notified.js';
import { tenureRecorded as tenureRecordedDefinition } from './events/tenure-recorded.js';
import { voided as voidedDefinition, voidTarget } from './events/voided.js';

/**
 * One event type, as {@link createLifecycle} takes it: its definition (the statuses that accept it,
 * its guards and effect, as in `DEFINITIONS`) and the check derived from its schema. Every event
 * type is exported as one, under its name in camel case: `received`, `acknowledged`,
 * `extensionGranted`, `responded`, ..., `voided`.
 *
 * @example
 * ```ts
 * const kits: readonly EventKit[] = [received, acknowledged, responded];
 * kits.map((k) => k.type); // ['received', 'acknowledged', 'responded']
 * ```
 */
export interface EventKit<K extends EventType = EventType> {
  readonly type: K;
  /** The event's definition, as the interpreter runs it (the same object as `DEFINITIONS[type]` without its schema). */
  readonly definition: Runner;
  /** @internal The place of the type in the definitions' order (`EVENT_TYPES`). */
  readonly order: number;
  /** @internal The check derived from the event's schema. */
  readonly check: DerivedSchema<EventOf<K>>;
  /** @internal The event's fields, for an unknown key's message. */
  readonly fields: readonly string[];
  /** @internal For `voided`: the history index a void withdraws. */
  readonly voidTarget?: (h: readonly HistoryEntry[], e: VoidedEvent) => number;
  /** @internal For `voided`: the complaint the history builds once an entry is voided (the reducer's). */
  readonly rebuild?: EventTable['rebuild'];
  /** @internal The kinds of deadline the event gives rise to, beyond each stage's acknowledgement and response. */
  readonly deadlines?: readonly DeadlinePart[];
}

/** An event kit: frozen all the way down, and recorded so that createLifecycle can tell one from a look-alike. */
// @__NO_SIDE_EFFECTS__
function kit<K extends EventType>(type: K, order: number, definition: Runner, check: DerivedSchema<EventOf<K>>, fields: readonly string[], extra: Pick<EventKit, 'voidTarget' | 'rebuild' | 'deadlines'> = {}): EventKit<K> {
  const k: EventKit<K> = deepFrozen({ type, definition, order, check, fields, ...extra });
  KITS.add(k);
  return k;
}

const KITS = new WeakSet<object>();

/**
 * The `received` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, acknowledged]);
 * ```
 */
export const received: EventKit<'received'> = /* @__PURE__ */ kit('received', 0, receivedDefinition, receivedEventChecks, receivedEventFields);

/**
 * The `accepted` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, accepted]);
 * ```
 */
export const accepted: EventKit<'accepted'> = /* @__PURE__ */ kit('accepted', 1, acceptedDefinition, acceptedEventChecks, acceptedEventFields);

/**
 * The `refused` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, refused]);
 * ```
 */
export const refused: EventKit<'refused'> = /* @__PURE__ */ kit('refused', 2, refusedDefinition, refusedEventChecks, refusedEventFields);

/**
 * The `acknowledged` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, acknowledged]);
 * ```
 */
export const acknowledged: EventKit<'acknowledged'> = /* @__PURE__ */ kit('acknowledged', 3, acknowledgedDefinition, acknowledgedEventChecks, acknowledgedEventFields);

/**
 * The `clarification-requested` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, clarificationRequested]);
 * ```
 */
export const clarificationRequested: EventKit<'clarification-requested'> = /* @__PURE__ */ kit('clarification-requested', 4, clarificationRequestedDefinition, clarificationRequestedEventChecks, clarificationRequestedEventFields);

/**
 * The `clarification-received` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, clarificationReceived]);
 * ```
 */
export const clarificationReceived: EventKit<'clarification-received'> = /* @__PURE__ */ kit('clarification-received', 5, clarificationReceivedDefinition, clarificationReceivedEventChecks, clarificationReceivedEventFields);

/**
 * The `extension-granted` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, extensionGranted]);
 * ```
 */
export const extensionGranted: EventKit<'extension-granted'> = /* @__PURE__ */ kit('extension-granted', 6, extensionGrantedDefinition, extensionGrantedEventChecks, extensionGrantedEventFields);

/**
 * The `additional-issue-raised` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, additionalIssueRaised]);
 * ```
 */
export const additionalIssueRaised: EventKit<'additional-issue-raised'> = /* @__PURE__ */ kit('additional-issue-raised', 7, additionalIssueRaisedDefinition, additionalIssueRaisedEventChecks, additionalIssueRaisedEventFields);

/**
 * The `responded` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, responded]);
 * ```
 */
export const responded: EventKit<'responded'> = /* @__PURE__ */ kit('responded', 8, respondedDefinition, respondedEventChecks, respondedEventFields, { deadlines: [ESCALATION_WINDOW_PART, REMEDIES_PART, ACTIONS_PART] });

/**
 * The `escalation-requested` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, escalationRequested]);
 * ```
 */
export const escalationRequested: EventKit<'escalation-requested'> = /* @__PURE__ */ kit('escalation-requested', 9, escalationRequestedDefinition, escalationRequestedEventChecks, escalationRequestedEventFields);

/**
 * The `escalation-acknowledged` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, escalationAcknowledged]);
 * ```
 */
export const escalationAcknowledged: EventKit<'escalation-acknowledged'> = /* @__PURE__ */ kit('escalation-acknowledged', 10, escalationAcknowledgedDefinition, escalationAcknowledgedEventChecks, escalationAcknowledgedEventFields);

/**
 * The `withdrawn` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, withdrawn]);
 * ```
 */
export const withdrawn: EventKit<'withdrawn'> = /* @__PURE__ */ kit('withdrawn', 11, withdrawnDefinition, withdrawnEventChecks, withdrawnEventFields);

/**
 * The `closed` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, closed]);
 * ```
 */
export const closed: EventKit<'closed'> = /* @__PURE__ */ kit('closed', 12, closedDefinition, closedEventChecks, closedEventFields);

/**
 * The `ombudsman-referral` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, ombudsmanReferral]);
 * ```
 */
export const ombudsmanReferral: EventKit<'ombudsman-referral'> = /* @__PURE__ */ kit('ombudsman-referral', 13, ombudsmanReferralDefinition, ombudsmanReferralEventChecks, ombudsmanReferralEventFields);

/**
 * The `ombudsman-evidence-requested` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, ombudsmanEvidenceRequested]);
 * ```
 */
export const ombudsmanEvidenceRequested: EventKit<'ombudsman-evidence-requested'> = /* @__PURE__ */ kit('ombudsman-evidence-requested', 14, ombudsmanEvidenceRequestedDefinition, ombudsmanEvidenceRequestedEventChecks, ombudsmanEvidenceRequestedEventFields, { deadlines: [EVIDENCE_PART] });

/**
 * The `ombudsman-evidence-provided` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, ombudsmanEvidenceProvided]);
 * ```
 */
export const ombudsmanEvidenceProvided: EventKit<'ombudsman-evidence-provided'> = /* @__PURE__ */ kit('ombudsman-evidence-provided', 15, ombudsmanEvidenceProvidedDefinition, ombudsmanEvidenceProvidedEventChecks, ombudsmanEvidenceProvidedEventFields);

/**
 * The `ombudsman-determination` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, ombudsmanDetermination]);
 * ```
 */
export const ombudsmanDetermination: EventKit<'ombudsman-determination'> = /* @__PURE__ */ kit('ombudsman-determination', 16, ombudsmanDeterminationDefinition, ombudsmanDeterminationEventChecks, ombudsmanDeterminationEventFields, { deadlines: [ORDERS_PART] });

/**
 * The `ombudsman-order-complied` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, ombudsmanOrderComplied]);
 * ```
 */
export const ombudsmanOrderComplied: EventKit<'ombudsman-order-complied'> = /* @__PURE__ */ kit('ombudsman-order-complied', 17, ombudsmanOrderCompliedDefinition, ombudsmanOrderCompliedEventChecks, ombudsmanOrderCompliedEventFields);

/**
 * The `remedy-completed` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, remedyCompleted]);
 * ```
 */
export const remedyCompleted: EventKit<'remedy-completed'> = /* @__PURE__ */ kit('remedy-completed', 18, remedyCompletedDefinition, remedyCompletedEventChecks, remedyCompletedEventFields);

/**
 * The `action-completed` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, actionCompleted]);
 * ```
 */
export const actionCompleted: EventKit<'action-completed'> = /* @__PURE__ */ kit('action-completed', 19, actionCompletedDefinition, actionCompletedEventChecks, actionCompletedEventFields);

/**
 * The `update-sent` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, updateSent]);
 * ```
 */
export const updateSent: EventKit<'update-sent'> = /* @__PURE__ */ kit('update-sent', 20, updateSentDefinition, updateSentEventChecks, updateSentEventFields, { deadlines: [UPDATES_PART] });

/**
 * The `adjustment-recorded` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, adjustmentRecorded]);
 * ```
 */
export const adjustmentRecorded: EventKit<'adjustment-recorded'> = /* @__PURE__ */ kit('adjustment-recorded', 21, adjustmentRecordedDefinition, adjustmentRecordedEventChecks, adjustmentRecordedEventFields, { deadlines: [ADJUSTMENTS_PART] });

/**
 * The `party-notified` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, partyNotified]);
 * ```
 */
export const partyNotified: EventKit<'party-notified'> = /* @__PURE__ */ kit('party-notified', 22, partyNotifiedDefinition, partyNotifiedEventChecks, partyNotifiedEventFields);

/**
 * The `tenure-recorded` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, tenureRecorded]);
 * ```
 */
export const tenureRecorded: EventKit<'tenure-recorded'> = /* @__PURE__ */ kit('tenure-recorded', 23, tenureRecordedDefinition, tenureRecordedEventChecks, tenureRecordedEventFields);

/**
 * The `voided` event, for {@link createLifecycle}: its definition and its check.
 *
 * @example
 * ```ts
 * const { replay } = createLifecycle([received, voided]);
 * ```
 */
export const voided: EventKit<'voided'> = /* @__PURE__ */ kit('voided', 24, voidedDefinition, voidedEventChecks, voidedEventFields, { voidTarget, rebuild });

/**
 * Options of {@link createLifecycle}.
 *
 * @example
 * ```ts
 * import { policyInForce } from 'housing-complaints/policy';
 * const options: LifecycleOptions = { inForce: policyInForce }; // contexts may list the policy's versions
 * ```
 */
export interface LifecycleOptions {
  /**
   * `policyInForce` (from `housing-complaints/policy`), for contexts that list the policy's versions
   * (`context.versions`): the version in force at receipt applies. Without it such a context is
   * refused (`no-policy-in-force`), and the bundle does not load the policy validator. Any other
   * value, another function included, is refused with a typed error (`options.inForce`).
   */
  readonly inForce?: typeof policyInForce;
}

/**
 * What {@link createLifecycle} makes: `replay` and `deadlines` as the module's own, over the events
 * given (`types`, in the definitions' order).
 *
 * @example
 * ```ts
 * const lifecycle: Lifecycle<'received' | 'acknowledged'> = createLifecycle([received, acknowledged]);
 * lifecycle.types; // ['received', 'acknowledged']
 * ```
 */
export interface Lifecycle<K extends EventType = EventType> {
  readonly types: readonly K[];
  /** As {@link replay}, over these events only: any other event type is refused (`event-not-in-lifecycle`). */
  replay(events: readonly unknown[], context: LifecycleContext, options?: ReplayOptions): Result<Complaint, LifecycleError>;
  /** As {@link deadlines}; a complaint as of a date before its last events is rebuilt with these events only. */
  deadlines(complaint: Complaint, context: LifecycleContext, asOf?: string): Deadline[];
}


/**
 * `replay` and `deadlines` over only the events given, for an app that records some of the event
 * types: a bundler then loads only those events' definitions and checks (the README's example, two
 * events, bundles to about half the size of the same example with the full `replay`). Events of the
 * types given are checked and applied exactly as `replay` does, with the same results and errors; an
 * event of any other type is refused with `event-not-in-lifecycle`, naming its type and the types
 * given, and the events a complaint accepts now (`allowed`, `notAllowed`) are listed from these
 * types only. `received` must be one of them. Throws a `HousingComplaintsError` for anything but
 * a non-empty list of distinct exported events.
 *
 * @example
 * ```ts
 * const { replay, deadlines } = createLifecycle([received, acknowledged, extensionGranted, responded]);
 * const r = replay([{ type: 'received', at: '2025-01-06', complaintId: 'C-1', channel: 'email' }], context);
 * if (r.ok) deadlines(r.value, context, '2025-01-10');
 * ```
 */
export function createLifecycle<const K extends EventType>(events: readonly EventKit<K>[], options: LifecycleOptions = {}): Lifecycle<K> {
  if (!Array.isArray(events) || events.length === 0) {
    throw new HousingComplaintsError('invalid-argument', `createLifecycle: events must be a non-empty array of events (received, acknowledged, ...), got ${describeValue(events)}`, { path: 'events', rule: 'type' });
  }
  const byType = new Map<string, EventKit<K>>();
  for (let i = 0; i < events.length; i++) {
    const k = events[i];
    if (typeof k !== 'object' || k === null || !KITS.has(k)) {
      throw new HousingComplaintsError('invalid-argument', `createLifecycle: events[${i}] is not an event exported by housing-complaints/lifecycle (received, acknowledged, ...), got ${describeValue(k)}`, { path: `events.${i}`, rule: 'type' });
    }
    if (byType.has(k.type)) throw new HousingComplaintsError('invalid-argument', `createLifecycle: events[${i}] '${k.type}' is given twice`, { path: `events.${i}`, rule: 'shape' });
    byType.set(k.type, k);
  }
  if (!byType.has('received')) {
    throw new HousingComplaintsError('invalid-argument', 'createLifecycle: events must include received (every complaint starts with it)', { path: 'events', rule: 'shape' });
  }
  if (options === null || typeof options !== 'object' || (options.inForce !== undefined && !isPolicyInForce(options.inForce))) {
    throw new HousingComplaintsError('invalid-argument', `createLifecycle: options.inForce must be policyInForce (from housing-complaints/policy) or absent, got ${describeValue(options?.inForce)}`, { path: 'options.inForce', rule: 'type' });
  }
  const kits = [...byType.values()].sort((a, b) => a.order - b.order);
  const types = Object.freeze(kits.map((k) => k.type));
  const runners = new Map<unknown, Applied>();
  // Each kit's definition is the object defineEvent made (its guards and effect with it), as in FULL.
  for (const k of kits) if (k.type !== 'received') runners.set(k.type, k.definition as Applied);
  const fields: Record<string, readonly string[]> = {};
  for (const k of kits) fields[k.type] = k.fields;
  // The union of the checks given: for an input that is not an event object, the issues of the full union, with these types as its options.
  const union: DerivedSchema<LifecycleEvent> = discriminated('type', kits.map((k) => k.check), kits.map((k, i) => [k.type, i] as const));
  const list = types.join(', ');
  const parse = (input: unknown, path: string): Result<LifecycleEvent, LifecycleError> => {
    const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
    let check = union;
    if (typeof type === 'string') {
      const k = byType.get(type);
      if (k === undefined) return err(lifecycleError([{ code: 'event-not-in-lifecycle', path: `${path}.type`, message: notInLifecycle(path, type, list, 'replay'), source: NOT_IN_LIFECYCLE_SOURCE }]));
      check = k.check as DerivedSchema<LifecycleEvent>;
    }
    const value = derivedValue(check, input);
    if (value !== REFUSED) return ok(value);
    const r = derivedParse(check, input);
    return r.success ? ok(r.data) : explainEvent(r.error.issues as unknown as z.core.$ZodIssue[], input, path, fields);
  };
  const table: EventTable = { runners, types, parse, voidTarget: byType.get('voided')?.voidTarget, rebuild: byType.get('voided')?.rebuild, inForce: options.inForce };
  const asOf = (c: Complaint, ctx: LifecycleContext, date: string): Complaint | undefined => asOfIn(table, c, ctx, date);
  // The kinds of deadline these events give rise to, in their order; and the types a complaint's history may hold.
  const parts = [...new Set(kits.flatMap((k) => k.deadlines ?? []))].sort((a, b) => a.rank - b.rank);
  const takes = { has: (type: string) => byType.has(type), list };
  return Object.freeze({
    types,
    replay: (events: readonly unknown[], context: LifecycleContext, replayOptions?: ReplayOptions) => replayIn(table, events, context, replayOptions),
    deadlines: (complaint: Complaint, context: LifecycleContext, date?: string) => deadlinesFor('deadlines', asOf, complaint, context, date, parts, takes),
  });
}
