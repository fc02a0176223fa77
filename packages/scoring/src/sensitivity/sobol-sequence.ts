import { ScoringError } from "../errors.js";
import { checkSeed, createRandom } from "./random.js";

/*!
 * Initial direction numbers of Joe & Kuo (2008), file `new-joe-kuo-6.21201`, dimensions 2 to 64,
 * one row each as `s a m_1 … m_s` (s: degree of the primitive polynomial, a: its inner
 * coefficients as bits, m: odd initial direction numbers). Dimension 1 is van der Corput.
 *
 * -----------------------------------------------------------------------------
 * Licence pertaining to sobol.cc and the accompanying sets of direction numbers
 * -----------------------------------------------------------------------------
 * Copyright (c) 2008, Frances Y. Kuo and Stephen Joe
 * All rights reserved.
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 *     * Redistributions of source code must retain the above copyright
 *       notice, this list of conditions and the following disclaimer.
 *
 *     * Redistributions in binary form must reproduce the above copyright
 *       notice, this list of conditions and the following disclaimer in the
 *       documentation and/or other materials provided with the distribution.
 *
 *     * Neither the names of the copyright holders nor the names of the
 *       University of New South Wales and the University of Waikato
 *       and its contributors may be used to endorse or promote products derived
 *       from this software without specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS ``AS IS'' AND ANY
 * EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS BE LIABLE FOR ANY
 * DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
 * (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
 * LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND
 * ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
 * (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
 * SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
const JOE_KUO = [
  "1 0 1",
  "2 1 1 3",
  "3 1 1 3 1",
  "3 2 1 1 1",
  "4 1 1 1 3 3",
  "4 4 1 3 5 13",
  "5 2 1 1 5 5 17",
  "5 4 1 1 5 5 5",
  "5 7 1 1 7 11 19",
  "5 11 1 1 5 1 1",
  "5 13 1 1 1 3 11",
  "5 14 1 3 5 5 31",
  "6 1 1 3 3 9 7 49",
  "6 13 1 1 1 15 21 21",
  "6 16 1 3 1 13 27 49",
  "6 19 1 1 1 15 7 5",
  "6 22 1 3 1 15 13 25",
  "6 25 1 1 5 5 19 61",
  "7 1 1 3 7 11 23 15 103",
  "7 4 1 3 7 13 13 15 69",
  "7 7 1 1 3 13 7 35 63",
  "7 8 1 3 5 9 1 25 53",
  "7 14 1 3 1 13 9 35 107",
  "7 19 1 3 1 5 27 61 31",
  "7 21 1 1 5 11 19 41 61",
  "7 28 1 3 5 3 3 13 69",
  "7 31 1 1 7 13 1 19 1",
  "7 32 1 3 7 5 13 19 59",
  "7 37 1 1 3 9 25 29 41",
  "7 41 1 3 5 13 23 1 55",
  "7 42 1 3 7 3 13 59 17",
  "7 50 1 3 1 3 5 53 69",
  "7 55 1 1 5 5 23 33 13",
  "7 56 1 1 7 7 1 61 123",
  "7 59 1 1 7 9 13 61 49",
  "7 62 1 3 3 5 3 55 33",
  "8 14 1 3 1 15 31 13 49 245",
  "8 21 1 3 5 15 31 59 63 97",
  "8 22 1 3 1 11 11 11 77 249",
  "8 38 1 3 1 11 27 43 71 9",
  "8 47 1 1 7 15 21 11 81 45",
  "8 49 1 3 7 3 25 31 65 79",
  "8 50 1 3 1 1 19 11 3 205",
  "8 52 1 1 5 9 19 21 29 157",
  "8 56 1 3 7 11 1 33 89 185",
  "8 67 1 3 3 3 15 9 79 71",
  "8 70 1 3 7 11 15 39 119 27",
  "8 84 1 1 3 1 11 31 97 225",
  "8 97 1 1 1 3 23 43 57 177",
  "8 103 1 3 7 7 17 17 37 71",
  "8 115 1 3 1 5 27 63 123 213",
  "8 122 1 1 3 5 11 43 53 133",
  "9 8 1 3 5 5 29 17 47 173 479",
  "9 13 1 3 3 11 3 1 109 9 69",
  "9 16 1 1 1 5 17 39 23 5 343",
  "9 22 1 3 1 5 25 15 31 103 499",
  "9 25 1 1 1 11 11 17 63 105 183",
  "9 44 1 1 5 11 9 29 97 231 363",
  "9 47 1 1 5 15 19 45 41 7 383",
  "9 52 1 3 7 7 31 19 83 137 221",
  "9 55 1 1 1 3 23 15 111 223 83",
  "9 59 1 1 5 13 31 15 55 25 161",
  "9 62 1 1 3 13 25 47 39 87 257",
] as const;

/**
 * The most dimensions {@link sobolSequence} supports (Joe & Kuo direction numbers 1–64).
 *
 * @since 0.1.0
 */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO.length + 1;

/** Bits per coordinate (32: points are exact multiples of 2⁻³²). */
const BITS = 32;

let directions: readonly Uint32Array[] | undefined;

/**
 * Direction numbers v_{d,j} (as 32-bit integers, v = m · 2^(32−j−1)) of every supported dimension,
 * by the recurrence of Bratley & Fox (1988) as Joe & Kuo (2003, 2008) state it:
 * `v_j = v_{j−s} ⊕ (v_{j−s} ≫ s) ⊕ ⨁_{k=1}^{s−1} a_k · v_{j−k}`.
 */
