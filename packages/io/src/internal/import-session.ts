import {
  DEFAULT_IMPORT_LIMITS,
  type ImportOptions,
  type ImportResult,
  type ImportStats,
  type KnownIndicator,
} from "../import-options.js";
import { ImportError } from "../issue/import-error.js";
import type { ColumnLocation, ImportIssue, ImportIssueCode, LocalizedMessage } from "../issue/import-issue.js";
import type { Observation, ObservationStatus } from "../observation.js";
import { toHalfWidth } from "../value/full-width.js";
import { parseNumber } from "../value/parse-number.js";
import { type ParsedValue, type ParseValueOptions, parseValue, type ValueKind } from "../value/parse-value.js";
import { type ParsedPeriod, parsePeriod } from "../value/period.js";
import { splitHeaderUnit } from "../value/unit-conversion.js";
import { D, type Dec } from "./decimal.js";
import { suggest } from "./levenshtein.js";
import { plainDecimal } from "./plain-decimal.js";

/** Most entries each per-session cache holds (distinct units, periods, indicators, short texts). */
const CACHE_LIMIT = 100_000;

/** A cell as found in the file, with its column. */
export interface Cell {
  readonly raw: string;
  readonly column: ColumnLocation;
}

/** One value of a row (long format: the only one; wide format: one per indicator column). */
export interface CandidateValue {
  /** Indicator id already resolved (wide format headers), or the indicator cell to resolve (long format). */
  readonly indicator: { readonly id: string; readonly known?: KnownIndicator } | Cell;
  readonly value: Cell;
  readonly headerUnit?: string;
  readonly status?: Cell;
  /** A status decided by the format (SDMX OBS_STATUS), used when `status` is absent. */
  readonly mappedStatus?: ObservationStatus;
  readonly missingReason?: Cell;
  readonly note?: Cell;
  readonly source?: Cell;
  /** Exact power of ten to multiply numbers by (SDMX UNIT_MULT). */
  readonly powerOfTen?: number;
}

/** A data row handed to the session by a format adapter. */
export interface CandidateRow {
  readonly row: number;
  readonly unit: Cell;
  /** A period cell, or a period id fixed by an option. */
  readonly period: Cell | string;
  /** The period id already read from the `period` cell by the format (e.g. SDMX `2024-A1` → `2024`). */
  readonly periodId?: string;
  readonly values: readonly CandidateValue[];
  /** Issues the adapter found itself (e.g. extra cells, SDMX action). */
  readonly issues?: readonly ImportIssue[];
}

const STATUS_WORDS: Readonly<Record<string, ObservationStatus>> = {
  reported: "reported",
  上报: "reported",
  已上报: "reported",
  报送: "reported",
  verified: "verified",
  核实: "verified",
  已核实: "verified",
  审核: "verified",
  已审核: "verified",
  estimated: "estimated",
  估计: "estimated",
  估算: "estimated",
  预估: "estimated",
  missing: "missing",
  缺失: "missing",
  缺报: "missing",
  无数据: "missing",
};

/**
 * Reads a status cell: English ids and their Chinese words (上报/核实/估算/缺失 …), case-insensitive.
 */
export function parseStatus(raw: string): ObservationStatus | undefined {
  return (
    (Object.hasOwn(STATUS_WORDS, raw) ? STATUS_WORDS[raw] : undefined) ??
    STATUS_WORDS[toHalfWidth(raw).trim().toLowerCase()]
  );
}

