/**
 * Deep freezing for the library's own tables and for the policies it validates.
 *
 * Every table the package exports (the Code table, the schemes, the catalogues, the labels) is
 * frozen with everything it holds, so a host that changes one by mistake gets a TypeError at the
 * line that does it rather than answers that disagree with what the library has already kept (the
 * lint's findings on a built-in, the deadlines kept per calendar). The walk goes into objects
 * that are already frozen too: a shallow `Object.freeze` on the outside proves nothing about the
 * inside.
 */

function freezeTree(value: unknown, seen: Set<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  // Only plain data is walked: arrays and plain objects. Class instances, functions and schema
  // objects (which keep their own lazy state) are left as they are.
  const proto = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== Array.prototype && proto !== null) || '_zod' in value) return;
  seen.add(value);
  Object.freeze(value);
  for (const v of Object.values(value)) freezeTree(v, seen);
}

/**
 * Freezes a value and every object and array it holds, whether or not some are frozen already,
 * and returns the same value.
 *
 * @internal
 * @example
 * ```ts
 * const LABELS = deepFrozen({ yes: 'Yes', no: 'No' });
 * Object.isFrozen(LABELS); // true
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function deepFrozen<T>(value: T): T {
  freezeTree(value, new Set());
  return value;
}
