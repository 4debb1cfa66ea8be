// Reads with their own settings (lib/db/broad-read.ts) run on the pool Prisma uses, outside Prisma's
// transactions (lib/db/client-factory.ts, readInTransaction). What a reader would notice if that went
// wrong: other pages planned with a broad read's settings, a page of errors after one failed read, or
// a day shown or paged one off when the server does not run in UTC.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { broadRead } from "@/lib/db/broad-read";
import { browseEntries } from "@/lib/entries/browse";
import { entryListQuery } from "@/lib/entries/schemas";
import { seedDatabase } from "@/prisma/seed/load";

const POOL_SIZE = 10; // lib/db/client-factory.ts
const setting = async () =>
  (await prisma.$queryRaw<{ w: string; ro: string }[]>`SELECT current_setting('work_mem') AS w, current_setting('transaction_read_only') AS ro`)[0];

const zone = process.env.TZ;
beforeAll(async () => {
  await seedDatabase(prisma);
});
afterAll(() => {
  process.env.TZ = zone;
});

describe("a read with its own settings", () => {
  it("keeps its settings to itself: every pooled connection is back to the defaults after it", async () => {
    const before = await setting();
    const [inside] = await broadRead<{ w: string; ro: string }>(Prisma.sql`SELECT current_setting('work_mem') AS w, current_setting('transaction_read_only') AS ro`);
    expect(inside).toEqual({ w: "32MB", ro: "on" });
    expect(inside.w).not.toBe(before.w);
    // As many reads at once as the pool holds connections, so that every connection answers.
    const after = await Promise.all(Array.from({ length: POOL_SIZE }, setting));
    expect(after.every((s) => s.w === before.w && s.ro === "off")).toBe(true);
  });

  it("fails alone: after more failed reads than the pool holds connections, pages and plain queries still answer", async () => {
    const failures = await Promise.allSettled(Array.from({ length: POOL_SIZE + 2 }, () => broadRead(Prisma.sql`SELECT 1 / ${0}::int AS x`)));
    expect(failures.every((f) => f.status === "rejected" && /division by zero/.test(String(f.reason)))).toBe(true);
    const page = await browseEntries(entryListQuery.parse({ q: "gas", pageSize: "5" }));
    expect(page.data.length).toBeGreaterThan(0);
    expect((await setting()).ro).toBe("off");
  });

  it("gives the days the record holds when the server runs in another time zone", async () => {
    process.env.TZ = "America/Los_Angeles";
    const [{ day }] = await prisma.$queryRaw<{ day: Date }[]>`SELECT min("dateStart") AS day FROM "Entry" WHERE "dateStart" IS NOT NULL`;
    const [{ day: read }] = await broadRead<{ day: Date }>(Prisma.sql`SELECT min("dateStart") AS day FROM "Entry" WHERE "dateStart" IS NOT NULL`);
    expect(read.toISOString()).toBe(day.toISOString());
    // Paging by cursor (each page's last day) visits every dated entry once, oldest first.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await browseEntries(entryListQuery.parse({ sort: "oldest", pageSize: "7", ...(cursor ? { cursor } : {}) }));
      seen.push(...page.data.map((e) => e.slug));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = await prisma.entry.findMany({ where: { state: "published", deletedAt: null }, select: { slug: true } });
    expect(seen.length).toBe(all.length);
    expect(new Set(seen)).toEqual(new Set(all.map((e) => e.slug)));
  });
});
