// How a search by relevance picks its page (lib/entries/page.ts): a narrow search ranks every match
// (a few in one pass; more, a cheap rank picks the best 1,000, which the full rank orders), so its
// best match comes first however old; a broad one ranks the newest 1,000 matches and lists the rest
// after them, newest first.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { browseEntries } from "@/lib/entries/browse";
import { RANK_ALL_MATCHES, RELEVANCE_CANDIDATES } from "@/lib/entries/page";
import { entryListQuery } from "@/lib/entries/schemas";
import { seedDatabase } from "@/prisma/seed/load";

/** `count` entries dated from 2020 on, each naming "ballast" once in its summary. */
async function addPassingMentions(from: number, count: number) {
  await prisma.$executeRaw`
    INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "updatedAt")
    SELECT 'mention-' || i, 'passing-mention-' || i, 'event', 'Port call ' || i, 'A tanker took on ballast at the port.',
      date '2020-01-01' + i % 2000, date '2020-01-01' + i % 2000, 'day', ARRAY['transport']::"Sector"[], now()
    FROM generate_series(${from}::int, ${from + count - 1}::int) AS i`;
}

const bestMatch = "ballast-water-agreement-2001";
const firstSlug = async () =>
  (await browseEntries(entryListQuery.parse({ q: "ballast", pageSize: "20" }))).data[0]?.slug;

beforeAll(async () => {
  await seedDatabase(prisma);
  // The best match: about ballast in its title and throughout its summary, but from 2001.
  await prisma.$executeRaw`
    INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "updatedAt")
    VALUES ('ballast-best', ${bestMatch}, 'agreement', 'Ballast water agreement',
      'Ballast water rules for Caspian tankers: ballast exchange, ballast treatment and ballast records.',
      date '2001-05-01', date '2001-05-01', 'day', ARRAY['transport']::"Sector"[], now())`;
  // Entries that do not match, so that the matches are a share of the record.
  await prisma.$executeRaw`
    INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "updatedAt")
    SELECT 'other-' || i, 'other-entry-' || i, 'event', 'Grain shipment ' || i, 'Wheat went by rail.',
      date '2015-01-01' + i, date '2015-01-01' + i, 'day', ARRAY['trade']::"Sector"[], now()
    FROM generate_series(1, 300) AS i`;
});

/** Every page of "ballast", 100 a page, in order. */
async function everyPage(): Promise<string[]> {
  const seen: string[] = [];
  for (let page = 1; ; page++) {
    const result = await browseEntries(entryListQuery.parse({ q: "ballast", pageSize: "100", page: String(page) }));
    seen.push(...result.data.map((e) => e.slug));
    if (result.data.length < 100) return seen;
  }
}
const ballastMatches = () => prisma.entry.count({ where: { OR: [{ summary: { contains: "ballast" } }, { title: { contains: "allast" } }] } });

/** The best match leads page 1, and paging through gives every match once, none lost between pages. */
async function expectBestFirstAndEveryMatchOnce() {
  expect(await firstSlug()).toBe(bestMatch);
  const seen = await everyPage();
  expect(seen.length).toBe(await ballastMatches());
  expect(new Set(seen).size).toBe(seen.length);
}

describe("a search by relevance", () => {
  it("ranks every match of a narrow search: the best comes first, however old", async () => {
    // Over 1,000 newer matches, but few enough to be ranked in one pass.
    await addPassingMentions(1, RELEVANCE_CANDIDATES + 100);
    expect(await ballastMatches()).toBeLessThanOrEqual(RANK_ALL_MATCHES);
    await expectBestFirstAndEveryMatchOnce();
  });

  it("ranks the best 1,000 of more matches, still few next to the record, and lists the rest after them", async () => {
    // Past RANK_ALL_MATCHES, with enough other entries that the matches stay a small share (see pageStrategy).
    await prisma.$executeRaw`
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "updatedAt")
      SELECT 'filler-' || i, 'rail-freight-' || i, 'event', 'Rail freight ' || i, 'Wagons crossed at the border.',
        date '2016-01-01' + i % 3000, date '2016-01-01' + i % 3000, 'day', ARRAY['trade']::"Sector"[], now()
      FROM generate_series(1, 8000) AS i`;
    await addPassingMentions(RELEVANCE_CANDIDATES + 101, RANK_ALL_MATCHES - RELEVANCE_CANDIDATES + 300);
    expect(await ballastMatches()).toBeGreaterThan(RANK_ALL_MATCHES);
    // Past the 1,000 ranked in full, the rest follow in the first pass's order, none lost at the seam.
    await expectBestFirstAndEveryMatchOnce();
  });

  it("ranks the newest 1,000 matches of a broad search and lists older ones after them", async () => {
    await addPassingMentions(RANK_ALL_MATCHES + 401, 6_000);
    expect(await firstSlug()).not.toBe(bestMatch);
    // Past the candidates, matches follow newest first: the 2001 entry is the last of them.
    const result = await browseEntries(entryListQuery.parse({ q: "ballast", pageSize: "100" }));
    const lastPage = Math.ceil(result.total / 100);
    const last = await browseEntries(entryListQuery.parse({ q: "ballast", pageSize: "100", page: String(lastPage) }));
    expect(result.totalIsEstimate).toBe(false);
    expect(last.data.at(-1)?.slug).toBe(bestMatch);
  });
});