/** Shared validation and accounting of all importers: every row is accepted or rejected, with issues. */
export class ImportSession {
  readonly file: string;
  /** The worksheet being read, added to issues when set. */
  sheet: string | undefined;
  private readonly options: ImportOptions;
  private readonly observations: Observation[] = [];
  private readonly headerIssues: ImportIssue[] = [];
  private readonly issues: ImportIssue[] = [];
  /** Accepted observations by unit → period → indicator, with their row (duplicate check). */
  private readonly seen = new Map<string, Map<string, Map<string, number>>>();
  /** Per-row scratch (reused: a row allocates nothing here unless it has issues). */
  private readonly rowIssues: ImportIssue[] = [];
  private readonly rowObservations: Observation[] = [];
  private readonly rowIndicators = new Set<string>();
  /** Bounded caches of what repeats on every row: unit, period and indicator cells, and short texts. */
  private readonly unitCache = new Map<string, string | { error: ImportIssueCode; suggestion?: string }>();
  private readonly periodCache = new Map<string, ParsedPeriod | null>();
  private readonly indicatorCache = new Map<string, ReturnType<ImportSession["resolveIndicator"]>>();
  private readonly texts = new Map<string, string>();
  private readonly boundsCache = new Map<string, { min: Dec | undefined; max: Dec | undefined }>();
  private readonly knownUnits: ReadonlySet<string> | undefined;
  private readonly knownPeriods: ReadonlySet<string> | undefined;
  private readonly indicatorById = new Map<string, KnownIndicator>();
  private readonly indicatorByName = new Map<string, KnownIndicator>();
  private readonly indicatorByLooseName = new Map<string, KnownIndicator>();
  private readonly codes = new Map<string, ReadonlySet<string>>();
  private readonly maxRows: number;
  readonly maxColumns: number;
  readonly maxBytes: number;
  readonly stats: ImportStats = {
    rowsRead: 0,
    accepted: 0,
    rejected: 0,
    blankRows: 0,
    headerRows: 0,
    observations: 0,
    ignoredColumns: 0,
    errors: 0,
    warnings: 0,
  };

  constructor(options: ImportOptions, defaultFile = "<input>") {
    this.options = options;
    this.file = options.file ?? defaultFile;
    const known = options.known;
    this.knownUnits = known?.units === undefined ? undefined : new Set(known.units);
    this.knownPeriods = known?.periods === undefined ? undefined : new Set(known.periods);
    for (const indicator of known?.indicators ?? []) {
      this.indicatorById.set(indicator.id, indicator);
      if (indicator.name !== undefined) this.indicatorByName.set(indicator.name, indicator);
      if (indicator.codes !== undefined) this.codes.set(indicator.id, new Set(indicator.codes));
    }
    for (const indicator of this.indicatorById.values()) {
      this.indicatorByLooseName.set(loose(indicator.id), indicator);
      if (indicator.name !== undefined) this.indicatorByLooseName.set(loose(indicator.name), indicator);
    }
    const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
    this.maxRows = limits.maxRows;
    this.maxColumns = limits.maxColumns;
    this.maxBytes = limits.maxBytes;
  }

  /** Whether indicators are checked against a known list. */
  get checksIndicators(): boolean {
    return this.options.known?.indicators !== undefined;
  }

  /** Makes an issue located in this file. */
  issue(
    code: ImportIssueCode,
    severity: "error" | "warning",
    row: number,
    cell: Cell,
    message: LocalizedMessage,
    suggestion?: string,
  ): ImportIssue {
    const base: ImportIssue = {
      code,
      severity,
      file: this.file,
      ...(this.sheet === undefined ? {} : { sheet: this.sheet }),
      row,
      column: cell.column,
      raw: cell.raw,
      message,
    };
    return suggestion === undefined ? base : { ...base, suggestion };
  }

  /** Records an issue about a header cell (not tied to a data row). */
  addHeaderIssue(issue: ImportIssue): void {
    this.headerIssues.push(issue);
  }

  /** Counts a header line (header lines are not data rows: `limits.maxRows` does not count them). */
  addHeaderRow(): void {
    this.stats.headerRows++;
  }

  /** Counts an all-blank row (not a data row: `limits.maxRows` does not count it). */
  addBlankRow(): void {
    this.stats.blankRows++;
  }

  /** Throws `limit_exceeded` when a row has too many columns. */
  checkColumns(row: number, count: number): void {
    if (count > this.maxColumns) {
      throw new ImportError("limit_exceeded", {
        file: this.file,
        row,
        message: {
          zh: `第 ${row} 行有 ${count} 列，超过上限 ${this.maxColumns} 列（limits.maxColumns）`,
          en: `row ${row} has ${count} columns, more than the limit of ${this.maxColumns} (limits.maxColumns)`,
        },
      });
    }
  }

  /**
   * Throws `limit_exceeded`, located at `row`, when one more data row would be more than
   * `limits.maxRows` data rows (header lines and blank rows are not counted).
   */
  private checkRowLimit(row: number): void {
    if (this.stats.rowsRead >= this.maxRows) {
      throw new ImportError("limit_exceeded", {
        file: this.file,
        row,
        message: {
          zh: `第 ${row} 行：数据行数超过上限 ${this.maxRows} 行（limits.maxRows，不含表头行和空行）`,
          en: `row ${row}: more than the limit of ${this.maxRows} data rows (limits.maxRows; header lines and blank rows are not counted)`,
        },
      });
    }
  }

