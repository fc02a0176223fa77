import { xoshiro128StarStar } from "../internal/xoshiro128.js";

/**
 * A seeded pseudo-random number generator: `next()` returns floats in [0, 1).
 *
 * @since 0.1.0
 */
export interface Prng {
  /** The next number, uniform on [0, 1) with 32 random bits. */
  next(): number;
}

/**
 * splitmix32 step (a 32-bit variant of Steele, Lea & Flood 2014 "SplitMix"), used to spread a
 * seed over the generator state so that nearby seeds give unrelated streams.
 */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/**
 * xoshiro128** 1.1 (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators",
 * reference C code at prng.di.unimi.it): 128-bit state, period 2¹²⁸ − 1, output
 * `rotl(s₁ · 5, 7) · 9`. Written with `Math.imul` so every JS engine gives the same stream.
 *
 * @param seed - any integer (taken modulo 2³²); the state is filled by splitmix32 from it.
 *   Alternatively the four 32-bit state words (not all zero).
 * @returns the generator
 * @example
 * ```ts
 * import { createPrng } from "@ducha/scoring";
 *
 * const rng = createPrng(42);
 * const u = rng.next(); // the same number for seed 42 on every machine
 * ```
 * @since 0.1.0
 */
export function createPrng(seed: number | readonly [number, number, number, number]): Prng {
  let nextUint32: () => number;
  if (typeof seed === "number") {
    const st = { s: seed >>> 0 };
    nextUint32 = xoshiro128StarStar(splitmix32(st), splitmix32(st), splitmix32(st), splitmix32(st));
  } else nextUint32 = xoshiro128StarStar(seed[0], seed[1], seed[2], seed[3]);
  return {
    next(): number {
      return nextUint32() / 4294967296;
    },
  };
}
