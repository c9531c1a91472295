import type { WorkingDayCalendar } from '../calendar/calendar.js';
import { HousingComplaintsError } from '../core/errors.js';
import type { Policy } from '../policy/schema.js';
import { policyInForce } from '../policy/in-force.js';
import type { Complaint } from './complaint.js';
import { lifecycleError, type LifecycleError } from './errors.js';
import { type Result, err, ok } from '../core/result.js';

/**
 * What every lifecycle function needs: the policy the complaint is handled under and the
 * working-day calendar of its region. `versions` may list the policy's versions (each with its
 * `inForce` dates): a complaint is then started under the version in force on the date it was
 * received (`policyInForce`), and every later call uses the version the complaint records.
 *
 * @example
 * ```ts
 * const context: LifecycleContext = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
 * ```
 */
export interface LifecycleContext {
  readonly policy: Policy;
  readonly calendar: WorkingDayCalendar;
  /** The policy's versions, of one organisation; the version in force at receipt applies to each complaint. */
  readonly versions?: readonly Policy[];
  /**
   * The host's "now" (a London date `YYYY-MM-DD`, or an instant): events dated after it are refused
   * (`event-after-now`). The library reads no clock; leave it out to accept any date.
   */
  readonly now?: string;
}

/** The context a complaint received on `receivedOn` starts under: the version in force then, when the context lists versions. */
export function contextAtReceipt(context: LifecycleContext, receivedOn: string, path: string): Result<LifecycleContext, LifecycleError> {
  if (context.versions === undefined) return ok(context);
  const r = policyInForce(context.versions, receivedOn);
  if (!r.ok) {
    return err(lifecycleError(r.error.map((e) => ({ code: 'no-policy-in-force' as const, path, message: `no version of the policy is in force on ${receivedOn}, the date received: ${e.message}`, source: { note: 'policyInForce' } }))));
  }
  return ok(r.value === context.policy ? context : { ...context, policy: r.value });
}

/**
 * The context a stored complaint is handled under: the context itself when its policy is the one
 * the complaint records, the recorded version from `versions` when the context lists them, and
 * otherwise a `policy-mismatch` error (a complaint is never silently recomputed under another
 * policy).
 *
 * @example
 * ```ts
 * const ctx = boundContext(complaint, context); // { ok: false, error: { code: 'policy-mismatch', ... } } under another policy
 * ```
 */
export function boundContext(complaint: Complaint, context: LifecycleContext): Result<LifecycleContext, LifecycleError> {
  if (matches(context.policy, complaint)) return ok(context);
  const v = context.versions?.find((p) => matches(p, complaint));
  if (v !== undefined) return ok({ ...context, policy: v });
  const recorded = complaint.policyVersion === undefined ? `'${complaint.policyId}'` : `'${complaint.policyId}' (in force from ${complaint.policyVersion})`;
  const given = `'${context.policy.id}' (in force from ${context.policy.inForce.from})${context.versions === undefined ? '' : ` or one of its ${context.versions.length} versions`}`;
  return err(
    lifecycleError([
      { code: 'policy-mismatch', path: 'context.policy', message: `complaint '${complaint.id}' was recorded under policy ${recorded}; the context gives ${given}. Use the complaint's own policy (or list its versions in context.versions)`, source: { note: 'the complaint records its policy (policyId, policyVersion)' } },
    ]),
  );
}

/** {@link boundContext} for functions that return no Result: throws the error as a HousingComplaintsError. */
export function boundContextOrThrow(complaint: Complaint, context: LifecycleContext, fn: string): LifecycleContext {
  // The usual call: the context's policy is the complaint's own.
  if (matches(context.policy, complaint)) return context;
  const r = boundContext(complaint, context);
  if (r.ok) return r.value;
  throw new HousingComplaintsError(r.error.code, `${fn}: ${r.error.message}`, { path: r.error.path ?? 'context', source: r.error.source });
}

function matches(p: Policy, c: Complaint): boolean {
  return p.id === c.policyId && (c.policyVersion === undefined || p.inForce.from === c.policyVersion);
}
