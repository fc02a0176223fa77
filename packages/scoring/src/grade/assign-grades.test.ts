import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../internal/decimal.js";
import { assignGrades, type GradeBandSpec, type GradeCandidate, type GradeOptions } from "./assign-grades.js";

const UNIT_BANDS: GradeBandSpec[] = [
  { id: "优秀", minScore: 90, maxShare: "0.2" },
  { id: "良好", minScore: 80 },
  { id: "一般", minScore: 60 },
  { id: "较差", minScore: 0 },
];

const units = (scores: (number | string)[], extra: Partial<GradeCandidate>[] = []): GradeCandidate[] =>
  scores.map((s, i) => ({ id: `u${String(i).padStart(2, "0")}`, score: new D(s), ...extra[i] }));

const grades = (candidates: GradeCandidate[], bands = UNIT_BANDS, options?: GradeOptions) =>
  Object.fromEntries(assignGrades(candidates, bands, options).map((a) => [a.id, a.grade]));

describe("assignGrades", () => {
  it("10 units, 优秀 ≥ 90 with a 20 % quota, three units ≥ 90 → two 优秀, the third 良好 (quota_full)", () => {
    // q = floor(0.2 × 10) = 2; 95 and 93 get 优秀; 91 is 3rd of the 3 competing → 良好
    const c = units([95, 93, 91, 85, 84, 80, 78, 75, 70, 55]);
    const result = assignGrades(c, UNIT_BANDS);
    expect(result.map((a) => a.grade)).toEqual([
      "优秀",
      "优秀",
      "良好",
      "良好",
      "良好",
      "良好",
      "一般",
      "一般",
      "一般",
      "较差",
    ]);
    expect(result[2]?.reasons).toEqual([
      { code: "quota_full", band: "优秀", quota: 2, rankInScope: 3 },
      { code: "score_meets", band: "良好", minScore: new D(80) },
    ]);
    expect(result[0]?.reasons).toEqual([{ code: "score_meets", band: "优秀", minScore: new D(90) }]);
  });

  it("a tie at the quota boundary: exclude drops both tied units, include keeps both and flags it", () => {
    // q = 2; competing 95, 92, 92 → the 2nd and 3rd are tied at 92
    const c = units([95, 92, 92, 85, 84, 80, 78, 75, 70, 65]);
    const excl = assignGrades(c, UNIT_BANDS);
    expect(excl.slice(0, 3).map((a) => a.grade)).toEqual(["优秀", "良好", "良好"]);
    expect(excl[1]?.reasons[0]).toEqual({ code: "quota_full", band: "优秀", quota: 2, rankInScope: 2 });
    const incl = assignGrades(c, UNIT_BANDS, { quotaTies: "include" });
    expect(incl.slice(0, 3).map((a) => a.grade)).toEqual(["优秀", "优秀", "优秀"]);
    expect(incl[2]?.reasons).toContainEqual({ code: "quota_exceeded_by_tie", band: "优秀", quota: 2, count: 3 });
    expect(incl[0]?.reasons).toContainEqual({ code: "quota_exceeded_by_tie", band: "优秀", quota: 2, count: 3 });
  });

  it("no tie problem when the tie is inside the quota: 95, 95, 92 with q = 2", () => {
    expect(Object.values(grades(units([95, 95, 92, 50, 50, 50, 50, 50, 50, 50]))).slice(0, 3)).toEqual([
      "优秀",
      "优秀",
      "良好",
    ]);
  });

  it("a capped (vetoed) unit with the top score gets 良好 and does not consume the 优秀 quota", () => {
    // u00 = 98 but bestAllowed 良好 (一票否决: cannot be 优秀); 优秀 competition: 95, 93, 91 → q = 2
    const c = units([98, 95, 93, 91, 84, 80, 78, 75, 70, 65], [{ bestAllowed: "良好" }]);
    const result = assignGrades(c, UNIT_BANDS);
    expect(result.slice(0, 4).map((a) => a.grade)).toEqual(["良好", "优秀", "优秀", "良好"]);
    expect(result[0]?.reasons).toEqual([
      { code: "capped", band: "优秀", cap: "良好" },
      { code: "score_meets", band: "良好", minScore: new D(80) },
    ]);
  });

  it("civil servants 优秀/称职/基本称职/不称职 with a 15 % 优秀 quota (《公务员考核规定》)", () => {
    // 20 civil servants; q = floor(0.15 × 20) = 3; five score ≥ 90 → the top three are 优秀
    const bands: GradeBandSpec[] = [
      { id: "优秀", minScore: 90, maxShare: "0.15" },
      { id: "称职", minScore: 70 },
      { id: "基本称职", minScore: 60 },
      { id: "不称职", minScore: 0 },
    ];
    const scores = [96, 94, 93, 91, 90, 88, 86, 85, 83, 82, 80, 79, 77, 75, 72, 70, 68, 65, 61, 58];
    const result = assignGrades(units(scores), bands);
    const count = (g: string) => result.filter((a) => a.grade === g).length;
    expect([count("优秀"), count("称职"), count("基本称职"), count("不称职")]).toEqual([3, 13, 3, 1]);
    expect(result[3]?.reasons[0]).toEqual({ code: "quota_full", band: "优秀", quota: 3, rankInScope: 4 });
    // With 10 people 15 % is 1.5: floor → 1, round-half-up → 2, ceil → 2
    const ten = units([96, 94, 93, 80, 80, 80, 80, 80, 80, 80]);
    expect(assignGrades(ten, bands).filter((a) => a.grade === "优秀")).toHaveLength(1);
    expect(assignGrades(ten, bands, { quotaRounding: "round-half-up" }).filter((a) => a.grade === "优秀")).toHaveLength(
      2,
    );
    expect(assignGrades(ten, bands, { quotaRounding: "ceil" }).filter((a) => a.grade === "优秀")).toHaveLength(2);
  });

  it("maxCount and maxShare together: the smaller quota wins", () => {
    const bands: GradeBandSpec[] = [
      { id: "A", minScore: 90, maxShare: "0.5", maxCount: 1 },
      { id: "B", minScore: 0 },
    ];
    expect(grades(units([99, 98, 97, 96]), bands)).toEqual({ u00: "A", u01: "B", u02: "B", u03: "B" });
  });

  it("quotaScope group: quotas counted within each category", () => {
    // districts (5): q = floor(0.2 × 5) = 1; counties (5): q = 1; overall q would be 2
    const c = units(
      [97, 96, 95, 70, 60, 92, 91, 85, 70, 60],
      [...Array(5).fill({ group: "district" }), ...Array(5).fill({ group: "county" })],
    );
    expect(Object.values(grades(c, UNIT_BANDS, { quotaScope: "group" })).slice(0, 7)).toEqual([
      "优秀",
      "良好",
      "良好",
      "一般",
      "一般",
      "优秀",
      "良好",
    ]);
    const r = assignGrades(c, UNIT_BANDS, { quotaScope: "group" });
    expect(r[6]?.reasons[0]).toEqual({ code: "quota_full", band: "优秀", quota: 1, rankInScope: 2, scope: "county" });
    expect(Object.values(grades(c)).slice(0, 6)).toEqual(["优秀", "优秀", "良好", "一般", "一般", "良好"]);
  });

  it("a score below every band gets the last band with below_all_bands", () => {
    const bands: GradeBandSpec[] = [
      { id: "pass", minScore: 60 },
      { id: "fail", minScore: 30 },
    ];
    const r = assignGrades(units([20, 70]), bands);
    expect(r[0]).toEqual({
      id: "u00",
      grade: "fail",
      reasons: [{ code: "below_all_bands", band: "fail", minScore: new D(30) }],
    });
    expect(r[1]?.grade).toBe("pass");
  });

  it("exact comparisons: 89.9999999999999999999 is below 90", () => {
    const noQuota: GradeBandSpec[] = [
      { id: "优秀", minScore: 90 },
      { id: "良好", minScore: 0 },
    ];
    expect(grades(units(["89.9999999999999999999", "90"]), noQuota)).toEqual({ u00: "良好", u01: "优秀" });
  });

  it("rejects malformed bands and candidates with a path", () => {
    const err = (code: string, path?: unknown[]) => expect.objectContaining(path ? { code, path } : { code });
    expect(() => assignGrades([], [])).toThrowError(err("no_grade_bands"));
    expect(() =>
      assignGrades(
        [],
        [
          { id: "a", minScore: 1 },
          { id: "a", minScore: 0 },
        ],
      ),
    ).toThrowError(err("duplicate_grade_band", ["bands", 1, "id"]));
    expect(() =>
      assignGrades(
        [],
        [
          { id: "a", minScore: 1 },
          { id: "b", minScore: 2 },
        ],
      ),
    ).toThrowError(err("grade_bands_not_descending", ["bands", 1, "minScore"]));
    expect(() =>
      assignGrades(
        [],
        [
          { id: "a", minScore: 1, maxShare: "1.5" },
          { id: "b", minScore: 0 },
        ],
      ),
    ).toThrowError(err("invalid_quota", ["bands", 0, "maxShare"]));
    expect(() => assignGrades([], [{ id: "a", minScore: 1, maxCount: 2 }])).toThrowError(
      err("quota_on_last_band", ["bands", 0]),
    );
    expect(() => assignGrades(units([1], [{ bestAllowed: "x" }]), UNIT_BANDS)).toThrowError(
      err("unknown_grade_band", ["candidates", 0, "bestAllowed"]),
    );
    expect(() => assignGrades([...units([1]), ...units([2])], UNIT_BANDS)).toThrowError(
      err("duplicate_candidate", ["candidates", 1, "id"]),
    );
    expect(() => assignGrades([], UNIT_BANDS, { quotaTies: "x" as "include" })).toThrowError(err("invalid_option"));
  });

  const arbCase = fc.record({
    scores: fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 1, maxLength: 30 }),
    caps: fc.array(fc.constantFrom(undefined, "良好", "一般"), { minLength: 30, maxLength: 30 }),
    groups: fc.array(fc.constantFrom("a", "b"), { minLength: 30, maxLength: 30 }),
    options: fc.record({
      quotaTies: fc.constantFrom("exclude" as const, "include" as const),
      quotaScope: fc.constantFrom("all" as const, "group" as const),
      quotaRounding: fc.constantFrom("floor" as const, "round-half-up" as const, "ceil" as const),
    }),
    seed: fc.integer(),
  });
  const BANDS: GradeBandSpec[] = [
    { id: "优秀", minScore: 90, maxShare: "0.2" },
    { id: "良好", minScore: 80, maxShare: "0.5", maxCount: 8 },
    { id: "一般", minScore: 60 },
    { id: "较差", minScore: 0 },
  ];
  const build = (c: { scores: number[]; caps: (string | undefined)[]; groups: string[] }): GradeCandidate[] =>
    c.scores.map((s, i) => {
      const cap = c.caps[i];
      return {
        id: `c${i}`,
        score: new D(s),
        group: c.groups[i] ?? "a",
        ...(cap === undefined ? {} : { bestAllowed: cap }),
      };
    });

  it("property: shuffling the candidates gives the same assignment per id", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const candidates = build(c);
        const shuffled = [...candidates];
        let s = c.seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as GradeCandidate, shuffled[i] as GradeCandidate];
        }
        const a = assignGrades(candidates, BANDS, c.options);
        const b = assignGrades(shuffled, BANDS, c.options);
        expect(b.map((x) => x.id)).toEqual(shuffled.map((x) => x.id));
        const byId = new Map(b.map((x) => [x.id, x]));
        for (const x of a) expect(byId.get(x.id)).toEqual(x);
      }),
    );
  });

  it("property: caps respected; scores meet the band; exclude never exceeds a quota; higher score never worse", () => {
    const order = BANDS.map((b) => b.id);
    fc.assert(
      fc.property(arbCase, (c) => {
        const candidates = build(c);
        const result = assignGrades(candidates, BANDS, c.options);
        result.forEach((r, i) => {
          const cand = candidates[i] as GradeCandidate;
          const g = order.indexOf(r.grade);
          if (cand.bestAllowed !== undefined) expect(g).toBeGreaterThanOrEqual(order.indexOf(cand.bestAllowed));
          expect(cand.score.gte(BANDS[g]?.minScore as number)).toBe(true);
        });
        if (c.options.quotaTies === "exclude") {
          const scopes = new Set(candidates.map((x) => (c.options.quotaScope === "group" ? x.group : "")));
          for (const scope of scopes) {
            const inScope = result.filter((_, i) =>
              c.options.quotaScope === "group" ? candidates[i]?.group === scope : true,
            );
            const n = inScope.length;
            const mode = { floor: D.ROUND_FLOOR, ceil: D.ROUND_CEIL, "round-half-up": D.ROUND_HALF_UP }[
              c.options.quotaRounding
            ];
            const share = (x: string) => new D(x).times(n).toDecimalPlaces(0, mode).toNumber();
            expect(inScope.filter((r) => r.grade === "优秀").length).toBeLessThanOrEqual(share("0.2"));
            expect(inScope.filter((r) => r.grade === "良好").length).toBeLessThanOrEqual(Math.min(8, share("0.5")));
          }
        }
        // Monotone: within a scope and without caps, a higher score never gets a worse band.
        const uncapped = candidates.map(({ bestAllowed: _cap, ...rest }) => rest);
        const plain = assignGrades(uncapped, BANDS, c.options);
        plain.forEach((ra, i) => {
          plain.forEach((rb, j) => {
            const a = uncapped[i] as GradeCandidate;
            const b = uncapped[j] as GradeCandidate;
            if (c.options.quotaScope === "group" && a.group !== b.group) return;
            if (a.score.gt(b.score)) expect(order.indexOf(ra.grade)).toBeLessThanOrEqual(order.indexOf(rb.grade));
          });
        });
      }),
    );
  });
});
