/**
 * The library's one error convention. A function that takes host input returns a `Result`; when
 * it fails, its error carries `issues`: every problem found, each with a stable `code`, the `path`
 * of the field at fault, a plain-English `message` and the `source` of the rule it enforces.
 * `orThrow` is the throwing twin. Schema problems are explained here from zod's issue codes
 * (zod/mini loads no messages): the field, what was expected and what was given.
 */
import type * as z from 'zod/mini';
import { HousingComplaintsError } from './errors.js';
import type { Result } from './result.js';
import type { Source } from './source.js';
import type { SchemaIssue } from './schema-type.js';
import { argumentError } from './guard.js';

/**
 * One problem: a stable `code`, the `path` of the field at fault (`'event.channel'`,
 * `'events[3].at'`), a plain-English `message`, and the `source` of the rule it enforces. Schema
 * problems also say what kind of problem it is (`reason`), what was `expected` and what was
 * `received`.
 *
 * @example
 * ```ts
 * const p: Problem = { code: 'invalid-event', path: 'event.channel', reason: 'not-allowed-value',
 *   message: "event.channel must be one of 'telephone', 'text', ...; got 'fax'", expected: "one of 'telephone', ...", received: "'fax'",
 *   source: { note: 'event schema' } };
 * ```
 */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly path: string;
  readonly message: string;
  readonly source: Source;
  readonly reason?: SchemaProblemReason;
  readonly expected?: string;
  readonly received?: string;
  /** For a documented limit or a bound: the limit itself, as a number. */
  readonly limit?: number;
}

/**
 * What kind of schema problem a {@link Problem} is.
 *
 * @example
 * ```ts
 * const r: SchemaProblemReason = 'unknown-key';
 * ```
 */
export type SchemaProblemReason = 'unknown-key' | 'missing' | 'wrong-type' | 'not-whole-number' | 'not-allowed-value' | 'too-small' | 'too-large' | 'invalid';

/**
 * The value of a failed {@link Result}, or throws a {@link HousingComplaintsError} carrying the
 * error's code, path, source and `issues`: the throwing twin of every `Result`-returning function.
 *
 * @example
 * ```ts
 * const complaint = orThrow(replay(events, context)); // throws HousingComplaintsError('invalid-event', ...) on bad input
 * ```
 */
export function orThrow<T, E>(result: Result<T, E>): T {
  if (typeof result !== 'object' || result === null) throw argumentError({ fn: 'orThrow', path: 'result' }, 'type', 'a Result { ok: true, value } or { ok: false, error }', result);
  if (result.ok) return result.value;
  const e = result.error as unknown;
  const first = (Array.isArray(e) ? e[0] : e) as Partial<Problem> | undefined;
  const issues = Array.isArray(e) ? (e as Problem[]) : ((first as { issues?: readonly Problem[] } | undefined)?.issues ?? (first === undefined ? [] : [first as Problem]));
  const err = new HousingComplaintsError(first?.code ?? 'invalid', first?.message ?? 'the input was refused', {
    ...(first?.path === undefined ? {} : { path: first.path }),
    ...(first?.source === undefined ? {} : { source: first.source }),
  });
  Object.defineProperty(err, 'issues', { value: issues, enumerable: true });
  throw err;
}

/** A value as it reads in a message: strings quoted, objects and arrays named. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** The value at a zod path in the input (own properties only). */
function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return { found: false, value: undefined };
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: v };
}

const TYPE_NAMES: Readonly<Record<string, string>> = { int: 'a whole number', string: 'a string', number: 'a number', boolean: 'true or false', object: 'an object', array: 'an array', record: 'an object' };

function quoteAll(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
}

/** Joins a base path and a zod path: `event` + `['definition', 'issues', 0]` is `event.definition.issues.0`. */
export function joinPath(base: string, path: readonly PropertyKey[]): string {
  if (path.length === 0) return base;
  const rest = path.map(String).join('.');
  return base === '' ? rest : `${base}.${rest}`;
}

/** zod's default message, which says nothing: a schema's own message is used when it gives one. */
const DEFAULT_MESSAGE = 'Invalid input';

/**
 * Explains the issues a schema of the package found (`safeParse`'s `error.issues`; they are zod's
 * issues) as {@link Problem}s, one per problem (an unknown key each), naming the field,
 * what was expected (the allowed values, "required", the type, the limit) and what was given.
 * `what` names the thing checked in messages (`'a received event'`).
 *
 * @example
 * ```ts
 * declare const input: unknown;
 * const r = LifecycleEvent.safeParse(input);
 * if (!r.success) explainSchemaIssues(r.error.issues, input, 'event', 'invalid-event', { note: 'event schema' });
 * ```
 */
