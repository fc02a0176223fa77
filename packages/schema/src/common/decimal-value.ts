import { z } from "zod";

/** Largest absolute decimal exponent accepted in a numeric string (`1e100` ok, `1e1000` rejected). */
export const MAX_DECIMAL_EXPONENT = 100;
/** Longest numeric string accepted. */
export const MAX_DECIMAL_LENGTH = 100;

const DECIMAL_STRING_RE = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d{1,3}))?$/;

/**
 * Whether `s` is an exact decimal string Ducha accepts: optional sign, digits with an optional
 * fraction, an optional exponent of at most ±100, at most 100 characters.
 *
 * @example
 * ```ts
 * isDecimalString("1234.50"); // true
 * isDecimalString("1e999999"); // false (exponent abuse)
 * isDecimalString("1,234"); // false — import parsers handle separators, not the schema
 * ```
 * @since 0.1.0
 */
export function isDecimalString(s: string): boolean {
  if (s.length === 0 || s.length > MAX_DECIMAL_LENGTH) return false;
  const m = DECIMAL_STRING_RE.exec(s);
  if (m === null) return false;
  return m[1] === undefined || Math.abs(Number(m[1])) <= MAX_DECIMAL_EXPONENT;
}

/**
 * An exact decimal written as a string (`"85.5"`, `"-0.25"`). The recommended form for every
 * number in a project file: it survives JSON without binary floating-point error.
 *
 * @since 0.1.0
 */
export const DecimalStringSchema = z.string().refine(isDecimalString, {
  message: 'expected a decimal number as a string, e.g. "85.5" (no separators, exponent at most ±100)',
  params: { code: "invalid_decimal" },
});

/**
 * A number in a project file: a decimal string (preferred, exact) or a finite JSON number.
 * Never NaN or ±Infinity.
 *
 * @since 0.1.0
 */
export const DecimalValueSchema = z.union([
  DecimalStringSchema,
  z
    .number()
    .refine(Number.isFinite, { message: "expected a finite number", params: { code: "invalid_decimal" } })
    .refine((n) => Math.abs(n) < 1e100, { message: "number too large", params: { code: "invalid_decimal" } }),
]);

/** A number in a project file; see {@link DecimalValueSchema}. @since 0.1.0 */
export type DecimalValue = z.infer<typeof DecimalValueSchema>;

/**
 * The value of a decimal string or number as a JS number, for comparisons inside validation
 * only (never for scoring, which is exact). Returns `undefined` for anything else.
 *
 * @internal
 */
export function approx(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && isDecimalString(value)) return Number(value);
  return undefined;
}
