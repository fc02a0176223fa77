import { localize, MissingDataPolicySchema, type Project, type ScoringRule, validateProject } from "@ducha/schema";
import type { UncertaintySpec } from "@ducha/scoring";
import { type Command, InvalidArgumentError, Option } from "commander";
import { renderTable, type TableColumn } from "../../internal/render-table.js";
import {
  ANALYSIS_KINDS,
  type AnalysisKind,
  type AnalysisProgress,
  analyse,
  DEFAULT_ANALYSES,
  type ProjectAnalysis,
} from "../../sdk/analyse.js";
import { analysisToJson } from "../../sdk/analysis-json.js";
import { analysisReportData } from "../../sdk/analysis-report.js";
import { mergeObservations } from "../../sdk/merge-observations.js";
import { resultsMarkdownReport, resultsReport } from "../../sdk/results-files.js";
import { CliError } from "../cli-error.js";
import type { CliContext } from "../context.js";
import { importsJson, loadAndScore, unsupportedOut, writeOutput } from "../data-files.js";
import { ExitCode } from "../exit-code.js";
import { type Progress, startProgress } from "../progress.js";
import type { CommandDefinition } from "./command.js";
import { collect } from "./score.js";

/** Normalisation alternatives by name: each is the rule `{ method }` with its defaults, or `nominal`. */
export const NORMALIZATION_NAMES = [
  "nominal",
  "min-max",
  "z-score",
  "rank",
  "efficacy-coefficient",
  "distance-to-target",
  "completion-ratio",
  "max",
  "sum",
  "vector",
] as const;

/** Aggregation alternatives. */
export const AGGREGATION_NAMES = ["weighted-arithmetic", "weighted-geometric"] as const;

/** Missing-data policy alternatives. */
export const MISSING_DATA_NAMES: readonly string[] = MissingDataPolicySchema.options;

/** Parses a comma-separated list whose items must be among `allowed`; duplicates are refused. */
function listOf<T extends string>(allowed: readonly T[], what: string): (value: string) => T[] {
  return (value) => {
    const items = value.split(",").map((s) => s.trim());
    const seen = new Set<string>();
    for (const item of items) {
      if (!allowed.includes(item as T))
        throw new InvalidArgumentError(`unknown ${what} '${item}'; expected ${allowed.join(", ")}`);
      if (seen.has(item)) throw new InvalidArgumentError(`${what} '${item}' is listed twice`);
      seen.add(item);
    }
    return items as T[];
  };
}

/** Parses `--analyses`: a list of analysis kinds, or `all`. */
function analysesList(value: string): AnalysisKind[] {
  if (value.trim() === "all") return [...ANALYSIS_KINDS];
  return listOf(ANALYSIS_KINDS, "analysis")(value);
}

/** An integer in [min, max]. */
function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    return n;
  };
}

/** A number in [0, 100): the ± percentage of uniform weight noise. */
function percent(value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(n >= 0 && n < 100)) throw new InvalidArgumentError("expected a percentage from 0 to below 100, e.g. 25");
  return n;
}

/** A finite number > 0. */
function positiveNumber(value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(n > 0 && Number.isFinite(n))) throw new InvalidArgumentError("expected a number > 0, e.g. 50");
  return n;
}

/** The `--out` formats of `analyse`, by extension. */
function analysisFileFormat(file: string): "json" | "html" | "md" {
  if (/\.json$/i.test(file)) return "json";
  if (/\.html?$/i.test(file)) return "html";
  if (/\.(md|markdown)$/i.test(file)) return "md";
  throw unsupportedOut(file, ["json", "html", "md"]);
}

interface AnalyseCliOptions {
  data: string[];
  analyses?: AnalysisKind[];
  replications?: number;
  seed?: number;
  weightNoise?: number;
  dirichlet?: number;
  normalizations?: (typeof NORMALIZATION_NAMES)[number][];
  aggregations?: (typeof AGGREGATION_NAMES)[number][];
  missingData?: string[];
  sobolN?: number;
  bootstrap?: number;
  remove?: "indicators" | "pillars" | "both";
  auditArithmetic?: "exact" | "float" | "auto";
  out?: string;
  top?: number;
}

