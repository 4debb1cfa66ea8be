// Export of a browse view as CSV or JSON: the same filters as the list, every matching entry.
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/entries/export/route";
import pg from "pg";
import { prisma } from "@/lib/db/client";
import { databaseUrl } from "@/lib/env";
import { EXPORT_SLOTS } from "@/lib/export/copy-view";
import { readRecord, seedDatabase } from "@/prisma/seed/load";

const record = readRecord();

async function download(query: string) {
  const response = await exportRoute(new NextRequest(`http://localhost/api/v1/entries/export${query}`));
  return { response, text: await response.text() };
}

/** The rows of a CSV export, after checking it ends with its end marker (lib/export/end-marker.ts). */
const csvRows = (text: string) => {
  const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
  const marker = rows.pop();
  expect(marker?.id).toBe(`# end of export: ${rows.length} ${rows.length === 1 ? "entry" : "entries"}`);
  return rows;
};

beforeAll(async () => {
  await seedDatabase(prisma);
});

describe("GET /api/v1/entries/export", () => {
  it("downloads the whole record as CSV, one row per entry, beyond the list's page size", async () => {
    const { response, text } = await download("?format=csv&pageSize=5");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.csv"/);
    const rows = csvRows(text);
    expect(rows).toHaveLength(record.entries.length);
    const visit = rows.find((r) => r.slug === "tsivilev-visit-to-tehran-2026")!;
    expect(visit.kind).toBe("event");
    expect(visit.date_start).toBe("2026-02-18");
    expect(visit.sectors.split(";").map((s) => s.trim())).toContain("energy");
    expect(visit.actors).toContain("Sergei Tsivilev (");
    expect(visit.source_ids).not.toBe("");
    const treaty = rows.find((r) => r.slug === "russia-iran-20-year-strategic-partnership-treaty")!;
    expect(treaty.date_start).toBe("2025-01"); // known to the month: exported as the month
    expect(treaty.status).toBe("signed");
  });

  it("applies the list's filters: sector, kind, actor in any spelling, dates and search", async () => {
    const nuclear = csvRows((await download("?format=csv&sector=nuclear")).text);
    expect(nuclear.map((r) => r.slug).sort()).toEqual(
      record.entries.filter((e) => e.sectors.includes("nuclear")).map((e) => e.slug).sort(),
    );

    const agreements = JSON.parse((await download("?format=json&kind=agreement")).text);
    expect(agreements.data).toHaveLength(record.entries.filter((e) => e.kind === "agreement").length);
    expect(agreements.data.every((e: { kind: string }) => e.kind === "agreement")).toBe(true);

    const tsivilev = csvRows((await download("?format=csv&actor=Tsiviliov")).text);
    expect(tsivilev.map((r) => r.slug)).toContain("tsivilev-visit-to-tehran-2026");
    expect(tsivilev.length).toBeLessThan(record.entries.length);

    // 18 Feb 2026: the visit that day, and the helicopter delivery known only as "Feb 2026", newest first as listed.
    const feb18 = csvRows((await download("?format=csv&from=2026-02-18&to=2026-02-18&kind=event")).text);
    expect(feb18.map((r) => r.slug)).toEqual(["tsivilev-visit-to-tehran-2026", "russian-mi-28ne-helicopter-delivered-to-iran"]);

    // The list's own sort and agreement-status filter.
    const oldest = csvRows((await download("?format=csv&sort=oldest")).text);
    expect(oldest[0].slug).toBe("bushehr-nuclear-power-plant-operational"); // 2013, the earliest dated fact
    const signed = JSON.parse((await download("?format=json&kind=agreement&status=signed")).text);
    expect(signed.data.map((e: { slug: string }) => e.slug)).toContain("russia-iran-20-year-strategic-partnership-treaty");
    expect(signed.data.every((e: { status: string }) => e.status === "signed")).toBe(true);

    const search = JSON.parse((await download("?format=json&q=pipeline%20Azerbaijan")).text);
    expect(search.data.map((e: { slug: string }) => e.slug)).toContain("russia-iran-gas-pipeline-via-azerbaijan");
  });

  it("gives JSON records with agreement steps, statement details and links", async () => {
    const { response, text } = await download("?format=json");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const { data } = JSON.parse(text);
    expect(data).toHaveLength(record.entries.length);
    const treaty = data.find((e: { slug: string }) => e.slug === "russia-iran-20-year-strategic-partnership-treaty");
    const seedTreaty = record.entries.find((e) => e.slug === treaty.slug)!;
    expect(treaty.steps).toHaveLength(seedTreaty.agreement!.steps.length);
    expect(treaty.durationYears).toBe(seedTreaty.agreement!.durationYears);
    const austin = data.find((e: { slug: string }) => e.slug === "austin-russia-iran-military-cooperation-claim");
    expect(austin.speaker.name).toBe("Lloyd Austin");
    expect(austin.quote).toBeTruthy();
  });

  it("leaves out drafts and deleted entries, as the list does", async () => {
    const entry = await prisma.entry.findUniqueOrThrow({ where: { slug: "tsivilev-visit-to-tehran-2026" } });
    await prisma.entry.update({ where: { id: entry.id }, data: { state: "draft" } });
    const rows = csvRows((await download("?format=csv")).text);
    expect(rows.map((r) => r.slug)).not.toContain(entry.slug);
    expect(rows).toHaveLength(record.entries.length - 1);
    await prisma.entry.update({ where: { id: entry.id }, data: { state: "published" } });
  });

  it("answers bad parameters with 400 before starting the download", async () => {
    for (const query of ["?format=xlsx", "?sector=space", "?from=2026-02-30", "?colour=blue"]) {
      const { response, text } = await download(query);
      expect(response.status, query).toBe(400);
      expect(JSON.parse(text).error.message, query).toBeTruthy();
    }
  });

  it("gives an empty export, with its header, when nothing matches", async () => {
    const { text } = await download("?format=csv&from=2030-01-01");
    expect(csvRows(text)).toEqual([]);
    expect(text).toContain("id,version,slug,kind,title");
    expect(JSON.parse((await download("?format=json&from=2030-01-01")).text)).toEqual({ data: [], complete: true, count: 0 });
  });

  it("ends every export with a marker that a file cut short lacks, and the import refuses a file whose marker disagrees with its rows", async () => {
    const { parseCsv, ImportFileError } = await import("@/lib/import/csv");
    const { parseJson } = await import("@/lib/import/json");
    const csv = (await download("?format=csv")).text;
    const lines = csv.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(new RegExp(`^# end of export: ${record.entries.length} entries,+$`));
    expect(parseCsv(csv).invalid).toEqual([]);
    // A row lost from the middle (a file put together from a broken download) is caught.
    // (Whole records, not lines: a cell may hold a line break.)
    const { parse } = await import("csv-parse/sync");
    const { stringify } = await import("csv-stringify/sync");
    const records: string[][] = parse(csv);
    const short = stringify([...records.slice(0, 1), ...records.slice(2)]);
    expect(() => parseCsv(short)).toThrow(ImportFileError);
    expect(() => parseCsv(short)).toThrow(/says the export held \d+ entries, but the file has \d+ rows/);
    const json = JSON.parse((await download("?format=json")).text);
    expect(json).toMatchObject({ complete: true, count: record.entries.length });
    expect(() => parseJson(JSON.stringify({ ...json, data: json.data.slice(1) }))).toThrow(/download the export again/);
  });

  it("gives each JSON record exactly as the record reads it (loadRecords), odd text and all, in the list's order", async () => {
    // Text JSON must escape: quotes, backslashes, line breaks, tabs, a control character, and three scripts.
    const entry = await prisma.entry.findUniqueOrThrow({ where: { slug: "tsivilev-visit-to-tehran-2026" } });
    const odd = 'A "quoted" \\ back\\slash,\nnew line\ttab \u0001 — Тегеран تهران';
    await prisma.entry.update({ where: { id: entry.id }, data: { summary: odd } });
    // An actor's role and a citation's quote and credibility are written per link; a source's
    // grading once per source. Odd text and missing values in each.
    await prisma.entryActor.updateMany({ where: { entryId: entry.id }, data: { role: odd } });
    const citation = await prisma.citation.findFirstOrThrow({ where: { entryId: entry.id } });
    await prisma.citation.update({ where: { id: citation.id }, data: { quote: odd, credibility: null } });
    await prisma.source.update({ where: { id: citation.sourceId }, data: { reliability: null, publisher: odd } });
    const { loadRecords } = await import("@/lib/export/records");
    for (const query of ["?format=json", "?format=json&sort=oldest", "?format=json&kind=statement", "?format=json&kind=agreement"]) {
      const { data } = JSON.parse((await download(query)).text);
      expect(data.length, query).toBeGreaterThan(0);
      expect(data, query).toEqual(await loadRecords(prisma, data.map((e: { id: string }) => e.id)));
    }
    const { data } = JSON.parse((await download("?format=json")).text);
    const written = data.find((e: { id: string }) => e.id === entry.id);
    expect(written.summary).toBe(odd);
    expect(written.actors.map((a: { role: string }) => a.role)).toContain(odd);
    expect(written.sources).toContainEqual(expect.objectContaining({ quote: odd, credibility: null, reliability: null, publisher: odd }));
    // Newest first, as the list shows them.
    const starts = data.map((e: { date: { start: string | null } }) => e.date.start).filter(Boolean);
    expect(starts.slice(0, 5).join() >= starts.slice(-5).join()).toBe(true);
  });
});

describe("exports running at once", () => {
  it("serves a few at a time across every instance, says when to come back, and serves again once one ends", async () => {
    // Other instances' exports, each holding a slot (a session advisory lock) on a connection of its own.
    const others = await Promise.all(
      Array.from({ length: EXPORT_SLOTS }, async (_, slot) => {
        const client = new pg.Client({ connectionString: databaseUrl() });
        await client.connect();
        await client.query("SELECT pg_advisory_lock($1::int, $2::int)", [0x45585054, slot]);
        return client;
      }),
    );
    try {
      const refused = await download("?format=csv");
      expect(refused.response.status).toBe(503);
      expect(refused.response.headers.get("retry-after")).toBe("60");
      expect(JSON.parse(refused.text).error.message).toBe(`${EXPORT_SLOTS} exports are being downloaded right now, the most the record serves at once: try again in a minute.`);

      await others.pop()!.end(); // one of them ends
      const served = await download("?format=csv");
      expect(served.response.status).toBe(200);
      expect(csvRows(served.text)).toHaveLength(record.entries.length);
      // Its slot is free again once the download is over.
      expect((await download("?format=json")).response.status).toBe(200);
    } finally {
      await Promise.all(others.map((c) => c.end()));
    }
  });
});
