import type { WorkingDayCalendar } from '../calendar/calendar.js';
import { fromDayNumber, type IsoDate } from '../calendar/dates.js';
import type { ExclusionGroundId, RemedyKind } from '../core/catalogue.js';
import { HousingComplaintsError } from '../core/errors.js';
import { describeValue } from '../core/guard.js';
import type { Complaint, LifecycleEvent } from '../lifecycle/types.js';
import { replay } from '../lifecycle/reducer.js';
import type { DeterminationLevel } from '../outcomes/ombudsman.js';
import type { Remedy } from '../outcomes/types.js';
import type { Anchor, Policy } from '../policy/schema.js';
import { codeStageRules } from '../policy/code2024-requirements.js';
import { dayNumber, WorkingDayIndex } from './days.js';
import { seededRng, type Rng } from './prng.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * The proportions the synthetic generator draws from. Defaults ({@link DEFAULT_SYNTHETIC_RATES})
 * are plausible for a small social landlord; they are illustrations, not statistics of any
 * organisation.
 *
 * @example
 * ```ts
 * const rates: Partial<SyntheticRates> = { escalated: 0.3, lateResponseAtStage1: 0.2 };
 * ```
 */
export interface SyntheticRates {
  /** Share of complaints refused at receipt (an exclusion ground of the policy; Code 2.4, policy s.3). Default 0.06. */
  readonly refusedAtReceipt: number;
  /** Share acknowledged after the policy's acknowledgement deadline (1 to 4 working days late). Default 0.05. */
  readonly lateAcknowledgement: number;
  /** Share withdrawn during stage 1 (after acknowledgement, before the response). Default 0.04. */
  readonly withdrawnAtStage1: number;
  /** Share of stage 1 complaints given an extension (policy s.5; Code 6.4). Default 0.12. */
  readonly extensionAtStage1: number;
  /** Share of extensions longer than the policy's allowance without good reason (they carry a good reason, and the complainant's agreement beyond the agreement point). Default 0.2. */
  readonly longExtension: number;
  /**
   * Share of extensions first told to the complainant after the response was already due (1 to 3
   * working days after it): they do not move the deadline (Code 6.4, 6.15), so the response is late.
   * Default 0.
   */
  readonly extensionAfterDue: number;
  /** Share of stage 1 responses sent after the deadline (1 to 8 working days late). Default 0.1. */
  readonly lateResponseAtStage1: number;
  /** Share of stage 1 responses escalated to stage 2, within the escalation window (policy s.6). Default 0.18. */
  readonly escalated: number;
  /** Share of escalation requests refused. Default 0.05. */
  readonly escalationRefused: number;
  /** Share of stage 2 complaints given an extension (Code 6.15). Default 0.15. */
  readonly extensionAtStage2: number;
  /** Share of stage 2 responses sent late. Default 0.12. */
  readonly lateResponseAtStage2: number;
  /** Share withdrawn during stage 2. Default 0.03. */
  readonly withdrawnAtStage2: number;
  /** Share of stage 2 responses followed by a referral to the Housing Ombudsman (policy s.10). Default 0.25. */
  readonly ombudsmanReferral: number;
  /** Share of referrals followed by a request for evidence. Default 0.8. */
  readonly evidenceRequested: number;
  /** Share of evidence requests answered after the policy's allowance (policy s.10: 15 working days). Default 0.1. */
  readonly evidenceLate: number;
  /** Share of remedies completed by their due date; most of the rest are completed late, some never. Default 0.8. */
  readonly remedyOnTime: number;
  /** Share of referrals the Ombudsman determines (within the period generated), 60 to 200 working days after the referral (Code 9.7(c)). Default 0.7. */
  readonly ombudsmanDetermination: number;
  /** Share of the Ombudsman's orders complied with by their due date; most of the rest late, some never. Default 0.85. */
  readonly orderOnTime: number;
  /** Share of complaints whose category is corrected when the complaint is defined (the `acknowledged` event's `category`; Code 9.7(a)). Default 0.1. */
  readonly recategorised: number;
}

