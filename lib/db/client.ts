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

/** `sql` in a read-only transaction with `settings` (lib/db/client-factory.ts, readInTransaction). */
export const readWith = <T>(settings: string, sql: Prisma.Sql): Promise<T[]> => readInTransaction<T>(client(), settings, sql);
