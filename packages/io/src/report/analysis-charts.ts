import { escapeHtml } from "../internal/html-escape.js";

const e = escapeHtml;
const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A number, or a value with `toNumber()` (such as a decimal.js `Decimal` from `@ducha/scoring`).
 *
 * @example
 * ```ts
 * import type { NumberLike } from "@ducha/io/report";
 *
 * const r: NumberLike = 0.82;
 * ```
 * @since 0.1.0
 */
export type NumberLike = number | { toNumber(): number };

/**
 * One unit of a rank-interval plot: the nominal rank, and the median and 5th–95th percentile
 * ranks over the Monte Carlo runs of an uncertainty analysis.
 *
 * @example
 * ```ts
 * import type { RankIntervalDatum } from "@ducha/io/report";
 *
 * const d: RankIntervalDatum = { unit: "d_east", label: "东区", nominal: 2, median: 3, p05: 1, p95: 5 };
 * ```
 * @since 0.1.0
 */
export interface RankIntervalDatum {
  /** The unit id. */
  readonly unit: string;
  /** The name to show. Defaults to the unit's name in a report, else the id. */
  readonly label?: string;
  readonly nominal: number;
  readonly median: number;
  /** 5th percentile of the rank. */
  readonly p05: number;
  /** 95th percentile of the rank. */
  readonly p95: number;
}

/**
 * First-order and total Sobol' indices of one uncertain input, with optional confidence intervals —
 * the shape of `SobolIndex` from `@ducha/scoring`'s `sobolIndices`.
 *
 * @example
 * ```ts
 * import type { SobolBarDatum } from "@ducha/io/report";
 *
 * const d: SobolBarDatum = { id: "weights", first: 0.41, total: 0.55, firstCi: { low: 0.35, high: 0.47 } };
 * ```
 * @since 0.1.0
 */
export interface SobolBarDatum {
  readonly id: string;
  /** The name to show. Defaults to the id. */
  readonly label?: string;
  readonly first: number;
  readonly total: number;
  readonly firstCi?: { readonly low: number; readonly high: number };
  readonly totalCi?: { readonly low: number; readonly high: number };
}

/**
 * A square correlation matrix to draw as a heatmap: `values[i][j]` is the correlation of `ids[i]`
 * and `ids[j]`, `null` where undefined — e.g. `{ ids, values: pearson }` of `@ducha/scoring`'s
 * `correlationMatrix`.
 *
 * @example
 * ```ts
 * import type { CorrelationHeatmapData } from "@ducha/io/report";
 *
 * const m: CorrelationHeatmapData = { ids: ["a", "b"], values: [[1, 0.5], [0.5, 1]] };
 * ```
 * @since 0.1.0
 */
export interface CorrelationHeatmapData {
  readonly ids: readonly string[];
  /** Names to show, aligned with `ids`. Defaults to the ids. */
  readonly labels?: readonly string[];
  readonly values: readonly (readonly (NumberLike | null)[])[];
}

/** A finite number from a NumberLike, or `null`. */
function num(v: NumberLike | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === "number" ? v : v.toNumber();
  return Number.isFinite(n) ? n : null;
}

