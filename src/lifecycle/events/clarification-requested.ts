/**
 * The `clarification-requested` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo } from '../append.js';
import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import { base } from '../scalars.js';
import { defineEvent } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const clarificationRequestedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('clarification-requested'),
    ...base,
    question: z.optional(z.string()),
  }))();
/**
 * The complainant is asked to clarify part of the complaint (Code 5.6).
 *
 * @example
 * ```ts
 * const e: ClarificationRequestedEvent = { type: 'clarification-requested', at: '2025-01-02', question: 'Which window?' };
 * ```
 */
export const ClarificationRequestedEvent: Schema<ClarificationRequestedEvent, ClarificationRequestedEvent> = clarificationRequestedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ClarificationRequestedEventZod: z.ZodMiniType<ClarificationRequestedEvent, ClarificationRequestedEvent> = clarificationRequestedEventSchema;
/** See {@link ClarificationRequestedEvent}. */
export interface ClarificationRequestedEvent {
  type: 'clarification-requested';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  question?: string | undefined;
}

/** `clarification-requested`: a clarification is asked of the complainant at the current stage. */
export const clarificationRequested = /* @__PURE__ */ (() => defineEvent<ClarificationRequestedEvent>()({
  type: 'clarification-requested',
  source: { provision: CODE_2024.complaintDefinition.provision },
  from: ['received', 'stage-1', 'stage-2'],
  moves: [],
  guards: [],
  effect({ c, on, history }, ev) {
    const q = { requestedOn: on, ...(ev.question === undefined ? {} : { question: ev.question }) };
    return match(c)
      .with({ status: 'stage-2' }, (k) => ({ ...k, history, stage2: { ...k.stage2, clarifications: appendTo(k.stage2.clarifications, q) } }))
      .with({ status: 'stage-1' }, (k) => ({ ...k, history, stage1: { ...k.stage1, clarifications: appendTo(k.stage1.clarifications, q) } }))
      .with({ status: 'received' }, (k) => ({ ...k, history, stage1: { ...k.stage1, clarifications: appendTo(k.stage1.clarifications, q) } }))
      .exhaustive();
  },
}))();
