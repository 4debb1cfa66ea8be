import "server-only";
import type { PrismaClient } from "./generated/client";
import { createPrismaClient } from "./client-factory";
import { databaseUrl } from "../env";

// One client per process, reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(databaseUrl());
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
