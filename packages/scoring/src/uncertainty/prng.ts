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
  let s0: number;
  let s1: number;
  let s2: number;
  let s3: number;
  if (typeof seed === "number") {
    const st = { s: seed >>> 0 };
    s0 = splitmix32(st);
    s1 = splitmix32(st);
    s2 = splitmix32(st);
    s3 = splitmix32(st);
  } else [s0, s1, s2, s3] = seed.map((x) => x >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point
  return {
    next(): number {
      const m = Math.imul(s1, 5);
      const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      return result / 4294967296;
    },
  };
}
