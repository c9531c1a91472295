/**
 * The outcome of an operation on untrusted input: a value, or an error that says what was wrong.
 *
 * @example
 * ```ts
 * declare const json: unknown;
 * const r: Result<Policy, PolicyError[]> = parsePolicy(json);
 * if (r.ok) console.log(r.value.id); else console.error(r.error.map((e) => e.message));
 * ```
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * ```ts
 * const r: Result<number, string> = ok(3); // { ok: true, value: 3 }
 * ```
 */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @example
 * ```ts
 * const r: Result<number, string> = err('not a number'); // { ok: false, error: 'not a number' }
 * ```
 */
export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
