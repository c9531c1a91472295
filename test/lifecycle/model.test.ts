/**
 * Model-based property tests (fast-check `fc.commands`): random sequences of events, valid and
 * invalid, are applied to a complaint. The model is the log of accepted events. After every
 * command: the complaint parses with the Complaint schema unchanged; a rejected event changed
 * nothing; replaying the accepted log equals the complaint built step by step; the complaint
 * survives a JSON round trip; no deadline falls on a non-working day or before its anchor.
 */
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dates.js';
import {
  Complaint,
  EVENT_TYPES,
  TRANSITIONS,
  applyEvent,
  deadlines,
  replay,
  startComplaint,
  type EventType,
  type LifecycleContext,
} from '../../src/lifecycle/index.js';
import { DETERMINATION_LEVELS } from '../../src/outcomes/ombudsman.js';
import { policies } from '../../src/policy/index.js';
import { calendar, wellington } from './fixtures.js';

/** A Code-like variant: stage 2 counted from its acknowledgement (Code 6.14), 20 days' extension at stage 2 (6.15), no agreement point, receipt on a non-working day counted from the next working day. */
const codeLike: LifecycleContext = {
  calendar,
  policy: {
    ...wellington.policy,
    id: 'code-like',
    receiptOnNonWorkingDay: 'next-working-day',
    stages: [
      { ...wellington.policy.stages[0], extension: { ...wellington.policy.stages[0].extension, complainantAgreementBeyond: null } },
      {
        ...wellington.policy.stages[1],
        respond: { ...wellington.policy.stages[1].respond!, anchor: 'acknowledgement' },
        extension: { ...wellington.policy.stages[1].extension, withoutGoodReason: 20, complainantAgreementBeyond: null },
      },
    ],
  },
};

type Model = { events: unknown[]; last: string };
type Real = { complaint: Complaint; context: LifecycleContext };
type Params = { kind: Exclude<EventType, 'received'>; follow: number; step: number; flag: boolean; n: number; pick: number };

const plusDays = (date: string, n: number) => fromDayNumber(toDayNumber(date, 'date') + n);
const people = ['ann', 'ben', 'cat'];

function currentDefinitionIds(c: Complaint): string[] {
  if ('stage2' in c && c.stage2 !== undefined && 'definition' in c.stage2) return c.stage2.definition.issues.map((i) => i.id);
  if ('definition' in c.stage1) return c.stage1.definition.issues.map((i) => i.id);
  return ['i1'];
}
function actionIds(c: Complaint): string[] {
  const ids: string[] = [];
  if ('response' in c.stage1) ids.push(...c.stage1.response.outstandingActions.map((a) => a.id));
  if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) ids.push(...(c.stage2.response as { outstandingActions: { id: string }[] }).outstandingActions.map((a) => a.id));
  return ids;
}
function remedyIds(c: Complaint): string[] {
  const ids: string[] = [];
  if ('response' in c.stage1) ids.push(...c.stage1.response.remedies.map((r) => r.id));
  if ('stage2' in c && c.stage2 !== undefined && 'response' in c.stage2) ids.push(...(c.stage2.response as { remedies: { id: string }[] }).remedies.map((r) => r.id));
  return ids;
}

