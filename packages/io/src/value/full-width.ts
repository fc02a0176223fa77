const WIDE = /[\u2212\u3000\uff01-\uff5e]/;

/**
 * Converts full-width (全角) ASCII characters to their half-width forms: `８５．５％` → `85.5%`,
 * `－３` → `-3`, `Ａ` → `A`; the ideographic space U+3000 becomes a space and the minus sign U+2212
 * becomes `-`. Full-width forms U+FF01–U+FF5E map to U+0021–U+007E (Unicode Halfwidth and Fullwidth
 * Forms block: offset 0xFEE0). Other characters are unchanged.
 *
 * @param text - any text
 * @returns the text with half-width ASCII
 * @example
 * ```ts
 * import { toHalfWidth } from "@ducha/io";
 *
 * toHalfWidth("８５．５％"); // "85.5%"
 * ```
 * @since 0.1.0
 */
export function toHalfWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (code === 0x2212) out += "-";
    else out += char;
  }
  return out;
}