/** The uncertain choices from the options: weights ±25 % unless `--weight-noise`/`--dirichlet` say otherwise. */
export function specFromOptions(o: {
  weightNoise?: number;
  dirichlet?: number;
  normalizations?: readonly string[];
  aggregations?: readonly ("weighted-arithmetic" | "weighted-geometric")[];
  missingData?: readonly string[];
}): UncertaintySpec {
  const noise = o.weightNoise ?? 25;
  return {
    ...(o.dirichlet !== undefined
      ? { weights: { perturbation: "dirichlet" as const, concentration: o.dirichlet } }
      : noise > 0
        ? { weights: { perturbation: "uniform" as const, spread: noise / 100 } }
        : {}),
    ...(o.normalizations === undefined
      ? {}
      : {
          normalization: {
            alternatives: o.normalizations.map((n) =>
              n === "nominal" ? ("nominal" as const) : ({ method: n } as ScoringRule),
            ),
          },
        }),
    ...(o.aggregations === undefined ? {} : { aggregation: { alternatives: o.aggregations } }),
    ...(o.missingData === undefined
      ? {}
      : {
          missingData: {
            alternatives: o.missingData.map((m) => MissingDataPolicySchema.parse(m)),
          },
        }),
  };
}

/** Labels of the text output. */
const L = {
  en: {
    title: (plan: string, period: string, seed: number) => `Robustness analysis of ${plan} (${period}), seed ${seed}`,
    uncertainty: (r: number, d: number) =>
      `Uncertainty: Monte Carlo, ${r} replications over ${d} uncertain input${d === 1 ? "" : "s"}`,
    sensitivity: (n: number, runs: number) =>
      `Sensitivity: Sobol' indices on the mean absolute rank shift (N = ${n}, ${runs} runs)`,
    constant: "the ranking did not change in any run: every index is 0",
    removeOne: "Remove one: mean |rank shift| without each pillar / indicator",
    audit: (arithmetic: string) => `Statistical audit (${arithmetic} arithmetic)`,
    cronbach: "Cronbach's alpha",
    flags: (c: number, n: number) => `correlation flags within pillars: ${c} collinear (r > 0.9), ${n} negative`,
    stats: (s: number, l: number, o: number) =>
      `indicators with skew/kurtosis flag: ${s}; with low availability: ${l}; IQR outliers: ${o}`,
    more: (n: number) => `… ${n} more (see --top, --out or --json)`,
    cols: {
      rank: "rank",
      unit: "unit",
      name: "name",
      median: "median",
      interval: "5–95 %",
      input: "input",
      first: "first",
      total: "total",
      ci: "total 95 % CI",
      removed: "removed",
      kind: "kind",
      mean: "mean shift",
      max: "max shift",
    },
    kinds: { pillar: "pillar", indicator: "indicator" },
    written: (file: string) => `wrote the analysis to ${file}`,
  },
  zh: {
    title: (plan: string, period: string, seed: number) => `${plan}（${period}）稳健性分析，随机种子 ${seed}`,
    uncertainty: (r: number, d: number) => `不确定性分析：蒙特卡洛 ${r} 次，${d} 个不确定输入`,
    sensitivity: (n: number, runs: number) =>
      `敏感性分析：平均绝对名次变动的 Sobol' 指数（N = ${n}，共 ${runs} 次运行）`,
    constant: "所有运行中排名均未变化：各指数均为 0",
    removeOne: "剔除检验：剔除每个一级指标/指标后的平均绝对名次变动",
    audit: (arithmetic: string) => `统计审计（${arithmetic === "exact" ? "精确" : "浮点"}运算）`,
    cronbach: "Cronbach α 系数",
    flags: (c: number, n: number) => `一级指标内相关性标记：高度共线（r > 0.9）${c} 对，负相关 ${n} 对`,
    stats: (s: number, l: number, o: number) => `偏度/峰度异常的指标 ${s} 项；数据可得性低 ${l} 项；IQR 离群值 ${o} 个`,
    more: (n: number) => `… 另有 ${n} 行（见 --top、--out 或 --json）`,
    cols: {
      rank: "名次",
      unit: "单位",
      name: "名称",
      median: "中位名次",
      interval: "5–95 %",
      input: "输入",
      first: "一阶",
      total: "总效应",
      ci: "总效应 95 % 置信区间",
      removed: "剔除项",
      kind: "类型",
      mean: "平均变动",
      max: "最大变动",
    },
    kinds: { pillar: "一级指标", indicator: "指标" },
    written: (file: string) => `已将分析结果写入 ${file}`,
  },
} as const;

