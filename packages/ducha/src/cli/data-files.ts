import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { type ImportIssue, isImportError } from "@ducha/io";
import type { Project } from "@ducha/schema";
import type { AssessmentResult } from "@ducha/scoring";
import { assess } from "../sdk/assess.js";
import { AssessmentInputError } from "../sdk/assessment-input-error.js";
import { type ImportDataResult, type ImportFormat, type ImportProgress, importData } from "../sdk/import-data.js";
import { UnsupportedFormatError } from "../sdk/unsupported-format-error.js";
import { CliError } from "./cli-error.js";
import type { CliContext } from "./context.js";
import { ExitCode } from "./exit-code.js";
import { MESSAGES, t } from "./messages.js";
import { type Progress, progressEnabled, startProgress } from "./progress.js";
import { issueLine, loadValidProject } from "./project-file.js";

/** One data file as imported by a command, named as the user typed it. */
export interface ImportedFile {
  readonly file: string;
  readonly result: ImportDataResult;
}

/** `data.csv:17:C: message [code]` (warnings say so), coloured by severity. */
export function importIssueLine(issue: ImportIssue, ctx: CliContext): string {
  const { colors: c, lang } = ctx;
  const label = issue.severity === "warning" ? `${t(MESSAGES.warningLabel(), lang)}: ` : "";
  const text = `${issue.file}:${issue.row}:${issue.column.letter}: ${label}${issue.message[lang]} [${issue.code}]`;
  return issue.severity === "error" ? c.red(text) : c.yellow(text);
}

/** The stats line of one imported file. */
export function importStatsLine(file: string, result: ImportDataResult, ctx: CliContext): string {
  const s = result.stats;
  return t(
    MESSAGES.importStats({
      file,
      rowsRead: s.rowsRead,
      accepted: s.accepted,
      rejected: s.rejected,
      observations: s.observations,
      errors: s.errors,
      warnings: s.warnings,
    }),
    ctx.lang,
  );
}

/** Why a file could not be read, as a located CLI error. */
function readError(error: unknown, file: string): CliError | undefined {
  if (error instanceof UnsupportedFormatError)
    return new CliError(
      "unsupported_format",
      MESSAGES.unsupportedFormat({ file, supported: error.supported.map((f) => `.${f}`).join(", ") }),
      { file, cause: error },
    );
  if (!isImportError(error)) return undefined;
  if (error.code === "read_failed") {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    if (cause?.code === "ENOENT") return new CliError("file_not_found", MESSAGES.fileNotFound({ file }), { file });
    const detail = cause?.code === "EISDIR" ? "is a directory" : String(cause?.message ?? error.message);
    return new CliError("file_unreadable", MESSAGES.fileUnreadable({ file, detail }), { file, cause: error });
  }
  const en = error.message.startsWith(`${error.file}`)
    ? error.message.slice(error.message.indexOf(": ") + 2)
    : error.message;
  return new CliError(error.code, { zh: error.messageZh, en }, { file, cause: error });
}

/** Data files smaller than this import too fast for a progress bar. */
export const PROGRESS_MIN_BYTES = 1024 * 1024;

/**
 * Imports one data file named on the command line (relative to the working directory) against the
 * project. A missing or unreadable file, or an unsupported extension, becomes a located
 * {@link CliError}; problems inside the file are returned as issues. On a terminal, files of
 * {@link PROGRESS_MIN_BYTES} or more show a progress bar on stderr driven by the bytes read.
 */
export async function importDataFile(
  file: string,
  project: Project,
  ctx: CliContext,
  format?: ImportFormat,
): Promise<ImportedFile> {
  // set by the first progress callback (the file's size is known then)
  const bar: { progress?: Progress } = {};
  try {
    const result = await importData(resolve(ctx.io.cwd, file), {
      project,
      file,
      ...(format === undefined ? {} : { format }),
      ...(progressEnabled(ctx)
        ? {
            onProgress: ({ bytesRead, totalBytes }: ImportProgress) => {
              bar.progress ??= startProgress(ctx, {
                label: file,
                total: totalBytes,
                unit: "bytes",
                minTotal: PROGRESS_MIN_BYTES,
              });
              bar.progress.update(bytesRead);
            },
          }
        : {}),
    });
    return { file, result };
  } catch (error) {
    throw readError(error, file) ?? error;
  } finally {
    bar.progress?.stop();
  }
}

