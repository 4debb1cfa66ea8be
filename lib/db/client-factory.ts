import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "./generated/client";

/**
 * A Prisma client over a pg pool. When PostgreSQL restarts, the pool drops the broken connections
 * (logged here, instead of an unhandled 'error' event) and opens new ones on the next query, so the
 * app serves again as soon as the database does, with no restart of its own.
 *
 * Idle connections are kept for minutes, not pg's default 10 s: a new connection costs about
 * 20 ms to open and its first statements another 15–30 ms while PostgreSQL fills that backend's
 * catalog caches, which a reader would otherwise pay after every quiet spell.
 *
 * A Prisma transaction waits for a free connection up to 30 s, instead of Prisma's 2 s: under load,
 * reader pages whose statement ran in one answered 500 "Unable to start a transaction in the given
 * time" while the others were merely slow. Waiting for a connection holds no lock. (Reads with
 * settings now take their connection from the pool directly, as plain queries do, and wait on it
 * without limit: readInTransaction below.)
 */
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg(
    { connectionString, max: 10, min: 2, idleTimeoutMillis: 5 * 60_000 },
    {
      onPoolError: (error) => console.warn("PostgreSQL dropped an idle connection:", error.message),
      onConnectionError: (error) => console.warn("PostgreSQL dropped a connection in a transaction:", error.message),
    },
  );
  // The pool Prisma opens on connecting (again after a $disconnect), for preparedQuery.
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connected = await connect();
    (client as WithPool)[POOL] = connected.underlyingDriver();
    return connected;
  };
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: 30_000 } });
  return client;
}

// Kept on the client under a registered symbol, not in a module's map: Next.js bundles this module
// once for pages and once for route handlers, and both use the one client (lib/db/client.ts).
const POOL = Symbol.for("record.db.pool");
type WithPool = PrismaClient & { [POOL]?: pg.Pool };
const statementNames = new Map<string, string>();

/**
 * Runs `sql` as a prepared statement, named after its text, on `client`'s pool. Prisma sends each
 * statement unnamed, so PostgreSQL plans it on every run; a named one is planned once per
 * connection after its first runs (PostgreSQL's plan cache). For the statement that builds a page
 * of entries as JSON (lib/entries/queries.ts) planning took 3.5–3.9 ms of its 8–9 ms at a million
 * entries, and 0.05 ms once prepared. Only for statements whose text is fixed: one prepared
 * statement is kept per text and connection.
 */
export async function preparedQuery<T>(client: PrismaClient, sql: Prisma.Sql): Promise<T[]> {
  const pool = await poolOf(client);
  const result = await pool.query({ name: statementName(sql.text), text: sql.text, values: sql.values });
  return result.rows as T[];
}

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `record_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

async function poolOf(client: PrismaClient): Promise<pg.Pool> {
  let pool = (client as WithPool)[POOL];
  if (!pool || pool.ending || pool.ended) {
    await client.$connect(); // (again, after a $disconnect)
    pool = (client as WithPool)[POOL];
  }
  if (!pool) throw new Error("the pool is kept only on a client made by createPrismaClient");
  return pool;
}

/**
 * Values as Prisma's $queryRaw gives them, for the callers of readInTransaction: bigint as BigInt,
 * and a date or a timestamp without time zone as that instant in UTC (pg's own parsers read both in
 * the server's local time zone).
 */
const PRISMA_LIKE_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20) return (value: string) => BigInt(value); // int8
    if (oid === 1082) return (value: string) => new Date(`${value}T00:00:00.000Z`); // date
    if (oid === 1114) return (value: string) => new Date(`${value.replace(" ", "T")}Z`); // timestamp
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * Runs one read-only `sql` in a transaction whose `settings` (a statement of set_config(…, true)
 * calls, with no parameters) hold for it alone, on `client`'s pool. BEGIN and the settings go in one
 * round trip, where Prisma's batch transaction sent BEGIN, the settings, the statement and COMMIT one
 * after the other, each through its query engine: 1.9 ms a read on an idle machine against 0.6 ms,
 * and more for a page whose other statements share the event loop. A statement is cut at 60 s, as
 * Prisma's transaction timeout did. A connection that failed is closed, not given back: it may
 * still be inside the transaction. With `prepare`, the statement is prepared as preparedQuery's
 * are, and the settings hold for its planning too.
 */
export async function readInTransaction<T>(client: PrismaClient, settings: string, sql: Prisma.Sql, { prepare = false } = {}): Promise<T[]> {
  const pool = await poolOf(client);
  const connection = await pool.connect();
  const dropped = (error: Error) => console.warn("PostgreSQL dropped a connection in a read:", error.message);
  connection.on("error", dropped);
  let failed: Error | undefined;
  try {
    await connection.query(`BEGIN READ ONLY; SET LOCAL statement_timeout = '60s'; ${settings}`);
    const name = prepare ? statementName(sql.text) : undefined;
    const result = await connection.query({ name, text: sql.text, values: sql.values, types: PRISMA_LIKE_TYPES });
    await connection.query("COMMIT");
    return result.rows as T[];
  } catch (error) {
    failed = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    connection.off("error", dropped);
    connection.release(failed);
  }
}
