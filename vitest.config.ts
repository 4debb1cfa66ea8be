import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside Next's server bundles; in tests the data layer runs in plain Node.
const alias = { "server-only": path.resolve("tests/support/empty.ts"), "@": path.resolve(".") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"] },
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
    ],
  },
});
