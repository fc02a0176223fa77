// monitor: progress monitoring (`monitorProgress` from @ducha/accountability). A placeholder until
// the package exports it: the suite reports "not available yet" and is skipped.
export const suites = [
  {
    name: "monitor",
    workload: "monitorProgress (@ducha/accountability)",
    run: async () => {
      const mod = await import("@ducha/accountability").catch((error) => ({ loadError: error }));
      if (typeof mod.monitorProgress !== "function") {
        const why =
          mod.loadError === undefined ? "no monitorProgress export" : `cannot load (${mod.loadError.message})`;
        console.log(`monitor: not available yet — @ducha/accountability has ${why}; skipped`);
        return { skipped: "not available yet", reason: why };
      }
      return { skipped: "not wired yet", reason: "monitorProgress exists; the coordinator wires its workload here" };
    },
  },
];
