import type { CsvField, CsvImportOptions } from "../csv/csv-import-options.js";
import { unescapeFormula } from "../csv/formula-escape.js";
import { fieldOfHeader } from "../csv/header-aliases.js";
import type { KnownIndicator } from "../import-options.js";
import { ImportError } from "../issue/import-error.js";
import type { ColumnLocation, ImportIssue } from "../issue/import-issue.js";
import { parsePeriod } from "../value/period.js";
import { normalizeUnit, splitHeaderUnit, UNIT_TABLE } from "../value/unit-conversion.js";
import { columnLetter } from "./column-letter.js";
import type { CandidateValue, Cell, ImportSession } from "./import-session.js";

const HEADER_SEARCH_ROWS = 10;
const UNIT_ROW_LABELS = new Set(["", "单位", "计量单位", "unit", "units"]);

interface IndicatorColumn {
  readonly index: number;
  readonly id: string;
  readonly known?: KnownIndicator;
  readonly headerUnit?: string;
}

/**
 * Turns CSV records (arrays of cell strings, in file order) into rows for an {@link ImportSession}:
 * finds the header, maps columns (long or wide), reads an optional unit row, and hands each data
 * row over. Used by the sync and the streaming importer alike.
 *
 * @internal
 */
export class CsvTable {
  private readonly session: ImportSession;
  private readonly options: CsvImportOptions;
  private readonly pending: { record: string[]; row: number }[] = [];
  private header: string[] | undefined;
  private fields = new Map<CsvField, number>();
  private indicatorColumns: IndicatorColumn[] = [];
  private usedColumns = new Set<number>();
  private expectUnitRow = false;
  format: "long" | "wide" = "long";
  private fixedPeriod: string | undefined;
  private valueHeaderUnit: { unit: string | undefined } | undefined;

  constructor(session: ImportSession, options: CsvImportOptions) {
    this.session = session;
    this.options = options;
    if (options.period !== undefined) {
      const parsed = parsePeriod(options.period);
      if (parsed === undefined) {
        throw new ImportError("invalid_option", {
          file: session.file,
          message: {
            zh: `选项 period“${options.period}”不是有效期间`,
            en: `option period "${options.period}" is not a period`,
          },
        });
      }
      const known = options.known?.periods === undefined ? undefined : new Set(options.known.periods);
      if (known !== undefined && !known.has(parsed.id)) {
        throw new ImportError("invalid_option", {
          file: session.file,
          message: {
            zh: `选项 period“${parsed.id}”不在已知期间中`,
            en: `option period "${parsed.id}" is not a known period`,
          },
        });
      }
      this.fixedPeriod = parsed.id;
    }
  }

  /** Accepts the next record (its 1-based row number as a spreadsheet shows it). */
  push(rawRecord: string[], row: number): void {
    this.session.checkColumns(row, rawRecord.length);
    const record =
      this.options.unescapeFormulas === false || !startsWithQuote(rawRecord)
        ? rawRecord
        : rawRecord.map(unescapeFormula);
    if (this.header === undefined) {
      this.pending.push({ record, row });
      const found = this.findHeader();
      if (found === undefined) {
        if (this.pending.length >= this.searchLimit()) this.failNoHeader();
        return;
      }
      const later = this.pending.splice(0).filter((entry) => entry.row > found);
      for (const entry of later) this.pushData(entry.record, entry.row);
      return;
    }
    this.pushData(record, row);
  }

  /** Flushes buffered rows at the end of input. */
  end(): void {
    if (this.header === undefined) this.failNoHeader();
  }

  private searchLimit(): number {
    return this.options.headerRow ?? HEADER_SEARCH_ROWS;
  }

  private findHeader(): number | undefined {
    const last = this.pending[this.pending.length - 1];
    if (last === undefined) return undefined;
    if (this.options.headerRow !== undefined) {
      if (last.row < this.options.headerRow) return undefined;
      this.useHeader(last.record, last.row);
      return last.row;
    }
    if (isBlank(last.record)) return undefined;
    const byIndex = Object.values(this.options.columns ?? {}).some((c) => typeof c === "number");
    if (byIndex || this.mapFields(last.record).has("unit")) {
      this.useHeader(last.record, last.row);
      return last.row;
    }
    return undefined;
  }

  private failNoHeader(): never {
    const empty = this.pending.every((entry) => isBlank(entry.record));
    throw new ImportError("missing_column", {
      file: this.session.file,
      row: this.pending[0]?.row ?? 1,
      message: empty
        ? { zh: "文件为空（没有表头和数据）", en: "the file is empty (no header, no data)" }
        : {
            zh: `前 ${this.searchLimit()} 行中未找到含“单位”列的表头；可用 columns 选项指定列`,
            en: `no header with a unit column in the first ${this.searchLimit()} rows; map columns with the columns option`,
          },
    });
  }

