import type { Cell } from "exceljs";
import { D, decimalString } from "./decimal.js";

/**
 * The text of a worksheet cell as the importer reads it. Excel stores numbers as binary doubles; they
 * are read at Excel's own precision of 15 significant digits (so a stored 0.30000000000000004 reads
 * as "0.3", as Excel shows it) and turned into a decimal string without further float arithmetic.
 * A number formatted with a zero-padded format (`000`) keeps its leading zeros (`7` → `"007"`).
 * Dates become ISO dates (`2024-05-01`), formulas their cached result (or `=FORMULA` when there is
 * none, so the cell is reported instead of being read as blank), errors their code (`#N/A`), rich
 * text and hyperlinks their text, booleans `TRUE`/`FALSE`.
 *
 * @internal
 */
export function cellText(cell: Cell): string {
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      formula?: string;
      sharedFormula?: string;
      result?: unknown;
      error?: string;
    };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join("");
    if (v.error !== undefined) return v.error;
    if (v.formula !== undefined || v.sharedFormula !== undefined) {
      if (v.result === undefined || v.result === null) return `=${v.formula ?? v.sharedFormula ?? ""}`;
      return valueText(v.result, numFmt);
    }
    if (v.text !== undefined) return valueText(v.text, numFmt);
  }
  return String(value);
}

function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return "";
  const text = decimalString(new D(value.toPrecision(15)));
  const pad = numFmt === undefined ? undefined : /^0+$/.exec(numFmt.trim());
  if (pad !== null && pad !== undefined && /^\d+$/.test(text)) return text.padStart(pad[0].length, "0");
  return text;
}