const rankText = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const fixed = (n: number | null | undefined, d = 3) => (n === null || n === undefined ? "—" : n.toFixed(d));

/** Prints the short summary tables of the analyses run. */
function printSummary(a: ProjectAnalysis, project: Project, period: string, top: number, ctx: CliContext): void {
  const c = ctx.colors;
  const l = L[ctx.lang];
  const table = (columns: TableColumn[], rows: string[][]) => {
    for (const line of renderTable(columns, rows.slice(0, top), undefined, (s) => c.bold(s))) ctx.out(line);
    if (rows.length > top) ctx.out(l.more(rows.length - top));
  };
  const names = new Map(project.units.map((u) => [u.id, localize(u.name, ctx.lang)]));
  ctx.out(c.bold(l.title(localize(project.plan.name ?? project.plan.id, ctx.lang), period, a.seed)));
  const u = a.uncertainty;
  if (u !== undefined) {
    ctx.out("");
    ctx.out(c.bold(l.uncertainty(u.replications, u.dimensions.length)));
    const rows = [...u.units]
      .sort((x, y) => x.nominalRank - y.nominalRank || (x.unit < y.unit ? -1 : 1))
      .map((x) => [
        rankText(x.nominalRank),
        x.unit,
        names.get(x.unit) ?? "",
        rankText(x.medianRank),
        `${rankText(x.rankLow)}–${rankText(x.rankHigh)}`,
      ]);
    const k = l.cols;
    table(
      [
        { header: k.rank, align: "right" },
        { header: k.unit, align: "left" },
        { header: k.name, align: "left" },
        { header: k.median, align: "right" },
        { header: k.interval, align: "right" },
      ],
      rows,
    );
  }
  const s = a.sensitivity;
  if (s !== undefined) {
    ctx.out("");
    ctx.out(c.bold(l.sensitivity(s.n, s.evaluations)));
    if (s.status === "constant_output") ctx.out(l.constant);
    else {
      const rows = [...s.indices]
        .sort((x, y) => y.total - x.total || (x.id < y.id ? -1 : 1))
        .map((x) => [
          x.id,
          fixed(x.first),
          fixed(x.total),
          x.totalCi === undefined ? "—" : `${fixed(x.totalCi.low)} … ${fixed(x.totalCi.high)}`,
        ]);
      const k = l.cols;
      table(
        [
          { header: k.input, align: "left" },
          { header: k.first, align: "right" },
          { header: k.total, align: "right" },
          { header: k.ci, align: "right" },
        ],
        rows,
      );
    }
  }
  const r = a.removeOne;
  if (r !== undefined) {
    ctx.out("");
    ctx.out(c.bold(l.removeOne));
    const rows = [...r.scenarios]
      .sort(
        (x, y) =>
          (y.meanAbsoluteShift?.toNumber() ?? -1) - (x.meanAbsoluteShift?.toNumber() ?? -1) ||
          (x.removed < y.removed ? -1 : 1),
      )
      .map((x) => [
        x.removed,
        l.kinds[x.kind],
        x.meanAbsoluteShift === null ? "—" : x.meanAbsoluteShift.toFixed(2),
        String(x.maxAbsoluteShift),
      ]);
    const k = l.cols;
    table(
      [
        { header: k.removed, align: "left" },
        { header: k.kind, align: "left" },
        { header: k.mean, align: "right" },
        { header: k.max, align: "right" },
      ],
      rows,
    );
  }
  const audit = a.audit;
  if (audit !== undefined) {
    ctx.out("");
    ctx.out(c.bold(l.audit(audit.arithmetic)));
    ctx.out(
      `  ${l.cronbach}: ${audit.cronbach.map((x) => `${x.group} ${x.raw === null ? "—" : x.raw.toFixed(2)}`).join(", ")}`,
    );
    const collinear = audit.flags.filter((f) => f.kind === "collinear").length;
    ctx.out(`  ${l.flags(collinear, audit.flags.length - collinear)}`);
    const st = audit.indicators.map((i) => i.statistics);
    ctx.out(
      `  ${l.stats(
        st.filter((x) => x.flags.skewKurtosis).length,
        st.filter((x) => x.flags.lowAvailability).length,
        st.reduce((n, x) => n + x.outliers.length, 0),
      )}`,
    );
  }
}

