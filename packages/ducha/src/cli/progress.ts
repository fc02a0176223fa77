import cliProgress from "cli-progress";
import type { CliContext } from "./context.js";

/**
 * A running progress bar (进度条) on stderr, or a no-op when progress is not shown. Commands drive
 * it with `update`/`increment` and must call `stop` when the work ends (also on errors: use
 * `try … finally`), which clears the bar's line.
 */
export interface Progress {
  /** Whether a bar is drawn (false: every method does nothing). */
  readonly shown: boolean;
  /** Sets the amount done so far (bytes or items). */
  update(done: number): void;
  /** Adds `delta` to the amount done. Defaults to 1. */
  increment(delta?: number): void;
  /** Ends the bar and clears its line. Idempotent. */
  stop(): void;
}

/** Options of {@link startProgress}. */
export interface ProgressOptions {
  /** What is being done, shown before the bar (e.g. the file name). */
  readonly label: string;
  /** The amount of work in total (bytes or items). */
  readonly total: number;
  /** How amounts are shown: `bytes` (KiB, MiB …) or plain `count`s. Defaults to `"count"`. */
  readonly unit?: "bytes" | "count";
  /** Work smaller than this is too quick for a bar: nothing is shown. Defaults to 0. */
  readonly minTotal?: number;
}

/** Bytes in the largest binary unit that keeps the number ≥ 1, e.g. `1.5 MiB`. */
export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** A progress object that draws nothing. */
const SILENT: Progress = { shown: false, update() {}, increment() {}, stop() {} };

/**
 * Whether progress bars may be drawn: only on a terminal (stderr is a TTY), never with `--json`
 * (one document on stdout, nothing else) and never when output is piped or redirected.
 */
export function progressEnabled(ctx: CliContext): boolean {
  return !ctx.json && ctx.io.stderr.isTTY === true;
}

/**
 * Starts a progress bar on stderr for long work (large imports; later Monte Carlo runs). Returns
 * a silent {@link Progress} when {@link progressEnabled} is false or the work is smaller than
 * `minTotal`, so callers never need to check. The bar shows the label, the bar, the percentage and
 * done/total (in KiB/MiB for bytes), redraws at most 10 times a second and clears its line on
 * `stop`.
 *
 * @example
 * ```ts
 * const progress = startProgress(ctx, { label: "data.csv", total: size, unit: "bytes", minTotal: 1 << 20 });
 * try {
 *   for await (const chunk of stream) progress.increment(chunk.byteLength);
 * } finally {
 *   progress.stop();
 * }
 * ```
 */
export function startProgress(ctx: CliContext, options: ProgressOptions): Progress {
  if (!progressEnabled(ctx) || options.total < (options.minTotal ?? 0) || options.total <= 0) return SILENT;
  const bytes = options.unit === "bytes";
  const bar = new cliProgress.SingleBar(
    {
      stream: ctx.io.stderr as unknown as NodeJS.WritableStream,
      format: `${options.label} [{bar}] {percentage}% | {value}/{total}`,
      formatValue: (value, _options, type) =>
        bytes && (type === "value" || type === "total") ? formatBytes(value) : String(value),
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(options.total, 0);
  let stopped = false;
  return {
    shown: true,
    update(done) {
      if (!stopped) bar.update(Math.min(done, options.total));
    },
    increment(delta = 1) {
      if (!stopped) bar.increment(delta);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
