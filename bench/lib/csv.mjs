// Writes a deterministic long-format observation CSV (unit, indicator, period, value, status,
// source) for the import-csv benchmark: ~45 bytes a row, so 1,000,000 rows ≈ 45 MB.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mulberry32, pick } from "./prng.mjs";
import { indicatorId, PERIOD, unitId } from "./project.mjs";

const SOURCES = ["统计局", "生态环境局", "发改委", "财政局"];

/**
 * Writes `rows` data rows (plus a header line) to `path`: indicator cycles fastest over
 * `indicators`, then unit. 90 % of values are plain decimals (`1234.56`), 10 % carry thousands
 * separators in quotes (`"1,234.56"`) as spreadsheets export them.
 *
 * @param {string} path
 * @param {{ rows: number, indicators?: number, seed?: number }} options - `indicators` default 300
 * @returns {Promise<{ bytes: number, rows: number }>}
 */
export async function writeLongCsv(path, { rows, indicators = 300, seed = 7 }) {
  const rand = mulberry32(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  let buf = "unit,indicator,period,value,status,source\n";
  for (let k = 0; k < rows; k++) {
    const x = rand() * 100_000;
    const value =
      rand() < 0.1
        ? `"${x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}"`
        : x.toFixed(2);
    const status = rand() < 0.5 ? "reported" : "verified";
    buf += `${unitId(Math.floor(k / indicators))},${indicatorId(k % indicators)},${PERIOD},${value},${status},${pick(rand, SOURCES)}\n`;
    if (buf.length > 1 << 16) {
      bytes += Buffer.byteLength(buf);
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  bytes += Buffer.byteLength(buf);
  out.end(buf);
  await once(out, "finish");
  return { bytes, rows };
}
