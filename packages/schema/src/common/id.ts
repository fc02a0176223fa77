import { z } from "zod";

/** Object keys that must never be used as identifiers (prototype pollution). */
export const FORBIDDEN_IDS: readonly string[] = ["__proto__", "constructor", "prototype"];

const ID_RE = /^[A-Za-z0-9_\u4e00-\u9fff][A-Za-z0-9_.\-\u4e00-\u9fff]*$/;

/**
 * An identifier (编码) of an indicator, node, unit, category, person, rule …: 1–64 characters,
 * letters, digits, `_`, `-`, `.` and CJK characters, not starting with `-` or `.`; never
 * `__proto__`, `constructor` or `prototype`.
 *
 * @example
 * ```ts
 * IdSchema.parse("gdp_growth"); // ok
 * IdSchema.safeParse("__proto__").success; // false
 * ```
 * @since 0.1.0
 */
export const IdSchema = z
  .string()
  .max(64)
  .refine((s) => ID_RE.test(s), {
    message: "expected an id of letters, digits, '_', '-', '.' (1–64 characters)",
    params: { code: "invalid_id" },
  })
  .refine((s) => !FORBIDDEN_IDS.includes(s), { message: "reserved identifier", params: { code: "reserved_id" } });

/** An identifier; see {@link IdSchema}. @since 0.1.0 */
export type Id = z.infer<typeof IdSchema>;

/**
 * Whether `s` is a valid {@link IdSchema | id}: the same rule as the schema, as a fast predicate.
 *
 * @since 0.1.0
 */
export function isId(s: unknown): s is string {
  return typeof s === "string" && s.length <= 64 && ID_RE.test(s) && !FORBIDDEN_IDS.includes(s);
}