  /**
   * Resolves an indicator by id, then by name, then loosely (case, full-width, spaces); without a
   * known list the trimmed text is the id.
   */
  resolveIndicator(
    text: string,
  ): { id: string; known?: KnownIndicator } | { error: LocalizedMessage; suggestion?: string } {
    const name = text.trim();
    if (!this.checksIndicators) return { id: name };
    const found =
      this.indicatorById.get(name) ?? this.indicatorByName.get(name) ?? this.indicatorByLooseName.get(loose(name));
    if (found !== undefined) return { id: found.id, known: found };
    const candidates = [...this.indicatorById.keys()];
    const names = new Map<string, string>();
    for (const indicator of this.indicatorById.values())
      if (indicator.name !== undefined) names.set(indicator.name, indicator.id);
    const byId = suggest(name, candidates);
    const byName = byId === undefined ? suggest(name, names.keys()) : undefined;
    const suggestion = byId ?? (byName === undefined ? undefined : names.get(byName));
    return {
      error: {
        zh: `未知指标“${name}”${suggestion === undefined ? "" : `，是否为“${suggestion}”？`}`,
        en: `unknown indicator "${name}"${suggestion === undefined ? "" : `; did you mean '${suggestion}'?`}`,
      },
      ...(suggestion === undefined ? {} : { suggestion }),
    };
  }

  /** Validates a data row and accepts or rejects it as a whole. */
  addRow(candidate: CandidateRow): void {
    const { row } = candidate;
    this.checkRowLimit(row);
    this.stats.rowsRead++;
    const issues = this.rowIssues;
    issues.length = 0;
    if (candidate.issues !== undefined) for (const issue of candidate.issues) issues.push(issue);
    const unit = this.checkUnit(candidate.unit, row, issues);
    const period = this.checkPeriod(candidate.period, row, issues, candidate.periodId);
    const observations = this.rowObservations;
    observations.length = 0;
    const many = candidate.values.length > 1;
    const inRow = this.rowIndicators;
    if (many) inRow.clear();
    for (const value of candidate.values) {
      const observation = this.checkValue(value, unit, period, row, issues);
      if (observation === undefined || unit === undefined || period === undefined) continue;
      const indicator = observation.indicator;
      const earlier =
        this.seen.get(unit)?.get(period)?.get(indicator) ?? (many && inRow.has(indicator) ? row : undefined);
      if (earlier !== undefined) {
        issues.push(
          this.issue("duplicate_observation", "error", row, value.value, {
            zh: `重复数据：单位“${unit}”、指标“${indicator}”、期间“${period}”已在第 ${earlier} 行出现`,
            en: `duplicate observation: unit "${unit}", indicator "${indicator}", period "${period}" already on row ${earlier}`,
          }),
        );
        continue;
      }
      if (many) inRow.add(indicator);
      observations.push(observation);
    }
    let rejected = false;
    for (const issue of issues) {
      if (issue.severity === "error") {
        rejected = true;
        break;
      }
    }
    if (rejected) {
      this.stats.rejected++;
    } else {
      this.stats.accepted++;
      if (unit !== undefined && period !== undefined && observations.length > 0) {
        let byPeriod = this.seen.get(unit);
        if (byPeriod === undefined) {
          byPeriod = new Map();
          this.seen.set(unit, byPeriod);
        }
        let byIndicator = byPeriod.get(period);
        if (byIndicator === undefined) {
          byIndicator = new Map();
          byPeriod.set(period, byIndicator);
        }
        for (const observation of observations) {
          byIndicator.set(observation.indicator, row);
          this.observations.push(observation);
        }
      }
    }
    for (const issue of issues) this.issues.push(issue);
  }

