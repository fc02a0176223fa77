// After `npm run build`: every package's dist has ESM, CJS and both kinds of declarations, and
// loads both as a CommonJS `require` and as an ES module `import` (as a user's project would).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

const failures = [];
for (const dir of readdirSync("packages")) {
  const pkg = JSON.parse(readFileSync(`packages/${dir}/package.json`, "utf8"));
  for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "index.js.map", "index.cjs.map"]) {
    if (!existsSync(`packages/${dir}/dist/${file}`)) failures.push(`${pkg.name}: dist/${file} is missing`);
  }
  const run = (args) => {
    try {
      execFileSync(process.execPath, args, { stdio: "pipe" });
    } catch (error) {
      failures.push(`${pkg.name}: node ${args.join(" ")} failed:\n${error.stderr}`);
    }
  };
  run(["-e", `const m = require(${JSON.stringify(pkg.name)}); if (typeof m.VERSION !== "string") process.exit(1)`]);
  run([
    "--input-type=module",
    "-e",
    `const m = await import(${JSON.stringify(pkg.name)}); if (typeof m.VERSION !== "string") process.exit(1)`,
  ]);
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("dist check: every package has ESM + CJS + .d.ts + .d.cts and loads via require and import");
