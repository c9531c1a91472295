/**
 * The policy schema's rules beyond types and bounds, as named functions: the zod schema
 * (./schema.ts) is built from them, and the validator derived from it
 * (./policy-checks.generated.ts) calls the same functions, so a rule is written once. None of them
 * loads zod.
 *
 * @internal
 */
import { closureRule } from '../calendar/closures.js';
import type { CheckPayload } from '../core/derived-schema.js';
import type { Period, Policy, PolicySource } from './schema.js';

/** A source names a provision, a policy section or a note (a quote alone is not a source). */
export function namesASource(s: PolicySource): boolean {
  return s.provision !== undefined || s.policy !== undefined || s.note !== undefined;
}

/** A period is counted in months or in working days: exactly one of the two. */
export function hasOneUnit(p: Period): boolean {
  return (p.months === undefined) !== (p.workingDays === undefined);
}

/** A role id other than `__proto__`: a plain object cannot hold that key as data (setting it changes the prototype), so such a role would vanish. */
export function isNotPrototypeKey(id: string): boolean {
  return id !== '__proto__';
}

/**
 * A policy's consistency, checked once its shape is valid (zod's `z.check`: issues are pushed onto
 * the payload): every role a procedure names is defined in `roles`, procedure ids and detriment
 * factors are not listed twice, each
 * recurring closure is a real one, and `inForce.to` is not before `inForce.from`.
 */
export function policyConsistency(payload: CheckPayload<Policy>): void {
  const p = payload.value;
  const add = (message: string, code: string, path: PropertyKey[], input: unknown): void => {
    payload.issues.push({ code: 'custom', message, params: { code }, path, input, continue: true });
  };
  p.procedures.forEach((proc, i) => {
    proc.notifyOnReceipt.forEach((role, k) => {
      if (!Object.hasOwn(p.roles, role)) add(`role '${role}' is not defined in roles`, 'undefined-role', ['procedures', i, 'notifyOnReceipt', k], role);
    });
    proc.stages.forEach((stage, s) => {
      for (const key of ['acknowledges', 'investigates', 'decides', 'communicates'] as const) {
        if (!Object.hasOwn(p.roles, stage[key])) add(`role '${stage[key]}' is not defined in roles`, 'undefined-role', ['procedures', i, 'stages', s, key], stage[key]);
      }
      stage.notifies.forEach((role, k) => {
        if (!Object.hasOwn(p.roles, role)) add(`role '${role}' is not defined in roles`, 'undefined-role', ['procedures', i, 'stages', s, 'notifies', k], role);
      });
    });
  });
  const ids = new Set<string>();
  p.procedures.forEach((proc, i) => {
    if (ids.has(proc.id)) add(`procedure id '${proc.id}' is used twice`, 'duplicate-id', ['procedures', i, 'id'], proc.id);
    ids.add(proc.id);
  });
  p.closures?.forEach((c, i) => {
    // A malformed end is already reported by the field's own check.
    if (!/^\d\d-\d\d$/.test(String(c.from)) || !/^\d\d-\d\d$/.test(String(c.to))) return;
    try {
      closureRule({ every: c.every, from: c.from, to: c.to }, `closures.${i}`);
    } catch (e) {
      const at = e instanceof Error && 'path' in e && typeof e.path === 'string' ? e.path.split('.').slice(2) : [];
      const message = e instanceof Error ? e.message.replace(/^housing-complaints: closures\.\d+(\.\w+)? ?/, '') : 'invalid closure';
      add(message, 'invalid-closure', ['closures', i, ...at], c);
    }
  });
  const factorIds = new Set<string>();
  p.detrimentFactors.factors?.forEach((f, i) => {
    if (factorIds.has(f.id)) add(`detriment factor '${f.id}' is listed twice`, 'duplicate-id', ['detrimentFactors', 'factors', i, 'id'], f.id);
    factorIds.add(f.id);
  });
  if (p.inForce.to !== undefined && p.inForce.to < p.inForce.from) {
    add(`inForce.to (${p.inForce.to}) is before inForce.from (${p.inForce.from})`, 'date-order', ['inForce', 'to'], p.inForce.to);
  }
}