/**
 * The default proportions of {@link SyntheticRates}.
 *
 * @example
 * ```ts
 * generateComplaintEvents({ ...context, count: 100, seed: 1, from: '2024-04-01', to: '2025-03-31', rates: { ...DEFAULT_SYNTHETIC_RATES, escalated: 0.3 } });
 * ```
 */
export const DEFAULT_SYNTHETIC_RATES: SyntheticRates = /* @__PURE__ */ deepFrozen({
  refusedAtReceipt: 0.06,
  lateAcknowledgement: 0.05,
  withdrawnAtStage1: 0.04,
  extensionAtStage1: 0.12,
  longExtension: 0.2,
  extensionAfterDue: 0,
  lateResponseAtStage1: 0.1,
  escalated: 0.18,
  escalationRefused: 0.05,
  extensionAtStage2: 0.15,
  lateResponseAtStage2: 0.12,
  withdrawnAtStage2: 0.03,
  ombudsmanReferral: 0.25,
  evidenceRequested: 0.8,
  evidenceLate: 0.1,
  remedyOnTime: 0.8,
  recategorised: 0.1,
  ombudsmanDetermination: 0.7,
  orderOnTime: 0.85,
});

/**
 * Categories of synthetic complaints with their weights (repairs dominate, as in most landlords'
 * published figures). The category is put on the `received` event (and, for a share of
 * complaints, corrected on the `acknowledged` event), so the complaint's `category` carries it.
 *
 * @example
 * ```ts
 * SYNTHETIC_CATEGORIES.map(([name]) => name); // ['repairs', 'damp-and-mould', ...]
 * ```
 */
export const SYNTHETIC_CATEGORIES: readonly (readonly [string, number])[] = /* @__PURE__ */ deepFrozen([
  ['repairs', 40],
  ['damp-and-mould', 10],
  ['communication', 12],
  ['staff-conduct', 5],
  ['estate-services', 8],
  ['rent-and-service-charges', 8],
  ['anti-social-behaviour-handling', 6],
  ['lettings', 4],
  ['other', 7],
]);

/**
 * Options for {@link generateComplaintEvents} and {@link generateComplaints}.
 *
 * @example
 * ```ts
 * const options: GenerateComplaintsOptions = { seed: 1, count: 100, from: '2025-04-01', to: '2026-03-31',
 *   policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
 * ```
 */
export interface GenerateComplaintsOptions {
  /** Any whole number: the same seed gives the same complaints everywhere. */
  readonly seed: number;
  /** How many complaints (a whole number >= 0). */
  readonly count: number;
  /** Complaints are received between `from` and `to` (`YYYY-MM-DD`, inclusive), spread evenly with some seasonal variation. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly policy: Policy;
  readonly calendar: WorkingDayCalendar;
  /** Events dated after this day are left out, as if the data were read on that day; receipts fall on or before it. Must not be before `from`. Default: nothing is left out. */
  readonly asOf?: IsoDate;
  readonly rates?: Partial<SyntheticRates>;
}

/** The Ombudsman's determinations on referred complaints, with illustrative weights (Code 9.7(c)). */
const DETERMINATION_CHOICES: readonly (readonly [DeterminationLevel, number])[] = [
  ['no-maladministration', 25],
  ['service-failure', 15],
  ['maladministration', 35],
  ['severe-maladministration', 8],
  ['reasonable-redress', 12],
  ['outside-jurisdiction', 5],
];

const ORDER_CHOICES: readonly (readonly [string, number])[] = [
  ['Apologise to the resident in writing', 3],
  ['Pay the resident compensation', 4],
  ['Carry out the outstanding repairs and confirm them to the Ombudsman', 3],
  ['Review the complaint handling procedure and report to the Ombudsman', 1],
];

const REMEDY_CHOICES: readonly (readonly [RemedyKind, number])[] = [
  ['apology', 40],
  ['action', 30],
  ['financial', 15],
  ['explanation', 10],
  ['amended-record', 5],
];

