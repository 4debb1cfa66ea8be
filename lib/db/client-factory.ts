import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * A Prisma client over a pg pool. When PostgreSQL restarts, the pool drops the broken connections
 * (logged here, instead of an unhandled 'error' event) and opens new ones on the next query, so the
 * app serves again as soon as the database does, with no restart of its own.
 *
 * Idle connections are kept for minutes, not pg's default 10 s: a new connection costs about
 * 20 ms to open and its first statements another 15–30 ms while PostgreSQL fills that backend's
 * catalog caches, which a reader would otherwise pay after every quiet spell.
 *
 * A transaction waits for a free connection as long as a plain query does (which waits on the pool
 * without limit), up to 30 s, instead of Prisma's 2 s: under load, reader pages whose statement runs
 * in a transaction (lib/db/broad-read.ts) answered 500 "Unable to start a transaction in the given
 * time" while the others were merely slow. Waiting for a connection holds no lock.
 */
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg(
    { connectionString, max: 10, min: 2, idleTimeoutMillis: 5 * 60_000 },
    {
      onPoolError: (error) => console.warn("PostgreSQL dropped an idle connection:", error.message),
      onConnectionError: (error) => console.warn("PostgreSQL dropped a connection in a transaction:", error.message),
    },
  );
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 30_000 } });
}
