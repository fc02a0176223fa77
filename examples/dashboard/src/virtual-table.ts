// A table that renders only the rows in view (plus a margin), so thousands of rows stay fast.

/** A column: its header and how to fill a cell. */
export interface Column<R> {
  readonly header: string;
  readonly cell: (row: R) => string | Node;
  readonly numeric?: boolean;
}

/** Options of a {@link VirtualTable}. */
export interface VirtualTableOptions<R> {
  /** Accessible name of the table. */
  readonly caption: string;
  readonly columns: readonly Column<R>[];
  /** Row height in px (fixed). Defaults to 34. */
  readonly rowHeight?: number;
  /** Height of the scroll area in px. Defaults to 440. */
  readonly height?: number;
}

const OVERSCAN = 8;

/** A scrollable table that keeps only a window of rows in the DOM. */
export class VirtualTable<R> {
  readonly element: HTMLDivElement;
  private readonly table: HTMLTableElement;
  private readonly caption: HTMLTableCaptionElement;
  private readonly thead: HTMLTableSectionElement;
  private readonly tbody: HTMLTableSectionElement;
  private readonly rowHeight: number;
  private columns: readonly Column<R>[];
  private rows: readonly R[] = [];
  private frame = 0;
  private shown = "";

  constructor(options: VirtualTableOptions<R>) {
    this.rowHeight = options.rowHeight ?? 34;
    this.columns = options.columns;
    this.element = document.createElement("div");
    this.element.className = "virtual-table";
    this.element.tabIndex = 0;
    this.element.setAttribute("role", "region");
    this.element.style.height = `${options.height ?? 440}px`;
    this.table = document.createElement("table");
    this.caption = document.createElement("caption");
    this.thead = document.createElement("thead");
    this.tbody = document.createElement("tbody");
    this.table.append(this.caption, this.thead, this.tbody);
    this.element.append(this.table);
    this.element.addEventListener("scroll", () => {
      if (this.frame === 0)
        this.frame = requestAnimationFrame(() => {
          this.frame = 0;
          this.renderWindow();
        });
    });
    this.setCaption(options.caption);
  }

  /** Changes the accessible name. */
  setCaption(caption: string): void {
    this.caption.textContent = caption;
    this.element.setAttribute("aria-label", caption);
  }

  /** Replaces the columns (e.g. after a language change) and the rows. */
  update(rows: readonly R[], columns: readonly Column<R>[] = this.columns): void {
    this.columns = columns;
    this.rows = rows;
    const head = document.createElement("tr");
    head.setAttribute("aria-rowindex", "1");
    for (const c of columns) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = c.header;
      if (c.numeric === true) th.className = "num";
      head.append(th);
    }
    this.thead.replaceChildren(head);
    this.table.setAttribute("aria-rowcount", String(rows.length + 1));
    this.element.scrollTop = 0;
    this.shown = "";
    this.renderWindow();
  }

  private spacer(height: number): HTMLTableRowElement {
    const tr = document.createElement("tr");
    tr.className = "spacer";
    tr.setAttribute("aria-hidden", "true");
    tr.style.height = `${height}px`;
    const td = document.createElement("td");
    td.colSpan = this.columns.length;
    tr.append(td);
    return tr;
  }

  private renderWindow(): void {
    const viewport = this.element.clientHeight || 440;
    const first = Math.max(0, Math.floor(this.element.scrollTop / this.rowHeight) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((this.element.scrollTop + viewport) / this.rowHeight) + OVERSCAN);
    const key = `${first}:${last}`;
    if (key === this.shown) return;
    this.shown = key;
    const out: HTMLTableRowElement[] = [];
    if (first > 0) out.push(this.spacer(first * this.rowHeight));
    for (let i = first; i < last; i++) {
      const row = this.rows[i] as R;
      const tr = document.createElement("tr");
      tr.setAttribute("aria-rowindex", String(i + 2));
      tr.style.height = `${this.rowHeight}px`;
      for (const c of this.columns) {
        const td = document.createElement("td");
        if (c.numeric === true) td.className = "num";
        const content = c.cell(row);
        // long texts are cut with an ellipsis; the full text shows on hover
        if (typeof content === "string" && content.length > 40) td.title = content;
        td.append(content);
        tr.append(td);
      }
      out.push(tr);
    }
    if (last < this.rows.length) out.push(this.spacer((this.rows.length - last) * this.rowHeight));
    this.tbody.replaceChildren(...out);
  }
}
