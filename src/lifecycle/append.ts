/**
 * Appending to a complaint's lists in constant time during a replay. A complaint is immutable to
 * its callers, so `applyEvent` copies a list before adding to it (one copy per call). Inside
 * `replay`, the lists a replay built itself are seen by no one until the replay returns, so they
 * are extended in place: replaying n events costs O(n), not O(n²) (no history copied per event).
 */

let owned: WeakSet<readonly unknown[]> | undefined;
/** Look-up structures kept for the lists of the current {@link withOwnedLists} scope, one table per kind. */
let memos: Map<string, WeakMap<readonly unknown[], unknown>> | undefined;

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
  const outerMemos = memos;
  owned = new WeakSet();
  memos = new Map();
  try {
    return build();
  } finally {
    owned = outer;
    memos = outerMemos;
  }
}

/**
 * `list` with the entry at `index` replaced by `item`. Inside {@link withOwnedLists}, a list created
 * by {@link appendTo} or by this function is changed in place (constant time); anywhere else, or for
 * a list the caller passed in, a new list is returned and the old one is unchanged. `item` must keep
 * the id of the entry it replaces (the indexes of {@link indexOfId} stay valid).
 *
 * @internal
 * @example
 * ```ts
 * const remedies = replaceAt(response.remedies, i, { ...response.remedies[i]!, completedOn: on });
 * ```
 */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  if (owned !== undefined && owned.has(list)) {
    const mine = list as T[];
    mine[index] = item;
    return mine;
  }
  const copy = list.slice();
  copy[index] = item;
  owned?.add(copy);
  return copy;
}

/**
 * A look-up structure over `list`, kept for the current {@link withOwnedLists} scope under `kind`
 * and brought up to date with the entries appended since it was last asked for (`extend` is called
 * with the structure and each new index, once per index over the scope): repeated look-ups in a
 * list that only grows at the end cost constant time each. Outside a scope (one `applyEvent`, which
 * copies the list anyway), a fresh structure is built over the whole list. Entries must not change
 * what `extend` read from them (replace them through {@link replaceAt} keeping their ids).
 *
 * @internal
 * @example
 * ```ts
 * const ids = lookup(list, 'ids', () => new Map<string, number>(), (m, i) => { if (!m.has(list[i]!.id)) m.set(list[i]!.id, i); });
 * ```
 */
export function lookup<T extends readonly unknown[], M>(list: T, kind: string, create: () => M, extend: (memo: M, index: number) => void): M {
  if (memos === undefined) {
    const m = create();
    for (let i = 0; i < list.length; i++) extend(m, i);
    return m;
  }
  let table = memos.get(kind);
  if (table === undefined) memos.set(kind, (table = new WeakMap()));
  let entry = table.get(list) as { memo: M; seen: number } | undefined;
  if (entry === undefined) table.set(list, (entry = { memo: create(), seen: 0 }));
  for (let i = entry.seen; i < list.length; i++) extend(entry.memo, i);
  entry.seen = list.length;
  return entry.memo;
}

/**
 * The index of the first entry of `list` whose `id` is `id`, or -1: a map of the list's ids kept
 * for the replay (see {@link lookup}), so a complaint that completes n remedies costs O(n), not
 * O(n²).
 *
 * @internal
 * @example
 * ```ts
 * const i = indexOfId(c.ombudsman.evidenceRequests, ev.requestId);
 * ```
 */
export function indexOfId(list: readonly { readonly id: string }[], id: string): number {
  if (memos === undefined) {
    for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return i;
    return -1;
  }
  const ids = lookup(list, 'ids', () => new Map<string, number>(), (m, i) => {
    const key = list[i]!.id;
    if (!m.has(key)) m.set(key, i);
  });
  return ids.get(id) ?? -1;
}
