/**
 * The `escalation-acknowledged` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { ComplaintIn, Stage2Acknowledged } from '../complaint.js';
import { base, Id, Issue, ComplaintDefinition, ComplaintDefinitionZod } from '../scalars.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { defineEvent, guard, cite, procedureOf, knownRoleHolders, uniqueIssueIds } from './kit.js';
import { SHORT_LIST, toChange } from '../append.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const escalationAcknowledgedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('escalation-acknowledged'),
    ...base,
    reviewer: Id,
    definition: z.optional(ComplaintDefinitionZod),
    roleHolders: z.optional(z.record(z.string(), Id)),
  }))();
/**
 * The stage 2 request is acknowledged, defined and logged (Code 5.6, 6.11); `reviewer` is the
 * person who considers stage 2, who must not be the stage 1 handler (Code 6.13).
 *
 * @example
 * ```ts
 * const e: EscalationAcknowledgedEvent = { type: 'escalation-acknowledged', at: '2025-01-22', reviewer: 'officer-2' };
 * ```
 */
export const EscalationAcknowledgedEvent: Schema<EscalationAcknowledgedEvent, EscalationAcknowledgedEvent> = escalationAcknowledgedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const EscalationAcknowledgedEventZod: z.ZodMiniType<EscalationAcknowledgedEvent, EscalationAcknowledgedEvent> = escalationAcknowledgedEventSchema;
/** See {@link EscalationAcknowledgedEvent}. */
export interface EscalationAcknowledgedEvent {
  type: 'escalation-acknowledged';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  reviewer: string;
  definition?: ComplaintDefinition | undefined;
  /** Who holds each role at stage 2 (added to, or replacing, those named at stage 1). */
  roleHolders?: Record<string, string> | undefined;
}

type From = 'stage-2-requested';

/** `escalation-acknowledged`: stage 2 is acknowledged and defined; the reviewer is not the stage 1 handler. */
export const escalationAcknowledged = /* @__PURE__ */ (() => defineEvent<EscalationAcknowledgedEvent>()({
  type: 'escalation-acknowledged',
  source: { provision: `${CODE_2024.complaintDefinition.provision}, ${CODE_2024.stages[1].acknowledge.provision}, ${CODE_2024.separateHandler.provision}` },
  from: ['stage-2-requested'],
  moves: [{ from: 'stage-2-requested', to: 'stage-2', source: { provision: `${CODE_2024.stages[1].acknowledge.provision}, ${CODE_2024.separateHandler.provision}` } }],
  guards: [
    guard<From, EscalationAcknowledgedEvent>('reviewer-is-stage-1-handler', { provision: CODE_2024.separateHandler.provision }, 'The stage 2 reviewer is not the person who handled stage 1', (x, ev) =>
      ev.reviewer === x.c.stage1.handler
        ? {
            message: `the stage 2 reviewer '${ev.reviewer}' handled stage 1; the person considering stage 2 must not be the one who considered stage 1`,
            at: 'reviewer',
            source: cite(CODE_2024.separateHandler.provision, procedureOf(x.ctx, x.c.procedure)?.stages[1].source.policy),
          }
        : undefined,
    ),
    uniqueIssueIds<From, EscalationAcknowledgedEvent>((ev) => ev.definition, 'definition.issues'),
    knownRoleHolders<From, EscalationAcknowledgedEvent>(),
  ],
  effect({ c, on, history }, ev) {
    let definition = ev.definition;
    if (definition === undefined) {
      const escalated = c.stage2.escalation.issues;
      const ids = escalated.length > SHORT_LIST ? new Set(escalated) : undefined;
      const kept = c.stage1.definition.issues.filter((q) => (ids === undefined ? escalated.includes(q.id) : ids.has(q.id)));
      const added = c.stage2.escalation.newIssues;
      // Structural sharing: the stage 1 definition itself when every issue is escalated and none added.
      definition =
        kept.length === c.stage1.definition.issues.length && added === undefined
          ? c.stage1.definition
          : { ...c.stage1.definition, issues: added === undefined ? kept : [...kept, ...added] };
    }
    const s2 = c.stage2;
    const stage2: Stage2Acknowledged = { stage: 2, requestedOn: s2.requestedOn, extensions: s2.extensions, clarifications: s2.clarifications, escalation: s2.escalation, acknowledgedOn: on, handler: ev.reviewer, definition };
    const roleHolders = ev.roleHolders === undefined ? c.roleHolders : { ...c.roleHolders, ...ev.roleHolders };
    const next = toChange<ComplaintIn<'stage-2'>>(c);
    next.history = history;
    next.status = 'stage-2';
    next.stage2 = stage2;
    next.roleHolders = roleHolders;
    return next;
  },
}))();
