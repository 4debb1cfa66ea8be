// The rollups of visible entries (EntryRollup, PlaceRollup, ActorRollup, kept by triggers) against a
// recount of the entries themselves, after every kind of write: create, publish, edit, delete,
// restore, import, an actor merged and unmerged, and a backup restored into an empty database. And
// the views they answer give the same totals and facets as counting would.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { backupStream } from "@/lib/backup/backup";
import { restoreBackup } from "@/lib/backup/restore";
import { createPrismaClient } from "@/lib/db/client-factory";
import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { Prisma } from "@/lib/db/generated/client";
import { countView } from "@/lib/entries/counts";
import { cutWindow, linkRollupRows, rollupPlan } from "@/lib/entries/rollup";
import { prepareFilters, whereClause } from "@/lib/entries/search";
import { entryListQuery } from "@/lib/entries/schemas";
import { readAll } from "@/lib/export/stream";
import { mapPlaces, mapRollupSql, mapSql } from "@/lib/places/queries";
import { seedDatabase } from "@/prisma/seed/load";
import { account, eventInput, post, seedRefs, type Account } from "../support/editor";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";
import { api, tokenUser } from "../support/write-api";

const serverUrl = inject("postgresServerUrl");
let editor: Account;
let refs: Awaited<ReturnType<typeof seedRefs>>;

/** Rollup rows that are not what a recount of the visible entries gives, for every grain. */
async function differences(db: PrismaClient = prisma) {
  return db.$queryRaw<{ key: string; rollup: bigint | null; recount: bigint | null }[]>`
    WITH visible AS (
      SELECT e."kind", e."status", ARRAY(SELECT DISTINCT s FROM unnest(e."sectors") s ORDER BY 1) AS sectors, e."dateStart", e."periodEnd"
      FROM "Entry" e WHERE e."state" = 'published' AND e."deletedAt" IS NULL
    ), recount AS (
      SELECT g.grain,
        CASE WHEN g.grain = 0 OR v."dateStart" IS NULL THEN NULL WHEN g.grain = 1 THEN extract(year FROM v."dateStart")::int
             ELSE (extract(year FROM v."dateStart") * 12 + extract(month FROM v."dateStart") - 1)::int END AS start_period,
        CASE WHEN g.grain = 0 OR v."dateStart" IS NULL THEN NULL WHEN g.grain = 1 THEN extract(year FROM v."periodEnd")::int
             ELSE (extract(year FROM v."periodEnd") * 12 + extract(month FROM v."periodEnd") - 1)::int END AS end_period,
        v."kind", v."status", v.sectors, count(*) AS n
      FROM visible v CROSS JOIN (VALUES (0), (1), (2)) g(grain) GROUP BY 1, 2, 3, 4, 5, 6
    ), rollup AS (SELECT * FROM "EntryRollup" WHERE "entries" <> 0)
    SELECT concat_ws('|', c.grain, c.start_period, c.end_period, c."kind", c."status", c.sectors::text, r."key") AS key, r."entries" AS rollup, c.n AS recount
    FROM recount c FULL JOIN rollup r ON r."grain" = c.grain AND r."startPeriod" IS NOT DISTINCT FROM c.start_period
      AND r."endPeriod" IS NOT DISTINCT FROM c.end_period AND r."kind" = c."kind" AND r."status" IS NOT DISTINCT FROM c."status" AND r."sectors" = c.sectors
    WHERE r."entries" IS DISTINCT FROM c.n`;
}

/** Place rollup rows that are not what a recount of visible entries' links gives. */
async function placeDifferences(db: PrismaClient = prisma) {
  return db.$queryRaw<{ key: string; rollup: bigint | null; recount: bigint | null }[]>`
    WITH recount AS (
      SELECT l."placeId", e."kind", e."status", ARRAY(SELECT DISTINCT s FROM unnest(e."sectors") s ORDER BY 1) AS sectors, count(*) AS n
      FROM "EntryPlace" l JOIN "Entry" e ON e."id" = l."entryId" WHERE e."state" = 'published' AND e."deletedAt" IS NULL
      GROUP BY 1, 2, 3, 4
    ), rollup AS (SELECT * FROM "PlaceRollup" WHERE "entries" <> 0)
    SELECT concat_ws('|', c."placeId", c."kind", c."status", c.sectors::text, r."key") AS key, r."entries" AS rollup, c.n AS recount
    FROM recount c FULL JOIN rollup r ON r."placeId" = c."placeId" AND r."kind" = c."kind"
      AND r."status" IS NOT DISTINCT FROM c."status" AND r."sectors" = c.sectors
    WHERE r."entries" IS DISTINCT FROM c.n`;
}