/**
 * Imports every `--data` file for `score`/`explain`. In text mode each file's issues and stats go to
 * stderr (stdout is the command's output). Returns the files and whether any has errors.
 */
export async function importForScoring(
  files: readonly string[],
  project: Project,
  ctx: CliContext,
): Promise<{ imported: ImportedFile[]; failed: boolean }> {
  const imported: ImportedFile[] = [];
  for (const file of files) imported.push(await importDataFile(file, project, ctx));
  let failed = false;
  for (const { file, result } of imported) {
    if (!ctx.json) {
      for (const issue of result.issues) ctx.err(importIssueLine(issue, ctx));
      ctx.err(importStatsLine(file, result, ctx));
    }
    if (result.stats.errors > 0) {
      failed = true;
      if (!ctx.json)
        ctx.err(
          ctx.colors.bold(ctx.colors.red(t(MESSAGES.importFailed({ file, errors: result.stats.errors }), ctx.lang))),
        );
    }
  }
  return { imported, failed };
}

/** The JSON summary of imported files (for `--json` documents). */
export function importsJson(imported: readonly ImportedFile[]): unknown[] {
  return imported.map(({ file, result }) => ({
    file,
    format: result.format,
    stats: result.stats,
    issues: result.issues,
  }));
}

/**
 * Scores the project with the imported observations. An invalid merge prints every issue and
 * returns `undefined` (the command exits 1); scoring errors propagate to the top-level handler.
 */
export function scoreWithData(
  project: Project,
  imported: readonly ImportedFile[],
  file: string,
  ctx: CliContext,
): AssessmentResult | undefined {
  try {
    return assess(
      project,
      imported.flatMap((i) => i.result.observations),
    );
  } catch (error) {
    if (!(error instanceof AssessmentInputError)) throw error;
    const errors = error.issues.filter((i) => i.severity === "error").length;
    if (ctx.json) ctx.outJson({ ok: false, file, imports: importsJson(imported), issues: error.issues });
    else {
      for (const issue of error.issues) ctx.out(issueLine(issue, file, ctx));
      ctx.out(ctx.colors.bold(ctx.colors.red(t(MESSAGES.mergedInvalid({ file, errors }), ctx.lang))));
    }
    return undefined;
  }
}

/** Writes an output file (text as UTF-8, or bytes) named on the command line; failures become a located CLI error. */
export function writeOutput(file: string, content: string | Uint8Array, ctx: CliContext): void {
  try {
    if (typeof content === "string") writeFileSync(resolve(ctx.io.cwd, file), content, "utf8");
    else writeFileSync(resolve(ctx.io.cwd, file), content);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError("file_unwritable", MESSAGES.writeFailed({ file, detail }), { file, cause: error });
  }
}

/** The exit code for an unsupported `--out` extension, as a CLI error. */
export function unsupportedOut(file: string, supported: readonly string[]): CliError {
  return new CliError(
    "unsupported_format",
    MESSAGES.unsupportedFormat({ file, supported: supported.map((f) => `.${f}`).join(", ") }),
    { file, exitCode: ExitCode.usage },
  );
}

/** A valid project scored with the imported `--data` files, as `score`/`explain`/`monitor`/`report` need it. */
export interface ScoredProject {
  readonly project: Project;
  readonly imported: readonly ImportedFile[];
  readonly result: AssessmentResult;
}

/**
 * The shared first steps of the scoring commands: load and validate the project, import every
 * `--data` file, score with the imported observations. Each failure has already been reported
 * (located issues, or the `{ ok: false, … }` JSON document) when this returns `undefined`; the
 * command then exits with `ExitCode.problems`.
 */
export async function loadAndScore(
  file: string,
  data: readonly string[],
  ctx: CliContext,
): Promise<ScoredProject | undefined> {
  const project = loadValidProject(file, ctx);
  if (project === undefined) return undefined;
  const { imported, failed } = await importForScoring(data, project, ctx);
  if (failed) {
    if (ctx.json) ctx.outJson({ ok: false, file, imports: importsJson(imported) });
    return undefined;
  }
  const result = scoreWithData(project, imported, file, ctx);
  return result === undefined ? undefined : { project, imported, result };
}
