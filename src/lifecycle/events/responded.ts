/**
 * The `responded` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendAll, SHORT_LIST, toChange } from '../append.js';
import * as z from 'zod/mini';
import type { IssueFinding, OutstandingAction, Outcome, Remedy, ResponseDraft } from '../../outcomes/types.js';
import { checkResponseContents, responseContentsOptions } from '../../outcomes/contents.js';
import { decideOutcome } from '../../outcomes/decide.js';
import type { ComplaintIn, ResponseRecord, Stage1Responded } from '../complaint.js';
import { base, Id, Stage, ComplaintDefinition, ComplaintDefinitionZod, Finding, OfferedRemedy, StatedAction } from '../scalars.js';
import { responseDue } from '../timing.js';
import { isValidated } from '../../policy/validated.js';
import type { Policy } from '../../policy/schema.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';
import { bothStages, codeStageRules, type CodeStageRules } from '../../policy/code2024-requirements.js';
const [S1, S2] = CODE_2024.stages;
/** The response item naming the complaint stage, as cited: `'6.9(a)'` at stage 1 (from the Code table). */
const stageItem = (s: CodeStageRules): string => `${s.response.provision}(${s.response.items.find((i) => i.item === 'stage')!.letter})`;
import { defineEvent, guard, blank, cite, sectionOf, procedureOf, knownNotified, ACTION_SOURCE, type Step } from './kit.js';
import type { Schema } from '../../core/schema-type.js';

/** @internal The schema as built, for the union of events and the type test. */
export const respondedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('responded'),
    ...base,
    stage: Stage,
    definition: z.optional(z.union([z.string(), ComplaintDefinitionZod])),
    findings: z.array(Finding).check(z.minLength(1, { error: 'a response needs a finding on at least one issue' })),
    reasons: z.optional(z.string()),
    remedies: z.optional(z.array(OfferedRemedy)),
    noRemedyReason: z.optional(z.string()),
    outstandingActions: z.optional(z.array(StatedAction)),
    escalation: z.optional(z.string()),
    ombudsman: z.optional(z.string()),
    decidedBy: z.optional(Id),
    notified: z.optional(z.array(Id)),
  }))();
/**
 * The response at a stage is sent (Code 6.3, 6.9, 6.14, 6.19; policy s.6, s.7, s.9): a finding on
 * every issue of the definition, the reasons, remedies (or why none), outstanding actions (an
 * empty list states "none"), how to escalate (stage 1) or to go to the Ombudsman (stage 2; at stage 1
 * too when the policy's `responses.ombudsmanAtStage1` says so, as the co-ops' s.9 does).
 * `decidedBy` is the role that decided (procedure B: the landlord's complaints officer at stage 1,
 * its complaints panel at stage 2); it defaults to the procedure's role and must match it.
 *
 * @example
 * ```ts
 * const e: RespondedEvent = { type: 'responded', at: '2025-01-08', stage: 1, definition: 'Boiler not repaired',
 *   findings: [{ issue: 'repair', finding: 'upheld', reasons: 'Late by 3 weeks' }], reasons: 'The repair was late.',
 *   remedies: [], noRemedyReason: 'Repair already done', outstandingActions: [], escalation: 'Reply within 20 working days.',
 *   ombudsman: 'You may refer the complaint to the Housing Ombudsman Service.' };
 * ```
 */
export const RespondedEvent: Schema<RespondedEvent, RespondedEvent> = respondedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const RespondedEventZod: z.ZodMiniType<RespondedEvent, RespondedEvent> = respondedEventSchema;
/** See {@link RespondedEvent}. */
export interface RespondedEvent {
  type: 'responded';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  stage: 1 | 2;
  /**
   * The complaint definition as the response sets it out (Code 6.9(b), 6.19(b)): the letter's own
   * words (a string), or the structured definition, the same shape as on `acknowledged`.
   */
  definition?: string | ComplaintDefinition | undefined;
  /** At least one finding. */
  findings: IssueFinding[];
  reasons?: string | undefined;
  remedies?: Remedy[] | undefined;
  noRemedyReason?: string | undefined;
  outstandingActions?: OutstandingAction[] | undefined;
  escalation?: string | undefined;
  ombudsman?: string | undefined;
  decidedBy?: string | undefined;
  notified?: string[] | undefined;
}

