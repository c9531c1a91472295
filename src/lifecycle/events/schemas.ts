/**
 * The schema of every event (each defined with its rules in its own file), the table of them by
 * type, and their union. The definitions in `./index.ts` are checked against this table by the
 * compiler, key for key and schema for schema.
 */
import * as z from 'zod/mini';
import { DirectStart, ReceivedEvent, receivedEventSchema } from './received.js';
import { AcceptedEvent, acceptedEventSchema } from './accepted.js';
import { RefusedEvent, refusedEventSchema } from './refused.js';
import { AcknowledgedEvent, acknowledgedEventSchema } from './acknowledged.js';
import { ClarificationRequestedEvent, clarificationRequestedEventSchema } from './clarification-requested.js';
import { ClarificationReceivedEvent, clarificationReceivedEventSchema } from './clarification-received.js';
import { ExtensionGrantedEvent, extensionGrantedEventSchema } from './extension-granted.js';
import { AdditionalIssueRaisedEvent, additionalIssueRaisedEventSchema } from './additional-issue-raised.js';
import { RespondedEvent, respondedEventSchema } from './responded.js';
import { EscalationRequestedEvent, escalationRequestedEventSchema } from './escalation-requested.js';
import { EscalationAcknowledgedEvent, escalationAcknowledgedEventSchema } from './escalation-acknowledged.js';
import { WithdrawnEvent, withdrawnEventSchema } from './withdrawn.js';
import { ClosedEvent, closedEventSchema } from './closed.js';
import { OmbudsmanReferralEvent, ombudsmanReferralEventSchema } from './ombudsman-referral.js';
import { OmbudsmanEvidenceRequestedEvent, ombudsmanEvidenceRequestedEventSchema } from './ombudsman-evidence-requested.js';
import { OmbudsmanEvidenceProvidedEvent, ombudsmanEvidenceProvidedEventSchema } from './ombudsman-evidence-provided.js';
import { OmbudsmanOrder, OmbudsmanDeterminationEvent, ombudsmanDeterminationEventSchema } from './ombudsman-determination.js';
import { OmbudsmanOrderCompliedEvent, ombudsmanOrderCompliedEventSchema } from './ombudsman-order-complied.js';
import { RemedyCompletedEvent, remedyCompletedEventSchema } from './remedy-completed.js';
import { ActionCompletedEvent, actionCompletedEventSchema } from './action-completed.js';
import { UpdateSentEvent, updateSentEventSchema } from './update-sent.js';
import { AdjustmentRecordedEvent, adjustmentRecordedEventSchema } from './adjustment-recorded.js';
import { TenureRecordedEvent, tenureRecordedEventSchema } from './tenure-recorded.js';
import { PartyNotifiedEvent, partyNotifiedEventSchema } from './party-notified.js';
import { VoidedEvent, voidedEventSchema } from './voided.js';
import type { Schema } from '../../core/schema-type.js';
import { deepFrozen } from '../../core/freeze.js';

export { ReceivedEvent, DirectStart, AcceptedEvent, RefusedEvent, AcknowledgedEvent, ClarificationRequestedEvent, ClarificationReceivedEvent, ExtensionGrantedEvent, AdditionalIssueRaisedEvent, RespondedEvent, EscalationRequestedEvent, EscalationAcknowledgedEvent, WithdrawnEvent, ClosedEvent, OmbudsmanReferralEvent, OmbudsmanEvidenceRequestedEvent, OmbudsmanEvidenceProvidedEvent, OmbudsmanOrder, OmbudsmanDeterminationEvent, OmbudsmanOrderCompliedEvent, RemedyCompletedEvent, ActionCompletedEvent, UpdateSentEvent, AdjustmentRecordedEvent, PartyNotifiedEvent, TenureRecordedEvent, VoidedEvent };


/**
 * @internal Every event's schema as built, by type: for the union of events (zod's discriminated
 * union needs the object schemas themselves), the field names in parse errors, and the type test.
 */
export const EVENT_SCHEMAS_AS_BUILT = {
  received: receivedEventSchema,
  accepted: acceptedEventSchema,
  refused: refusedEventSchema,
  acknowledged: acknowledgedEventSchema,
  'clarification-requested': clarificationRequestedEventSchema,
  'clarification-received': clarificationReceivedEventSchema,
  'extension-granted': extensionGrantedEventSchema,
  'additional-issue-raised': additionalIssueRaisedEventSchema,
  responded: respondedEventSchema,
  'escalation-requested': escalationRequestedEventSchema,
  'escalation-acknowledged': escalationAcknowledgedEventSchema,
  withdrawn: withdrawnEventSchema,
  closed: closedEventSchema,
  'ombudsman-referral': ombudsmanReferralEventSchema,
  'ombudsman-evidence-requested': ombudsmanEvidenceRequestedEventSchema,
  'ombudsman-evidence-provided': ombudsmanEvidenceProvidedEventSchema,
  'ombudsman-determination': ombudsmanDeterminationEventSchema,
  'ombudsman-order-complied': ombudsmanOrderCompliedEventSchema,
  'remedy-completed': remedyCompletedEventSchema,
  'action-completed': actionCompletedEventSchema,
  'update-sent': updateSentEventSchema,
  'adjustment-recorded': adjustmentRecordedEventSchema,
  'party-notified': partyNotifiedEventSchema,
  'tenure-recorded': tenureRecordedEventSchema,
  voided: voidedEventSchema,
} as const;

