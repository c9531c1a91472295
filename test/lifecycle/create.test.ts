/**
 * `createLifecycle`: replay and deadlines over the events given give exactly what the full `replay`
 * and `deadlines` give for histories of those events (the same complaint, or the same error), and
 * refuse any other event type with `event-not-in-lifecycle`, naming the type and the types given.
 * Compared on generated histories under every built-in policy of England and Wales, unchanged and
 * broken in small ways, with every event and with only the events each history uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/properties.js';
import { policies, policyInForce, definePolicy } from '../../src/policy/index.js';
import { generateComplaintEvents } from '../../src/reporting/index.js';
import * as lifecycle from '../../src/lifecycle/index.js';
import {
  createLifecycle,
  deadlines,
  replay,
  DEFINITIONS,
  EVENT_TYPES,
  received,
  acknowledged,
  responded,
  voided,
  updateSent,
  type EventKit,
  type EventType,
  type LifecycleContext,
} from '../../src/lifecycle/index.js';
import { HousingComplaintsError } from '../../src/core/errors.js';
import { ackEv, builtInContexts, calendar, receivedEv } from './fixtures.js';

const numRuns = runs(0.5);

const contexts = builtInContexts;

/** Every exported event kit, by type (the lifecycle module's exports that are kits). */
const KITS: ReadonlyMap<string, EventKit> = new Map(
  (Object.values(lifecycle) as unknown[])
    .filter((v): v is EventKit => typeof v === 'object' && v !== null && 'definition' in v && 'check' in v)
    .map((k) => [k.type, k]),
);
const kitsOf = (types: Iterable<string>): EventKit[] => [...new Set(types)].map((t) => KITS.get(t)!);
const ALL = createLifecycle(kitsOf(EVENT_TYPES));

/** The history broken in one small way: an event dropped, repeated, given an unknown key or a bad value, or a void added. */
function broken(events: readonly unknown[], how: number, pick: number): unknown[] {
  const out = events.map((e) => structuredClone(e)) as Record<string, unknown>[];
  const at = 1 + (pick % Math.max(1, out.length - 1));
  if (out.length < 2) return out;
  switch (how % 6) {
    case 1:
      out.splice(at, 1);
      break;
    case 2:
      out.splice(at, 0, structuredClone(out[at]!));
      break;
    case 3:
      out[at]!.notAField = true;
      break;
    case 4:
      out[at]!.at = 'not a date';
      break;
    case 5:
      out.push({ type: 'voided', at: out[out.length - 1]!.at, eventIndex: at, reason: 'Entered on the wrong complaint', by: 'officer-ann' });
      break;
  }
  return out;
}

/**
 * A result as a lifecycle of `types` gives it: where an error lists the events a complaint accepts
 * now (`allowed` and `notAllowed` of `event-not-allowed` and `no-third-stage`, and "it accepts now:
 * ..." in a message, a void's `cannot-void` included), a lifecycle lists those of `types` only, so
 * the lists are narrowed to them; everything else is compared whole.
 */
function narrowed(r: ReturnType<typeof replay>, types: readonly string[]): unknown {
  if (r.ok) return r;
  const text = (m: string): string =>
    m.replace(/it accepts now: ([a-z-]+(?:, [a-z-]+)*)/g, (_all, list: string) => {
      const kept = list.split(', ').filter((t) => types.includes(t));
      return kept.length === 0 ? 'it accepts no event now' : `it accepts now: ${kept.join(', ')}`;
    });
  const { allowed, notAllowed, ...rest } = r.error;
  return {
    ...rest,
    message: text(rest.message),
    issues: rest.issues.map((i) => ({ ...i, message: text(i.message) })),
    ...(allowed === undefined ? {} : { allowed: allowed.filter((t) => types.includes(t)) }),
    ...(notAllowed === undefined ? {} : { notAllowed: notAllowed.filter((n) => types.includes(n.type)) }),
  };
}

