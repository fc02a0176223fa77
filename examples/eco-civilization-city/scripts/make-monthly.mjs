// Generates data/monthly-2024.csv: the monthly observations (月度报送) behind the year-end values
// of project.json, so that supervision during the year (目标督查) has something to look at.
//
//   node examples/eco-civilization-city/scripts/make-monthly.mjs           # (re)write the file
//   node examples/eco-civilization-city/scripts/make-monthly.mjs --check   # exit 1 if it is not up to date
//
// Deterministic: no randomness, no clock. For every 2024 observation of a monitored indicator
// (quantitative or event count) of an assessed unit, one value per month 2024-01 … 2024-12:
//
// - cumulative indicators (`cumulative: true`: fixed-asset investment, new jobs) are year-to-date
//   values: annual value × a share of the year that grows to 1 in December;
// - event counts (environmental incidents) are year-to-date counts: each incident of the year falls
//   in a month chosen by a hash of unit, indicator and incident number;
// - every other indicator is a point-in-time value (the rate or level at the month's end) that
//   starts up to ±3 % away from the year-end value and converges to it;
// - December always equals the year-end value, so the year-end assessment is unchanged.
//
// Three units fall behind during the year, on purpose:
// - d_north (北城区) hires slowly: new jobs far behind the time schedule until mid-year (red
//   January–June, yellow July–August), then catches up, yet misses the target at year end;
// - c_lan (兰溪县) has a smoggy winter: PM2.5 well above the binding target of 35 in January and
//   February (red), above it until May (yellow);
// - dep_house (市住建局) has a sewage plant out of service in summer: treatment rate red June–August.
// The values of the lagging paths are written out below, not computed, so the story is readable.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const project = JSON.parse(readFileSync(join(root, "project.json"), "utf8"));
const YEAR = "2024";
const MONTHS = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, "0")}`);

/** Hand-written paths of the lagging units (January … November; December is the year-end value). */
const LAGGING = {
  // share of the year's new jobs reached by each month's end (year-to-date ÷ annual)
  "d_north|new_jobs": { share: [0.03, 0.06, 0.1, 0.16, 0.24, 0.34, 0.46, 0.58, 0.7, 0.81, 0.91] },
  // PM2.5 (μg/m³) at each month's end
  "c_lan|pm25": { values: ["52.0", "49.0", "44.0", "40.0", "37.0", "34.5", "33.0", "32.0", "31.0", "30.8", "30.8"] },
  // sewage treatment rate (%) at each month's end
  "dep_house|sewage_treatment": {
    values: ["91.0", "91.5", "92.0", "91.0", "90.0", "68.0", "66.0", "70.0", "80.0", "86.0", "89.0"],
  },
};

/** A number in [-1, 1] from a string (FNV-1a 32-bit hash, then mixed): deterministic "noise". */
function wobble(key) {
  let h = 0x811c9dc5;
  for (const ch of key) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // MurmurHash3's finaliser, so that keys differing in one character land far apart
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h >>> 0) / 0xffffffff) * 2 - 1;
}

/** Decimal places of a decimal string. */
const decimals = (text) => (text.includes(".") ? text.length - text.indexOf(".") - 1 : 0);

/** Share of the year reached by the end of each month on schedule (about the share of days elapsed). */
const NORMAL_SHARE = [0.085, 0.165, 0.25, 0.33, 0.415, 0.5, 0.58, 0.665, 0.75, 0.835, 0.915, 1];

const indicators = new Map(project.system.indicators.map((i) => [i.id, i]));
const assessed = new Set(project.units.filter((u) => u.assessed !== false).map((u) => u.id));
const rows = [["unit", "indicator", "period", "value", "status"]];
for (const o of project.observations) {
  const indicator = indicators.get(o.indicator);
  if (o.period !== YEAR || !assessed.has(o.unit) || indicator === undefined) continue;
  if (indicator.kind !== "quantitative" && indicator.kind !== "event-count") continue;
  if (o.value === null || o.value === undefined) continue;
  const annual = String(o.value);
  const x = Number(annual);
  const key = `${o.unit}|${o.indicator}`;
  const lagging = LAGGING[key];
  const places = Math.max(1, decimals(annual));
  const values = MONTHS.map((_, m) => {
    if (m === 11) return annual;
    if (lagging?.values !== undefined) return lagging.values[m];
    if (indicator.kind === "event-count") {
      // year-to-date count: incident k happens in month 1 + floor(12 × |wobble|)
      let count = 0;
      for (let k = 0; k < x; k++) if (Math.floor(12 * Math.abs(wobble(`${key}|${k}`))) <= m) count++;
      return String(count);
    }
    if (indicator.cumulative === true) {
      const share = lagging?.share?.[m] ?? NORMAL_SHARE[m] * (1 + 0.03 * wobble(`${key}|${m}`));
      return (x * Math.min(share, 1)).toFixed(places + 1);
    }
    // point in time: up to ±3 % off at the start of the year, converging to the year-end value
    return (x * (1 + 0.03 * wobble(`${key}|${m}`) * ((11 - m) / 11))).toFixed(places);
  });
  MONTHS.forEach((period, m) => {
    rows.push([o.unit, o.indicator, period, values[m], "reported"]);
  });
}

const csv = `${rows.map((r) => r.join(",")).join("\n")}\n`;
const target = join(root, "data", "monthly-2024.csv");
if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== csv) {
    console.error("data/monthly-2024.csv is not what scripts/make-monthly.mjs generates; run it to update the file");
    process.exit(1);
  }
  console.log(`data/monthly-2024.csv is up to date (${rows.length - 1} monthly observations)`);
} else {
  mkdirSync(join(root, "data"), { recursive: true });
  writeFileSync(target, csv);
  console.log(`wrote data/monthly-2024.csv: ${rows.length - 1} monthly observations`);
}