/**
 * `ducha analyse <project> [--data <file>…] [--analyses <list>] [options] [--out <file.json|.html|.md>]`
 * — the robustness analyses of the index (稳健性分析): Monte Carlo uncertainty (`--replications`,
 * `--seed`, `--weight-noise` or `--dirichlet`, `--normalizations`, `--aggregations`,
 * `--missing-data`), Sobol' sensitivity on the mean absolute rank shift (`--sobol-n`,
 * `--bootstrap`), remove-one what-if ranks (`--remove`) and the statistical audit. Prints short
 * summary tables; `--out` writes the full numbers as JSON or the HTML/Markdown report with the
 * analysis charts; `--json` prints `{ ok, file, imports, analysis }`. A progress bar on stderr
 * (terminal only) follows the Monte Carlo replications and the Sobol' runs. Bad option values
 * exit 2; an invalid project or import exits 1.
 */
export const analyseCommand: CommandDefinition = {
  name: "analyse",
  register(program, run) {
    program
      .command("analyse")
      .alias("analyze")
      .description("robustness analysis: uncertainty, sensitivity, remove-one, audit (稳健性分析)")
      .argument("<project>", "path to the project JSON file")
      .option("-d, --data <file>", "observations to import (.csv, .sdmx.csv, .xlsx); repeatable", collect, [])
      .option(
        "-a, --analyses <list>",
        `analyses to run, comma-separated: ${ANALYSIS_KINDS.join(", ")}, or all (default: ${DEFAULT_ANALYSES.join(",")})`,
        analysesList,
      )
      .option("-n, --replications <n>", "Monte Carlo replications (default: 1000)", integerIn(1, 1_000_000))
      .option("--seed <n>", "seed of every random draw (default: 1)", integerIn(0, 0xffffffff))
      .addOption(
        new Option("--weight-noise <percent>", "perturb every weight uniformly by ± percent (default: 25; 0: off)")
          .argParser(percent)
          .conflicts("dirichlet"),
      )
      .addOption(
        new Option("--dirichlet <concentration>", "draw sibling weights from a Dirichlet around the nominal").argParser(
          positiveNumber,
        ),
      )
      .option(
        "--normalizations <list>",
        `alternative normalisations of the numeric indicators: ${NORMALIZATION_NAMES.join(", ")}`,
        listOf(NORMALIZATION_NAMES, "normalization"),
      )
      .option(
        "--aggregations <list>",
        `alternative aggregations: ${AGGREGATION_NAMES.join(", ")}`,
        listOf(AGGREGATION_NAMES, "aggregation"),
      )
      .option(
        "--missing-data <list>",
        `alternative missing-data policies: ${MISSING_DATA_NAMES.join(", ")}`,
        listOf(MISSING_DATA_NAMES, "missing-data policy"),
      )
      .option("--sobol-n <n>", "Sobol' base sample size N; N·(k + 2) runs (default: 256)", integerIn(2, 1 << 24))
      .option(
        "--bootstrap <n>",
        "bootstrap resamples of the Sobol' intervals, 0 for none (default: 100)",
        integerIn(0, 100_000),
      )
      .addOption(
        new Option("--remove <what>", "what remove-one removes (default: both)").choices([
          "indicators",
          "pillars",
          "both",
        ]),
      )
      .addOption(
        new Option(
          "--audit-arithmetic <mode>",
          "statistical audit in exact decimals, floats (to 1e-9; fast at scale) or auto (default: auto)",
        ).choices(["exact", "float", "auto"]),
      )
      .option("-o, --out <file>", "also write the analysis (.json) or the report with its charts (.html, .md)")
      .option("--top <n>", "rows of each summary table (default: 10)", integerIn(1, 1_000_000))
      .action(async (_file: string, _options: unknown, command: Command) =>
        run(command, async (ctx) => {
          const file = command.args[0] as string;
          const o = command.opts<AnalyseCliOptions>();
          const outFormat = o.out === undefined ? undefined : analysisFileFormat(o.out);
          const analyses = o.analyses ?? DEFAULT_ANALYSES;
          const spec = specFromOptions(o);
          if (analyses.includes("sensitivity") && Object.keys(spec).length === 0)
            throw new CliError(
              "no_uncertain_inputs",
              {
                zh: "敏感性分析需要至少一个不确定输入：请去掉 --weight-noise 0，或给出 --dirichlet、--normalizations、--aggregations、--missing-data",
                en: "the sensitivity analysis needs at least one uncertain input: drop --weight-noise 0 or give --dirichlet, --normalizations, --aggregations or --missing-data",
              },
              { path: ["--analyses"], exitCode: ExitCode.usage },
            );
          const loaded = await loadAndScore(file, o.data, ctx);
          if (loaded === undefined) return ExitCode.problems;
          const { project, imported, result } = loaded;
          const merged = mergeObservations(
            project,
            imported.flatMap((i) => i.result.observations),
          );
          const checked = imported.length === 0 ? undefined : validateProject(merged);
          const analysed = checked?.ok === true ? checked.value : merged;

          const bars: { analysis?: string; progress?: Progress } = {};
          const onProgress = (p: AnalysisProgress) => {
            if (bars.analysis !== p.analysis) {
              bars.progress?.stop();
              bars.analysis = p.analysis;
              bars.progress = startProgress(ctx, {
                label: p.analysis === "uncertainty" ? "Monte Carlo" : "Sobol'",
                total: p.total,
              });
            }
            bars.progress?.update(p.done);
          };
          let analysis: ProjectAnalysis;
          try {
            analysis = analyse(analysed, result, {
              analyses,
              spec,
              ...(o.replications === undefined ? {} : { replications: o.replications }),
              ...(o.seed === undefined ? {} : { seed: o.seed }),
              ...(o.remove === undefined ? {} : { remove: o.remove }),
              ...(o.auditArithmetic === undefined ? {} : { audit: { arithmetic: o.auditArithmetic } }),
              sobol: {
                ...(o.sobolN === undefined ? {} : { n: o.sobolN }),
                ...(o.bootstrap === undefined ? {} : { bootstrap: o.bootstrap }),
              },
              ...(ctx.json ? {} : { onProgress }),
            });
          } finally {
            bars.progress?.stop();
          }

          if (o.out !== undefined && outFormat !== undefined) {
            const options = { lang: ctx.lang, analysis: analysisReportData(analysis) };
            const content =
              outFormat === "json"
                ? `${JSON.stringify(analysisToJson(analysis), null, 2)}\n`
                : outFormat === "html"
                  ? resultsReport(result, project, options)
                  : resultsMarkdownReport(result, project, options);
            writeOutput(o.out, content, ctx);
          }
          if (ctx.json) {
            ctx.outJson({ ok: true, file, imports: importsJson(imported), analysis: analysisToJson(analysis) });
            return ExitCode.ok;
          }
          printSummary(analysis, project, result.period, o.top ?? 10, ctx);
          if (o.out !== undefined) {
            ctx.out("");
            ctx.out(ctx.colors.green(L[ctx.lang].written(o.out)));
          }
          return ExitCode.ok;
        }),
      );
  },
};
