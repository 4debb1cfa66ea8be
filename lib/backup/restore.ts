import "server-only";
// Restore of a full backup into an empty database (freshly migrated, nothing in it), all or
// nothing. Tables are filled in dependency order, one INSERT … SELECT FROM json_populate_recordset
// per table, so PostgreSQL itself converts every value back to its column type.
import type { PrismaClient } from "../db/generated/client";
import { Prisma } from "../db/generated/client";
import { fieldRulesFor, roleInput } from "../entries/input";
import { pickFields } from "../entries/three-way-merge";
import { webUrl } from "../links/web-url";
import { loadSnapshots } from "../revisions/snapshot";
import { backupFile } from "./format";
import { identifier, NOT_BACKED_UP, recordTables } from "./tables";

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
      // Sessions and the like in a backup made before they were left out are not restored.
      const unknown = Object.keys(backup.tables).filter((name) => !known.has(name) && !NOT_BACKED_UP.includes(name));
      if (unknown.length) throw new RestoreError(`The backup has tables this database lacks (${unknown.join(", ")}): upgrade the app, then restore.`);

      for (const table of tables) {
        const [{ any }] = await tx.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM ${identifier(table.name)}) AS any`;
        if (any) throw new RestoreError(`Restore needs an empty database, and ${table.name} has rows: restore into a new database.`);
      }

      const restored: RestoreResult = {};
      const cleared = tidyRows(backup.tables);
      if (cleared) restored.clearedLinks = cleared;
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
      await checkEntries(tx);
      return restored;
    },
    { maxWait: 10_000, timeout: 30 * 60_000 },
  );
}

/**
 * What the entry schema tidies at every other door, tidied here too: roles in lower case. Source
 * addresses that are not web links (from a backup made before links were checked) are kept as text
 * in clearedUrl, as the source_links_web_only migration did to stored ones. Returns how many.
 */
function tidyRows(tables: Record<string, Record<string, unknown>[]>): number {
  for (const row of tables.EntryActor ?? []) {
    const role = roleInput.safeParse(row.role);
    if (role.success) row.role = role.data;
  }
  let cleared = 0;
  for (const row of tables.Source ?? []) {
    if (typeof row.url === "string" && !webUrl(row.url)) {
      row.clearedUrl = row.url;
      row.url = null;
      cleared++;
    }
  }
  return cleared;
}

/** Every restored entry passes the entry schema for its state (a draft's rules, or the full ones), as a form's save would. */
async function checkEntries(tx: Prisma.TransactionClient) {
  const problems: string[] = [];
  const BATCH = 500;
  for (let cursor: string | undefined; ; ) {
    const ids = (
      await tx.entry.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: BATCH, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) })
    ).map((e) => e.id);
    if (ids.length === 0) break;
    cursor = ids.at(-1);
    for (const snapshot of (await loadSnapshots(tx, ids)).values()) {
      const parsed = fieldRulesFor(snapshot.state).safeParse(pickFields(snapshot));
      if (!parsed.success) problems.push(`“${snapshot.slug}” (${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`);
    }
  }
  if (problems.length) {
    throw new RestoreError(
      `Nothing was restored: ${problems.length} entr${problems.length === 1 ? "y breaks" : "ies break"} the rules every entry follows: ${problems.slice(0, 10).join(", ")}${problems.length > 10 ? ", …" : ""}. Correct them in the backup file and restore again.`,
    );
  }
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