function directionNumbers(): readonly Uint32Array[] {
  if (directions !== undefined) return directions;
  const all: Uint32Array[] = [];
  const first = new Uint32Array(BITS);
  for (let j = 0; j < BITS; j++) first[j] = (1 << (BITS - 1 - j)) >>> 0;
  all.push(first);
  for (const row of JOE_KUO) {
    const [s, a, ...m] = row.split(" ").map(Number) as [number, number, ...number[]];
    const v = new Uint32Array(BITS);
    for (let j = 0; j < BITS; j++) {
      if (j < s) {
        v[j] = ((m[j] as number) << (BITS - 1 - j)) >>> 0;
        continue;
      }
      const back = v[j - s] as number;
      let x = back ^ (back >>> s);
      for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x ^= v[j - k] as number;
      v[j] = x >>> 0;
    }
    all.push(v);
  }
  directions = all;
  return all;
}

/**
 * Options of {@link sobolSequence}.
 *
 * @since 0.1.0
 */
export interface SobolSequenceOptions {
  /** Index of the first point (points `skip … skip + count − 1` are returned). Defaults to 0. */
  readonly skip?: number;
  /**
   * Seed of a random digital shift (each coordinate's 32 bits XOR-ed with one random word per
   * dimension, Owen 2003 "Variance with alternative scramblings of digital nets"): the points stay
   * a (t, m, s)-net but become random, so repeated analyses with different seeds give independent
   * estimates. Defaults to no shift (the classic unscrambled sequence).
   */
  readonly shiftSeed?: number;
}

/**
 * The Sobol' low-discrepancy sequence (Sobol' 1967) in base 2, with the direction numbers of
 * Joe & Kuo (2008, `new-joe-kuo-6.21201`) and points in Gray-code order (Antonov & Saleev 1979):
 * point i is `x_d(i) = ⨁_j g_j(i) · v_{d,j} / 2³²` with `g(i) = i ⊕ (i ≫ 1)`. The first points of
 * three dimensions are (0, 0, 0), (½, ½, ½), (¾, ¼, ¼), (¼, ¾, ¾) — the same as SciPy
 * `scipy.stats.qmc.Sobol(d=3, scramble=False)`.
 *
 * Use prefixes of 2^m points: they are (t, m, s)-nets, the property that makes quasi-Monte Carlo
 * estimates converge close to O(1/N) instead of O(1/√N). The first point (all zeros) is kept, as
 * Owen (2020, "On dropping the first Sobol' point") recommends.
 *
 * @param count - number of points, 1 … 2³⁰
 * @param dimensions - coordinates per point, 1 … {@link SOBOL_MAX_DIMENSIONS}
 * @param options - first index, random digital shift
 * @returns the points row-major: point i, coordinate d at `[i · dimensions + d]`, each in [0, 1)
 * @throws {@link ScoringError} `invalid_count`, `too_many_dimensions`, `invalid_seed`
 * @example
 * ```ts
 * import { sobolSequence } from "@ducha/scoring";
 *
 * const points = sobolSequence(4, 2); // Float64Array [0, 0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75]
 * ```
 * @since 0.1.0
 */
export function sobolSequence(count: number, dimensions: number, options: SobolSequenceOptions = {}): Float64Array {
  const skip = options.skip ?? 0;
  if (!Number.isInteger(count) || count < 1 || count > 2 ** 30) {
    throw new ScoringError("invalid_count", `expected a point count from 1 to 2^30, got ${String(count)}`, {
      path: ["count"],
    });
  }
  if (!Number.isInteger(skip) || skip < 0 || skip + count > 2 ** 31) {
    throw new ScoringError("invalid_count", `expected skip ≥ 0 with skip + count ≤ 2^31, got ${String(skip)}`, {
      path: ["skip"],
    });
  }
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS) {
    throw new ScoringError(
      "too_many_dimensions",
      `expected 1 to ${SOBOL_MAX_DIMENSIONS} dimensions for the Sobol' sequence, got ${String(dimensions)}`,
      { path: ["dimensions"] },
    );
  }
  const v = directionNumbers();
  const shift = new Uint32Array(dimensions);
  if (options.shiftSeed !== undefined) {
    const random = createRandom(checkSeed(options.shiftSeed, ["shiftSeed"]));
    for (let d = 0; d < dimensions; d++) shift[d] = random.nextUint32();
  }
  const out = new Float64Array(count * dimensions);
  const state = new Uint32Array(dimensions);
  // Start from the Gray code of the first index, then flip one direction number per step.
  const g0 = (skip ^ (skip >>> 1)) >>> 0;
  for (let d = 0; d < dimensions; d++) {
    const vd = v[d] as Uint32Array;
    let x = 0;
    for (let j = 0; j < BITS; j++) if ((g0 >>> j) & 1) x ^= vd[j] as number;
    state[d] = x >>> 0;
  }
  for (let i = 0; i < count; i++) {
    const row = i * dimensions;
    for (let d = 0; d < dimensions; d++) out[row + d] = ((state[d] as number) ^ (shift[d] as number)) >>> 0;
    for (let d = 0; d < dimensions; d++) out[row + d] = (out[row + d] as number) / 4294967296;
    // g(i+1) differs from g(i) in the bit of the lowest zero bit of i (Antonov–Saleev).
    const index = skip + i;
    let c = 0;
    while ((index >>> c) & 1) c++;
    if (c >= BITS) break;
    for (let d = 0; d < dimensions; d++) state[d] = ((state[d] as number) ^ ((v[d] as Uint32Array)[c] as number)) >>> 0;
  }
  return out;
}
