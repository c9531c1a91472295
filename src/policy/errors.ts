import type * as z from 'zod/mini';
import type { Source } from '../core/source.js';
import { describe } from '../calendar/dates.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * Stable codes of {@link PolicyError}. Safe to match on.
 *
 * @example
 * ```ts
 * const r = parsePolicy(text);
 * if (!r.ok && r.error.some((e) => e.code === 'unknown-key')) console.error('the file has a field the schema does not know');
 * ```
 */
export const POLICY_ERROR_CODES = /* @__PURE__ */ deepFrozen([
  'unknown-key',
  'missing',
  'wrong-type',
  'not-whole-number',
  'negative',
  'too-large',
  'empty',
  'invalid-date',
  'not-allowed-value',
  'stage-count',
  'undefined-role',
  'duplicate-id',
  'date-order',
  'empty-source',
  'invalid-json',
  'invalid-overrides',
  'invalid',
  'no-versions',
  'mixed-organisations',
  'versions-overlap',
  'versions-gap',
  'no-version-in-force',
  'prototype-key',
  'invalid-closure',
] as const);
/**
 * One of {@link POLICY_ERROR_CODES}.
 *
 * @example
 * ```ts
 * const c: PolicyErrorCode = 'stage-count';
 * ```
 */
export type PolicyErrorCode = (typeof POLICY_ERROR_CODES)[number];

/**
 * What is wrong with a policy, a set of overrides or a set of policy versions: a stable `code`,
 * the dot `path` of the field at fault (`'stages.1.respond.workingDays'`; `''` for the whole
 * value), a plain-English `message`, and the `source` of the rule when the error enforces one
 * (three stages cites Code 5.3).
 *
 * @example
 * ```ts
 * const e: PolicyError = { code: 'negative', path: 'stages.0.respond.workingDays',
 *   message: 'stages.0.respond.workingDays must be 0 or more working days, got -1' };
 * ```
 */
export type PolicyError = {
  readonly code: PolicyErrorCode;
  readonly message: string;
  readonly path: string;
  readonly source?: Source;
};

const STAGE_COUNT_SOURCE: Source = /* @__PURE__ */ deepFrozen({ provision: '5.3', note: 'A process with more than two stages is not acceptable; both stages are required (5.2, 6.10).' });

/**
 * Joins a zod path into a dot path.
 *
 * @internal
 * @example
 * ```ts
 * dotPath(['stages', 1, 'respond']); // 'stages.1.respond'
 * ```
 */
export function dotPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

function at(path: string): string {
  return path === '' ? 'the policy' : path;
}

function isStagesPath(path: readonly PropertyKey[]): boolean {
  return path[path.length - 1] === 'stages';
}

/** Reads a value at a zod path in the validated input, for messages. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Turns zod issues into {@link PolicyError}s, one per problem, with dot paths and plain messages.
 * `prefix` is prepended to every path (used for `versions.2`).
 *
 * @internal
 * @example
 * ```ts
 * const r = Policy.safeParse(input);
 * if (!r.success) toPolicyErrors(r.error.issues, input);
 * ```
 */
export function toPolicyErrors(issues: readonly z.core.$ZodIssue[], input: unknown, prefix = ''): PolicyError[] {
  const out: PolicyError[] = [];
  const seen = new Set<string>();
  const push = (e: PolicyError) => {
    const path = prefix === '' ? e.path : e.path === '' ? prefix : `${prefix}.${e.path}`;
    const key = `${path}\u0000${e.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...e, path, message: e.message });
  };
  for (const issue of issues) {
    const path = dotPath(issue.path);
    const where = at(prefix === '' ? path : path === '' ? prefix : `${prefix}.${path}`);
    const got = valueAt(input, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const p = path === '' ? key : `${path}.${key}`;
          push({ code: 'unknown-key', path: p, message: `unknown key '${key}' in ${where}: policy objects accept only the fields of the schema` });
        }
        break;
      case 'invalid_type':
        if (got === undefined) {
          push({ code: 'missing', path, message: `${where} is required` });
        } else if (issue.expected === 'int' && typeof got === 'number' && Number.isFinite(got)) {
          push({ code: 'not-whole-number', path, message: `${where} must be a whole number, got ${got}` });
        } else {
          push({ code: 'wrong-type', path, message: `${where} must be ${article(issue.expected)}, got ${describe(got)}` });
        }
        break;
      case 'too_small':
        if (issue.origin === 'array' && isStagesPath(issue.path)) {
          push({ code: 'stage-count', path, message: `${where} must have exactly two stages, got ${Array.isArray(got) ? got.length : describe(got)}`, source: STAGE_COUNT_SOURCE });
        } else if (issue.origin === 'number' || issue.origin === 'int') {
          push({ code: 'negative', path, message: `${where} must be 0 or more, got ${describe(got)}` });
        } else {
          push({ code: 'empty', path, message: `${where} must not be empty` });
        }
        break;
      case 'too_big':
        if (issue.origin === 'array' && isStagesPath(issue.path)) {
          push({ code: 'stage-count', path, message: `${where} must have exactly two stages, got ${Array.isArray(got) ? got.length : describe(got)}: a process with more than two stages is not acceptable (Code 5.3)`, source: STAGE_COUNT_SOURCE });
        } else {
          push({ code: 'too-large', path, message: `${where} is too large, got ${describe(got)}` });
        }
        break;
      case 'invalid_value':
        push({ code: 'not-allowed-value', path, message: `${where} must be one of ${issue.values.map((v) => `'${String(v)}'`).join(', ')}, got ${describe(got)}` });
        break;
      case 'invalid_format':
        push({ code: 'invalid-date', path, message: `${where} must be a real calendar date written YYYY-MM-DD, got ${describe(got)}` });
        break;
      case 'invalid_key':
        push({ code: 'empty', path, message: `${where}: a role id must not be empty` });
        break;
      case 'custom': {
        const code = (issue.params as { code?: PolicyErrorCode } | undefined)?.code ?? 'invalid';
        push({ code, path, message: code === 'invalid-date' ? `${where} must be a real calendar date written YYYY-MM-DD, got ${describe(got)}` : `${where}: ${issue.message}` });
        break;
      }
      default:
        push({ code: 'invalid', path, message: `${where}: ${issue.message}` });
    }
  }
  return out;
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
