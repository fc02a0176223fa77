// Locating JSON syntax errors. V8's `JSON.parse` messages carry a position for some errors
// (`… in JSON at position 6`) but not for others (`Unexpected token '}', "{"a":}" is not valid
// JSON`), so when the message has none an RFC 8259 scanner finds the offset of the first character
// that cannot continue a valid document. The scanner is iterative (an explicit stack), so deeply
// nested input cannot overflow the call stack.

/**
 * A place in a text: the 0-based `offset` and the 1-based `line` and `column` (columns count UTF-16
 * code units, as editors working on JavaScript strings do).
 *
 * @example
 * ```ts
 * import type { TextPosition } from "@ducha/schema";
 *
 * const at: TextPosition = { offset: 4, line: 2, column: 2 };
 * ```
 * @since 0.1.0
 */
export interface TextPosition {
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
  /** 1-based line (`\n`, `\r\n` and `\r` end lines). */
  readonly line: number;
  /** 1-based column in UTF-16 code units. */
  readonly column: number;
}

/**
 * Converts a 0-based offset into a 1-based line and column (`\n`, `\r\n` and a lone `\r` end lines).
 * Offsets outside the text are clamped to it.
 *
 * @param text - the text
 * @param offset - 0-based offset in UTF-16 code units
 * @returns the position
 * @example
 * ```ts
 * import { positionAt } from "@ducha/schema";
 *
 * positionAt("ab\ncd", 4); // { offset: 4, line: 2, column: 2 }
 * ```
 * @since 0.1.0
 */
export function positionAt(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: end, line, column: end - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX = /[0-9a-fA-F]/;

type Expect = "value" | "value-or-end" | "key" | "key-or-end" | "colon" | "comma-or-end" | "end";

/**
 * The offset of the first JSON syntax error in a text (RFC 8259): the first character that cannot
 * continue a valid document, or `text.length` when the document is cut short.
 *
 * @param text - the JSON text
 * @returns the 0-based offset of the error, or `undefined` when the text is valid JSON
 * @example
 * ```ts
 * import { findJsonSyntaxError } from "@ducha/schema";
 *
 * findJsonSyntaxError('{"a":}'); // 5
 * findJsonSyntaxError('{"a":1}'); // undefined
 * ```
 * @since 0.1.0
 */
export function findJsonSyntaxError(text: string): number | undefined {
  const stack: string[] = [];
  let expect = "value" as Expect;
  let i = 0;
  const n = text.length;
  const afterValue = (): Expect => (stack.length === 0 ? "end" : "comma-or-end");
  while (true) {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
    if (i >= n) return expect === "end" ? undefined : n;
    const c = text[i];
    switch (expect) {
      case "value":
      case "value-or-end": {
        if (expect === "value-or-end" && c === "]") {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === "{") {
          stack.push("{");
          i++;
          expect = "key-or-end";
        } else if (c === "[") {
          stack.push("[");
          i++;
          expect = "value-or-end";
        } else if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = end;
          expect = afterValue();
        } else {
          NUMBER.lastIndex = i;
          LITERAL.lastIndex = i;
          const m = NUMBER.exec(text) ?? LITERAL.exec(text);
          if (m === null) return i;
          i += m[0].length;
          expect = afterValue();
        }
        break;
      }
      case "key":
      case "key-or-end": {
        if (expect === "key-or-end" && c === "}") {
          stack.pop();
          i++;
          expect = afterValue();
        } else if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = end;
          expect = "colon";
        } else return i;
        break;
      }
      case "colon":
        if (c !== ":") return i;
        i++;
        expect = "value";
        break;
      case "comma-or-end": {
        const top = stack[stack.length - 1];
        if (c === ",") {
          i++;
          expect = top === "{" ? "key" : "value";
        } else if ((c === "}" && top === "{") || (c === "]" && top === "[")) {
          stack.pop();
          i++;
          expect = afterValue();
        } else return i;
        break;
      }
      case "end":
        return i;
    }
  }
}

/**
 * End offset (after the closing quote) of the string starting at `start`, or `-(errorOffset + 1)`
 * where the error is the first character that cannot continue it (a control character, the
 * character after a backslash that is no escape, the first non-hex digit of `\u`, or the end).
 */
function scanString(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length) {
    const ch = text.charCodeAt(j);
    if (ch === 0x22) return j + 1;
    if (ch < 0x20) return -(j + 1);
    if (ch === 0x5c) {
      const next = text[j + 1];
      if (next === "u") {
        for (let k = j + 2; k < j + 6; k++) if (!HEX.test(text[k] ?? "")) return -(Math.min(k, text.length) + 1);
        j += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) return -(j + 2);
      j += 2;
      continue;
    }
    j++;
  }
  return -(text.length + 1);
}

/**
 * Finds where a `JSON.parse` failure happened: the position in V8's message when it gives one
 * (`… at position N`), otherwise the first syntax error {@link findJsonSyntaxError} finds.
 *
 * @param text - the text given to `JSON.parse`
 * @param error - what `JSON.parse` threw
 * @returns the position of the error (the end of the text when none can be found)
 * @example
 * ```ts
 * import { locateJsonError } from "@ducha/schema";
 *
 * const text = '{\n  "a": }';
 * try {
 *   JSON.parse(text);
 * } catch (error) {
 *   console.log(locateJsonError(text, error)); // { offset: 9, line: 2, column: 8 }
 * }
 * ```
 * @since 0.1.0
 */
export function locateJsonError(text: string, error: unknown): TextPosition {
  const message = error instanceof Error ? error.message : "";
  const match = /at position (\d+)/.exec(message);
  const offset = match?.[1] !== undefined ? Number(match[1]) : (findJsonSyntaxError(text) ?? text.length);
  return positionAt(text, offset);
}
