// Every table the package exports is frozen all the way down: the library keeps answers derived
// from them (the lint's findings on a built-in, deadlines per calendar, exclusion messages), so a
// table a host could change would make those answers disagree with a fresh computation. A change
// throws instead, at the line that makes it.
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { deepFrozen } from '../../src/core/freeze.js';
import { CODE_2024, SCHEMES, SCHEME_BASICS, MODEL_TIMESCALES, lintPolicy, wellington } from '../../src/policy/index.js';

const MODULES = ['calendar', 'policy', 'lifecycle', 'exclusions', 'outcomes', 'reporting', 'self-assessment'] as const;

function isData(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

/** The path of the first object or array under `v` that is not frozen, or undefined. */
function firstThawed(v: unknown, path: string, seen: Set<object>): string | undefined {
  if (!isData(v) || seen.has(v)) return undefined;
  seen.add(v);
  if (!Object.isFrozen(v)) return path;
  for (const [k, c] of Object.entries(v)) {
    const found = firstThawed(c, `${path}.${k}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('exported tables', () => {
  it('every exported object or array of every module is frozen all the way down', async () => {
    const namespaces: [string, Record<string, unknown>][] = [['housing-complaints', root as Record<string, unknown>]];
    for (const m of MODULES) namespaces.push([m, (await import(`../../src/${m}/index.ts`)) as Record<string, unknown>]);
    const thawed: string[] = [];
    let tables = 0;
    for (const [m, ns] of namespaces) {
      for (const [name, value] of Object.entries(ns)) {
        // zod schemas are objects with their own lazy state; they are not data tables.
        if (!isData(value) || '_zod' in value) continue;
        tables++;
        const found = firstThawed(value, `${m}: ${name}`, new Set());
        if (found !== undefined) thawed.push(found);
      }
    }
    expect(thawed).toEqual([]);
    // The walk saw the tables (a check that finds nothing to check would pass on anything).
    expect(tables).toBeGreaterThan(100);
  });

  it('a change to the Code table or the schemes throws rather than changing kept answers', () => {
    const before = lintPolicy(wellington);
    expect(() => {
      (CODE_2024.stages[0].respond as { workingDays: number }).workingDays = 15;
    }).toThrow(TypeError);
    expect(() => {
      (SCHEMES['housing-ombudsman'] as { name: string }).name = 'Someone else';
    }).toThrow(TypeError);
    expect(() => {
      (SCHEME_BASICS.spso.referral as { anyTime: boolean }).anyTime = false;
    }).toThrow(TypeError);
    expect(() => {
      (MODEL_TIMESCALES.spso as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(CODE_2024.stages[0].respond.workingDays).toBe(10);
    expect(lintPolicy(wellington)).toEqual(before);
  });
});

describe('deepFrozen', () => {
  it('freezes what a shallow freeze left open inside, and returns the same value', () => {
    const inner = { days: [1, 2] };
    const outer = Object.freeze({ inner });
    expect(deepFrozen(outer)).toBe(outer);
    expect(Object.isFrozen(inner)).toBe(true);
    expect(Object.isFrozen(inner.days)).toBe(true);
  });

  it('stops at a value it has seen, so a cycle ends', () => {
    const a: { self?: unknown; list: unknown[] } = { list: [] };
    a.self = a;
    a.list.push(a);
    expect(Object.isFrozen(deepFrozen(a))).toBe(true);
    expect(Object.isFrozen(a.list)).toBe(true);
  });
});
