/**
 * The `remedy-completed` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { Source } from '../../core/source.js';
import type { ResponseRecord } from '../complaint.js';
import type { LifecycleContext } from '../context.js';
import { base, Id } from '../scalars.js';
import { defineEvent, guard, cite, sectionOf, allRemedies } from './kit.js';

/** @internal The schema as built, for the union of events and the type test. */
export const remedyCompletedEventSchema = z.strictObject({
  type: z.literal('remedy-completed'),
  ...base,
  remedyId: Id,
});
/**
 * A remedy offered in a response is completed (Code 7.3: followed through to completion).
 *
 * @example
 * ```ts
 * const e: RemedyCompletedEvent = { type: 'remedy-completed', at: '2025-02-01', remedyId: 'r1' };
 * ```
 */
export const RemedyCompletedEvent: z.ZodMiniType<RemedyCompletedEvent, RemedyCompletedEvent> = remedyCompletedEventSchema;
/** See {@link RemedyCompletedEvent}. */
export interface RemedyCompletedEvent {
  type: 'remedy-completed';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  remedyId: string;
}

type From = 'refused' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' | 'closed' | 'withdrawn';

const source = (ctx: LifecycleContext): Source => cite('7.3', sectionOf.remedies(ctx));

/** `remedy-completed`: a remedy offered in a response is completed, once; in every status after a response. */
export const remedyCompleted = defineEvent({
  type: 'remedy-completed',
  schema: RemedyCompletedEvent,
  source: { provision: '7.3' },
  // A complaint refused at receipt has no remedies; one refused at stage 2 keeps its stage 1 remedies
  // to complete (Code 7.3), as does a closed or withdrawn one.
  from: ['refused', 'stage-1-responded', 'stage-2-requested', 'stage-2', 'closed', 'withdrawn'],
  moves: [],
  guards: [
    guard<From, RemedyCompletedEvent>('unknown-remedy', { provision: '7.3' }, 'Only a remedy offered is completed', (x, ev) =>
      allRemedies(x.c).some((r) => r.id === ev.remedyId) ? undefined : { message: `no remedy '${ev.remedyId}' was offered in a response to this complaint`, at: 'remedyId', source: source(x.ctx) },
    ),
    guard<From, RemedyCompletedEvent>('remedy-already-completed', { provision: '7.3' }, 'A remedy is completed once', (x, ev) => {
      const on = allRemedies(x.c).find((r) => r.id === ev.remedyId)?.completedOn;
      return on === undefined ? undefined : { message: `remedy '${ev.remedyId}' was completed on ${on}`, at: 'remedyId', source: source(x.ctx) };
    }),
  ],
  unavailable: (c) => (allRemedies(c).some((r) => r.completedOn === undefined) ? undefined : 'no remedy offered is outstanding'),
  effect({ c, on, history }, ev) {
    const mark = <S extends { response: ResponseRecord }>(s: S): S => ({
      ...s,
      response: { ...s.response, remedies: s.response.remedies.map((r) => (r.id === ev.remedyId ? { ...r, completedOn: on } : r)) },
    });
    if ('response' in c.stage1 && c.stage1.response.remedies.some((r) => r.id === ev.remedyId)) return { ...c, history, stage1: mark(c.stage1) };
    // Otherwise the guards found it in the stage 2 response.
    if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) return { ...c, history, stage2: mark(c.stage2) };
    return { ...c, history };
  },
});
