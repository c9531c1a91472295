import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Policy, policies } from '../../src/policy/index.js';

const clone = <T>(x: T): T => structuredClone(x) as T;

describe('Policy schema', () => {
  it('accepts every built-in policy', () => {
    for (const p of Object.values(policies)) expect(Policy.safeParse(clone(p)).success).toBe(true);
  });

  it('rejects an unknown key (strict objects)', () => {
    const bad = { ...clone(policies.wellington), colour: 'red' };
    const r = Policy.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects three stages (Code 5.3: no more than two stages)', () => {
    const p = clone(policies.wellington);
    const bad = { ...p, stages: [p.stages[0], p.stages[1], p.stages[1]] };
    const r = Policy.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['stages']);
  });

  it.each([
    ['negative', -1],
    ['fractional', 2.5],
  ])('rejects a %s number of working days', (_, days) => {
    const p = clone(policies.wellington);
    p.stages[0].respond.workingDays = days;
    const r = Policy.safeParse(p);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['stages', 0, 'respond', 'workingDays']);
  });

  it.each(['2025-02-29', '2024-13-01', '1 Nov 2024'])('rejects %s as a date', (date) => {
    const p = clone(policies.wellington);
    p.adopted = date;
    const r = Policy.safeParse(p);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['adopted']);
  });

  it('rejects a procedure naming a role that is not defined', () => {
    const p = clone(policies.wellington);
    p.procedures[0]!.stages[1].decides = 'nobody';
    const r = Policy.safeParse(p);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['procedures', 0, 'stages', 1, 'decides']);
  });

  it('rejects a source that names nothing', () => {
    const p = clone(policies.wellington);
    p.timeLimit.source = {};
    expect(Policy.safeParse(p).success).toBe(false);
  });
});
