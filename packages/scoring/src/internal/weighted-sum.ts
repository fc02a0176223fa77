import { D, type Dec } from "./decimal.js";
import type { DecimalColumn } from "./decimal-column.js";
import { add, mul } from "./decimal-kernel.js";
import { addInto, copy, DecimalRegister, load, mulInto, toDec } from "./decimal-register.js";

// Temporaries shared by every accumulator: `addProduct` is synchronous and uses them only within
// one call, so nested accumulators (one per tree level) do not interfere.
const xReg = new DecimalRegister();
const wReg = new DecimalRegister();
const product = new DecimalRegister();
/** The Decimal last loaded into `wReg` (consecutive children often share a weight). */
let wOf: Dec | undefined;
let wOk = false;

/** `new D(0)`, the value of an empty sum (a column stores its parts, not the object). */
const ZERO_SUM = new D(0);

/** The accumulator is exactly +0 (after `reset`, or after a sum cancelled to zero). */
const ZERO = 0;
/** The accumulator's value is in its register. */
const REGISTER = 1;
/** The accumulator's value is the Decimal `held` (a case the register does not cover). */
const HELD = 2;

/**
 * A weighted-sum accumulator without allocations: `reset()`, then `addProduct(x, w)` per child
 * computes `acc = acc.plus(x.times(w))` of `D` — the product rounded to 50 digits, then the sum
 * rounded to 50 digits, exactly as the two decimal.js operations — in registers; `value()`
 * allocates the result once. The weighted arithmetic mean Σ wᵢ·sᵢ (COINr `a_amean`) over
 * normalised weights. One instance per nesting level (the registers are per instance).
 *
 * @example
 * const acc = new WeightedSum();
 * acc.reset();
 * acc.addProduct(new D("80"), new D("0.25"));
 * acc.addProduct(new D("90"), new D("0.75"));
 * acc.value().toString(); // "87.5"
 */
export class WeightedSum {
  private mode = ZERO;
  private acc = new DecimalRegister();
  private spare = new DecimalRegister();
  private held: Dec | undefined;

  /** Sets the accumulator to `new D(0)`. */
  reset(): void {
    this.mode = ZERO;
    this.held = undefined;
  }

  /** `acc = acc.plus(x.times(w))`, digit for digit. */
  addProduct(x: Dec, w: Dec): void {
    if (this.mode !== HELD) {
      const xd = x.d as number[] | null;
      const wd = w.d as number[] | null;
      // A zero product (±0): finite acc + ±0 is acc (+0 for acc = +0), already at 50 digits.
      if (xd !== null && wd !== null && (xd[0] === 0 || wd[0] === 0)) return;
      if (load(xReg, x) && this.addLoaded(w)) return;
    }
    this.addUnfused(x, w);
  }

  /**
   * `acc = acc.plus(x.times(w))` for the value `x` at entry `i` of a column, without materialising
   * it. The entry must not be `null` (check {@link DecimalColumn.isNull}; the engine skips missing
   * scores); throws a TypeError otherwise.
   */
  addProductAt(column: DecimalColumn, i: number, w: Dec): void {
    if (this.mode !== HELD && column.loadInto(xReg, i) && this.addLoaded(w)) return;
    const x = column.get(i);
    if (x === null) throw new TypeError(`WeightedSum.addProductAt: entry ${i} is null`);
    this.addProduct(x, w);
  }

  /** The fast path for the non-zero value loaded in `xReg`; `false` when not covered. */
  private addLoaded(w: Dec): boolean {
    if (w !== wOf) {
      wOk = load(wReg, w);
      wOf = w;
    }
    if (!wOk || !mulInto(product, xReg, wReg)) return false;
    if (this.mode === ZERO) {
      // 0 + p is p for a non-zero p (decimal.js returns p rounded, and p is rounded).
      copy(this.acc, product);
      this.mode = REGISTER;
      return true;
    }
    if (!addInto(this.spare, this.acc, product, 1)) return false;
    const t = this.acc;
    this.acc = this.spare;
    this.spare = t;
    return true;
  }

  /**
   * Not covered (a cancellation to zero, far-apart exponents, long, zero or non-finite operands):
   * the unfused kernel operations, which equal decimal.js's.
   */
  private addUnfused(x: Dec, w: Dec): void {
    this.set(add(this.value(), mul(x, w)));
  }

  /** The accumulated sum as a `D` instance (allocated on each call). */
  value(): Dec {
    return this.mode === REGISTER ? toDec(this.acc) : this.mode === ZERO ? new D(0) : (this.held as Dec);
  }

  /** Writes the accumulated sum into entry `i` of a column (no allocation on the register path). */
  valueInto(column: DecimalColumn, i: number): void {
    if (this.mode === REGISTER) column.setRegister(i, this.acc);
    else column.set(i, this.mode === ZERO ? ZERO_SUM : (this.held as Dec));
  }

  /** Stores a Decimal result: in the register when it fits, as +0, or held as is. */
  private set(r: Dec): void {
    if (load(this.acc, r)) {
      this.mode = REGISTER;
      this.held = undefined;
    } else if (r.isZero() && r.s === 1) {
      this.mode = ZERO;
      this.held = undefined;
    } else {
      this.mode = HELD;
      this.held = r;
    }
  }
}
