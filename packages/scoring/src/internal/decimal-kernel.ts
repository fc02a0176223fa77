import { D, type Dec } from "./decimal.js";

// The engine's hot-path arithmetic: `times`, `plus`, `minus` and `div` of `D` (50 significant
// digits, ROUND_HALF_UP), computed on decimal.js's own digit representation without its generic
// machinery. Each function returns exactly what the decimal.js method returns — the same sign,
// exponent and base-1e7 digit words, so the same `toString()` — and hands every case it does not
// cover (zeros, non-finite values, very long operands, divisors of more than 8 significant digits,
// results that cancel to zero) to decimal.js itself. `decimal-kernel.test.ts` checks this with
// fast-check against decimal.js (ties at the 51st digit, negatives, carries, wide exponents).
//
// Representation (decimal.js 10, `decimal.d.ts`: readonly `d`, `e`, `s`): a finite non-zero value
// is `s · Σ d[i] · 1e7^(E − i)` with `E = floor(e / 7)`; `d[0]` is non-zero, the last word is
// non-zero, each word is in [0, 1e7), and `e` is the decimal exponent of the leading digit. Words
// are aligned to the decimal point, so the representation of a value is unique.
//
// Correct rounding with ROUND_HALF_UP (ties away from zero) needs only the first discarded digit:
// the magnitude rounds up exactly when that digit is ≥ 5. Products and sums are computed exactly;
// quotients to 51 significant digits, whose digits are exact digits of the true quotient.

const BASE = 1e7;
const PRECISION = 50;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7] as const;
/** Longest operand, in base-1e7 words, the kernel takes (7 × 24 = 168 digits). */
const MAX_WORDS = 24;
/** Widest exact intermediate, in words (aligned sums of far-apart exponents go to decimal.js). */
const MAX_SPAN = 64;
/** Largest divisor coefficient for the one-word long division: rem · 1e7 + word stays below 2^53. */
const MAX_DIVISOR = 9e8;

/** Scratch words for one operation (every function fills it before reading it). */
const scratch = new Float64Array(MAX_SPAN + 4);

/** What the kernel reads and writes of a decimal.js instance. */
interface Parts {
  constructor: unknown;
  s: number;
  e: number;
  d: number[] | null;
}

/**
 * Builds a `D` instance from its parts: the same own properties, in the same order, as the
 * decimal.js constructor sets (`constructor`, `s`, `e`, `d`), with `D.prototype`.
 */
export const Make = function (this: Parts, s: number, e: number, d: number[]) {
  this.constructor = D;
  this.s = s;
  this.e = e;
  this.d = d;
} as unknown as new (
  s: number,
  e: number,
  d: number[],
) => Dec;
(Make as unknown as { prototype: object }).prototype = D.prototype;

/** Number of decimal digits of a word in [1, 1e7). */
export function digitsOf(w: number): number {
  return w >= 1e6 ? 7 : w >= 1e5 ? 6 : w >= 1e4 ? 5 : w >= 1e3 ? 4 : w >= 100 ? 3 : w >= 10 ? 2 : 1;
}

/** Whether a Decimal is finite, non-zero and short enough for the kernel. */
function usable(x: Dec): boolean {
  const d = x.d as number[] | null;
  return d !== null && d[0] !== 0 && d.length <= MAX_WORDS;
}

/** Largest |exponent| of a kernel result; beyond it decimal.js applies its maxE/minE (±9e15). */
const MAX_EXP = 1e15;

/**
 * Rounds the exact words `w[start..end)` (leading word at base-1e7 exponent `top`) to 50
 * significant digits, half-up on the magnitude, and returns the Decimal with sign `s`; `null`
 * when the value is zero (decimal.js decides the sign of zero) or its exponent is beyond ±10^15
 * (decimal.js decides overflow and underflow): the caller then asks decimal.js.
 */
