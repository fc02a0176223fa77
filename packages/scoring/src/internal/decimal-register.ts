import type { Dec } from "./decimal.js";
import { digitsOf, longDivide, Make, wordsOf } from "./decimal-kernel.js";

// Allocation-free exact arithmetic for fused kernel operations: a `DecimalRegister` holds a value
// in decimal.js's own representation (sign `s`, decimal exponent `e` of the leading digit, base-1e7
// digit words aligned to the decimal point, leading and trailing word non-zero) in a preallocated
// Float64Array, and `addInto`/`mulInto`/`divInto` compute `plus`/`times`/`div` of `D` (50
// significant digits, ROUND_HALF_UP) from registers into a register — the same words decimal.js
// returns, by the algorithms of `decimal-kernel.ts` (exact words in a scratch buffer, then one
// rounding on the first discarded digit). Only `toDec` allocates.
//
// Every operation returns `false` for what the fast path does not cover, and the caller then runs
// the unfused kernel operations (which defer to decimal.js): zero results (decimal.js decides the
// sign of zero), operands of more than 24 words, aligned sums wider than 64 words, divisors of
// more than 8 significant digits, exponents beyond ±10^15.

const BASE = 1e7;
const PRECISION = 50;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7] as const;
/** Longest operand, in words (as the kernel's `MAX_WORDS`). */
const MAX_WORDS = 24;
/** Widest exact intermediate, in words (as the kernel's `MAX_SPAN`). */
const MAX_SPAN = 64;
/** Largest divisor coefficient for the one-word long division (as the kernel's `MAX_DIVISOR`). */
const MAX_DIVISOR = 9e8;
/** Largest |exponent| of a result; beyond it decimal.js applies its maxE/minE (±9e15). */
const MAX_EXP = 1e15;

/** Exact intermediate words of one operation (filled before being read). */
const wide = new Float64Array(MAX_SPAN + 4);

/**
 * A mutable decimal value in decimal.js's representation, stored without a Decimal object:
 * `s · Σ d[i] · 1e7^(floor(e / 7) − i)` for `i < n`. Finite and non-zero whenever an operation
 * returned `true` for it.
 */
export class DecimalRegister {
  /** Sign, 1 or −1. */
  s = 1;
  /** Decimal exponent of the leading digit. */
  e = 0;
  /** Number of words in use. */
  n = 0;
  /** Digit words, base 1e7, most significant first. */
  readonly d = new Float64Array(MAX_WORDS);
}

/**
 * Loads a Decimal into a register; `false` (register unchanged) when it is zero, not finite or
 * longer than 24 words.
 */
export function load(r: DecimalRegister, x: Dec): boolean {
  const xd = x.d as number[] | null;
  if (xd === null) return false;
  const n = xd.length;
  if (n > MAX_WORDS || xd[0] === 0) return false;
  r.s = x.s;
  r.e = x.e;
  r.n = n;
  const d = r.d;
  for (let i = 0; i < n; i++) d[i] = xd[i] as number;
  return true;
}

/** Copies register `from` into register `to`. */
export function copy(to: DecimalRegister, from: DecimalRegister): void {
  to.s = from.s;
  to.e = from.e;
  const n = from.n;
  to.n = n;
  const a = to.d;
  const b = from.d;
  for (let i = 0; i < n; i++) a[i] = b[i] as number;
}

/** The register's value as a `D` instance (the only allocation of a fused operation). */
export function toDec(r: DecimalRegister): Dec {
  return new Make(r.s, r.e, wordsOf(r.d, 0, r.n));
}

/**
 * `x.cmp(y)` of decimal.js without its allocation (decimal.js copies `y` first): −1, 0 or 1 for
 * finite values (±0 equal); non-finite values and exponents beyond ±9e15 go to decimal.js.
 */
