import { deepFrozen } from '../core/freeze.js';

/**
 * The built-in policies, validated at module load. Each is deep-frozen when it is recorded, so it
 * cannot change after validation, and a check that needs a valid policy (the lint's value check)
 * can skip the schema for it instead of validating the same object again on every call. Policies a
 * host parses or derives are not frozen (a host may change its own copy), so they are not recorded.
 */
const VALIDATED = new WeakSet<object>();

/**
 * Deep-freezes a built-in policy the schema has just accepted and records it as validated.
 *
 * @internal
 * @example
 * ```ts
 * const policy = markValidated(parsed.data);
 * ```
 */
export function markValidated<T extends object>(policy: T): T {
  deepFrozen(policy);
  VALIDATED.add(policy);
  return policy;
}

/**
 * Whether a value is a policy the library validated (and froze) itself.
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
