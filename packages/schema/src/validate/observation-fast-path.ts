import { isDecimalString } from "../common/decimal-value.js";
import { isId } from "../common/id.js";
import { isPeriodId } from "../period/period.js";

const KEYS = new Set(["unit", "indicator", "period", "value", "status", "missingReason", "source", "note"]);
const STATUSES = new Set(["reported", "verified", "estimated", "missing"]);

const optionalString = (v: unknown, max: number) => v === undefined || (typeof v === "string" && v.length <= max);

/**
 * A fast predicate equivalent to `ObservationSchema.safeParse(o).success` for the common, valid
 * case (a test checks they agree). Validation of millions of observations uses it and falls back
 * to zod only for elements it rejects, to get zod's detailed issues.
 *
 * @internal
 */
export function isValidObservationFast(o: unknown): boolean {
  if (o === null || typeof o !== "object" || Array.isArray(o)) return false;
  const r = o as Record<string, unknown>;
  for (const key in r) if (!KEYS.has(key) || !Object.hasOwn(r, key)) return false;
  if (!isId(r.unit) || !isId(r.indicator)) return false;
  if (typeof r.period !== "string" || !isPeriodId(r.period)) return false;
  const v = r.value;
  if (typeof v === "number") {
    if (!Number.isFinite(v) || Math.abs(v) >= 1e100) return false;
  } else if (typeof v === "string") {
    if (!isDecimalString(v) && !isId(v)) return false;
  } else if (v !== null && typeof v !== "boolean") return false;
  if (r.status !== undefined && !(typeof r.status === "string" && STATUSES.has(r.status))) return false;
  return optionalString(r.missingReason, 500) && optionalString(r.source, 200) && optionalString(r.note, 2000);
}
