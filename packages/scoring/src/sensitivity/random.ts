import { ScoringError } from "../errors.js";
import { xoshiro128StarStar } from "../internal/xoshiro128.js";

/** A seeded source of uniform doubles in [0, 1) and 32-bit integers. */
export interface RandomSource {
  /** A uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** A uniform unsigned 32-bit integer. */
  nextUint32(): number;
  /** A uniform integer in [0, bound), `bound` ≤ 2³². */
  nextInt(bound: number): number;
}

/**
 * Checks a seed: a safe integer (negative allowed), so that every analysis can be reproduced from it.
 * Throws `invalid_seed` otherwise.
 */
export function checkSeed(seed: unknown, path: readonly (string | number)[]): number {
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) {
    throw new ScoringError(
      "invalid_seed",
      `expected the seed at ${path.join(".")} to be a safe integer, got ${String(seed)}`,
      {
        path,
      },
    );
  }
  return seed;
}

/**
 * xoshiro128** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators",
 * reference C code `xoshiro128starstar.c`), its 128-bit state filled from the seed by a
 * SplitMix-style generator (a Weyl sequence with step 0x9e3779b9 passed through the MurmurHash3
 * `fmix32` finaliser; Steele, Lea & Flood 2014), as the xoshiro authors recommend for seeding. A double takes 53 bits from two outputs: `(a >>> 5) · 2²⁶ + (b >>> 6)` over 2⁵³, as in
 * the reference `next_double` of xoshiro256.
 *
 * Not cryptographic; statistically strong and tiny, so the same seed gives the same stream in
 * every JavaScript engine.
 *
 * @param seed - a safe integer
 * @param stream - an independent stream of the same seed. Defaults to 0.
 */
export function createRandom(seed: number, stream = 0): RandomSource {
  // Both halves of a safe integer feed the seeder, so seeds beyond 2³² stay distinct; `stream`
  // selects an independent stream for the same seed (e.g. design vs bootstrap).
  let sm = (seed >>> 0) ^ Math.imul(Math.floor(seed / 4294967296) | 0, 0x9e3779b9) ^ Math.imul(stream, 0x632be5ab);
  const splitmix32 = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const nextUint32 = xoshiro128StarStar(splitmix32(), splitmix32(), splitmix32(), splitmix32());
  const next = () => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992;
  return { nextUint32, next, nextInt: (bound: number) => Math.floor(next() * bound) };
}
