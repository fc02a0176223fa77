import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runNode, useBuiltPackages } from "../../test/helpers/build-once.js";

// Runs run.mjs in a child process against the BUILT ducha package (as `npm start` does) and checks
// its ranking against an independent computation of the index: exact rational arithmetic with
// BigInt over the CSV, following the efficacy-coefficient method (功效系数法) of the Green
// Development Index (国家统计局等《绿色发展指标体系》《生态文明建设考核目标体系》, 2016):
//   positive indicator  score = 60 + 40 × (x − L)/(U − L)
//   negative indicator  score = 60 + 40 × (U − x)/(U − L)
//   L, U = min, max of the cities that reported a value;
//   sub-index = Σ w·score / Σ w over the indicators with a value (missing: excluded, re-weighted);
//   index = Σ sub-index weight × sub-index, rounded half-up to 2 decimals.
const here = fileURLToPath(new URL(".", import.meta.url));
useBuiltPackages();

/** An exact fraction n/d with d > 0. */
interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const frac = (n: bigint, d = 1n): Fraction => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
};
const add = (a: Fraction, b: Fraction) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Fraction, b: Fraction) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Fraction, b: Fraction) => frac(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => frac(a.n * b.d, a.d * b.n);
const cmp = (a: Fraction, b: Fraction) => Number(a.n * b.d - b.n * a.d > 0n) - Number(a.n * b.d - b.n * a.d < 0n);
const parse = (text: string): Fraction => {
  const [int = "0", dec = ""] = text.split(".");
  return frac(BigInt(int + dec), 10n ** BigInt(dec.length));
};
/** Round half-up (values here are positive) to 2 decimals, as a string. */
const fixed2 = (a: Fraction): string => {
  const hundredths = (a.n * 200n + a.d) / (2n * a.d);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`;
};

interface Indicator {
  id: string;
  parent: string;
  name: { zh: string };
  unit: string;
  direction: string;
  weight: string;
}
interface Node {
  id: string;
  weight: string;
}

/** The index of every city, computed from project.json and data/2024.csv without ducha. */
function independentIndex(): Map<string, { index: string; exact: Fraction; subIndices: Record<string, string> }> {
  const project = JSON.parse(readFileSync(join(here, "project.json"), "utf8")) as {
    system: { nodes: Node[]; indicators: Indicator[] };
  };
  const [header = [], ...rows] = readFileSync(join(here, "data", "2024.csv"), "utf8")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(","));
  const columns = header.slice(1).map((h) => {
    const indicator = project.system.indicators.find((i) => `${i.name.zh}（${i.unit}）` === h);
    if (indicator === undefined) throw new Error(`no indicator for column ${h}`);
    return indicator;
  });
  const values = new Map<string, Fraction>(); // city \0 indicator → value
  for (const [city = "", ...cells] of rows)
    cells.forEach((cell, i) => {
      if (cell !== "—") values.set(`${city}\u0000${columns[i]?.id}`, parse(cell));
    });
  const cities = rows.map((r) => r[0] ?? "");
  const scores = new Map<string, Fraction>();
  for (const indicator of columns) {
    const xs = cities.flatMap((c) => values.get(`${c}\u0000${indicator.id}`) ?? []);
    const low = xs.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
    const high = xs.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
    for (const city of cities) {
      const x = values.get(`${city}\u0000${indicator.id}`);
      if (x === undefined) continue;
      const share =
        indicator.direction === "lower-better" ? div(sub(high, x), sub(high, low)) : div(sub(x, low), sub(high, low));
      scores.set(`${city}\u0000${indicator.id}`, add(frac(60n), mul(frac(40n), share)));
    }
  }
  const out = new Map<string, { index: string; exact: Fraction; subIndices: Record<string, string> }>();
  for (const city of cities) {
    let index = frac(0n);
    const subIndices: Record<string, string> = {};
    for (const node of project.system.nodes) {
      let sum = frac(0n);
      let weights = frac(0n);
      for (const indicator of columns.filter((i) => i.parent === node.id)) {
        const score = scores.get(`${city}\u0000${indicator.id}`);
        if (score === undefined) continue;
        sum = add(sum, mul(parse(indicator.weight), score));
        weights = add(weights, parse(indicator.weight));
      }
      const subIndex = div(sum, weights);
      subIndices[node.id] = fixed2(subIndex);
      index = add(index, mul(parse(node.weight), subIndex));
    }
    out.set(city, { index: fixed2(index), exact: index, subIndices });
  }
  return out;
}

const ORDER = [
  "resource_use",
  "environment_governance",
  "environment_quality",
  "ecological_protection",
  "growth_quality",
  "green_living",
];

describe("green development index example (run.mjs)", () => {
  it("project.json and data/2024.csv are what make-data.mjs derives from the green-index template", async () => {
    const r = await runNode(join(here, "make-data.mjs"), ["--check"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("the published sub-index weights sum to 1", () => {
    const project = JSON.parse(readFileSync(join(here, "project.json"), "utf8")) as { system: { nodes: Node[] } };
    // 《绿色发展指标体系》 (2016): 29.3 %, 16.5 %, 19.3 %, 16.5 %, 9.2 %, 9.2 %
    expect(project.system.nodes.map((n) => [n.id, n.weight])).toEqual([
      ["resource_use", "0.293"],
      ["environment_governance", "0.165"],
      ["environment_quality", "0.193"],
      ["ecological_protection", "0.165"],
      ["growth_quality", "0.092"],
      ["green_living", "0.092"],
    ]);
  });

  it("prints the ranking with index and sub-index scores equal to an independent exact computation", async () => {
    const r = await runNode(join(here, "run.mjs"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Imported 12 rows: 12 accepted, 0 rejected; 240 values, 1 missing");
    expect(r.stdout).toMatch(/^Rank {2}City +Index {2}Resources 29\.3% {2}Governance 16\.5% {2}Env\. quality 19\.3%/m);

    const project = JSON.parse(readFileSync(join(here, "project.json"), "utf8")) as {
      units: { id: string; name: { en: string } }[];
    };
    const idOf = new Map(project.units.map((u) => [u.name.en, u.id]));
    const printed = r.stdout
      .split("\n")
      .map((line) => /^ +(\d+) {2}(\S.*?) {2,}(\d+\.\d\d) +(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => ({
        rank: Number(m[1]),
        city: idOf.get(m[2] ?? "") ?? m[2],
        index: m[3],
        subs: m[4]?.trim().split(/ +/),
      }));
    expect(printed).toHaveLength(12);

    const expected = independentIndex();
    // Ranking: descending exact index (no ties in this data), ranks 1…12.
    const order = [...expected.entries()].sort((a, b) => cmp(b[1].exact, a[1].exact)).map(([city]) => city);
    expect(printed.map((p) => p.city)).toEqual(order);
    expect(printed.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const p of printed) {
      const e = expected.get(p.city ?? "");
      expect(p.index, p.city).toBe(e?.index);
      expect(p.subs, p.city).toEqual(ORDER.map((id) => e?.subIndices[id]));
    }

    // Two cities by hand. Heyang's wetland protection rate is missing ("—"), so its ecological
    // protection index uses forest cover (binding, weight 2) and soil erosion control (weight 1):
    //   forest cover 41.1, L = 28.5 (Yunling), U = 52.7: 60 + 40 × 12.6/24.2 = 80.826446…
    //   soil erosion control 287, L = 80, U = 361:       60 + 40 × 207/281  = 89.466192…
    //   (2 × 80.826446… + 89.466192…) / 3 = 83.706362… → 83.71
    expect(printed.find((p) => p.city === "heyang")).toMatchObject({ rank: 4, index: "84.78" });
    expect(printed.find((p) => p.city === "heyang")?.subs?.[3]).toBe("83.71");
    // Shimen has the best value of all four environmental quality indicators (each 100), so its
    // environmental quality index is 100.00, and it ranks first.
    expect(printed[0]).toMatchObject({ rank: 1, city: "shimen", index: "93.73" });
    expect(printed[0]?.subs?.[2]).toBe("100.00");
    // The missing value is explained, not zero-filled.
    expect(r.stdout).toContain('Heyang City has no value for "Wetland protection rate"');
    expect(r.stdout).toContain("wetland_protection: missing; excluded and siblings re-weighted");
    // The README shows this exact output.
    expect(readFileSync(join(here, "README.md"), "utf8")).toContain(`\`\`\`text\n${r.stdout.trimEnd()}\n\`\`\``);
  }, 120_000);

  it("prints the same ranking in Chinese with --lang zh", async () => {
    const r = await runNode(join(here, "run.mjs"), ["--lang", "zh"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("示例省各市绿色发展指数（2024年）");
    expect(r.stdout).toMatch(/^ {3}1 {2}石门市 +93\.73 +93\.84 +93\.08 +100\.00 /m);
    expect(r.stdout).toMatch(/^ {2}12 {2}云岭市 +63\.79 /m);
    expect(r.stdout).toContain("河阳市“湿地保护率”缺失");
  }, 120_000);
});