/**
 * Actor rollup rows that are not what a recount gives: each visible entry once per actor, whether
 * the actor has one role in it, several, or is its speaker too.
 */
async function actorDifferences(db: PrismaClient = prisma) {
  return db.$queryRaw<{ key: string; rollup: bigint | null; recount: bigint | null }[]>`
    WITH recount AS (
      SELECT a."actorId", e."kind", e."status", ARRAY(SELECT DISTINCT s FROM unnest(e."sectors") s ORDER BY 1) AS sectors, count(*) AS n
      FROM (SELECT "entryId", "actorId" FROM "EntryActor" UNION SELECT "id", "speakerId" FROM "Entry" WHERE "speakerId" IS NOT NULL) a
      JOIN "Entry" e ON e."id" = a."entryId" WHERE e."state" = 'published' AND e."deletedAt" IS NULL
      GROUP BY 1, 2, 3, 4
    ), rollup AS (SELECT * FROM "ActorRollup" WHERE "entries" <> 0)
    SELECT concat_ws('|', c."actorId", c."kind", c."status", c.sectors::text, r."key") AS key, r."entries" AS rollup, c.n AS recount
    FROM recount c FULL JOIN rollup r ON r."actorId" = c."actorId" AND r."kind" = c."kind"
      AND r."status" IS NOT DISTINCT FROM c."status" AND r."sectors" = c.sectors
    WHERE r."entries" IS DISTINCT FROM c.n`;
}

/** The three rollups against their recounts. */
async function allDifferences(db: PrismaClient = prisma) {
  return { entries: await differences(db), places: await placeDifferences(db), actors: await actorDifferences(db) };
}
const none = { entries: [], places: [], actors: [] };

beforeAll(async () => {
  await seedDatabase(prisma);
  editor = await account("editor");
  refs = await seedRefs();
});