function checkGenerateOptions(o: GenerateComplaintsOptions): { fromDay: number; toDay: number; asOfDay: number } {
  const bad = (path: string, message: string) => new HousingComplaintsError('invalid-generator-options', `generateComplaintEvents: ${path} ${message}`, { path });
  if (typeof o !== 'object' || o === null) throw bad('options', 'must be an object');
  if (!Number.isInteger(o.seed)) throw bad('options.seed', `must be a whole number, got ${describeValue(o.seed)}`);
  if (!Number.isInteger(o.count) || o.count < 0) throw bad('options.count', `must be a whole number >= 0, got ${describeValue(o.count)}`);
  const fromDay = typeof o.from === 'string' ? dayNumber(o.from) : Number.NaN;
  const toDay = typeof o.to === 'string' ? dayNumber(o.to) : Number.NaN;
  if (Number.isNaN(fromDay)) throw bad('options.from', `must be a date YYYY-MM-DD, got ${describeValue(o.from)}`);
  if (Number.isNaN(toDay)) throw bad('options.to', `must be a date YYYY-MM-DD, got ${describeValue(o.to)}`);
  if (toDay < fromDay) throw bad('options.to', 'must not be before options.from');
  const asOfDay = o.asOf === undefined ? Number.POSITIVE_INFINITY : dayNumber(o.asOf);
  if (Number.isNaN(asOfDay)) throw bad('options.asOf', `must be a date YYYY-MM-DD, got ${describeValue(o.asOf)}`);
  if (asOfDay < fromDay) throw bad('options.asOf', 'must not be before options.from');
  if (typeof o.policy !== 'object' || o.policy === null || !Array.isArray(o.policy.procedures)) throw bad('options.policy', 'must be a Policy');
  if (typeof o.calendar?.isWorkingDay !== 'function') throw bad('options.calendar', 'must be a WorkingDayCalendar');
  return { fromDay, toDay, asOfDay };
}

/**
 * Generates realistic synthetic complaint histories: for each complaint, the array of lifecycle
 * events a host would store, in date order, valid for the lifecycle module's `replay` under
 * `options.policy`. Deterministic: the same options give the same events on every machine (a small
 * seeded generator, {@link createRng}). Lazy: one complaint at a time, so a million can be streamed
 * into {@link performanceReport} without holding them.
 *
 * What is generated, with the default {@link DEFAULT_SYNTHETIC_RATES}: receipt on a working day
 * (about 1 in 12 on a weekend or holiday), more complaints in winter months; 6% refused at receipt
 * on one of the policy's exclusion grounds; acknowledgement within the policy's timescale (5% up to
 * 4 working days late) under a procedure of the policy; 4% withdrawn at stage 1; 12% extended (a
 * fifth of them beyond the allowance with a good reason, and with agreement beyond the agreement
 * point); responses on time (10% late), each issue upheld or not, remedies due after the response
 * and mostly completed on time; 18% escalated within the window, of which 5% refused, 3% withdrawn,
 * 15% extended, 12% answered late; a quarter of stage 2 responses referred to the Ombudsman, most
 * with a request for evidence answered within the policy's allowance (10% late). Categories
 * ({@link SYNTHETIC_CATEGORIES}) are written in the summary.
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ region: 'england-and-wales' });
 * for (const events of generateComplaintEvents({ seed: 1, count: 3, from: '2025-04-01', to: '2026-03-31', policy: policies.wellington, calendar })) {
 *   console.log(events.map((e) => `${e.at} ${e.type}`).join(', '));
 * }
 * ```
 */
export function* generateComplaintEvents(options: GenerateComplaintsOptions): Generator<LifecycleEvent[], void, undefined> {
  const { fromDay, toDay, asOfDay } = checkGenerateOptions(options);
  const rates: SyntheticRates = { ...DEFAULT_SYNTHETIC_RATES, ...options.rates };
  const { policy } = options;
  // The options are checked above; the generator's own draws need no argument checks.
  const rng = seededRng(options.seed);
  const idx = new WorkingDayIndex(options.calendar, fromDay, toDay);
  // A refusal rests on one of the policy's grounds; a policy that sets out none refuses nothing.
  const grounds: readonly ExclusionGroundId[] = policy.exclusions.map((e) => e.ground);
  // Receipts fall on or before asOf, so that every complaint has at least its receipt.
  const span = Math.min(toDay, asOfDay) - fromDay + 1;
  for (let n = 0; n < options.count; n++) {
    yield oneComplaint(n, rng, idx, policy, rates, grounds, fromDay, span, asOfDay, options.seed);
  }
}

