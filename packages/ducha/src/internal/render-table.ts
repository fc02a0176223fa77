import { displayWidth, pad } from "./display-width.js";

/** A column of {@link renderTable}. */
export interface TableColumn {
  readonly header: string;
  readonly align: "left" | "right";
}

/**
 * Renders rows as aligned text columns separated by two spaces (widths by display width, so CJK
 * text lines up), the header underlined with `─`. `decorate` may colour a cell *after* padding.
 * Trailing spaces are trimmed.
 */
export function renderTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  decorate: (text: string, row: number, column: number) => string = (text) => text,
  decorateHeader: (text: string) => string = (text) => text,
): string[] {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[], style: (text: string, column: number) => string) =>
    cells
      .map((cell, i) => style(pad(cell, widths[i] ?? 0, columns[i]?.align ?? "left"), i))
      .join("  ")
      .trimEnd();
  return [
    line(
      columns.map((c) => c.header),
      (t) => decorateHeader(t),
    ),
    widths.map((w) => "─".repeat(w)).join("  "),
    ...rows.map((r, ri) => line(r, (t, ci) => decorate(t, ri, ci))),
  ];
}
