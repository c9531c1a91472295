/**
 * The `received` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { Channel, Tenure } from '../scalars.js';
import type { ComplaintIn } from '../complaint.js';
import { base, Id, CHANNELS, Representative, TENURES } from '../scalars.js';
import { defineEvent, knownProcedure, knownNotified } from './kit.js';

/** @internal The schema as built, for the union of events and the type test. */
export const receivedEventSchema = z.strictObject({
  type: z.literal('received'),
  ...base,
  complaintId: Id,
  channel: z.enum(CHANNELS),
  summary: z.optional(z.string()),
  representative: z.optional(Representative),
  procedure: z.optional(Id),
  notified: z.optional(z.array(Id)),
  category: z.optional(Id),
  tenure: z.optional(z.enum(TENURES)),
});
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
export const ReceivedEvent: z.ZodMiniType<ReceivedEvent, ReceivedEvent> = receivedEventSchema;
/** See {@link ReceivedEvent}. */
export interface ReceivedEvent {
  type: 'received';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
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
}

/**
 * `received` starts a complaint (`startComplaint`, the first event of `replay`); it is never applied
 * to one. The complaint starts in status `received`, with stage 1 requested on the date received.
 */
export const received = defineEvent({
  type: 'received',
  schema: ReceivedEvent,
  source: { provision: '1.2, 3.1, 3.6' },
  from: [],
  moves: [],
  guards: [knownProcedure<never, ReceivedEvent>(), knownNotified<never, ReceivedEvent>()],
  effect({ on, ctx }, e) {
    const complaint: ComplaintIn<'received'> = {
      status: 'received',
      id: e.complaintId,
      policyId: ctx.policy.id,
      policyVersion: ctx.policy.inForce.from,
      receivedOn: on,
      channel: e.channel,
      ...(e.summary === undefined ? {} : { summary: e.summary }),
      ...(e.representative === undefined ? {} : { representative: e.representative }),
      ...(e.category === undefined ? {} : { category: e.category }),
      ...(e.tenure === undefined ? {} : { tenure: e.tenure }),
      ...(e.procedure === undefined ? {} : { procedure: e.procedure }),
      notifications: (e.notified ?? []).map((role) => ({ role, on })),
      additionalIssues: [],
      adjustments: [],
      updates: [],
      ombudsman: { referrals: [], evidenceRequests: [], determinations: [] },
      history: [{ on, event: e }],
      stage1: { stage: 1, requestedOn: on, extensions: [], clarifications: [] },
    };
    return shaped(complaint);
  },
});

/**
 * The complaint with every top-level key present, in one order (keys a status does not use are
 * `undefined`, which JSON leaves out). One object shape for every complaint keeps copying cheap:
 * the engine copies a same-shaped object in a few tens of nanoseconds, a differently shaped one
 * in a microsecond or more, and replay copies the complaint once per event. (The one cast of the
 * lifecycle: the keys a status does not use are set to `undefined`, which its type leaves out.)
 */
function shaped(o: ComplaintIn<'received'>): ComplaintIn<'received'> {
  const a: Partial<Record<keyof ComplaintIn<'closed'> | 'refusal' | 'withdrawal', unknown>> = o;
  return {
    status: a.status,
    id: a.id,
    policyId: a.policyId,
    policyVersion: a.policyVersion,
    receivedOn: a.receivedOn,
    channel: a.channel,
    summary: a.summary,
    representative: a.representative,
    category: a.category,
    tenure: a.tenure,
    procedure: a.procedure,
    roleHolders: a.roleHolders,
    acceptedOn: a.acceptedOn,
    discretionReason: a.discretionReason,
    notifications: a.notifications,
    additionalIssues: a.additionalIssues,
    adjustments: a.adjustments,
    updates: a.updates,
    updateIntervals: a.updateIntervals,
    ombudsman: a.ombudsman,
    history: a.history,
    stage1: a.stage1,
    stage2: a.stage2,
    refusal: a.refusal,
    closure: a.closure,
    withdrawal: a.withdrawal,
  } as ComplaintIn<'received'>;
}
