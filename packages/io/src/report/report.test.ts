import { readFileSync } from "node:fs";
import { loadProject, type Project } from "@ducha/schema";
import { scoreAssessment } from "@ducha/scoring";
import { describe, expect, it } from "vitest";
import { renderHtmlReport, renderMarkdownReport } from "./index.js";

const loaded = loadProject(
  readFileSync(new URL("../../../schema/test/fixtures/eco-city.project.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("eco-city fixture does not load");
const EVIL = '<img src=x onerror="alert(1)">|东区';
const project: Project = {
  ...loaded.value,
  units: loaded.value.units.map((u) => (u.id === "d_west" ? { ...u, name: { zh: EVIL, en: EVIL } } : u)),
};
const result = scoreAssessment(project);
const options = {
  progress: [
    { unit: "d_east", indicator: "pm25", status: "red", note: "进度滞后" },
    { unit: "c_qing", indicator: "gdp_growth", status: "green" },
  ],
  actions: [
    { unit: "d_west", action: "约谈", target: "分管副区长", message: { zh: "PM2.5 未达标", en: "PM2.5 missed" } },
  ],
} as const;

describe("renderHtmlReport", () => {
  const html = renderHtmlReport(result, project, options);

  it("lists the ranking in order with every unit", () => {
    const ranking = html.slice(html.indexOf("综合排名"), html.indexOf("分项得分"));
    let last = -1;
    for (const u of result.units) {
      const unit = project.units.find((x) => x.id === u.unit);
      const name = u.unit === "d_west" ? "&lt;img src=x" : (unit?.name as { zh: string } | undefined)?.zh;
      if (name === undefined) throw new Error(`no name for ${u.unit}`);
      const at = ranking.indexOf(name);
      expect(at, u.unit).toBeGreaterThan(last);
      last = at;
      if (u.status === "scored") expect(ranking).toContain(`>${u.published.toFixed(2)}<`);
    }
    expect(ranking).toContain('<td class="num">1</td>');
  });

  it("draws an SVG bar chart and one radar per scored unit, with no scripts or network references", () => {
    expect(html).toMatch(/<svg class="bar-chart"/);
    const scored = result.units.filter((u) => u.status === "scored").length;
    expect(html.match(/<svg class="radar"/g)?.length).toBe(scored);
    expect(html.match(/<rect /g)?.length).toBe(scored);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<(img|script|iframe|link|object|embed|video|audio|source)\b/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toMatch(/^<!DOCTYPE html>/);
  });

  it("escapes a malicious unit name everywhere", () => {
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;|东区");
  });

  it("shows pillars, grades, lagging indicators, traffic lights and actions", () => {
    for (const pillar of ["经济发展", "生态环境保护", "民生改善", "领导履职"]) expect(html).toContain(pillar);
    expect(html).toContain("等次分布");
    expect(html).toContain("优秀");
    expect(html).toContain("短板指标");
    expect(html).toContain("background:#c62828");
    expect(html).toContain("background:#2e7d32");
    expect(html).toContain("分管副区长");
    // The lowest indicator score of the first unit is listed in its lagging row.
    const first = result.units[0];
    if (first === undefined) throw new Error("no units");
    const lowest = Object.values(first.indicators)
      .filter((i) => i.score !== null)
      .sort((a, b) => a.score?.comparedTo(b.score ?? 0) ?? 0)[0];
    expect(html).toContain(`${lowest?.score?.toFixed(2)}`);
    const en = renderHtmlReport(result, project, { lang: "en", title: "Eco City 2024" });
    expect(en).toContain("<title>Eco City 2024</title>");
    expect(en).toContain("Ecology and environment");
    expect(en).not.toContain("Progress warnings");
  });
});

describe("renderMarkdownReport", () => {
  it("writes the tables with escaped cells", () => {
    const md = renderMarkdownReport(result, project, options);
    expect(md).toMatch(/^# /);
    expect(md).toContain("| 排名 | 单位 | 类别 | 综合得分 | 等次 |");
    expect(md).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;\\|东区");
    expect(md).not.toContain("<img");
    const rankingLines = md.split("\n").filter((l) => /^\| \d+ \|/.test(l));
    expect(rankingLines.length).toBe(result.units.filter((u) => u.status === "scored" && u.rank !== null).length);
    expect(md).toContain("🔴");
    expect(md).toContain("约谈");
  });
});

describe("radar charts", () => {
  it("leave out pillars a unit is not assessed on instead of drawing 0", () => {
    const html = renderHtmlReport(result, project);
    // Departments are assessed on ecology, livelihood and duty (three of four pillars: the category
    // lists the whole "duty" pillar and single indicators of the others), not on the economy.
    const dep = html.slice(html.indexOf('aria-label="分项得分雷达图: 市发展改革委"'));
    const svg = dep.slice(0, dep.indexOf("</svg>"));
    expect(svg.match(/<line /g)?.length).toBe(3);
    expect(dep.slice(dep.indexOf("<figcaption>"), dep.indexOf("</figcaption>"))).toContain("1 项未考核");
  });
});
