/**
 * How a built-in policy becomes a `Policy`: its data is copied and deep-frozen, and recorded as one
 * the library vouches for. The schema check is not run here, when a module loads: it runs in the
 * test suite (`test/policy/builtin-schema.test.ts` checks every built-in against `Policy`), so that
 * a host importing one built-in loads neither the schema nor the other built-ins.
 */
import type { Policy, PolicyInput } from '../schema.js';
import { markValidated } from '../validated.js';

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v);
    return out;
  }
  return value;
}

/**
 * A built-in policy's data as a frozen `Policy`, recorded as validated (its schema check is a test).
 * A fresh copy is frozen, so the data module's own objects stay as written.
 *
 * @internal
 * @example
 * ```ts
 * export const wellington: Policy = builtin(wellingtonInput);
 * ```
 */
export function builtin(input: PolicyInput): Policy {
  // PolicyInput and Policy differ only where the schema transforms, and no policy field is
  // transformed; the test suite parses every built-in and compares the result with this copy.
  return markValidated(copy(input) as Policy);
}
