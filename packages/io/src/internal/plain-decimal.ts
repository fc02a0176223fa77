const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COMMA = 44;
const PLUS = 43;
const MINUS = 45;

/**
 * Fast path of `parseNumber` for the cells most files are made of: plain ASCII decimals with an
 * optional sign and optional thousands separators in groups of exactly three (`1234.5`, `-0.50`,
 * `+7`, `1,234.56`). Returns the same canonical decimal string as the full parser (no leading zeros,
 * no trailing fraction zeros, no `+`, `"0"` for any zero), by string operations only — or `undefined`
 * for anything else (spaces, full-width digits, exponents, `1.`, `.5`, units, markers …), which the
 * caller then hands to the full parser.
 *
 * @internal
 */
export function plainDecimal(text: string): string | undefined {
  const length = text.length;
  if (length === 0 || length > 400) return undefined;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === MINUS || first === PLUS) {
    negative = first === MINUS;
    i = 1;
  }
  const intStart = i;
  let commas = false;
  let group = 0; // digits since the last comma (or since the start)
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      group++;
    } else if (c === COMMA) {
      // The first group has 1–3 digits; every later group exactly 3.
      if (group === 0 || (commas ? group !== 3 : group > 3)) return undefined;
      commas = true;
      group = 0;
    } else break;
  }
  const intEnd = i;
  if (group === 0 || (commas && group !== 3)) return undefined;
  let fracEnd = intEnd;
  if (i < length) {
    if (text.charCodeAt(i) !== DOT) return undefined;
    i++;
    const fracStart = i;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) return undefined;
    }
    if (i === fracStart) return undefined;
    fracEnd = i;
    // Drop trailing zeros of the fraction.
    while (fracEnd > fracStart && text.charCodeAt(fracEnd - 1) === ZERO) fracEnd--;
    if (fracEnd === fracStart) fracEnd = intEnd; // all zeros: no fraction
  }
  let integer = commas ? text.slice(intStart, intEnd).replaceAll(",", "") : text.slice(intStart, intEnd);
  if (integer.length > 1 && integer.charCodeAt(0) === ZERO) {
    let z = 0;
    while (z < integer.length - 1 && integer.charCodeAt(z) === ZERO) z++;
    integer = integer.slice(z);
  }
  const fraction = fracEnd > intEnd ? text.slice(intEnd, fracEnd) : "";
  if (integer === "0" && fraction === "") return "0";
  const body = fraction === "" ? integer : integer + fraction;
  if (negative) return `-${body}`;
  return body === text ? text : body;
}
