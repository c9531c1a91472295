import * as z from 'zod/mini';
import type { Source as SourceShape } from './source.js';
import type { Schema } from './schema-type.js';

/** @internal The schema as built, for the type test against {@link Source}. */
export const sourceSchema = /* @__PURE__ */ (() =>
  z.object({
    provision: z.optional(z.string()),
    policy: z.optional(z.string()),
    note: z.optional(z.string()),
    quote: z.optional(z.string()),
  }))();

/**
 * Where a rule comes from: a provision of the Housing Ombudsman's Complaint Handling Code 2024
 * (`'6.3'`), a section of the organisation's policy (`'s.6'`), or both. `note` records a reading
 * the library had to make where the source is ambiguous.
 *
 * @example
 * ```ts
 * const source: Source = { provision: '6.3', policy: 's.5' };
 * ```
 */
export const Source: Schema<SourceShape, SourceShape> = sourceSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const SourceZod: z.ZodMiniType<SourceShape, SourceShape> = sourceSchema;
/** Where a rule comes from. See {@link Source}. */
export type Source = SourceShape;
