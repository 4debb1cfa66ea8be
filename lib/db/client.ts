import "server-only";
import type { Prisma, PrismaClient } from "./generated/client";
import { createPrismaClient, preparedQuery, readInTransaction } from "./client-factory";
import { databaseUrl } from "../env";

// One client per process, reused across hot reloads in development. Created on first use, so that
// building the app needs no database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.prisma;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

/** `sql` as a prepared statement on the app's client (lib/db/client-factory.ts, preparedQuery). */
export const prepared = <T>(sql: Prisma.Sql): Promise<T[]> => preparedQuery<T>(client(), sql);

/**
 * `sql` as a prepared statement with one plan for every run (PostgreSQL's generic plan), for a
 * statement whose plan does not depend on its values but takes longer to make than to run: a
 * prepared statement is otherwise planned again for its values on every run when PostgreSQL finds
 * that no dearer (the search's word lookup: 5–6 ms a run, against 1.5 ms with one plan, in psql).
 * Only for statements whose text is fixed (preparedQuery). plan_cache_mode is set for the one
 * statement (SET LOCAL): on the connection, it would also give a generic plan to the unnamed
 * statements of pages, whose plans depend on their values.
 */
export const preparedOnce = <T>(sql: Prisma.Sql): Promise<T[]> =>
  readInTransaction<T>(client(), `SELECT set_config('plan_cache_mode', 'force_generic_plan', true)`, sql, { prepare: true });

/** `sql` in a read-only transaction with `settings` (lib/db/client-factory.ts, readInTransaction). */
export const readWith = <T>(settings: string, sql: Prisma.Sql): Promise<T[]> => readInTransaction<T>(client(), settings, sql);
