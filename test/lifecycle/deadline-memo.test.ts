/**
 * The response deadline last worked out at each stage, and the escalation window, are kept and given
 * again (timing.ts): only for the same built-in (validated, deep-frozen) policy, library calendar, anchor
 * date and days counted. Each case
 * here alternates between inputs that differ in one of those and checks the dates against the
 * calendar's own count.
 */
import { describe, expect, it } from 'vitest';
import { definePolicy, policies } from '../../src/policy/index.js';
import { createCalendar } from '../../src/calendar/index.js';
import { deadlines, replay, type LifecycleContext } from '../../src/lifecycle/index.js';
import { ackEv, calendar, receivedEv, respondEv } from './fixtures.js';

const dueOf = (events: readonly unknown[], context: LifecycleContext): string => {
  const r = replay(events, context);
  if (!r.ok) throw new Error(r.error.message);
  return deadlines(r.value, context).find((d) => d.kind === 'stage-1-response')!.dueBy;
};
const events = [receivedEv('2025-03-03'), ackEv('2025-03-04')];
const extended = [...events, { type: 'extension-granted', at: '2025-03-10', stage: 1, workingDays: 5, reasons: 'Surveyor report awaited', ombudsmanDetailsGiven: true }];
const days = policies.wellington.stages[0].respond!.workingDays;
const deepFreeze = <T>(v: T): T => {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
};

describe('the kept response deadline', () => {
  it('is not given for another policy, calendar, anchor date or count of days', () => {
    const [s1, s2] = policies.wellington.stages;
    const longer = definePolicy(policies.wellington, { stages: [{ ...s1, respond: { ...s1.respond!, workingDays: days + 3 } }, s2] });
    if (!longer.ok) throw new Error(`the test policy is not valid: ${longer.error.map((e) => e.message).join('; ')}`);
    const closed = createCalendar({ region: 'england-and-wales', closures: ['2025-03-12'] });
    const a: LifecycleContext = { policy: policies.wellington, calendar };
    // Frozen, as a built-in policy is, so that its deadlines are kept too.
    const b: LifecycleContext = { policy: deepFreeze(longer.value), calendar };
    const c: LifecycleContext = { policy: policies.wellington, calendar: closed };
    for (let round = 0; round < 2; round++) {
      // Each call differs from the one before it in one input only.
      expect(dueOf(events, a)).toBe(calendar.addWorkingDays('2025-03-04', days));
      expect(dueOf(events, c)).toBe(closed.addWorkingDays('2025-03-04', days));
      expect(dueOf(events, a)).toBe(calendar.addWorkingDays('2025-03-04', days));
      expect(dueOf(events, b)).toBe(calendar.addWorkingDays('2025-03-04', days + 3));
      expect(dueOf(events, a)).toBe(calendar.addWorkingDays('2025-03-04', days));
      expect(dueOf([receivedEv('2025-03-03'), ackEv('2025-03-05')], a)).toBe(calendar.addWorkingDays('2025-03-05', days));
      expect(dueOf(extended, a)).toBe(calendar.addWorkingDays('2025-03-04', days + 5));
    }
    expect(calendar.addWorkingDays('2025-03-04', days)).not.toBe(closed.addWorkingDays('2025-03-04', days));
  });

  it('is not kept for a policy that is not frozen, which may change in place', () => {
    const loose = structuredClone(policies.wellington) as { stages: { respond: { workingDays: number } }[] };
    const context = { policy: loose, calendar } as unknown as LifecycleContext;
    expect(dueOf(events, context)).toBe(calendar.addWorkingDays('2025-03-04', days));
    loose.stages[0]!.respond.workingDays = days + 2;
    expect(dueOf(events, context)).toBe(calendar.addWorkingDays('2025-03-04', days + 2));
  });

  it('is not kept for a policy frozen only at its top, whose stages may still change in place', () => {
    const shallow = structuredClone(policies.wellington) as { stages: { respond: { workingDays: number } }[] };
    Object.freeze(shallow);
    const context = { policy: shallow, calendar } as unknown as LifecycleContext;
    expect(dueOf(events, context)).toBe(calendar.addWorkingDays('2025-03-04', days));
    shallow.stages[0]!.respond.workingDays = days + 4;
    expect(dueOf(events, context)).toBe(calendar.addWorkingDays('2025-03-04', days + 4));
  });

  it("is not kept for a host's own calendar, whose answers may change", () => {
    let shift = 0;
    const own = { ...createCalendar({ region: 'england-and-wales' }) };
    const base = own.addWorkingDays;
    own.addWorkingDays = (date: string, n: number) => base(date, n + shift);
    const context: LifecycleContext = { policy: policies.wellington, calendar: Object.freeze(own) };
    expect(dueOf(events, context)).toBe(calendar.addWorkingDays('2025-03-04', days));
    shift = 2;
    expect(dueOf(events, context)).toBe(calendar.addWorkingDays('2025-03-04', days + 2));
  });

  it('as of a date before an extension, equals replaying only the events up to that date, after the extended deadline was worked out', () => {
    const a: LifecycleContext = { policy: policies.wellington, calendar };
    const r = replay(extended, a);
    if (!r.ok) throw new Error(r.error.message);
    const whole = deadlines(r.value, a).find((d) => d.kind === 'stage-1-response')!.dueBy;
    expect(whole).toBe(calendar.addWorkingDays('2025-03-04', days + 5));
    const before = deadlines(r.value, a, '2025-03-07').find((d) => d.kind === 'stage-1-response')!;
    const upTo = replay(events, a);
    if (!upTo.ok) throw new Error(upTo.error.message);
    expect(before).toEqual(deadlines(upTo.value, a, '2025-03-07').find((d) => d.kind === 'stage-1-response'));
    expect(before.dueBy).toBe(calendar.addWorkingDays('2025-03-04', days));
  });
});

