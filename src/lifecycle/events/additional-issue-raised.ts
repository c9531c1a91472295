/**
 * The `additional-issue-raised` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo, changed, indexOfId } from '../append.js';
import * as z from 'zod/mini';
import type { ComplaintIn } from '../complaint.js';
import { base, Issue, IssueZod } from '../scalars.js';
import { defineEvent, guard, cite, sectionOf } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const additionalIssueRaisedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('additional-issue-raised'),
    ...base,
    issue: IssueZod,
    related: z.boolean(),
    wouldUnreasonablyDelay: z.optional(z.boolean()),
  }))();
/**
 * The complainant raises another issue during the complaint (Code 6.8; policy s.3). Related issues
 * raised before the stage 1 response are incorporated; otherwise (unrelated, after the stage 1
 * response, or `wouldUnreasonablyDelay`) they must be logged as a new complaint.
 *
 * @example
 * ```ts
 * const e: AdditionalIssueRaisedEvent = { type: 'additional-issue-raised', at: '2025-01-06',
 *   issue: { id: 'damp', summary: 'Damp in the same room' }, related: true };
 * ```
 */
export const AdditionalIssueRaisedEvent: Schema<AdditionalIssueRaisedEvent, AdditionalIssueRaisedEvent> = additionalIssueRaisedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const AdditionalIssueRaisedEventZod: z.ZodMiniType<AdditionalIssueRaisedEvent, AdditionalIssueRaisedEvent> = additionalIssueRaisedEventSchema;
/** See {@link AdditionalIssueRaisedEvent}. */
export interface AdditionalIssueRaisedEvent {
  type: 'additional-issue-raised';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  issue: Issue;
  related: boolean;
  wouldUnreasonablyDelay?: boolean | undefined;
}

type From = 'stage-1' | 'stage-1-responded' | 'stage-2-requested' | 'stage-2' | 'closed';

/** Code 6.8: a related issue raised before the stage 1 response is incorporated, unless it would unreasonably delay the response. */
const incorporated = (c: ComplaintIn<From>, ev: AdditionalIssueRaisedEvent): boolean => c.status === 'stage-1' && ev.related && ev.wouldUnreasonablyDelay !== true;

/** `additional-issue-raised`: another issue is raised; incorporated at stage 1 when related, otherwise a new complaint. */
export const additionalIssueRaised = /* @__PURE__ */ (() => defineEvent<AdditionalIssueRaisedEvent>()({
  type: 'additional-issue-raised',
  source: { provision: CODE_2024.newIssues.provision },
  from: ['stage-1', 'stage-1-responded', 'stage-2-requested', 'stage-2', 'closed'],
  moves: [],
  guards: [
    guard<From, AdditionalIssueRaisedEvent>('duplicate-id', { provision: CODE_2024.complaintDefinition.provision }, 'An incorporated issue is not already in the definition', (x, ev) =>
      x.c.status === 'stage-1' && incorporated(x.c, ev) && indexOfId(x.c.stage1.definition.issues, ev.issue.id) >= 0
        ? { message: `issue '${ev.issue.id}' is already in the complaint definition`, at: 'issue.id' }
        : undefined,
    ),
  ],
  effect({ c, on, ctx, history }, ev) {
    const source = cite(CODE_2024.newIssues.provision, sectionOf.ground(ctx, 'new-issue-during-investigation'));
    const record = { on, issue: ev.issue, related: ev.related, disposition: incorporated(c, ev) ? 'incorporated' : 'new-complaint', source } as const;
    const additionalIssues = appendTo(c.additionalIssues, record);
    if (c.status === 'stage-1' && incorporated(c, ev)) {
      return changed(c, { history, additionalIssues, stage1: { ...c.stage1, definition: { ...c.stage1.definition, issues: appendTo(c.stage1.definition.issues, ev.issue) } } });
    }
    return changed(c, { history, additionalIssues });
  },
}))();
