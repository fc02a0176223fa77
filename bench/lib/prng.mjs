// Deterministic pseudo-random numbers for benchmark data: the same seed gives the same project,
// CSV file and figures on every machine.

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit seeded PRNG, good enough for test data.
 * @param {number} seed - any 32-bit integer
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random element of a list.
 * @template T
 * @param {() => number} rand
 * @param {readonly T[]} list
 * @returns {T}
 */
export function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}
