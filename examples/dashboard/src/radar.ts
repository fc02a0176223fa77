// A pillar radar chart as inline SVG (no chart library).

const NS = "http://www.w3.org/2000/svg";

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * Draws scores (0 … max) on evenly spaced axes. Missing scores sit at the centre and are marked.
 *
 * @param axes - axis labels and scores (decimal strings, or null when not scored)
 * @param label - the accessible name of the chart
 */
export function radarChart(axes: readonly { label: string; score: string | null }[], label: string): SVGSVGElement {
  // wide enough for the axis labels left and right of the chart
  const width = 420;
  const size = 320;
  const cx = width / 2;
  const c = size / 2;
  const r = 105;
  const max = Math.max(100, ...axes.map((a) => (a.score === null ? 0 : Number(a.score))));
  const svg = el("svg", { viewBox: `0 0 ${width} ${size}`, width, height: size, role: "img" }) as SVGSVGElement;
  svg.setAttribute("aria-label", label);
  const title = el("title", {});
  title.textContent = `${label}: ${axes.map((a) => `${a.label} ${a.score ?? "—"}`).join(", ")}`;
  svg.append(title);
  const n = Math.max(axes.length, 3);
  const point = (i: number, value: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + Math.cos(angle) * r * (value / max), c + Math.sin(angle) * r * (value / max)] as const;
  };
  for (const ring of [0.25, 0.5, 0.75, 1]) {
    const pts = axes.map((_, i) => point(i, ring * max).join(",")).join(" ");
    svg.append(el("polygon", { points: pts, fill: "none", stroke: "#c8c8c8" }));
  }
  axes.forEach((a, i) => {
    const [x, y] = point(i, max);
    svg.append(el("line", { x1: cx, y1: c, x2: x, y2: y, stroke: "#c8c8c8" }));
    const [lx, ly] = point(i, max * 1.15);
    const text = el("text", { x: lx, y: ly, "text-anchor": "middle", "dominant-baseline": "middle", "font-size": 12 });
    text.textContent = `${a.label} ${a.score ?? "—"}`;
    svg.append(text);
  });
  const pts = axes.map((a, i) => point(i, a.score === null ? 0 : Number(a.score)).join(",")).join(" ");
  svg.append(el("polygon", { points: pts, fill: "rgba(0, 102, 204, 0.25)", stroke: "#0059b3", "stroke-width": 2 }));
  return svg;
}
