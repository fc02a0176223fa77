import type { ProjectAnalysis } from "./analyse.js";

/**
 * A JSON value: what {@link analysisToJson} produces.
 *
 * @example
 * ```ts
 * import type { JsonValue } from "ducha";
 *
 * const v: JsonValue = { seed: 1, shift: "0.5", ranks: [1, 2] };
 * ```
 * @since 0.1.0
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Whether `value` is a decimal.js Decimal (its `Symbol.toStringTag` is `"Decimal"`). */
function isDecimal(value: object): boolean {
  return Object.prototype.toString.call(value) === "[object Decimal]";
}

function toJson(value: unknown, path: string): JsonValue | undefined {
  if (value === null) return null;
  if (value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`non-finite number at ${path}`);
    return value;
  }
  if (typeof value !== "object") throw new TypeError(`unexpected ${typeof value} at ${path}`);
  if (isDecimal(value)) return String(value);
  if (ArrayBuffer.isView(value)) return undefined; // bulk matrices (e.g. the Monte Carlo rank matrix) are left out
  if (Array.isArray(value)) return value.map((v: unknown, i) => toJson(v, `${path}.${i}`) ?? null);
  const out: Record<string, JsonValue> = {};
  for (const [key, v] of Object.entries(value)) {
    const json = toJson(v, `${path}.${key}`);
    if (json !== undefined) out[key] = json;
  }
  return out;
}

/**
 * The analysis as plain JSON (稳健性分析结果): exact decimals (remove-one mean shifts, every audit
 * statistic and correlation) as full-precision decimal strings, float results (Monte Carlo rank
 * statistics, Sobol' indices) as JSON numbers. The Monte Carlo rank matrix (replications × units)
 * is left out; every per-unit summary is kept. Same analysis, same JSON text.
 *
 * @param analysis - from {@link analyse}
 * @returns a JSON-serialisable object
 * @example
 * ```ts
 * import { analyse, analysisToJson, assess, loadProject } from "ducha";
 *
 * const loaded = loadProject("project.json");
 * if (loaded.ok) console.log(JSON.stringify(analysisToJson(analyse(loaded.value, assess(loaded.value)))));
 * ```
 * @since 0.1.0
 */
export function analysisToJson(analysis: ProjectAnalysis): { readonly [key: string]: JsonValue } {
  return toJson(analysis, "analysis") as { readonly [key: string]: JsonValue };
}
