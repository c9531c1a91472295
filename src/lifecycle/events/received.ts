/**
 * The `received` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { Channel, Tenure } from '../scalars.js';
import type { Complaint, ComplaintIn } from '../complaint.js';
import type { Status } from '../status.js';
import { base, Id, CHANNELS, ComplaintDefinition, ComplaintDefinitionZod, LifecycleDateZod, Representative, RepresentativeZod, TENURES } from '../scalars.js';
import { defineEvent, guard, cite, knownProcedure, knownNotified, receiptNotified, uniqueIssueIds } from './kit.js';
import { appendTo, made, NO_ENTRIES } from '../append.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const directStartSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    loggedBy: Id,
    definition: ComplaintDefinitionZod,
    reasons: z.optional(z.string()),
  }))();
/**
 * A complaint handled at stage 2 from the moment it is received, where the policy allows it
 * (`escalation.direct`: the SPSO model's "those that clearly require investigation, and so are
 * handled directly at this stage"): its definition, who logged it (recorded as the stage 1
 * handler, so the stage 2 reviewer must be someone else, Code 6.13) and any reasons given.
 *
 * @example
 * ```ts
 * const d: DirectStart = { loggedBy: 'frontline-ann', definition: { issues: [{ id: 'damp', summary: 'Damp in two rooms for a year' }], outcomesSought: ['Fix the damp'] } };
 * ```
 */
export const DirectStart: Schema<DirectStart, DirectStart> = directStartSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const DirectStartZod: z.ZodMiniType<DirectStart, DirectStart> = directStartSchema;
/** See {@link DirectStart}. */
export interface DirectStart {
  /** Who logged and defined the complaint (recorded as the stage 1 handler). */
  loggedBy: string;
  definition: ComplaintDefinition;
  /** Why the complaint goes straight to stage 2 (complex or serious; the complainant asked). */
  reasons?: string | undefined;
}

/** @internal The schema as built, for the union of events and the type test. */
export const receivedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('received'),
    ...base,
    complaintId: Id,
    channel: z.enum(CHANNELS),
    summary: z.optional(z.string()),
    representative: z.optional(RepresentativeZod),
    procedure: z.optional(Id),
    notified: z.optional(z.array(Id)),
    category: z.optional(Id),
    tenure: z.optional(z.enum(TENURES)),
    becameAwareOn: z.optional(LifecycleDateZod),
    direct: z.optional(directStartSchema),
  }))();
/**
 * A complaint is received (Code 1.2, 3.1, 3.6; policy s.4). The first event of every complaint.
 * `procedure` (a `policy.procedures[].id`) may be known at once; `notified` lists the roles told of
 * the receipt (procedure B: the landlord's complaints officer, policy s.7); `category` is the
 * organisation's own category, reported to its governing body (Code 9.7(a); policy s.12).
 *
 * @example
 * ```ts
 * const e: ReceivedEvent = { type: 'received', at: '2024-12-20T10:00:00Z', complaintId: 'C-1', channel: 'email' };
 * ```
 */
export const ReceivedEvent: Schema<ReceivedEvent, ReceivedEvent> = receivedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ReceivedEventZod: z.ZodMiniType<ReceivedEvent, ReceivedEvent> = receivedEventSchema;
/** See {@link ReceivedEvent}. */
export interface ReceivedEvent {
  type: 'received';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  complaintId: string;
  channel: Channel;
  summary?: string | undefined;
  representative?: Representative | undefined;
  procedure?: string | undefined;
  notified?: string[] | undefined;
  /** The organisation's category for the complaint (e.g. 'repairs'), reported to the governing body (Code 9.7(a); policy s.12). */
  category?: string | undefined;
  /** The tenure of the home: low cost rental (`lcra`) or low cost home ownership (`lcho`); TSMs CH01 and CH02 are reported per tenure. */
  tenure?: Tenure | undefined;
  /**
   * The day the complainant became aware of the issue (found out they had a reason to complain),
   * `YYYY-MM-DD`, when known; not after the day received. A window period the policy counts from
   * `'awareness'` counts from it (receipt when it is not given).
   */
  becameAwareOn?: string | undefined;
  /**
   * Handle the complaint at stage 2 from receipt, in this one event, where the policy allows it
   * (`escalation.direct`); needs `procedure`. The complaint starts in status `stage-2-requested`.
   */
  direct?: DirectStart | undefined;
}

/**
 * The statuses a complaint starts in: `received`, or `stage-2-requested` for a `received` event with
 * `direct` (for the state diagram and the check of stored complaints).
 *
 * @example
 * ```ts
 * RECEIVED_STARTS.map((s) => s.to); // ['received', 'stage-2-requested']
 * ```
 */
export const RECEIVED_STARTS: readonly { readonly to: Status; readonly note?: string; readonly source?: { readonly note: string } }[] = [
  { to: 'received' },
  { to: 'stage-2-requested', note: 'with direct: straight to stage 2 (escalation.direct)', source: { note: 'policy escalation.direct' } },
];

/** The status a complaint starts in after this `received` event. */
export function startStatus(e: { readonly direct?: unknown }): Status {
  return RECEIVED_STARTS[e.direct === undefined ? 0 : 1]!.to;
}

/**
 * `received` starts a complaint (`startComplaint`, the first event of `replay`); it is never applied
 * to one. The complaint starts in status `received`, with stage 1 requested on the date received;
 * with `direct`, in status `stage-2-requested`, stage 1 logged and defined and stage 2 requested on
 * the same day (`escalation.direct` and `atReceipt`).
 */
