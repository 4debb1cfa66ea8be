import "server-only";
// Bulk inserts for imports: many rows in one statement, sent as one JSON parameter and typed by the
// table's own row type (json_populate_recordset), so PostgreSQL converts each value as its column
// says (enums, arrays, dates, JSON). An ORM's createMany spends about ten times as long per row
// building and binding parameters; for a 100,000-row import that is most of the time.
import { randomUUID } from "node:crypto";
import type { Prisma } from "./generated/client";

type Db = Pick<Prisma.TransactionClient, "$executeRawUnsafe">;
type Row = Record<string, unknown>;

/**
 * A new row id: a random UUID. Ids are opaque text, so these sit beside the cuids Prisma gives;
 * a cuid generator in JavaScript costs a hundred times as much per id, which a large import feels.
 */
export const newId = (): string => randomUUID();

/**
 * Inserts `rows` into `table`, every row with the same keys, named as the table's columns (ids are
 * given: newId()). Columns left out take their defaults. Table and column names come from the
 * code, never from input; the values travel as one bound parameter. Returns how many were inserted.
 */
export async function insertRows(db: Db, table: string, rows: Row[], options: { onConflictDoNothing?: boolean } = {}): Promise<number> {
  if (rows.length === 0) return 0;
  const name = (identifier: string) => {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(identifier)) throw new Error(`not an identifier: ${identifier}`);
    return `"${identifier}"`;
  };
  const columns = Object.keys(rows[0]).map(name).join(", ");
  const conflict = options.onConflictDoNothing ? " ON CONFLICT DO NOTHING" : "";
  return db.$executeRawUnsafe(
    `INSERT INTO ${name(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${name(table)}, $1::json)${conflict}`,
    JSON.stringify(rows),
  );
}

/** A Date as the YYYY-MM-DD a date column takes; null stays null. */
export const dayOf = (date: Date | null | undefined): string | null => (date ? date.toISOString().slice(0, 10) : null);
