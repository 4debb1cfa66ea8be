// A broad search (more matches than sampleFrom()) has its timeline and map drawn from a sample of
// the table's blocks, scaled up and labelled as estimates; the numbers stay near what counting gives,
// and a narrower view is counted exactly again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { browseEntries } from "@/lib/entries/browse";
import { listEntries } from "@/lib/entries/queries";
import { pageStrategy } from "@/lib/entries/page";
import { entryListQuery } from "@/lib/entries/schemas";
import { prepareFilters } from "@/lib/entries/search";
import { periodWindow } from "@/lib/entries/timeline-density";
import { timelineEntries } from "@/lib/entries/timeline";
import { getActor } from "@/lib/actors/queries";
import { getPlace, mapPlaces } from "@/lib/places/queries";
import { seedDatabase } from "@/prisma/seed/load";

const word = "sturgeonroe";

beforeAll(async () => {
  await seedDatabase(prisma);
  // 24,000 published trade entries with a word nothing else uses, spread over 2015–2024, every one
  // in Astrakhan and every fourth in Bandar Abbas too. With the sampling threshold lowered to 10,000,
  // a search for the word is drawn from a sample.
  await prisma.$executeRaw`
    INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "updatedAt")
    SELECT 'broad-' || i, 'broad-entry-' || i, 'event', 'Caviar shipment ' || i, 'A synthetic ' || ${word} || ' entry for the sampled views.',
      CASE WHEN i % 20 = 0 THEN NULL ELSE date '2015-01-01' + (i * 13 % 3650) END,
      CASE WHEN i % 20 = 0 THEN NULL ELSE date '2015-01-01' + (i * 13 % 3650) END,
      (CASE WHEN i % 20 = 0 THEN 'unknown' ELSE 'day' END)::"DatePrecision",
      CASE WHEN i % 3 = 0 THEN ARRAY['trade', 'transport']::"Sector"[] ELSE ARRAY['trade']::"Sector"[] END,
      now()
    FROM generate_series(1, 24000) AS i`;
  // Statistics before the links: the place rollup's trigger joins the new links to "Entry", and with
  // none taken since the 25 seed entries it plans a read of the whole table for each of 30,000 links.
  await prisma.$executeRaw`ANALYZE "Entry"`;
  await prisma.$executeRaw`
    INSERT INTO "EntryPlace" ("entryId", "placeId")
    SELECT e."id", p."id" FROM "Entry" e JOIN "Place" p ON p."slug" = 'astrakhan' WHERE e."id" LIKE 'broad-%'
    UNION ALL
    SELECT e."id", p."id" FROM "Entry" e JOIN "Place" p ON p."slug" = 'bandar-abbas' WHERE e."id" LIKE 'broad-%' AND substr(e."id", 7)::int % 4 = 0`;
  process.env.RECORD_VIEW_SAMPLE_FROM = "10000";
});
afterAll(() => {
  delete process.env.RECORD_VIEW_SAMPLE_FROM;
});

/** How far an estimate is from the real number, as a share of it. */
const off = (estimate: number, real: number) => Math.abs(estimate - real) / real;

