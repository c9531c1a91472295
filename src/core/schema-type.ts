/**
 * The type the package's exported schemas are declared with (`Complaint`, `LifecycleEvent`,
 * `Policy`, ...). It names only what hosts use, so the declarations do not load zod's: the values
 * are zod schemas at run time, and this file imports nothing.
 */

/**
 * One problem a schema found: where (`path`, keys and indexes from the value's root), what (`code`)
 * and a message.
 *
 * @example
 * ```ts
 * const issue: SchemaIssue = { code: 'invalid_type', path: ['definition', 'issues', 0], message: 'Invalid input' };
 * ```
 */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * What `safeParse` returns: the parsed value, or the issues found.
 *
 * @example
 * ```ts
 * const r: SchemaResult<string> = { success: false, error: { issues: [{ code: 'custom', path: [], message: 'not a date' }] } };
 * ```
 */
export type SchemaResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: readonly SchemaIssue[] } };

/**
 * The result of a schema's Standard Schema `validate`: the value, or the issues found.
 *
 * @example
 * ```ts
 * const r: StandardResult<number> = { value: 10 };
 * ```
 */
export type StandardResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: readonly { readonly message: string; readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined }[] };

/**
 * A schema of the package: it checks an unknown value (JSON from a request or from storage) and
 * returns it typed `Output`. `Input` is the type it accepts, when that differs (a value with
 * defaults still to fill). Each also has the `~standard` property of the Standard Schema
 * specification (version 1), for libraries that accept any such schema.
 *
 * @example
 * ```ts
 * import { LifecycleEvent } from 'housing-complaints/lifecycle';
 * const r = LifecycleEvent.safeParse(JSON.parse('{"type":"withdrawn","at":"2025-01-20"}'));
 * if (!r.success) console.log(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
 * ```
 */
export interface Schema<Output, Input = Output> {
  /** The value, typed; throws an error listing the issues when it does not match. */
  parse(input: unknown): Output;
  /** The value, typed, or the issues found; never throws for a value that does not match. */
  safeParse(input: unknown): SchemaResult<Output>;
  /** The Standard Schema (version 1) properties. */
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
