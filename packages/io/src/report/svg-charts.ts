import { escapeHtml } from "../internal/html-escape.js";

const round = (n: number) => Math.round(n * 100) / 100;

/** A horizontal bar chart (inline SVG) of labelled values, largest scale at least 100. */
export function barChart(bars: readonly { label: string; value: number; text: string }[], title: string): string {
  const rowHeight = 24;
  const labelWidth = 180;
  const barWidth = 420;
  const height = bars.length * rowHeight + 30;
  const max = Math.max(100, ...bars.map((b) => b.value));
  const parts = bars.map((bar, i) => {
    const y = 20 + i * rowHeight;
    const w = round((Math.max(0, bar.value) / max) * barWidth);
    return (
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 8}" fill="#4472c4"/>` +
      `<text x="${round(labelWidth + w + 4)}" y="${y + 15}">${escapeHtml(bar.text)}</text>`
    );
  });
  return (
    `<svg class="bar-chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" width="${labelWidth + barWidth + 60}" height="${height}" font-size="12">` +
    `<title>${escapeHtml(title)}</title>${parts.join("")}</svg>`
  );
}

/** A radar chart (inline SVG) of one unit's scores over the axes, on a 0..max scale (max ≥ 100). */
export function radarChart(axes: readonly string[], values: readonly number[], title: string, max = 100): string {
  const size = 240;
  const c = size / 2;
  const r = 80;
  const n = axes.length;
  const scale = Math.max(100, max);
  const point = (i: number, fraction: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
    return [round(c + r * fraction * Math.cos(angle)), round(c + r * fraction * Math.sin(angle))] as const;
  };
  const rings = [0.25, 0.5, 0.75, 1]
    .map((f) => {
      const pts = axes.map((_, i) => point(i, f).join(",")).join(" ");
      return `<polygon points="${pts}" fill="none" stroke="#ccc"/>`;
    })
    .join("");
  const spokes = axes
    .map((label, i) => {
      const [x, y] = point(i, 1);
      const [lx, ly] = point(i, 1.22);
      return `<line x1="${c}" y1="${c}" x2="${x}" y2="${y}" stroke="#ccc"/><text x="${lx}" y="${ly}" text-anchor="middle" dominant-baseline="middle">${escapeHtml(label)}</text>`;
    })
    .join("");
  const shape = values.map((v, i) => point(i, Math.min(Math.max(v, 0), scale) / scale).join(",")).join(" ");
  return (
    `<svg class="radar" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" font-size="10">` +
    `<title>${escapeHtml(title)}</title>${rings}${spokes}<polygon points="${shape}" fill="rgba(68,114,196,0.35)" stroke="#4472c4" stroke-width="2"/></svg>`
  );
}
