import type { Dec } from "./decimal.js";
import type { DecimalColumn } from "./decimal-column.js";
import { add, div, mul, sub } from "./decimal-kernel.js";
import {
  addInto,
  compare,
  DecimalRegister,
  divInto,
  load,
  mulInto,
  prepareDivisor,
  ShortDivisor,
  toDec,
} from "./decimal-register.js";

/** {@link linearScaleClamp}: the value was inside [lower, upper]. */
export const CLAMP_NONE = 0;
/** {@link linearScaleClamp}: the value was below `lower` and scored as `lower`. */
export const CLAMP_LOWER = 1;
/** {@link linearScaleClamp}: the value was above `upper` and scored as `upper`. */
export const CLAMP_UPPER = 2;

/** What {@link linearScaleClamp} reports. */
export type ClampKind = typeof CLAMP_NONE | typeof CLAMP_LOWER | typeof CLAMP_UPPER;

let clamp: ClampKind = CLAMP_NONE;

// Registers of the fused path. Goalposts, span and offset are reloaded only when the caller passes
// another Decimal object (a column passes the same ones for every cell); Decimals are immutable.
const value = new DecimalRegister();
const post = new DecimalRegister(); // lower (benefit) or upper (cost)
const spanReg = new DecimalRegister();
const offsetReg = new DecimalRegister();
const t1 = new DecimalRegister();
const t2 = new DecimalRegister();
const divisor = new ShortDivisor();
let postOf: Dec | undefined;
let postOk = false;
let spanOf: Dec | undefined;
let spanOk = false;
let offsetOf: Dec | undefined;
let offsetOk = false;
let rangeOf: Dec | undefined;

/**
 * How the last {@link linearScaleCell} call clamped its value: {@link CLAMP_NONE},
 * {@link CLAMP_LOWER} or {@link CLAMP_UPPER}. A module-level flag, so that a cell returns its score
 * without allocating a result object: read it right after the call (single-threaded, synchronous).
 */
export function linearScaleClamp(): ClampKind {
  return clamp;
}

/**
 * One cell of the engine's linear scaling (`src/assess/linear-scale.ts`): clamp `x` into
 * [lower, upper] (see {@link linearScaleClamp}), fraction = benefit ? (v − L)/range : (U − v)/range,
 * scaled = span · fraction, result = offset is zero ? scaled : offset + scaled — COINr `n_minmax`
 * (offset a, span b − a) and 功效系数法 (offset base, span span). Returns, digit for digit, what
 * the unfused `D` operations return (each intermediate rounded to 50 digits half-up); the
 * intermediates stay in registers and only the result is allocated. Cases the registers do not
 * cover (a zero difference, a range of more than 8 significant digits, …) run the unfused
 * kernel operations.
 *
 * @param range - `upper − lower`, as the caller computed it once per column.
 * @example
 * // min-max onto 0–100: (65 − 40)/(90 − 40) · 100 = 50, not clamped.
 * const [lower, upper] = [new D(40), new D(90)];
 * linearScaleCell(new D(65), lower, upper, sub(upper, lower), new D(100), new D(0), true).toString(); // "50"
 * linearScaleClamp() === CLAMP_NONE; // true
 */
export function linearScaleCell(
  x: Dec,
  lower: Dec,
  upper: Dec,
  range: Dec,
  span: Dec,
  offset: Dec,
  benefit: boolean,
): Dec {
  const v = clamped(x, lower, upper);
  const r = fused(v, lower, upper, range, span, offset, benefit);
  return r !== undefined ? toDec(r) : unfused(v, lower, upper, range, span, offset, benefit);
}

/**
 * {@link linearScaleCell} writing its result into entry `i` of a {@link DecimalColumn}: no
 * allocation at all on the fused path. The clamp is reported by {@link linearScaleClamp}.
 */
export function linearScaleCellInto(
  column: DecimalColumn,
  i: number,
  x: Dec,
  lower: Dec,
  upper: Dec,
  range: Dec,
  span: Dec,
  offset: Dec,
  benefit: boolean,
): void {
  const v = clamped(x, lower, upper);
  const r = fused(v, lower, upper, range, span, offset, benefit);
  if (r !== undefined) column.setRegister(i, r);
  else column.set(i, unfused(v, lower, upper, range, span, offset, benefit));
}

/** `x` clamped into [lower, upper] as `linear-scale.ts` does it, recording the clamp. */
function clamped(x: Dec, lower: Dec, upper: Dec): Dec {
  clamp = CLAMP_NONE;
  if (compare(x, lower) < 0) {
    clamp = CLAMP_LOWER;
    return lower;
  }
  if (compare(x, upper) > 0) {
    clamp = CLAMP_UPPER;
    return upper;
  }
  return x;
}

/** The fused path: the register holding the result, `undefined` when a step is not covered. */
function fused(
  v: Dec,
  lower: Dec,
  upper: Dec,
  range: Dec,
  span: Dec,
  offset: Dec,
  benefit: boolean,
): DecimalRegister | undefined {
  const p = benefit ? lower : upper;
  if (p !== postOf) {
    postOk = load(post, p);
    postOf = p;
  }
  if (range !== rangeOf) {
    prepareDivisor(divisor, range);
    rangeOf = range;
  }
  if (span !== spanOf) {
    spanOk = load(spanReg, span);
    spanOf = span;
  }
  if (!postOk || !divisor.ok || !spanOk || !load(value, v)) return undefined;
  if (!(benefit ? addInto(t1, value, post, -1) : addInto(t1, post, value, -1))) return undefined;
  if (!divInto(t2, t1, divisor)) return undefined;
  if (!mulInto(t1, spanReg, t2)) return undefined;
  if (offset.isZero()) return t1;
  if (offset !== offsetOf) {
    offsetOk = load(offsetReg, offset);
    offsetOf = offset;
  }
  if (!offsetOk || !addInto(t2, offsetReg, t1, 1)) return undefined;
  return t2;
}

/** The unfused sequence, as `linear-scale.ts` computes it (each kernel op equals decimal.js's). */
function unfused(v: Dec, lower: Dec, upper: Dec, range: Dec, span: Dec, offset: Dec, benefit: boolean): Dec {
  const fraction = benefit ? div(sub(v, lower), range) : div(sub(upper, v), range);
  const scaled = mul(span, fraction);
  return offset.isZero() ? scaled : add(offset, scaled);
}
