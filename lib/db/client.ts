import "server-only";
import type { PrismaClient } from "./generated/client";
import { createPrismaClient } from "./client-factory";
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