function day(d: number): string {
  return fromDayNumber(d);
}

/** A receipt day in the period, weighted towards the winter months (Nov–Feb x1.3). */
function receiptDay(rng: Rng, idx: WorkingDayIndex, fromDay: number, span: number): number {
  for (;;) {
    const d = fromDay + Math.floor(rng.next() * span);
    const m = Number(day(d).slice(5, 7));
    const weight = m === 11 || m === 12 || m === 1 || m === 2 ? 1 : 1 / 1.3;
    if (rng.next() >= weight) continue;
    if (!idx.isWorkingDay(d) && rng.next() > 0.4) continue; // fewer complaints on non-working days
    return d;
  }
}

/** An event without its date: the generator dates it when it is pushed. */
type EventBody = LifecycleEvent extends infer E ? (E extends { at: string } ? Omit<E, 'at'> : never) : never;

/**
 * Synthetic data only: when the policy sets no escalation window (the Code, 6.10), requests are
 * spread over this many working days after the stage 1 response, and an unescalated complaint is
 * accepted the day after.
 */
const REQUEST_SPREAD_WITHOUT_WINDOW = 20;

function oneComplaint(
  n: number,
  rng: Rng,
  idx: WorkingDayIndex,
  policy: Policy,
  rates: SyntheticRates,
  grounds: readonly ExclusionGroundId[],
  fromDay: number,
  span: number,
  asOfDay: number,
  seed: number,
): LifecycleEvent[] {
  const events: { d: number; e: LifecycleEvent }[] = [];
  // Synthetic data: a window that is the later of several periods is treated as no fixed window.
  const policyWindow = policy.escalation.window;
  const window = policyWindow === null || 'laterOf' in policyWindow ? null : policyWindow;
  const escalationText = window === null ? 'Ask for stage 2 if you remain unhappy with this response.' : `Ask for stage 2 within ${window.workingDays} working days of this letter.`;
  const push = (d: number, e: EventBody): void => {
    events.push({ d, e: { ...e, at: day(d) } as LifecycleEvent });
  };
  const id = `S${seed}-${n + 1}`;
  const category = rng.weighted(SYNTHETIC_CATEGORIES);
  const procedure = policy.procedures[rng.int(0, policy.procedures.length - 1)]!;
  const received = receiptDay(rng, idx, fromDay, span);
  push(received, {
    type: 'received',
    complaintId: id,
    channel: rng.weighted([['telephone', 35], ['email', 35], ['letter', 8], ['website', 15], ['in-person', 5], ['text', 2]] as const),
    summary: `Synthetic complaint ${n + 1}`,
    category,
    procedure: procedure.id,
    ...(procedure.notifyOnReceipt.length > 0 ? { notified: [...procedure.notifyOnReceipt] } : {}),
  });

  if (rng.chance(rates.refusedAtReceipt) && grounds.length > 0) {
    push(idx.addWorkingDays(received, rng.int(1, 5)), {
      type: 'refused',
      grounds: [grounds[rng.int(0, grounds.length - 1)]!],
      writtenReasons: 'The matter falls outside the complaints policy; the reasons are explained in writing.',
      ombudsmanRightGiven: true,
    });
    return sorted(events, asOfDay);
  }

  // Stage 1: acknowledgement.
  const s1 = policy.stages[0];
  const receiptAnchor = policy.receiptOnNonWorkingDay === 'next-working-day' && !idx.isWorkingDay(received) ? idx.addWorkingDays(received, 1) : received;
  const ackDue = idx.addWorkingDays(receiptAnchor, s1.acknowledge?.workingDays ?? 0);
  const ack = rng.chance(rates.lateAcknowledgement) ? idx.addWorkingDays(ackDue, rng.int(1, 4)) : idx.addWorkingDays(received, rng.int(0, Math.max(0, idx.workingDaysBetween(received, ackDue))));
  const issueCount = rng.weighted([[1, 60], [2, 30], [3, 10]] as const);
  const issues = Array.from({ length: issueCount }, (_, i) => ({ id: `issue-${i + 1}`, summary: `${category} issue ${i + 1}` }));
  const handler = `officer-${rng.int(1, 4)}`;
  const corrected = rng.chance(rates.recategorised) ? rng.weighted(SYNTHETIC_CATEGORIES) : undefined;
  push(ack, {
    type: 'acknowledged',
    definition: { issues, outcomesSought: ['Put things right', 'An explanation'] },
    procedure: procedure.id,
    handler,
    ...(corrected === undefined ? {} : { category: corrected }),
  });
  if (rng.chance(rates.withdrawnAtStage1)) {
    push(idx.addWorkingDays(ack, rng.int(1, 6)), { type: 'withdrawn', reason: 'Resolved informally' });
    return sorted(events, asOfDay);
  }

  const anchorOf = (anchor: Anchor, start: number, acknowledged: number, stageResponse: number): number =>
    anchor === 'receipt' ? receiptAnchor : anchor === 'acknowledgement' ? acknowledged : anchor === 'escalation-request' ? start : stageResponse;

  const stage = (s: 1 | 2, start: number, acknowledged: number, extensionRate: number, lateRate: number): number => {
    const rules = s === 1 ? policy.stages[0] : policy.stages[1];
    // A policy silent on the response time (null) sets no deadline: the histories aim at the Code's
    // timescale instead, and grant no extension (there is no policy deadline to extend).
    const respond = rules.respond ?? codeStageRules(s).respond;
    let due = idx.addWorkingDays(anchorOf(respond.anchor, start, acknowledged, start), respond.workingDays);
    let earliest = acknowledged;
    if (rules.respond !== null && due > acknowledged && rng.chance(extensionRate)) {
      const allowance = rules.extension.withoutGoodReason;
      const beyond = rules.extension.complainantAgreementBeyond;
      const long = rng.chance(rates.longExtension);
      const days = long ? rng.int(allowance + 1, (beyond ?? allowance + 10) + 5) : rng.int(Math.min(3, Math.max(1, allowance)), Math.max(1, allowance));
      // Drawn only when asked for, so the default rates give the same histories as before the rate existed.
      const afterDue = rates.extensionAfterDue > 0 && rng.chance(rates.extensionAfterDue);
      const at = afterDue ? idx.addWorkingDays(due, rng.int(1, 3)) : idx.addWorkingDays(acknowledged, rng.int(1, idx.workingDaysBetween(acknowledged, due)));
      push(at, {
        type: 'extension-granted',
        stage: s,
        workingDays: days,
        reasons: 'More time is needed to inspect and obtain a contractor report.',
        ...(days > allowance ? { goodReason: 'A specialist survey is needed before a decision can be made.' } : {}),
        ...(beyond !== null && days > beyond ? { complainantAgreed: true } : {}),
        ombudsmanDetailsGiven: true,
      });
      if (!afterDue) due = idx.addWorkingDays(due, days);
      earliest = at;
    }
    const responded = rng.chance(lateRate)
      ? idx.addWorkingDays(Math.max(due, earliest), rng.int(1, 8))
      : idx.addWorkingDays(earliest, rng.int(1, Math.max(1, idx.workingDaysBetween(earliest, due))));
    const outcomeDraw = rng.weighted([['upheld', 35], ['partially-upheld', 25], ['not-upheld', 40]] as const);
    // Partially upheld needs two issues or more: the first upheld, the last not, the others either way.
    const findings = issues.map((issue, i) => {
      const upheld =
        outcomeDraw === 'upheld' ||
        (outcomeDraw === 'partially-upheld' && issues.length > 1 && (i === 0 || (i < issues.length - 1 && rng.chance(0.5))));
      return { issue: issue.id, finding: (upheld ? 'upheld' : 'not-upheld') as 'upheld' | 'not-upheld', reasons: 'Findings from the investigation.' };
    });
    const anyUpheld = findings.some((f) => f.finding === 'upheld');
    const remedies: Remedy[] = [];
    const completions: { d: number; remedyId: string }[] = [];
    if (anyUpheld) {
      const count = rng.int(1, 2);
      for (let k = 0; k < count; k++) {
        const kind = rng.weighted(REMEDY_CHOICES);
        const dueBy = idx.addWorkingDays(responded, rng.int(5, 30));
        const remedyId = `${id}-s${s}-r${k + 1}`;
        remedies.push({
          id: remedyId,
          kind,
          description: `${kind} for ${category}`,
          dueBy: day(dueBy),
          ...(kind === 'financial' ? { financial: { type: rng.chance(0.5) ? 'compensation' : 'discretionary', amountPence: rng.int(20, 400) * 100 } } : {}),
        });
        if (rng.chance(rates.remedyOnTime)) completions.push({ d: idx.addWorkingDays(responded, rng.int(0, idx.workingDaysBetween(responded, dueBy))), remedyId });
        else if (rng.chance(0.7)) completions.push({ d: idx.addWorkingDays(dueBy, rng.int(1, 20)), remedyId });
      }
    }
    const decider = s === 1 ? procedure.stages[0] : procedure.stages[1];
    push(responded, {
      type: 'responded',
      stage: s,
      definition: issues.map((i) => i.summary).join('; '),
      findings,
      reasons: 'The reasons for each finding are set out in the letter.',
      remedies,
      ...(remedies.length === 0 ? { noRemedyReason: 'No failing was found that calls for a remedy.' } : {}),
      outstandingActions: [],
      ...(s === 1 ? { escalation: escalationText } : {}),
      // Stage 2 always (Code 6.19(g)); stage 1 when the policy lists it too (responses.stages[0].items).
      ...(s === 2 || (policy.responses.stages[0].items ?? []).includes('ombudsman') ? { ombudsman: 'You may refer the complaint to the Housing Ombudsman: 0300 111 3000.' } : {}),
      ...(decider && decider.notifies.length > 0 ? { notified: [...decider.notifies] } : {}),
    });
    for (const c of completions) push(c.d, { type: 'remedy-completed', remedyId: c.remedyId });
    return responded;
  };

  const response1 = stage(1, received, ack, rates.extensionAtStage1, rates.lateResponseAtStage1);
  if (!rng.chance(rates.escalated)) {
    // With a window, the complaint closes the day after it lapses; a policy with no window (the
    // Code, 6.10) has nothing to lapse, so the complainant accepts the response instead.
    if (window === null) push(idx.addWorkingDays(response1, REQUEST_SPREAD_WITHOUT_WINDOW + 1), { type: 'closed', how: 'stage-1-accepted' });
    else push(idx.addWorkingDays(response1, window.workingDays + 1), { type: 'closed', how: 'escalation-window-lapsed' });
    return sorted(events, asOfDay);
  }
  const request = idx.addWorkingDays(response1, rng.int(1, Math.max(1, window?.workingDays ?? REQUEST_SPREAD_WITHOUT_WINDOW)));
  push(request, { type: 'escalation-requested', reasons: 'I am not satisfied with the stage 1 response.' });
  if (rng.chance(rates.escalationRefused) && grounds.length > 0) {
    const refusedOn = idx.addWorkingDays(request, rng.int(1, 5));
    // Stage 1 remedies are still completed after the refusal, on the schedule drawn with the response (Code 7.3).
    push(refusedOn, {
      type: 'refused',
      grounds: [grounds[rng.int(0, grounds.length - 1)]!],
      writtenReasons: 'The escalation request falls outside the policy; the reasons are explained in writing.',
      ombudsmanRightGiven: true,
    });
    return sorted(events, asOfDay);
  }
  const s2 = policy.stages[1];
  const ack2Due = idx.addWorkingDays(request, s2.acknowledge?.workingDays ?? 0);
  const ack2 = rng.chance(rates.lateAcknowledgement) ? idx.addWorkingDays(ack2Due, rng.int(1, 4)) : idx.addWorkingDays(request, rng.int(0, s2.acknowledge?.workingDays ?? 0));
  push(ack2, { type: 'escalation-acknowledged', reviewer: `reviewer-${rng.int(1, 2)}` });
  if (rng.chance(rates.withdrawnAtStage2)) {
    push(idx.addWorkingDays(ack2, rng.int(1, 6)), { type: 'withdrawn', reason: 'No longer wishes to pursue the complaint' });
    return sorted(events, asOfDay);
  }
  const response2 = stage(2, request, ack2, rates.extensionAtStage2, rates.lateResponseAtStage2);
  if (rng.chance(rates.ombudsmanReferral)) {
    const referral = idx.addWorkingDays(response2, rng.int(5, 60));
    push(referral, { type: 'ombudsman-referral', reference: `HOS-${seed}-${n + 1}` });
    if (rng.chance(rates.evidenceRequested)) {
      const requested = idx.addWorkingDays(referral, rng.int(5, 30));
      const requestId = `${id}-ev1`;
      push(requested, { type: 'ombudsman-evidence-requested', requestId });
      const allowance = policy.ombudsmanEvidence?.workingDays ?? 15;
      const provided = rng.chance(rates.evidenceLate) ? idx.addWorkingDays(requested, allowance + rng.int(1, 10)) : idx.addWorkingDays(requested, rng.int(1, Math.max(1, allowance)));
      push(provided, { type: 'ombudsman-evidence-provided', requestId });
    }
    if (rng.chance(rates.ombudsmanDetermination)) {
      const determined = idx.addWorkingDays(referral, rng.int(60, 200));
      const outcome = rng.weighted(DETERMINATION_CHOICES);
      const orderCount = outcome === 'maladministration' || outcome === 'severe-maladministration' ? rng.int(1, 3) : outcome === 'service-failure' ? rng.int(0, 1) : 0;
      const orders = Array.from({ length: orderCount }, (_, k) => ({
        id: `${id}-o${k + 1}`,
        description: rng.weighted(ORDER_CHOICES),
        dueBy: day(idx.addWorkingDays(determined, rng.int(20, 40))),
      }));
      push(determined, { type: 'ombudsman-determination', outcome, reference: `HOS-${seed}-${n + 1}`, ...(orders.length === 0 ? {} : { orders }) });
      for (const o of orders) {
        const due = dayNumber(o.dueBy);
        if (rng.chance(rates.orderOnTime)) push(idx.addWorkingDays(determined, rng.int(1, idx.workingDaysBetween(determined, due))), { type: 'ombudsman-order-complied', orderId: o.id });
        else if (rng.chance(0.7)) push(idx.addWorkingDays(due, rng.int(1, 20)), { type: 'ombudsman-order-complied', orderId: o.id });
      }
    }
  }
  return sorted(events, asOfDay);
}