type From = 'stage-1' | 'stage-2';

const stageOfStatus = (c: ComplaintIn<From>): 1 | 2 => (c.status === 'stage-1' ? 1 : 2);
const definitionOf = (c: ComplaintIn<From>): ComplaintDefinition => (c.status === 'stage-1' ? c.stage1.definition : c.stage2.definition);
/** A finding names an issue by its id (or, as written in older records, its summary). */
/** Every name a finding may use for an issue (its id or its summary), for look-ups in constant time. */
const issueNames = (issues: readonly { id: string; summary: string }[]): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const q of issues) {
    out.add(q.id);
    out.add(q.summary);
  }
  return out;
};

/**
 * The response-content rules the event breaks (the outcomes module's checkResponseContents, under
 * the policy's options). A response that plainly states every item its stage requires (see
 * {@link plainlyComplete}) breaks none and is not checked item by item.
 */
export function contentGaps(x: Step<From>, ev: RespondedEvent, full = false) {
  const stage = stageOfStatus(x.c);
  const decision = decideOutcome(ev.findings);
  if (!full && plainlyComplete(stage, ev, decision, x.ctx.policy)) return [];
  // A transient draft: undefined fields read as "not stated", as the outcomes module expects.
  const draft: ResponseDraft = {
    stage: ev.stage,
    complaintDefinition: definitionText(ev.definition),
    decision,
    reasons: ev.reasons,
    remedies: ev.remedies,
    noRemedyReason: ev.noRemedyReason,
    outstandingActions: ev.outstandingActions,
    escalation: ev.escalation,
    ombudsman: ev.ombudsman,
  };
  return checkResponseContents(stage, draft, responseContentsOptions(x.ctx.policy)).filter((f) => f.severity === 'breach');
}

/** The complaint definition a response states, as the response-content check reads it: its text, or its issues' summaries. */
function definitionText(d: RespondedEvent['definition']): string | undefined {
  return typeof d === 'string' || d === undefined ? d : d.issues.map((i) => i.summary).join('; ');
}

/** Per built-in policy (which cannot change): the fields checkResponseContents reports missing from a response that states only an upheld decision, at stage 1 and at stage 2. */
const requiredFields = new WeakMap<object, [readonly (string | undefined)[] | undefined, readonly (string | undefined)[] | undefined]>();

/** The fields checkResponseContents reports missing at `stage` from a response that states only an upheld decision: what the stage requires under the policy. */
function requiredAt(stage: 1 | 2, policy: Policy): readonly (string | undefined)[] {
  // Kept only for a built-in policy, which cannot change; a host's own may change in place.
  const keep = isValidated(policy);
  let known = keep ? requiredFields.get(policy) : undefined;
  const kept = known?.[stage - 1];
  if (kept !== undefined) return kept;
  const fields = checkResponseContents(stage, { decision: 'upheld' }, responseContentsOptions(policy)).map((f) => f.path);
  if (keep) {
    if (known === undefined) requiredFields.set(policy, (known = [undefined, undefined]));
    known[stage - 1] = fields;
  }
  return fields;
}

/**
 * True when checkResponseContents would find no breach: the response is of the complaint's stage
 * and states every field the stage requires under the policy (the fields that check reports
 * missing from a response that states nothing), read from the event itself. The event's schema has
 * already checked every type, remedy and action; of a remedy, what it does not check (payment
 * details on a financial remedy only) is checked here. Anything else goes to the full check, which
 * explains it.
 */
function plainlyComplete(stage: 1 | 2, ev: RespondedEvent, decision: Outcome, policy: Policy): boolean {
  if (ev.stage !== stage) return false;
  const fields = requiredAt(stage, policy);
  const remedies = ev.remedies ?? [];
  for (let i = 0; i < fields.length; i++) if (!stated(fields[i], ev, decision, remedies)) return false;
  for (let i = 0; i < remedies.length; i++) if ((remedies[i]!.kind === 'financial') !== (remedies[i]!.financial !== undefined)) return false;
  return true;
}

/** The fields of the draft that are the event's own text fields, of the same name. */
const TEXT_FIELDS: ReadonlySet<string | undefined> = new Set(['reasons', 'noRemedyReason', 'escalation', 'ombudsman']);

