import "server-only";
// A read that visits a large share of the record (a broad search's map or timeline). With the
// default 4 MB of work_mem, the bitmap of its matches goes lossy and PostgreSQL re-tests every row
// of those pages: for "gas pipeline" at a million entries, 364,000 extra rows and 40% of the time.
// 32 MB holds the bitmap of a few million rows; SET LOCAL keeps it to this one statement.
import type { Prisma } from "./generated/client";
import { prisma } from "./client";

export async function broadRead<T>(sql: Prisma.Sql): Promise<T[]> {
  const [, rows] = await prisma.$transaction([prisma.$executeRaw`SET LOCAL work_mem = '32MB'`, prisma.$queryRaw<T[]>(sql)]);
  return rows;
}
