import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside Next's server bundles; in tests the data layer runs in plain Node.
const alias = { "server-only": path.resolve("tests/support/empty.ts"), "@": path.resolve(".") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"],
          // The first extraction test loads the gazetteer and the date parser: seconds on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // One embedded PostgreSQL for the run; each test file gets its own throwaway database.
          globalSetup: ["tests/support/postgres-global-setup.ts"],
          setupFiles: ["tests/support/database-per-file.ts"],
          pool: "forks",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "reliability",
          // Fuzz, load, faults and two instances against the production build (npm run build first):
          // each file starts its own PostgreSQL (a copy of one seeded once per run) and servers, one file at
          // a time so figures are comparable.
          include: ["tests/reliability/**/*.test.ts"],
          // The seeded cluster each file's own PostgreSQL starts from a copy of.
          globalSetup: ["tests/reliability/support/global-setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
