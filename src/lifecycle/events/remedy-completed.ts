/**
 * The `remedy-completed` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { Source } from '../../core/source.js';
import type { LifecycleContext } from '../context.js';
import { base, Id } from '../scalars.js';
import { defineEvent, guard, cite, sectionOf, allRemedies, findInResponses, perStep, withResponseEntry, type Step } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { changed } from '../append.js';

/** @internal The schema as built, for the union of events and the type test. */
export const remedyCompletedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('remedy-completed'),
    ...base,
    remedyId: Id,
  }))();
/**
 * A remedy offered in a response is completed (Code 7.3: followed through to completion).
 *
 * @example
 * ```ts
 * const e: RemedyCompletedEvent = { type: 'remedy-completed', at: '2025-02-01', remedyId: 'r1' };
 * ```
 */
export const RemedyCompletedEvent: Schema<RemedyCompletedEvent, RemedyCompletedEvent> = remedyCompletedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const RemedyCompletedEventZod: z.ZodMiniType<RemedyCompletedEvent, RemedyCompletedEvent> = remedyCompletedEventSchema;
/** See {@link RemedyCompletedEvent}. */
export interface RemedyCompletedEvent {
  type: 'remedy-completed';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  remedyId: string;
}

type From = 'refused' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' | 'closed' | 'withdrawn';

const source = (ctx: LifecycleContext): Source => cite(CODE_2024.remedyTracking.provision, sectionOf.remedies(ctx));
/** Where the remedy the event names is, looked up once per event (its guards and its effect read it). */
const remedyAt = perStep((x: Step<From>, ev: RemedyCompletedEvent) => findInResponses(x.c, 'remedies', ev.remedyId));

/** `remedy-completed`: a remedy offered in a response is completed, once; in every status after a response. */
export const remedyCompleted = /* @__PURE__ */ (() => defineEvent<RemedyCompletedEvent>()({
  type: 'remedy-completed',
  source: { provision: CODE_2024.remedyTracking.provision },
  // A complaint refused at receipt has no remedies; one refused at stage 2 keeps its stage 1 remedies
  // to complete (Code 7.3), as does a closed or withdrawn one.
  from: ['refused', 'stage-1-responded', 'stage-2-requested', 'stage-2', 'closed', 'withdrawn'],
  moves: [],
  guards: [
    guard<From, RemedyCompletedEvent>('unknown-remedy', { provision: CODE_2024.remedyTracking.provision }, 'Only a remedy offered is completed', (x, ev) =>
      remedyAt(x, ev) !== undefined ? undefined : { message: `no remedy '${ev.remedyId}' was offered in a response to this complaint`, at: 'remedyId', source: source(x.ctx) },
    ),
    guard<From, RemedyCompletedEvent>('remedy-already-completed', { provision: CODE_2024.remedyTracking.provision }, 'A remedy is completed once', (x, ev) => {
      const on = remedyAt(x, ev)?.entry.completedOn;
      return on === undefined ? undefined : { message: `remedy '${ev.remedyId}' was completed on ${on}`, at: 'remedyId', source: source(x.ctx) };
    }),
  ],
  unavailable: (c) => (allRemedies(c).some((r) => r.completedOn === undefined) ? undefined : 'no remedy offered is outstanding'),
  effect(x, ev) {
    const { c, on, history } = x;
    // Remedy ids are unique in the complaint (the responded event's guards), and the guards found it.
    const at = remedyAt(x, ev);
    // Object.assign, not a spread with an added key: V8 gives every object built by such a spread a
    // layout of its own, and a report reading thousands of completed remedies slows down.
    return at === undefined ? changed(c, { history }) : withResponseEntry(c, 'remedies', at, Object.assign({}, at.entry, { completedOn: on }), history);
  },
}))();
