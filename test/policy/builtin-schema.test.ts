/**
 * The schema check of the built-in policies. The library does not run it when a module loads (so a
 * host that imports one built-in loads neither zod's policy schema nor the other five); it runs
 * here instead, so a built-in the schema would refuse fails the suite.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  Policy,
  policies,
  housingOmbudsmanCode2024,
  wellington,
  dennetts,
  chsCommercialClient,
  chsResidents,
  spsoModelScotland,
} from '../../src/policy/index.js';
import { isValidated } from '../../src/policy/validated.js';
import { builtin } from '../../src/policy/builtin/builtin.js';
import { wellingtonInput } from '../../src/policy/builtin/wellington.js';

const named = { housingOmbudsmanCode2024, wellington, dennetts, chsCommercialClient, chsResidents, spsoModelScotland };

describe('built-in policies against the schema', () => {
  for (const [key, policy] of Object.entries(policies)) {
    it(`${key} is accepted by the Policy schema, and parsing it changes nothing`, () => {
      const r = Policy.safeParse(policy);
      if (!r.success) throw new Error(`${key}: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
      expect(r.data).toStrictEqual(policy);
    });
  }

  it('every built-in is a named export, the same object as its entry in policies', () => {
    expect(Object.keys(named).sort()).toEqual(Object.keys(policies).sort());
    for (const [key, policy] of Object.entries(named)) expect(policies[key as keyof typeof policies]).toBe(policy);
  });

  it('every built-in is frozen all the way down and recorded as validated', () => {
    const unfrozen = (v: unknown, path: string): string[] =>
      v !== null && typeof v === 'object'
        ? [...(Object.isFrozen(v) ? [] : [path]), ...Object.entries(v).flatMap(([k, x]) => unfrozen(x, `${path}.${k}`))]
        : [];
    for (const [key, policy] of Object.entries(policies)) {
      expect(unfrozen(policy, key)).toEqual([]);
      expect(isValidated(policy)).toBe(true);
    }
  });

  it('a built-in is a copy: its data module stays as written and unfrozen', () => {
    expect(wellington).not.toBe(wellingtonInput);
    expect(Object.isFrozen(wellingtonInput.stages)).toBe(false);
    const made = builtin(wellingtonInput);
    expect(made.stages).not.toBe(wellingtonInput.stages);
    expect(made).toStrictEqual(wellington);
  });

  it('no built-in data module imports zod, so none validates when it loads', () => {
    const dir = fileURLToPath(new URL('../../src/policy/builtin/', import.meta.url));
    for (const file of ['index.ts', 'builtin.ts', 'code2024.ts', 'wellington.ts', 'dennetts.ts', 'chs-commercial.ts', 'chs-residents.ts', 'spso-mchp.ts']) {
      const text = readFileSync(dir + file, 'utf8');
      expect(/from 'zod/.test(text), file).toBe(false);
      expect(/import \{[^}]*\bPolicy\b[^}]*\} from '\.\.\/schema\.js'/.test(text.replace(/import type \{[^}]*\}[^;]*;/g, '')), file).toBe(false);
    }
  });
});