/** Whether the response states the draft field `field` (a path checkResponseContents reports), read from the event; an unknown field is not stated. */
function stated(field: string | undefined, ev: RespondedEvent, decision: Outcome, remedies: readonly Remedy[]): boolean {
  if (field === 'stage') return true;
  if (field === 'remedies') return remedies.length > 0 || decision === 'not-upheld' || !blank(ev.noRemedyReason);
  if (field === 'outstandingActions') return ev.outstandingActions !== undefined;
  const text = field === 'complaintDefinition' ? definitionText(ev.definition) : field === 'decision' ? decision : TEXT_FIELDS.has(field) ? (ev[field as 'reasons'] as string | undefined) : undefined;
  return !blank(text);
}

function mapDraftPath(p: string): string {
  return p === 'complaintDefinition' ? 'definition' : p === 'decision' ? 'findings' : p;
}

/** The index of the first finding on an issue (by id or summary) not among `issues` (`named`: their names, for a long list), or -1. */
function firstUnknownIssue(findings: readonly IssueFinding[], issues: readonly { id: string; summary: string }[], named: ReadonlySet<string> | undefined): number {
  for (let i = 0; i < findings.length; i++) {
    const issue = findings[i]!.issue;
    let known = named !== undefined && named.has(issue);
    for (let j = 0; named === undefined && !known && j < issues.length; j++) known = issues[j]!.id === issue || issues[j]!.summary === issue;
    if (!known) return i;
  }
  return -1;
}

/** The first of `issues` that no finding names (by id or summary; `addressed`: the names found, for a long list), or undefined. */
function firstUnaddressed<Q extends { id: string; summary: string }>(issues: readonly Q[], findings: readonly IssueFinding[], addressed: ReadonlySet<string> | undefined): Q | undefined {
  for (let i = 0; i < issues.length; i++) {
    const q = issues[i]!;
    let found = addressed !== undefined && (addressed.has(q.id) || addressed.has(q.summary));
    for (let j = 0; addressed === undefined && !found && j < findings.length; j++) found = findings[j]!.issue === q.id || findings[j]!.issue === q.summary;
    if (!found) return q;
  }
  return undefined;
}

/** The responses' entries of one kind (`list`), stage 1's then stage 2's: a shared empty list for a response not sent. */
const NO_ITEMS: readonly { id: string }[] = [];
function responseItems(c: ComplaintIn<From>, list: 'remedies' | 'outstandingActions', stage: 1 | 2): readonly { id: string }[] {
  const s = stage === 1 ? c.stage1 : 'stage2' in c ? c.stage2 : undefined;
  return s !== undefined && 'response' in s ? (s.response as ResponseRecord)[list] : NO_ITEMS;
}

/** Whether an entry of `items` has id `id`. */
const hasId = (items: readonly { id: string }[], id: string): boolean => {
  for (let i = 0; i < items.length; i++) if (items[i]!.id === id) return true;
  return false;
};

/**
 * The index of the first item whose id is already used in the complaint's responses (their `list`)
 * or earlier in the list, read in place (short lists scanned, longer ones through one set).
 */
function firstDuplicate(items: readonly { id: string }[], c: ComplaintIn<From>, list: 'remedies' | 'outstandingActions'): number {
  if (items.length === 0) return -1;
  const one = responseItems(c, list, 1);
  const two = responseItems(c, list, 2);
  if (items.length + one.length + two.length <= SHORT_LIST) {
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      if (hasId(one, id) || hasId(two, id)) return i;
      for (let j = 0; j < i; j++) if (items[j]!.id === id) return i;
    }
    return -1;
  }
  const ids = new Set<string>();
  for (const k of one) ids.add(k.id);
  for (const k of two) ids.add(k.id);
  for (let i = 0; i < items.length; i++) {
    if (ids.has(items[i]!.id)) return i;
    ids.add(items[i]!.id);
  }
  return -1;
}

/** The index of the first item due (`dueBy`) before `on`, or -1. */
function firstDueBefore(items: readonly { readonly dueBy?: string | undefined }[], on: string): number {
  for (let i = 0; i < items.length; i++) {
    const due = items[i]!.dueBy;
    if (due !== undefined && due < on) return i;
  }
  return -1;
}

