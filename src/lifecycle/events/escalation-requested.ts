/**
 * The `escalation-requested` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { ComplaintIn, EscalationRecord } from '../complaint.js';
import { base, Id, Issue, IssueZod } from '../scalars.js';
import { escalationWindow } from '../timing.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { NO_ENTRIES, toChange } from '../append.js';
import { defineEvent, guard, blank, cite, perStep, type Step } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const escalationRequestedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('escalation-requested'),
    ...base,
    reasons: z.optional(z.string()),
    issues: z.optional(z.array(Id)),
    newIssues: z.optional(z.array(IssueZod)),
    discretionReason: z.optional(z.string()),
  }))();
/**
 * The complainant asks for stage 2 (Code 6.10, 6.11, 6.12; policy s.6, s.7). Reasons are not
 * required (6.12) unless the policy says so. `issues` lists the stage 1 issue ids escalated
 * (default: all); `newIssues` are refused unless the policy allows them (policy s.6/s.7). A request
 * after the policy's escalation window is accepted only with a `discretionReason` (Code 5.11); under a
 * policy with no window (`escalation.window` null, as the Code) no request is late.
 *
 * @example
 * ```ts
 * const e: EscalationRequestedEvent = { type: 'escalation-requested', at: '2025-01-20' };
 * ```
 */
export const EscalationRequestedEvent: Schema<EscalationRequestedEvent, EscalationRequestedEvent> = escalationRequestedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const EscalationRequestedEventZod: z.ZodMiniType<EscalationRequestedEvent, EscalationRequestedEvent> = escalationRequestedEventSchema;
/** See {@link EscalationRequestedEvent}. */
export interface EscalationRequestedEvent {
  type: 'escalation-requested';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  reasons?: string | undefined;
  issues?: string[] | undefined;
  newIssues?: Issue[] | undefined;
  discretionReason?: string | undefined;
}

type From = 'stage-1-responded' | 'closed' | 'stage-1';

/** Whether the policy lets a complaint be handled at stage 2 before a stage 1 response (`escalation.direct`). */
const directAllowed = (x: { ctx: { policy: { escalation: { direct?: { allowed: boolean } | undefined } } } }): boolean => x.ctx.policy.escalation.direct?.allowed === true;

/** The escalation window's last day has passed without a request: the request is late (never, under a policy with no window). */
const lateOn = perStep((x: Step<From>): { late: boolean; dueBy?: string } => {
  const window = escalationWindow(x.c, x.ctx);
  return window !== undefined && x.on > window.dueBy ? { late: true, dueBy: window.dueBy } : { late: false };
});

