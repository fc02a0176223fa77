import { D, type Dec } from "../internal/decimal.js";
import { type CriterionDirection, column, minMax, sumSorted } from "../internal/matrix.js";

/**
 * Private column normalisations for the ranking methods (not exported from the package).
 * Each returns the normalised matrix and the indices of columns where the formula degenerates.
 */
export interface NormalizedColumns {
  readonly values: Dec[][];
  readonly constantCriteria: number[];
}

/**
 * Vector normalisation rᵢⱼ = xᵢⱼ / √(Σᵢ xᵢⱼ²) (Hwang & Yoon 1981). Directions are not applied here
 * (TOPSIS takes the minimum as ideal for cost criteria). An all-zero column stays 0 and is flagged.
 */
export function vectorNormalize(x: readonly (readonly Dec[])[]): NormalizedColumns {
  const n = (x[0] as Dec[]).length;
  const constantCriteria: number[] = [];
  const norms = Array.from({ length: n }, (_, j) => {
    const norm = sumSorted(column(x, j).map((v) => v.times(v))).sqrt();
    if (norm.isZero()) constantCriteria.push(j);
    return norm;
  });
  return {
    values: x.map((row) => row.map((v, j) => ((norms[j] as Dec).isZero() ? new D(0) : v.div(norms[j] as Dec)))),
    constantCriteria,
  };
}

/**
 * Min-max normalisation by direction: benefit (x − min)/(max − min), cost (max − x)/(max − min)
 * (pymcdm `minmax_normalization`); a constant column becomes all ones, as in pymcdm, and is flagged.
 */
export function minMaxNormalize(
  x: readonly (readonly Dec[])[],
  directions: readonly CriterionDirection[],
): NormalizedColumns {
  const n = (x[0] as Dec[]).length;
  const constantCriteria: number[] = [];
  const extremes = Array.from({ length: n }, (_, j) => {
    const e = minMax(column(x, j));
    if (e.min.equals(e.max)) constantCriteria.push(j);
    return e;
  });
  return {
    values: x.map((row) =>
      row.map((v, j) => {
        const { min, max } = extremes[j] as { min: Dec; max: Dec };
        if (min.equals(max)) return new D(1);
        return (directions[j] === "cost" ? max.minus(v) : v.minus(min)).div(max.minus(min));
      }),
    ),
    constantCriteria,
  };
}
