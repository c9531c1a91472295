/**
 * Every event, defined once in its own file, and what is derived from the definitions: the union
 * of event schemas (`LifecycleEvent`), `EVENT_TYPES`, the table of events each status accepts
 * (`TRANSITIONS`) and the state diagram (`stateDiagram`).
 */
import { FINAL_STATUSES, STATUSES, type Status } from '../status.js';
import type { Move, Runner } from './kit.js';
import { EVENT_SCHEMAS, LifecycleEvent, type EventOf, type EventType } from './schemas.js';

export { EVENT_SCHEMAS, LifecycleEvent, type EventType };
import { received, RECEIVED_STARTS } from './received.js';
import { accepted } from './accepted.js';
import { refused } from './refused.js';
import { acknowledged } from './acknowledged.js';
import { clarificationRequested } from './clarification-requested.js';
import { clarificationReceived } from './clarification-received.js';
import { extensionGranted } from './extension-granted.js';
import { additionalIssueRaised } from './additional-issue-raised.js';
import { responded } from './responded.js';
import { escalationRequested } from './escalation-requested.js';
import { escalationAcknowledged } from './escalation-acknowledged.js';
import { withdrawn } from './withdrawn.js';
import { closed } from './closed.js';
import { ombudsmanReferral } from './ombudsman-referral.js';
import { ombudsmanEvidenceRequested } from './ombudsman-evidence-requested.js';
import { ombudsmanEvidenceProvided } from './ombudsman-evidence-provided.js';
import { ombudsmanDetermination } from './ombudsman-determination.js';
import { ombudsmanOrderComplied } from './ombudsman-order-complied.js';
import { remedyCompleted } from './remedy-completed.js';
import { actionCompleted } from './action-completed.js';
import { updateSent } from './update-sent.js';
import { adjustmentRecorded } from './adjustment-recorded.js';
import { partyNotified } from './party-notified.js';
import { tenureRecorded } from './tenure-recorded.js';
import { voided } from './voided.js';
import { deepFrozen } from '../../core/freeze.js';

/** Every event definition, by type: the one place an event is defined. */
export const EVENTS = {
  received,
  accepted,
  refused,
  acknowledged,
  'clarification-requested': clarificationRequested,
  'clarification-received': clarificationReceived,
  'extension-granted': extensionGranted,
  'additional-issue-raised': additionalIssueRaised,
  responded,
  'escalation-requested': escalationRequested,
  'escalation-acknowledged': escalationAcknowledged,
  withdrawn,
  closed,
  'ombudsman-referral': ombudsmanReferral,
  'ombudsman-evidence-requested': ombudsmanEvidenceRequested,
  'ombudsman-evidence-provided': ombudsmanEvidenceProvided,
  'ombudsman-determination': ombudsmanDetermination,
  'ombudsman-order-complied': ombudsmanOrderComplied,
  'remedy-completed': remedyCompleted,
  'action-completed': actionCompleted,
  'update-sent': updateSent,
  'adjustment-recorded': adjustmentRecorded,
  'party-notified': partyNotified,
  'tenure-recorded': tenureRecorded,
  voided,
} as const satisfies { readonly [K in EventType]: { readonly type: K; readonly from: readonly AcceptingStatuses[K][] } };

/**
 * Every event type, in the order of the definitions (the order of the event schemas' table, which
 * a test checks): read from the definitions, so the interpreter does not load the schemas.
 *
 * @example
 * ```ts
 * EVENT_TYPES.includes('responded'); // true
 * ```
 */
export const EVENT_TYPES: readonly EventType[] = /* @__PURE__ */ (() => Object.freeze(Object.keys(EVENTS) as EventType[]))();

/**
 * The statuses that accept each event type, as a type: each definition's `from`, written out so
 * that the declarations need not carry every definition's type (the definitions must satisfy it,
 * and a type test checks it is exactly each definition's `from`). {@link EventTypeFor} reads it.
 *
 * @example
 * ```ts
 * type S = AcceptingStatuses['closed']; // 'stage-1-responded'
 * ```
 */
export interface AcceptingStatuses {
  received: never;
  accepted: 'received';
  refused: 'received' | 'stage-2-requested';
  acknowledged: 'received';
  'clarification-requested': 'received' | 'stage-1' | 'stage-2';
  'clarification-received': 'received' | 'stage-1' | 'stage-2';
  'extension-granted': 'stage-1' | 'stage-2';
  'additional-issue-raised': 'stage-1' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' | 'closed';
  responded: 'stage-1' | 'stage-2';
  'escalation-requested': 'stage-1' | 'stage-1-responded' | 'closed';
  'escalation-acknowledged': 'stage-2-requested';
  withdrawn: 'received' | 'stage-1' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2';
  closed: 'stage-1-responded';
  'ombudsman-referral': Status;
  'ombudsman-evidence-requested': Status;
  'ombudsman-evidence-provided': Status;
  'ombudsman-determination': Status;
  'ombudsman-order-complied': Status;
  'remedy-completed': 'refused' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' | 'closed' | 'withdrawn';
  'action-completed': 'refused' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' | 'closed' | 'withdrawn';
  'update-sent': Status;
  'adjustment-recorded': Status;
  'party-notified': Status;
  'tenure-recorded': Status;
  voided: Status;
}

/**
 * The event types a complaint in status `S` accepts, as a type (derived from each definition's `from`).
 *
 * @example
 * ```ts
 * type T = EventTypeFor<'stage-2-requested'>; // 'escalation-acknowledged' | 'refused' | ...
 * ```
 */
export type EventTypeFor<S extends Status> = { [K in EventType]: S extends AcceptingStatuses[K] ? K : never }[EventType];