/** Builds an event of the chosen kind, from the complaint as it is; about half are invalid in some way. */
function build(c: Complaint, last: string, p: Params, context: LifecycleContext): Record<string, unknown> {
  const at = plusDays(last, p.step);
  const stageNow = c.status === 'stage-2' ? 2 : 1;
  switch (p.kind) {
    case 'accepted':
      return { type: p.kind, at };
    case 'refused':
      return { type: p.kind, at, grounds: p.flag ? ['time-limit'] : [], writtenReasons: p.n % 3 === 0 ? '' : 'Over twelve months old', ombudsmanRightGiven: p.n % 5 !== 0 };
    case 'acknowledged':
      return {
        type: p.kind,
        at,
        procedure: context.policy.procedures[p.n % context.policy.procedures.length]!.id,
        handler: people[p.pick % 3],
        ...(p.n % 2 === 0 ? { notified: ['landlord-complaints-officer'] } : {}),
        definition: { issues: [{ id: 'i1', summary: 'Repair' }, ...(p.n % 3 === 0 ? [{ id: 'i2', summary: 'Contact' }] : [])], outcomesSought: ['Fix it'] },
      };
    case 'clarification-requested':
      return { type: p.kind, at, question: 'Which room?' };
    case 'clarification-received':
      return { type: p.kind, at, answer: 'The kitchen' };
    case 'extension-granted':
      return {
        type: p.kind,
        at,
        stage: p.flag ? stageNow : 3 - stageNow,
        workingDays: 1 + (p.n % 25),
        reasons: 'More time needed',
        ...(p.pick % 2 === 0 ? { goodReason: 'Specialist report' } : {}),
        ...(p.pick % 3 === 0 ? { complainantAgreed: true } : {}),
        ombudsmanDetailsGiven: p.n % 7 !== 0,
      };
    case 'additional-issue-raised':
      return { type: p.kind, at, issue: { id: `x${p.n}`, summary: 'Another matter' }, related: p.flag };
    case 'responded': {
      const ids = currentDefinitionIds(c);
      const findings = ids.slice(0, p.pick % 4 === 0 ? Math.max(1, ids.length - 1) : ids.length).map((id, i) => ({ issue: id, finding: (p.n + i) % 2 === 0 ? 'upheld' : 'not-upheld', reasons: 'Because' }));
      return {
        type: p.kind,
        at,
        stage: p.n % 9 === 0 ? 3 - stageNow : stageNow,
        definition: 'The complaint as defined',
        findings,
        reasons: 'Reasons given',
        ...(p.flag ? { remedies: [{ id: `r${p.n}-${c.history.length}`, kind: 'apology', description: 'Apology', dueBy: plusDays(at, p.pick % 20) }] } : { remedies: [], noRemedyReason: 'None needed' }),
        outstandingActions: p.pick % 3 === 0 ? [{ id: `a${p.n}-${c.history.length}`, description: 'Replace the fan', ...(p.flag ? { dueBy: plusDays(at, (p.n % 15) - 1) } : {}) }] : [],
        ...(p.pick % 5 === 1 ? {} : { escalation: 'Ask for a review', ombudsman: 'Housing Ombudsman 0300 111 3000' }),
      };
    }
    case 'escalation-requested':
      return {
        type: p.kind,
        at,
        ...(p.flag ? { discretionReason: 'Good reason for lateness' } : {}),
        ...(p.pick % 4 === 0 ? { newIssues: [{ id: 'new', summary: 'Something new' }] } : {}),
        ...(p.pick % 4 === 1 ? { issues: ['i1'] } : {}),
      };
    case 'escalation-acknowledged':
      return { type: p.kind, at, reviewer: people[p.pick % 3] };
    case 'withdrawn':
      return { type: p.kind, at, reason: 'No longer needed' };
    case 'closed':
      return { type: p.kind, at, how: p.flag ? 'stage-1-accepted' : 'escalation-window-lapsed' };
    case 'ombudsman-referral':
      return { type: p.kind, at };
    case 'ombudsman-evidence-requested':
    case 'ombudsman-evidence-provided':
      return { type: p.kind, at, requestId: `e${p.pick % 3}` };
    case 'ombudsman-determination':
      return {
        type: p.kind,
        at,
        outcome: DETERMINATION_LEVELS[p.pick % DETERMINATION_LEVELS.length],
        ...(p.flag ? { orders: [{ id: `o${p.n % 4}`, description: 'Pay compensation', ...(p.pick % 3 === 0 ? {} : { dueBy: plusDays(at, (p.n % 40) - 5) }) }] } : {}),
      };
    case 'ombudsman-order-complied':
      return { type: p.kind, at, orderId: `o${p.pick % 4}` };
    case 'remedy-completed': {
      const ids = remedyIds(c);
      return { type: p.kind, at, remedyId: ids.length > 0 && p.flag ? ids[p.pick % ids.length] : 'unknown' };
    }
    case 'action-completed': {
      const ids = actionIds(c);
      return { type: p.kind, at, actionId: ids.length > 0 && p.flag ? ids[p.pick % ids.length] : 'unknown' };
    }
    case 'update-sent':
      return { type: p.kind, at, ...(p.flag ? { everyWorkingDays: 5 } : {}) };
    case 'adjustment-recorded':
      return { type: p.kind, at, id: `adj${p.pick % 2}`, kind: 'reasonable-adjustment', description: 'Large print', ...(p.flag ? { reviewEveryWorkingDays: 1 + (p.n % 30) } : {}) };
    case 'party-notified':
      return { type: p.kind, at, role: p.flag ? 'landlord-complaints-officer' : 'nobody' };
    case 'tenure-recorded':
      return { type: p.kind, at, tenure: p.flag ? (p.n % 2 === 0 ? 'lcra' : 'lcho') : 'shared-ownership', by: 'officer-ann', ...(p.pick % 2 === 0 ? { reason: 'Corrected from the tenancy record' } : {}) };
    case 'voided':
      return { type: p.kind, at, eventIndex: p.n % (c.history.length + 1), reason: p.flag ? 'Entered on the wrong complaint' : ' ', by: 'officer-ann' };
  }
}

