import "server-only";
// Restore of a full backup into an empty database (freshly migrated, nothing in it), all or
// nothing. Tables are filled in dependency order, one INSERT … SELECT FROM json_populate_recordset
// per table, so PostgreSQL itself converts every value back to its column type.
import type { PrismaClient } from "../db/generated/client";
import { Prisma } from "../db/generated/client";
import { backupFile } from "./format";
import { identifier, recordTables } from "./tables";

/** A restore that cannot go ahead; the message says what to do. */
export class RestoreError extends Error {}

export type RestoreResult = Record<string, number>;

export async function restoreBackup(db: PrismaClient, input: unknown): Promise<RestoreResult> {
  const parsed = backupFile.safeParse(input);
  if (!parsed.success) {
    throw new RestoreError(`This file is not a backup this app can restore: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  const backup = parsed.data;
  return db.$transaction(
    async (tx) => {
      const applied = new Set(
        (await tx.$queryRaw<{ name: string }[]>`
          SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).map((m) => m.name),
      );
      const missing = backup.migrations.filter((m) => !applied.has(m));
      if (missing.length) {
        throw new RestoreError(`The backup comes from a newer database (migrations ${missing.join(", ")}): upgrade the app, then restore.`);
      }
      const tables = await recordTables(tx);
      const known = new Map(tables.map((t) => [t.name, t]));
      const unknown = Object.keys(backup.tables).filter((name) => !known.has(name));
      if (unknown.length) throw new RestoreError(`The backup has tables this database lacks (${unknown.join(", ")}): upgrade the app, then restore.`);

      for (const table of tables) {
        const [{ any }] = await tx.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM ${identifier(table.name)}) AS any`;
        if (any) throw new RestoreError(`Restore needs an empty database, and ${table.name} has rows: restore into a new database.`);
      }

      const restored: RestoreResult = {};
      for (const table of tables) {
        const rows = backup.tables[table.name] ?? [];
        restored[table.name] = rows.length;
        if (rows.length === 0) continue;
        // Columns the backup has and the table has: a column added since the backup takes its default.
        const present = new Set(Object.keys(rows[0]));
        const columns = Prisma.join(table.columns.filter((c) => present.has(c)).map(identifier), ", ");
        await tx.$executeRaw`
          INSERT INTO ${identifier(table.name)} (${columns})
          SELECT ${columns} FROM json_populate_recordset(NULL::${identifier(table.name)}, ${JSON.stringify(rows)}::json)`;
      }
      await resetSequences(tx);
      return restored;
    },
    { maxWait: 10_000, timeout: 30 * 60_000 },
  );
}

/** Serial columns (if a later table has one) continue after the restored rows. */
async function resetSequences(tx: Prisma.TransactionClient) {
  const serials = await tx.$queryRaw<{ table: string; column: string; sequence: string }[]>`
    SELECT c.relname AS "table", a.attname AS "column", pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind = 'r'
      AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`;
  for (const { table, column, sequence } of serials) {
    await tx.$executeRaw`SELECT setval(${sequence}::regclass, coalesce((SELECT max(${identifier(column)}) FROM ${identifier(table)}), 0) + 1, false)`;
  }
}