describe("the timeline of a broad search", () => {
  it("is estimated from a sample, says so, and stays near the real numbers", async () => {
    const query = entryListQuery.parse({ q: word });
    const timeline = await timelineEntries(query);
    expect(timeline.estimated).toBe(true);
    const density = timeline.density!;
    expect(density.sampledPercent).toBeGreaterThan(0);
    expect(density.sampledPercent).toBeLessThan(100);
    expect(density.grain).toBe("year");
    // The real numbers, counted on the entries.
    const [{ dated, undated }] = await prisma.$queryRaw<{ dated: bigint; undated: bigint }[]>`
      SELECT count(*) FILTER (WHERE "dateStart" IS NOT NULL) AS dated, count(*) FILTER (WHERE "dateStart" IS NULL) AS undated
      FROM "Entry" WHERE "summary" LIKE ${`%${word}%`}`;
    expect(Number(dated)).toBeGreaterThan(20_000);
    expect(off(timeline.dated, Number(dated))).toBeLessThan(0.2);
    expect(off(timeline.undated, Number(undated))).toBeLessThan(0.5);
    // Each year's trade cell against the entries browse lists for it.
    const trade = density.cells.filter((c) => c.sector === "trade");
    expect(trade.map((c) => c.period).sort()).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const cell of trade.filter((c) => c.period % 3 === 0)) {
      const window = periodWindow(cell.period, density.grain, query);
      const { total } = await browseEntries(entryListQuery.parse({ q: word, sector: "trade", ...window }));
      expect(off(cell.count, total), `${cell.period}: ${cell.count} against ${total}`).toBeLessThan(0.35);
    }
  });

  it("narrowed by sector is still estimated, since counting would visit every match of the search", async () => {
    // A third of the search's entries are in transport: under the threshold alone, but finding them
    // means testing all 24,000.
    const timeline = await timelineEntries(entryListQuery.parse({ q: word, sector: ["transport"] }));
    expect(timeline.estimated).toBe(true);
    const [{ dated }] = await prisma.$queryRaw<{ dated: bigint }[]>`
      SELECT count(*) AS dated FROM "Entry" WHERE "summary" LIKE ${`%${word}%`} AND "dateStart" IS NOT NULL AND 'transport' = ANY("sectors")`;
    expect(Number(dated)).toBeLessThan(10_000);
    expect(off(timeline.dated, Number(dated))).toBeLessThan(0.2);
    expect(timeline.density!.cells.every((c) => c.sector === "transport")).toBe(true);
  });

  it("is counted exactly once the view is narrow enough", async () => {
    const timeline = await timelineEntries(entryListQuery.parse({ q: word, from: "2019-01-01", to: "2019-12-31" }));
    expect(timeline.estimated).toBe(false);
    expect(timeline.density?.sampledPercent).toBeUndefined();
  });
});

describe("the total of a search near the count cap", () => {
  afterEach(() => {
    delete process.env.RECORD_COUNT_CAP;
  });
  const realTotal = async (sector?: string) => {
    const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Entry" WHERE "summary" LIKE ${`%${word}%`} AND (${sector ?? null}::text IS NULL OR ${sector ?? null}::"Sector" = ANY("sectors"))`;
    return Number(n);
  };

  it("is exact at the cap, and a labelled estimate near the real number just past it", async () => {
    // Just past the cap, a glimpse of the table cannot tell the view from one under it; the larger
    // sample an estimate reads can, and then nothing is counted.
    for (const [sector, read] of [
      [undefined, (q: object) => browseEntries(entryListQuery.parse({ q: word, ...q }))],
      ["transport", (q: object) => listEntries(entryListQuery.parse({ q: word, sector: "transport", pageSize: "5", ...q }))],
      // The browse page of a sector of a search past the cap: its facets come from the sample, which
      // also decides whether the sector's own entries must be counted.
      ["transport", (q: object) => browseEntries(entryListQuery.parse({ q: word, sector: "transport", ...q }))],
    ] as const) {
      const real = await realTotal(sector);
      process.env.RECORD_COUNT_CAP = String(real);
      expect(await read({})).toMatchObject({ total: real, totalIsEstimate: false });
      // Just past the cap the sector's entries are counted; further past, the sample alone is sure.
      for (const share of [0.96, 0.9]) {
        process.env.RECORD_COUNT_CAP = String(Math.round(real * share));
        const past = await read({});
        expect(past.totalIsEstimate).toBe(true);
        expect(past.total).toBeGreaterThan(Math.round(real * share));
        expect(off(past.total, real)).toBeLessThan(0.1);
      }
    }
  });
});

