import * as z from 'zod/mini';
import { HousingComplaintsError } from '../../core/errors.js';
import { Policy, type PolicyInput } from '../schema.js';
import { wellingtonInput } from './wellington.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Validates a built-in policy at module load; a failure is a defect in the library itself. */
export function builtin(input: PolicyInput): Policy {
  const r = z.safeParse(Policy, input);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new HousingComplaintsError('invalid-builtin-policy', `built-in policy '${input.id}' is invalid at ${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`);
  }
  return deepFreeze(r.data);
}

/**
 * The built-in policies, validated and frozen.
 *
 * @example
 * ```ts
 * import { policies } from 'housing-complaints/policy';
 * policies.wellington.stages[0].respond.workingDays; // 10
 * ```
 */
export const policies = {
  wellington: builtin(wellingtonInput),
};
