import type { EventType, LifecycleEvent, Status } from './types.js';

const ANYTIME = [
  'ombudsman-referral',
  'ombudsman-evidence-requested',
  'ombudsman-evidence-provided',
  'ombudsman-determination',
  'ombudsman-order-complied',
  'adjustment-recorded',
  'update-sent',
  'party-notified',
] as const;

/**
 * The events each status accepts. The table drives both the types (see {@link EventFor}) and the
 * runtime check in `applyEvent`. Ombudsman events, adjustments (Code 5.10), updates and
 * notifications are accepted in every status: the complainant may go to the Ombudsman at any time
 * (policy s.10). Remedies and outstanding actions offered in a response are completed in any status
 * after it, closed, withdrawn or refused at stage 2 included (Code 7.3, 6.6, 6.17).
 *
 * @example
 * ```ts
 * TRANSITIONS['stage-1'].includes('responded'); // true
 * ```
 */
export const TRANSITIONS = {
  received: ['accepted', 'refused', 'acknowledged', 'clarification-requested', 'clarification-received', 'withdrawn', ...ANYTIME],
  // Remedies and outstanding actions offered at stage 1 are tracked to completion after a refusal to
  // escalate (Code 7.3, 6.6); a complaint refused at receipt has none, so allowedEvents leaves them out.
  refused: ['remedy-completed', 'action-completed', ...ANYTIME],
  'stage-1': [
    'clarification-requested',
    'clarification-received',
    'extension-granted',
    'additional-issue-raised',
    'responded',
    'withdrawn',
    ...ANYTIME,
  ],
  'stage-1-responded': ['escalation-requested', 'closed', 'additional-issue-raised', 'remedy-completed', 'action-completed', 'withdrawn', ...ANYTIME],
  'stage-2-requested': ['escalation-acknowledged', 'refused', 'additional-issue-raised', 'remedy-completed', 'action-completed', 'withdrawn', ...ANYTIME],
  'stage-2': [
    'clarification-requested',
    'clarification-received',
    'extension-granted',
    'additional-issue-raised',
    'responded',
    'remedy-completed',
    'action-completed',
    'withdrawn',
    ...ANYTIME,
  ],
  // A complaint closed at stage 1 may still be escalated late, with discretion (Code 5.11);
  // after a stage 2 response the runtime refuses it (Code 5.3).
  closed: ['escalation-requested', 'additional-issue-raised', 'remedy-completed', 'action-completed', ...ANYTIME],
  withdrawn: ['remedy-completed', 'action-completed', ...ANYTIME],
} as const satisfies { readonly [S in Status]: readonly EventType[] };

/**
 * The event types a complaint in status `S` accepts, as a type.
 *
 * @example
 * ```ts
 * type T = EventTypeFor<'stage-2-requested'>; // 'escalation-acknowledged' | 'refused' | ...
 * ```
 */
export type EventTypeFor<S extends Status> = (typeof TRANSITIONS)[S][number];

/**
 * The events a complaint in status `S` accepts. `applyEvent` takes `EventFor<C['status']>`, so a
 * complaint known to be at stage 1 cannot be given a stage 2 event in TypeScript.
 *
 * @example
 * ```ts
 * const e: EventFor<'stage-1'> = { type: 'responded', ... };
 * ```
 */
export type EventFor<S extends Status> = Extract<LifecycleEvent, { type: EventTypeFor<S> }>;

const SETS = Object.fromEntries(
  Object.entries(TRANSITIONS).map(([k, v]) => [k, new Set<string>(v)]),
) as unknown as Record<Status, ReadonlySet<string>>;

/**
 * True when a complaint in `status` accepts events of `type` (the table only; rules apply later).
 *
 * @example
 * ```ts
 * accepts('stage-2', 'escalation-requested'); // false (Code 5.3)
 * ```
 */
export function accepts(status: Status, type: string): boolean {
  return SETS[status]?.has(type) ?? false;
}
