import fc from "fast-check";
import { D, type Dec } from "./decimal.js";

// fast-check arbitraries shared by the fused kernel tests (test-only module): decimals that stress
// 50-digit rounding, as text (short counterexamples) turned into `D` values by `make`.

/**
 * The parts of a Decimal a fused op must reproduce: sign, exponent, digit words and (below
 * |e| = 10^4, where the plain string stays short) the string.
 */
export const parts = (x: Dec) => ({
  s: x.s,
  e: x.e,
  d: x.d === null ? null : [...x.d],
  str: Math.abs(x.e) < 1e4 ? x.toString() : "",
});

/** Significands that stress rounding: random, carry chains of 9s, ties (…5 at the 51st digit). */
export const significand = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[1-9][0-9]{0,59}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[1-9][0-9]{0,6}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^9{1,60}[0-9]?$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9]0{0,52}5$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9][0-9]{48}[13579]$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9][0-9]{49}[0-9]?5$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[1-9]9{48,52}[4-6]?$/) },
);
const exponent = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -60, max: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5000, max: 5000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-9e15 + 200, 9e15 - 200, -1e9, 1e9) },
);
/** Finite decimals, zeros (±0) included. */
export const decimal = fc
  .oneof(
    { weight: 12, arbitrary: fc.tuple(fc.boolean(), significand, exponent) },
    { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.constant("0"), fc.constant(0)) },
  )
  .map(([neg, sig, e]) => `${neg ? "-" : ""}${sig}e${e}`);
/** Short decimals (goalposts, spans, data values): up to 10 significant digits. */
export const shortDecimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9][0-9]{0,9}$/), fc.integer({ min: -12, max: 12 }))
  .map(([neg, sig, e]) => `${neg ? "-" : ""}${sig}e${e}`);
/** The results of 50-digit operations, as the engine feeds them back in ("<x>/<y>"). */
export const rounded = fc.tuple(decimal, shortDecimal).map(([x, y]) => `${x}/${y}`);
/** Any operand. */
export const operand = fc.oneof(decimal, shortDecimal, rounded);

/** Builds the `D` value of an operand's text. */
export const make = (spec: string): Dec => {
  const [x, y] = spec.split("/");
  return y === undefined ? new D(x as string) : new D(x as string).div(y);
};
