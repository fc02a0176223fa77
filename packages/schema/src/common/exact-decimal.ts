import { isDecimalString } from "./decimal-value.js";

/**
 * Minimal exact decimal arithmetic for validation (sums and comparisons of points and bounds),
 * using BigInt so that the schema package stays dependency-light. A value is `m × 10^(−s)`.
 *
 * @internal
 */
export interface Scaled {
  readonly m: bigint;
  readonly s: number;
}

/** Parses a decimal string or finite number exactly; `undefined` when it is neither. @internal */
export function toScaled(value: unknown): Scaled | undefined {
  let str: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    str = String(value);
  } else if (typeof value === "string" && isDecimalString(value)) {
    str = value;
  } else return undefined;
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(str);
  if (match === null) return undefined;
  const sign = match[1] === "-" ? -1n : 1n;
  const int = match[2] ?? "";
  const frac = match[3] ?? "";
  const exp = Number(match[4] ?? "0");
  let m = BigInt(`${int}${frac}` || "0") * sign;
  let s = frac.length - exp;
  if (s < 0) {
    m *= 10n ** BigInt(-s);
    s = 0;
  }
  return { m, s };
}

function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const s = Math.max(a.s, b.s);
  return [a.m * 10n ** BigInt(s - a.s), b.m * 10n ** BigInt(s - b.s), s];
}

/** Exact sum. @internal */
export function addScaled(a: Scaled, b: Scaled): Scaled {
  const [x, y, s] = align(a, b);
  return { m: x + y, s };
}

/** Exact comparison: negative, zero or positive. @internal */
export function compareScaled(a: Scaled, b: Scaled): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Writes a scaled value as a plain decimal string. @internal */
export function scaledToString(v: Scaled): string {
  const neg = v.m < 0n;
  const digits = (neg ? -v.m : v.m).toString().padStart(v.s + 1, "0");
  const int = digits.slice(0, digits.length - v.s);
  let frac = v.s > 0 ? digits.slice(digits.length - v.s) : "";
  frac = frac.replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** Zero. @internal */
export const ZERO: Scaled = { m: 0n, s: 0 };
