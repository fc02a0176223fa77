import { ScoringError } from "../errors.js";

/** Power iteration for the Perron vector (sum 1) of a positive matrix, or of its transpose. */
function perron(a: number[][], transpose: boolean, start: number[]): number[] {
  const n = a.length;
  let w = start.slice();
  for (let iteration = 0; iteration < 100_000; iteration++) {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++)
        s += ((transpose ? (a[j] as number[])[i] : (a[i] as number[])[j]) as number) * (w[j] as number);
      y[i] = s;
    }
    let total = 0;
    for (const v of y) total += v;
    let change = 0;
    for (let i = 0; i < n; i++) {
      y[i] = (y[i] as number) / total;
      change = Math.max(change, Math.abs((y[i] as number) - (w[i] as number)));
    }
    w = y;
    if (change < 1e-15) return w;
  }
  return w;
}

/**
 * Completes an incomplete pairwise comparison matrix so that λmax is minimal (Bozóki, Fülöp &
 * Rónyai 2010, "On optimal completion of incomplete pairwise comparison matrices", *Mathematical
 * and Computer Modelling* 52:318–333), by their cyclic coordinates method.
 *
 * λmax(A(eʸ)) is convex in the logarithms y of the missing entries (ibid.), so each coordinate step
 * finds the root of dλ/dy = (vᵢ xᵢⱼ wⱼ − vⱼ wᵢ / xᵢⱼ) / vᵀw (v, w: left and right Perron vectors)
 * by bisection in log space to a relative width of 1e-13; cycles stop when no entry changes by more
 * than 1e-11 (relative). This search uses IEEE-754 binary64 arithmetic with +, −, ×, ÷ and √ only,
 * which every JavaScript engine rounds identically, so the completion is deterministic.
 *
 * @param a - n × n matrix with `NaN` at missing positions (both (i, j) and (j, i)); not modified
 * @param missing - missing pairs (i, j) with i < j
 * @returns the completed value xᵢⱼ (upper triangle) of each missing pair, in order
 */
export function completeAhpMatrix(
  a: readonly (readonly number[])[],
  missing: readonly (readonly [number, number])[],
): number[] {
  const n = a.length;
  const m = a.map((row) => row.slice());
  const x = missing.map(() => 1);
  const set = (k: number, value: number): void => {
    const [i, j] = missing[k] as readonly [number, number];
    (m[i] as number[])[j] = value;
    (m[j] as number[])[i] = 1 / value;
  };
  for (let k = 0; k < missing.length; k++) set(k, 1);
  let w = new Array<number>(n).fill(1 / n);
  let v = w.slice();
  const slope = (k: number, value: number): number => {
    const [i, j] = missing[k] as readonly [number, number];
    set(k, value);
    w = perron(m, false, w);
    v = perron(m, true, v);
    return (v[i] as number) * value * (w[j] as number) - ((v[j] as number) * (w[i] as number)) / value;
  };
  for (let cycle = 0; cycle < 2000; cycle++) {
    let maxChange = 0;
    for (let k = 0; k < missing.length; k++) {
      const current = x[k] as number;
      let lo = current;
      let hi = current;
      const g = slope(k, current);
      if (g > 0) {
        for (let s = 0; s < 2000 && slope(k, lo) > 0; s++) lo /= 2;
      } else if (g < 0) {
        for (let s = 0; s < 2000 && slope(k, hi) < 0; s++) hi *= 2;
      }
      for (let s = 0; s < 200 && hi / lo - 1 > 1e-13; s++) {
        const mid = Math.sqrt(lo * hi);
        if (slope(k, mid) > 0) hi = mid;
        else lo = mid;
      }
      const next = Math.sqrt(lo * hi);
      set(k, next);
      x[k] = next;
      maxChange = Math.max(maxChange, Math.abs(next / current - 1));
    }
    if (maxChange < 1e-11) return x;
  }
  throw new ScoringError(
    "ahp_completion_not_converged",
    "the optimal completion of the incomplete AHP matrix did not converge",
    {
      path: ["matrix"],
    },
  );
}
