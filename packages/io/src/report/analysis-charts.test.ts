import { readFileSync } from "node:fs";
import { loadProject, type Project } from "@ducha/schema";
import { auditAssessment, scoreAssessment, sobolIndices } from "@ducha/scoring";
import { describe, expect, it } from "vitest";
import { correlationHeatmap, rankIntervalChart, renderHtmlReport, renderMarkdownReport, sobolChart } from "./index.js";

/**
 * A small XML well-formedness check for the SVG fragments: every tag closes in order, attribute
 * values are quoted, text and attributes hold no raw `<` or bare `&`.
 */
function expectWellFormed(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let consumed = 0;
  for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
    consumed = token.lastIndex;
    const [, closing, name, , selfClosing, text] = m;
    if (text !== undefined) {
      expect(text, "bare & in text").not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      continue;
    }
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) stack.push(name as string);
  }
  expect(consumed, `unparsed markup at ${consumed}: ${xml.slice(consumed, consumed + 60)}`).toBe(xml.length);
  expect(stack).toEqual([]);
  expect(xml).not.toMatch(/="[^"]*&(?!(amp|lt|gt|quot|#39);)/);
}

const EVIL = '<script>alert("x")</script> & Co';

describe("rankIntervalChart", () => {
  const data = [
    { unit: "b", label: "西区", nominal: 2, median: 2.5, p05: 1, p95: 4 },
    { unit: "a", label: EVIL, nominal: 1, median: 1, p05: 1, p95: 3 },
    { unit: "c", nominal: 3, median: 3, p05: 2, p95: 4 },
  ];
  const svg = rankIntervalChart(data, "排名区间 <test>");

  it("is well-formed, accessible and escapes labels", () => {
    expectWellFormed(svg);
    expect(svg).toMatch(/^<svg class="rank-interval-chart" role="img" aria-label="排名区间 &lt;test&gt;"/);
    expect(svg).toContain("<title>排名区间 &lt;test&gt;</title>");
    expect(svg).toContain("<desc>");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
  });

  it("orders rows by nominal rank and states the numbers as text", () => {
    expect(svg.indexOf("&lt;script&gt;")).toBeLessThan(svg.indexOf("西区"));
    expect(svg.indexOf("西区")).toBeLessThan(svg.indexOf(">c<"));
    expect(svg).toContain(">2 · 2.5 · 1–4<");
    expect(svg).toContain("西区: nominal 2, median 2.5, 5–95 %: 1–4");
    // one dot, one median tick and one interval bar per unit
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/stroke-width="6"/g)).toHaveLength(3);
  });

  it("places marks on the rank axis: rank 1 at the left end, the worst rank at the right end", () => {
    // axis from x = 170 (rank 1) to 170 + 340 = 510 (rank 4); the dot of unit c (nominal 3) sits at 170 + 2/3·340
    expect(svg).toContain('<circle cx="396.67"');
    expect(svg).toContain('<circle cx="170"');
  });

  it("draws no mark for a non-finite value and shows a dash instead of NaN", () => {
    const odd = rankIntervalChart([{ unit: "x", nominal: Number.NaN, median: 1, p05: 1, p95: 1 }], "t");
    expectWellFormed(odd);
    expect(odd).not.toMatch(/NaN|Infinity/);
    expect(odd).not.toContain("<circle");
    expect(odd).toContain(">— · 1 · 1–1<");
  });
});

