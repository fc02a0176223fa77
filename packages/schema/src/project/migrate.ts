import { DuchaError } from "../errors/ducha-error.js";
import { SCHEMA_VERSION } from "./project.js";

/**
 * A migration from one project-file version to the next: receives the parsed JSON of version
 * `from` and returns the JSON of version `from + 1`. Must be pure.
 *
 * @since 0.1.0
 */
export type ProjectMigration = (input: Record<string, unknown>) => Record<string, unknown>;

const migrations = new Map<number, ProjectMigration>();

/**
 * Registers the migration from version `from` to `from + 1`, so that future versions of Ducha
 * can load older files (and hosts can migrate their own pre-release formats). Registering the
 * same `from` twice replaces the earlier one.
 *
 * @example
 * ```ts
 * registerMigration(0, (old) => ({ ...old, schemaVersion: 1 }));
 * ```
 * @since 0.1.0
 */
export function registerMigration(from: number, migration: ProjectMigration): void {
  if (!Number.isInteger(from) || from < 0 || from >= SCHEMA_VERSION) {
    throw new DuchaError("invalid_migration", `migrations go from a version below ${SCHEMA_VERSION}, got ${from}`);
  }
  migrations.set(from, migration);
}

/**
 * Brings a parsed project file up to {@link SCHEMA_VERSION} by applying registered migrations in
 * order. Values without a numeric `schemaVersion`, or already current, are returned unchanged
 * (validation then reports what is wrong). A missing step or a version newer than this library
 * throws a `DuchaError` with code `unsupported_schema_version`.
 *
 * @returns the migrated JSON and the versions it passed through
 * @since 0.1.0
 */
export function migrateProject(input: unknown): { value: unknown; applied: number[] } {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { value: input, applied: [] };
  let value = input as Record<string, unknown>;
  const applied: number[] = [];
  let version = value.schemaVersion;
  if (typeof version !== "number" || version === SCHEMA_VERSION) return { value, applied };
  while (version !== SCHEMA_VERSION) {
    const step = typeof version === "number" ? migrations.get(version) : undefined;
    if (step === undefined) {
      throw new DuchaError(
        "unsupported_schema_version",
        `cannot read schemaVersion ${String(version)}: this version of Ducha reads ${SCHEMA_VERSION}` +
          (typeof version === "number" && version > SCHEMA_VERSION ? " (upgrade Ducha)" : " (no migration registered)"),
        { path: ["schemaVersion"] },
      );
    }
    applied.push(version as number);
    value = step(value);
    version = value.schemaVersion;
  }
  return { value, applied };
}
