import { ScoringError } from "../errors.js";
import type { CriterionDirection, NumericMatrix } from "../mcdm/decision-matrix.js";
import { D, type Dec, type NumericInput, toDecimal } from "./decimal.js";

export type { CriterionDirection, NumericMatrix };

/**
 * Reads a rectangular, non-empty matrix of numbers into Decimals, or throws `invalid_matrix` /
 * `invalid_number` with the path of the offending row or cell.
 */
export function readMatrix(matrix: NumericMatrix, name = "matrix", minRows = 1): Dec[][] {
  if (!Array.isArray(matrix) || matrix.length < minRows) {
    throw new ScoringError(
      "invalid_matrix",
      `${name} must be an array of at least ${minRows} row(s) (rows = alternatives, columns = criteria)`,
      { path: [name] },
    );
  }
  const first = matrix[0];
  const columns = Array.isArray(first) ? first.length : 0;
  if (columns === 0) {
    throw new ScoringError("invalid_matrix", `${name} must have at least one column`, { path: [name, 0] });
  }
  return matrix.map((row, i) => {
    if (!Array.isArray(row) || row.length !== columns) {
      throw new ScoringError(
        "invalid_matrix",
        `${name} row ${i} must have ${columns} values like row 0, got ${Array.isArray(row) ? row.length : typeof row}`,
        { path: [name, i] },
      );
    }
    return row.map((cell, j) => toDecimal(cell as NumericInput, [name, i, j]));
  });
}

/** Reads one direction per column; `undefined` means all `benefit`. */
export function readDirections(
  directions: readonly CriterionDirection[] | undefined,
  columns: number,
): CriterionDirection[] {
  if (directions === undefined) return Array.from({ length: columns }, () => "benefit");
  if (!Array.isArray(directions) || directions.length !== columns) {
    throw new ScoringError(
      "invalid_directions",
      `directions must have one entry per criterion (${columns}), got ${Array.isArray(directions) ? directions.length : typeof directions}`,
      { path: ["directions"] },
    );
  }
  return directions.map((d, j) => {
    if (d !== "benefit" && d !== "cost") {
      throw new ScoringError(
        "invalid_directions",
        `directions[${j}] must be "benefit" or "cost", got ${JSON.stringify(d)}`,
        {
          path: ["directions", j],
        },
      );
    }
    return d;
  });
}

/**
 * Reads a weight vector (one weight per criterion, each ≥ 0, not all zero) and divides it by its
 * sum, so that methods receive weights summing to 1.
 */
export function readWeights(weights: readonly NumericInput[], columns: number, name = "weights"): Dec[] {
  if (!Array.isArray(weights) || weights.length !== columns) {
    throw new ScoringError(
      "invalid_weights",
      `${name} must have one weight per criterion (${columns}), got ${Array.isArray(weights) ? weights.length : typeof weights}`,
      { path: [name] },
    );
  }
  const values = weights.map((w, j) => {
    const d = toDecimal(w, [name, j]);
    if (d.isNegative() && !d.isZero()) {
      throw new ScoringError("negative_weight", `${name}[${j}] must be ≥ 0, got ${d.toString()}`, { path: [name, j] });
    }
    return d;
  });
  const total = sumExact(values);
  if (total.isZero()) throw new ScoringError("weights_sum_zero", `${name} sum to zero`, { path: [name] });
  return values.map((v) => v.div(total));
}

/** The column `j` of a matrix. */
export function column(matrix: readonly (readonly Dec[])[], j: number): Dec[] {
  return matrix.map((row) => row[j] as Dec);
}

/**
 * Sums Decimals in ascending order of value, so that the (50-digit) rounding of the sum does not
 * depend on the order of the inputs: permuting alternatives gives bit-identical sums.
 */
export function sumSorted(values: readonly Dec[]): Dec {
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  let total = new D(0);
  for (const v of sorted) total = total.plus(v);
  return total;
}

/** Sums Decimals in the given order (used over criteria, whose order is part of the input). */
export function sumExact(values: readonly Dec[]): Dec {
  let total = new D(0);
  for (const v of values) total = total.plus(v);
  return total;
}

/** Smallest and largest value of a non-empty list. */
export function minMax(values: readonly Dec[]): { min: Dec; max: Dec } {
  let min = values[0] as Dec;
  let max = min;
  for (const v of values) {
    if (v.lessThan(min)) min = v;
    if (v.greaterThan(max)) max = v;
  }
  return { min, max };
}

/** Whether all values of a non-empty list are equal. */
export function isConstant(values: readonly Dec[]): boolean {
  const { min, max } = minMax(values);
  return min.equals(max);
}
