/**
 * Type-level tests, checked by `npx tsc -p . --noEmit` (run first by `npm test`): a complaint known
 * to be in one status accepts only the events that status accepts.
 */
import { expectTypeOf } from 'vitest';
import {
  applyEvent,
  type Complaint,
  type ComplaintIn,
  type EventFor,
  type EventType,
  type LifecycleContext,
  type LifecycleEvent,
} from '../../src/lifecycle/index.js';

declare const context: LifecycleContext;
declare const inStage1: Complaint & { status: 'stage-1' };
declare const inStage2: ComplaintIn<'stage-2'>;
declare const closed: ComplaintIn<'closed'>;
declare const refused: ComplaintIn<'refused'>;
declare const anyComplaint: Complaint;

const reviewerAck = { type: 'escalation-acknowledged', at: '2025-01-24', reviewer: 'officer-ben' } as const;
const escalation = { type: 'escalation-requested', at: '2025-01-24' } as const;
const update = { type: 'update-sent', at: '2025-01-24' } as const;

// A stage 1 complaint cannot be given a stage 2 event.
// @ts-expect-error 'escalation-acknowledged' is not an event of a stage 1 complaint
applyEvent(inStage1, reviewerAck, context);
// Nor can a stage 2 complaint be escalated again (Code 5.3).
// @ts-expect-error 'escalation-requested' is not an event of a stage 2 complaint
applyEvent(inStage2, escalation, context);
// @ts-expect-error a closed complaint cannot be acknowledged
applyEvent(closed, { type: 'acknowledged', at: '2025-01-24', procedure: 'A', handler: 'x', definition: { issues: [{ id: 'a', summary: 'b' }], outcomesSought: [] } }, context);

// What each status accepts is allowed.
applyEvent(inStage1, update, context);
applyEvent(inStage2, { type: 'extension-granted', at: '2025-01-24', stage: 2, workingDays: 5, reasons: 'r', ombudsmanDetailsGiven: true }, context);
applyEvent(closed, escalation, context); // a stage 1 closure may be escalated late (runtime checks the rest)
// A complaint of unknown status accepts any event at compile time; the runtime checks it.
applyEvent(anyComplaint, reviewerAck, context);
declare const parsed: LifecycleEvent;
applyEvent(anyComplaint, parsed, context);
// @ts-expect-error a complaint known to be at stage 1 needs an event known to be one it accepts
applyEvent(inStage1, parsed, context);

expectTypeOf<EventFor<'stage-1'>['type']>().toEqualTypeOf<
  | 'clarification-requested'
  | 'clarification-received'
  | 'extension-granted'
  | 'additional-issue-raised'
  | 'responded'
  | 'escalation-requested'
  | 'withdrawn'
  | 'ombudsman-referral'
  | 'ombudsman-evidence-requested'
  | 'ombudsman-evidence-provided'
  | 'ombudsman-determination'
  | 'ombudsman-order-complied'
  | 'adjustment-recorded'
  | 'update-sent'
  | 'party-notified'
  | 'tenure-recorded'
  | 'voided'
>();
// Code 7.3: a remedy offered before a refusal to escalate is still completed; a refused complaint is not acknowledged.
applyEvent(refused, { type: 'remedy-completed', at: '2025-02-01', remedyId: 'r1' }, context);
applyEvent(refused, { type: 'action-completed', at: '2025-02-01', actionId: 'a1' }, context);
// @ts-expect-error a refused complaint cannot be escalated
applyEvent(refused, escalation, context);
expectTypeOf<'remedy-completed'>().toExtend<EventFor<'refused'>['type']>();
// Every event but 'received', which starts a complaint (startComplaint) and is never applied to one.
expectTypeOf<EventFor<Complaint['status']>>().toEqualTypeOf<Exclude<LifecycleEvent, { type: 'received' }>>();
expectTypeOf<EventType>().toEqualTypeOf<LifecycleEvent['type']>();

// Narrowing on status gives the stage records that status guarantees.
if (anyComplaint.status === 'stage-2') {
  expectTypeOf(anyComplaint.stage2.handler).toEqualTypeOf<string>();
  // Stage 1 was answered, unless the complaint went straight to stage 2 (policy escalation.direct).
  if ('response' in anyComplaint.stage1) expectTypeOf(anyComplaint.stage1.response.outcome).toEqualTypeOf<'upheld' | 'partially-upheld' | 'not-upheld'>();
}
if (anyComplaint.status === 'closed') {
  expectTypeOf(anyComplaint.closure.how).toEqualTypeOf<'stage-2-response' | 'stage-1-accepted' | 'escalation-window-lapsed'>();
}
// @ts-expect-error a received complaint has no stage 1 response yet
anyComplaint.status === 'received' && anyComplaint.stage1.response;