  private mapFields(record: readonly string[]): Map<CsvField, number> {
    const fields = new Map<CsvField, number>();
    const configured = this.options.columns ?? {};
    for (const [field, spec] of Object.entries(configured) as [CsvField, string | number][]) {
      const index = typeof spec === "number" ? spec : record.findIndex((h) => h.trim() === spec.trim());
      if (index >= 0 && index < Math.max(record.length, typeof spec === "number" ? spec + 1 : 0))
        fields.set(field, index);
    }
    const taken = new Set(fields.values());
    record.forEach((header, index) => {
      if (taken.has(index)) return;
      const field = fieldOfHeader(header);
      if (field !== undefined && configured[field] === undefined && !fields.has(field)) fields.set(field, index);
    });
    return fields;
  }

  private readonly locations: ColumnLocation[] = [];

  private location(index: number): ColumnLocation {
    if (this.header === undefined) return { letter: columnLetter(index), header: "" };
    let location = this.locations[index];
    if (location === undefined) {
      location = { letter: columnLetter(index), header: this.header[index] ?? "" };
      this.locations[index] = location;
    }
    return location;
  }

  private cell(record: readonly string[], index: number): Cell {
    return { raw: record[index] ?? "", column: this.location(index) };
  }

  private useHeader(record: string[], row: number): void {
    this.header = record;
    for (const entry of this.pending) {
      if (entry.row < row) this.session.addHeaderRow();
    }
    this.session.addHeaderRow();
    this.fields = this.mapFields(record);
    const requested = this.options.format ?? "auto";
    // A value column means long format even without an indicator column (then reported as missing),
    // rather than silently reading "数值" as the name of an indicator.
    const looksLong = this.fields.has("value");
    this.format = requested === "auto" ? (looksLong ? "long" : "wide") : requested;
    const required: CsvField[] = this.format === "long" ? ["unit", "indicator", "value"] : ["unit"];
    if (this.fixedPeriod === undefined) required.push("period");
    for (const field of required) {
      if (!this.fields.has(field)) {
        throw new ImportError("missing_column", {
          file: this.session.file,
          row,
          message: {
            zh: `表头缺少“${field}”列（可用 columns 选项指定${field === "period" ? "，或用 period 选项给出期间" : ""}）`,
            en: `the header has no "${field}" column (map it with the columns option${field === "period" ? ", or give the period option" : ""})`,
          },
        });
      }
    }
    this.usedColumns = new Set(this.fields.values());
    if (this.format === "long") {
      record.forEach((header, index) => {
        if (this.usedColumns.has(index) || header.trim() === "") return;
        this.ignoreColumn(index, row, "unrecognized_column", "warning", {
          zh: `无法识别的列“${header}”，已忽略`,
          en: `unrecognised column "${header}" ignored`,
        });
      });
      return;
    }
    if (this.format === "wide") this.fields.delete("indicator");
    if (this.format === "wide") this.fields.delete("value");
    this.usedColumns = new Set(this.fields.values());
    const ids = new Map<string, number>();
    record.forEach((header, index) => {
      if (this.usedColumns.has(index) || header.trim() === "") return;
      const { name, unit } = splitHeaderUnit(header);
      const resolved = this.session.resolveIndicator(name);
      if ("error" in resolved) {
        this.ignoreColumn(index, row, "unknown_indicator", "error", resolved.error, resolved.suggestion);
        return;
      }
      const earlier = ids.get(resolved.id);
      if (earlier !== undefined) {
        this.ignoreColumn(index, row, "duplicate_column", "error", {
          zh: `指标“${resolved.id}”已在 ${columnLetter(earlier)} 列出现，本列已忽略`,
          en: `indicator "${resolved.id}" already in column ${columnLetter(earlier)}; this column is ignored`,
        });
        return;
      }
      ids.set(resolved.id, index);
      this.usedColumns.add(index);
      this.indicatorColumns.push({
        index,
        id: resolved.id,
        ...(resolved.known === undefined ? {} : { known: resolved.known }),
        ...(unit === undefined ? {} : { headerUnit: unit }),
      });
    });
    this.expectUnitRow = this.options.unitRow ?? true;
  }

  private ignoreColumn(
    index: number,
    row: number,
    code: "unrecognized_column" | "unknown_indicator" | "duplicate_column",
    severity: "error" | "warning",
    message: { zh: string; en: string },
    suggestion?: string,
  ): void {
    this.session.stats.ignoredColumns++;
    const cell = this.cell(this.header ?? [], index);
    this.session.addHeaderIssue(this.session.issue(code, severity, row, cell, message, suggestion));
  }

