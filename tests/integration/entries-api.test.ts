// The read API against the real initial record, in a throwaway database.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { readRecord, seedDatabase } from "@/prisma/seed/load";
import { getEntries, getEntryById } from "../support/api";

const record = readRecord();
const titles = (body: { data: { title: string }[] }) => body.data.map((e) => e.title);
const slugs = (body: { data: { slug: string }[] }) => body.data.map((e) => e.slug);

beforeAll(async () => {
  await seedDatabase(prisma);
});

describe("GET /api/v1/entries", () => {
  it("lists the record newest first, undated entries last, with the page envelope", async () => {
    const { status, body } = await getEntries("?pageSize=100");
    expect(status).toBe(200);
    expect(body.total).toBe(record.entries.length);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(100);
    const starts = body.data.map((e) => e.date.start);
    expect(starts[0]).toBe("2026-02-18"); // the Tehran visit is the latest dated fact in the seeds
    const firstUndated = starts.indexOf(null);
    expect(starts.slice(firstUndated).every((s) => s === null)).toBe(true);
    expect(starts.slice(0, firstUndated)).toEqual([...starts.slice(0, firstUndated)].sort().reverse());
  });

  it("gives each seed fact its kind, honest date precision, sectors and sources", async () => {
    const { body } = await getEntries("?pageSize=100");
    const bySlug = new Map(body.data.map((e) => [e.slug, e]));

    const visit = bySlug.get("tsivilev-visit-to-tehran-2026")!;
    expect(visit.kind).toBe("event");
    expect(visit.date).toEqual({ start: "2026-02-18", end: null, precision: "day" });
    expect(visit.sectors).toContain("energy");
    expect(visit.actors.map((a) => a.name)).toContain("Sergei Tsivilev");

    const treaty = bySlug.get("russia-iran-20-year-strategic-partnership-treaty")!;
    expect(treaty.kind).toBe("agreement");
    expect(treaty.status).toBe("signed");
    expect(treaty.date.precision).toBe("month"); // the report gives the month, not the day of signing
    expect(treaty.date.start).toBe("2025-01");

    const bushehr = bySlug.get("bushehr-nuclear-power-plant-operational")!;
    expect(bushehr.date).toEqual({ start: "2013", end: null, precision: "year" });
    expect(bushehr.sectors).toContain("nuclear");
    expect(bushehr.sources.length).toBeGreaterThanOrEqual(2); // reported in two seed documents

    const austin = bySlug.get("austin-russia-iran-military-cooperation-claim")!;
    expect(austin.kind).toBe("statement");
    expect(austin.speaker?.name).toBe("Lloyd Austin");
    expect(austin.quote).toBeTruthy();
    expect(austin.date).toEqual({ start: null, end: null, precision: "unknown" });

    for (const entry of body.data) {
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.sources[0].title).toBeTruthy();
    }
  });

  it("filters by kind", async () => {
    for (const kind of ["event", "agreement", "statement"] as const) {
      const { body } = await getEntries(`?kind=${kind}&pageSize=100`);
      expect(body.total).toBe(record.entries.filter((e) => e.kind === kind).length);
      expect(body.data.every((e) => e.kind === kind)).toBe(true);
    }
  });

  it("filters by one sector or any of several", async () => {
    const nuclear = await getEntries("?sector=nuclear&pageSize=100");
    expect(slugs(nuclear.body)).toContain("bushehr-nuclear-power-plant-operational");
    expect(nuclear.body.data.every((e) => e.sectors.includes("nuclear"))).toBe(true);

    const either = await getEntries("?sector=nuclear&sector=finance&pageSize=100");
    expect(slugs(either.body)).toContain("iran-russia-payment-systems-integration");
    expect(either.body.total).toBe(
      record.entries.filter((e) => e.sectors.includes("nuclear") || e.sectors.includes("finance")).length,
    );
  });

  it("filters by a date window, counting a month-precise fact inside any window that overlaps its month", async () => {
    // 18 Feb 2026: the visit that day, and the helicopter delivery known only as "Feb 2026".
    const feb18 = await getEntries("?from=2026-02-18&to=2026-02-18&kind=event");
    expect(slugs(feb18.body)).toEqual(["tsivilev-visit-to-tehran-2026", "russian-mi-28ne-helicopter-delivered-to-iran"]);
    const march = await getEntries("?from=2026-03-01&to=2026-03-31");
    expect(march.body.total).toBe(0);

    const midJanuary = await getEntries("?from=2025-01-20&to=2025-01-20&pageSize=100");
    expect(slugs(midJanuary.body)).toContain("russia-iran-20-year-strategic-partnership-treaty");

    const before2014 = await getEntries("?to=2013-12-31");
    expect(slugs(before2014.body)).toEqual(["bushehr-nuclear-power-plant-operational"]);

    const none = await getEntries("?from=2030-01-01");
    expect(none.body).toMatchObject({ data: [], total: 0 });
  });

  it("filters by an actor in any spelling, and by a close spelling it has never seen", async () => {
    const spellings = ["Tsivilev", "Tsivilyov", "Sergey Tsivilyov", "tsivilev", "Сергей Цивилёв", "Tsiviliov"];
    const expected = record.entries
      .filter((e) => e.actors.some((a) => a.actor === "sergei-tsivilev") || e.statement?.speaker === "sergei-tsivilev")
      .map((e) => e.slug)
      .sort();
    for (const name of spellings) {
      const { body } = await getEntries(`?actor=${encodeURIComponent(name)}&pageSize=100`);
      expect(slugs(body).sort(), name).toEqual(expected);
    }
    const unknown = await getEntries("?actor=Nobody%20Anywhere");
    expect(unknown.body.total).toBe(0);
  });

  it("searches full text, and finds an actor by every recorded spelling of the name", async () => {
    const pipeline = await getEntries("?q=pipeline%20Azerbaijan");
    expect(slugs(pipeline.body)).toContain("russia-iran-gas-pipeline-via-azerbaijan");

    for (const actor of record.actors.filter((a) => a.kind === "person")) {
      for (const spelling of [actor.name, ...actor.aliases]) {
        const { body } = await getEntries(`?q=${encodeURIComponent(spelling)}&pageSize=100`);
        const involving = record.entries.filter(
          (e) => e.actors.some((a) => a.actor === actor.slug) || e.statement?.speaker === actor.slug,
        );
        expect(body.total, `${spelling} finds ${actor.slug}`).toBeGreaterThan(0);
        expect(slugs(body), spelling).toEqual(expect.arrayContaining(involving.map((e) => e.slug)));
      }
    }
  });

  it("tolerates a transliteration one or two letters off", async () => {
    for (const [typed, slug] of [
      ["Tsiviliov", "tsivilev-visit-to-tehran-2026"],
      ["Ryabkow", "ryabkov-warns-us-not-to-strike-iran"],
      ["Pezeshkyan", "pezeshkian-official-visit-to-moscow-2025"],
      ["Abdolahian", "amir-abdollahian-planned-moscow-visit"],
    ]) {
      const { body } = await getEntries(`?q=${typed}&pageSize=100`);
      expect(slugs(body), typed).toContain(slug);
    }
  });

  it("ranks by relevance when there is a query", async () => {
    const { body } = await getEntries("?q=BRICS");
    expect(titles(body)[0]).toMatch(/BRICS/);
  });

  it("pages through the record without repeating or losing an entry", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const { body } = await getEntries(`?pageSize=10&page=${page}`);
      expect(body.total).toBe(record.entries.length);
      seen.push(...slugs(body));
    }
    expect(new Set(seen).size).toBe(record.entries.length);
    const past = await getEntries("?pageSize=10&page=9");
    expect(past.body).toMatchObject({ data: [], total: record.entries.length, page: 9 });
  });

  it("answers bad parameters with 400 and the Zod issues, never 500", async () => {
    for (const query of [
      "?kind=rumour",
      "?sector=space",
      "?from=2026-02-30",
      "?from=yesterday",
      "?to=2026-1-1",
      "?from=2026-03-01&to=2026-02-01",
      "?page=0",
      "?page=abc",
      "?pageSize=101",
      "?colour=blue",
      `?q=${"x".repeat(201)}`,
    ]) {
      const { status, body } = await getEntries(query);
      expect(status, query).toBe(400);
      expect(body.error?.message, query).toBeTruthy();
      expect(body.error?.issues.length, query).toBeGreaterThan(0);
    }
  });

  it("survives search text full of operators", async () => {
    for (const q of ["a & b | !c", "(((", "'\"; DROP TABLE \"Entry\"; --", ":*", "   "]) {
      const { status } = await getEntries(`?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
    }
    expect(await prisma.entry.count()).toBe(record.entries.length);
  });
});

describe("GET /api/v1/entries/{id}", () => {
  it("answers one entry by id or by slug", async () => {
    const { body: list } = await getEntries("?kind=agreement&pageSize=1");
    const { status, body } = await getEntryById(list.data[0].id);
    expect(status).toBe(200);
    expect(body.title).toBe(list.data[0].title);
    const bySlug = await getEntryById(list.data[0].slug);
    expect(bySlug.body.id).toBe(list.data[0].id);
  });

  it("answers every listed entry exactly as the list gives it: places, actors in order, sources with their grades", async () => {
    const citation = await prisma.citation.findFirstOrThrow({ orderBy: { position: "desc" } });
    await prisma.citation.update({ where: { id: citation.id }, data: { credibility: 4, quote: 'said "yes" \\ then\nno' } });
    try {
      const { body: list } = await getEntries("?pageSize=100");
      expect(list.data.length).toBe(record.entries.length);
      // Every shape the list must carry: located places, several actors in order, a speaker, a graded citation.
      expect(list.data.some((e) => e.placeLinks.some((p) => p.latitude !== null))).toBe(true);
      expect(list.data.some((e) => e.actors.length > 1)).toBe(true);
      expect(list.data.some((e) => e.speaker?.name)).toBe(true);
      expect(list.data.flatMap((e) => e.sources).find((s) => s.credibility === 4)?.quote).toBe('said "yes" \\ then\nno');
      for (const listed of list.data) {
        const { status, body } = await getEntryById(listed.id);
        expect(status).toBe(200);
        expect(listed).toEqual(body);
      }
    } finally {
      await prisma.citation.update({ where: { id: citation.id }, data: { credibility: citation.credibility, quote: citation.quote } });
    }
  });

  it("answers 404 for an unknown or unpublished entry", async () => {
    expect((await getEntryById("no-such-entry")).status).toBe(404);
    const entry = await prisma.entry.findFirstOrThrow();
    await prisma.entry.update({ where: { id: entry.id }, data: { state: "draft" } });
    expect((await getEntryById(entry.id)).status).toBe(404);
    await prisma.entry.update({ where: { id: entry.id }, data: { state: "published" } });
  });
});
