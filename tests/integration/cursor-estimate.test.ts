// The read API's keyset cursor and its capped, labelled totals, against the initial record.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { browseEntries } from "@/lib/entries/browse";
import { listEntries } from "@/lib/entries/queries";
import { entryListQuery } from "@/lib/entries/schemas";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { getEntries } from "../support/api";

beforeAll(async () => {
  await seedDatabase(prisma);
});

/** Every page of a view, following nextCursor from the first. */
async function walk(params: string, pageSize: number) {
  const slugs: string[] = [];
  let query = `?pageSize=${pageSize}${params}`;
  for (let pages = 0; pages < 1000; pages++) {
    const { status, body } = await getEntries(query);
    expect(status, JSON.stringify(body.error)).toBe(200);
    slugs.push(...body.data.map((e) => e.slug));
    if (!body.nextCursor) return slugs;
    query = `?pageSize=${pageSize}${params}&cursor=${body.nextCursor}`;
  }
  throw new Error("the cursor never ended");
}

describe("GET /api/v1/entries with cursor", () => {
  for (const [name, params] of [
    ["newest first", ""],
    ["oldest first", "&sort=oldest"],
    ["newest first in a sector", "&sector=energy"],
    ["best match first", "&q=Iran"],
  ] as const) {
    it(`returns every entry exactly once, in order: ${name}`, async () => {
      const all = await getEntries(`?pageSize=100${params}`);
      expect(all.body.total).toBeLessThanOrEqual(100);
      const expected = all.body.data.map((e) => e.slug);
      expect(expected.length).toBeGreaterThan(3);
      // Page sizes that split ties of the same date across pages, and undated entries at the end.
      for (const size of [1, 3, 7]) expect(await walk(params, size), `pageSize ${size}`).toEqual(expected);
    });
  }

  it("refuses a cursor it did not give, or one from another order, saying what to do", async () => {
    const bad = await getEntries("?cursor=bm90LWEtY3Vyc29y");
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/cursor: .*nextCursor/);
    const { body } = await getEntries("?pageSize=2");
    const other = await getEntries(`?pageSize=2&sort=oldest&cursor=${body.nextCursor}`);
    expect(other.status).toBe(400);
    expect(other.body.error?.message).toMatch(/sort=newest/);
  });
});

describe("pages by number deep in a view, read from its nearer end", () => {
  afterEach(() => {
    delete process.env.RECORD_DEEP_PAGE;
  });

  for (const [name, params] of [
    ["newest first", ""],
    ["oldest first", "&sort=oldest"],
    ["in a sector", "&sector=energy"],
    ["of an actor", "&actor=Iran"],
    ["in a date window that cuts months", "&from=2024-01-15&to=2025-06-10"],
  ] as const) {
    it(`show the same entries as the whole list, page after page: ${name}`, async () => {
      const all = await getEntries(`?pageSize=100${params}`);
      expect(all.body.totalIsEstimate).toBe(false);
      const expected = all.body.data.map((e) => e.slug);
      expect(expected.length).toBeGreaterThan(3);
      // Every page past the first counts as deep: those past the middle are read from the end.
      process.env.RECORD_DEEP_PAGE = "1";
      for (const size of [1, 3, 7]) {
        // One page past the end too: it is empty.
        for (let page = 1; page <= Math.ceil(expected.length / size) + 1; page++) {
          const { status, body } = await getEntries(`?pageSize=${size}&page=${page}${params}`);
          expect(status, JSON.stringify(body.error)).toBe(200);
          expect(body.data.map((e) => e.slug), `pageSize ${size}, page ${page}`).toEqual(expected.slice((page - 1) * size, page * size));
        }
      }
    });
  }
});

describe("totals past the count cap", () => {
  afterEach(() => {
    delete process.env.RECORD_COUNT_CAP;
  });

  it("are exact below the cap and labelled estimates above it", async () => {
    const exact = await getEntries("?q=Iran&pageSize=5");
    expect(exact.body.totalIsEstimate).toBe(false);
    expect(exact.body.total).toBeGreaterThan(3);
    process.env.RECORD_COUNT_CAP = "3";
    const capped = await getEntries("?q=Iran&pageSize=5");
    expect(capped.body.totalIsEstimate).toBe(true);
    expect(capped.body.total).toBeGreaterThan(3);
    expect(capped.body.data.map((e) => e.slug)).toEqual(exact.body.data.map((e) => e.slug));
    // Filters the rollup answers stay exact whatever the cap.
    const sector = await getEntries("?sector=energy&pageSize=5");
    expect(sector.body.totalIsEstimate).toBe(false);
    expect(sector.body.total).toBe(await prisma.entry.count({ where: { state: "published", deletedAt: null, sectors: { has: "energy" } } }));
  });

  it("on the browse page: exact with exact facets under the cap, labelled estimates with approximate facets past it", async () => {
    const view = () => browseEntries(entryListQuery.parse({ q: "Iran" }));
    const exact = await view();
    expect(exact.totalIsEstimate).toBe(false);
    expect(exact.facets.approximate).toBeFalsy();
    // A cap just above the view's size keeps it exact, though a glimpse of the table may run first.
    process.env.RECORD_COUNT_CAP = String(exact.total);
    expect(await view()).toMatchObject({ total: exact.total, totalIsEstimate: false });
    process.env.RECORD_COUNT_CAP = "2";
    const estimated = await view();
    expect(estimated.totalIsEstimate).toBe(true);
    expect(estimated.total).toBeGreaterThan(2);
    expect(estimated.facets.approximate).toBe(true);
    expect(estimated.data.map((e) => e.slug)).toEqual(exact.data.map((e) => e.slug));
  });

  it("on the browse page: a search past the cap, narrowed by a sector under it, has an exact total and approximate facets", async () => {
    const search = await browseEntries(entryListQuery.parse({ q: "Iran" }));
    // The sector with the most of the search's entries while still fewer than all of them.
    const [sector, narrowed] = Object.entries(search.facets.sector)
      .filter(([, n]) => n > 0 && n < search.total)
      .sort((a, b) => b[1] - a[1])[0];
    process.env.RECORD_COUNT_CAP = String(narrowed);
    const view = await browseEntries(entryListQuery.parse({ q: "Iran", sector }));
    expect(view).toMatchObject({ total: narrowed, totalIsEstimate: false });
    expect(view.facets.approximate).toBe(true);
    const listed = await listEntries(entryListQuery.parse({ q: "Iran", sector, pageSize: "100" }));
    expect(listed).toMatchObject({ total: narrowed, totalIsEstimate: false });
    expect(listed.data).toHaveLength(Math.min(narrowed, 100));
  });
});
