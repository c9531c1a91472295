/**
 * The `closed` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { ComplaintIn } from '../complaint.js';
import { escalationWindow } from '../timing.js';
import { changed } from '../append.js';
import { base } from '../scalars.js';
import { defineEvent, guard, cite } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const closedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('closed'),
    ...base,
    how: z.enum(['stage-1-accepted', 'escalation-window-lapsed']),
  }))();
/**
 * The internal procedure ends at stage 1: the complainant accepts the response, or the escalation
 * window passes without a request (Code 6.10; policy s.6, s.7); 'escalation-window-lapsed' is
 * refused (`no-escalation-window`) under a policy that sets no window. A stage 2 response closes a
 * complaint by itself.
 *
 * @example
 * ```ts
 * const e: ClosedEvent = { type: 'closed', at: '2025-02-10', how: 'escalation-window-lapsed' };
 * ```
 */
export const ClosedEvent: Schema<ClosedEvent, ClosedEvent> = closedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ClosedEventZod: z.ZodMiniType<ClosedEvent, ClosedEvent> = closedEventSchema;
/** See {@link ClosedEvent}. */
export interface ClosedEvent {
  type: 'closed';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  how: 'stage-1-accepted' | 'escalation-window-lapsed';
}

type From = 'stage-1-responded';

/** `closed`: the internal procedure ends at stage 1 (the response accepted, or the escalation window lapsed). */
export const closed = /* @__PURE__ */ (() => defineEvent<ClosedEvent>()({
  type: 'closed',
  source: { provision: CODE_2024.mustEscalate.provision },
  from: ['stage-1-responded'],
  moves: [{ from: 'stage-1-responded', to: 'closed', note: 'accepted, or window lapsed' }],
  guards: [
    guard<From, ClosedEvent>('no-escalation-window', { provision: CODE_2024.mustEscalate.provision, note: 'policy escalation.window is null' }, 'A complaint is never closed as "window lapsed" under a policy that sets no window', (x, ev) =>
      ev.how === 'escalation-window-lapsed' && x.ctx.policy.escalation.window === null
        ? {
            message: "the policy sets no escalation window, so the complaint cannot be closed as lapsed; close it as 'stage-1-accepted' when the complainant accepts the response",
            at: 'how',
            source: cite(CODE_2024.mustEscalate.provision, x.ctx.policy.escalation.source.policy, 'policy escalation.window is null'),
          }
        : undefined,
    ),
    guard<From, ClosedEvent>('escalation-window-open', { note: 'policy escalation.window' }, 'A complaint is closed as "window lapsed" only after the window', (x, ev) => {
      const window = x.ctx.policy.escalation.window;
      if (ev.how !== 'escalation-window-lapsed' || window === null) return undefined;
      const w = escalationWindow(x.c, x.ctx);
      return w !== undefined && x.on <= w.dueBy
        ? { message: `the escalation window is open until ${w.dueBy}; the complaint cannot be closed as lapsed on ${x.on}`, at: 'at', source: cite(undefined, window.source.policy ?? x.ctx.policy.escalation.source.policy, 'policy escalation.window') }
        : undefined;
    }),
  ],
  effect({ c, on, history }, ev) {
    const next: ComplaintIn<'closed'> = changed(c, { history, status: 'closed', closure: { on, how: ev.how } });
    return next;
  },
}))();
