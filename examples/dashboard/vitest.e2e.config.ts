import { defineConfig } from "vitest/config";

// The browser end-to-end test: needs the built app (`npm run build` here) and a Chromium
// (DUCHA_CHROMIUM, default /usr/bin/chromium). Run from the repository root with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ["examples/dashboard/test/**/*.e2e.ts"],
    testTimeout: 170_000,
    hookTimeout: 60_000,
  },
});
