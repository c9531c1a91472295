/**
 * `replay` (one scope, lists extended in place, short cuts in the rules) gives exactly what applying
 * the same events one by one with `applyEvent` gives: the same complaint, or the same first error.
 * With `validated: true` too. On generated histories under every built-in policy of England and
 * Wales, unchanged and broken in small ways (an event dropped or repeated, a response missing a
 * part, a void added), so that refusals are compared as well as successes. The inputs are never
 * changed.
 */
import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import { generateComplaintEvents } from '../../src/reporting/index.js';
import { applyEvent, deadlines, replay, startComplaint, type Complaint, type LifecycleContext, type LifecycleEvent } from '../../src/lifecycle/index.js';
import type { Result } from '../../src/core/result.js';
import type { LifecycleError } from '../../src/lifecycle/errors.js';
import { contentGaps } from '../../src/lifecycle/events/responded.js';
import type { RespondedEvent } from '../../src/lifecycle/events/responded.js';
import type { Step } from '../../src/lifecycle/events/kit.js';
import { builtInContexts, calendar, receivedEv } from './fixtures.js';

const numRuns = runs(0.8);

const contexts = builtInContexts;

/** The events one by one: startComplaint, then applyEvent for each (no replay scope). */
function oneByOne(events: readonly unknown[], context: LifecycleContext): Result<Complaint, LifecycleError> {
  let r = startComplaint(events[0], context);
  for (let i = 1; i < events.length && r.ok; i++) r = applyEvent(r.value, events[i] as LifecycleEvent, context);
  return r;
}

/** What to compare of a result: the complaint, or the error's code and issues (paths differ: `event` against `events[i]`). */
function outcome(r: Result<Complaint, LifecycleError>): unknown {
  if (r.ok) return { ok: true, complaint: r.value };
  return { ok: false, code: r.error.code, issues: r.error.issues.map((i) => ({ ...i, path: i.path?.replace(/^events\[\d+\]/, 'event'), message: i.message.replace(/events\[\d+\]/g, 'event') })) };
}

type Breakage = 'none' | 'drop' | 'repeat' | 'response-part' | 'financial' | 'void' | 'void-unknown';

/** The history broken in one small way, chosen by `pick` (a new array; the events given are not changed). */
function broken(events: readonly LifecycleEvent[], how: Breakage, pick: number): unknown[] {
  const out: unknown[] = events.map((e) => structuredClone(e));
  const at = 1 + (pick % Math.max(1, out.length - 1));
  switch (how) {
    case 'none':
      return out;
    case 'drop':
      if (out.length > 1) out.splice(at, 1);
      return out;
    case 'repeat':
      if (out.length > 1) out.splice(at, 0, structuredClone(out[at]));
      return out;
    case 'response-part':
    case 'financial': {
      const responses = out.filter((e): e is RespondedEvent => (e as { type: string }).type === 'responded');
      const r = responses[pick % Math.max(1, responses.length)];
      if (r === undefined) return out;
      if (how === 'financial') {
        if (r.remedies?.[0] !== undefined) r.remedies[0] = { ...r.remedies[0], kind: 'financial' };
        return out;
      }
      const parts = ['reasons', 'escalation', 'ombudsman', 'outstandingActions', 'remedies', 'noRemedyReason', 'definition'] as const;
      const part = parts[pick % parts.length]!;
      if (pick % 3 === 0) (r as unknown as Record<string, unknown>)[part] = part === 'outstandingActions' || part === 'remedies' ? [] : '  ';
      else delete (r as unknown as Record<string, unknown>)[part];
      return out;
    }
    case 'void':
    case 'void-unknown': {
      const last = out[out.length - 1] as { at: string };
      out.push({ type: 'voided', at: last.at, eventIndex: how === 'void' ? at : out.length + 5, reason: 'Entered on the wrong complaint', by: 'officer-ann' });
      return out;
    }
  }
}

