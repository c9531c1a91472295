/**
 * The `action-completed` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import { changed } from '../append.js';
import { base, Id } from '../scalars.js';
import { defineEvent, guard, allActions, findInResponses, withResponseEntry, ACTION_SOURCE } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const actionCompletedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('action-completed'),
    ...base,
    actionId: Id,
  }))();
/**
 * An outstanding action stated in a response is completed (Code 6.6, 6.17: outstanding actions are
 * tracked and actioned promptly; policy s.9).
 *
 * @example
 * ```ts
 * const e: ActionCompletedEvent = { type: 'action-completed', at: '2025-02-03', actionId: 'a1' };
 * ```
 */
export const ActionCompletedEvent: Schema<ActionCompletedEvent, ActionCompletedEvent> = actionCompletedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ActionCompletedEventZod: z.ZodMiniType<ActionCompletedEvent, ActionCompletedEvent> = actionCompletedEventSchema;
/** See {@link ActionCompletedEvent}. */
export interface ActionCompletedEvent {
  type: 'action-completed';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  actionId: string;
}

type From = 'refused' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' | 'closed' | 'withdrawn';

/** `action-completed`: an outstanding action stated in a response is completed, once; in every status after a response. */
export const actionCompleted = /* @__PURE__ */ (() => defineEvent<ActionCompletedEvent>()({
  type: 'action-completed',
  source: ACTION_SOURCE,
  from: ['refused', 'stage-1-responded', 'stage-2-requested', 'stage-2', 'closed', 'withdrawn'],
  moves: [],
  guards: [
    guard<From, ActionCompletedEvent>('unknown-action', ACTION_SOURCE, 'Only an outstanding action stated is completed', (_x, ev) =>
      findInResponses(_x.c, 'outstandingActions', ev.actionId) !== undefined ? undefined : { message: `no outstanding action '${ev.actionId}' was stated in a response to this complaint`, at: 'actionId' },
    ),
    guard<From, ActionCompletedEvent>('action-already-completed', ACTION_SOURCE, 'An outstanding action is completed once', (x, ev) => {
      const on = findInResponses(x.c, 'outstandingActions', ev.actionId)?.entry.completedOn;
      return on === undefined ? undefined : { message: `outstanding action '${ev.actionId}' was completed on ${on}`, at: 'actionId' };
    }),
  ],
  unavailable: (c) => (allActions(c).some((a) => a.completedOn === undefined) ? undefined : 'no outstanding action is left to complete'),
  effect({ c, on, history }, ev) {
    // Action ids are unique in the complaint (the responded event's guards), and the guards found it.
    const at = findInResponses(c, 'outstandingActions', ev.actionId);
    return at === undefined ? changed(c, { history }) : withResponseEntry(c, 'outstandingActions', at, Object.assign({}, at.entry, { completedOn: on }), history);
  },
}))();
