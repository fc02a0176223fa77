/**
 * The xoshiro128** 1.1 step (Blackman & Vigna 2018, "Scrambled linear pseudorandom number
 * generators", reference C code `xoshiro128starstar.c`): 128-bit state, period 2¹²⁸ − 1, output
 * `rotl(s₁ · 5, 7) · 9` as an unsigned 32-bit integer. Written with `Math.imul` so every JavaScript
 * engine gives the same stream. The callers seed the four state words their own way; the all-zero
 * state (a fixed point) is replaced by `s₀ = 1`.
 */
export function xoshiro128StarStar(a: number, b: number, c: number, d: number): () => number {
  let s0 = a >>> 0;
  let s1 = b >>> 0;
  let s2 = c >>> 0;
  let s3 = d >>> 0;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  return () => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
}