  /** The same string for equal short texts (units, ids, sources), so a million rows keep a few copies. */
  private intern(text: string): string {
    if (text.length > 64) return text;
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < CACHE_LIMIT) this.texts.set(text, text);
    return text;
  }

  private checkUnit(cell: Cell, row: number, issues: ImportIssue[]): string | undefined {
    const cached = this.unitCache.get(cell.raw);
    if (typeof cached === "string") return cached;
    const unit = cell.raw.trim();
    if (unit === "") {
      issues.push(
        this.issue("missing_field", "error", row, cell, {
          zh: "单位为空；每行须填写被考核单位",
          en: "the unit is blank; every row needs the assessed unit",
        }),
      );
      return undefined;
    }
    if (this.knownUnits !== undefined && !this.knownUnits.has(unit)) {
      let suggestion: string | undefined;
      if (cached === undefined) {
        suggestion = suggest(unit, this.knownUnits);
        if (this.unitCache.size < CACHE_LIMIT)
          this.unitCache.set(cell.raw, { error: "unknown_unit", ...(suggestion === undefined ? {} : { suggestion }) });
      } else suggestion = cached.suggestion;
      issues.push(
        this.issue(
          "unknown_unit",
          "error",
          row,
          cell,
          {
            zh: `未知单位“${unit}”${suggestion === undefined ? "" : `，是否为“${suggestion}”？`}`,
            en: `unknown unit "${unit}"${suggestion === undefined ? "" : `; did you mean '${suggestion}'?`}`,
          },
          suggestion,
        ),
      );
      return undefined;
    }
    const id = this.intern(unit);
    if (this.unitCache.size < CACHE_LIMIT) this.unitCache.set(cell.raw, id);
    return id;
  }

  private checkPeriod(cell: Cell | string, row: number, issues: ImportIssue[], id?: string): string | undefined {
    if (typeof cell === "string") return cell;
    if (cell.raw.trim() === "") {
      issues.push(
        this.issue("missing_field", "error", row, cell, {
          zh: "期间为空；应为如 2024、2024S1、2024Q3、2024-05",
          en: "the period is blank; expected e.g. 2024, 2024S1, 2024Q3, 2024-05",
        }),
      );
      return undefined;
    }
    const parsed = id === undefined ? this.parsePeriodCached(cell.raw) : { id };
    if (parsed === undefined) {
      issues.push(
        this.issue("invalid_period", "error", row, cell, {
          zh: `“${cell.raw.trim()}”不是有效期间；应为如 2024、2024S1、2024Q3、2024-05`,
          en: `"${cell.raw.trim()}" is not a period; expected e.g. 2024, 2024S1, 2024Q3, 2024-05`,
        }),
      );
      return undefined;
    }
    if (parsed.fromDate !== undefined && !parsed.fromDate.endsWith("-01")) {
      issues.push(
        this.issue("period_date_truncated", "warning", row, cell, {
          zh: `日期 ${parsed.fromDate} 按月份 ${parsed.id} 读取`,
          en: `the date ${parsed.fromDate} was read as the month ${parsed.id}`,
        }),
      );
    }
    if (this.knownPeriods !== undefined && !this.knownPeriods.has(parsed.id)) {
      const suggestion = suggest(parsed.id, this.knownPeriods);
      issues.push(
        this.issue(
          "unknown_period",
          "error",
          row,
          cell,
          {
            zh: `未知期间“${parsed.id}”${suggestion === undefined ? "" : `，是否为“${suggestion}”？`}`,
            en: `unknown period "${parsed.id}"${suggestion === undefined ? "" : `; did you mean '${suggestion}'?`}`,
          },
          suggestion,
        ),
      );
      return undefined;
    }
    return parsed.id;
  }

  private parsePeriodCached(raw: string): ParsedPeriod | undefined {
    const cached = this.periodCache.get(raw);
    if (cached !== undefined) return cached ?? undefined;
    const parsed = parsePeriod(raw, this.options.date1904 === undefined ? {} : { date1904: this.options.date1904 });
    if (this.periodCache.size < CACHE_LIMIT) this.periodCache.set(raw, parsed ?? null);
    return parsed;
  }

  private checkValue(
    candidate: CandidateValue,
    unit: string | undefined,
    period: string | undefined,
    row: number,
    issues: ImportIssue[],
  ): Observation | undefined {
    let indicatorId: string | undefined;
    let known: KnownIndicator | undefined;
    if ("raw" in candidate.indicator) {
      const cell = candidate.indicator;
      if (cell.raw.trim() === "") {
        issues.push(
          this.issue("missing_field", "error", row, cell, {
            zh: "指标为空；每行须填写指标",
            en: "the indicator is blank; every row needs the indicator",
          }),
        );
      } else {
        let resolved = this.indicatorCache.get(cell.raw);
        if (resolved === undefined) {
          resolved = this.resolveIndicator(splitHeaderUnit(cell.raw).name);
          if ("id" in resolved && resolved.known === undefined) resolved = { id: this.intern(resolved.id) };
          if (this.indicatorCache.size < CACHE_LIMIT) this.indicatorCache.set(cell.raw, resolved);
        }
        if ("error" in resolved) {
          issues.push(this.issue("unknown_indicator", "error", row, cell, resolved.error, resolved.suggestion));
        } else {
          indicatorId = resolved.id;
          known = resolved.known;
        }
      }
    } else {
      indicatorId = candidate.indicator.id;
      known = candidate.indicator.known;
    }

    let stated: ObservationStatus | undefined;
    if (candidate.status !== undefined && candidate.status.raw.trim() !== "") {
      stated = parseStatus(candidate.status.raw);
      if (stated === undefined) {
        issues.push(
          this.issue("invalid_status", "error", row, candidate.status, {
            zh: `“${candidate.status.raw.trim()}”不是有效状态；应为 reported/上报、verified/核实、estimated/估算、missing/缺失`,
            en: `"${candidate.status.raw.trim()}" is not a status; expected reported, verified, estimated or missing`,
          }),
        );
        return undefined;
      }
    }
    stated ??= candidate.mappedStatus;

    const kind: ValueKind =
      known?.type === "qualitative" || known?.type === "task"
        ? "code"
        : known?.type === "quantitative" || known?.type === "survey" || known?.unit !== undefined
          ? "number"
          : "auto";
    // Fast path: a plain ASCII decimal without a header unit needs no conversion (see plainDecimal).
    const fast = kind === "code" || candidate.headerUnit !== undefined ? undefined : plainDecimal(candidate.value.raw);
    let parsed: ParsedValue;
    if (fast !== undefined) parsed = { status: "number", value: fast };
    else {
      const valueOptions: { -readonly [K in keyof ParseValueOptions]: ParseValueOptions[K] } = { kind };
      if (candidate.headerUnit !== undefined) valueOptions.headerUnit = candidate.headerUnit;
      if (known?.unit !== undefined) valueOptions.targetUnit = known.unit;
      if (this.options.percent !== undefined) valueOptions.percent = this.options.percent;
      if (this.options.units !== undefined) valueOptions.units = this.options.units;
      parsed = parseValue(candidate.value.raw, valueOptions);
    }
    if (parsed.status === "invalid") {
      issues.push(this.issue(parsed.code, "error", row, candidate.value, parsed.message));
      return undefined;
    }
    if (indicatorId === undefined || unit === undefined || period === undefined) return undefined;

    const noteText = candidate.note?.raw.trim();
    const note = noteText === undefined || noteText === "" ? undefined : this.intern(noteText);
    const sourceText = candidate.source?.raw.trim();
    const source = sourceText === undefined || sourceText === "" ? undefined : this.intern(sourceText);

    if (parsed.status === "missing") {
      if (stated !== undefined && stated !== "missing" && candidate.status !== undefined) {
        issues.push(
          this.issue("status_overridden", "warning", row, candidate.status, {
            zh: `数值缺失，状态“${candidate.status.raw.trim()}”改为 missing`,
            en: `the value is missing, so status "${candidate.status.raw.trim()}" became missing`,
          }),
        );
      }
      const reason = candidate.missingReason?.raw.trim();
      const missingReason =
        reason !== undefined && reason !== "" ? reason : parsed.marker === "" ? "blank" : `marker:${parsed.marker}`;
      const observation: Observation = {
        unit,
        indicator: indicatorId,
        period,
        value: null,
        status: "missing",
        missingReason,
      };
      if (note !== undefined) observation.note = note;
      if (source !== undefined) observation.source = source;
      return observation;
    }
    if (stated === "missing") {
      issues.push(
        this.issue("value_with_missing_status", "error", row, candidate.value, {
          zh: `状态为缺失，但填写了数值“${candidate.value.raw.trim()}”`,
          en: `the status is missing but a value "${candidate.value.raw.trim()}" is given`,
        }),
      );
      return undefined;
    }
    let value = parsed.value;
    if (parsed.status === "code") {
      if (parsed.notNumeric) {
        issues.push(
          this.issue("value_not_numeric", "warning", row, candidate.value, {
            zh: `“${value}”不是数字，按代码（等次/状态）读取`,
            en: `"${value}" is not a number; read as a code (grade/status)`,
          }),
        );
      }
      const allowed = this.codes.get(indicatorId);
      if (allowed !== undefined && !allowed.has(value)) {
        const suggestion = suggest(value, allowed);
        issues.push(
          this.issue(
            "invalid_code",
            "error",
            row,
            candidate.value,
            {
              zh: `“${value}”不是指标“${indicatorId}”的有效取值（${[...allowed].join("/")}）`,
              en: `"${value}" is not a valid value of indicator "${indicatorId}" (${[...allowed].join("/")})`,
            },
            suggestion,
          ),
        );
        return undefined;
      }
    } else {
      if (candidate.powerOfTen !== undefined && candidate.powerOfTen !== 0) {
        const scaled = new D(value).mul(new D(10).pow(candidate.powerOfTen));
        value = scaled.isZero() ? "0" : scaled.toFixed();
      }
      this.checkBounds(indicatorId, value, row, candidate.value, issues);
    }
    const observation: Observation = {
      unit,
      indicator: indicatorId,
      period,
      value,
      status: stated ?? this.options.defaultStatus ?? "reported",
    };
    if (note !== undefined) observation.note = note;
    if (source !== undefined) observation.source = source;
    return observation;
  }

  private checkBounds(indicator: string, value: string, row: number, cell: Cell, issues: ImportIssue[]): void {
    const range = this.options.bounds?.[indicator];
    if (range === undefined) return;
    const v = new D(value);
    let limits = this.boundsCache.get(indicator);
    if (limits === undefined) {
      limits = {
        min: range.min === undefined ? undefined : this.boundValue(indicator, range.min),
        max: range.max === undefined ? undefined : this.boundValue(indicator, range.max),
      };
      this.boundsCache.set(indicator, limits);
    }
    const { min, max } = limits;
    if ((min !== undefined && v.lt(min)) || (max !== undefined && v.gt(max))) {
      const span = `[${range.min ?? "-∞"}, ${range.max ?? "+∞"}]`;
      issues.push(
        this.issue("value_out_of_range", "warning", row, cell, {
          zh: `数值 ${value} 超出指标“${indicator}”的合理范围 ${span}`,
          en: `value ${value} is outside the plausible range ${span} of indicator "${indicator}"`,
        }),
      );
    }
  }

  private boundValue(indicator: string, bound: string | number): Dec {
    const parsed = typeof bound === "number" && !Number.isFinite(bound) ? undefined : parseNumber(String(bound));
    if (parsed === undefined || parsed.unit !== undefined) {
      throw new ImportError("invalid_option", {
        file: this.file,
        message: {
          zh: `bounds["${indicator}"] 的界限“${String(bound)}”不是数字`,
          en: `bounds["${indicator}"] has a bound "${String(bound)}" that is not a number`,
        },
      });
    }
    return new D(parsed.value);
  }

  /** Ends the import: checks the accounting, applies strict mode, returns the result. */
  finish(): ImportResult {
    const { stats } = this;
    if (stats.rowsRead !== stats.accepted + stats.rejected) {
      throw new Error(`@ducha/io internal error: rowsRead ${stats.rowsRead} ≠ accepted + rejected`);
    }
    const issues = [...this.headerIssues, ...this.issues];
    stats.observations = this.observations.length;
    stats.errors = issues.filter((issue) => issue.severity === "error").length;
    stats.warnings = issues.length - stats.errors;
    if (this.options.mode === "strict" && stats.errors > 0) {
      const first = issues.find((issue) => issue.severity === "error");
      throw new ImportError("strict_mode_failed", {
        file: this.file,
        ...(first === undefined ? {} : { row: first.row, column: first.column }),
        message: {
          zh: `严格模式：发现 ${stats.errors} 个错误（首个：${first?.message.zh ?? ""}）`,
          en: `strict mode: ${stats.errors} error(s) found (first: ${first?.message.en ?? ""})`,
        },
        issues,
      });
    }
    return { observations: this.observations, issues, stats };
  }
}

function loose(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s_\-–—]+/g, "");
}
