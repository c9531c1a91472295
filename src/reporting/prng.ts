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

/**
 * Creates a seeded {@link Rng}. The seed is any whole number (taken modulo 2^32).
 *
 * @example
 * ```ts
 * createRng(7).int(0, 9) === createRng(7).int(0, 9); // true
 * ```
 */
export function createRng(seed: number): Rng {
  let state = expectInteger({ fn: 'createRng', path: 'seed' }, seed) >>> 0;
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
    int(min, max) {
      expectInteger({ fn: 'rng.int', path: 'min' }, min);
      expectInteger({ fn: 'rng.int', path: 'max' }, max);
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw argumentError({ fn: 'rng.chance', path: 'p' }, 'type', 'a probability from 0 to 1', p);
      return next() < p;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const at = { fn: 'rng.weighted', path: 'items' };
      const list = expectArray(at, items);
      if (list.length === 0) throw argumentError(at, 'minimum', 'a non-empty array of [item, weight] pairs', items, { limit: 1 });
      let total = 0;
      for (let i = 0; i < list.length; i++) {
        const pair = list[i];
        const w: unknown = Array.isArray(pair) ? pair[1] : undefined;
        if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw argumentError({ fn: at.fn, path: `items.${i}` }, 'type', 'an [item, weight] pair with a finite weight of 0 or more', w);
        total += w;
      }
      let x = next() * total;
      for (const [item, w] of items) {
        x -= w;
        if (x < 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
}
