// A search inside a date window asks the search index for the window's years too
// (lib/entries/window-years.ts). It must find every entry whose period overlaps the window, whatever
// year its range began in, and none outside it, in every view that reads the one query path.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { browseEntries } from "@/lib/entries/browse";
import { listEntries } from "@/lib/entries/queries";
import { entryListQuery } from "@/lib/entries/schemas";
import { prepareFilters } from "@/lib/entries/search";
import { timelineEntries } from "@/lib/entries/timeline";
import { seedDatabase } from "@/prisma/seed/load";

const word = "kelpfarm";

beforeAll(async () => {
  await seedDatabase(prisma);
  // id, date start, date end, precision, summary
  const rows: [string, string | null, string | null, string, string][] = [
    ["range-2019-2025", "2019-03-01", "2025-06-01", "month", "A six-year programme."],
    ["mentions-2024", "2020-05-04", null, "day", "Planned to open in 2024."],
    ["july-2024", "2024-07-01", null, "day", "Opened."],
    ["since-1960", "1960-01-01", "2026-01-01", "year", "A cooperation of sixty-six years."],
    ["undated", null, null, "unknown", "Date unknown, 2024 in the text."],
    ["may-2024", "2024-05-01", null, "month", "Announced in May."],
  ];
  for (const [id, start, end, precision, summary] of rows) {
    await prisma.$executeRaw`
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "dateEnd", "periodEnd", "datePrecision", "sectors", "updatedAt")
      VALUES (${id}, ${id}, 'event', ${`The ${word} ${id}`}, ${summary}, ${start}::date, ${end}::date,
        CASE ${precision} WHEN 'day' THEN coalesce(${end}::date, ${start}::date)
          WHEN 'month' THEN (date_trunc('month', coalesce(${end}::date, ${start}::date)) + interval '1 month - 1 day')::date
          WHEN 'year' THEN (date_trunc('year', coalesce(${end}::date, ${start}::date)) + interval '1 year - 1 day')::date END,
        ${precision}::"DatePrecision", ARRAY['trade']::"Sector"[], now())`;
  }
});

const found = async (params: Record<string, string>) => {
  const result = await browseEntries(entryListQuery.parse({ q: word, pageSize: "50", ...params }));
  expect(result.total).toBe(result.data.length);
  return result.data.map((e) => e.slug).sort();
};

describe("a search inside a date window", () => {
  it("finds the entries whose period overlaps a window open at its end, however long ago their range began", async () => {
    expect(await found({ from: "2024-06-01" })).toEqual(["july-2024", "range-2019-2025", "since-1960"]);
  });

  it("finds the entries of a closed window and of one open at its start", async () => {
    expect(await found({ from: "2021-01-01", to: "2021-12-31" })).toEqual(["range-2019-2025", "since-1960"]);
    expect(await found({ from: "2024-05-15", to: "2024-05-20" })).toEqual(["may-2024", "range-2019-2025", "since-1960"]);
    expect(await found({ to: "2019-12-31" })).toEqual(["range-2019-2025", "since-1960"]);
  });

  it("asks the index for the window's years only when no entry's range began more than fifty years before it", async () => {
    // The record holds an entry of 1960: a window from 2024 would miss its later years' words.
    expect((await prepareFilters(entryListQuery.parse({ q: word, from: "2024-06-01" }))).windowYears).toBeNull();
    const narrow = await prepareFilters(entryListQuery.parse({ q: word, from: "2006-01-01", to: "2008-12-31" }));
    expect(narrow.windowYears).toBe("2006 | 2007 | 2008");
    expect(await found({ from: "2006-01-01", to: "2008-12-31" })).toEqual(["since-1960"]);
  });

  it("finds the same entries in the list API and the timeline", async () => {
    await prisma.$executeRaw`UPDATE "Entry" SET "deletedAt" = now() WHERE "id" = 'since-1960'`;
    try {
      const query = entryListQuery.parse({ q: word, from: "2024-06-01", pageSize: "50" });
      expect((await prepareFilters(query)).windowYears).not.toBeNull();
      const api = await listEntries(query);
      expect(api.data.map((e) => e.slug).sort()).toEqual(["july-2024", "range-2019-2025"]);
      const timeline = await timelineEntries(query);
      expect(timeline.items.map((e) => e.slug).sort()).toEqual(["july-2024", "range-2019-2025"]);
    } finally {
      await prisma.$executeRaw`UPDATE "Entry" SET "deletedAt" = NULL WHERE "id" = 'since-1960'`;
    }
  });
});