/** A rank as text: an integer, or one decimal (medians may fall between ranks). */
export function rankText(n: number): string {
  if (!Number.isFinite(n)) return "—";
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** An index or correlation as text with fixed decimals; "—" when undefined. */
export function fixedText(n: number | null, decimals: number): string {
  return n === null || !Number.isFinite(n) ? "—" : n.toFixed(decimals);
}

function svgOpen(cls: string, title: string, desc: string, width: number, height: number, fontSize = 12): string {
  return (
    `<svg class="${cls}" role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="${fontSize}">` +
    `<title>${e(title)}</title><desc>${e(desc)}</desc>`
  );
}

/**
 * A rank-interval plot (排名不确定性区间图) as inline SVG: one row per unit, ordered by nominal
 * rank, on a rank axis from 1 (left) to the worst rank; a bar from the 5th to the 95th percentile
 * rank, a tick at the median and a dot at the nominal rank — the plot of COINr
 * `plot_uncertainty()`. Every row also states its numbers as text ("nominal 2 · median 3 ·
 * 5–95 %: 1–5") and in a `<title>` tooltip; labels are escaped.
 *
 * @param data - one entry per unit
 * @param title - accessible title (also the `aria-label`)
 * @returns an `<svg>` element
 * @example
 * ```ts
 * import { rankIntervalChart } from "@ducha/io/report";
 *
 * const svg = rankIntervalChart([{ unit: "a", label: "东区", nominal: 1, median: 1, p05: 1, p95: 2 }], "Rank intervals");
 * ```
 * @since 0.1.0
 */
export function rankIntervalChart(data: readonly RankIntervalDatum[], title: string): string {
  const rows = [...data].sort((a, b) => a.nominal - b.nominal || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const finite = rows.flatMap((d) => [d.nominal, d.median, d.p05, d.p95]).filter(Number.isFinite);
  const maxRank = Math.max(rows.length, ...finite, 1);
  const rowHeight = 22;
  const labelWidth = 160;
  const plotWidth = 360;
  const textWidth = 230;
  const top = 28;
  const height = top + rows.length * rowHeight + 12;
  const width = labelWidth + plotWidth + textWidth;
  const x = (rank: number) => r2(labelWidth + 10 + ((rank - 1) / Math.max(maxRank - 1, 1)) * (plotWidth - 20));
  const ticks = [...new Set([1, Math.round((maxRank + 1) / 2), maxRank])];
  const axis =
    `<line x1="${x(1)}" y1="${top - 8}" x2="${x(maxRank)}" y2="${top - 8}" stroke="#999"/>` +
    ticks.map((t) => `<text x="${x(t)}" y="${top - 12}" text-anchor="middle" fill="#555">${t}</text>`).join("");
  const parts = rows.map((d, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    const label = d.label ?? d.unit;
    const text = `${rankText(d.nominal)} · ${rankText(d.median)} · ${rankText(d.p05)}–${rankText(d.p95)}`;
    const tip = `${label}: nominal ${rankText(d.nominal)}, median ${rankText(d.median)}, 5–95 %: ${rankText(d.p05)}–${rankText(d.p95)}`;
    const marks: string[] = [];
    if (Number.isFinite(d.p05) && Number.isFinite(d.p95)) {
      marks.push(
        `<line x1="${x(d.p05)}" y1="${y}" x2="${x(d.p95)}" y2="${y}" stroke="#9fb7e0" stroke-width="6" stroke-linecap="round"/>`,
      );
    }
    if (Number.isFinite(d.median)) {
      marks.push(
        `<line x1="${x(d.median)}" y1="${y - 7}" x2="${x(d.median)}" y2="${y + 7}" stroke="#1f3864" stroke-width="2"/>`,
      );
    }
    if (Number.isFinite(d.nominal)) marks.push(`<circle cx="${x(d.nominal)}" cy="${y}" r="4" fill="#c00000"/>`);
    return (
      `<g><title>${e(tip)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 4}" text-anchor="end">${e(label)}</text>${marks.join("")}` +
      `<text x="${labelWidth + plotWidth + 6}" y="${y + 4}">${e(text)}</text></g>`
    );
  });
  const legend = `<text x="${labelWidth + plotWidth + 6}" y="${top - 12}" fill="#555">nominal · median · 5–95 %</text>`;
  return `${svgOpen(
    "rank-interval-chart",
    title,
    `${rows.length} units; rank 1 is best. Red dot: nominal rank; dark tick: median; bar: 5th–95th percentile.`,
    width,
    height,
  )}${axis}${legend}${parts.join("")}</svg>`;
}

/**
 * A Sobol' sensitivity bar chart (Sobol 敏感性指数图) as inline SVG: per uncertain input, a bar
 * for the first-order index S_i and one for the total effect S_Ti, with confidence-interval
 * whiskers when given (as COINr `plot_sensitivity(ptype = "box")`). Values are shown as text
 * ("S 0.314 [0.299, 0.329]"); negative estimates (Monte Carlo noise around 0) are drawn to the left
 * of the zero line, not clamped.
 *
 * @param data - one entry per input, e.g. `result.indices` of `sobolIndices`
 * @param title - accessible title
 * @returns an `<svg>` element
 * @example
 * ```ts
 * import { sobolChart } from "@ducha/io/report";
 *
 * const svg = sobolChart([{ id: "weights", first: 0.41, total: 0.55 }], "Sobol indices");
 * ```
 * @since 0.1.0
 */
export function sobolChart(data: readonly SobolBarDatum[], title: string): string {
  const values = data.flatMap((d) => [
    d.first,
    d.total,
    d.firstCi?.low ?? 0,
    d.firstCi?.high ?? 0,
    d.totalCi?.low ?? 0,
    d.totalCi?.high ?? 0,
  ]);
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0.1, ...finite);
  const labelWidth = 160;
  const plotWidth = 320;
  const textWidth = 300;
  const rowHeight = 40;
  const top = 26;
  const width = labelWidth + plotWidth + textWidth;
  const height = top + data.length * rowHeight + 10;
  const x = (v: number) => r2(labelWidth + ((v - lo) / (hi - lo)) * plotWidth);
  const zero = x(0);
  const axis =
    `<line x1="${zero}" y1="${top - 6}" x2="${zero}" y2="${height - 6}" stroke="#999"/>` +
    [lo, 0, hi]
      .filter((v, i, all) => all.indexOf(v) === i)
      .map((v) => `<text x="${x(v)}" y="${top - 10}" text-anchor="middle" fill="#555">${fixedText(v, 2)}</text>`)
      .join("");
  const bar = (v: number, y: number, colour: string) => {
    if (!Number.isFinite(v)) return "";
    const a = Math.min(x(v), zero);
    return `<rect x="${a}" y="${y}" width="${r2(Math.abs(x(v) - zero))}" height="12" fill="${colour}"/>`;
  };
  const whisker = (ci: { low: number; high: number } | undefined, y: number) =>
    ci === undefined || !Number.isFinite(ci.low) || !Number.isFinite(ci.high)
      ? ""
      : `<line x1="${x(ci.low)}" y1="${y + 6}" x2="${x(ci.high)}" y2="${y + 6}" stroke="#222"/>` +
        `<line x1="${x(ci.low)}" y1="${y + 2}" x2="${x(ci.low)}" y2="${y + 10}" stroke="#222"/>` +
        `<line x1="${x(ci.high)}" y1="${y + 2}" x2="${x(ci.high)}" y2="${y + 10}" stroke="#222"/>`;
  const ciText = (ci: { low: number; high: number } | undefined) =>
    ci === undefined ? "" : ` [${fixedText(ci.low, 3)}, ${fixedText(ci.high, 3)}]`;
  const parts = data.map((d, i) => {
    const y = top + i * rowHeight;
    const label = d.label ?? d.id;
    const first = `S ${fixedText(d.first, 3)}${ciText(d.firstCi)}`;
    const total = `ST ${fixedText(d.total, 3)}${ciText(d.totalCi)}`;
    return (
      `<g><title>${e(`${label}: ${first}; ${total}`)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 18}" text-anchor="end">${e(label)}</text>` +
      bar(d.first, y + 2, "#4472c4") +
      whisker(d.firstCi, y + 2) +
      bar(d.total, y + 18, "#ed7d31") +
      whisker(d.totalCi, y + 18) +
      `<text x="${labelWidth + plotWidth + 8}" y="${y + 12}">${e(first)}</text>` +
      `<text x="${labelWidth + plotWidth + 8}" y="${y + 28}">${e(total)}</text></g>`
    );
  });
  return `${svgOpen(
    "sobol-chart",
    title,
    `${data.length} inputs. Blue: first-order index S; orange: total-effect index ST; whiskers: confidence intervals.`,
    width,
    height,
  )}${axis}${parts.join("")}</svg>`;
}

/** Diverging colour for a correlation: blue (−1) – white (0) – red (+1). */
function heatColour(r: number): string {
  const t = Math.min(1, Math.abs(r));
  const [R, G, B] = r >= 0 ? [198, 40, 40] : [21, 101, 192];
  const mix = (c: number) => Math.round(255 + (c - 255) * t);
  const hex = (c: number) => mix(c).toString(16).padStart(2, "0");
  return `#${hex(R)}${hex(G)}${hex(B)}`;
}

/**
 * A correlation heatmap (相关系数热力图) as inline SVG: a k × k grid coloured from blue (−1)
 * through white (0) to red (+1), each cell showing its coefficient to two decimals (grey with "—"
 * where undefined), row and column labels escaped, and a `<title>` tooltip per cell.
 *
 * @param matrix - ids, optional labels and the square matrix of coefficients
 * @param title - accessible title
 * @returns an `<svg>` element
 * @example
 * ```ts
 * import { correlationHeatmap } from "@ducha/io/report";
 *
 * const svg = correlationHeatmap({ ids: ["a", "b"], values: [[1, -0.4], [-0.4, 1]] }, "Correlations");
 * ```
 * @since 0.1.0
 */
export function correlationHeatmap(matrix: CorrelationHeatmapData, title: string): string {
  const k = matrix.ids.length;
  const labels = matrix.ids.map((id, i) => matrix.labels?.[i] ?? id);
  const cell = k > 20 ? 22 : 36;
  const labelWidth = 170;
  const top = 120;
  const width = labelWidth + k * cell + 10;
  const height = top + k * cell + 10;
  const cols = labels
    .map((l, j) => {
      const cx = labelWidth + j * cell + cell / 2;
      return `<text transform="translate(${cx},${top - 6}) rotate(-45)">${e(l)}</text>`;
    })
    .join("");
  const rows: string[] = [];
  for (let i = 0; i < k; i++) {
    const y = top + i * cell;
    rows.push(`<text x="${labelWidth - 6}" y="${y + cell / 2 + 4}" text-anchor="end">${e(labels[i] as string)}</text>`);
    for (let j = 0; j < k; j++) {
      const v = num(matrix.values[i]?.[j]);
      const x = labelWidth + j * cell;
      const text = fixedText(v, 2);
      const fill = v === null ? "#e0e0e0" : heatColour(v);
      const ink = v !== null && Math.abs(v) > 0.6 ? "#fff" : "#222";
      rows.push(
        `<g><title>${e(`${labels[i]} × ${labels[j]}: ${text}`)}</title>` +
          `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#fff"/>` +
          `<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" fill="${ink}" font-size="${cell > 30 ? 11 : 8}">${e(text)}</text></g>`,
      );
    }
  }
  return `${svgOpen(
    "correlation-heatmap",
    title,
    `${k} × ${k} correlation matrix; blue negative, red positive, grey undefined.`,
    width,
    height,
    11,
  )}${cols}${rows.join("")}</svg>`;
}
