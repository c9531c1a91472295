/**
 * Where a rule comes from: a provision of the Housing Ombudsman's Complaint Handling Code 2024
 * (`'6.3'`), a section of the organisation's policy (`'s.6'`), or both. `note` records a reading
 * the library had to make where the source is ambiguous.
 *
 * A plain type with no schema library behind it, so that the calendar, which only names it, loads
 * none; its schema is `Source` in `./source-schema.ts`, checked against this type by a type test.
 *
 * @example
 * ```ts
 * const source: Source = { provision: '6.3', policy: 's.5' };
 * ```
 */
export interface Source {
  provision?: string | undefined;
  policy?: string | undefined;
  note?: string | undefined;
  /** The sentence of the source the rule is read from, word for word. */
  quote?: string | undefined;
}

/**
 * A source `{ provision, policy, quote, note }` with the absent keys left out, in that order. Keys
 * are assigned one by one: the same object as a literal with conditional spreads, without the
 * spread's slow copy.
 *
 * @internal
 */
export function sourceOf(provision: string | undefined, policy: string | undefined, quote?: string, note?: string): Source {
  const out: Source = {};
  if (provision !== undefined) out.provision = provision;
  if (policy !== undefined) out.policy = policy;
  if (quote !== undefined) out.quote = quote;
  if (note !== undefined) out.note = note;
  return out;
}
