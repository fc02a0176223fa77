/**
 * Locating JSON syntax errors. V8's `JSON.parse` messages carry a position for some errors
 * (`… in JSON at position 6`) but not for others (`Unexpected token '}', "{"a":}" is not valid
 * JSON`), so when the message has none a small RFC 8259 scanner finds the offset of the first
 * character that cannot continue a valid document.
 */

/** A 1-based line and column (columns count UTF-16 code units, as editors using JS strings do). */
export interface TextPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** Converts a 0-based offset into a 1-based line and column (`\n`, `\r\n` and `\r` end lines). */
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

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Returns the offset of the first JSON syntax error in `text`, or `undefined` when the text is
 * valid JSON. An error at the end of the input (truncated document) is reported at `text.length`.
 */
export function findJsonSyntaxError(text: string): number | undefined {
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  // Each parser returns false at the error, leaving `i` on the offending character.
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    return i > start;
  };
  const number = (): boolean => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (!digits()) return false;
    if (text[i] === ".") {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!digits()) return false;
    }
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return true;
      }
      if (ch < 0x20) return false;
      if (ch === 0x5c) {
        i++;
        const esc = text[i];
        if (esc === "u") {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? "")) {
              i += k;
              return false;
            }
          }
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const close = (): boolean => {
    i++;
    return true;
  };
  const value = (depth: number): boolean => {
    if (depth > 10_000) return false;
    skip();
    const ch = text[i];
    if (ch === "{") {
      i++;
      skip();
      if (text[i] === "}") return close();
      for (;;) {
        skip();
        if (text[i] !== '"' || !string()) return false;
        skip();
        if (text[i] !== ":") return false;
        i++;
        if (!value(depth + 1)) return false;
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") return close();
        return false;
      }
    }
    if (ch === "[") {
      i++;
      skip();
      if (text[i] === "]") return close();
      for (;;) {
        if (!value(depth + 1)) return false;
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") return close();
        return false;
      }
    }
    if (ch === '"') return string();
    if (ch === "t") return literal("true");
    if (ch === "f") return literal("false");
    if (ch === "n") return literal("null");
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return number();
    return false;
  };
  if (!value(0)) return Math.min(i, n);
  skip();
  return i < n ? i : undefined;
}

/**
 * Finds where a `JSON.parse` failure happened: the position in the error message when V8 gives
 * one, otherwise the scanner's.
 */
export function locateJsonError(text: string, error: unknown): TextPosition {
  const message = error instanceof Error ? error.message : "";
  const match = /at position (\d+)/.exec(message);
  let offset = text.length;
  if (match?.[1] !== undefined) offset = Number(match[1]);
  else {
    try {
      offset = findJsonSyntaxError(text) ?? text.length;
    } catch {
      // pathologically deep input overflowed the stack: report the end of the text
    }
  }
  return positionAt(text, offset);
}
