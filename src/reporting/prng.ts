/**
 * A small seeded pseudo-random number generator (SplitMix32-style mixing of a Weyl sequence), so
 * that synthetic data is the same on every machine and every run for a given seed.
 *
 * @example
 * ```ts
 * const rng = createRng(42);
 * rng.next(); // a number in [0, 1), the same for seed 42 everywhere
 * rng.int(1, 6); // a whole number from 1 to 6
 * ```
 */
export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One of `items`, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/**
 * Creates a seeded {@link Rng}. The seed is any whole number (taken modulo 2^32).
 *
 * @example
 * ```ts
 * createRng(7).int(0, 9) === createRng(7).int(0, 9); // true
 * ```
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    z = (z ^ (z >>> 16)) >>> 0;
    return z / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of items) total += w;
      let x = next() * total;
      for (const [item, w] of items) {
        x -= w;
        if (x < 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
}