export function compare(x: Dec, y: Dec): number {
  const xd = x.d as number[] | null;
  const yd = y.d as number[] | null;
  if (xd === null || yd === null || Math.abs(y.e) > 9e15) return x.cmp(y);
  const xs = x.s;
  const ys = y.s;
  if (xd[0] === 0 || yd[0] === 0) return xd[0] !== 0 ? xs : yd[0] !== 0 ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e !== xs < 0 ? 1 : -1;
  const xl = xd.length;
  const yl = yd.length;
  const m = Math.min(xl, yl);
  for (let i = 0; i < m; i++) {
    const a = xd[i] as number;
    const b = yd[i] as number;
    if (a !== b) return a > b !== xs < 0 ? 1 : -1;
  }
  return xl === yl ? 0 : xl > yl !== xs < 0 ? 1 : -1;
}

/**
 * Rounds the exact words `wide[0..end)` (word 0 at base-1e7 exponent `top`) to 50 significant
 * digits half-up on the magnitude into `out` with sign `s` — the kernel's `finish`, writing a
 * register. `false` when the value is zero or its exponent is beyond ±10^15.
 */
function roundInto(out: DecimalRegister, end: number, top: number, s: number): boolean {
  const w = wide;
  let first = 0;
  let e7 = top;
  while (first < end && w[first] === 0) {
    first++;
    e7--;
  }
  if (first === end) return false;
  let last = end; // exclusive
  const lead = digitsOf(w[first] as number);
  if (lead + 7 * (last - first - 1) > PRECISION) {
    // k digits after the leading word are kept: `full` whole words, then `part` digits of the next.
    const k = PRECISION - lead;
    const full = (k / 7) | 0;
    const part = k - 7 * full;
    const idx = first + 1 + full; // the word holding the rounding digit
    let roundUp: boolean;
    let at: number;
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
      if (v >= BASE) {
        // Every kept word was 9999999: the value is 1e7^(e7 + 1).
        const e = 7 * (e7 + 1);
        if (Math.abs(e) > MAX_EXP) return false;
        out.s = s;
        out.e = e;
        out.n = 1;
        out.d[0] = 1;
        return true;
      }
      w[i] = v;
    }
  }
  while (w[last - 1] === 0) last--;
  const e = 7 * e7 + digitsOf(w[first] as number) - 1;
  if (e > MAX_EXP || e < -MAX_EXP) return false;
  const n = last - first;
  if (n > MAX_WORDS) return false;
  out.s = s;
  out.e = e;
  out.n = n;
  const d = out.d;
  for (let i = 0; i < n; i++) d[i] = w[first + i] as number;
  return true;
}

/** Compares |x| and |y| of two registers: −1, 0 or 1. */
function compareMagnitude(x: DecimalRegister, y: DecimalRegister): number {
  if (x.e !== y.e) return x.e > y.e ? 1 : -1;
  const xd = x.d;
  const yd = y.d;
  const xl = x.n;
  const yl = y.n;
  const m = Math.min(xl, yl);
  for (let i = 0; i < m; i++) {
    const a = xd[i] as number;
    const b = yd[i] as number;
    if (a !== b) return a > b ? 1 : -1;
  }
  return xl === yl ? 0 : xl > yl ? 1 : -1;
}

/**
 * `out = x + ySign·y` rounded as `x.plus(y)` (`ySign` 1) or `x.minus(y)` (`ySign` −1) of `D`.
 * `out` must not be `x` or `y`. `false` for a zero result or an aligned span over 64 words.
 */