function finish(w: Float64Array, start: number, end: number, top: number, s: number): Dec | null {
  let first = start;
  let e7 = top;
  while (first < end && w[first] === 0) {
    first++;
    e7--;
  }
  if (first === end) return null;
  let last = end; // exclusive
  const lead = digitsOf(w[first] as number);
  if (lead + 7 * (last - first - 1) > PRECISION) {
    // k digits after the leading word are kept: `full` whole words, then `part` digits of the next.
    const k = PRECISION - lead;
    const full = (k / 7) | 0;
    const part = k - 7 * full;
    const idx = first + 1 + full; // the word holding the rounding digit (exists: see the test above)
    let roundUp: boolean;
    let at: number; // the word the rounding increment goes to
    let inc: number;
    if (part === 0) {
      roundUp = (w[idx] as number) >= 5e6;
      last = idx;
      at = idx - 1;
      inc = 1;
    } else {
      const x = w[idx] as number;
      const p = POW10[7 - part] as number;
      const tail = x % p;
      roundUp = tail >= 5 * (POW10[6 - part] as number);
      w[idx] = x - tail;
      last = idx + 1;
      at = idx;
      inc = p;
    }
    if (roundUp) {
      let i = at;
      let v = (w[i] as number) + inc;
      while (v >= BASE && i > first) {
        w[i] = v - BASE;
        i--;
        v = (w[i] as number) + 1;
      }
      // Every kept word was 9999999 and the carry left the leading word: the value is 1e7^(e7 + 1).
      if (v >= BASE) return Math.abs(7 * (e7 + 1)) > MAX_EXP ? null : new Make(s, 7 * (e7 + 1), [1]);
      w[i] = v;
    }
  }
  while (w[last - 1] === 0) last--;
  const e = 7 * e7 + digitsOf(w[first] as number) - 1;
  if (e > MAX_EXP || e < -MAX_EXP) return null;
  const n = last - first;
  return new Make(s, e, wordsOf(w, first, n));
}

/**
 * The `n` words from `w[at]` as a packed array of small integers (`| 0`: words are < 1e7) of
 * exactly `n` elements: array literals for the usual lengths (pushing would over-allocate the
 * backing store of every retained result), a loop otherwise.
 */
export function wordsOf(w: Float64Array, at: number, n: number): number[] {
  const a = (i: number) => (w[at + i] as number) | 0;
  switch (n) {
    case 1:
      return [a(0)];
    case 2:
      return [a(0), a(1)];
    case 3:
      return [a(0), a(1), a(2)];
    case 4:
      return [a(0), a(1), a(2), a(3)];
    case 5:
      return [a(0), a(1), a(2), a(3), a(4)];
    case 6:
      return [a(0), a(1), a(2), a(3), a(4), a(5)];
    case 7:
      return [a(0), a(1), a(2), a(3), a(4), a(5), a(6)];
    case 8:
      return [a(0), a(1), a(2), a(3), a(4), a(5), a(6), a(7)];
    case 9:
      return [a(0), a(1), a(2), a(3), a(4), a(5), a(6), a(7), a(8)];
    default: {
      const d: number[] = new Array(n);
      for (let i = 0; i < n; i++) d[i] = a(i);
      return d;
    }
  }
}

/**
 * `x.times(y)` for `D` values: the exact product of the digit words, rounded once.
 */
export function mul(x: Dec, y: Dec): Dec {
  if (!usable(x) || !usable(y)) return x.times(y);
  const xd = x.d;
  const yd = y.d;
  const la = xd.length;
  const lb = yd.length;
  const w = scratch;
  const n = la + lb;
  for (let i = 0; i < n; i++) w[i] = 0;
  // Column sums first: each product is below 1e14 and at most 24 of them meet in a column, so a
  // column stays below 2.4e15 < 2^53 (exact). Then one carry pass; t / 1e7 is never within an ulp
  // of an integer from below, so floor gives the exact carry (no `%`, a slow call on doubles).
  for (let i = 0; i < la; i++) {
    const a = xd[i] as number;
    for (let j = 0; j < lb; j++) w[i + j + 1] = (w[i + j + 1] as number) + a * (yd[j] as number);
  }
  let carry = 0;
  for (let k = n - 1; k >= 0; k--) {
    const t = (w[k] as number) + carry;
    carry = Math.floor(t / BASE);
    w[k] = t - carry * BASE;
  }
  const top = Math.floor(x.e / 7) + Math.floor(y.e / 7) + 1;
  return finish(w, 0, n, top, x.s * y.s) ?? x.times(y);
}