describe("the rollup of visible entries", () => {
  it("matches a recount of the seeded record", async () => {
    expect(await prisma.entryRollup.count()).toBeGreaterThan(0);
    expect(await prisma.placeRollup.count()).toBeGreaterThan(0);
    expect(await prisma.actorRollup.count()).toBeGreaterThan(0);
    expect(await allDifferences()).toEqual(none);
  });

  it("follows a draft created, published, edited, deleted and restored", async () => {
    const created = await post("entry.create", eventInput(refs, "Rollup check: a customs protocol"), { cookie: editor.cookie });
    expect(created.status, JSON.stringify(created.json.error)).toBe(200);
    let entry = created.json.data as { id: string; version: number };
    expect(await allDifferences()).toEqual(none);
    const steps: [string, Record<string, unknown>][] = [
      ["entry.publish", { reason: "checked" }],
      ["entry.update", { sectors: ["trade", "finance"], date: { start: "2019", end: null }, reason: "a trade measure of 2019" }],
      ["entry.update", { places: ["Тегеран", "Astrakhan", "Baku"], reason: "where it was signed" }],
      ["entry.update", { places: ["Astrakhan"], reason: "only Astrakhan" }],
      ["entry.update", { kind: "agreement", agreement: { status: "signed", durationYears: null, figures: [], steps: [] }, reason: "it is an agreement" }],
      ["entry.delete", { reason: "a double" }],
      ["entry.restore", { reason: "not a double after all" }],
    ];
    for (const [mutation, body] of steps) {
      const done = await post(mutation, { id: entry.id, version: entry.version, ...body }, { cookie: editor.cookie });
      expect(done.status, `${mutation}: ${JSON.stringify(done.json.error)}`).toBe(200);
      entry = done.json.data as typeof entry;
      expect(await allDifferences(), `${mutation} ${JSON.stringify(body)}`).toEqual(none);
    }
  });

  it("counts out the places of an entry removed from the database", async () => {
    const created = await post("entry.create", { ...eventInput(refs, "Rollup check: a port call"), places: ["Bandar Abbas", "Astrakhan"] }, { cookie: editor.cookie });
    expect(created.status, JSON.stringify(created.json.error)).toBe(200);
    const { id, version } = created.json.data as { id: string; version: number };
    expect((await post("entry.publish", { id, version, reason: "checked" }, { cookie: editor.cookie })).status).toBe(200);
    const astrakhan = await prisma.placeRollup.aggregate({ _sum: { entries: true }, where: { placeId: (await prisma.place.findUniqueOrThrow({ where: { slug: "astrakhan" } })).id } });
    // The app never removes an entry for good; a database clean-up might, and its links go with it.
    await prisma.$transaction([prisma.revision.deleteMany({ where: { entryId: id } }), prisma.entry.delete({ where: { id } })]);
    expect(await allDifferences()).toEqual(none);
    const after = await prisma.placeRollup.aggregate({ _sum: { entries: true }, where: { placeId: (await prisma.place.findUniqueOrThrow({ where: { slug: "astrakhan" } })).id } });
    expect(Number(after._sum.entries)).toBe(Number(astrakhan._sum.entries) - 1);
  });

  it("counts an entry once per actor through roles, speakers, a merge and its undoing", async () => {
    const [first, second, third] = refs.actors;
    const statement = {
      ...eventInput(refs, "Rollup check: the minister on the corridor"),
      kind: "statement" as const,
      actors: [{ actorId: first.id, role: "speaker" }, { actorId: first.id, role: "subject" }, { actorId: second.id, role: "host" }],
      statement: { speakerId: first.id, quote: "The corridor opens next year.", verbatim: true, language: "en", original: null, reportedBy: null },
    };
    const created = await post("entry.create", statement, { cookie: editor.cookie });
    expect(created.status, JSON.stringify(created.json.error)).toBe(200);
    let entry = created.json.data as { id: string; version: number };
    const entriesOf = async (actorId: string) =>
      Number((await prisma.actorRollup.aggregate({ _sum: { entries: true }, where: { actorId } }))._sum.entries ?? 0);
    const before = { first: await entriesOf(first.id), second: await entriesOf(second.id), third: await entriesOf(third.id) };
    const steps: [string, Record<string, unknown>][] = [
      ["entry.publish", { reason: "checked" }],
      ["entry.update", { statement: { ...statement.statement, speakerId: third.id }, reason: "another speaker" }],
      ["entry.update", { actors: [{ actorId: second.id, role: "host" }, { actorId: second.id, role: "party" }], reason: "fewer roles" }],
      ["entry.update", { sectors: ["transport"], reason: "a transport matter" }],
    ];
    for (const [mutation, body] of steps) {
      const done = await post(mutation, { id: entry.id, version: entry.version, ...body }, { cookie: editor.cookie });
      expect(done.status, `${mutation}: ${JSON.stringify(done.json.error)}`).toBe(200);
      entry = done.json.data as typeof entry;
      expect(await allDifferences(), `${mutation} ${JSON.stringify(body)}`).toEqual(none);
    }
    // Published with the third actor speaking and the second in two roles: one more entry each.
    expect(await entriesOf(first.id)).toBe(before.first);
    expect(await entriesOf(second.id)).toBe(before.second + 1);
    expect(await entriesOf(third.id)).toBe(before.third + 1);

    // The second actor merged into the third, who already speaks in this entry: one entry, not two.
    const merged = await post("actor.merge", { fromId: second.id, intoId: third.id, reason: "rollup check" }, { cookie: editor.cookie });
    expect(merged.status, JSON.stringify(merged.json.error)).toBe(200);
    expect(await allDifferences()).toEqual(none);
    expect(await entriesOf(second.id)).toBe(0);
    const undone = await post("actor.unmerge", { mergeId: (merged.json.data as { id: string }).id, reason: "rollup check" }, { cookie: editor.cookie });
    expect(undone.status, JSON.stringify(undone.json.error)).toBe(200);
    expect(await allDifferences()).toEqual(none);
    expect(await entriesOf(second.id)).toBe(before.second + 1);

    // Removed from the database for good: counted out for its speaker and its linked actor.
    await prisma.$transaction([prisma.revision.deleteMany({ where: { entryId: entry.id } }), prisma.entry.delete({ where: { id: entry.id } })]);
    expect(await allDifferences()).toEqual(none);
    expect(await entriesOf(third.id)).toBe(before.third);
  });

  it("follows an import of published entries", async () => {
    const importer = await tokenUser("editor");
    const body = readFileSync("docs/import-example.csv", "utf8");
    const { status } = await api("POST", "/api/v1/imports?dryRun=false&state=published&name=rollup.csv", { token: importer.token, body, headers: { "content-type": "text/csv" } });
    expect(status).toBe(201);
    expect(await allDifferences()).toEqual(none);
  });

  it("is rebuilt by a backup restored into an empty database", async () => {
    const url = await createTestDatabase(serverUrl);
    const target = createPrismaClient(url);
    try {
      await restoreBackup(target, JSON.parse(await readAll(backupStream(prisma))));
      expect(await allDifferences(target)).toEqual(none);
      expect(await target.entryRollup.count()).toBe(await prisma.entryRollup.count({ where: { entries: { not: 0 } } }));
      expect(await target.placeRollup.count()).toBe(await prisma.placeRollup.count({ where: { entries: { not: 0 } } }));
      expect(await target.actorRollup.count()).toBe(await prisma.actorRollup.count({ where: { entries: { not: 0 } } }));
    } finally {
      await target.$disconnect();
      await dropTestDatabase(serverUrl, url);
    }
  });
});

