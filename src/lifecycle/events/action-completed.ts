/**
 * The `action-completed` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { ResponseRecord } from '../complaint.js';
import { base, Id } from '../scalars.js';
import { defineEvent, guard, allActions, ACTION_SOURCE } from './kit.js';

/** @internal The schema as built, for the union of events and the type test. */
export const actionCompletedEventSchema = z.strictObject({
  type: z.literal('action-completed'),
  ...base,
  actionId: Id,
});
/**
 * An outstanding action stated in a response is completed (Code 6.6, 6.17: outstanding actions are
 * tracked and actioned promptly; policy s.9).
 *
 * @example
 * ```ts
 * const e: ActionCompletedEvent = { type: 'action-completed', at: '2025-02-03', actionId: 'a1' };
 * ```
 */
export const ActionCompletedEvent: z.ZodMiniType<ActionCompletedEvent, ActionCompletedEvent> = actionCompletedEventSchema;
/** See {@link ActionCompletedEvent}. */
export interface ActionCompletedEvent {
  type: 'action-completed';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  actionId: string;
}

type From = 'refused' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' | 'closed' | 'withdrawn';

/** `action-completed`: an outstanding action stated in a response is completed, once; in every status after a response. */
export const actionCompleted = defineEvent({
  type: 'action-completed',
  schema: ActionCompletedEvent,
  source: ACTION_SOURCE,
  from: ['refused', 'stage-1-responded', 'stage-2-requested', 'stage-2', 'closed', 'withdrawn'],
  moves: [],
  guards: [
    guard<From, ActionCompletedEvent>('unknown-action', ACTION_SOURCE, 'Only an outstanding action stated is completed', (_x, ev) =>
      allActions(_x.c).some((a) => a.id === ev.actionId) ? undefined : { message: `no outstanding action '${ev.actionId}' was stated in a response to this complaint`, at: 'actionId' },
    ),
    guard<From, ActionCompletedEvent>('action-already-completed', ACTION_SOURCE, 'An outstanding action is completed once', (x, ev) => {
      const on = allActions(x.c).find((a) => a.id === ev.actionId)?.completedOn;
      return on === undefined ? undefined : { message: `outstanding action '${ev.actionId}' was completed on ${on}`, at: 'actionId' };
    }),
  ],
  unavailable: (c) => (allActions(c).some((a) => a.completedOn === undefined) ? undefined : 'no outstanding action is left to complete'),
  effect({ c, on, history }, ev) {
    const mark = <S extends { response: ResponseRecord }>(s: S): S => ({
      ...s,
      response: { ...s.response, outstandingActions: s.response.outstandingActions.map((a) => (a.id === ev.actionId ? { ...a, completedOn: on } : a)) },
    });
    if ('response' in c.stage1 && c.stage1.response.outstandingActions.some((a) => a.id === ev.actionId)) return { ...c, history, stage1: mark(c.stage1) };
    if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) return { ...c, history, stage2: mark(c.stage2) };
    return { ...c, history };
  },
});
