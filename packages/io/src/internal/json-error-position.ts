const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

type Expect = "value" | "value-or-end" | "key" | "key-or-end" | "colon" | "comma-or-end" | "end";

/**
 * The offset of the first JSON syntax error in `text` (RFC 8259), or `undefined` when it is valid.
 * An iterative scanner (no recursion, so deep nesting cannot overflow the stack): JSON.parse's own
 * messages do not always carry a position.
 */
export function jsonErrorOffset(text: string): number | undefined {
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

/** End offset (after the closing quote) of the string at `start`, or `-(errorOffset + 1)`. */
function scanString(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length) {
    const ch = text.charCodeAt(j);
    if (ch === 0x22) return j + 1;
    if (ch < 0x20) return -(j + 1);
    if (ch === 0x5c) {
      const next = text[j + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1);
        j += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) return -(j + 1);
      j += 2;
      continue;
    }
    j++;
  }
  return -(text.length + 1);
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
