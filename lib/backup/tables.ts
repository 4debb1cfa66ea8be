import "server-only";
// The tables a backup holds, read from the database's own catalog rather than listed by hand, so
// tables added by later migrations (accounts, revisions, the audit log) are backed up without a
// change here. Ordered so that every table comes after the tables its foreign keys point to.
import { Prisma, type PrismaClient } from "../db/generated/client";

type Db = Pick<PrismaClient, "$queryRaw">;
export type Table = { name: string; columns: string[] };

/**
 * Tables a backup leaves out: Prisma's own bookkeeping; derived tables that triggers rebuild as the
 * entries are restored; and what would let whoever holds a backup act as someone (live session
 * tokens, the secret that signs session cookies, sign-in verifications) or is only a moment's state
 * (rate limits). A restored site signs everyone in again and makes itself a new secret.
 */
export const NOT_BACKED_UP = ["_prisma_migrations", "EntryRollup", "PlaceRollup", "ActorRollup", "Session", "Verification", "AppSecret", "RateLimit"];

/** Tables of the record in dependency order, without those a backup leaves out. */
export async function recordTables(db: Db): Promise<Table[]> {
  const tables = await db.$queryRaw<{ name: string; columns: string[] }[]>`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> ALL(${NOT_BACKED_UP}::text[])
    GROUP BY c.relname ORDER BY c.relname`;
  const references = await db.$queryRaw<{ from: string; to: string }[]>`
    SELECT DISTINCT src.relname AS "from", dst.relname AS "to"
    FROM pg_constraint k
    JOIN pg_class src ON src.oid = k.conrelid
    JOIN pg_class dst ON dst.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema() AND src.oid <> dst.oid`;
  return dependencyOrder(tables, references);
}

/** Kahn's topological sort, alphabetical among equals so the order is stable. */
export function dependencyOrder<T extends { name: string }>(tables: T[], references: { from: string; to: string }[]): T[] {
  const pending = new Map(tables.map((t) => [t.name, t]));
  const ordered: T[] = [];
  while (pending.size) {
    const ready = [...pending.values()]
      .filter((t) => !references.some((r) => r.from === t.name && pending.has(r.to)))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (ready.length === 0) throw new Error(`Circular foreign keys between ${[...pending.keys()].join(", ")}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t.name);
    }
  }
  return ordered;
}

/**
 * A table or column name as an SQL identifier. Identifiers cannot be bound parameters; these come
 * from the database's catalog (never from a request or a file unchecked), and are quoted besides.
 */
export function identifier(name: string): Prisma.Sql {
  return Prisma.raw(`"${name.replace(/"/g, '""')}"`);
}
