// Serves the production build for Playwright against a throwaway database: a fresh embedded
// PostgreSQL in a temporary folder, migrated and loaded with the initial record, removed on exit.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureDatabase } from "../../lib/db/local-database";
import { applyMigrations } from "../../lib/db/migrate";
import { createPrismaClient } from "../../lib/db/client-factory";
import { seedDatabase } from "../../prisma/seed/load";
import { hashPassword } from "../../lib/auth/password";
import { E2E_PASSWORD, E2E_USERS } from "./users";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first (npm test does).");
  process.exit(1);
}
const dir = mkdtempSync(path.join(os.tmpdir(), "record-e2e-"));
chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres(path.join(dir, "data"));
const url = await ensureDatabase(pg.url, "record_e2e");
await applyMigrations(url);
const prisma = createPrismaClient(url);
await seedDatabase(prisma);
const passwordHash = await hashPassword(E2E_PASSWORD);
for (const u of Object.values(E2E_USERS)) {
  const user = await prisma.user.create({ data: u });
  await prisma.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash } });
}
await prisma.$disconnect();

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", process.env.E2E_PORT ?? "3210"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", E2E_DATABASE_URL: url },
});
let closing = false;
async function close() {
  if (closing) return;
  closing = true;
  server.kill("SIGTERM");
  await pg.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
server.on("exit", close);
process.on("SIGTERM", close);
process.on("SIGINT", close);
