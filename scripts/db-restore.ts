// npm run db:restore -- FILE: restores a backup written by db:backup into an empty database
// (migrations are applied first). Refuses a database that already holds anything.
import { readFileSync } from "node:fs";
import { openDatabase } from "../lib/db/local-database";
import { applyMigrations } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/client-factory";
import { RestoreError, restoreBackup } from "../lib/backup/restore";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- backup.json");
  process.exit(2);
}
const db = await openDatabase();
const prisma = createPrismaClient(db.url);
try {
  await applyMigrations(db.url);
  const restored = await restoreBackup(prisma, JSON.parse(readFileSync(file, "utf8")));
  console.log(`Restored ${Object.entries(restored).map(([table, n]) => `${n} ${table}`).join(", ")}.`);
} catch (error) {
  if (!(error instanceof RestoreError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.close();
}
