/**
 * The schema of every event (each defined with its rules in its own file), the table of them by
 * type, and their union. The definitions in `./index.ts` are checked against this table by the
 * compiler, key for key and schema for schema.
 */
import * as z from 'zod/mini';
import { ReceivedEvent } from './received.js';
import { AcceptedEvent } from './accepted.js';
import { RefusedEvent } from './refused.js';
import { AcknowledgedEvent } from './acknowledged.js';
import { ClarificationRequestedEvent } from './clarification-requested.js';
import { ClarificationReceivedEvent } from './clarification-received.js';
import { ExtensionGrantedEvent } from './extension-granted.js';
import { AdditionalIssueRaisedEvent } from './additional-issue-raised.js';
import { RespondedEvent } from './responded.js';
import { EscalationRequestedEvent } from './escalation-requested.js';
import { EscalationAcknowledgedEvent } from './escalation-acknowledged.js';
import { WithdrawnEvent } from './withdrawn.js';
import { ClosedEvent } from './closed.js';
import { OmbudsmanReferralEvent } from './ombudsman-referral.js';
import { OmbudsmanEvidenceRequestedEvent } from './ombudsman-evidence-requested.js';
import { OmbudsmanEvidenceProvidedEvent } from './ombudsman-evidence-provided.js';
import { OmbudsmanOrder, OmbudsmanDeterminationEvent } from './ombudsman-determination.js';
import { OmbudsmanOrderCompliedEvent } from './ombudsman-order-complied.js';
import { RemedyCompletedEvent } from './remedy-completed.js';
import { ActionCompletedEvent } from './action-completed.js';
import { UpdateSentEvent } from './update-sent.js';
import { AdjustmentRecordedEvent } from './adjustment-recorded.js';
import { PartyNotifiedEvent } from './party-notified.js';
import { VoidedEvent } from './voided.js';

export { ReceivedEvent, AcceptedEvent, RefusedEvent, AcknowledgedEvent, ClarificationRequestedEvent, ClarificationReceivedEvent, ExtensionGrantedEvent, AdditionalIssueRaisedEvent, RespondedEvent, EscalationRequestedEvent, EscalationAcknowledgedEvent, WithdrawnEvent, ClosedEvent, OmbudsmanReferralEvent, OmbudsmanEvidenceRequestedEvent, OmbudsmanEvidenceProvidedEvent, OmbudsmanOrder, OmbudsmanDeterminationEvent, OmbudsmanOrderCompliedEvent, RemedyCompletedEvent, ActionCompletedEvent, UpdateSentEvent, AdjustmentRecordedEvent, PartyNotifiedEvent, VoidedEvent };

/** Every event's schema, by type. */
export const EVENT_SCHEMAS = {
  received: ReceivedEvent,
  accepted: AcceptedEvent,
  refused: RefusedEvent,
  acknowledged: AcknowledgedEvent,
  'clarification-requested': ClarificationRequestedEvent,
  'clarification-received': ClarificationReceivedEvent,
  'extension-granted': ExtensionGrantedEvent,
  'additional-issue-raised': AdditionalIssueRaisedEvent,
  responded: RespondedEvent,
  'escalation-requested': EscalationRequestedEvent,
  'escalation-acknowledged': EscalationAcknowledgedEvent,
  withdrawn: WithdrawnEvent,
  closed: ClosedEvent,
  'ombudsman-referral': OmbudsmanReferralEvent,
  'ombudsman-evidence-requested': OmbudsmanEvidenceRequestedEvent,
  'ombudsman-evidence-provided': OmbudsmanEvidenceProvidedEvent,
  'ombudsman-determination': OmbudsmanDeterminationEvent,
  'ombudsman-order-complied': OmbudsmanOrderCompliedEvent,
  'remedy-completed': RemedyCompletedEvent,
  'action-completed': ActionCompletedEvent,
  'update-sent': UpdateSentEvent,
  'adjustment-recorded': AdjustmentRecordedEvent,
  'party-notified': PartyNotifiedEvent,
  voided: VoidedEvent,
} as const;

/**
 * The union of event type names.
 *
 * @example
 * ```ts
 * const t: EventType = 'escalation-requested';
 * ```
 */
export type EventType = keyof typeof EVENT_SCHEMAS;

/**
 * The name of every event type (derived from the table: it cannot miss one).
 *
 * @example
 * ```ts
 * EVENT_TYPES.length; // 23
 * ```
 */
export const EVENT_TYPES: readonly EventType[] = Object.freeze(Object.keys(EVENT_SCHEMAS) as EventType[]);

type SchemaOf<K extends EventType> = (typeof EVENT_SCHEMAS)[K];

/**
 * Every event a complaint accepts, discriminated on `type`. Parse untrusted JSON with
 * `parseEvent(json)` (or `z.safeParse(LifecycleEvent, json)`), or let `applyEvent`/`replay` do it.
 *
 * @example
 * ```ts
 * const r = z.safeParse(LifecycleEvent, JSON.parse(row.payload));
 * ```
 */
export const LifecycleEvent = z.discriminatedUnion(
  'type',
  // The table's schemas as the non-empty tuple zod's signature asks for.
  EVENT_TYPES.map((t) => EVENT_SCHEMAS[t]) as unknown as [SchemaOf<EventType>, ...SchemaOf<EventType>[]],
);
/** See {@link LifecycleEvent}. */
export type LifecycleEvent = z.infer<typeof LifecycleEvent>;