/**
 * The events a complaint in status `S` accepts. `applyEvent` takes `EventFor<C['status']>`, so a
 * complaint known to be at stage 1 cannot be given a stage 2 event in TypeScript.
 *
 * @example
 * ```ts
 * const e: EventFor<'stage-1'> = { type: 'extension-granted', at: '2025-01-08', stage: 1, workingDays: 5, reasons: 'Surveyor report awaited', ombudsmanDetailsGiven: true };
 * ```
 */
export type EventFor<S extends Status> = EventOf<EventTypeFor<S>>;

/**
 * The definitions of the events applied to a complaint (every one but `received`, which starts one),
 * as the interpreter runs them. Like every table here it is built by a pure function: a bundle that
 * runs only some of the definitions (createLifecycle) drops the others.
 */
export const APPLIED: { readonly [K in Exclude<EventType, 'received'>]: Runner } = /* @__PURE__ */ (() => {
  const { received: _start, ...rest } = EVENTS;
  return rest;
})();

/**
 * Every event definition, as data: schema, source, the statuses that accept it, its moves and its rules.
 *
 * @example
 * ```ts
 * DEFINITIONS.responded.from; // the statuses that accept a response: ['stage-1', 'stage-2']
 * DEFINITIONS.responded.rules.map((r) => r.code); // the rules a response is checked against
 * ```
 */
export const DEFINITIONS: { readonly [K in EventType]: Runner & { readonly schema: (typeof EVENT_SCHEMAS)[K] } } = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => {
  // Each definition with its schema. The interpreter runs the definitions without them (it checks
  // events with the validator derived from the schemas), so an app that does not read this table
  // does not load the schemas, nor zod.
  const out: Record<string, Runner & { readonly schema: unknown }> = {};
  for (const type of EVENT_TYPES) out[type] = { ...EVENTS[type], schema: EVENT_SCHEMAS[type] };
  return out as unknown as { readonly [K in EventType]: Runner & { readonly schema: (typeof EVENT_SCHEMAS)[K] } };
})());

/**
 * The events each status accepts, derived from the definitions. It drives both the types (see
 * {@link EventFor}) and the run-time check in `applyEvent`. Ombudsman events, adjustments (Code
 * 5.10), updates and notifications are accepted in every status: the complainant may go to the
 * Ombudsman at any time (policy s.10). Remedies and outstanding actions offered in a response are
 * completed in any status after it, closed, withdrawn or refused at stage 2 included (Code 7.3,
 * 6.6, 6.17).
 *
 * @example
 * ```ts
 * TRANSITIONS['stage-1'].includes('responded'); // true
 * ```
 */
export const TRANSITIONS: { readonly [S in Status]: readonly EventTypeFor<S>[] } = /* @__PURE__ */ (() => {
  const table = Object.fromEntries(STATUSES.map((s) => [s, [] as EventType[]])) as Record<Status, EventType[]>;
  for (const t of EVENT_TYPES) for (const s of EVENTS[t].from as readonly Status[]) table[s].push(t);
  for (const s of STATUSES) Object.freeze(table[s]);
  // The table is built from the same `from` lists the type reads.
  return Object.freeze(table) as { readonly [S in Status]: readonly EventTypeFor<S>[] };
})();

// Built when loaded, so wrapped as pure: a bundle that runs only some definitions (createLifecycle) drops it.
const ACCEPTS: { readonly [S in Status]: ReadonlySet<string> } = /* @__PURE__ */ (() => ({
  received: new Set(TRANSITIONS.received),
  refused: new Set(TRANSITIONS.refused),
  'stage-1': new Set(TRANSITIONS['stage-1']),
  'stage-1-responded': new Set(TRANSITIONS['stage-1-responded']),
  'stage-2-requested': new Set(TRANSITIONS['stage-2-requested']),
  'stage-2': new Set(TRANSITIONS['stage-2']),
  closed: new Set(TRANSITIONS.closed),
  withdrawn: new Set(TRANSITIONS.withdrawn),
}))();

/**
 * True when a complaint in `status` accepts events of `type` (the table only; guards apply later).
 *
 * @example
 * ```ts
 * accepts('stage-2', 'escalation-requested'); // false (Code 5.3)
 * ```
 */
export function accepts(status: Status, type: string): boolean {
  // Own keys only: any other value (a prototype name such as '__proto__', a non-string) accepts nothing.
  return typeof status === 'string' && Object.hasOwn(ACCEPTS, status) ? (ACCEPTS[status]?.has(type) ?? false) : false;
}

/** A Mermaid state name: hyphens are not allowed. */
const node = (s: Status): string => s.replaceAll('-', '_');

/**
 * The state diagram (Mermaid `stateDiagram-v2`), derived from each definition's `moves`: one line
 * per change of status, labelled with the event, what distinguishes the move, and the Code
 * provisions of the event and of its guards.
 *
 * @example
 * ```ts
 * stateDiagram().startsWith('stateDiagram-v2'); // true
 * ```
 */
export function stateDiagram(): string {
  const lines = ['stateDiagram-v2'];
  for (const start of RECEIVED_STARTS) {
    const label = ['received', start.note].filter((s) => s !== undefined).join(', ');
    lines.push(`    [*] --> ${node(start.to)}: ${label}`);
  }
  for (const t of EVENT_TYPES) {
    const d = EVENTS[t];
    for (const m of d.moves as readonly Move<Status>[]) {
      const label = [t, m.note].filter((s) => s !== undefined).join(', ');
      const provision = (m.source ?? d.source).provision;
      const cited = provision === undefined ? '' : ` (${provision})`;
      lines.push(`    ${node(m.from)} --> ${node(m.to)}: ${label}${cited}`);
    }
  }
  for (const s of FINAL_STATUSES) lines.push(`    ${node(s)} --> [*]`);
  return lines.join('\n');
}
