/**
 * Replay is linear in the events of one complaint, whatever they repeat: completing n remedies,
 * actions or Ombudsman orders, answering n evidence requests or clarifications, reviewing an
 * adjustment n times, raising n issues or notifying n times before the acknowledgement.
 *
 * Not a timed test: it counts the work. While a replay runs, every array method that visits the
 * entries of a list (map, filter, some, find, includes, slice, concat, ...) and every step of an
 * array iterator (for...of, spreads) adds to a counter, so a list scanned or copied per event shows
 * as work that grows with the square of the events. The count for 4n events must be at most 4.5x
 * the count for n events (linear work gives 4x; a scan per event gives about 16x).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyEvent, MAX_VOID_REBUILD_EVENTS, parseComplaint, replay, type Complaint } from '../../src/lifecycle/index.js';
import { built } from './fixtures.js';
import { ackEv, receivedEv, respondEv, wellington } from './fixtures.js';

type Scenario = (n: number) => unknown[];

const day = '2025-01-07';
const later = '2025-01-20';
const received = receivedEv('2025-01-06', { procedure: 'A' });
const acknowledged = ackEv(day);

const many = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

const SCENARIOS: Record<string, Scenario> = {
  'n remedies completed': (n) => [
    received,
    acknowledged,
    respondEv(later, 1, { remedies: many(n, (i) => ({ id: `r${i}`, kind: 'apology', description: 'A written apology', dueBy: later })) }),
    ...many(n, (i) => ({ type: 'remedy-completed', at: later, remedyId: `r${i}` })),
  ],
  'n outstanding actions completed': (n) => [
    received,
    acknowledged,
    respondEv(later, 1, { outstandingActions: many(n, (i) => ({ id: `a${i}`, description: 'Replace the fan', dueBy: later })) }),
    ...many(n, (i) => ({ type: 'action-completed', at: later, actionId: `a${i}` })),
  ],
  'n Ombudsman orders in one determination, each complied with': (n) => [
    received,
    acknowledged,
    { type: 'ombudsman-referral', at: later },
    { type: 'ombudsman-determination', at: later, outcome: 'maladministration', orders: many(n, (i) => ({ id: `o${i}`, description: 'Pay compensation' })) },
    ...many(n, (i) => ({ type: 'ombudsman-order-complied', at: later, orderId: `o${i}` })),
  ],
  'n referrals and determinations of one order each, each complied with': (n) => [
    received,
    acknowledged,
    ...many(n, (i) => [
      { type: 'ombudsman-referral', at: later },
      { type: 'ombudsman-determination', at: later, outcome: 'maladministration', orders: [{ id: `o${i}`, description: 'Pay compensation' }] },
    ]).flat(),
    ...many(n, (i) => ({ type: 'ombudsman-order-complied', at: later, orderId: `o${i}` })),
  ],
  'n evidence requests, then each answered': (n) => [
    received,
    acknowledged,
    { type: 'ombudsman-referral', at: later },
    ...many(n, (i) => ({ type: 'ombudsman-evidence-requested', at: later, requestId: `e${i}` })),
    ...many(n, (i) => ({ type: 'ombudsman-evidence-provided', at: later, requestId: `e${i}` })),
  ],
  'n clarifications asked, then each answered (latest first)': (n) => [
    received,
    acknowledged,
    ...many(n, () => ({ type: 'clarification-requested', at: later })),
    ...many(n, () => ({ type: 'clarification-received', at: later })),
  ],
  'n adjustments recorded, then one reviewed n times': (n) => [
    received,
    acknowledged,
    ...many(n, (i) => ({ type: 'adjustment-recorded', at: later, id: `adj${i}`, kind: 'reasonable-adjustment', description: 'Large print' })),
    ...many(n, () => ({ type: 'adjustment-recorded', at: later, id: 'adj0', kind: 'reasonable-adjustment', description: 'Large print' })),
  ],
  'n additional issues incorporated at stage 1': (n) => [
    received,
    acknowledged,
    ...many(n, (i) => ({ type: 'additional-issue-raised', at: later, issue: { id: `extra${i}`, summary: 'Another repair' }, related: true })),
  ],
  'n notifications before the acknowledgement': (n) => [
    receivedEv('2025-01-06', { procedure: 'B' }),
    ...many(n, () => ({ type: 'party-notified', at: day, role: 'landlord-complaints-officer' })),
    ackEv(day, { procedure: 'B' }),
  ],
};

const METHODS = ['map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'forEach', 'flatMap', 'reduce', 'includes', 'indexOf', 'slice', 'concat'] as const;

let restore: (() => void) | undefined;
afterEach(() => restore?.());

/** The entries visited by array methods and iterators while `run` runs. */
function entriesVisited(run: () => void): number {
  const proto = Array.prototype as unknown as Record<string | symbol, unknown>;
  const saved = new Map<string | symbol, unknown>();
  let count = 0;
  for (const m of METHODS) {
    const original = proto[m] as (this: unknown[], ...args: unknown[]) => unknown;
    saved.set(m, original);
    proto[m] = function (this: unknown[], ...args: unknown[]) {
      count += this.length;
      return original.apply(this, args);
    };
  }
  const iterator = proto[Symbol.iterator] as (this: unknown[]) => Iterator<unknown>;
  saved.set(Symbol.iterator, iterator);
  proto[Symbol.iterator] = function (this: unknown[]) {
    const it = iterator.call(this);
    return { next: () => (count++, it.next()), [Symbol.iterator]() { return this; } };
  };
  restore = () => {
    for (const [k, v] of saved) proto[k] = v;
    restore = undefined;
  };
  try {
    run();
  } finally {
    restore();
  }
  return count;
}

