/**
 * The `extension-granted` event: its schema, the statuses that accept it, its guards and its effect.
 */
import { appendTo, toChange } from '../append.js';
import * as z from 'zod/mini';
import { match } from 'ts-pattern';
import type { ComplaintIn, ExtensionRecord } from '../complaint.js';
import { base, Stage } from '../scalars.js';
import { addDays, extensionTotal, responseDue } from '../timing.js';
import { bothStages, codeStageRules } from '../../policy/code2024-requirements.js';
import { defineEvent, guard, blank, currentStage, perStep, UPDATE_INTERVALS, type Step } from './kit.js';
import { ombudsmanName } from '../../policy/scheme-basics.js';
import type { Schema } from '../../core/schema-type.js';
import { sourceOf, type Source } from '../../core/source.js';

/** @internal The schema as built, for the union of events and the type test. */
export const extensionGrantedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('extension-granted'),
    ...base,
    stage: Stage,
    workingDays: z.int().check(z.minimum(1, { error: 'an extension adds at least 1 working day' }), z.maximum(1000)),
    reasons: z.string(),
    goodReason: z.optional(z.string()),
    complainantAgreed: z.optional(z.boolean()),
    ombudsmanDetailsGiven: z.boolean(),
  }))();
/**
 * The response at a stage is extended by `workingDays` more working days, notified to the
 * complainant on `at` (Code 6.4, 6.5, 6.15, 6.16; policy s.5). Beyond the policy's allowance an
 * extension needs a `goodReason`; beyond its agreement point the complainant must have agreed; and
 * the Ombudsman's contact details must be given when the policy requires it.
 *
 * @example
 * ```ts
 * const e: ExtensionGrantedEvent = { type: 'extension-granted', at: '2025-01-10', stage: 1, workingDays: 5,
 *   reasons: 'A surveyor must inspect the roof.', ombudsmanDetailsGiven: true };
 * ```
 */
export const ExtensionGrantedEvent: Schema<ExtensionGrantedEvent, ExtensionGrantedEvent> = extensionGrantedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ExtensionGrantedEventZod: z.ZodMiniType<ExtensionGrantedEvent, ExtensionGrantedEvent> = extensionGrantedEventSchema;
/** See {@link ExtensionGrantedEvent}. */
export interface ExtensionGrantedEvent {
  type: 'extension-granted';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  stage: 1 | 2;
  /** At least 1 and at most 1000 working days. */
  workingDays: number;
  reasons: string;
  goodReason?: string | undefined;
  complainantAgreed?: boolean | undefined;
  ombudsmanDetailsGiven: boolean;
}

type From = 'stage-1' | 'stage-2';

const stageOfStatus = (c: ComplaintIn<From>): 1 | 2 => (c.status === 'stage-2' ? 2 : 1);
const provisionOf = (stage: 1 | 2): string => codeStageRules(stage).extension.provision;
const rulesOf = (x: Step<From>) => x.ctx.policy.stages[stageOfStatus(x.c) - 1]!.extension;
/**
 * An extension error's source: the policy's own extension rule as its data cites it (its section
 * and, where the data quotes one, its sentence), with the Code provision from the Code table
 * (`provision`; omit it for a rule the Code does not state). Under a scheme not measured against
 * the Code the provision is then turned into a note by `ownScheme`, leaving the policy's own.
 */
const ruleSource = (x: Step<From>, provision: string | undefined, from: Source = rulesOf(x).source, note?: string): Source =>
  sourceOf(provision, from.policy, from.quote, note);
/** The response deadline the extension moves, once per event (its guard and its effect read it). */
const dueBefore = perStep((x: Step<From>) => responseDue(x.c, stageOfStatus(x.c), x.ctx));
/** Working days of extension at the stage once this one is added. */
const totalWith = (x: Step<From>, ev: ExtensionGrantedEvent): number => extensionTotal(currentStage(x.c)) + ev.workingDays;
/**
 * A policy that states no maximum (noUpperLimit; CHS s.5: "CHS will communicate how much extra
 * time is needed to the complainant and the reasons why there will be a delay") asks for the
 * reasons only: no good reason and no agreement point apply.
 */
const limited = (x: Step<From>): boolean => rulesOf(x).noUpperLimit !== true;