/** Compares |x| and |y| (finite, non-zero, canonical): −1, 0 or 1. */
function compareMagnitude(x: Dec, y: Dec): number {
  if (x.e !== y.e) return x.e > y.e ? 1 : -1;
  const xd = x.d;
  const yd = y.d;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) {
    const a = xd[i] as number;
    const b = yd[i] as number;
    if (a !== b) return a > b ? 1 : -1;
  }
  return xd.length === yd.length ? 0 : xd.length > yd.length ? 1 : -1;
}

/** x + sign·y, exact on aligned words, then rounded; `null` when the kernel does not apply. */
function addSigned(x: Dec, y: Dec, ySign: number): Dec | null {
  if (!usable(x) || !usable(y)) return null;
  const xd = x.d;
  const yd = y.d;
  const ex = Math.floor(x.e / 7);
  const ey = Math.floor(y.e / 7);
  const top = Math.max(ex, ey);
  const bottom = Math.min(ex - xd.length + 1, ey - yd.length + 1);
  const n = top - bottom + 2; // one spare word for the carry
  if (n > MAX_SPAN) return null;
  const w = scratch;
  for (let i = 0; i < n; i++) w[i] = 0;
  const sx = x.s;
  const sy = y.s * ySign;
  if (sx === sy) {
    let o = top + 1 - ex;
    for (let i = 0; i < xd.length; i++) w[o + i] = xd[i] as number;
    o = top + 1 - ey;
    for (let i = 0; i < yd.length; i++) w[o + i] = (w[o + i] as number) + (yd[i] as number);
    let carry = 0;
    for (let i = n - 1; i >= 0; i--) {
      const v = (w[i] as number) + carry;
      if (v >= BASE) {
        w[i] = v - BASE;
        carry = 1;
      } else {
        w[i] = v;
        carry = 0;
      }
    }
    return finish(w, 0, n, top + 1, sx);
  }
  const c = compareMagnitude(x, y);
  if (c === 0) return null; // exact zero: decimal.js decides its sign
  const [big, small, eb, es, s] = c > 0 ? [xd, yd, ex, ey, sx] : [yd, xd, ey, ex, sy];
  let o = top + 1 - eb;
  for (let i = 0; i < big.length; i++) w[o + i] = big[i] as number;
  o = top + 1 - es;
  for (let i = 0; i < small.length; i++) w[o + i] = (w[o + i] as number) - (small[i] as number);
  let borrow = 0;
  for (let i = n - 1; i >= 0; i--) {
    const v = (w[i] as number) - borrow;
    if (v < 0) {
      w[i] = v + BASE;
      borrow = 1;
    } else {
      w[i] = v;
      borrow = 0;
    }
  }
  return finish(w, 0, n, top + 1, s);
}

/** `x.plus(y)` for `D` values. */
export function add(x: Dec, y: Dec): Dec {
  return addSigned(x, y, 1) ?? x.plus(y);
}

/** `x.minus(y)` for `D` values. */
export function sub(x: Dec, y: Dec): Dec {
  return addSigned(x, y, -1) ?? x.minus(y);
}

/**
 * `x.div(y)` for `D` values whose divisor has at most 8 significant digits (coefficient below
 * 9·10^8), e.g. a goalpost range or a weight sum: one-word long division to 51 significant digits.
 */
export function div(x: Dec, y: Dec): Dec {
  if (!usable(x) || !usable(y)) return x.div(y);
  const yd = y.d;
  const lb = yd.length;
  if (lb > 2) return x.div(y);
  // y = coef · 10^t with coef free of trailing zeros.
  const low = yd[lb - 1] as number;
  let tz = 0;
  while (tz < 6 && low % (POW10[tz + 1] as number) === 0) tz++;
  const coef = (lb === 1 ? low : (yd[0] as number) * BASE + low) / (POW10[tz] as number);
  if (coef >= MAX_DIVISOR) return x.div(y);
  const t = 7 * (Math.floor(y.e / 7) - lb + 1) + tz;
  // Make the divisor's exponent a multiple of 7 by scaling x by 10^shift (shift in 0..6).
  const m = ((t % 7) + 7) % 7;
  const shift = m === 0 ? 0 : 7 - m;
  const t7 = (t + shift) / 7;
  const w = scratch;
  const words = longDivide(w, x.d, x.d.length, POW10[shift] as number, coef);
  if (words < 0) return x.div(y);
  const top = Math.floor(x.e / 7) + 1 - t7;
  return finish(w, 0, words, top, x.s * y.s) ?? x.div(y);
}