function work(scenario: Scenario, n: number): number {
  const events = scenario(n);
  let outcome: ReturnType<typeof replay> | undefined;
  const count = entriesVisited(() => {
    outcome = replay(events, wellington);
  });
  if (outcome === undefined || !outcome.ok) throw new Error(`scenario did not replay: ${outcome?.ok === false ? `${outcome.error.code} ${outcome.error.message}` : 'no result'}`);
  return count;
}

describe('replay does work linear in the events of one complaint (entries visited, not time)', () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(name, () => {
      const small = work(scenario, 150);
      const large = work(scenario, 600);
      expect(small).toBeGreaterThan(0);
      expect(large / small).toBeLessThanOrEqual(4.5);
    });
  }

  it('the counter sees a scan per event (the check can fail)', () => {
    // A stand-in for the old code: a list scanned once per entry.
    const quadratic = (n: number) => entriesVisited(() => {
      const xs = many(n, (i) => i);
      for (let i = 0; i < n; i++) xs.some((x) => x === i);
    });
    expect(quadratic(600) / quadratic(150)).toBeGreaterThan(10);
  });
});

describe('voids: each rebuilds the complaint, so their work is bounded (MAX_VOID_REBUILD_EVENTS)', () => {
  /**
   * A stored complaint of `length` history entries whose voids sit at indexes summing to `sum`
   * (chosen from the top down, the rest of the history updates), so that one more void re-applies
   * `length + sum` events in all.
   */
  function storedWithVoids(length: number, sum: number): Complaint {
    const base = built([receivedEv('2025-01-06', { procedure: 'A' }), ackEv(day)]);
    const voidAt = new Set<number>();
    let left = sum;
    for (let i = length - 1; i >= 3 && left > 0; i--) {
      if (i <= left) {
        voidAt.add(i);
        left -= i;
      }
    }
    if (left !== 0) throw new Error(`no set of indexes sums to ${sum}`);
    const history = [...base.history];
    for (let i = history.length; i < length; i++) {
      history.push(voidAt.has(i) ? { on: later, event: { type: 'voided', at: later, eventIndex: 2, reason: 'Entered twice', by: 'officer-ann' } } : { on: later, event: { type: 'update-sent', at: later } });
    }
    const r = parseComplaint(JSON.parse(JSON.stringify({ ...base, history })));
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    return r.value;
  }
  const voidOne = (c: Complaint) => applyEvent(c, { type: 'voided', at: later, eventIndex: 3, reason: 'Entered twice', by: 'officer-ann' }, wellington);

  it('a void that brings the total to the limit is applied; one event more is refused with too-many-events and the limit', () => {
    const length = 10_000;
    expect(voidOne(storedWithVoids(length, MAX_VOID_REBUILD_EVENTS - length)).ok).toBe(true);
    const over = voidOne(storedWithVoids(length, MAX_VOID_REBUILD_EVENTS - length + 1));
    expect(over).toMatchObject({ ok: false, error: { code: 'too-many-events', path: 'event.type', issues: [{ code: 'too-many-events', limit: MAX_VOID_REBUILD_EVENTS }] } });
  });
});
