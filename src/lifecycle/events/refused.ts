/**
 * The `refused` event: its schema, the statuses that accept it, its guards and its effect.
 */
import * as z from 'zod/mini';
import type { ExclusionGroundId } from '../../core/catalogue.js';
import { EXCLUSION_GROUNDS } from '../../core/catalogue.js';
import type { Source } from '../../core/source.js';
import { changed } from '../append.js';
import { base } from '../scalars.js';
import { codeBinds } from '../../policy/scheme-basics.js';
import { defineEvent, guard, blank, cite, sectionOf, type Step } from './kit.js';
import type { Schema } from '../../core/schema-type.js';
import * as CODE_2024 from '../../policy/code2024-rules.js';

/** @internal The schema as built, for the union of events and the type test. */
export const refusedEventSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: z.literal('refused'),
    ...base,
    grounds: z.array(z.enum(EXCLUSION_GROUNDS)),
    writtenReasons: z.string(),
    ombudsmanRightGiven: z.boolean(),
  }))();
/**
 * The organisation refuses to accept the complaint (at receipt) or to escalate it (after a stage 2
 * request). Needs at least one ground from the policy, written reasons, and the right to take the
 * decision to the Ombudsman (Code 2.1, 2.4, 5.11; policy s.3).
 *
 * @example
 * ```ts
 * const e: RefusedEvent = { type: 'refused', at: '2024-12-23', grounds: ['legal-proceedings'],
 *   writtenReasons: 'A claim about this disrepair has been filed at court.', ombudsmanRightGiven: true };
 * ```
 */
export const RefusedEvent: Schema<RefusedEvent, RefusedEvent> = refusedEventSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const RefusedEventZod: z.ZodMiniType<RefusedEvent, RefusedEvent> = refusedEventSchema;
/** See {@link RefusedEvent}. */
export interface RefusedEvent {
  type: 'refused';
  /** When it happened: a London date `YYYY-MM-DD`, or an ISO 8601 date-time with `Z` or an offset. */
  at: string;
  /** The host's own id for the event (a stored row's id, say): unique in the complaint. A `voided` event names the event it withdraws by it (`targetEventId`). */
  eventId?: string | undefined;
  grounds: ExclusionGroundId[];
  writtenReasons: string;
  ombudsmanRightGiven: boolean;
}

type From = 'received' | 'stage-2-requested';

/** The source of a refusal rule: at stage 2 (a refusal to escalate) Code 5.11 too, and the policy's section for the ground. */
function refusalSource(x: Step<From>, ev: RefusedEvent, provision: string): Source {
  const section = sectionOf.ground(x.ctx, ev.grounds[0] ?? '') ?? x.ctx.policy.exclusions[0]?.source.policy;
  return cite(x.c.status === 'stage-2-requested' ? `${provision}, ${CODE_2024.refuseEscalation.provision}` : provision, section);
}

/** `refused`: the complaint is not accepted (at receipt) or not escalated (after a stage 2 request). */
export const refused = /* @__PURE__ */ (() => defineEvent<RefusedEvent>()({
  type: 'refused',
  source: { provision: `${CODE_2024.accept.provision}, ${CODE_2024.exclusions.provision}, ${CODE_2024.refusalNotice.provision}, ${CODE_2024.refuseEscalation.provision}` },
  from: ['received', 'stage-2-requested'],
  moves: [
    { from: 'received', to: 'refused', note: 'not accepted', source: { provision: `${CODE_2024.accept.provision}, ${CODE_2024.exclusions.provision}, ${CODE_2024.refusalNotice.provision}` } },
    { from: 'stage-2-requested', to: 'refused', note: 'not escalated', source: { provision: `${CODE_2024.refuseEscalation.provision}, ${CODE_2024.refusalNotice.provision}` } },
  ],
  guards: [
    guard<From, RefusedEvent>('refusal-needs-grounds', { provision: `${CODE_2024.accept.provision}, ${CODE_2024.exclusions.provision}` }, 'A refusal gives the ground(s) from the policy', (x, ev) =>
      ev.grounds.length > 0 ? undefined : { message: 'a refusal must give the ground(s) from the policy on which the matter is not accepted', at: 'grounds', source: refusalSource(x, ev, `${CODE_2024.accept.provision}, ${CODE_2024.exclusions.provision}`) },
    ),
    guard<From, RefusedEvent>('refusal-ground-not-in-policy', { provision: CODE_2024.exclusions.provision }, 'A refusal rests on a circumstance the policy sets out', (x, ev) => {
      const i = ev.grounds.findIndex((g) => !x.ctx.policy.exclusions.some((e) => e.ground === g));
      return i < 0 ? undefined : { message: `ground '${ev.grounds[i]}' is not one the policy sets out; a refusal must rest on a circumstance in the policy`, at: `grounds.${i}`, source: refusalSource(x, ev, CODE_2024.exclusions.provision) };
    }),
    guard<From, RefusedEvent>('refusal-needs-reasons', { provision: CODE_2024.refusalNotice.provision }, 'A refusal is explained in writing', (x, ev) =>
      !blank(ev.writtenReasons) ? undefined : { message: 'a refusal must be explained to the complainant in writing, with the reasons the matter is not suitable for the complaints process', at: 'writtenReasons', source: refusalSource(x, ev, CODE_2024.refusalNotice.provision) },
    ),
    // Code 2.4 binds members of the Ombudsman's scheme; a policy outside it (CHS s.3: "CHS will
    // formally write to the client setting out its reasons why") asks for the written reasons only.
    guard<From, RefusedEvent>('refusal-needs-ombudsman-right', { provision: CODE_2024.refusalNotice.provision }, "A scheme member's refusal gives the right to take the decision to the Ombudsman", (x, ev) =>
      !codeBinds(x.ctx.policy) || ev.ombudsmanRightGiven ? undefined : { message: 'a refusal must tell the complainant of the right to take the decision to the Ombudsman', at: 'ombudsmanRightGiven', source: refusalSource(x, ev, CODE_2024.refusalNotice.provision) },
    ),
  ],
  unavailable: (_c, ctx) => (ctx.policy.exclusions.length > 0 ? undefined : 'the policy sets out no exclusion grounds to refuse on'),
  effect({ c, on, history }, ev) {
    const refusal = { on, stage: c.status === 'stage-2-requested' ? 2 : 1, grounds: ev.grounds, writtenReasons: ev.writtenReasons, ombudsmanRightGiven: ev.ombudsmanRightGiven } as const;
    return changed(c, { history, status: 'refused', refusal });
  },
}))();