describe("sobolChart", () => {
  it("draws first-order and total bars with whiskers and the values as text", () => {
    const svg = sobolChart(
      [
        { id: "w", label: "权重 <±25 %>", first: 0.3139, total: 0.5576, firstCi: { low: 0.299, high: 0.329 } },
        { id: "norm", first: -0.0102, total: 0.2437, totalCi: { low: 0.2367, high: 0.2497 } },
      ],
      "Sobol",
    );
    expectWellFormed(svg);
    expect(svg).toContain("S 0.314 [0.299, 0.329]");
    expect(svg).toContain("ST 0.558");
    expect(svg).toContain("S -0.010");
    expect(svg).toContain("ST 0.244 [0.237, 0.250]");
    expect(svg).toContain("权重 &lt;±25 %&gt;");
    expect(svg.match(/<rect /g)).toHaveLength(4);
    // two whiskers of three lines each, plus the zero line
    expect(svg.match(/<line /g)).toHaveLength(7);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});

describe("correlationHeatmap", () => {
  it("colours and labels every cell, grey with a dash where undefined", () => {
    const svg = correlationHeatmap(
      {
        ids: ["a", "b", "c"],
        labels: ["A&B", "b", "c"],
        values: [
          [1, -0.5, null],
          [-0.5, 1, 0.25],
          [null, 0.25, { toNumber: () => 1 }],
        ],
      },
      "Correlations",
    );
    expectWellFormed(svg);
    expect(svg.match(/<rect /g)).toHaveLength(9);
    expect(svg).toContain(">-0.50<");
    expect(svg).toContain(">0.25<");
    expect(svg.match(/>—</g)).toHaveLength(2);
    expect(svg).toContain('fill="#e0e0e0"');
    expect(svg).toContain('fill="#c62828"'); // r = 1: full red
    expect(svg).toContain("A&amp;B × b: -0.50");
  });
});

describe("report sections", () => {
  const loaded = loadProject(
    readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
  );
  if (!loaded.ok) throw new Error("eco-city fixture does not load");
  const project: Project = loaded.value;
  const result = scoreAssessment(project);
  const audit = auditAssessment(project, result);
  const sobol = sobolIndices(
    { dimensions: [{ id: "x1" }, { id: "x2" }], evaluate: (u) => (u[0] as number) + 2 * (u[1] as number) },
    { n: 512, seed: 1, sampling: "sobol", bootstrap: { resamples: 100, confidence: 0.9 } },
  );
  if (sobol.status !== "estimated") throw new Error("expected estimates");
  const rankIntervals = result.units.flatMap((u) =>
    u.status === "scored" && u.rank !== null
      ? [{ unit: u.unit, nominal: u.rank, median: u.rank, p05: Math.max(1, u.rank - 1), p95: u.rank + 1 }]
      : [],
  );
  const analysis = {
    rankIntervals,
    sobol: sobol.indices,
    correlations: { ids: audit.pillarCorrelations.ids, values: audit.pillarCorrelations.pearson },
  };

  it("adds the three charts to the HTML report when given, with names resolved, and nothing otherwise", () => {
    const html = renderHtmlReport(result, project, { analysis });
    expect(html).toContain("排名不确定性");
    expect(html.match(/<svg class="rank-interval-chart"/g)).toHaveLength(1);
    expect(html.match(/<svg class="sobol-chart"/g)).toHaveLength(1);
    expect(html.match(/<svg class="correlation-heatmap"/g)).toHaveLength(1);
    expect(html).toContain("生态环境保护"); // pillar name in the heatmap
    const first = sobol.indices[0];
    expect(html).toContain(`S ${first?.first.toFixed(3)}`);
    const r = audit.pillarCorrelations.pearson[0]?.[1];
    expect(html).toContain(`>${r?.toNumber().toFixed(2)}<`);
    expect(html).not.toMatch(/https?:|<script/i);
    expect(html).not.toMatch(/NaN|Infinity/);
    for (const svg of html.match(
      /<svg class="(rank-interval-chart|sobol-chart|correlation-heatmap)"[\s\S]*?<\/svg>/g,
    ) ?? [])
      expectWellFormed(svg);
    const plain = renderHtmlReport(result, project);
    expect(plain).not.toContain("rank-interval-chart");
    expect(plain).not.toContain("sobol-chart");
  });

  it("adds Markdown tables", () => {
    const md = renderMarkdownReport(result, project, { analysis, lang: "en" });
    expect(md).toContain("## Rank uncertainty");
    expect(md).toContain("| Unit | Nominal rank | Median rank | 5 % | 95 % |");
    expect(md).toContain("## Sensitivity");
    expect(md).toMatch(/\| x1 \| 0\.\d{3} \| 0\.\d{3} – 0\.\d{3} \|/);
    expect(md).toContain("## Correlations");
    expect(md).toContain("| Ecology and environment |");
    expect(renderMarkdownReport(result, project)).not.toContain("Sobol");
  });
});