/**
 * The long division behind {@link div} (and the register `divInto`): the dividend words `xd[0..la)`
 * scaled by `f` (10^shift) are written to `w[1..la]` (`w[0]` takes a carried-out word), then divided
 * in place by the one-word coefficient `coef`; quotient word i has the base-1e7 exponent of
 * dividend word i (exponent of the leading dividend word + 1 for `w[0]`). Stops once 8 words follow
 * the leading non-zero quotient word (1 + 7·8 = 57 ≥ 51 significant digits, each an exact digit of
 * the true quotient). Returns the number of quotient words, or −1 when they would not fit in
 * `MAX_SPAN` words.
 */
export function longDivide(w: Float64Array, xd: ArrayLike<number>, la: number, f: number, coef: number): number {
  let carry = 0;
  for (let i = la - 1; i >= 0; i--) {
    const v = (xd[i] as number) * f + carry;
    carry = Math.floor(v / BASE);
    w[i + 1] = v - carry * BASE;
  }
  w[0] = carry;
  let rem = 0;
  let firstNonZero = -1;
  let i = 0;
  const n = la + 1;
  for (; ; i++) {
    const cur = rem * BASE + (i < n ? (w[i] as number) : 0);
    let q = Math.floor(cur / coef);
    let r = cur - q * coef;
    if (r < 0) {
      q--;
      r += coef;
    } else if (r >= coef) {
      q++;
      r -= coef;
    }
    w[i] = q;
    rem = r;
    if (firstNonZero < 0 && q !== 0) firstNonZero = i;
    if (firstNonZero >= 0 && i >= firstNonZero + 8) return i + 1;
    if (i + 2 >= MAX_SPAN) return -1;
  }
}

/**
 * `new D(s)` for a plain decimal string `-?digits(.digits)?` of at most 40 characters whose value
 * is not zero; other strings (exponents, signs `+`, blanks, zeros) go to decimal.js. Returns
 * `undefined` for text that is not a plain decimal, so the caller can validate it the slow way.
 */
export function parsePlain(s: string): Dec | undefined {
  const len = s.length;
  if (len === 0 || len > 40) return undefined;
  let i = 0;
  let sign = 1;
  if (s.charCodeAt(0) === 45) {
    sign = -1;
    i = 1;
  }
  // Digits, with the position of the point (the number of integer digits).
  let point = -1;
  let firstSig = -1; // index (among digits) of the first non-zero digit
  let lastSig = -1;
  let nd = 0;
  const digits = scratch; // reused as a digit buffer (at most 40 digits)
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (point >= 0 || nd === 0) return undefined;
      point = nd;
      continue;
    }
    const v = c - 48;
    if (v < 0 || v > 9) return undefined;
    if (v !== 0) {
      if (firstSig < 0) firstSig = nd;
      lastSig = nd;
    }
    digits[nd++] = v;
  }
  if (nd === 0 || point === nd) return undefined; // "", "-", "5."
  if (point < 0) point = nd;
  if (firstSig < 0) return undefined; // zero: decimal.js decides the sign
  // Decimal exponent of the leading significant digit.
  const e = point - firstSig - 1;
  // Digit j (index among digits) has decimal exponent point − j − 1; word position of exponent p is
  // floor(p / 7), and within the word the digit weighs 10^(p mod 7).
  const e7 = Math.floor(e / 7);
  const lowExp = point - lastSig - 1;
  const n = e7 - Math.floor(lowExp / 7) + 1;
  const d: number[] = new Array(n).fill(0);
  for (let j = firstSig; j <= lastSig; j++) {
    const p = point - j - 1;
    const q = Math.floor(p / 7);
    d[e7 - q] = (d[e7 - q] as number) + (digits[j] as number) * (POW10[p - 7 * q] as number);
  }
  return new Make(sign, e, d);
}
