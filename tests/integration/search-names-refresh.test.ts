// A new spelling of an actor named in thousands of entries: the edit saves at once, rebuilding the
// first entries' search names itself, and the rest follow in background batches that survive a
// restart and never run twice at once; search finds every entry by the new spelling in the end.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { REBUILD_NOW, namesRefreshPending, runPendingRefreshes } from "@/lib/entries/search-names-refresh";
import { seedDatabase } from "@/prisma/seed/load";
import { account, post, type Account } from "../support/editor";
import { getEntries } from "../support/api";

let editor: Account;

beforeAll(async () => {
  await seedDatabase(prisma);
  editor = await account("editor");
});

/** An actor and `count` published entries naming it, written as an import writes them (names included). */
async function actorWithEntries(name: string, count: number): Promise<string> {
  const created = await post("actor.create", { name, kind: "person", country: null, titles: [], aliases: [] }, { cookie: editor.cookie });
  expect(created.status).toBe(200);
  const actor = await prisma.actor.findFirstOrThrow({ where: { name } });
  const prefix = actor.id;
  await prisma.$executeRaw`
    INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "searchNames", "state", "updatedAt")
    SELECT ${prefix} || '-' || g, ${prefix} || '-' || g, 'event', 'Delivery number ' || g, 'A delivery.', date '2024-03-01', date '2024-03-01', 'day', '{trade}', ${name}, 'published', now()
    FROM generate_series(1, ${count}::int) g`;
  // As an import does: statistics before the links, whose triggers join them to "Entry".
  await prisma.$executeRaw`ANALYZE "Entry"`;
  await prisma.$executeRaw`
    INSERT INTO "EntryActor" ("entryId", "actorId", "role", "updatedAt") SELECT ${prefix} || '-' || g, ${actor.id}, 'party', now() FROM generate_series(1, ${count}::int) g`;
  return actor.id;
}

const found = async (words: string) => {
  const { status, body } = await getEntries(`?q=${encodeURIComponent(words)}`);
  expect(status).toBe(200);
  expect(body.totalIsEstimate).toBe(false);
  return body.total;
};

/** The version the actor's edit page sends: its last change time. */
const actorVersion = async (id: string) => (await prisma.actor.findUniqueOrThrow({ where: { id } })).updatedAt.getTime();

describe("a new spelling of an actor named in many entries", () => {
  const count = REBUILD_NOW + 250;

  it("saves at once, and search finds every entry by it once the background batches are done", async () => {
    const actorId = await actorWithEntries("Quillon Harrowgate", count);
    expect(await found("Quillon Harrowgate")).toBe(count);

    const saved = await post("actor.update", { id: actorId, version: await actorVersion(actorId), reason: "Another spelling", aliases: ["Vortigern Blaise"] }, { cookie: editor.cookie });
    expect(saved.status).toBe(200);
    // The edit rebuilt as many entries as it does itself; the rest wait, and the actor's page says so.
    expect(await found("Vortigern")).toBe(REBUILD_NOW);
    expect(await namesRefreshPending({ actorId })).toBe(true);

    expect(await runPendingRefreshes({ batch: 100 })).toBeGreaterThan(1);
    expect(await found("Vortigern")).toBe(count);
    expect(await found("Quillon Harrowgate")).toBe(count);
    expect(await namesRefreshPending({ actorId })).toBe(false);
  });

  it("starts over when the spellings change again before the batches are done, and two workers share the rows", async () => {
    const actorId = await actorWithEntries("Tamsin Ollerenshaw", count);
    expect((await post("actor.update", { id: actorId, version: await actorVersion(actorId), reason: "first", aliases: ["Berengar Quoyle"] }, { cookie: editor.cookie })).status).toBe(200);
    // Half the remaining work done, then another change: the entries done so far need it too.
    await runPendingRefreshes({ batch: 100, maxBatches: 1 });
    expect((await post("actor.update", { id: actorId, version: await actorVersion(actorId), reason: "second", aliases: ["Berengar Quoyle", "Ysolde Pennycuick"] }, { cookie: editor.cookie })).status).toBe(200);
    expect(await found("Ysolde")).toBe(REBUILD_NOW);

    const [a, b] = await Promise.all([runPendingRefreshes({ batch: 50 }), runPendingRefreshes({ batch: 50 })]);
    expect(a + b).toBeGreaterThanOrEqual(Math.ceil((count - REBUILD_NOW) / 50));
    expect(await found("Ysolde")).toBe(count);
    expect(await found("Berengar")).toBe(count);
    expect(await namesRefreshPending({ actorId })).toBe(false);
  });

  it("leaves nothing queued for an actor of few entries: the edit rebuilds them all", async () => {
    const actorId = await actorWithEntries("Oswin Fairweather", 12);
    expect((await post("actor.update", { id: actorId, version: await actorVersion(actorId), reason: "spelling", aliases: ["Ozwin Fayreweather"] }, { cookie: editor.cookie })).status).toBe(200);
    expect(await found("Fayreweather")).toBe(12);
    expect(await namesRefreshPending({ actorId })).toBe(false);
  });
});

describe("a new spelling of a place named in many entries", () => {
  it("reaches every entry's search the same way", async () => {
    const created = await post("place.create", { name: "Port Quarrendon", kind: "site", country: "IR", geonameId: null, latitude: 27.1, longitude: 56.2, spellings: [] }, { cookie: editor.cookie });
    expect(created.status).toBe(200);
    const place = await prisma.place.findUniqueOrThrow({ where: { slug: "port-quarrendon" } });
    const count = REBUILD_NOW + 120;
    await prisma.$executeRaw`
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "searchNames", "state", "updatedAt")
      SELECT 'pq-' || g, 'pq-' || g, 'event', 'Shipment number ' || g, 'A shipment.', date '2024-05-01', date '2024-05-01', 'day', '{transport}', 'Port Quarrendon', 'published', now()
      FROM generate_series(1, ${count}::int) g`;
    await prisma.$executeRaw`ANALYZE "Entry"`;
    await prisma.$executeRaw`INSERT INTO "EntryPlace" ("entryId", "placeId") SELECT 'pq-' || g, ${place.id} FROM generate_series(1, ${count}::int) g`;

    const saved = await post(
      "place.update",
      { id: place.id, version: place.version, reason: "Local name", name: "Port Quarrendon", kind: "site", country: "IR", geonameId: null, latitude: 27.1, longitude: 56.2, spellings: ["Bandar Ghulverin"] },
      { cookie: editor.cookie },
    );
    expect(saved.status).toBe(200);
    expect(await found("Ghulverin")).toBe(REBUILD_NOW);
    expect(await namesRefreshPending({ placeId: place.id })).toBe(true);
    await runPendingRefreshes();
    expect(await found("Ghulverin")).toBe(count);
    expect(await namesRefreshPending({ placeId: place.id })).toBe(false);
  });
});