describe('replay equals applying the events one by one', () => {
  it('property: the same complaint or the same first error, plain and validated, and deadlines alike; inputs unchanged', () => {
    const breakages: readonly Breakage[] = ['none', 'none', 'drop', 'repeat', 'response-part', 'response-part', 'financial', 'void', 'void-unknown'];
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...contexts), fc.constantFrom(...breakages), fc.nat({ max: 1000 }), (seed, context, how, pick) => {
        const [generated] = [...generateComplaintEvents({ seed, count: 1, from: '2024-04-01', to: '2025-03-31', policy: context.policy, calendar })];
        const events = broken(generated!, how, pick);
        const before = structuredClone(events);
        const expected = oneByOne(events, context);
        const plain = replay(events, context);
        const validated = replay(events, context, { validated: true });
        expect(outcome(plain)).toEqual(outcome(expected));
        expect(outcome(validated)).toEqual(outcome(expected));
        if (expected.ok && plain.ok && validated.ok) {
          for (const asOf of [undefined, '2024-06-30', '2025-01-15', '2026-06-30']) {
            const want = deadlines(expected.value, context, asOf);
            expect(deadlines(plain.value, context, asOf)).toEqual(want);
            expect(deadlines(validated.value, context, asOf)).toEqual(want);
          }
        }
        expect(events).toEqual(before);
      }),
      { numRuns },
    );
  });

  it('the response-content short cut finds a breach exactly when the full check does, with the same findings', () => {
    const parts = ['reasons', 'escalation', 'ombudsman', 'outstandingActions', 'remedies', 'noRemedyReason', 'definition', 'stage'] as const;
    let compared = 0;
    let breaches = 0;
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom(...contexts), fc.subarray([...parts]), fc.boolean(), fc.boolean(), (seed, context, removed, blankInstead, financial) => {
        const [events] = [...generateComplaintEvents({ seed, count: 1, from: '2024-04-01', to: '2025-03-31', policy: context.policy, calendar })];
        for (let i = 1; i < events!.length; i++) {
          const e = events![i]!;
          if (e.type !== 'responded') continue;
          const prior = replay(events!.slice(0, i), context);
          if (!prior.ok || (prior.value.status !== 'stage-1' && prior.value.status !== 'stage-2')) continue;
          const ev = structuredClone(e) as unknown as Record<string, unknown>;
          for (const p of removed) {
            if (p === 'stage') ev.stage = ev.stage === 1 ? 2 : 1;
            else if (blankInstead) ev[p] = p === 'outstandingActions' || p === 'remedies' ? [] : ' ';
            else delete ev[p];
          }
          const remedies = ev.remedies as { kind: string; financial?: unknown }[] | undefined;
          if (financial && remedies?.[0] !== undefined) remedies[0] = { ...remedies[0], kind: remedies[0].kind === 'financial' ? 'apology' : 'financial' };
          const x = { c: prior.value, on: e.at.slice(0, 10), ctx: context, path: 'event', history: [], rebuild: () => prior } as unknown as Step<'stage-1' | 'stage-2'>;
          const full = contentGaps(x, ev as unknown as RespondedEvent, true);
          expect(contentGaps(x, ev as unknown as RespondedEvent)).toEqual(full);
          compared++;
          if (full.length > 0) breaches++;
        }
      }),
      // A fixed seed: the counts below then check the same responses on every run.
      { numRuns, seed: 20261203 },
    );
    // The comparison ran, on complete responses and on broken ones.
    expect(compared).toBeGreaterThan(numRuns / 2);
    expect(breaches).toBeGreaterThan(0);
    expect(breaches).toBeLessThan(compared);
  });

  it('a context checked once (its policy frozen) is checked again once its policy, calendar or versions change', () => {
    const ctx: { policy: unknown; calendar: unknown; versions?: unknown } = { policy: policies.wellington, calendar };
    const events = [receivedEv('2025-01-03')];
    expect(replay(events, ctx as LifecycleContext).ok).toBe(true);
    ctx.policy = { ...policies.wellington, stages: 'none' };
    expect(replay(events, ctx as LifecycleContext)).toMatchObject({ ok: false, error: { code: 'invalid-context', path: 'context.policy.stages' } });
    ctx.policy = policies.wellington;
    expect(replay(events, ctx as LifecycleContext).ok).toBe(true);
    ctx.calendar = {};
    expect(replay(events, ctx as LifecycleContext)).toMatchObject({ ok: false, error: { code: 'invalid-context' } });
    ctx.calendar = calendar;
    ctx.versions = 'all';
    const c = replay(events, { policy: policies.wellington, calendar });
    if (!c.ok) throw new Error(c.error.message);
    expect(() => deadlines(c.value, ctx as LifecycleContext)).toThrow(/context\.versions/);
  });
});

