import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runNode, useBuiltPackages } from "../../test/helpers/build-once.js";

// Runs run.mjs in a child process against the BUILT ducha package (as `npm start` does) and checks
// the mid-year traffic lights and the year-end scorecard against hand computations from the CSV.
const here = fileURLToPath(new URL(".", import.meta.url));
useBuiltPackages();

/** Values of data/2024.csv by "unit indicator period". */
function data(): Map<string, string> {
  const [, ...rows] = readFileSync(join(here, "data", "2024.csv"), "utf8")
    .trimEnd()
    .split("\r\n");
  return new Map(
    rows.map((row) => {
      const [unit, indicator, period, value = ""] = row.split(",");
      return [`${unit} ${indicator} ${period}`, value];
    }),
  );
}

/** Exact fractions for the hand computation (BigInt, no floating point). */
interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const frac = (n: bigint, d = 1n): Fraction => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
};
const parse = (text: string): Fraction => {
  const [int = "0", dec = ""] = text.split(".");
  return frac(BigInt(int + dec), 10n ** BigInt(dec.length));
};
const add = (...xs: Fraction[]) => xs.reduce((a, b) => frac(a.n * b.d + b.n * a.d, a.d * b.d), frac(0n));
const mul = (a: Fraction, b: Fraction) => frac(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => frac(a.n * b.d, a.d * b.n);
const min = (a: Fraction, b: Fraction) => (a.n * b.d <= b.n * a.d ? a : b);
const fixed2 = (a: Fraction): string => {
  const hundredths = (a.n * 200n + a.d) / (2n * a.d);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`;
};
const pct = (a: Fraction): string => {
  const tenths = (a.n * 2000n + a.d) / (2n * a.d);
  return `${tenths / 10n}.${tenths % 10n}%`;
};

describe("KPI/OKR scorecard example (run.mjs)", () => {
  it("project.json and data/2024.csv are what make-data.mjs derives from the okr template", async () => {
    const r = await runNode(join(here, "make-data.mjs"), ["--check"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Q4 year-to-date values end at the audited annual values
    const values = data();
    for (const [key, value] of values)
      if (key.endsWith(" 2024") && !key.includes("teamwork_rating")) expect(values.get(`${key}Q4`), key).toBe(value);
  });

  it("prints mid-year traffic lights and milestones, and the year-end scorecard", async () => {
    const r = await runNode(join(here, "run.mjs"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain("Imported 323 rows (2024 quarter-to-date and annual values): 323 accepted, 0 rejected");
    expect(out).toContain("Mid-year review (2024-06-30): 30 green, 14 yellow, 14 red, 0 without data");

    // Mid-year by hand, from the Q2 values:
    const values = data();
    const v = (key: string) => parse(values.get(key) ?? "NaN");
    // Sales revenue (cumulative, milestone 45 % of 52000 = 23400 by 30 June): 16753 / 23400 = 71.6 % → red
    expect(pct(div(v("sales revenue 2024Q2"), frac(23400n)))).toBe("71.6%");
    expect(out).toMatch(/^Sales +4 +0 +4 .*Revenue 71\.6%/m);
    // Customer service revenue: 3767 / (6500 × 45 % = 2925) = 128.8 % → green, not listed as red
    expect(out).not.toMatch(/^Customer service .*Revenue/m);
    // HR training hours (cumulative, linear in time): 12.1 / (40 × 182/366 days of 2024) = 60.8 % → red
    expect(pct(div(v("hr training_hours 2024Q2"), mul(frac(40n), frac(182n, 366n))))).toBe("60.8%");
    expect(out).toMatch(/^Human resources +4 +0 +1 +Training hours per employee 60\.8%$/m);
    // Finance month-end close (minimise, a level): 5 / 7.4 working days = 67.6 % → red
    expect(pct(div(frac(5n), v("finance month_end_close 2024Q2")))).toBe("67.6%");
    expect(out).toMatch(/^Finance +1 +2 +2 +Month-end close time 67\.6%; Training hours per employee 71\.9%$/m);
    // The ERP go-live milestone was due on 30 June
    expect(out).toContain("  - Human resources — ERP system go-live (2024-06-30): not done");
    expect(out).toContain("  - Finance — ERP system go-live (2024-06-30): done");

    // Year-end, Finance by hand (support functions; perspectives 35/25/25/15):
    //   financial: budget execution 94.6, maintain 95–100, 10 points per unit outside → 100 × (1 − 0.4/10) = 96
    //   customer:  satisfaction 74.2 / 90, capped at 100 % → 82.444…
    //   process:   ERP go-live done → 100 (weight 2); month-end close (minimise) 5 / 7.1 → 70.4225… (weight 1)
    //   learning:  training 30.7 / 40 → 76.75; key staff turnover reflected (2 × 8 − 11.2) / 8 → 60; rating A → 100
    const hundred = frac(100n);
    const financial = mul(hundred, add(frac(1n), frac(-1n * parse("0.4").n, parse("0.4").d * 10n)));
    const customer = mul(hundred, min(div(v("finance customer_satisfaction 2024"), frac(90n)), frac(1n)));
    const process = div(
      add(mul(frac(2n), hundred), mul(hundred, div(frac(5n), v("finance month_end_close 2024")))),
      frac(3n),
    );
    const learning = div(
      add(
        mul(hundred, div(v("finance training_hours 2024"), frac(40n))),
        mul(hundred, div(add(frac(16n), mul(frac(-1n), v("finance key_staff_turnover 2024"))), frac(8n))),
        hundred,
      ),
      frac(3n),
    );
    expect(values.get("finance budget_execution 2024")).toBe("94.6");
    expect(values.get("finance erp_rollout 2024")).toBe("done");
    expect(values.get("finance teamwork_rating 2024")).toBe("A");
    const total = add(
      mul(parse("0.35"), financial),
      mul(parse("0.25"), customer),
      mul(parse("0.25"), process),
      mul(parse("0.15"), learning),
    );
    const finance = [financial, customer, process, learning, total].map(fixed2);
    expect(finance).toEqual(["96.00", "82.44", "90.14", "78.92", "88.58"]);
    expect(out).toMatch(
      new RegExp(`^ +1 +Finance +${finance.join(" +").replaceAll(".", "\\.")} +At risk \\(yellow\\)$`, "m"),
    );

    // The ranking: ranks 1…8, totals non-increasing, grades from the bands (green ≥ 90, yellow ≥ 75, red)
    const scorecard = out.slice(out.indexOf("Year-end scorecard:"));
    const ranked = [...scorecard.matchAll(/^ +(\d) {2}(\S.*?) {2,}.*\s(\d+\.\d\d) {2}(\S.*)$/gm)].map((m) => ({
      rank: Number(m[1]),
      name: m[2],
      total: Number(m[3]),
      grade: m[4],
    }));
    expect(ranked.map((u) => u.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]?.total).toBeLessThanOrEqual(ranked[i - 1]?.total ?? 0);
    for (const u of ranked)
      expect(u.grade, u.name).toBe(
        u.total >= 90 ? "On track (green)" : u.total >= 75 ? "At risk (yellow)" : "Off track (red)",
      );
    expect(ranked.at(-1)).toMatchObject({ name: "Production", total: 70.45, grade: "Off track (red)" });
    // The README shows this exact output.
    expect(readFileSync(join(here, "README.md"), "utf8")).toContain(`\`\`\`text\n${out.trimEnd()}\n\`\`\``);
  }, 120_000);

  it("prints the same in Chinese with --lang zh", async () => {
    const r = await runNode(join(here, "run.mjs"), ["--lang", "zh"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("年中检视（2024-06-30）：绿灯 30，黄灯 14，红灯 14，无数据 0");
    expect(r.stdout).toContain("  - 人力资源部 — ERP 系统上线（2024-06-30）：未完成");
    expect(r.stdout).toMatch(/^ +1 {2}财务部 +96\.00 +82\.44 +90\.14 +78\.92 +88\.58 {2}预警（黄灯）$/m);
  }, 120_000);
});