describe("views answered from the rollup", () => {
  it("give the totals and facets that counting the entries gives", async () => {
    const views: Record<string, string | string[]>[] = [
      {},
      { sector: "energy" },
      { sector: ["defense", "nuclear"], kind: "agreement" },
      { status: ["signed", "in_force"] },
      { from: "2024-01-01", to: "2024-12-31" },
      { from: "2023-03-01" },
      { to: "2022-06-30", sector: "energy" },
      // Whole years, answered by the year rows: an entry from December 2026 to February 2027 is in both.
      { from: "2027-01-01", to: "2027-12-31" },
      { to: "2026-12-31", sector: "energy" },
      { from: "2015-01-01", to: "2024-12-31", kind: "agreement" },
      { from: "2020-01-01" },
    ];
    await prisma.$executeRaw`
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "dateEnd", "periodEnd", "datePrecision", "sectors", "updatedAt")
      VALUES ('new-year-1', 'new-year-range', 'event', 'Talks over the new year', 'A range.', '2026-12-01', '2027-02-01', '2027-02-28', 'month', ARRAY['energy']::"Sector"[], now())`;
    for (const view of views) {
      const prepared = await prepareFilters(entryListQuery.parse(view));
      expect(rollupPlan(prepared.query), JSON.stringify(view)).not.toBeNull();
      await expectCountedAsEntries(view);
    }
    expect((await countView(await prepareFilters(entryListQuery.parse({ from: "2027-01-01", to: "2027-12-31" })))).total).toBeGreaterThan(0);
    expect(await allDifferences()).toEqual(none);
    await prisma.$executeRaw`DELETE FROM "Entry" WHERE "id" = 'new-year-1'`;
  });

  it("give the totals and facets of a date window that cuts a month, from the rollup and its edge months", async () => {
    // Entries around the windows' edges: a March–May range, a year, a day, a month, a day in March and one in May.
    await prisma.$executeRaw`
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "dateEnd", "periodEnd", "datePrecision", "sectors", "status", "updatedAt")
      VALUES ('cut-1', 'cut-range', 'event', 'Talks March to May', 'A range.', '2027-03-01', '2027-05-01', '2027-05-31', 'month', ARRAY['energy']::"Sector"[], NULL, now()),
             ('cut-2', 'cut-year', 'agreement', 'A deal during the year', 'A year.', '2027-01-01', NULL, '2027-12-31', 'year', ARRAY['trade', 'energy']::"Sector"[], 'signed', now()),
             ('cut-3', 'cut-day', 'event', 'A visit on a day', 'A day.', '2027-04-10', NULL, '2027-04-10', 'day', ARRAY['defense']::"Sector"[], NULL, now()),
             ('cut-4', 'cut-month', 'statement', 'Words in June', 'A month.', '2027-06-01', NULL, '2027-06-30', 'month', ARRAY['energy']::"Sector"[], NULL, now()),
             ('cut-5', 'cut-march', 'event', 'A call in March', 'A day.', '2027-03-20', NULL, '2027-03-20', 'day', ARRAY['energy']::"Sector"[], NULL, now()),
             ('cut-6', 'cut-may', 'event', 'A call in May', 'A day.', '2027-05-20', NULL, '2027-05-20', 'day', ARRAY['energy']::"Sector"[], NULL, now())`;
    const views: Record<string, string | string[]>[] = [
      { from: "2027-03-15" },
      { to: "2027-05-10" },
      { from: "2027-04-10", to: "2027-04-10" },
      { from: "2027-05-31", sector: "energy" },
      { to: "2027-03-01", kind: "agreement" },
      { from: "2027-02-15", to: "2027-06-15", sector: ["trade", "energy"] },
      { from: "2027-06-02", to: "2027-06-29" },
      { from: "2026-02-18" },
      { from: "2025-01-20", to: "2026-02-18", status: ["signed", "in_force"] },
      // One date whole, the other cutting its month: only the cut month is counted on the entries.
      { from: "2027-03-01", to: "2027-05-10" },
      { from: "2027-02-15", to: "2027-05-31", sector: "energy" },
      { from: "2026-01-01", to: "2027-04-10" },
      { from: "2027-04-11", to: "2027-12-31", kind: "event" },
    ];
    for (const view of views) {
      expect(cutWindow(entryListQuery.parse(view)), JSON.stringify(view)).not.toBeNull();
      await expectCountedAsEntries(view);
    }
    // Two days across the range's last day and June's first: the range, the year and June's month;
    // a window past all four: none.
    expect((await countView(await prepareFilters(entryListQuery.parse({ from: "2027-05-31", to: "2027-06-01" })))).total).toBe(3);
    expect((await countView(await prepareFilters(entryListQuery.parse({ from: "2028-01-01", to: "2028-01-15" })))).total).toBe(0);
    await prisma.$executeRaw`DELETE FROM "Entry" WHERE "id" LIKE 'cut-%'`;
  });

  /** countView's total and facets for a view, against counting its entries. */
  async function expectCountedAsEntries(view: Record<string, string | string[]>) {
    const prepared = await prepareFilters(entryListQuery.parse(view));
    const counted = await countView(prepared);
    const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>(Prisma.sql`SELECT count(*) AS n FROM "Entry" e WHERE ${whereClause(prepared)}`);
    expect(counted.total, JSON.stringify(view)).toBe(Number(n));
    expect(counted.totalIsEstimate).toBe(false);
    const sectors = await prisma.$queryRaw<{ s: string; n: bigint }[]>(Prisma.sql`
      SELECT s::text AS s, count(*) AS n FROM "Entry" e CROSS JOIN LATERAL unnest(e."sectors") s WHERE ${whereClause(prepared, "sector")} GROUP BY 1`);
    for (const { s, n } of sectors) expect(counted.facets.sector[s as keyof typeof counted.facets.sector], `${JSON.stringify(view)} ${s}`).toBe(Number(n));
    const kinds = await prisma.$queryRaw<{ k: string; n: bigint }[]>(Prisma.sql`
      SELECT e."kind"::text AS k, count(*) AS n FROM "Entry" e WHERE ${whereClause(prepared, "kind")} GROUP BY 1`);
    for (const { k, n } of kinds) expect(counted.facets.kind[k as keyof typeof counted.facets.kind], `${JSON.stringify(view)} ${k}`).toBe(Number(n));
  }

  it("give the totals and facets of one actor or one place that counting gives", async () => {
    const views: Record<string, string | string[]>[] = [
      { actor: "Tsivilyov" },
      { actor: "sergei-tsivilev", sector: "energy" },
      { actor: "Цивилев", kind: "event" },
      { place: "tehran" },
      { place: "Тегеран", sector: ["trade", "finance"] },
      { place: "Moscow", status: ["signed"] },
    ];
    for (const view of views) {
      const prepared = await prepareFilters(entryListQuery.parse(view));
      expect(await linkRollupRows(prepared), JSON.stringify(view)).not.toBeNull();
      const counted = await countView(prepared);
      const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>(Prisma.sql`SELECT count(*) AS n FROM "Entry" e WHERE ${whereClause(prepared)}`);
      expect(counted.total, JSON.stringify(view)).toBe(Number(n));
      expect(counted.totalIsEstimate).toBe(false);
      if (!view.sector && !view.status) expect(Number(n), JSON.stringify(view)).toBeGreaterThan(0);
      const sectors = await prisma.$queryRaw<{ s: string; n: bigint }[]>(Prisma.sql`
        SELECT s::text AS s, count(*) AS n FROM "Entry" e CROSS JOIN LATERAL unnest(e."sectors") s WHERE ${whereClause(prepared, "sector")} GROUP BY 1`);
      for (const { s, n } of sectors) expect(counted.facets.sector[s as keyof typeof counted.facets.sector], `${JSON.stringify(view)} ${s}`).toBe(Number(n));
      const kinds = await prisma.$queryRaw<{ k: string; n: bigint }[]>(Prisma.sql`
        SELECT e."kind"::text AS k, count(*) AS n FROM "Entry" e WHERE ${whereClause(prepared, "kind")} GROUP BY 1`);
      for (const { k, n } of kinds) expect(counted.facets.kind[k as keyof typeof counted.facets.kind], `${JSON.stringify(view)} ${k}`).toBe(Number(n));
    }
    // With a search, dates or a second link, the view is counted.
    for (const view of [{ actor: "Tsivilyov", q: "gas" }, { place: "tehran", from: "2024-01-01" }, { actor: "Tsivilyov", place: "tehran" }]) {
      expect(await linkRollupRows(await prepareFilters(entryListQuery.parse(view))), JSON.stringify(view)).toBeNull();
    }
  });

  it("draw the map with the numbers that counting the entries' places gives", async () => {
    for (const view of [{}, { sector: "energy" }, { sector: ["defense", "nuclear"], kind: "agreement" }, { status: ["signed", "in_force"] }, { kind: "statement" }]) {
      const query = entryListQuery.parse(view);
      const where = whereClause(await prepareFilters(query));
      const fromRollup = await prisma.$queryRaw<Record<string, unknown>[]>(mapRollupSql(query));
      const numbers = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])));
      // Counted both ways the map reads links: looked up entry by entry, and joined as a table.
      for (const lookups of [true, false]) {
        const counted = await prisma.$queryRaw<Record<string, unknown>[]>(mapSql(where, undefined, { lookups }));
        expect(numbers(fromRollup), JSON.stringify({ view, lookups })).toEqual(numbers(counted));
      }
      if (Object.keys(view).length === 0) expect(fromRollup.length).toBeGreaterThan(3);
    }
    const tehran = (await mapPlaces(entryListQuery.parse({}))).places.find((p) => p.slug === "tehran");
    const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "EntryPlace" l JOIN "Entry" e ON e."id" = l."entryId" JOIN "Place" p ON p."id" = l."placeId"
      WHERE p."slug" = 'tehran' AND e."state" = 'published' AND e."deletedAt" IS NULL`;
    expect(tehran?.entries).toBe(Number(n));
  });

  it("leave a search, an actor, a grading and a date with them to counting", async () => {
    for (const view of [{ q: "gas" }, { actor: "Tsivilyov" }, { reliability: "A" }, { q: "gas", from: "2024-01-15" }, { actor: "Tsivilyov", from: "2024-01-01" }]) {
      expect(rollupPlan(entryListQuery.parse(view)), JSON.stringify(view)).toBeNull();
      expect(cutWindow(entryListQuery.parse(view)), JSON.stringify(view)).toBeNull();
    }
    // A date that cuts a month, alone, goes to its edge months instead.
    for (const view of [{ from: "2024-01-15" }, { to: "2024-02-27" }]) {
      expect(rollupPlan(entryListQuery.parse(view)), JSON.stringify(view)).toBeNull();
      expect(cutWindow(entryListQuery.parse(view)), JSON.stringify(view)).not.toBeNull();
    }
  });
});