export const received = /* @__PURE__ */ (() => defineEvent<ReceivedEvent>()({
  type: 'received',
  source: { provision: `${CODE_2024.definition.provision}, ${CODE_2024.channels.provision}, ${CODE_2024.representatives.provision}` },
  from: [],
  moves: [],
  guards: [
    knownProcedure<never, ReceivedEvent>(),
    knownNotified<never, ReceivedEvent>(),
    guard<never, ReceivedEvent>('awareness-after-receipt', { note: 'received becameAwareOn' }, 'Awareness is not after receipt', (x, ev) =>
      ev.becameAwareOn !== undefined && ev.becameAwareOn > x.on
        ? { message: `becameAwareOn ${ev.becameAwareOn} is after the day received, ${x.on}`, at: 'becameAwareOn', source: cite(undefined, x.ctx.policy.timeLimit.source.policy) }
        : undefined,
    ),
    guard<never, ReceivedEvent>('direct-start-not-allowed', { note: 'policy escalation.direct' }, 'A start at stage 2 needs escalation.direct and a procedure', (x, ev) => {
      if (ev.direct === undefined) return undefined;
      const direct = x.ctx.policy.escalation.direct;
      if (direct?.allowed !== true) {
        return { message: `policy '${x.ctx.policy.id}' does not let a complaint go straight to stage 2 (escalation.direct)`, at: 'direct', source: cite(undefined, direct?.source.policy ?? x.ctx.policy.escalation.source.policy, 'policy escalation.direct') };
      }
      return ev.procedure === undefined ? { message: 'a complaint started at stage 2 names its procedure', at: 'procedure', source: cite(undefined, direct.source.policy) } : undefined;
    }),
    receiptNotified<never, ReceivedEvent>(
      'Receipt notifications at a start at stage 2',
      (_x, ev) => (ev.direct === undefined ? undefined : []),
      (proc, missing) => `procedure ${proc.id}: notify ${missing.join(', ')} of the receipt`,
    ),
    uniqueIssueIds<never, ReceivedEvent>((ev) => ev.direct?.definition, 'direct.definition.issues'),
  ],
  effect({ on, ctx }, e): Complaint {
    const direct = e.direct;
    // Straight to stage 2 from receipt: stage 1 is logged and defined on the day received (no
    // stage 1 response is owed), and stage 2 is requested the same day.
    let stage1: ComplaintIn<'received'>['stage1'] | ComplaintIn<'stage-2-requested'>['stage1'] = { stage: 1, requestedOn: on, extensions: NO_ENTRIES, clarifications: NO_ENTRIES };
    let stage2: ComplaintIn<'stage-2-requested'>['stage2'] | undefined;
    if (direct !== undefined) {
      const { definition, loggedBy, reasons } = direct;
      const escalation: ComplaintIn<'stage-2-requested'>['stage2']['escalation'] = { issues: definition.issues.map((q) => q.id), late: false, direct: true, atReceipt: true };
      if (reasons !== undefined) escalation.reasons = reasons;
      stage1 = { stage: 1, requestedOn: on, extensions: NO_ENTRIES, clarifications: NO_ENTRIES, acknowledgedOn: on, handler: loggedBy, definition };
      stage2 = { stage: 2, requestedOn: on, extensions: NO_ENTRIES, clarifications: NO_ENTRIES, escalation };
    }
    // Every top-level key present, in one order (keys a status does not use are `undefined`, which
    // JSON leaves out). One object shape for every complaint keeps copying cheap: the engine copies
    // a same-shaped object in a few tens of nanoseconds, a differently shaped one in a microsecond
    // or more, and replay copies the complaint once per event. The lists start as one shared,
    // frozen empty list (each effect adds to a copy of a list it did not make: see append.ts).
    // (The one cast of the lifecycle: the keys a status does not use are set to `undefined`, which
    // its type leaves out.)
    const complaint: Record<keyof ComplaintIn<'closed'> | 'refusal' | 'withdrawal', unknown> = {
      status: direct === undefined ? 'received' : 'stage-2-requested',
      id: e.complaintId,
      policyId: ctx.policy.id,
      policyVersion: ctx.policy.inForce.from,
      receivedOn: on,
      becameAwareOn: e.becameAwareOn,
      channel: e.channel,
      summary: e.summary,
      representative: e.representative,
      category: e.category,
      tenure: e.tenure,
      procedure: e.procedure,
      roleHolders: undefined,
      acceptedOn: direct === undefined ? undefined : on,
      discretionReason: undefined,
      notifications: e.notified === undefined ? NO_ENTRIES : e.notified.map((role) => ({ role, on })),
      additionalIssues: NO_ENTRIES,
      adjustments: NO_ENTRIES,
      updates: NO_ENTRIES,
      updateIntervals: undefined,
      ombudsman: NO_OMBUDSMAN,
      // Made by appendTo, so that a replay extends it in place.
      history: appendTo(NO_ENTRIES, { on, event: e }),
      stage1,
      stage2,
      refusal: undefined,
      closure: undefined,
      withdrawal: undefined,
    };
    // Made in the replay's scope: the events after it change it in place (see `changed`).
    return made(complaint) as unknown as Complaint;
  },
}))();

/** The empty list every list of a new complaint starts as: shared and frozen (an effect adds to a copy). */
/** The Ombudsman record of a new complaint: nothing referred, requested or determined yet (shared and frozen). */
const NO_OMBUDSMAN: Complaint['ombudsman'] = Object.freeze({ referrals: NO_ENTRIES, evidenceRequests: NO_ENTRIES, determinations: NO_ENTRIES });
