// The import's dry run: what would be created or updated, what looks like a duplicate, and every
// invalid row with its row number, field and reason, without writing anything.
import { readFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/entries/export/route";
import { prisma } from "@/lib/db/client";
import { CSV_HEADER, type CsvRow } from "@/lib/export/csv-columns";
import { ImportFileError } from "@/lib/import/csv";
import { planFile, planReport, type ImportFormat } from "@/lib/import/dry-run";
import { readRecord, seedDatabase } from "@/prisma/seed/load";

const record = readRecord();

async function dryRun(format: ImportFormat, text: string) {
  return planReport(await planFile(prisma, format, text));
}

function csv(rows: Partial<CsvRow>[]): string {
  return stringify([CSV_HEADER, ...rows.map((r) => CSV_HEADER.map((c) => r[c] ?? ""))]);
}

const newEvent = (overrides: Partial<CsvRow> = {}): Partial<CsvRow> => ({
  kind: "event",
  title: "Russian and Iranian railway officials inspect the Rasht–Astara line",
  summary: "Officials of both railways inspected the unfinished section.",
  date_start: "2026-04",
  sectors: "transport",
  places: "Rasht; Astara",
  actors: "Iran (host); Russia (visitor)",
  source_title: "Railway officials visit Rasht",
  source_publisher: "Example News Agency",
  source_url: "https://example.org/rasht",
  source_published_at: "2026-04-03",
  source_reliability: "c",
  credibility: "3",
  ...overrides,
});

async function exported(format: "csv" | "json") {
  const response = await exportRoute(new NextRequest(`http://localhost/api/v1/entries/export?format=${format}`));
  return response.text();
}

beforeAll(async () => {
  await seedDatabase(prisma);
});

describe("import dry run", () => {
  it("reads the documented example file: three new entries, nothing invalid", async () => {
    const report = await dryRun("csv", readFileSync("docs/import-example.csv", "utf8"));
    expect(report.invalid).toEqual([]);
    expect(report.ready).toBe(true);
    expect(report.summary).toMatchObject({ rows: 3, create: 3, update: 0, duplicates: 0, invalidRows: 0, newSources: 3 });
    expect(report.create.map((c) => c.kind)).toEqual(["event", "agreement", "statement"]);
  });

  it("sorts a mixed file into creations, duplicates and invalid rows, each by its spreadsheet row", async () => {
    const seedTitle = record.entries.find((e) => e.slug === "iran-joins-brics")!.title;
    const report = await dryRun(
      "csv",
      csv([
        /* row 2 */ newEvent(),
        /* row 3 */ newEvent({ kind: "rumour", title: "A rumour" }),
        /* row 4 */ newEvent({ title: "A date that does not exist", date_start: "2026-02-30" }),
        /* row 5 */ newEvent({ title: "Unknown actor", actors: "Sergei Tsivilyev (visitor); Aleksandr Novakk (host)" }),
        /* row 6 */ newEvent({ title: "An agreement without status", kind: "agreement" }),
        /* row 7 */ newEvent({ title: "No summary", summary: "", credibility: "high" }),
        /* row 8 */ newEvent({ title: "Unknown source", source_ids: "no-such-source" }),
        /* row 9 */ newEvent({ title: seedTitle.toUpperCase() + "!", date_start: "" }),
        /* row 10 */ newEvent({
          title: "Russian Energy Minister Sergey Tsivilyov visits Tehran for energy and trade talks",
          date_start: "2026-02-18",
        }),
        /* row 11 */ newEvent(),
        /* row 12 */ newEvent({ title: "A statement with a speaker", kind: "statement", speaker: "Ryabkov", quote: "We will continue." }),
      ]),
    );
    expect(report.create.map((c) => c.row)).toEqual([2, 12]);
    expect(report.create[0].slug).toBe("russian-and-iranian-railway-officials-inspect-the-rasht-astara-line");
    expect(report.duplicates.map((d) => [d.row, d.reason])).toEqual([
      [9, "an entry of the same kind has this title"],
      [10, "an entry of the same kind on the same date has a similar title"],
      [11, "an earlier row of this file has the same kind, title and date"],
    ]);
    expect(report.duplicates[0].existing).toMatchObject({ slug: "iran-joins-brics" });
    expect(report.duplicates[1].existing).toMatchObject({ slug: "tsivilev-visit-to-tehran-2026" });
    expect(report.duplicates[2].existing).toEqual({ row: 2 });

    const issues = report.invalid.map((i) => [i.row, i.field]);
    expect(issues).toEqual([
      [3, "kind"],
      [4, "date_start"],
      [5, "actors"],
      [6, "status"],
      [7, "credibility"],
      [7, "summary"],
      [8, "source_ids"],
    ]);
    const message = (row: number, field: string) => report.invalid.find((i) => i.row === row && i.field === field)!.message;
    expect(message(3, "kind")).toMatch(/event, agreement or statement/);
    expect(message(4, "date_start")).toMatch(/not a real calendar date/);
    expect(message(5, "actors")).toMatch(/Aleksandr Novakk/); // the known spelling Tsivilyev passes
    expect(message(7, "credibility")).toMatch(/not a number/);
    expect(message(8, "source_ids")).toMatch(/no-such-source/);
    expect(report.summary).toMatchObject({ rows: 11, create: 2, duplicates: 3, invalidRows: 6 });
    expect(report.ready).toBe(false);
  });

  it("suggests the closest recorded spelling of an unknown actor", async () => {
    const report = await dryRun("csv", csv([newEvent({ actors: "Sergei Ryabkow (speaker)" })]));
    expect(report.invalid[0]).toMatchObject({ row: 2, field: "actors" });
    expect(report.invalid[0].message).toMatch(/did you mean “.*Ryabkov”/);
  });

  it("finds nothing to change in an unedited export, CSV or JSON", async () => {
    for (const format of ["csv", "json"] as const) {
      const report = await dryRun(format, await exported(format));
      expect(report.invalid, format).toEqual([]);
      expect(report.summary, format).toMatchObject({ rows: record.entries.length, create: 0, update: 0, unchanged: record.entries.length, duplicates: 0, newSources: 0 });
    }
  });

  it("turns a cell edited in the spreadsheet into an update of that field only, and refuses a stale row", async () => {
    const { parse } = await import("csv-parse/sync");
    const rows = parse(await exported("csv"), { columns: true, bom: true }) as CsvRow[];
    const treaty = rows.find((r) => r.slug === "russia-iran-20-year-strategic-partnership-treaty")!;
    treaty.summary = "Corrected in a spreadsheet.";
    treaty.sectors += "; finance";
    const report = await dryRun("csv", csv(rows));
    expect(report.update).toHaveLength(1);
    expect(report.update[0]).toMatchObject({ row: rows.indexOf(treaty) + 2, id: treaty.id, changes: ["summary", "sectors"] });
    expect(report.summary.unchanged).toBe(record.entries.length - 1);

    // Someone else corrects the treaty after the export: the row is now stale.
    await prisma.entry.update({ where: { id: treaty.id }, data: { version: { increment: 1 } } });
    const stale = await dryRun("csv", csv(rows));
    expect(stale.update).toEqual([]);
    expect(stale.invalid).toEqual([{ row: rows.indexOf(treaty) + 2, field: "version", message: expect.stringMatching(/export it again/) }]);
  });

  it("reads a JSON array and names problems by their JSON path", async () => {
    const report = await dryRun(
      "json",
      JSON.stringify([
        { kind: "event", title: "Valid", summary: "s", sectors: ["energy"], date: { start: "2026-05", end: null }, sources: [{ id: "seed-iran-russia-deepening-alliance" }] },
        { kind: "event", title: "Bad", summary: "s", sectors: ["space"], date: { start: "May 2026", end: null }, sources: [{ title: "x", url: "not a url" }] },
      ]),
    );
    expect(report.create.map((c) => c.row)).toEqual([1]);
    expect(report.invalid.map((i) => [i.row, i.field])).toEqual([
      [2, "date.start"],
      [2, "sectors.0"],
      [2, "sources.0.url"],
    ]);
  });

  it("refuses a file it cannot read, saying what to fix", async () => {
    await expect(dryRun("csv", "")).rejects.toThrow(ImportFileError);
    await expect(dryRun("csv", "title,colour\nx,blue\n")).rejects.toThrow(/Unknown column colour/);
    await expect(dryRun("csv", "title,summary\nx,y\n")).rejects.toThrow(/Missing columns kind, sectors/);
    await expect(dryRun("json", "{ nope")).rejects.toThrow(/not valid JSON/);
    await expect(dryRun("json", '{"entries": 1}')).rejects.toThrow(/array of entries/);
  });

  it("plans a 10,000-row file, numbering every row, and writes nothing", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      newEvent({
        title: `Bulk entry ${i + 1}: shipment of goods number ${i + 1}`,
        date_start: `2020-01-${String((i % 28) + 1).padStart(2, "0")}`,
        source_url: `https://example.org/bulk/${i % 50}`,
        // Every thousandth row has an impossible date.
        ...(i % 1000 === 999 ? { date_start: "2020-02-31" } : {}),
      }),
    );
    const before = await prisma.entry.count();
    const report = await dryRun("csv", csv(rows));
    expect(report.summary).toMatchObject({ rows: 10_000, create: 9_990, duplicates: 0, invalidRows: 10, newSources: 50 });
    expect(report.invalid.map((i) => i.row)).toEqual([1001, 2001, 3001, 4001, 5001, 6001, 7001, 8001, 9001, 10001]);
    expect(await prisma.entry.count()).toBe(before);
    expect(await prisma.source.count()).toBe(record.sources.length);
  });
});
