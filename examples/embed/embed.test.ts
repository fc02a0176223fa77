import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runNode, useBuiltPackages } from "../../test/helpers/build-once.js";

// Runs embed.mjs (ESM import) and embed.cjs (CommonJS require) in child processes against the
// BUILT packages, as another system would use them. scripts/pack-test.mjs runs the same two
// scripts against the packed tarballs in a scratch project outside the repository.
const here = fileURLToPath(new URL(".", import.meta.url));
useBuiltPackages();

describe("embed example", () => {
  it("embed.mjs and embed.cjs print the same, hand-checked ranking and explanation", async () => {
    const [esm, cjs] = await Promise.all([runNode(join(here, "embed.mjs")), runNode(join(here, "embed.cjs"))]);
    expect(esm.stderr).toBe("");
    expect(esm.code).toBe(0);
    expect(cjs.stderr).toBe("");
    expect(cjs.code).toBe(0);
    expect(cjs.stdout).toBe(esm.stdout);

    const lines = esm.stdout.trimEnd().split("\n");
    // By hand (weights: economy 0.4, services 0.6; in services satisfaction 2, complaint days 1):
    //   tax revenue: completion ratio x / 5000 × 100, capped at 120 (cap 1.2)
    //   complaint days (lower is better): 60 + 40 × (9 − x)/(9 − 4); satisfaction: 60 + 40 × (x − 86)/(94.5 − 86)
    //   street_b: 96;  100, 100                      → 0.4 × 96 + 0.6 × 100 = 98.40
    //   street_a: 112; 80, 60 + 40 × 5.2/8.5 = 84.470588…
    //             services (80 + 2 × 84.470588…)/3 = 82.980392… → 44.8 + 49.788235… = 94.588235… → 94.59
    //   street_c: 6200/5000 = 1.24 capped → 120; 60, 60 → 48 + 36 = 84.00
    expect(lines.slice(0, 3)).toEqual(["1. street_b 98.40", "2. street_a 94.59", "3. street_c 84.00"]);
    expect(lines).toContain("   tax_revenue: completion-ratio (fullScore=100, cap=1.2) → 96");
    expect(lines).toContain("   complaint_days: efficacy-coefficient (lower=4, upper=9, base=60, span=40) → 100");
    expect(lines).toContain("   Total 98.4, published as 98.40 (2 decimals, half-up)");
    expect(lines.at(-1)).toBe("   Rank 1");
    // The README shows this exact output.
    expect(readFileSync(join(here, "README.md"), "utf8")).toContain(`\`\`\`text\n${esm.stdout.trimEnd()}\n\`\`\``);
  }, 120_000);

  it("each script is about 30 lines", () => {
    for (const name of ["embed.mjs", "embed.cjs"]) {
      const code = readFileSync(join(here, name), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "" && !l.startsWith("//"));
      expect(code.length, name).toBeLessThanOrEqual(32);
    }
  });
});
