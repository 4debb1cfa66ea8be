// Generates the Prisma client (lib/db/generated) after `npm install`.
// `prisma generate` needs no schema engine, but the CLI downloads one before every command unless
// PRISMA_SCHEMA_ENGINE_BINARY names a file; pointing it at this script keeps installs air-gapped.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