describe('the kept escalation window', () => {
  const windowOf = (events: readonly unknown[], context: LifecycleContext): string => {
    const r = replay(events, context);
    if (!r.ok) throw new Error(r.error.message);
    return deadlines(r.value, context).find((d) => d.kind === 'escalation-window')!.dueBy;
  };
  const responded = (on: string) => [...events, respondEv(on, 1)];
  const window = policies.wellington.escalation.window as { workingDays: number; anchor: string };

  it('is not given for another policy, calendar or anchor date', () => {
    const longer = definePolicy(policies.wellington, { escalation: { ...policies.wellington.escalation, window: { ...window, workingDays: window.workingDays + 3 } } as never });
    if (!longer.ok) throw new Error(`the test policy is not valid: ${longer.error.map((e) => e.message).join('; ')}`);
    const closed = createCalendar({ region: 'england-and-wales', closures: ['2025-03-20'] });
    const a: LifecycleContext = { policy: policies.wellington, calendar };
    const b: LifecycleContext = { policy: deepFreeze(longer.value), calendar };
    const c: LifecycleContext = { policy: policies.wellington, calendar: closed };
    expect(window.anchor).toBe('stage-response');
    for (let round = 0; round < 2; round++) {
      expect(windowOf(responded('2025-03-10'), a)).toBe(calendar.addWorkingDays('2025-03-10', window.workingDays));
      expect(windowOf(responded('2025-03-10'), c)).toBe(closed.addWorkingDays('2025-03-10', window.workingDays));
      expect(windowOf(responded('2025-03-10'), a)).toBe(calendar.addWorkingDays('2025-03-10', window.workingDays));
      expect(windowOf(responded('2025-03-10'), b)).toBe(calendar.addWorkingDays('2025-03-10', window.workingDays + 3));
      expect(windowOf(responded('2025-03-10'), a)).toBe(calendar.addWorkingDays('2025-03-10', window.workingDays));
      expect(windowOf(responded('2025-03-11'), a)).toBe(calendar.addWorkingDays('2025-03-11', window.workingDays));
    }
    expect(calendar.addWorkingDays('2025-03-10', window.workingDays)).not.toBe(closed.addWorkingDays('2025-03-10', window.workingDays));
  });

  it('is not given for another built-in policy with the same timescale and another source', () => {
    const windowDeadline = (context: LifecycleContext) => {
      const procedure = context.policy.procedures[0]!.id;
      const r = replay([receivedEv('2025-03-03'), ackEv('2025-03-04', { procedure }), respondEv('2025-03-10', 1)], context);
      if (!r.ok) throw new Error(r.error.message);
      return deadlines(r.value, context).find((d) => d.kind === 'escalation-window')!;
    };
    const a: LifecycleContext = { policy: policies.wellington, calendar };
    const d: LifecycleContext = { policy: policies.chsCommercialClient, calendar };
    expect(policies.chsCommercialClient.escalation.window).toMatchObject({ workingDays: window.workingDays, anchor: window.anchor });
    for (let round = 0; round < 2; round++) {
      expect(windowDeadline(a).basis.source).toEqual(policies.wellington.escalation.window!.source);
      expect(windowDeadline(d).basis.source).toEqual(policies.chsCommercialClient.escalation.window!.source);
    }
  });

  it('is not kept for a policy that is not frozen, which may change in place', () => {
    const loose = structuredClone(policies.wellington) as unknown as { escalation: { window: { workingDays: number } } };
    const context = { policy: loose, calendar } as unknown as LifecycleContext;
    expect(windowOf(responded('2025-03-10'), context)).toBe(calendar.addWorkingDays('2025-03-10', window.workingDays));
    loose.escalation.window.workingDays = window.workingDays + 2;
    expect(windowOf(responded('2025-03-10'), context)).toBe(calendar.addWorkingDays('2025-03-10', window.workingDays + 2));
  });
});

describe("a host's own policy changed in place between calls", () => {
  it('is read afresh: its new section and, once silent, the benchmark timescale worked out for it', () => {
    const own = structuredClone(policies.wellington) as unknown as {
      stages: { respond: { workingDays: number; source: { policy?: string } } | null; acknowledge: unknown }[];
    };
    const context = { policy: own, calendar } as unknown as LifecycleContext;
    const first = () => {
      const r = replay(events, context);
      if (!r.ok) throw new Error(r.error.message);
      return deadlines(r.value, context).find((d) => d.kind === 'stage-1-response')!.basis.source;
    };
    expect(first()).toMatchObject({ policy: 's.5' });
    own.stages[0]!.respond!.source.policy = 's.25';
    expect(first()).toMatchObject({ policy: 's.25' });
    // Silent at stage 1 now: the Code's timescale becomes the benchmark, worked out for this policy.
    own.stages[0]!.respond = null;
    const r = replay(events, context);
    if (!r.ok) throw new Error(r.error.message);
    const silent = deadlines(r.value, context).find((d) => d.kind === 'stage-1-response');
    expect(silent?.dueBy).toBe(calendar.addWorkingDays('2025-03-04', 10));
  });
});