describe("the map of a broad search", () => {
  it("is estimated from a sample, says so, and stays near the real numbers", async () => {
    const { places, sampledPercent } = await mapPlaces(entryListQuery.parse({ q: word }));
    expect(sampledPercent).toBeGreaterThan(0);
    expect(sampledPercent).toBeLessThan(100);
    const astrakhan = places.find((p) => p.slug === "astrakhan")!;
    const bandarAbbas = places.find((p) => p.slug === "bandar-abbas")!;
    expect(off(astrakhan.entries, 24_000)).toBeLessThan(0.2);
    expect(off(bandarAbbas.entries, 6_000)).toBeLessThan(0.3);
    expect(off(astrakhan.sectors.transport!, 8_000)).toBeLessThan(0.3);
    expect(astrakhan.sector).toBe("trade");
  });

  it("of one place of very many entries is estimated from a sample of its links, and stays near the real numbers", async () => {
    const { places, sampledPercent } = await mapPlaces(entryListQuery.parse({ place: "astrakhan", sector: ["trade"] }));
    expect(sampledPercent).toBeGreaterThan(0);
    expect(sampledPercent).toBeLessThan(100);
    expect(off(places.find((p) => p.slug === "astrakhan")!.entries, 24_000)).toBeLessThan(0.2);
    expect(off(places.find((p) => p.slug === "bandar-abbas")!.entries, 6_000)).toBeLessThan(0.3);
    // The seed record's entries in Astrakhan are too few to show in a sample; no other place is drawn.
    expect(places.every((p) => ["astrakhan", "bandar-abbas"].includes(p.slug) || p.entries < 1_000)).toBe(true);
  });

  it("is counted exactly for a narrower view", async () => {
    const { places, sampledPercent } = await mapPlaces(entryListQuery.parse({ q: word, from: "2019-01-01", to: "2019-12-31" }));
    expect(sampledPercent).toBeNull();
    const { total } = await browseEntries(entryListQuery.parse({ q: word, from: "2019-01-01", to: "2019-12-31", place: "astrakhan" }));
    expect(places.find((p) => p.slug === "astrakhan")?.entries).toBe(total);
  });
});

