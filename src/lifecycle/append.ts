/**
 * Appending to a complaint's lists in constant time during a replay. A complaint is immutable to
 * its callers, so `applyEvent` copies a list before adding to it (one copy per call). Inside
 * `replay`, the lists a replay built itself are seen by no one until the replay returns, so they
 * are extended in place: replaying n events costs O(n), not O(n²) (no history copied per event).
 */

let owned: WeakSet<readonly unknown[]> | undefined;

/**
 * `list` with `items` added at the end. Inside {@link withOwnedLists}, a list created by this
 * function is extended in place; anywhere else (or for a list the caller passed in) a new list is
 * returned and the old one is unchanged.
 *
 * @internal
 * @example
 * ```ts
 * const history = appendTo(c.history, { on, event });
 * ```
 */
export function appendTo<T>(list: readonly T[], ...items: readonly T[]): T[] {
  if (owned !== undefined && owned.has(list)) {
    const mine = list as T[];
    for (const item of items) mine.push(item);
    return mine;
  }
  const copy = list.concat(items);
  owned?.add(copy);
  return copy;
}

/**
 * Runs `build` with list appends in place for the lists it creates (see {@link appendTo}). The
 * complaints made along the way, except the last, must not escape `build`.
 *
 * @internal
 * @example
 * ```ts
 * return withOwnedLists(() => replayAll(events, context));
 * ```
 */
export function withOwnedLists<R>(build: () => R): R {
  const outer = owned;
  owned = new WeakSet();
  try {
    return build();
  } finally {
    owned = outer;
  }
}
