/**
 * Appending to a complaint's lists in constant time during a replay, and changing the complaint
 * itself. A complaint is immutable to its callers, so `applyEvent` copies a list before adding to
 * it (one copy per call) and builds a new complaint. Inside `replay`, the lists and the complaint a
 * replay built itself are seen by no one until the replay returns, so they are extended and changed
 * in place: replaying n events costs O(n), not O(n²) (no history copied per event), and one
 * complaint record is built, not one per event.
 */

/** The current {@link withOwnedLists} scope, or 0 outside any. A scope is a number, never reused. */
let scope = 0;
let lastScope = 0;

/** Hands back the object it is given, so that a subclass's private field is added to that object. */
class Stamp {
  constructor(o: object) {
    return o as Stamp;
  }
}

/**
 * The scope that made a list or a record, as a private field on it: no key, JSON, spread, slice or
 * structuredClone sees it, a copy does not carry it, and it goes with the object. The one mark of
 * ownership for lists ({@link appendTo}) and records ({@link changed}): a scope changes in place
 * only what it made itself, so opening a scope allocates nothing and asking costs one field read.
 */
class MadeIn extends Stamp {
  #scope: number;
  private constructor(o: object, at: number) {
    super(o);
    this.#scope = at;
  }
  static mark(o: object, at: number): void {
    if (#scope in o) (o as MadeIn).#scope = at;
    else new MadeIn(o, at);
  }
  static scopeOf(o: object): number {
    return #scope in o ? (o as MadeIn).#scope : 0;
  }
}

function owns(o: object): boolean {
  return scope !== 0 && MadeIn.scopeOf(o) === scope;
}

function own(o: object): void {
  if (scope !== 0) MadeIn.mark(o, scope);
}

/** Look-up structures kept for the lists of a {@link withOwnedLists} scope, one table per kind (each entry records its scope). */
const memos = new Map<string, WeakMap<readonly unknown[], { scope: number; memo: unknown; seen: number }>>();

/**
 * The empty list a new record's lists start as: one shared, frozen list that no scope owns, so
 * {@link appendTo} adds to a copy of it.
 *
 * @internal
 * @example
 * ```ts
 * const stage2 = { stage: 2, requestedOn: on, extensions: NO_ENTRIES, clarifications: NO_ENTRIES, escalation };
 * ```
 */
export const NO_ENTRIES: never[] = Object.freeze([]) as unknown as never[];

/**
 * `list` with `item` added at the end. Inside {@link withOwnedLists}, a list created by this
 * function (or {@link appendAll}) is extended in place; anywhere else (or for a list the caller
 * passed in) a new list is returned and the old one is unchanged.
 *
 * @internal
 * @example
 * ```ts
 * const history = appendTo(c.history, { on, event });
 * ```
 */
export function appendTo<T>(list: readonly T[], item: T): T[] {
  const mine = writable(list);
  mine.push(item);
  return mine;
}

/**
 * `list` with every one of `items` added at the end, as {@link appendTo} adds one.
 *
 * @internal
 * @example
 * ```ts
 * const notifications = appendAll(c.notifications, ev.notified.map((role) => ({ role, on })));
 * ```
 */
export function appendAll<T>(list: readonly T[], items: readonly T[]): T[] {
  const mine = writable(list);
  for (let i = 0; i < items.length; i++) mine.push(items[i]!);
  return mine;
}

/**
 * The list itself when the current scope made it, else a copy the scope now owns (by slice: faster
 * than concat; an empty list, such as the shared frozen one, is not copied but made anew, since
 * slicing a frozen list is the engine's slow path).
 */
function writable<T>(list: readonly T[]): T[] {
  if (owns(list)) return list as T[];
  const copy = list.length === 0 ? [] : list.slice();
  own(copy);
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
  return inScope(++lastScope, build);
}

/**
 * Runs `build` outside any {@link withOwnedLists} scope, then restores the one it was called in:
 * the doors that build a complaint one call at a time (`startComplaint`, `applyEvent`) run so, so
 * that a host callback (a host's calendar, say) that calls them during a replay gets records of its
 * own, never changed in place by its next call.
 *
 * @internal
 * @example
 * ```ts
 * return outsideScopes(() => applyTrusted(complaint, event, context, 'event'));
 * ```
 */
export function outsideScopes<R>(build: () => R): R {
  return inScope(0, build);
}

function inScope<R>(at: number, build: () => R): R {
  const outer = scope;
  scope = at;
  try {
    return build();
  } finally {
    scope = outer;
  }
}

/**
 * Marks a record the current {@link withOwnedLists} scope has just made (a new complaint), so that
 * {@link changed} changes it in place for the rest of the scope. Outside any scope it does nothing.
 *
 * @internal
 * @example
 * ```ts
 * return made(complaint);
 * ```
 */
export function made<T extends object>(record: T): T {
  own(record);
  return record;
}

/**
 * `record` with `changes`: the record itself, changed in place, when the current scope made it
 * ({@link made}, or an earlier call), else a new record (`{ ...record, ...changes }`) that the scope
 * now owns. Either way the keys keep their order and the result is the same value, so a replay
 * builds one complaint and changes it event by event (nothing else sees it until the replay
 * returns), while `applyEvent`, outside any scope, never changes the complaint it was given.
 * Every value in `changes` must be worked out before the call (an object literal argument is).
 *
 * @internal
 * @example
 * ```ts
 * return changed(c, { history, status: 'stage-1' });
 * ```
 */
export function changed<T extends object, D extends object>(record: T, changes: D): With<T, D> {
  if (owns(record)) return Object.assign(record, changes) as unknown as With<T, D>;
  const copy = { ...record, ...changes };
  own(copy);
  return copy as unknown as With<T, D>;
}

/**
 * The record to write an event's changes on, one field at a time: `record` itself when the current
 * scope made it ({@link made}), else a copy (`{ ...record }`) that the scope now owns. Writing the
 * fields costs a fraction of merging an object of them ({@link changed}: the engine sets each key
 * through a generic look-up), and a replay changes its complaint once per event. `R` is the record's
 * type once changed (a complaint in its new status); the caller works out every new value first,
 * then writes each field the event changes, in the order the record has them, and returns the
 * record. As with `changed`, `applyEvent`, outside any scope, never changes the complaint it was given.
 *
 * @internal
 * @example
 * ```ts
 * const next = toChange<ComplaintIn<'stage-2'>>(c);
 * next.history = history;
 * next.status = 'stage-2';
 * return next;
 * ```
 */
export function toChange<R extends object>(record: object): { -readonly [K in keyof R]: R[K] } {
  if (owns(record)) return record as R;
  const copy = { ...record };
  own(copy);
  return copy as R;
}

/** `T` (each member of a union in turn) with the keys of `D` given as `D` gives them: the type of `{ ...t, ...d }`. @internal */
export type With<T, D> = T extends unknown ? Omit<T, keyof D> & D : never;

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
  if (owns(list)) {
    const mine = list as T[];
    mine[index] = item;
    return mine;
  }
  const copy = list.slice();
  copy[index] = item;
  own(copy);
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
  if (scope === 0) {
    const m = create();
    for (let i = 0; i < list.length; i++) extend(m, i);
    return m;
  }
  let table = memos.get(kind);
  if (table === undefined) memos.set(kind, (table = new WeakMap()));
  let entry = table.get(list);
  if (entry === undefined || entry.scope !== scope) table.set(list, (entry = { scope, memo: create(), seen: 0 }));
  for (let i = entry.seen; i < list.length; i++) extend(entry.memo as M, i);
  entry.seen = list.length;
  return entry.memo as M;
}

/**
 * Lists of this many entries or fewer are searched by scanning them: a few comparisons cost less
 * than a set or map made for them. Longer lists get one, so every look-up stays linear overall.
 *
 * @internal
 * @example
 * ```ts
 * const named = issues.length > SHORT_LIST ? new Set(issues.map((q) => q.id)) : undefined;
 * ```
 */
export const SHORT_LIST = 8;

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
  // A short list is scanned (a few comparisons cost less than the map kept for it); only a list
  // past SHORT_LIST entries gets its map, so the whole replay stays linear.
  if (scope === 0 || list.length <= SHORT_LIST) {
    for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return i;
    return -1;
  }
  const ids = lookup(list, 'ids', () => new Map<string, number>(), (m, i) => {
    const key = list[i]!.id;
    if (!m.has(key)) m.set(key, i);
  });
  return ids.get(id) ?? -1;
}