function checkInvariants(c: Complaint, model: Model, context: LifecycleContext): void {
  // Valid: the schema parses it, and parsing drops or changes nothing.
  const parsed = Complaint.safeParse(c);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toEqual(c);
  // JSON round trip.
  expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  // Replay equals stepwise application.
  const r = replay(model.events, context);
  expect(r.ok && r.value).toEqual(c);
  // Deadlines: never on a non-working day (remedies and outstanding actions carry dates agreed with
  // the complainant, Code 7.3, and may fall on any day), never before their anchor.
  for (const d of deadlines(c, context, model.last)) {
    expect(d.dueBy >= d.basis.anchor, `${d.kind} ${d.dueBy} before ${d.basis.anchor}`).toBe(true);
    if (d.kind !== 'remedy' && d.kind !== 'outstanding-action' && d.kind !== 'ombudsman-order') expect(context.calendar.isWorkingDay(d.dueBy), `${d.kind} on ${d.dueBy}`).toBe(true);
  }
}

/** The next step on the main path for a status, so runs go deep (stage 2, closure, remedies). */
const NEXT: Record<Complaint['status'], Params['kind'][]> = {
  received: ['acknowledged'],
  refused: ['remedy-completed', 'action-completed', 'ombudsman-referral'],
  'stage-1': ['responded', 'extension-granted', 'additional-issue-raised'],
  'stage-1-responded': ['escalation-requested', 'remedy-completed', 'action-completed', 'closed'],
  'stage-2-requested': ['escalation-acknowledged'],
  'stage-2': ['responded', 'extension-granted'],
  closed: ['remedy-completed', 'action-completed', 'ombudsman-referral', 'ombudsman-evidence-requested', 'ombudsman-evidence-provided', 'ombudsman-determination', 'ombudsman-order-complied'],
  withdrawn: ['ombudsman-referral'],
};

/** Mostly follow the main path (or another event the status accepts); sometimes anything at all. */
function chooseKind(c: Complaint, p: Params): Params['kind'] {
  if (p.follow < 6) {
    const next = NEXT[c.status];
    return next[p.pick % next.length]!;
  }
  if (p.follow < 8) {
    const table = TRANSITIONS[c.status] as readonly Params['kind'][];
    return table[p.pick % table.length]!;
  }
  return p.kind;
}

class ApplyCommand implements fc.Command<Model, Real> {
  constructor(readonly p: Params) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const before = real.complaint;
    const snapshot = JSON.stringify(before);
    const event = build(before, model.last, { ...this.p, kind: chooseKind(before, this.p) }, real.context);
    const r = applyEvent(before, event as never, real.context);
    expect(JSON.stringify(before)).toBe(snapshot); // inputs are never mutated
    if (r.ok) {
      expect((TRANSITIONS[before.status] as readonly string[]).includes(event.type as string)).toBe(true);
      model.events.push(event);
      model.last = r.value.history[r.value.history.length - 1]!.on;
      real.complaint = r.value;
    } else {
      expect(r.error.code).toMatch(/^[a-z0-9-]+$/);
      expect(r.error.source).toBeTypeOf('object');
    }
    checkInvariants(real.complaint, model, real.context);
  }
  toString(): string {
    return `${this.p.kind}(${this.p.follow}, +${this.p.step}d, ${this.p.flag}, ${this.p.n}, ${this.p.pick})`;
  }
}

const kinds = EVENT_TYPES.filter((k): k is Params['kind'] => k !== 'received');
const params = fc.record({
  kind: fc.constantFrom(...kinds),
  follow: fc.nat({ max: 9 }),
  step: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 12 }), weight: 9 }, { arbitrary: fc.constant(-1), weight: 1 }),
  flag: fc.boolean(),
  n: fc.nat({ max: 1000 }),
  pick: fc.nat({ max: 1000 }),
});

describe('lifecycle model (fc.commands)', () => {
  it('any sequence of events keeps the complaint valid, replayable, serialisable and its deadlines sound', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2023-12-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(wellington, codeLike, { calendar, policy: policies.housingOmbudsmanCode2024 }, { calendar, policy: policies.chsCommercialClient }),
        fc.commands([params.map((p) => new ApplyCommand(p))], { maxCommands: 30, size: 'medium' }),
        (start, context, cmds) => {
          const received = { type: 'received', at: start.toISOString().slice(0, 10), complaintId: 'C-model', channel: 'email' };
          const r = startComplaint(received, context);
          if (!r.ok) throw new Error(r.error.message);
          const model: Model = { events: [received], last: r.value.receivedOn };
          fc.modelRun(() => ({ model, real: { complaint: r.value, context } }), cmds);
        },
      ),
      { numRuns },
    );
  }, Math.max(10_000, numRuns * 60));
});
