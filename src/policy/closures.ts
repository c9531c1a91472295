import { createCalendar, type CreateCalendarOptions, type WorkingDayCalendar } from '../calendar/calendar.js';
import type { RecurringClosure } from '../calendar/closures.js';
import { HousingComplaintsError } from '../core/errors.js';
import type { Policy } from './schema.js';
import { argumentError, isObject, readingAs } from '../core/guard.js';

/**
 * A policy's recurring closures as calendar closures, each effective while the policy is in force
 * (`policy.inForce`). Empty when the policy names none.
 *
 * @example
 * ```ts
 * createCalendar({ region: policy.region, closures: policyClosures(policy) });
 * ```
 */
export function policyClosures(policy: Pick<Policy, 'closures' | 'inForce'>): RecurringClosure[] {
  return readingAs({ fn: 'policyClosures', path: 'policy' }, 'a Policy', policy, () => closuresOf(policy));
}

function closuresOf(policy: Pick<Policy, 'closures' | 'inForce'>): RecurringClosure[] {
  if (!Array.isArray(policy.closures ?? [])) throw new TypeError('policy.closures is not an array');
  const effective = policy.inForce.to === undefined ? { from: policy.inForce.from } : { from: policy.inForce.from, to: policy.inForce.to };
  return (policy.closures ?? []).map((c) => (c.name === undefined ? { every: c.every, from: c.from, to: c.to, effective } : { every: c.every, from: c.from, to: c.to, name: c.name, effective }));
}

/**
 * The working-day calendar of a policy, or of every version of one: its region, and each version's
 * recurring closures for the dates that version is in force, plus any `options` (more closures, a
 * loaded bank holiday feed, ...). All versions must name the same region.
 *
 * @throws {@link HousingComplaintsError} `calendar-region-mismatch` when versions name different
 * regions, or `options.region` differs from theirs; and whatever `createCalendar` throws.
 *
 * @example
 * ```ts
 * declare const policy2024: Policy, policy2026: Policy; // two versions of one policy
 * const calendar = createPolicyCalendar([policy2024, policy2026], { bankHolidays: feed });
 * const inForce = policyInForce([policy2024, policy2026], '2026-05-01');
 * if (inForce.ok) console.log({ policy: inForce.value, calendar });
 * ```
 */
export function createPolicyCalendar(
  versions: Policy | readonly Policy[],
  options: Partial<CreateCalendarOptions> = {},
): WorkingDayCalendar {
  const list: readonly Policy[] = Array.isArray(versions) ? versions : [versions as Policy];
  for (let i = 0; i < list.length; i++) {
    const p = list[i] as unknown;
    if (!isObject(p) || !isObject(p.inForce)) throw argumentError({ fn: 'createPolicyCalendar', path: Array.isArray(versions) ? `versions.${i}` : 'versions' }, 'type', 'a Policy (with inForce)', p);
  }
  if (options !== undefined && !isObject(options)) throw argumentError({ fn: 'createPolicyCalendar', path: 'options' }, 'type', 'calendar options', options);
  const first = list[0];
  if (first === undefined) throw new HousingComplaintsError('invalid-options', 'createPolicyCalendar needs at least one policy', { path: 'versions' });
  for (const [i, p] of list.entries()) {
    if (p.region !== first.region) {
      throw new HousingComplaintsError('calendar-region-mismatch', `createPolicyCalendar: versions[${i}] (${p.id}) is for ${p.region}, versions[0] (${first.id}) for ${first.region}`, { path: `versions[${i}].region` });
    }
  }
  if (options.region !== undefined && options.region !== first.region) {
    throw new HousingComplaintsError('calendar-region-mismatch', `createPolicyCalendar: options.region is ${String(options.region)} but the policy is for ${first.region}`, { path: 'options.region' });
  }
  return createCalendar({ ...options, region: first.region, closures: [...(options.closures ?? []), ...list.flatMap(policyClosures)] });
}