/** `extension-granted`: the response at the current stage is extended by `workingDays`. */
export const extensionGranted = /* @__PURE__ */ (() => defineEvent<ExtensionGrantedEvent>()({
  type: 'extension-granted',
  source: { provision: `${bothStages('extension')}, ${bothStages('ombudsmanDetails')}` },
  from: ['stage-1', 'stage-2'],
  moves: [],
  guards: [
    guard<From, ExtensionGrantedEvent>('extension-wrong-stage', { provision: bothStages('extension') }, 'An extension is of the current stage', (x, ev) => {
      const stage = stageOfStatus(x.c);
      return ev.stage === stage ? undefined : { message: `the complaint is at stage ${stage}; an extension of stage ${ev.stage} cannot be granted now`, at: 'stage', source: ruleSource(x, provisionOf(stage)) };
    }),
    guard<From, ExtensionGrantedEvent>('extension-needs-reasons', { provision: bothStages('extension') }, "An extension's reasons are explained", (x, ev) =>
      !blank(ev.reasons) ? undefined : { message: 'the reasons for an extension must be clearly explained to the complainant', at: 'reasons', source: ruleSource(x, provisionOf(stageOfStatus(x.c))) },
    ),
    guard<From, ExtensionGrantedEvent>('extension-needs-good-reason', { provision: bothStages('extension') }, 'Extensions beyond the allowance need a good reason', (x, ev) => {
      const rules = rulesOf(x);
      const total = totalWith(x, ev);
      if (!limited(x) || total <= rules.withoutGoodReason || !blank(ev.goodReason)) return undefined;
      const stage = stageOfStatus(x.c);
      return { message: `extensions at stage ${stage} would total ${total} working days; more than ${rules.withoutGoodReason} needs a good reason`, at: 'goodReason', source: ruleSource(x, provisionOf(stage)) };
    }),
    guard<From, ExtensionGrantedEvent>('extension-needs-agreement', { note: 'policy stages[].extension.complainantAgreementBeyond' }, 'Beyond the agreement point the complainant agrees, or, where the policy says so, agreement could not be reached and the Ombudsman\'s details were given', (x, ev) => {
      const rules = rulesOf(x);
      const total = totalWith(x, ev);
      const beyond = rules.complainantAgreementBeyond;
      if (!limited(x) || beyond === null || total <= beyond || ev.complainantAgreed === true) return undefined;
      const notReached = rules.whenAgreementNotReached ?? null;
      // The policy's rule for when agreement cannot be reached (complainantAgreed: false, said outright).
      if (notReached !== null && ev.complainantAgreed === false) {
        if (notReached.then === 'give-ombudsman-contact-details' && ev.ombudsmanDetailsGiven) return undefined;
        return {
          message: `extensions at stage ${stageOfStatus(x.c)} would total ${total} working days and the complainant did not agree; the policy then asks for ${ombudsmanName(x.ctx.policy)}'s contact details so the plan can be challenged`,
          at: 'ombudsmanDetailsGiven',
          source: notReached.source.policy === undefined ? ruleSource(x, undefined) : ruleSource(x, undefined, notReached.source),
        };
      }
      return {
        message: `extensions at stage ${stageOfStatus(x.c)} would total ${total} working days; beyond ${beyond} the complainant must agree${notReached === null ? '' : " (or, when agreement cannot be reached, record complainantAgreed: false and give the Ombudsman's contact details)"}`,
        at: 'complainantAgreed',
        source: ruleSource(x, undefined, rules.source, rules.source.policy === undefined ? 'policy stages[].extension.complainantAgreementBeyond' : undefined),
      };
    }),
    guard<From, ExtensionGrantedEvent>('extension-needs-ombudsman-details', { provision: bothStages('ombudsmanDetails') }, "The Ombudsman's details are given with an extension", (x, ev) =>
      !rulesOf(x).ombudsmanDetailsRequired || ev.ombudsmanDetailsGiven
        ? undefined
        : { message: `the complainant must be given the Ombudsman's contact details when told of an extension`, at: 'ombudsmanDetailsGiven', source: ruleSource(x, codeStageRules(stageOfStatus(x.c)).extension.ombudsmanDetails.provision) },
    ),
    guard<From, ExtensionGrantedEvent>('no-deadline-to-extend', { provision: bothStages('extension') }, 'There is a response deadline to extend', (x) => {
      const stage = stageOfStatus(x.c);
      if (dueBefore(x) !== undefined) return undefined;
      const respond = x.ctx.policy.stages[stage - 1]!.respond;
      return {
        message: `${respond === null ? `the policy states no time to respond at stage ${stage}` : `the stage ${stage} response deadline counts from '${respond.anchor}', which has not happened yet`}; there is no deadline to extend`,
        at: 'stage',
        source: ruleSource(x, provisionOf(stage)),
      };
    }),
  ],
  effect(x, ev) {
    const { c, on, ctx, history } = x;
    const stage = stageOfStatus(c);
    const before = dueBefore(x)!;
    const total = totalWith(x, ev);
    // The new response date: the same timescale from the same anchor, with the new total.
    // The guards found a response deadline, so the stage has a response timescale.
    const newDueBy = addDays(before.anchor, ctx.policy.stages[stage - 1]!.respond!.workingDays + total, ctx);
    const record: ExtensionRecord = {
      on,
      workingDays: ev.workingDays,
      totalWorkingDays: total,
      reasons: ev.reasons,
      complainantAgreed: ev.complainantAgreed ?? false,
      ombudsmanDetailsGiven: ev.ombudsmanDetailsGiven,
      previousDueBy: before.dueBy,
      newDueBy,
      late: on > before.dueBy,
    };
    if (ev.goodReason !== undefined) record.goodReason = ev.goodReason;
    const beyond = ctx.policy.stages[stage - 1]!.extension.complainantAgreementBeyond;
    if (beyond !== null && total > beyond && ev.complainantAgreed === false && rulesOf(x).noUpperLimit !== true) record.agreementNotReached = true;
    const updateIntervals = c.updateIntervals === undefined ? { source: UPDATE_INTERVALS, requiredSince: on } : c.updateIntervals.requiredSince !== undefined ? c.updateIntervals : { ...c.updateIntervals, requiredSince: on };
    // A discriminant test rather than a ts-pattern match on this hot path (see reducer.ts).
    if (c.status === 'stage-2') {
      const stage2 = { ...c.stage2, extensions: appendTo(c.stage2.extensions, record) };
      const next = toChange<ComplaintIn<'stage-2'>>(c);
      next.history = history;
      next.updateIntervals = updateIntervals;
      next.stage2 = stage2;
      return next;
    }
    const stage1 = { ...c.stage1, extensions: appendTo(c.stage1.extensions, record) };
    const next = toChange<ComplaintIn<'stage-1'>>(c);
    next.history = history;
    next.updateIntervals = updateIntervals;
    next.stage1 = stage1;
    return next;
  },
}))();
