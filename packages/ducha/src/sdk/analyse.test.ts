import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Project } from "@ducha/schema";
import { createUncertaintyModel, rankShiftModel, runMonteCarlo, sobolIndices } from "@ducha/scoring";
import { describe, expect, it } from "vitest";
import { analyse, DEFAULT_UNCERTAINTY_SPEC, type ProjectAnalysis } from "./analyse.js";
import { analysisToJson } from "./analysis-json.js";
import { analysisReportData } from "./analysis-report.js";
import { assess } from "./assess.js";

const okr = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../templates/okr.project.json", import.meta.url)), "utf8"),
) as Project;
const result = assess(okr);

describe("analyse", () => {
  it("runs the scoring package's analyses with the given seed and sizes", () => {
    const spec = { weights: { perturbation: "dirichlet", concentration: 20 } } as const;
    const a = analyse(okr, result, {
      analyses: ["uncertainty", "sensitivity"],
      spec,
      replications: 50,
      seed: 3,
      sobol: { n: 8, bootstrap: 0 },
    });
    const model = createUncertaintyModel(okr, spec);
    expect(a.uncertainty?.units).toEqual(runMonteCarlo(model, { replications: 50, seed: 3 }).units);
    expect(a.sensitivity).toEqual(sobolIndices(rankShiftModel(model), { n: 8, seed: 3 }));
    expect(a.removeOne).toBeUndefined();
    expect(a.audit).toBeUndefined();
    expect(a.analyses).toEqual(["uncertainty", "sensitivity"]);
  });

  it("defaults: uncertainty (±25 % weights, 1000 replications, seed 1), remove-one, audit", () => {
    const a = analyse(okr, result);
    expect(a.analyses).toEqual(["uncertainty", "remove-one", "audit"]);
    expect(a.spec).toEqual(DEFAULT_UNCERTAINTY_SPEC);
    expect(a.seed).toBe(1);
    expect(a.uncertainty?.replications).toBe(1000);
    expect(a.removeOne?.scenarios.filter((s) => s.kind === "pillar").length).toBeGreaterThan(0);
    expect(a.audit?.indicators).toHaveLength(okr.system.indicators.length);
  });

  it("reports progress of the replications and Sobol' runs, ending at the total", () => {
    const seen: string[] = [];
    analyse(okr, result, {
      analyses: ["uncertainty", "sensitivity"],
      replications: 20,
      sobol: { n: 4, bootstrap: 0 },
      onProgress: (p) => seen.push(`${p.analysis} ${p.done}/${p.total}`),
    });
    expect(seen.filter((s) => s.startsWith("uncertainty"))).toHaveLength(20);
    expect(seen.at(-1)).toBe(`sensitivity ${4 * 22}/${4 * 22}`); // 20 weights + 2
  });

  it("refuses unknown analyses and bad seeds with a path", () => {
    expect(() => analyse(okr, result, { analyses: ["audit", "sobol" as "audit"] })).toThrow(
      expect.objectContaining({ code: "invalid_option", path: ["options", "analyses", 1] }),
    );
    expect(() => analyse(okr, result, { seed: -1 })).toThrow(
      expect.objectContaining({ code: "invalid_option", path: ["options", "seed"] }),
    );
    expect(() => analyse(okr, result, { analyses: ["sensitivity"], sobol: { bootstrap: 1.5 } })).toThrow(
      expect.objectContaining({ path: ["options", "sobol", "bootstrap"] }),
    );
  });
});

describe("analysisToJson", () => {
  it("writes Decimals as exact strings, leaves out typed arrays, refuses non-finite numbers", () => {
    const a = analyse(okr, result, { analyses: ["uncertainty", "audit"], replications: 10 });
    const json = analysisToJson(a) as { uncertainty: Record<string, unknown>; audit: { cronbach: { raw: unknown }[] } };
    expect(json.uncertainty.ranks).toBeUndefined();
    const raw = a.audit?.cronbach[0]?.raw;
    expect(json.audit.cronbach[0]?.raw).toBe(raw === null || raw === undefined ? null : raw.toString());
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const broken = { ...a, seed: Number.NaN } as ProjectAnalysis;
    expect(() => analysisToJson(broken)).toThrow(/non-finite number at analysis.seed/);
  });
});

describe("analysisReportData", () => {
  it("maps rank intervals, estimated Sobol' indices and the indicator correlations", () => {
    const a = analyse(okr, result, {
      analyses: ["uncertainty", "sensitivity", "audit"],
      replications: 20,
      sobol: { n: 8 },
    });
    const r = analysisReportData(a);
    const u = a.uncertainty?.units[0];
    expect(r.rankIntervals?.[0]).toEqual({
      unit: u?.unit,
      nominal: u?.nominalRank,
      median: u?.medianRank,
      p05: u?.rankLow,
      p95: u?.rankHigh,
    });
    expect(r.sobol).toHaveLength(20);
    expect(r.correlations?.ids).toEqual(a.audit?.indicatorCorrelations.ids);
  });

  it("shows pillars and the index instead of more than 40 indicators", () => {
    const ids = Array.from({ length: 41 }, (_, i) => `i${i}`);
    const matrix = (xs: string[]) => ({ ids: xs, pearson: xs.map(() => xs.map(() => null)), spearman: [], pairs: [] });
    const fake = {
      analyses: ["audit"],
      seed: 1,
      spec: {},
      audit: { indicatorCorrelations: matrix(ids), pillarCorrelations: matrix(["p1", "index"]) },
    } as unknown as ProjectAnalysis;
    expect(analysisReportData(fake).correlations?.ids).toEqual(["p1", "index"]);
    expect(analysisReportData(fake).rankIntervals).toBeUndefined();
  });
});
