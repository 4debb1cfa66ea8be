import "server-only";
// Full backup: every table of the record, drafts, deleted entries and (once they exist) accounts,
// revisions and the audit log included, read in one repeatable-read transaction so the file is a
// consistent snapshot, and streamed a batch of rows at a time.
import type { PrismaClient } from "../db/generated/client";
import { streamFrom, type Write } from "../export/stream";
import { BACKUP_FORMAT, BACKUP_VERSION } from "./format";
import { identifier, recordTables } from "./tables";

export async function writeBackup(db: PrismaClient, write: Write): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const migrations = await tx.$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
      const header = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: new Date().toISOString(),
        migrations: migrations.map((m) => m.name),
      };
      await write(JSON.stringify(header).slice(0, -1) + ',\n"tables":{');
      const tables = await recordTables(tx);
      for (const [index, table] of tables.entries()) {
        await write(`${index ? "," : ""}\n${JSON.stringify(table.name)}:[`);
        // A cursor per table: rows leave the database as JSON text, 500 at a time.
        await tx.$executeRaw`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${identifier(table.name)} t`;
        let first = true;
        for (;;) {
          const rows = await tx.$queryRaw<{ row: string }[]>`FETCH 500 FROM backup_rows`;
          if (rows.length === 0) break;
          await write((first ? "\n" : ",\n") + rows.map((r) => r.row).join(",\n"));
          first = false;
        }
        await tx.$executeRaw`CLOSE backup_rows`;
        await write("]");
      }
      await write("\n}}\n");
    },
    { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: 60 * 60_000 },
  );
}

export function backupStream(db: PrismaClient): ReadableStream<Uint8Array> {
  return streamFrom((write) => writeBackup(db, write));
}
