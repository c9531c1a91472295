import type * as z from 'zod/mini';
import { derivedParse } from '../core/derived-schema.js';
import { HousingComplaintsError } from '../core/errors.js';
import { type Result, err, ok } from '../core/result.js';
import { type PolicyError, toPolicyErrors } from './errors.js';
import { policyChecks } from './policy-checks.generated.js';
import type { Policy, PolicyInput } from './schema.js';
import { markChecked } from './validated.js';

/**
 * A deep partial of `T` in which arrays (and the two-stage tuples) are taken whole: an array in
 * an override replaces the base array.
 *
 * @example
 * ```ts
 * const o: DeepPartial<{ a: { b: number; c: string[] } }> = { a: { c: ['x'] } };
 * ```
 */
export type DeepPartial<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends readonly unknown[]
    ? T | Readonly<T>
    : { [K in keyof T]?: DeepPartial<T[K]> };

/**
 * Overrides of a base policy for {@link definePolicy}: any field at any depth may be given; objects
 * merge key by key, arrays (`procedures`, `stages`, `exclusions`, `channels`, ...) replace, `null`
 * replaces, and a key set to `undefined` removes an optional field (such as `inForce.to`).
 *
 * @example
 * ```ts
 * const o: PolicyOverrides = { organisation: 'Acacia Co-op', timeLimit: { months: 12 } };
 * ```
 */
export type PolicyOverrides = DeepPartial<PolicyInput>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Sets an own property, even for keys such as `__proto__`, so it is seen (and refused) as an unknown key. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Merges `over` onto `base` without touching either: objects by key, everything else replaces. */
function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(over) || !isPlainObject(base)) return over;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) setOwn(out, key, base[key]);
  for (const key of Object.keys(over)) {
    const value = over[key];
    if (value === undefined) {
      delete out[key];
    } else {
      setOwn(out, key, merge(Object.hasOwn(out, key) ? out[key] : undefined, value));
    }
  }
  return out;
}

/**
 * Own keys named `__proto__` anywhere in the input (JSON.parse makes them): the schema library
 * skips such a key in records, and a plain object cannot hold it as data, so it is refused here
 * rather than silently dropped. Linear in the size of the input: a first walk only looks for the
 * key (no paths are built, as nearly every policy has none), and the paths are worked out only
 * when one is found.
 */
function prototypeKeys(input: unknown): PolicyError[] {
  return hasPrototypeKey(input) ? prototypeKeyPaths(input) : [];
}

const isWalkable = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * Whether an own `__proto__` key sits anywhere in `input`. Called only after the schema accepted
 * the input, which it reads in full (the policy schema has no field of unknown content), so the
 * input has no cycle and this walk ends, in the time the schema already took.
 */
function hasPrototypeKey(input: unknown): boolean {
  if (!isWalkable(input)) return false;
  const stack: object[] = [input];
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) if (isWalkable(item)) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return true;
      const child = (value as Record<string, unknown>)[key];
      if (isWalkable(child)) stack.push(child);
    }
  }
  return false;
}

/** The `__proto__` keys of `input`, each with its dot path. */
function prototypeKeyPaths(input: unknown): PolicyError[] {
  const found: PolicyError[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: input, path: '' }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (!isWalkable(value) || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key === '__proto__') found.push({ code: 'prototype-key', path: at, message: `${at}: a key cannot be named '__proto__'` });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return found;
}

function validate(input: unknown): Result<Policy, PolicyError[]> {
  // The Policy schema's checks, derived from it: the same answer and the same issues as zod's safeParse, without loading zod.
  const r = derivedParse(policyChecks, input);
  if (!r.success) return err(toPolicyErrors(r.error.issues as unknown as z.core.$ZodIssue[], input));
  // The schema accepted it, so any __proto__ key sat in a record (such as roles) and was dropped.
  const proto = prototypeKeys(input);
  // The output is new objects the schema built, shared with no caller: frozen, and recorded as checked.
  return proto.length > 0 ? err(proto) : ok(markChecked(r.data));
}

/**
 * Derives a policy from a base policy and overrides, and validates the result. Objects merge key
 * by key; arrays replace; unknown keys and impossible values (negative or fractional working
 * days, three stages, a date that is not a date, a role no one defined) are errors, each with a
 * dot path, a code and a message, and the source of the rule where one is enforced (three stages:
 * Code 5.3). Neither argument is modified. The result is new objects, deep-frozen: to change it,
 * derive again from it.
 *
 * @example
 * ```ts
 * import { definePolicy, policies } from 'housing-complaints/policy';
 * const r = definePolicy(policies.wellington, {
 *   id: 'acacia-2025-04', organisation: 'Acacia Housing Co-operative',
 *   adopted: '2025-04-10', inForce: { from: '2025-04-10' },
 * });
 * if (r.ok) console.log(r.value.stages[0].respond?.workingDays); // 10
 * else for (const e of r.error) console.log(e.path, e.message);
 * ```
 */
export function definePolicy(base: Policy, overrides: PolicyOverrides): Result<Policy, PolicyError[]> {
  if (!isPlainObject(overrides)) {
    return err([{ code: 'invalid-overrides', path: '', message: 'overrides must be a plain object of policy fields' }]);
  }
  return validate(merge(base, overrides));
}

/**
 * Validates a policy read from a JSON file: either the parsed value or the JSON text. A top-level
 * `"$schema"` key (which editors use to find `housing-complaints/policy.schema.json`) is allowed
 * and dropped. The result is new objects, deep-frozen; the value read is not changed.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parsePolicy } from 'housing-complaints/policy';
 * const r = parsePolicy(readFileSync('acacia.policy.json', 'utf8'));
 * if (!r.ok) for (const e of r.error) console.error(`${e.path}: ${e.message}`);
 * ```
 */
export function parsePolicy(json: unknown): Result<Policy, PolicyError[]> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (e) {
      return err([{ code: 'invalid-json', path: '', message: `the policy is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }]);
    }
  }
  if (isPlainObject(value) && Object.hasOwn(value, '$schema') && typeof value['$schema'] === 'string') {
    const { $schema: _ignored, ...rest } = value;
    value = rest;
  }
  return validate(value);
}

/**
 * The throwing twin of {@link parsePolicy}: returns the validated policy or throws a
 * `HousingComplaintsError` (code `'invalid-policy'`) naming the first field at fault and listing
 * every problem.
 *
 * @example
 * ```ts
 * const policy = assertPolicy(JSON.parse(text)); // throws on an invalid policy
 * ```
 */
export function assertPolicy(json: unknown): Policy {
  const r = parsePolicy(json);
  if (r.ok) return r.value;
  const first = r.error[0];
  throw new HousingComplaintsError('invalid-policy', `invalid policy: ${r.error.map((e) => `${e.path || '(policy)'}: ${e.message}`).join('; ')}`, {
    ...(first !== undefined ? { path: first.path } : {}),
    ...(first?.source !== undefined ? { source: first.source } : {}),
  });
}
