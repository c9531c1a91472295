import { deepFrozen } from '../core/freeze.js';

/**
 * Policies the library validated itself. Each is deep-frozen when it is recorded, so it cannot
 * change after validation, and a check that needs a valid policy (the lint's value check) can skip
 * the schema for it instead of validating the same object again on every call.
 *
 * Two records: `CHECKED` holds every policy the schema accepted and the library froze (the
 * built-ins, and what `parsePolicy`, `assertPolicy` and `definePolicy` return); `VALIDATED` holds
 * only the built-ins, the policies whose worked-out answers the library may keep between calls.
 */
const CHECKED = new WeakSet<object>();
const VALIDATED = new WeakSet<object>();

/**
 * Freezes a policy the schema has just built, and everything it holds. Its objects are all new and
 * plain (the schema's output, a tree shared with no caller), so the walk needs no record of what it
 * has seen (as `deepFrozen` keeps) nor any test of what is frozen already. About twice as fast as
 * `deepFrozen` on a policy, which matters to `parsePolicy` and `definePolicy`.
 */
function deepFreeze(value: object): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v !== null && typeof v === 'object') deepFreeze(v);
    }
  } else {
    for (const key in value) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') deepFreeze(v);
    }
  }
  Object.freeze(value);
}

/**
 * Deep-freezes a policy the schema has just accepted (a new object the library built, shared with
 * no caller) and records it as checked.
 *
 * @internal
 * @example
 * ```ts
 * return ok(markChecked(parsed.data));
 * ```
 */
export function markChecked<T extends object>(policy: T): T {
  deepFreeze(policy);
  CHECKED.add(policy);
  return policy;
}

/**
 * Deep-freezes a built-in policy and records it as validated (and checked).
 *
 * @internal
 * @example
 * ```ts
 * const policy = markValidated(copy(input));
 * ```
 */
export function markValidated<T extends object>(policy: T): T {
  deepFrozen(policy);
  CHECKED.add(policy);
  VALIDATED.add(policy);
  return policy;
}

/**
 * Whether a value is a built-in policy (validated and frozen by the library), whose worked-out
 * answers may be kept between calls.
 *
 * @internal
 * @example
 * ```ts
 * isValidated(policies.wellington); // true
 * ```
 */
export function isValidated(value: unknown): boolean {
  return typeof value === 'object' && value !== null && VALIDATED.has(value);
}

/**
 * Whether a value is a policy the schema accepted and the library froze: a built-in, or a policy
 * `parsePolicy`, `assertPolicy` or `definePolicy` returned. Its values need no second check.
 *
 * @internal
 * @example
 * ```ts
 * isChecked(policies.wellington); // true
 * ```
 */
export function isChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && CHECKED.has(value);
}
