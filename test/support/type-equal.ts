/**
 * Type-level equality for type tests, checked by `tsc --noEmit` (`npm run typecheck`, the first
 * step of `npm test`): `Equal<A, B>` is `true` only when A and B are the same type (readonly,
 * optional and `undefined` included), not merely assignable one to the other.
 */
import type * as z from 'zod/mini';

export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when `T` is `true`. */
export type Assert<T extends true> = T;

/**
 * For a table of schemas as built and a table of the named types they must produce: per key,
 * whether the schema's output and input are both exactly the named type. A key of one table
 * missing from the other reads `'missing'`.
 */
export type SchemasMatch<Built, Named> = {
  [K in keyof Built | keyof Named]: K extends keyof Built
    ? K extends keyof Named
      ? Built[K] extends z.ZodMiniType
        ? [Equal<z.output<Built[K]>, Named[K]>, Equal<z.input<Built[K]>, Named[K]>] extends [true, true]
          ? true
          : { output: Equal<z.output<Built[K]>, Named[K]>; input: Equal<z.input<Built[K]>, Named[K]> }
        : 'not a schema'
      : 'missing'
    : 'missing';
};

/** `true` when every key of a {@link SchemasMatch} table is `true`. */
export type AllMatch<T> = Equal<T, { [K in keyof T]: true }>;

/** What an exported schema (typed `Schema<Output, Input>`, without zod's types) parses to. */
export type OutputOf<S> = S extends { parse(input: unknown): infer O } ? O : never;
/** What an exported schema (typed `Schema<Output, Input>`) accepts, from its Standard Schema `types`. */
export type InputOf<S> = S extends { readonly '~standard': { readonly types?: { readonly input: infer I } | undefined } } ? I : never;
