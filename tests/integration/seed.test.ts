import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/client-factory";
import { readRecord, readThesaurus, seedDatabase } from "@/prisma/seed/load";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

const record = readRecord();
const serverUrl = inject("postgresServerUrl");
const scratch: { url: string; db: ReturnType<typeof createPrismaClient> }[] = [];

// The file's database holds the loaded record for every test; the first load gets an empty one of its own.
beforeAll(async () => {
  await seedDatabase(prisma);
});
afterAll(async () => {
  for (const { url, db } of scratch) {
    await db.$disconnect();
    await dropTestDatabase(serverUrl, url);
  }
});

describe("the initial record", () => {
  it("loads every entry, actor and source once, and a second load duplicates nothing", async () => {
    const url = await createTestDatabase(serverUrl);
    const prisma = createPrismaClient(url);
    scratch.push({ url, db: prisma });
    const first = await seedDatabase(prisma);
    expect(first).toEqual({
      entries: record.entries.length,
      actors: record.actors.length,
      sources: record.sources.length,
      places: record.places.length,
      synonymSets: readThesaurus().length,
    });

    const second = await seedDatabase(prisma);
    expect(second).toEqual({ entries: 0, actors: 0, sources: 0, places: 0, synonymSets: 0 });

    expect(await prisma.entry.count()).toBe(record.entries.length);
    expect(await prisma.actor.count()).toBe(record.actors.length);
    expect(await prisma.source.count()).toBe(record.sources.length);
    const spellings = new Set(record.actors.flatMap((a) => [a.name, ...a.aliases].map((n) => `${a.slug}|${n}`)));
    expect(await prisma.actorName.count()).toBe(spellings.size);
    expect(await prisma.place.count()).toBe(record.places.length);
    // Every place the entries name is linked, in their order.
    const linked = await prisma.entryPlace.count();
    expect(linked).toBe(record.entries.reduce((n, e) => n + e.places.length, 0));
  });

  it("keeps an editor's correction when loaded again", async () => {
    const slug = record.entries[0].slug;
    await prisma.entry.update({ where: { slug }, data: { title: "Corrected title" } });
    await seedDatabase(prisma);
    expect((await prisma.entry.findUniqueOrThrow({ where: { slug } })).title).toBe("Corrected title");
  });

  it("gives every actor a Russian (Cyrillic) and a Persian spelling", async () => {
    const actors = await prisma.actor.findMany({ include: { names: true } });
    expect(actors).toHaveLength(record.actors.length);
    for (const actor of actors) {
      expect(actor.names.some((n) => /[\u0400-\u04FF]/u.test(n.name)), `${actor.slug} in Cyrillic`).toBe(true);
      expect(actor.names.some((n) => /[\u0600-\u06FF]/u.test(n.name)), `${actor.slug} in Persian`).toBe(true);
    }
  });

  it("cites its seed document on every entry", async () => {
    const uncited = await prisma.entry.count({ where: { citations: { none: {} } } });
    expect(uncited).toBe(0);
    expect(await prisma.citation.count()).toBeGreaterThanOrEqual(record.entries.length);
  });
});
