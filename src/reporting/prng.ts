// A small seeded pseudo-random number generator (SplitMix32-style mixing of a Weyl sequence), so
// that synthetic data is the same on every machine and every run for a given seed.
import { argumentError, expectArray, expectInteger } from '../core/guard.js';

/**
 * A seeded pseudo-random number generator (SplitMix32-style mixing of a Weyl sequence): the same
 * seed gives the same numbers on every machine and every run.
 *
 * @example
 * ```ts
 * const rng: Rng = createRng(42);
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

/** Where {@link Rng}'s argument errors point. */
const AT_SEED = { fn: 'createRng', path: 'seed' } as const;
const AT_INT_MIN = { fn: 'rng.int', path: 'min' } as const;
const AT_INT_MAX = { fn: 'rng.int', path: 'max' } as const;
const AT_CHANCE = { fn: 'rng.chance', path: 'p' } as const;
const AT_WEIGHTED = { fn: 'rng.weighted', path: 'items' } as const;

/**
 * Creates a seeded {@link Rng}. The seed is any whole number (taken modulo 2^32). Each method
 * checks its arguments and throws a `HousingComplaintsError` naming the one it refuses.
 *
 * @example
 * ```ts
 * createRng(7).int(0, 9) === createRng(7).int(0, 9); // true
 * ```
 */
export function createRng(seed: number): Rng {
  const rng = seededRng(expectInteger(AT_SEED, seed));
  return {
    next: rng.next,
    int(min, max) {
      expectInteger(AT_INT_MIN, min);
      expectInteger(AT_INT_MAX, max);
      if (max < min) throw argumentError(AT_INT_MAX, 'minimum', `a whole number no less than min (${min})`, max, { limit: min });
      return rng.int(min, max);
    },
    chance(p) {
      if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw argumentError(AT_CHANCE, 'type', 'a probability from 0 to 1', p);
      return rng.chance(p);
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const list = expectArray(AT_WEIGHTED, items);
      if (list.length === 0) throw argumentError(AT_WEIGHTED, 'minimum', 'a non-empty array of [item, weight] pairs', items, { limit: 1 });
      for (let i = 0; i < list.length; i++) {
        const pair = list[i];
        const w: unknown = Array.isArray(pair) ? pair[1] : undefined;
        if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw argumentError({ fn: AT_WEIGHTED.fn, path: `items.${i}` }, 'type', 'an [item, weight] pair with a finite weight of 0 or more', w);
      }
      return rng.weighted(items);
    },
  };
}

/**
 * The same numbers as {@link createRng} for the same seed, without the argument checks: for the
 * library's own generator, whose bounds and weight tables are its own constants (it draws a few
 * dozen numbers for every synthetic complaint).
 *
 * @internal
 * @example
 * ```ts
 * seededRng(7).int(0, 9) === createRng(7).int(0, 9); // true
 * ```
 */
export function seededRng(seed: number): Rng {
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
      for (let i = 0; i < items.length; i++) total += items[i]![1];
      let x = next() * total;
      for (let i = 0; i < items.length; i++) {
        x -= items[i]![1];
        if (x < 0) return items[i]![0];
      }
      return items[items.length - 1]![0];
    },
  };
}