/**
 * Every event's schema, by type (each a schema of its named event type).
 *
 * @example
 * ```ts
 * EVENT_SCHEMAS.received.safeParse({ type: 'received', at: '2025-01-06', complaintId: 'C-1', channel: 'email' }).success; // true
 * ```
 */
export const EVENT_SCHEMAS: { readonly [K in EventType]: Schema<EventOf<K>, EventOf<K>> } = /* @__PURE__ */ deepFrozen(EVENT_SCHEMAS_AS_BUILT);

/**
 * The union of event type names.
 *
 * @example
 * ```ts
 * const t: EventType = 'escalation-requested';
 * ```
 */
export type EventType = LifecycleEvent['type'];

/**
 * @internal The name of every event type, in the order of the table (derived from it: it cannot
 * miss one): the order of the union's options. The lifecycle's own `EVENT_TYPES` (events/index.ts)
 * reads the definitions instead, in the same order (a test checks).
 */
export const SCHEMA_EVENT_TYPES: readonly EventType[] = /* @__PURE__ */ (() => Object.freeze(Object.keys(EVENT_SCHEMAS_AS_BUILT) as EventType[]))();

type SchemaOf<K extends EventType> = (typeof EVENT_SCHEMAS_AS_BUILT)[K];

/** @internal The union as built, for the type test. */
export const lifecycleEventSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion(
    'type',
    // The table's schemas as the non-empty tuple zod's signature asks for.
    SCHEMA_EVENT_TYPES.map((t) => EVENT_SCHEMAS_AS_BUILT[t]) as unknown as [SchemaOf<EventType>, ...SchemaOf<EventType>[]],
  ))();

/**
 * Every event a complaint accepts, discriminated on `type`. Parse untrusted JSON with
 * `parseEvent(json)` (or `LifecycleEvent.safeParse(json)`), or let `applyEvent`/`replay` do it.
 *
 * @example
 * ```ts
 * declare const payload: string; // one stored event, as JSON text
 * const r = LifecycleEvent.safeParse(JSON.parse(payload));
 * ```
 */
export const LifecycleEvent: Schema<LifecycleEvent, LifecycleEvent> = lifecycleEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const LifecycleEventZod: z.ZodMiniType<LifecycleEvent, LifecycleEvent> = lifecycleEventSchema;
/** See {@link LifecycleEvent}. */
export type LifecycleEvent =
  | ReceivedEvent
  | AcceptedEvent
  | RefusedEvent
  | AcknowledgedEvent
  | ClarificationRequestedEvent
  | ClarificationReceivedEvent
  | ExtensionGrantedEvent
  | AdditionalIssueRaisedEvent
  | RespondedEvent
  | EscalationRequestedEvent
  | EscalationAcknowledgedEvent
  | WithdrawnEvent
  | ClosedEvent
  | OmbudsmanReferralEvent
  | OmbudsmanEvidenceRequestedEvent
  | OmbudsmanEvidenceProvidedEvent
  | OmbudsmanDeterminationEvent
  | OmbudsmanOrderCompliedEvent
  | RemedyCompletedEvent
  | ActionCompletedEvent
  | UpdateSentEvent
  | AdjustmentRecordedEvent
  | PartyNotifiedEvent
  | TenureRecordedEvent
  | VoidedEvent;

/**
 * Each event's type, by its `type`: {@link EventOf} reads it (a look-up, cheaper for the compiler
 * than picking the member out of the union; a type test checks each entry is the union's member
 * with that `type`).
 *
 * @example
 * ```ts
 * const e: EventByType['withdrawn'] = { type: 'withdrawn', at: '2025-01-20' };
 * ```
 */
export interface EventByType {
  received: ReceivedEvent;
  accepted: AcceptedEvent;
  refused: RefusedEvent;
  acknowledged: AcknowledgedEvent;
  'clarification-requested': ClarificationRequestedEvent;
  'clarification-received': ClarificationReceivedEvent;
  'extension-granted': ExtensionGrantedEvent;
  'additional-issue-raised': AdditionalIssueRaisedEvent;
  responded: RespondedEvent;
  'escalation-requested': EscalationRequestedEvent;
  'escalation-acknowledged': EscalationAcknowledgedEvent;
  withdrawn: WithdrawnEvent;
  closed: ClosedEvent;
  'ombudsman-referral': OmbudsmanReferralEvent;
  'ombudsman-evidence-requested': OmbudsmanEvidenceRequestedEvent;
  'ombudsman-evidence-provided': OmbudsmanEvidenceProvidedEvent;
  'ombudsman-determination': OmbudsmanDeterminationEvent;
  'ombudsman-order-complied': OmbudsmanOrderCompliedEvent;
  'remedy-completed': RemedyCompletedEvent;
  'action-completed': ActionCompletedEvent;
  'update-sent': UpdateSentEvent;
  'adjustment-recorded': AdjustmentRecordedEvent;
  'party-notified': PartyNotifiedEvent;
  'tenure-recorded': TenureRecordedEvent;
  voided: VoidedEvent;
}

/**
 * The event of type `K`.
 *
 * @example
 * ```ts
 * const e: EventOf<'withdrawn'> = { type: 'withdrawn', at: '2025-01-20' };
 * ```
 */
export type EventOf<K extends EventType> = EventByType[K];
