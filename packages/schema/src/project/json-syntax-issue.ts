import { findJsonSyntaxError, locateJsonError, positionAt } from "../common/json-position.js";
import type { ValidationIssue } from "../validate/issue.js";

/**
 * Builds the one `invalid_input` issue for project JSON text that `JSON.parse` rejected: the
 * message names the offending character (or the end of input) with its 1-based line and column,
 * and `params` carry `line`, `column`, `offset` (0-based, UTF-16 code units) and `detail` (the
 * parser's own message). The position is the first character that cannot continue a valid RFC 8259
 * document ({@link findJsonSyntaxError}), not the engine's own position: V8 sometimes points
 * elsewhere (`[n"` — V8 says the `"`, the scanner the `n`) and other engines give none, so every
 * runtime reports the same line and column. Only if the scanner finds nothing wrong (it never
 * should) does the engine's position ({@link locateJsonError}) stand in. Shared by
 * `loadProject` here, `@ducha/io`'s `parseProjectText` and the `ducha` SDK's `loadProject`, which
 * all reach it through `loadProject`.
 *
 * @param text - the text given to `JSON.parse`
 * @param error - what `JSON.parse` threw
 * @returns the issue
 * @internal
 */
export function jsonSyntaxIssue(text: string, error: unknown): ValidationIssue {
  const scanned = findJsonSyntaxError(text);
  const { line, column, offset } = scanned === undefined ? locateJsonError(text, error) : positionAt(text, scanned);
  const detail = error instanceof Error ? error.message : String(error);
  const ch = text.codePointAt(offset);
  const found =
    ch === undefined
      ? { zh: "意外的输入结尾", en: "unexpected end of input" }
      : {
          zh: `意外的字符 ${JSON.stringify(String.fromCodePoint(ch))}`,
          en: `unexpected ${JSON.stringify(String.fromCodePoint(ch))}`,
        };
  return {
    code: "invalid_input",
    path: [],
    severity: "error",
    message: {
      zh: `JSON 语法错误：${found.zh}（第 ${line} 行第 ${column} 列）`,
      en: `invalid JSON: ${found.en} (line ${line}, column ${column})`,
    },
    params: { line, column, offset, detail },
  };
}