describe("the page of a place of very many entries", () => {
  it("estimates its years and actors from a sample, counts its entries exactly, and lists the latest", async () => {
    const place = (await getPlace("astrakhan"))!;
    expect(place.sampledPercent).toBeGreaterThan(0);
    expect(place.sampledPercent).toBeLessThan(100);
    const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "EntryPlace" l JOIN "Entry" e ON e."id" = l."entryId" JOIN "Place" p ON p."id" = l."placeId"
      WHERE p."slug" = 'astrakhan' AND e."state" = 'published' AND e."deletedAt" IS NULL`;
    // The total is the place's rollup: exact, whatever the sample.
    expect(place.totalIsEstimate).toBe(false);
    expect(place.entryTotal).toBe(Number(n));
    expect(off(place.years.reduce((sum, y) => sum + y.count, 0), Number(n))).toBeLessThan(0.2);
    // The latest 50, newest first, as browse lists the place's entries.
    const { data } = await browseEntries(entryListQuery.parse({ place: "astrakhan", pageSize: "50", sort: "newest" }));
    expect(place.entries).toHaveLength(50);
    expect(place.entries.map((e) => e.slug)).toEqual(data.map((e) => e.slug));
  });

  it("samples a place of fewer entries than a search would need, since its sample reads only links", async () => {
    // Bandar Abbas: 6,000 entries, under the threshold of 10,000 for a search but past a quarter of it.
    const place = (await getPlace("bandar-abbas"))!;
    expect(place.sampledPercent).toBeGreaterThan(0);
    expect(place.totalIsEstimate).toBe(false);
    expect(place.entryTotal).toBe(6_000);
    expect(off(place.years.reduce((sum, y) => sum + y.count, 0), 6_000)).toBeLessThan(0.2);
  });

  it("counts a place of few entries exactly", async () => {
    const place = (await getPlace("tehran"))!;
    expect(place.sampledPercent).toBeNull();
    expect(place.totalIsEstimate).toBe(false);
    expect(place.years.reduce((sum, y) => sum + y.count, 0)).toBe(place.entryTotal);
  });
});

describe("the browse of an actor of very many entries", () => {
  it("walks the newest entries, the actor's statements included, and pages on without a gap", async () => {
    // Sergei Tsivilev in every second synthetic entry (12,000), and as the speaker (no other link)
    // of one statement dated after all of them.
    await prisma.$executeRaw`
      INSERT INTO "EntryActor" ("entryId", "actorId", "role", "updatedAt")
      SELECT e."id", a."id", 'party', now() FROM "Entry" e, "Actor" a
      WHERE e."id" LIKE 'broad-%' AND substr(e."id", 7)::int % 2 = 0 AND a."slug" = 'sergei-tsivilev'`;
    await prisma.$executeRaw`
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "speakerId", "quote", "updatedAt")
      SELECT 'broad-statement', 'broad-actor-statement', 'statement', 'Minister on caviar', 'A statement with no other link to its speaker.',
        date '2030-01-01', date '2030-01-01', 'day', ARRAY['trade']::"Sector"[], a."id", 'We will ship more.', now()
      FROM "Actor" a WHERE a."slug" = 'sergei-tsivilev'`;
    await prisma.$executeRaw`ANALYZE "Entry"`;
    const query = entryListQuery.parse({ actor: "Tsivilyov", sort: "newest", pageSize: "20" });
    // This view has so many entries that its page walks the date index (lib/entries/page.ts).
    expect((await pageStrategy(query, await prepareFilters(query))).walk).toBe(true);

    const first = await browseEntries(query);
    expect(first.data[0].slug).toBe("broad-actor-statement");
    const second = await browseEntries(entryListQuery.parse({ actor: "Tsivilyov", sort: "newest", pageSize: "20", cursor: first.nextCursor! }));
    const listed = [...first.data, ...second.data];
    expect(new Set(listed.map((e) => e.id)).size).toBe(40);
    for (const entry of listed) {
      expect(entry.speaker?.slug === "sergei-tsivilev" || entry.actors.some((a) => a.slug === "sergei-tsivilev")).toBe(true);
    }
    const days = listed.map((e) => e.date.start!);
    expect(days).toEqual([...days].sort().reverse());
    // Nothing is left out: every entry of the actor after the 40th's day is among the 40.
    const [{ newer }] = await prisma.$queryRaw<{ newer: bigint }[]>`
      SELECT count(*) AS newer FROM "Entry" e JOIN "EntryActor" ea ON ea."entryId" = e."id" JOIN "Actor" a ON a."id" = ea."actorId"
      WHERE a."slug" = 'sergei-tsivilev' AND e."state" = 'published' AND e."deletedAt" IS NULL AND e."dateStart" > ${days[39]}::date`;
    expect(listed.filter((e) => e.date.start! > days[39]).length).toBe(Number(newer) + 1); // + the statement

    // Astrakhan's page now names Tsivilev first, with about half its 24,000 entries, from its sample;
    // his count in browse is exact: the actor's rollup.
    const astrakhan = (await getPlace("astrakhan"))!;
    expect(astrakhan.sampledPercent).toBeGreaterThan(0);
    expect(astrakhan.actors[0].slug).toBe("sergei-tsivilev");
    expect(off(astrakhan.actors[0].count, 12_000)).toBeLessThan(0.2);
    const [{ entries }] = await prisma.$queryRaw<{ entries: bigint }[]>`
      SELECT count(*) AS entries FROM (
        SELECT ea."entryId" AS id FROM "EntryActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE a."slug" = 'sergei-tsivilev'
        UNION
        SELECT e."id" FROM "Entry" e JOIN "Actor" a ON a."id" = e."speakerId" WHERE a."slug" = 'sergei-tsivilev'
      ) m JOIN "Entry" e ON e."id" = m."id" WHERE e."state" = 'published' AND e."deletedAt" IS NULL`;
    expect(first.total).toBe(Number(entries));

    // Tsivilev's own page: his latest 50 as browse lists them, his exact total, and his companions
    // from a sample of his entries. Pezeshkian shares every fourth synthetic entry (6,000) with him.
    await prisma.$executeRaw`
      INSERT INTO "EntryActor" ("entryId", "actorId", "role", "updatedAt")
      SELECT e."id", a."id", 'host', now() FROM "Entry" e, "Actor" a
      WHERE e."id" ~ '^broad-[0-9]+$' AND substr(e."id", 7)::int % 4 = 0 AND a."slug" = 'masoud-pezeshkian'`;
    const tsivilev = (await getActor("sergei-tsivilev"))!;
    expect(tsivilev.entryTotal).toBe(Number(entries));
    expect(tsivilev.totalIsEstimate).toBe(false);
    const latest = await browseEntries(entryListQuery.parse({ actor: "sergei-tsivilev", sort: "newest", pageSize: "50" }));
    expect(tsivilev.entries.map((e) => e.slug)).toEqual(latest.data.map((e) => e.slug));
    expect(tsivilev.entries[0].roles).toEqual(["speaker"]);
    expect(tsivilev.companionsSampled).toBe(true);
    expect(tsivilev.companions[0].slug).toBe("masoud-pezeshkian");
    expect(off(tsivilev.companions[0].count, 6_000)).toBeLessThan(0.2);
    expect(first.totalIsEstimate).toBe(false);
  });
});
