import { accountabilityError } from "../errors.js";

/**
 * A JSON value: `null`, a boolean, a finite number, a string, an array of JSON values or a plain
 * object of JSON values.
 *
 * @example
 * ```ts
 * import type { JsonValue } from "@ducha/accountability";
 *
 * const data: JsonValue = { indicator: "gdp", from: "100.5", to: "102", flags: [true, null] };
 * ```
 * @since 0.1.0
 */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Serialises a JSON value canonically (规范化 JSON), following RFC 8785 (JSON Canonicalization
 * Scheme, JCS): object members sorted by key in UTF-16 code-unit order, no whitespace, strings
 * escaped as ECMAScript `JSON.stringify` does, numbers in ECMAScript shortest round-trip form
 * (`Number.prototype.toString`, as JCS §3.2.2.3 specifies; `-0` is written `0`).
 *
 * Unlike `JSON.stringify`, nothing is silently dropped or converted: `undefined` (also as an
 * object member or array element), `NaN`, `±Infinity`, functions, symbols, bigints, sparse array
 * holes, non-plain objects (`Date`, `Map`, class instances, decimal.js values — pass strings) and
 * circular references throw an {@link AccountabilityError} with code `non_json_value` (or
 * `circular_value`) and the `path` of the offending value.
 *
 * Strings (values and keys) containing a lone UTF-16 surrogate are rejected too (`non_json_value`),
 * as I-JSON (RFC 7493, which JCS builds on) requires: UTF-8 encoding would otherwise replace them with
 * U+FFFD and two different strings would hash alike.
 *
 * @param value - the value to serialise
 * @returns the canonical JSON text
 * @example
 * ```ts
 * import { canonicalJson } from "@ducha/accountability";
 *
 * canonicalJson({ b: [1, 2.50, "x"], a: null }); // '{"a":null,"b":[1,2.5,"x"]}'
 * ```
 * @since 0.1.0
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, [], new Set());
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") return String(value);
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "bigint") return "a bigint";
  if (typeof value === "object" && value !== null) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && name !== "" ? `an instance of ${name}` : "a non-plain object";
  }
  return typeof value;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function nonJson(value: unknown, path: readonly (string | number)[], what = describe(value)) {
  const where = path.length > 0 ? path.join(".") : "(root)";
  return accountabilityError(
    "non_json_value",
    {
      zh: `${where} 处的值不是 JSON 值（${what}）；只允许 null、布尔、有限数值、字符串、数组和普通对象`,
      en: `the value at ${where} is not JSON (${what}); only null, booleans, finite numbers, strings, arrays and plain objects are allowed`,
    },
    path,
  );
}

function serialise(value: unknown, path: (string | number)[], stack: Set<object>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "string":
      if (LONE_SURROGATE.test(value)) throw nonJson(value, path, "a string with a lone surrogate");
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw nonJson(value, path);
      // ECMAScript Number::toString, as RFC 8785 §3.2.2.3 requires; JSON.stringify(-0) is "0".
      return JSON.stringify(value);
    case "object":
      break;
    default:
      throw nonJson(value, path);
  }
  const object = value as object;
  if (stack.has(object)) {
    const where = path.length > 0 ? path.join(".") : "(root)";
    throw accountabilityError(
      "circular_value",
      { zh: `${where} 处存在循环引用`, en: `circular reference at ${where}` },
      path,
    );
  }
  stack.add(object);
  try {
    if (Array.isArray(object)) {
      const parts: string[] = [];
      for (let i = 0; i < object.length; i++) {
        if (!(i in object)) throw nonJson(undefined, [...path, i]);
        parts.push(serialise(object[i], [...path, i], stack));
      }
      return `[${parts.join(",")}]`;
    }
    const proto = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) throw nonJson(object, path);
    if (Object.getOwnPropertySymbols(object).length > 0) throw nonJson(Symbol(), path);
    // Default sort compares UTF-16 code units, exactly the order RFC 8785 §3.2.3 prescribes.
    const keys = Object.keys(object).sort();
    const record = object as Record<string, unknown>;
    for (const key of keys) {
      if (LONE_SURROGATE.test(key)) throw nonJson(key, [...path, key], "a key with a lone surrogate");
    }
    const parts = keys.map((key) => `${JSON.stringify(key)}:${serialise(record[key], [...path, key], stack)}`);
    return `{${parts.join(",")}}`;
  } finally {
    stack.delete(object);
  }
}