/** `responded`: the response at the current stage is sent; stage 1 moves to `stage-1-responded`, stage 2 closes the complaint. */
export const responded = /* @__PURE__ */ (() => defineEvent<RespondedEvent>()({
  type: 'responded',
  source: { provision: `${S1.respond.provision}, ${S1.addressAll.provision}, ${S1.response.provision}, ${S2.respond.provision}, ${S2.addressAll.provision}, ${S2.response.provision}` },
  from: ['stage-1', 'stage-2'],
  moves: [
    { from: 'stage-1', to: 'stage-1-responded', note: 'stage 1', source: { provision: `${S1.respond.provision}, ${S1.response.provision}` } },
    { from: 'stage-2', to: 'closed', note: 'stage 2', source: { provision: `${S2.respond.provision}, ${S2.response.provision}` } },
  ],
  guards: [
    guard<From, RespondedEvent>('response-wrong-stage', { provision: `${stageItem(S1)}, ${stageItem(S2)}` }, 'A response is of the current stage', (x, ev) => {
      const stage = stageOfStatus(x.c);
      return ev.stage === stage ? undefined : { message: `the complaint is at stage ${stage}; a stage ${ev.stage} response cannot be sent now`, at: 'stage', source: { provision: stageItem(codeStageRules(stage)) } };
    }),
    guard<From, RespondedEvent>('response-unknown-issue', { provision: bothStages('addressAll') }, 'No finding on an issue not in the complaint definition', (x, ev) => {
      const issues = definitionOf(x.c).issues;
      const named = issues.length > SHORT_LIST ? issueNames(issues) : undefined;
      const i = firstUnknownIssue(ev.findings, issues, named);
      return i < 0 ? undefined : { message: `finding ${i + 1} is on '${ev.findings[i]!.issue}', which is not an issue in the stage ${stageOfStatus(x.c)} complaint definition`, at: `findings.${i}.issue` };
    }),
    guard<From, RespondedEvent>('response-issue-not-addressed', { provision: bothStages('addressAll') }, 'Every issue of the complaint definition has a finding', (x, ev) => {
      const findings = ev.findings;
      const addressed = findings.length > SHORT_LIST ? new Set(findings.map((f) => f.issue)) : undefined;
      const q = firstUnaddressed(definitionOf(x.c).issues, findings, addressed);
      return q === undefined
        ? undefined
        : { message: `the response has no finding on issue '${q.id}' (${q.summary}); all points in the complaint definition must be addressed`, at: 'findings', source: { provision: codeStageRules(stageOfStatus(x.c)).addressAll.provision } };
    }),
    guard<From, RespondedEvent>('response-incomplete', { provision: bothStages('response') }, 'A response carries what the stage requires', (x, ev) => {
      const gaps = contentGaps(x, ev);
      if (gaps.length === 0) return undefined;
      // Each missing part is its own problem, at its own field.
      return gaps.map((f) => ({
        message: `the stage ${stageOfStatus(x.c)} response is incomplete: ${f.message}`,
        at: f.path === undefined ? '' : mapDraftPath(f.path),
        source: f.source,
      }));
    }),
    guard<From, RespondedEvent>('response-wrong-decider', { note: 'procedure stages[].decides' }, "The role that decides is the procedure's", (x, ev) => {
      const stage = stageOfStatus(x.c);
      const proc = procedureOf(x.ctx, x.c.procedure);
      const roles = proc?.stages[stage - 1];
      if (proc === undefined || roles === undefined || ev.decidedBy === undefined || ev.decidedBy === roles.decides) return undefined;
      return {
        message: `under procedure ${proc.id} the stage ${stage} decision is made by ${x.ctx.policy.roles[roles.decides]?.title ?? roles.decides} ('${roles.decides}'), not '${ev.decidedBy}'`,
        at: 'decidedBy',
        source: cite(stage === 2 ? CODE_2024.separateHandler.provision : undefined, roles.source.policy ?? proc.source.policy, 'procedure stages[].decides'),
      };
    }),
    knownNotified<From, RespondedEvent>(),
    guard<From, RespondedEvent>('remedy-due-before-response', { provision: CODE_2024.remedyTracking.provision }, 'A remedy is not due before the response that offers it', (x, ev) => {
      const remedies = ev.remedies ?? [];
      const i = firstDueBefore(remedies, x.on);
      return i < 0 ? undefined : { message: `remedy '${remedies[i]!.id}' is due on ${remedies[i]!.dueBy}, before the response that offers it (${x.on})`, at: `remedies.${i}.dueBy`, source: cite(CODE_2024.remedyTracking.provision, sectionOf.remedies(x.ctx)) };
    }),
    guard<From, RespondedEvent>('duplicate-id', { provision: CODE_2024.remedyTracking.provision }, 'Remedy ids are unique in the complaint', (x, ev) => {
      const remedies = ev.remedies ?? [];
      const i = firstDuplicate(remedies, x.c, 'remedies');
      return i < 0 ? undefined : { message: `remedy id '${remedies[i]!.id}' is already used in this complaint`, at: `remedies.${i}.id` };
    }),
    guard<From, RespondedEvent>('action-due-before-response', ACTION_SOURCE, 'An outstanding action is not due before the response that states it', (x, ev) => {
      const actions = ev.outstandingActions ?? [];
      const i = firstDueBefore(actions, x.on);
      return i < 0
        ? undefined
        : { message: `outstanding action '${actions[i]!.id}' is due on ${actions[i]!.dueBy}, before the response that states it (${x.on})`, at: `outstandingActions.${i}.dueBy`, source: { provision: CODE_2024.outstandingActions[stageOfStatus(x.c) - 1]!.provision } };
    }),
    guard<From, RespondedEvent>('duplicate-id', ACTION_SOURCE, 'Outstanding action ids are unique in the complaint', (x, ev) => {
      const actions = ev.outstandingActions ?? [];
      const i = firstDuplicate(actions, x.c, 'outstandingActions');
      return i < 0 ? undefined : { message: `outstanding action id '${actions[i]!.id}' is already used in this complaint`, at: `outstandingActions.${i}.id`, source: { provision: CODE_2024.outstandingActions[stageOfStatus(x.c) - 1]!.provision } };
    }),
  ],
  effect({ c, on, ctx, history }, ev) {
    const stage = stageOfStatus(c);
    const roles = procedureOf(ctx, c.procedure)?.stages[stage - 1];
    const due = responseDue(c, stage, ctx);
    const response: ResponseRecord = {
      on,
      outcome: decideOutcome(ev.findings),
      findings: ev.findings,
      remedies: ev.remedies ?? [],
      outstandingActions: ev.outstandingActions ?? [],
      decidedBy: ev.decidedBy ?? roles?.decides ?? 'complaints-officer',
      communicatedBy: roles?.communicates ?? 'complaints-officer',
      late: due !== undefined && on > due.dueBy,
    };
    if (ev.reasons !== undefined) response.reasons = ev.reasons;
    if (ev.noRemedyReason !== undefined) response.noRemedyReason = ev.noRemedyReason;
    const notifications = ev.notified === undefined ? c.notifications : appendAll(c.notifications, ev.notified.map((role) => ({ role, on })));
    // A discriminant test rather than a ts-pattern match on this hot path (see reducer.ts).
    if (c.status === 'stage-1') {
      const s1 = c.stage1;
      // Literals rather than `{ ...s1, response }`: adding a key in a spread is the slow path in V8.
      const stage1: Stage1Responded = { stage: 1, requestedOn: s1.requestedOn, extensions: s1.extensions, clarifications: s1.clarifications, acknowledgedOn: s1.acknowledgedOn, handler: s1.handler, definition: s1.definition, response };
      const next = toChange<ComplaintIn<'stage-1-responded'>>(c);
      next.history = history;
      next.notifications = notifications;
      next.status = 'stage-1-responded';
      next.stage1 = stage1;
      return next;
    }
    const s2 = c.stage2;
    const stage2: ComplaintIn<'closed'>['stage2'] = { stage: 2, requestedOn: s2.requestedOn, extensions: s2.extensions, clarifications: s2.clarifications, escalation: s2.escalation, acknowledgedOn: s2.acknowledgedOn, handler: s2.handler, definition: s2.definition, response };
    const closure: ComplaintIn<'closed'>['closure'] = { on, how: 'stage-2-response' };
    const next = toChange<ComplaintIn<'closed'>>(c);
    next.history = history;
    next.notifications = notifications;
    next.status = 'closed';
    next.stage2 = stage2;
    next.closure = closure;
    return next;
  },
}))();