/** `escalation-requested`: the complainant asks for stage 2; a complaint closed at stage 1 may be escalated late. */
export const escalationRequested = /* @__PURE__ */ (() => defineEvent<EscalationRequestedEvent>()({
  type: 'escalation-requested',
  source: { provision: `${CODE_2024.mustEscalate.provision}, ${CODE_2024.stages[1].acknowledge.provision}, ${CODE_2024.escalationReasons.provision}, ${CODE_2024.refuseEscalation.provision}` },
  from: ['stage-1-responded', 'closed', 'stage-1'],
  moves: [
    { from: 'stage-1', to: 'stage-2-requested', note: 'straight to stage 2, where the policy allows it (escalation.direct)', source: { note: 'policy escalation.direct' } },
    { from: 'stage-1-responded', to: 'stage-2-requested', source: { provision: `${CODE_2024.mustEscalate.provision}, ${CODE_2024.stages[1].acknowledge.provision}` } },
    { from: 'closed', to: 'stage-2-requested', note: 'late, with discretion, only if closed at stage 1', source: { provision: CODE_2024.refuseEscalation.provision } },
  ],
  // Two stages only (5.3, 5.2): a complaint escalated already is refused as such, not as any event out of turn.
  notAccepted: (c, now) =>
    c.status === 'stage-2-requested' || c.status === 'stage-2' || c.status === 'closed'
      ? { code: 'no-third-stage', message: `complaint '${c.id}' has already been escalated to stage 2; there is no third stage (${now})`, source: { provision: CODE_2024.stageCount.provision, note: `also ${CODE_2024.noExtraStages.provision}: two stages only` } }
      : undefined,
  guards: [
    guard<From, EscalationRequestedEvent>('escalation-before-response', { provision: CODE_2024.mustEscalate.provision, note: 'policy escalation.direct' }, 'Stage 2 follows the stage 1 response, unless the policy lets a complaint go straight to stage 2', (x) =>
      x.c.status === 'stage-1' && !directAllowed(x)
        ? { message: `complaint '${x.c.id}' has had no stage 1 response; the policy does not let a complaint go straight to stage 2`, at: 'type', source: cite(CODE_2024.mustEscalate.provision, x.ctx.policy.escalation.direct?.source.policy ?? x.ctx.policy.escalation.source.policy, 'policy escalation.direct') }
        : undefined,
    ),
    guard<From, EscalationRequestedEvent>('no-third-stage', { provision: CODE_2024.stageCount.provision, note: `also ${CODE_2024.noExtraStages.provision}: two stages only` }, 'Two stages only: no escalation after a stage 2 response', (x) =>
      x.c.status === 'closed' && x.c.closure.how === 'stage-2-response'
        ? { message: `complaint '${x.c.id}' has already been escalated to stage 2; there is no third stage`, at: 'type' }
        : undefined,
    ),
    guard<From, EscalationRequestedEvent>('escalation-new-issues', { provision: CODE_2024.newIssues.provision, note: 'policy escalation.newIssuesAllowed' }, 'An escalation adds no new or unrelated issues, unless the policy allows it', (x, ev) => {
      const esc = x.ctx.policy.escalation;
      if ((ev.newIssues?.length ?? 0) > 0 && !esc.newIssuesAllowed) {
        return { message: 'a stage 2 escalation cannot include new or unrelated complaints; log them as a new complaint', at: 'newIssues', source: cite(CODE_2024.newIssues.provision, esc.source.policy, 'policy escalation.newIssuesAllowed') };
      }
      const asked = ev.issues ?? [];
      if (asked.length === 0) return undefined;
      const known = new Set(x.c.stage1.definition.issues.map((q) => q.id));
      const i = asked.findIndex((id) => !known.has(id));
      return i < 0
        ? undefined
        : { message: `issue '${asked[i]}' was not part of the stage 1 complaint; a stage 2 escalation cannot include new or unrelated complaints`, at: `issues.${i}`, source: cite(undefined, esc.source.policy, 'policy escalation.newIssuesAllowed') };
    }),
    guard<From, EscalationRequestedEvent>('escalation-reasons-required', { provision: CODE_2024.escalationReasons.provision, note: 'policy escalation.reasonsRequired' }, 'Reasons for a stage 2 request are not required, unless the policy says so', (x, ev) =>
      x.ctx.policy.escalation.reasonsRequired && blank(ev.reasons)
        ? { message: `the policy requires reasons for a stage 2 request (note: Code ${CODE_2024.escalationReasons.provision} says residents must not be required to explain them)`, at: 'reasons', source: cite(CODE_2024.escalationReasons.provision, x.ctx.policy.escalation.source.policy, 'policy escalation.reasonsRequired') }
        : undefined,
    ),
    guard<From, EscalationRequestedEvent>('escalation-late-without-discretion', { provision: CODE_2024.refuseEscalation.provision }, 'A late request is accepted only with a recorded reason for discretion', (x, ev) => {
      const l = lateOn(x);
      if (!l.late || !blank(ev.discretionReason)) return undefined;
      return {
        message: `the stage 2 request on ${x.on} is after the escalation window closed on ${l.dueBy}; accept it only with a recorded reason for using discretion`,
        at: 'discretionReason',
        // The window is the policy's own (its section); Code 5.11 gives the discretion to escalate.
        source: cite(CODE_2024.refuseEscalation.provision, x.ctx.policy.escalation.window?.source.policy ?? x.ctx.policy.escalation.source.policy),
      };
    }),
  ],
  unavailable: (c, ctx) =>
    c.status === 'closed' && c.closure.how === 'stage-2-response'
      ? `the complaint has had its stage 2 response; there is no third stage (Code ${CODE_2024.stageCount.provision})`
      : c.status === 'stage-1' && ctx.policy.escalation.direct?.allowed !== true
        ? 'no stage 1 response yet, and the policy does not let a complaint go straight to stage 2'
        : undefined,
  effect(x, ev) {
    const { c, on, ctx, history } = x;
    const esc = ctx.policy.escalation;
    const { late } = lateOn(x);
    const newIssues = esc.newIssuesAllowed && ev.newIssues !== undefined && ev.newIssues.length > 0 ? ev.newIssues : undefined;
    const escalation: EscalationRecord = { issues: ev.issues ?? c.stage1.definition.issues.map((q) => q.id), late };
    if (ev.reasons !== undefined) escalation.reasons = ev.reasons;
    if (late) escalation.discretionReason = ev.discretionReason;
    if (newIssues !== undefined) escalation.newIssues = newIssues;
    if (c.status === 'stage-1') escalation.direct = true;
    // A complaint closed at stage 1 and escalated late loses its closure (set to undefined rather
    // than deleted, keeping the one object shape; JSON leaves it out).
    const stage1 = c.stage1;
    const stage2: ComplaintIn<'stage-2-requested'>['stage2'] = { stage: 2, requestedOn: on, extensions: NO_ENTRIES, clarifications: NO_ENTRIES, escalation };
    const next = toChange<ComplaintIn<'stage-2-requested'> & { closure?: undefined }>(c);
    next.history = history;
    next.status = 'stage-2-requested';
    next.stage1 = stage1;
    next.stage2 = stage2;
    next.closure = undefined;
    return next;
  },
}))();