describe('createLifecycle', () => {
  it('exports one kit per event type, in the definitions order, each running the definition DEFINITIONS holds', () => {
    expect([...KITS.keys()].sort()).toEqual([...EVENT_TYPES].sort());
    expect(ALL.types).toEqual(EVENT_TYPES);
    for (const [type, k] of KITS) {
      const d = DEFINITIONS[type as EventType];
      expect(k.definition.type).toBe(type);
      expect(k.definition.from).toBe(d.from);
      expect(k.definition.rules).toEqual(d.rules);
      expect(k.order).toBe(EVENT_TYPES.indexOf(type as EventType));
    }
  });

  it('property: the same complaint or the same error as replay, with every event and with only those used; deadlines alike', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...contexts), fc.nat({ max: 11 }), fc.nat({ max: 1000 }), (seed, context, how, pick) => {
        const [generated] = [...generateComplaintEvents({ seed, count: 1, from: '2024-04-01', to: '2025-03-31', policy: context.policy, calendar })];
        const events = broken(generated!, how, pick);
        const used = createLifecycle(kitsOf(['received', ...events.map((e) => (e as { type: EventType }).type).filter((t) => KITS.has(t))]));
        const want = replay(events, context);
        expect(ALL.replay(events, context)).toEqual(want);
        expect(narrowed(used.replay(events, context), used.types)).toEqual(narrowed(want, used.types));
        expect(narrowed(used.replay(events, context, { validated: true }), used.types)).toEqual(narrowed(replay(events, context, { validated: true }), used.types));
        if (want.ok) {
          for (const asOf of [undefined, '2024-06-30', '2025-01-15', '2026-06-30']) {
            const d = deadlines(want.value, context, asOf);
            expect(ALL.deadlines(want.value, context, asOf)).toEqual(d);
            expect(used.deadlines(want.value, context, asOf)).toEqual(d);
          }
        }
      }),
      { numRuns },
    );
  });

  it('refuses an event of a type it was not given, naming the type and the types given', () => {
    const { replay: replayTwo } = createLifecycle([received, acknowledged]);
    const context = contexts[0]!;
    const events = [receivedEv('2025-01-06'), ackEv('2025-01-07'), { type: 'responded', at: '2025-01-10' }];
    const r = replayTwo(events, context);
    expect(r).toMatchObject({ ok: false, error: { code: 'event-not-in-lifecycle', path: 'events[2].type', source: { note: 'the events given to createLifecycle' } } });
    if (!r.ok) expect(r.error.message).toBe("events[2].type 'responded' is not one of the events this lifecycle takes (received, acknowledged): give createLifecycle its definition, or use replay, which takes every event");
    // An unknown type is refused the same way; an input that is not an event gets replay's own issues.
    const unknown = replayTwo([receivedEv('2025-01-06'), { type: 'nonsense', at: '2025-01-07' }], context);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'event-not-in-lifecycle', path: 'events[1].type' } });
    expect(replayTwo([receivedEv('2025-01-06'), 42], context)).toEqual(replay([receivedEv('2025-01-06'), 42], context));
    // A bad event of a type given: replay's error exactly.
    const bad = [receivedEv('2025-01-06'), { ...ackEv('2025-01-07'), handler: '' }];
    expect(replayTwo(bad, context)).toEqual(replay(bad, context));
  });

  it('lists the events a complaint accepts now from the types given only', () => {
    const { replay: replayThree } = createLifecycle([received, acknowledged, responded]);
    const context = contexts[0]!;
    const r = replayThree([receivedEv('2025-01-06'), ackEv('2025-01-07'), ackEv('2025-01-08')], context);
    expect(r).toMatchObject({ ok: false, error: { code: 'event-not-allowed', allowed: ['responded'] } });
    if (!r.ok) expect(r.error.notAllowed?.map((n) => n.type)).toEqual(['received', 'acknowledged']);
  });

  it('rebuilds with the voids it was given, and refuses a stored history with events it was not given when it must rebuild it', () => {
    const context = contexts[0]!;
    const events = [receivedEv('2025-01-06'), ackEv('2025-01-07'), { type: 'voided', at: '2025-01-08', eventIndex: 1, reason: 'Wrong complaint', by: 'officer-ann' }];
    expect(createLifecycle([received, acknowledged, voided]).replay(events, context)).toEqual(replay(events, context));
    const full = replay([receivedEv('2025-01-06'), ackEv('2025-01-09')], context);
    if (!full.ok) throw new Error(full.error.message);
    expect(() => createLifecycle([received]).deadlines(full.value, context, '2025-01-08')).not.toThrow(); // nothing later to drop: no rebuild
    const later = replay([receivedEv('2025-01-06'), ackEv('2025-01-07'), { type: 'update-sent', at: '2025-01-20' }], context);
    if (!later.ok) throw new Error(later.error.message);
    expect(() => createLifecycle([received, acknowledged]).deadlines(later.value, context, '2025-01-10')).not.toThrow();
    expect(() => createLifecycle([received]).deadlines(later.value, context, '2025-01-10')).toThrow(/acknowledged' is not one of the events this lifecycle takes/);
  });

  it("works out the kinds of deadline its events give rise to, and refuses a complaint holding another event type as of the date asked", () => {
    const context = contexts[0]!;
    const later = replay([receivedEv('2025-01-06'), ackEv('2025-01-07'), { type: 'update-sent', at: '2025-01-20', everyWorkingDays: 5 }], context);
    if (!later.ok) throw new Error(later.error.message);
    // The full deadlines list the next update (update-sent's kind); a lifecycle given update-sent lists it too.
    const all = deadlines(later.value, context, '2025-01-21');
    expect(all.map((d) => d.kind)).toContain('complainant-update');
    expect(createLifecycle([received, acknowledged, updateSent]).deadlines(later.value, context, '2025-01-21')).toEqual(all);
    // Without update-sent the lifecycle cannot work that kind out: the complaint is refused, naming the entry.
    const two = createLifecycle([received, acknowledged]);
    for (const asOf of [undefined, '2025-01-21']) {
      let thrown: unknown;
      try {
        two.deadlines(later.value, context, asOf);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(HousingComplaintsError);
      expect(thrown).toMatchObject({ code: 'event-not-in-lifecycle', path: 'complaint.history.2.event.type' });
      expect((thrown as Error).message).toMatch(/deadlines: complaint\.history\.2\.event\.type 'update-sent' is not one of the events this lifecycle takes \(received, acknowledged\): give createLifecycle its definition, or use deadlines/);
    }
    // As of a date before it, the event does not count, and the two lists agree.
    expect(two.deadlines(later.value, context, '2025-01-10')).toEqual(deadlines(later.value, context, '2025-01-10'));
  });

  it('takes context.versions only when given policyInForce', () => {
    const v1 = definePolicy(policies.wellington, { inForce: { from: '2024-11-01', to: '2025-10-31' } });
    const v2 = definePolicy(policies.wellington, { id: 'wellington-2025-11', adopted: '2025-11-01', inForce: { from: '2025-11-01' } });
    if (!v1.ok || !v2.ok) throw new Error('versions');
    const context: LifecycleContext = { policy: v1.value, calendar, versions: [v1.value, v2.value] };
    const events = [receivedEv('2025-12-01'), ackEv('2025-12-02')];
    expect(createLifecycle([received, acknowledged], { inForce: policyInForce }).replay(events, context)).toEqual(replay(events, context));
    expect(createLifecycle([received, acknowledged]).replay(events, context)).toMatchObject({ ok: false, error: { code: 'no-policy-in-force', path: 'context.versions' } });
  });

  it('throws a typed error for anything but a non-empty list of distinct exported events with received', () => {
    const cases: [unknown, unknown, RegExp][] = [
      [[], undefined, /non-empty array/],
      ['received', undefined, /non-empty array/],
      [[received, { ...acknowledged }], undefined, /events\[1\] is not an event exported/],
      [[received, received], undefined, /'received' is given twice/],
      [[acknowledged], undefined, /must include received/],
      [[received], { inForce: 'yes' }, /options\.inForce must be policyInForce/],
      // Any other function, even one of the same shape, is refused: createLifecycle would call it for every complaint.
      [[received], { inForce: (versions: readonly unknown[]) => ({ ok: true, value: versions[0] }) }, /options\.inForce must be policyInForce \(from housing-complaints\/policy\) or absent, got/],
      [[received], { inForce: policyInForce.bind(null) }, /options\.inForce must be policyInForce/],
    ];
    for (const [events, options, message] of cases) {
      let thrown: unknown;
      try {
        createLifecycle(events as EventKit[], options as never);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(HousingComplaintsError);
      expect((thrown as HousingComplaintsError).code).toBe('invalid-argument');
      expect((thrown as Error).message).toMatch(message);
      if (options !== undefined) expect((thrown as HousingComplaintsError).path).toBe('options.inForce');
    }
  });
});
