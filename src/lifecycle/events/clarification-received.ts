/**
 * The `clarification-received` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import type { ComplaintIn, ClarificationRecord } from '../complaint.js';
import { base } from '../scalars.js';
import { lookup, replaceAt } from '../append.js';
import { defineEvent, guard, currentStage } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const clarificationReceivedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('clarification-received'),
    ...base,
    answer: z.optional(z.string()),
  }))();
/**
 * The complainant's clarification arrives (Code 5.6). Answers the latest open request.
 *
 * @example
 * ```ts
 * const e: ClarificationReceivedEvent = { type: 'clarification-received', at: '2025-01-03', answer: 'The bedroom window.' };
 * ```
 */
export const ClarificationReceivedEvent: Schema<ClarificationReceivedEvent, ClarificationReceivedEvent> = clarificationReceivedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ClarificationReceivedEventZod: z.ZodMiniType<ClarificationReceivedEvent, ClarificationReceivedEvent> = clarificationReceivedEventSchema;
/** See {@link ClarificationReceivedEvent}. */
export interface ClarificationReceivedEvent {
  type: 'clarification-received';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  answer?: string | undefined;
}

type From = 'received' | 'stage-1' | 'stage-2';

/**
 * The index of the latest unanswered clarification at the current stage, or -1. During a replay a
 * stack of the open requests' indexes is kept for the list (answered ones are dropped when they
 * reach the top), so n requests and answers in any order cost O(n); elsewhere a scan from the end.
 */
function openClarification(c: ComplaintIn<From>): number {
  const qs = currentStage(c).clarifications;
  const open = lookup(qs, 'open-clarifications', () => [] as number[], (stack, i) => {
    if (qs[i]!.receivedOn === undefined) stack.push(i);
  });
  while (open.length > 0 && qs[open[open.length - 1]!]!.receivedOn !== undefined) open.pop();
  return open.length === 0 ? -1 : open[open.length - 1]!;
}

/** `clarification-received`: the complainant's clarification answers the latest open request. */
export const clarificationReceived = /* @__PURE__ */ (() => defineEvent<ClarificationReceivedEvent>()({
  type: 'clarification-received',
  source: { provision: CODE_2024.complaintDefinition.provision },
  from: ['received', 'stage-1', 'stage-2'],
  moves: [],
  guards: [
    guard<From, ClarificationReceivedEvent>('no-open-clarification', { provision: CODE_2024.complaintDefinition.provision }, 'A clarification answers one asked for and still unanswered', (x) =>
      openClarification(x.c) >= 0 ? undefined : { message: 'no clarification has been asked for that is still unanswered', at: 'type' },
    ),
  ],
  unavailable: (c) => (openClarification(c) >= 0 ? undefined : 'no clarification asked for is still unanswered'),
  effect({ c, on, history }, ev) {
    const i = openClarification(c);
    const answer = <Q extends ClarificationRecord>(qs: readonly Q[]): Q[] => replaceAt(qs, i, { ...qs[i]!, receivedOn: on, ...(ev.answer === undefined ? {} : { answer: ev.answer }) });
    return match(c)
      .with({ status: 'stage-2' }, (k) => ({ ...k, history, stage2: { ...k.stage2, clarifications: answer(k.stage2.clarifications) } }))
      .with({ status: 'stage-1' }, (k) => ({ ...k, history, stage1: { ...k.stage1, clarifications: answer(k.stage1.clarifications) } }))
      .with({ status: 'received' }, (k) => ({ ...k, history, stage1: { ...k.stage1, clarifications: answer(k.stage1.clarifications) } }))
      .exhaustive();
  },
}))();
