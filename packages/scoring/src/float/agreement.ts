import type { AssessmentResult } from "../assess/types.js";
import type { FloatAssessment } from "./score-float.js";

/**
 * Test helper: every difference between an exact assessment and a float one. Numbers agree when
 * |float − exact| ≤ tol · max(1, |exact|) (relative, absolute below 1 on the 0–100 scale);
 * status, ranks and grades must be equal.
 * @internal
 */
export function compareWithExact(exact: AssessmentResult, float: FloatAssessment, tol = 1e-9): string[] {
  const problems: string[] = [];
  const index = new Map(float.units.map((u, k) => [u, k]));
  const close = (what: string, e: number, f: number) => {
    if (!(Math.abs(f - e) <= tol * Math.max(1, Math.abs(e)))) problems.push(`${what}: exact ${e}, float ${f}`);
  };
  if (exact.units.length !== float.units.length)
    problems.push(`unit count ${exact.units.length} ≠ ${float.units.length}`);
  for (const r of exact.units) {
    const k = index.get(r.unit);
    if (k === undefined) {
      problems.push(`unit ${r.unit} missing in float`);
      continue;
    }
    if (r.status !== "scored") {
      if (float.scored[k] !== 0) problems.push(`${r.unit}: exact insufficient, float scored`);
      continue;
    }
    if (float.scored[k] !== 1) {
      problems.push(`${r.unit}: exact scored, float insufficient`);
      continue;
    }
    close(`${r.unit} base`, r.base.toNumber(), float.base[k] as number);
    close(`${r.unit} total`, r.total.toNumber(), float.totals[k] as number);
    close(`${r.unit} published`, r.published.toNumber(), float.published[k] as number);
    if ((r.rank ?? 0) !== float.ranks[k]) problems.push(`${r.unit} rank: exact ${r.rank}, float ${float.ranks[k]}`);
    if ((r.categoryRank ?? 0) !== float.categoryRanks[k])
      problems.push(`${r.unit} category rank: exact ${r.categoryRank}, float ${float.categoryRanks[k]}`);
    if (r.grade !== float.grades[k]) problems.push(`${r.unit} grade: exact ${r.grade}, float ${float.grades[k]}`);
    for (const [id, n] of Object.entries(r.nodes)) {
      const f = float.nodes[id];
      if (f === undefined) {
        problems.push(`${r.unit} node ${id} missing in float`);
        continue;
      }
      if (n.score === null) {
        if (f.present[k] !== 0) problems.push(`${r.unit} node ${id}: exact null, float ${f.scores[k]}`);
      } else if (f.present[k] !== 1) problems.push(`${r.unit} node ${id}: exact ${n.score}, float none`);
      else close(`${r.unit} node ${id}`, n.score.toNumber(), f.scores[k] as number);
    }
  }
  return problems;
}