export function explainSchemaIssues<Code extends string>(
  issues: readonly SchemaIssue[],
  input: unknown,
  base: string,
  code: Code,
  source: Source,
  what?: (path: readonly PropertyKey[]) => string | undefined,
): Problem<Code>[] {
  if (!Array.isArray(issues)) throw argumentError({ fn: 'explainSchemaIssues', path: 'issues' }, 'type', "an array of zod issues (a failed safeParse's error.issues)", issues);
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as unknown as { code?: unknown; path?: unknown } | null;
    if (typeof issue !== 'object' || issue === null || typeof issue.code !== 'string' || !Array.isArray(issue.path)) throw argumentError({ fn: 'explainSchemaIssues', path: `issues.${i}` }, 'shape', 'a zod issue { code, path, message }', issue);
  }
  if (typeof base !== 'string') throw argumentError({ fn: 'explainSchemaIssues', path: 'base' }, 'type', 'a string', base);
  return explainIssues(issues, input, base, code, source, what);
}

/**
 * {@link explainSchemaIssues} without the checks of its arguments, for the library's own callers,
 * which pass the issues of a failed check as the check made them.
 *
 * @internal
 * @example
 * ```ts
 * const problems = explainIssues(r.error.issues, input, 'events[1]', 'invalid-event', { note: 'event schema' });
 * ```
 */
export function explainIssues<Code extends string>(
  issues: readonly SchemaIssue[],
  input: unknown,
  base: string,
  code: Code,
  source: Source,
  what?: (path: readonly PropertyKey[]) => string | undefined,
): Problem<Code>[] {
  const out: Problem<Code>[] = [];
  const push = (path: string, reason: SchemaProblemReason, message: string, expected: string | undefined, received: string | undefined) => {
    out.push({ code, path, message, source, reason, ...(expected === undefined ? {} : { expected }), ...(received === undefined ? {} : { received }) });
  };
  // The package's schemas are zod schemas: their issues are zod's (an issue of another kind has
  // only `code`, `path` and `message`, and is explained by its message, in the default branch).
  const zodIssues = issues as readonly z.core.$ZodIssue[];
  for (const issue of zodIssues) {
    const where = joinPath(base, issue.path);
    const got = valueAt(input, issue.path);
    const given = shown(got.value);
    const own = issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
    switch (issue.code) {
      case 'unrecognized_keys': {
        const of = what?.(issue.path);
        for (const key of issue.keys) {
          push(joinPath(where, [key]), 'unknown-key', `${joinPath(where, [key])} is not a field${of === undefined ? '' : ` of ${of}`} (unknown keys are refused: check the spelling)`, 'no such key', `'${key}'`);
        }
        break;
      }
      case 'invalid_type': {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        if (!got.found || got.value === undefined) push(where, 'missing', `${where} is required (${expected})`, `${expected} (required)`, 'nothing');
        else if (issue.expected === 'int' && typeof got.value === 'number') push(where, 'not-whole-number', `${where} must be a whole number; got ${given}`, expected, given);
        else push(where, 'wrong-type', `${where} must be ${expected}; got ${given}`, expected, given);
        break;
      }
      case 'invalid_value': {
        const expected = issue.values.length === 1 ? quoteAll(issue.values) : `one of ${quoteAll(issue.values)}`;
        push(where, 'not-allowed-value', `${where} must be ${expected}; got ${given}`, expected, given);
        break;
      }
      case 'invalid_union': {
        const options = (issue as { options?: readonly unknown[] }).options;
        if (options !== undefined) {
          const expected = `one of ${quoteAll(options)}`;
          if (!got.found) push(where, 'missing', `${where} is required (${expected})`, `${expected} (required)`, 'nothing');
          else push(where, 'not-allowed-value', `${where} must be ${expected}; got ${given}`, expected, given);
        } else push(where, 'invalid', `${where} does not match any of the allowed shapes; got ${given}`, undefined, given);
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const n = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
        const unit = issue.origin === 'string' ? (n === 1 ? ' character' : ' characters') : issue.origin === 'array' ? (n === 1 ? ' item' : ' items') : '';
        const limit = `${small ? 'at least' : 'at most'} ${n}${unit}`;
        const size = issue.origin === 'array' && Array.isArray(got.value) ? `${got.value.length}` : issue.origin === 'string' && typeof got.value === 'string' ? `${given} (${got.value.length})` : given;
        push(where, small ? 'too-small' : 'too-large', `${where} ${own ?? 'is out of range'}: expected ${limit}; got ${size}`, limit, size);
        break;
      }
      default: {
        // A check may say what kind of problem it is (a date outside the supported range: the date
        // checks of core/date-check.ts): its reason, expectation and limit are reported.
        const p = (issue as { params?: { reason?: SchemaProblemReason; expected?: string; limit?: number } }).params;
        push(where, p?.reason ?? 'invalid', `${where} ${own ?? 'is invalid'}; got ${given}`, p?.expected ?? own, given);
        if (p?.limit !== undefined) (out[out.length - 1] as { limit?: number }).limit = p.limit;
      }
    }
  }
  return out;
}
