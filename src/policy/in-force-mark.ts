/**
 * The mark `policyInForce` carries (a registered symbol, so that two copies of the package mark
 * alike), by which `createLifecycle` tells it from any other function without loading it.
 * @internal
 */
export const IN_FORCE_MARK: unique symbol = /* @__PURE__ */ Symbol.for('housing-complaints.policyInForce');

/**
 * Whether `f` is `policyInForce`, by its mark.
 * @internal
 */
export function isPolicyInForce(f: unknown): boolean {
  return typeof f === 'function' && (f as { [IN_FORCE_MARK]?: unknown })[IN_FORCE_MARK] === true;
}

/**
 * `f`, marked as `policyInForce` (not enumerable: the function reads as before). A call, not a
 * statement, so that a bundle that does not use `policyInForce` drops it and the validator it runs.
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function markedInForce<F extends (...args: never[]) => unknown>(f: F): F {
  Object.defineProperty(f, IN_FORCE_MARK, { value: true });
  return f;
}
