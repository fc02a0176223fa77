/**
 * Exit codes of the `ducha` command (退出码): `0` success, `1` the input has problems (invalid
 * project, unreadable file, refused overwrite), `2` the command line itself is wrong (unknown
 * command or option, missing argument, invalid option value).
 *
 * @since 0.1.0
 */
export const ExitCode = {
  /** Everything worked. */
  ok: 0,
  /** Validation, scoring or file problems. */
  problems: 1,
  /** Usage errors. */
  usage: 2,
} as const;

/** One of the values of {@link ExitCode}. @since 0.1.0 */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
