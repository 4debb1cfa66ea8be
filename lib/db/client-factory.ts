import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * A Prisma client over a pg pool. When PostgreSQL restarts, the pool drops the broken connections
 * (logged here, instead of an unhandled 'error' event) and opens new ones on the next query, so the
 * app serves again as soon as the database does, with no restart of its own.
 */
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg(
    { connectionString, max: 10 },
    {
      onPoolError: (error) => console.warn("PostgreSQL dropped an idle connection:", error.message),
      onConnectionError: (error) => console.warn("PostgreSQL dropped a connection in a transaction:", error.message),
    },
  );
  return new PrismaClient({ adapter });
}
