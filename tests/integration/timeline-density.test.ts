// The timeline draws each entry while a view holds up to TIMELINE_LIMIT dated ones; past that it
// counts them per month (or year) and sector, and each count is what browse lists for its link.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { browseEntries } from "@/lib/entries/browse";
import { entryListQuery } from "@/lib/entries/schemas";
import { periodWindow } from "@/lib/entries/timeline-density";
import { TIMELINE_LIMIT, timelineEntries } from "@/lib/entries/timeline";
import { seedDatabase } from "@/prisma/seed/load";

beforeAll(async () => {
  await seedDatabase(prisma);
  // 400 published energy events in 2021–2022: day-, month- and year-precise, a few with trade too.
  await prisma.$executeRaw`
    INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "updatedAt")
    SELECT 'density-' || i, 'density-entry-' || i, 'event', 'Density check ' || i, 'A synthetic entry for the timeline.',
      CASE WHEN i % 10 = 0 THEN date '2021-01-01' ELSE date '2021-01-01' + (i * 7 % 700) END,
      CASE WHEN i % 10 = 0 THEN date '2021-12-31' ELSE date '2021-01-01' + (i * 7 % 700) END,
      (CASE WHEN i % 10 = 0 THEN 'year' ELSE 'day' END)::"DatePrecision",
      CASE WHEN i % 4 = 0 THEN ARRAY['energy', 'trade']::"Sector"[] ELSE ARRAY['energy']::"Sector"[] END,
      now()
    FROM generate_series(1, 400) AS i`;
});

describe("the timeline", () => {
  it("draws each entry of a view within the limit", async () => {
    const timeline = await timelineEntries(entryListQuery.parse({ sector: "nuclear" }));
    expect(timeline.dated).toBeLessThanOrEqual(TIMELINE_LIMIT);
    expect(timeline.density).toBeNull();
    expect(timeline.items.length).toBe(timeline.dated);
  });

  for (const [name, params] of [
    ["from the rollup", { sector: "energy", from: "2021-01-01", to: "2022-12-31" }],
    ["counted on the entries (a search)", { sector: "energy", q: "density", from: "2021-01-01", to: "2022-12-31" }],
  ] as const) {
    it(`counts per month and sector past the limit, each cell what browse lists: ${name}`, async () => {
      const query = entryListQuery.parse(params);
      const timeline = await timelineEntries(query);
      expect(timeline.dated).toBeGreaterThan(TIMELINE_LIMIT);
      expect(timeline.items).toEqual([]);
      const density = timeline.density!;
      expect(density.grain).toBe("month");
      expect(density.sectors).toEqual(["energy"]);
      expect(density.periods.length).toBeGreaterThanOrEqual(12);
      // Spot-check cells against browse with the cell's own link parameters.
      for (const cell of density.cells.filter((_, i) => i % 5 === 0)) {
        const window = periodWindow(cell.period, density.grain, query);
        const { total } = await browseEntries(entryListQuery.parse({ ...params, sector: cell.sector, ...window }));
        expect(cell.count, `${cell.sector} ${window.from}`).toBe(total);
      }
    });
  }

  it("counts per year when the view spans many years", async () => {
    const timeline = await timelineEntries(entryListQuery.parse({}));
    if (timeline.density) {
      expect(timeline.density.grain).toBe("year");
      expect(timeline.density.sectors.length).toBe(8);
    }
  });
});

describe("the timeline of a broad search", () => {
  // 24,000 published trade entries with a word nothing else uses, spread over 2015–2024. With the
  // sampling threshold lowered to 10,000, the search is drawn from a sample of the table's blocks.
  const word = "sturgeonroe";
  beforeAll(async () => {
    await prisma.$executeRaw`
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "updatedAt")
      SELECT 'broad-' || i, 'broad-entry-' || i, 'event', 'Caviar shipment ' || i, 'A synthetic ' || ${word} || ' entry for the sampled timeline.',
        CASE WHEN i % 20 = 0 THEN NULL ELSE date '2015-01-01' + (i * 13 % 3650) END,
        CASE WHEN i % 20 = 0 THEN NULL ELSE date '2015-01-01' + (i * 13 % 3650) END,
        (CASE WHEN i % 20 = 0 THEN 'unknown' ELSE 'day' END)::"DatePrecision",
        CASE WHEN i % 3 = 0 THEN ARRAY['trade', 'transport']::"Sector"[] ELSE ARRAY['trade']::"Sector"[] END,
        now()
      FROM generate_series(1, 24000) AS i`;
    await prisma.$executeRaw`ANALYZE "Entry"`;
    process.env.RECORD_TIMELINE_SAMPLE_FROM = "10000";
  });
  afterAll(() => {
    delete process.env.RECORD_TIMELINE_SAMPLE_FROM;
  });

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
    expect(Math.abs(timeline.dated - Number(dated)) / Number(dated)).toBeLessThan(0.2);
    expect(Math.abs(timeline.undated - Number(undated)) / Number(undated)).toBeLessThan(0.5);
    // Each year's trade cell against the entries browse lists for it.
    const trade = density.cells.filter((c) => c.sector === "trade");
    expect(trade.map((c) => c.period).sort()).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    for (const cell of trade.filter((c) => c.period % 3 === 0)) {
      const window = periodWindow(cell.period, density.grain, query);
      const { total } = await browseEntries(entryListQuery.parse({ q: word, sector: "trade", ...window }));
      expect(Math.abs(cell.count - total) / total, `${cell.period}: ${cell.count} against ${total}`).toBeLessThan(0.35);
    }
  });

  it("is counted exactly once the view is narrow enough", async () => {
    const timeline = await timelineEntries(entryListQuery.parse({ q: word, from: "2019-01-01", to: "2019-12-31" }));
    expect(timeline.estimated).toBe(false);
    expect(timeline.density?.sampledPercent).toBeUndefined();
  });
});
