// Rules a reader or an importer relies on without seeing them: an import that fails half-way leaves
// nothing behind, an export never hands a spreadsheet a formula to run, never leaks deleted or draft
// entries, and dates are ranges of one precision that the date filters read by overlap.
// Each test makes the entries it needs, so the tests do not depend on each other's order.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/entries/export/route";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { entryDateInput } from "@/lib/entries/input";
import { entryListQuery } from "@/lib/entries/schemas";
import { entryPeriodEndSql, entryPeriodSql, prepareFilters, whereClause } from "@/lib/entries/search";
import { CSV_HEADER, type CsvRow } from "@/lib/export/csv-columns";
import { runImport } from "@/lib/import/apply";
import { seedDatabase } from "@/prisma/seed/load";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let editor: TokenUser;
const unique = () => Math.random().toString(36).slice(2, 8);
const csv = (rows: Partial<CsvRow>[]) => stringify([CSV_HEADER, ...rows.map((r) => CSV_HEADER.map((c) => r[c] ?? ""))]);
const download = async (query: string) => (await exportRoute(new NextRequest(`http://localhost/api/v1/entries/export${query}`))).text();

/** A published entry made through the write API, as an editor would. */
async function published(fields: Record<string, unknown>) {
  const source = await prisma.source.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
  const created = await api("POST", "/api/v1/entries", {
    token: editor.token,
    body: { kind: "event", summary: "Details.", date: { start: "2026", end: null }, sectors: ["trade"], places: [], actors: [], citations: [{ sourceId: source.id, quote: null, credibility: null }], agreement: null, statement: null, ...fields },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const { id, version } = created.json.data;
  const done = await api("POST", `/api/v1/entries/${id}/publish`, { token: editor.token, body: { version, reason: "checked" } });
  expect(done.status, JSON.stringify(done.json)).toBe(200);
  return done.json.data as { id: string; slug: string; version: number };
}

beforeAll(async () => {
  await seedDatabase(prisma);
  editor = await tokenUser("editor");
});

describe("an import that fails after rows were written", () => {
  it("leaves nothing behind: no entry, source, revision or audit event", async () => {
    // Revisions are written after the entries, their actors and citations and the new sources: a
    // failure there comes after the import has written rows in its transaction.
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION test_fail_import() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."reason" = 'Imported from failing.csv' THEN RAISE EXCEPTION 'simulated failure mid-import'; END IF;
        RETURN NEW;
      END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER test_fail_import BEFORE INSERT ON "Revision" FOR EACH ROW EXECUTE FUNCTION test_fail_import()`);
    try {
      const rows = Array.from({ length: 3 }, (_, i) => ({
        kind: "event",
        title: `A port call number ${i + 1} ${unique()}`,
        summary: "A ship called.",
        date_start: "2026-03",
        sectors: "transport",
        source_title: `Port report ${i + 1}`,
        source_url: `https://example.org/port/${unique()}`,
      }));
      const count = async () => [await prisma.entry.count(), await prisma.source.count(), await prisma.citation.count(), await prisma.revision.count(), await prisma.auditEvent.count()];
      const before = await count();
      await expect(runImport(editor.caller, { format: "csv", text: csv(rows), fileName: "failing.csv", state: "published" })).rejects.toThrow(/simulated failure/);
      expect(await count()).toEqual(before);
      expect(await prisma.entry.count({ where: { title: { startsWith: "A port call number" } } })).toBe(0);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER test_fail_import ON "Revision"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION test_fail_import()`);
    }
  });
});

describe("the export", () => {
  it("escapes cells a spreadsheet would run as a formula, and an import gives them back", async () => {
    const title = `=HYPERLINK("https://evil.example","click") ${unique()}`;
    const entry = await published({ title, summary: "+1 tariff cut; -5% on grain; @SUM(A1)", places: ["=cmd|' /C calc'!A0"] });
    const rows = parse(await download("?format=csv"), { columns: true, bom: true, relax_column_count: true }) as CsvRow[];
    const row = rows.find((r) => r.id === entry.id)!;
    expect(row.title).toBe(`'${title}`);
    expect(row.summary).toBe("'+1 tariff cut; -5% on grain; @SUM(A1)");
    expect(row.places).toBe("'=cmd|' /C calc'!A0");
    // No cell of the file starts a formula.
    for (const r of rows) for (const [column, cell] of Object.entries(r)) expect(cell, `${r.slug} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("leaves out deleted and draft entries, in CSV and JSON", async () => {
    const gone = await published({ title: `An entry deleted later ${unique()}` });
    const deleted = await api("DELETE", `/api/v1/entries/${gone.id}`, { token: editor.token, body: { version: gone.version, reason: "duplicate" } });
    expect(deleted.status, JSON.stringify(deleted.json)).toBe(200);
    const draft = await api("POST", "/api/v1/entries", {
      token: editor.token,
      body: { kind: "event", title: `A draft never published ${unique()}`, summary: "Not yet.", date: { start: "2026", end: null }, sectors: ["trade"], places: [], actors: [], citations: [{ sourceId: (await prisma.source.findFirstOrThrow()).id, quote: null, credibility: null }], agreement: null, statement: null },
    });
    expect(draft.status).toBe(201);
    const kept = await published({ title: `An entry still on the record ${unique()}` });

    // The last line of a CSV export is its "# end of export" mark, not an entry.
    const csvIds = (parse(await download("?format=csv"), { columns: true, bom: true, relax_column_count: true }) as CsvRow[]).map((r) => r.id).filter((id) => !id.startsWith("#"));
    const jsonIds = (JSON.parse(await download("?format=json")).data as { id: string }[]).map((e) => e.id);
    for (const ids of [csvIds, jsonIds]) {
      expect(ids).toContain(kept.id);
      expect(ids).not.toContain(gone.id);
      expect(ids).not.toContain(draft.json.data.id);
    }
    // Exactly the published entries that are not deleted, each once.
    const onRecord = (await prisma.entry.findMany({ where: { state: "published", deletedAt: null }, select: { id: true } })).map((e) => e.id).sort();
    expect([...csvIds].sort()).toEqual(onRecord);
    expect([...jsonIds].sort()).toEqual(onRecord);
  });
});

describe("dates", () => {
  it("are a range only with both ends of the same precision, the end after the start", () => {
    const ok = (start: string | null, end: string | null) => entryDateInput.safeParse({ start, end }).success;
    expect(ok("2026-03", "2026-05")).toBe(true);
    expect(ok("2026", null)).toBe(true);
    expect(ok(null, null)).toBe(true);
    expect(ok("2026-03", "2026-05-02")).toBe(false); // two precisions
    expect(ok("2026-05", "2026-03")).toBe(false); // ends before it starts
    expect(ok("2026-05", "2026-05")).toBe(false); // not a range
    expect(ok(null, "2026-05")).toBe(false); // an end without a start
    expect(ok("2026-02-30", null)).toBe(false); // not a real day
  });

  it("are found by any date window they overlap, whatever their precision", async () => {
    const range = await published({ title: `Talks held from March to May ${unique()}`, date: { start: "2027-03", end: "2027-05" } });
    const year = await published({ title: `Something during the year ${unique()}`, date: { start: "2028", end: null } });
    const found = async (from: string, to: string) => {
      const { json } = await api("GET", `/api/v1/entries?from=${from}&to=${to}&pageSize=100`);
      return (json.data as { id: string }[]).map((e) => e.id);
    };
    // March–May 2027 covers 1 March to 31 May.
    expect(await found("2027-01-01", "2027-02-28")).not.toContain(range.id);
    expect(await found("2027-02-01", "2027-03-01")).toContain(range.id); // overlaps its first day
    expect(await found("2027-05-31", "2027-07-01")).toContain(range.id); // overlaps its last day
    expect(await found("2027-04-10", "2027-04-11")).toContain(range.id); // inside it
    expect(await found("2027-06-01", "2027-12-31")).not.toContain(range.id);
    // A year-precise fact is in any window of that year, and in none outside it.
    expect(await found("2028-12-31", "2029-01-10")).toContain(year.id);
    expect(await found("2027-12-01", "2027-12-31")).not.toContain(year.id);
  });

  it("are found the same through the period index as by comparing dates", async () => {
    const range = await published({ title: `Talks held from June to August ${unique()}`, date: { start: "2029-06", end: "2029-08" } });
    const windows: [string | undefined, string | undefined][] = [
      ["2029-08-31", undefined], // its last day
      [undefined, "2029-06-01"], // its first day
      ["2029-07-10", "2029-07-11"], // inside it
      ["2029-09-01", undefined], // after it
      [undefined, "2029-05-31"], // before it
      ["2026-02-01", "2026-02-28"],
      ["2025-01-01", "2026-12-31"],
      ["2029-06-01", undefined], // its first day, open at the end
      ["2028-01-01", undefined], // before it, open at the end
    ];
    for (const [from, to] of windows) {
      const prepared = await prepareFilters(entryListQuery.parse({ from, to }));
      const where = whereClause(prepared);
      const window = Prisma.sql`e."state" = 'published' AND e."deletedAt" IS NULL AND ${entryPeriodSql} && daterange(${from ?? null}::date, ${to ?? null}::date, '[]')`;
      // Only the index can find the range condition's rows once plain scans are off.
      const [, plan, byIndex] = await prisma.$transaction([
        prisma.$executeRaw`SET LOCAL enable_seqscan = off`,
        prisma.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN SELECT e."id" FROM "Entry" e WHERE ${window}`),
        prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT e."id" FROM "Entry" e WHERE ${window} ORDER BY 1`),
      ]);
      expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Entry_visible_period_idx");
      // A window open at its end can be read through the index of the last day an entry may cover
      // (in its order, with sorting off, nothing else can give it): the query's expression and the
      // migration's are the same.
      if (from && !to) {
        const [, , openPlan] = await prisma.$transaction([
          prisma.$executeRaw`SET LOCAL enable_seqscan = off`,
          prisma.$executeRaw`SET LOCAL enable_sort = off`,
          prisma.$queryRaw<{ "QUERY PLAN": string }[]>(
            Prisma.sql`EXPLAIN SELECT e."id" FROM "Entry" e WHERE ${where} ORDER BY ${entryPeriodEndSql} LIMIT 5`,
          ),
        ]);
        expect(openPlan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Entry_visible_period_end_idx");
      }
      const compared = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT e."id" FROM "Entry" e WHERE ${where} ORDER BY 1`);
      expect(byIndex.map((r) => r.id), JSON.stringify({ from, to })).toEqual(compared.map((r) => r.id));
      const within = (!from || from <= "2029-08-31") && (!to || to >= "2029-06-01");
      expect(byIndex.some((r) => r.id === range.id), JSON.stringify({ from, to })).toBe(within);
    }
  });
});