export function addInto(out: DecimalRegister, x: DecimalRegister, y: DecimalRegister, ySign: number): boolean {
  const xd = x.d;
  const yd = y.d;
  const xl = x.n;
  const yl = y.n;
  const ex = Math.floor(x.e / 7);
  const ey = Math.floor(y.e / 7);
  const top = Math.max(ex, ey);
  const bx = ex - xl + 1;
  const by = ey - yl + 1;
  const bottom = Math.min(bx, by);
  const n = top - bottom + 2; // one spare word for the carry
  if (n > MAX_SPAN) return false;
  const w = wide;
  for (let i = 0; i < n; i++) w[i] = 0;
  const sx = x.s;
  const sy = y.s * ySign;
  if (sx === sy) {
    let o = top + 1 - ex;
    for (let i = 0; i < xl; i++) w[o + i] = xd[i] as number;
    o = top + 1 - ey;
    for (let i = 0; i < yl; i++) w[o + i] = (w[o + i] as number) + (yd[i] as number);
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
    return roundInto(out, n, top + 1, sx);
  }
  const c = compareMagnitude(x, y);
  if (c === 0) return false; // exact zero: decimal.js decides its sign
  const big = c > 0 ? x : y;
  const small = c > 0 ? y : x;
  const eb = c > 0 ? ex : ey;
  const es = c > 0 ? ey : ex;
  const bd = big.d;
  const sd = small.d;
  let o = top + 1 - eb;
  for (let i = 0; i < big.n; i++) w[o + i] = bd[i] as number;
  o = top + 1 - es;
  for (let i = 0; i < small.n; i++) w[o + i] = (w[o + i] as number) - (sd[i] as number);
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
  return roundInto(out, n, top + 1, c > 0 ? sx : sy);
}

/**
 * `out = x · y` rounded as `x.times(y)` of `D`: the exact product of the words, rounded once.
 * `out` must not be `x` or `y`.
 */
export function mulInto(out: DecimalRegister, x: DecimalRegister, y: DecimalRegister): boolean {
  const xd = x.d;
  const yd = y.d;
  const la = x.n;
  const lb = y.n;
  const w = wide;
  const n = la + lb;
  for (let i = 0; i < n; i++) w[i] = 0;
  // Column sums stay below 24 · 1e14 < 2^53; then one carry pass (see the kernel's `mul`).
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
  return roundInto(out, n, top, x.s * y.s);
}

/**
 * A divisor prepared for {@link divInto}: `y = s · coef · 10^t` with `coef` free of trailing zeros
 * and below 9·10^8, and the shift that aligns `t` to a multiple of 7.
 */
export class ShortDivisor {
  /** Whether the last {@link prepareDivisor} accepted the divisor. */
  ok = false;
  s = 1;
  coef = 1;
  /** Decimal scaling of the dividend, 0..6. */
  shift = 0;
  /** (t + shift) / 7. */
  t7 = 0;
}

/**
 * Prepares `y` for {@link divInto}; `false` when it is zero, not finite, or has more than 8
 * significant digits (coefficient ≥ 9·10^8) — the kernel's `div` then asks decimal.js.
 */
export function prepareDivisor(out: ShortDivisor, y: Dec): boolean {
  out.ok = false;
  const yd = y.d as number[] | null;
  if (yd === null || yd[0] === 0) return false;
  const lb = yd.length;
  if (lb > 2) return false;
  const low = yd[lb - 1] as number;
  let tz = 0;
  while (tz < 6 && low % (POW10[tz + 1] as number) === 0) tz++;
  const coef = (lb === 1 ? low : (yd[0] as number) * BASE + low) / (POW10[tz] as number);
  if (coef >= MAX_DIVISOR) return false;
  const t = 7 * (Math.floor(y.e / 7) - lb + 1) + tz;
  const m = ((t % 7) + 7) % 7;
  const shift = m === 0 ? 0 : 7 - m;
  out.s = y.s;
  out.coef = coef;
  out.shift = shift;
  out.t7 = (t + shift) / 7;
  out.ok = true;
  return true;
}

/**
 * `out = x / y` rounded as `x.div(y)` of `D`, for a prepared short divisor: one-word long division
 * to at least 51 significant digits (exact digits of the true quotient), then one rounding.
 */
export function divInto(out: DecimalRegister, x: DecimalRegister, y: ShortDivisor): boolean {
  const words = longDivide(wide, x.d, x.n, POW10[y.shift] as number, y.coef);
  if (words < 0) return false;
  const top = Math.floor(x.e / 7) + 1 - y.t7;
  return roundInto(out, words, top, x.s * y.s);
}