/**
 * Events in date order up to `asOfDay`; same-day events keep the order they were made in (the
 * sort is stable, as ECMAScript 2019 requires of every engine).
 */
function sorted(events: { d: number; e: LifecycleEvent }[], asOfDay: number): LifecycleEvent[] {
  const kept = events.filter((x) => x.d <= asOfDay).sort(byDay);
  const out: LifecycleEvent[] = new Array(kept.length);
  for (let i = 0; i < kept.length; i++) out[i] = kept[i]!.e;
  return out;
}
const byDay = (a: { d: number }, b: { d: number }): number => a.d - b.d;

/**
 * The synthetic complaints of {@link generateComplaintEvents}, each replayed by the lifecycle
 * module under `options.policy` and `options.calendar`: ready for {@link performanceReport}. Lazy,
 * one complaint at a time. Throws a {@link HousingComplaintsError} (`synthetic-replay-failed`) if a
 * generated history were ever rejected by the lifecycle, so a test never runs on partial data.
 *
 * @example
 * ```ts
 * const opts = { seed: 7, count: 500, from: '2025-04-01', to: '2026-03-31', policy: policies.wellington, calendar };
 * const report = performanceReport(generateComplaints(opts), opts, { from: opts.from, to: opts.to, homes: 600 });
 * ```
 */
export function* generateComplaints(options: GenerateComplaintsOptions): Generator<Complaint, void, undefined> {
  checkGenerateOptions(options);
  const context = { policy: options.policy, calendar: options.calendar };
  let n = 0;
  for (const events of generateComplaintEvents(options)) {
    const r = replay(events, context);
    if (!r.ok) {
      throw new HousingComplaintsError('synthetic-replay-failed', `generateComplaints: synthetic complaint ${n + 1} was rejected by the lifecycle: ${r.error.code} at ${r.error.path ?? '?'}: ${r.error.message}`, { path: `complaints[${n}]` });
    }
    n++;
    yield r.value;
  }
}
