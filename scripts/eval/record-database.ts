// The evaluations' database: a throwaway embedded PostgreSQL, migrated, holding the initial record
// (prisma/seed/record.json, or the record given), removed when `use` is done, whatever happens.
// The app's modules read DATABASE_URL on first use, so `use` imports them itself.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureDatabase } from "../../lib/db/local-database";
import { applyMigrations } from "../../lib/db/migrate";
import type { SeedFile } from "../../prisma/seed/schema";

export async function withRecordDatabase(use: () => Promise<void>, record?: SeedFile): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "record-eval-"));
  chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres(path.join(dir, "data"));
  try {
    const url = await ensureDatabase(cluster.url, "record_eval");
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const { prisma } = await import("../../lib/db/client");
    const { seedDatabase } = await import("../../prisma/seed/load");
    await seedDatabase(prisma, record);
    await use();
    await prisma.$disconnect();
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
