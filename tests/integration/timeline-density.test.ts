// The timeline draws each entry while a view holds up to TIMELINE_LIMIT dated ones; past that it
// counts them per month (or year) and sector, and each count is what browse lists for its link.
import { beforeAll, describe, expect, it } from "vitest";
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

  for (const [name, params] of [
    ["everything", {}],
    ["whole years", { from: "2015-01-01", to: "2024-12-31" }],
    ["whole years of one sector", { sector: "energy", from: "2010-01-01", to: "2022-12-31" }],
    ["months that cut years", { from: "2015-03-01", to: "2024-08-31" }],
  ] as const) {
    it(`counts per year when the view spans many years, each cell what browse lists: ${name}`, async () => {
      const query = entryListQuery.parse(params);
      const timeline = await timelineEntries(query);
      const density = timeline.density!;
      expect(density.grain).toBe("year");
      expect(density.sectors.length).toBe(query.sector?.length ?? 8);
      expect(density.cells.length).toBeGreaterThan(1);
      // Every cell, and the years between with no entry of a sector, against browse.
      for (const cell of density.cells) {
        const window = periodWindow(cell.period, density.grain, query);
        const { total } = await browseEntries(entryListQuery.parse({ ...params, sector: cell.sector, ...window }));
        expect(cell.count, `${cell.sector} ${window.from}`).toBe(total);
      }
      const cells = density.cells.reduce((n, c) => n + c.count, 0);
      expect(cells).toBeGreaterThanOrEqual(timeline.dated);
    });
  }

  it("says how many undated entries it cannot place, for every kind of view", async () => {
    // One withdrawn and one draft undated entry, which readers never see.
    await prisma.$executeRaw`
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "datePrecision", "sectors", "state", "deletedAt", "updatedAt")
      VALUES ('undated-gone', 'undated-gone', 'event', 'Withdrawn undated', 'Gone.', 'unknown', '{energy}', 'published', now(), now()),
             ('undated-draft', 'undated-draft', 'event', 'Draft undated', 'Draft.', 'unknown', '{energy}', 'draft', NULL, now())`;
    const views = [{}, { sector: "energy" }, { kind: "agreement" }, { sector: "energy", q: "density" }] as const;
    for (const params of views) {
      const query = entryListQuery.parse(params);
      const prepared = query.sector?.[0] ?? null;
      const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "Entry" WHERE "state" = 'published' AND "deletedAt" IS NULL AND "dateStart" IS NULL
          AND (${prepared}::text IS NULL OR ${prepared}::text = ANY("sectors"::text[]))
          AND (${query.kind ?? null}::text IS NULL OR "kind"::text = ${query.kind ?? null}::text)
          AND (${query.q ?? null}::text IS NULL OR "title" ILIKE '%' || ${query.q ?? null}::text || '%')`;
      if (Object.keys(params).length === 0) expect(Number(n)).toBeGreaterThan(0);
      const timeline = await timelineEntries(query);
      expect(timeline.undated, JSON.stringify(params)).toBe(Number(n));
    }
  });
});
