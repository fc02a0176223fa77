import type { Dec } from "./decimal.js";
import { Make } from "./decimal-kernel.js";
import type { DecimalRegister } from "./decimal-register.js";

/** Words stored inline per entry: every value rounded to 50 significant digits fits in 8. */
const STRIDE = 8;
/** `info` of an inline zero (±ZERO_INFO for +0 and −0). */
const ZERO_INFO = 9;

/**
 * A column of many `Dec | null` values kept off the JavaScript heap: the digit words of each entry
 * in one Int32Array (8 per entry), its exponent in a Float64Array and its sign and word count in an
 * Int8Array, so that retaining a million scores costs ~41 bytes each and no garbage-collector
 * tracing, against ~100 traced bytes for a Decimal object with its digit array. `get(i)`
 * materialises a `D` instance on demand (the same `s`, `e` and `d` as the value stored).
 * Entries that do not fit (more than 8 words, non-finite values) are kept as the Decimal itself in
 * a side map. Entries never set read as `null`.
 *
 * @example
 * const col = new DecimalColumn(3);
 * col.set(0, new D("87.5"));
 * col.get(0)?.toString(); // "87.5"
 * col.get(1); // null
 */
export class DecimalColumn {
  /** Number of entries. */
  readonly length: number;
  private readonly words: Int32Array;
  private readonly exps: Float64Array;
  /**
   * ±(word count) for an inline entry (the sign of the value), ±ZERO_INFO for ±0, 0 for null or a
   * held entry.
   */
  private readonly info: Int8Array;
  private readonly held = new Map<number, Dec>();

  constructor(length: number) {
    this.length = length;
    this.words = new Int32Array(length * STRIDE);
    this.exps = new Float64Array(length);
    this.info = new Int8Array(length);
  }

  /** Stores `x` (or `null`) at entry `i`. */
  set(i: number, x: Dec | null): void {
    this.clearHeld(i);
    const d = x === null ? null : (x.d as number[] | null);
    if (x !== null && d !== null && d[0] === 0) {
      this.exps[i] = x.e;
      this.info[i] = x.s < 0 ? -ZERO_INFO : ZERO_INFO;
      return;
    }
    if (x === null || d === null || d.length > STRIDE) {
      this.info[i] = 0;
      if (x !== null) this.held.set(i, x);
      return;
    }
    const n = d.length;
    const w = this.words;
    const at = i * STRIDE;
    for (let j = 0; j < n; j++) w[at + j] = d[j] as number;
    this.exps[i] = x.e;
    this.info[i] = x.s < 0 ? -n : n;
  }

  /** Stores the value of a register (finite, non-zero) at entry `i` without allocating. */
  setRegister(i: number, r: DecimalRegister): void {
    const n = r.n;
    if (n > STRIDE) {
      // Not a rounded result: keep it as a Decimal.
      this.clearHeld(i);
      this.info[i] = 0;
      this.held.set(i, new Make(r.s, r.e, Array.from(r.d.subarray(0, n))));
      return;
    }
    this.clearHeld(i);
    const w = this.words;
    const d = r.d;
    const at = i * STRIDE;
    for (let j = 0; j < n; j++) w[at + j] = d[j] as number;
    this.exps[i] = r.e;
    this.info[i] = r.s < 0 ? -n : n;
  }

  /** Whether entry `i` is `null`. */
  isNull(i: number): boolean {
    return this.info[i] === 0 && !this.held.has(i);
  }

  /** Entry `i` as a `D` instance (a new object per call), or `null`. */
  get(i: number): Dec | null {
    const info = this.info[i] as number;
    if (info === 0) return this.held.get(i) ?? null;
    const n = info < 0 ? -info : info;
    if (n === ZERO_INFO) return new Make(info < 0 ? -1 : 1, this.exps[i] as number, [0]);
    return new Make(info < 0 ? -1 : 1, this.exps[i] as number, this.wordsAt(i * STRIDE, n));
  }

  /**
   * Loads entry `i` into a register without allocating; `false` (register unchanged) for `null`,
   * zero and held entries (long or non-finite values): read those with {@link DecimalColumn.get}.
   */
  loadInto(r: DecimalRegister, i: number): boolean {
    const info = this.info[i] as number;
    if (info === 0) return false;
    const n = info < 0 ? -info : info;
    if (n === ZERO_INFO) return false;
    r.s = info < 0 ? -1 : 1;
    r.e = this.exps[i] as number;
    r.n = n;
    const w = this.words;
    const d = r.d;
    const at = i * STRIDE;
    for (let j = 0; j < n; j++) d[j] = w[at + j] as number;
    return true;
  }

  private clearHeld(i: number): void {
    if (this.info[i] === 0 && this.held.size > 0) this.held.delete(i);
  }

  /** The `n` words from `at` as a packed array of exactly `n` small integers (see `wordsOf`). */
  private wordsAt(at: number, n: number): number[] {
    const w = this.words;
    switch (n) {
      case 1:
        return [w[at] as number];
      case 2:
        return [w[at] as number, w[at + 1] as number];
      case 3:
        return [w[at] as number, w[at + 1] as number, w[at + 2] as number];
      case 4:
        return [w[at] as number, w[at + 1] as number, w[at + 2] as number, w[at + 3] as number];
      case 5:
        return [w[at] as number, w[at + 1] as number, w[at + 2] as number, w[at + 3] as number, w[at + 4] as number];
      case 6:
        return [
          w[at] as number,
          w[at + 1] as number,
          w[at + 2] as number,
          w[at + 3] as number,
          w[at + 4] as number,
          w[at + 5] as number,
        ];
      case 7:
        return [
          w[at] as number,
          w[at + 1] as number,
          w[at + 2] as number,
          w[at + 3] as number,
          w[at + 4] as number,
          w[at + 5] as number,
          w[at + 6] as number,
        ];
      default:
        return [
          w[at] as number,
          w[at + 1] as number,
          w[at + 2] as number,
          w[at + 3] as number,
          w[at + 4] as number,
          w[at + 5] as number,
          w[at + 6] as number,
          w[at + 7] as number,
        ];
    }
  }
}
