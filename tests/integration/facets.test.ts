// Facet counts and the reader filters (status, source grading, sort) against the initial record,
// in a throwaway database. Expected numbers come from the record file, not from the queries.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { browseEntries } from "@/lib/entries/browse";
import { entryListQuery, SECTORS } from "@/lib/entries/schemas";
import { readRecord, seedDatabase } from "@/prisma/seed/load";
import { getEntries } from "../support/api";

const record = readRecord();
const browse = (params: Record<string, string | string[]>) => browseEntries(entryListQuery.parse({ pageSize: "100", ...params }));
const where = (test: (e: (typeof record.entries)[number]) => boolean) => record.entries.filter(test);

beforeAll(async () => {
  await seedDatabase(prisma);
});

describe("facet counts", () => {
  it("count every sector and kind over the whole record", async () => {
    const { facets, total } = await browse({});
    expect(total).toBe(record.entries.length);
    for (const sector of SECTORS) expect(facets.sector[sector], sector).toBe(where((e) => e.sectors.includes(sector)).length);
    for (const kind of ["event", "agreement", "statement"] as const) expect(facets.kind[kind], kind).toBe(where((e) => e.kind === kind).length);
    expect(facets.status.signed).toBe(where((e) => e.agreement?.status === "signed").length);
    expect(facets.status.negotiating).toBe(where((e) => e.agreement?.status === "negotiating").length);
  });

  it("say what each sector would give alongside the other filters, ignoring the sector filter itself", async () => {
    const { facets, total } = await browse({ kind: "statement", sector: "energy" });
    expect(total).toBe(where((e) => e.kind === "statement" && e.sectors.includes("energy")).length);
    // Ticking diplomacy as well would add the statements in diplomacy.
    expect(facets.sector.diplomacy).toBe(where((e) => e.kind === "statement" && e.sectors.includes("diplomacy")).length);
    expect(facets.sector.energy).toBe(total);
    // Switching kind would give the energy entries of that kind.
    expect(facets.kind.event).toBe(where((e) => e.kind === "event" && e.sectors.includes("energy")).length);
    expect(facets.kind.statement).toBe(total);
  });

  it("follow a search, so the counts describe the matches", async () => {
    const { facets, total, data } = await browse({ q: "Tsivilyov" });
    expect(total).toBeGreaterThan(0);
    const energy = data.filter((e) => e.sectors.includes("energy")).length;
    expect(facets.sector.energy).toBe(energy);
    expect(facets.kind.event + facets.kind.agreement + facets.kind.statement).toBe(total);
  });

  it("leave unpublished and deleted entries out", async () => {
    const before = (await browse({})).facets.kind.agreement;
    const treaty = await prisma.entry.findUniqueOrThrow({ where: { slug: "russia-iran-20-year-strategic-partnership-treaty" } });
    await prisma.entry.update({ where: { id: treaty.id }, data: { state: "draft" } });
    expect((await browse({})).facets.kind.agreement).toBe(before - 1);
    await prisma.entry.update({ where: { id: treaty.id }, data: { state: "published", deletedAt: new Date() } });
    expect((await browse({})).facets.kind.agreement).toBe(before - 1);
    await prisma.entry.update({ where: { id: treaty.id }, data: { deletedAt: null } });
    expect((await browse({})).facets.kind.agreement).toBe(before);
  });
});

describe("search highlights", () => {
  it("mark the words that matched in titles and summaries, including a spelling the reader did not type", async () => {
    const { data, highlights } = await browse({ q: "Tsiviliov" });
    const visit = data.find((e) => e.slug === "tsivilev-visit-to-tehran-2026")!;
    const marked = highlights[visit.id].title.filter((p) => p.match).map((p) => p.text);
    expect(marked).toContain("Tsivilyov");
    expect(highlights[visit.id].title.map((p) => p.text).join("")).toBe(visit.title);
  });
});

describe("GET /api/v1/entries, reader parameters", () => {
  it("filters agreements by status, one or several", async () => {
    const signed = await getEntries("?status=signed");
    expect(signed.status).toBe(200);
    expect(signed.body.data.map((e) => e.slug)).toEqual(where((e) => e.agreement?.status === "signed").map((e) => e.slug));
    const either = await getEntries("?status=signed&status=negotiating");
    expect(either.body.total).toBe(where((e) => ["signed", "negotiating"].includes(e.agreement?.status ?? "")).length);
    expect((await getEntries("?status=rumoured")).status).toBe(400);
  });

  it("sorts oldest first with undated entries still last", async () => {
    const { body } = await getEntries("?sort=oldest&pageSize=100");
    const starts = body.data.map((e) => e.date.start);
    expect(starts[0]).toBe("2013");
    const firstUndated = starts.indexOf(null);
    expect(starts.slice(firstUndated).every((s) => s === null)).toBe(true);
    expect(starts.slice(0, firstUndated)).toEqual([...starts.slice(0, firstUndated)].sort());
  });

  it("sorts a search by date when asked, instead of by relevance", async () => {
    const { body } = await getEntries("?q=Pezeshkian&sort=newest&pageSize=100");
    const dated = body.data.map((e) => e.date.start).filter((s): s is string => s !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect((await getEntries("?sort=random")).status).toBe(400);
  });

  it("filters by source grading once sources are graded", async () => {
    expect((await getEntries("?reliability=B")).body.total).toBe(0);
    const source = await prisma.source.findFirstOrThrow({ where: { title: { contains: "20-year" } } });
    await prisma.source.update({ where: { id: source.id }, data: { reliability: "B" } });
    const citing = await prisma.citation.findMany({ where: { sourceId: source.id }, select: { entryId: true } });
    const { body } = await getEntries("?reliability=B&reliability=A&pageSize=100");
    expect(body.total).toBe(new Set(citing.map((c) => c.entryId)).size);
    expect(body.data.every((e) => e.sources.some((s) => s.reliability === "B"))).toBe(true);
  });
});