  /** Whether a record is the units row below a wide header (every non-blank indicator cell is a unit). */
  private isUnitRow(record: readonly string[]): boolean {
    const unitIndex = this.fields.get("unit") ?? 0;
    if (!UNIT_ROW_LABELS.has((record[unitIndex] ?? "").trim().toLowerCase())) return false;
    let units = 0;
    for (const column of this.indicatorColumns) {
      const text = (record[column.index] ?? "").trim();
      if (text === "") continue;
      const unit = normalizeUnit(splitHeaderUnit(`x${text}`).unit ?? text);
      if (UNIT_TABLE[unit] === undefined && (this.options.units?.[unit] ?? undefined) === undefined) return false;
      units++;
    }
    return units > 0;
  }

  private pushData(record: string[], row: number): void {
    if (this.expectUnitRow) {
      this.expectUnitRow = false;
      const forced = this.options.unitRow === true;
      if (forced || this.isUnitRow(record)) {
        this.session.addHeaderRow();
        this.indicatorColumns = this.indicatorColumns.map((column) => {
          const text = (record[column.index] ?? "").trim();
          if (column.headerUnit !== undefined || text === "") return column;
          return { ...column, headerUnit: normalizeUnit(splitHeaderUnit(`x${text}`).unit ?? text) };
        });
        return;
      }
    }
    if (isBlank(record)) {
      this.session.addBlankRow();
      return;
    }
    let issues: ImportIssue[] | undefined;
    const extra = this.extraCell(record);
    if (extra >= 0) {
      issues = [
        this.session.issue("extra_cells", "warning", row, this.cell(record, extra), {
          zh: `第 ${columnLetter(extra)} 列没有表头，其内容已忽略`,
          en: `column ${columnLetter(extra)} has no header; its content is ignored`,
        }),
      ];
    }
    const at = this.at ?? this.fieldIndexes();
    const shared: { status?: Cell; note?: Cell; source?: Cell; missingReason?: Cell } = {};
    if (at.status !== undefined) shared.status = this.cell(record, at.status);
    if (at.note !== undefined) shared.note = this.cell(record, at.note);
    if (at.source !== undefined) shared.source = this.cell(record, at.source);
    if (at.missingReason !== undefined) shared.missingReason = this.cell(record, at.missingReason);
    const unit = this.cell(record, at.unit ?? 0);
    const period = at.period === undefined ? (this.fixedPeriod ?? "") : this.cell(record, at.period);
    let values: CandidateValue[];
    if (this.format === "long") {
      const valueIndex = at.value ?? 0;
      this.valueHeaderUnit ??= { unit: splitHeaderUnit(this.header?.[valueIndex] ?? "").unit };
      const headerUnit = this.valueHeaderUnit.unit;
      const value: { -readonly [K in keyof CandidateValue]: CandidateValue[K] } = {
        indicator: this.cell(record, at.indicator ?? 0),
        value: this.cell(record, valueIndex),
        ...shared,
      };
      if (headerUnit !== undefined) value.headerUnit = headerUnit;
      values = [value];
    } else {
      values = this.indicatorColumns.map((column) => ({
        indicator: { id: column.id, ...(column.known === undefined ? {} : { known: column.known }) },
        value: this.cell(record, column.index),
        ...(column.headerUnit === undefined ? {} : { headerUnit: column.headerUnit }),
        ...shared,
      }));
    }
    this.session.addRow(issues === undefined ? { row, unit, period, values } : { row, unit, period, values, issues });
  }

  private at: Partial<Record<CsvField, number>> | undefined;

  /** The column index of each mapped field, computed once. */
  private fieldIndexes(): Partial<Record<CsvField, number>> {
    const at: Partial<Record<CsvField, number>> = {};
    for (const [field, index] of this.fields) at[field] = index;
    this.at = at;
    return at;
  }

  private headerless: number[] | undefined;

  /** The first non-blank cell in a column that has no header and no field, or -1. */
  private extraCell(record: readonly string[]): number {
    const header = this.header ?? [];
    if (this.headerless === undefined) {
      this.headerless = [];
      for (let i = 0; i < header.length; i++) {
        if (!this.usedColumns.has(i) && (header[i] ?? "").trim() === "") this.headerless.push(i);
      }
    }
    let first = -1;
    for (const i of this.headerless) {
      if (i >= record.length) break;
      if ((record[i] ?? "").trim() !== "") {
        first = i;
        break;
      }
    }
    if (first >= 0) return first;
    for (let i = header.length; i < record.length; i++) {
      if (!this.usedColumns.has(i) && (record[i] ?? "").trim() !== "") return i;
    }
    return -1;
  }
}

function startsWithQuote(record: readonly string[]): boolean {
  for (const text of record) if (text.charCodeAt(0) === 39) return true;
  return false;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((text) => text.trim() === "");
}
