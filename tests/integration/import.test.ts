// The real import, from the API: all or nothing, each entry with its revision and audit event,
// progress as it goes, and the spreadsheet round trip that loses nothing.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/entries/export/route";
import { prisma } from "@/lib/db/client";
import { CSV_HEADER, type CsvRow } from "@/lib/export/csv-columns";
import { allDrafts, LISTED } from "@/lib/entries/editor-queries";
import { revertEntry, updateEntry } from "@/lib/entries/write";
import { readRecord, seedDatabase } from "@/prisma/seed/load";
import { getEntries, getEntryById } from "../support/api";
import { api, tokenUser, type TokenUser } from "../support/write-api";

const record = readRecord();
const example = readFileSync("docs/import-example.csv", "utf8");
let editor: TokenUser, analyst: TokenUser;

const csvHeaders = { "content-type": "text/csv" };
const csv = (rows: Partial<CsvRow>[]) => stringify([CSV_HEADER, ...rows.map((r) => CSV_HEADER.map((c) => r[c] ?? ""))]);
const exported = async (format: "csv" | "json") =>
  (await exportRoute(new NextRequest(`http://localhost/api/v1/entries/export?format=${format}`))).text();

beforeAll(async () => {
  await seedDatabase(prisma);
  [editor, analyst] = [await tokenUser("editor"), await tokenUser("analyst")];
});

describe("POST /api/v1/imports", () => {
  it("is for editors: an analyst's token is refused, even for a dry run", async () => {
    const { status } = await api("POST", "/api/v1/imports", { token: analyst.token, body: example, headers: csvHeaders });
    expect(status).toBe(403);
  });

  it("reads nothing of a file that arrived cut short, and says so", async () => {
    const whole = Buffer.byteLength(example);
    const cut = example.slice(0, example.lastIndexOf("\n", example.length - 2) + 1); // the last row lost on the way
    const before = await prisma.entry.count();
    const { status, json } = await api("POST", "/api/v1/imports?dryRun=false", { token: editor.token, body: cut, headers: { ...csvHeaders, "content-length": String(whole) } });
    expect(status).toBe(400);
    expect(json.error.message).toBe(`Only ${Buffer.byteLength(cut).toLocaleString("en")} of the file's ${whole.toLocaleString("en")} bytes arrived: nothing was read. Send the file again.`);
    expect(await prisma.entry.count()).toBe(before);
  });

  it("runs a dry run by default, writing nothing", async () => {
    // The example's rows under titles of their own, so that the example imported by another test is no duplicate of them.
    const rows = parse(example, { columns: true, bom: true }) as CsvRow[];
    const titles = ["Railway chiefs inspect the Tabriz yard", "Wheat barges protocol for Makhachkala", "Deputy minister praises customs reform"];
    const file = csv(rows.map((r, i) => ({ ...r, title: titles[i] })));
    const before = await prisma.entry.count();
    const { status, json } = await api("POST", "/api/v1/imports?name=import-example.csv", { token: editor.token, body: file, headers: csvHeaders });
    expect(status).toBe(200);
    expect(json.data.summary).toMatchObject({ rows: 3, create: 3, invalidRows: 0 });
    expect(await prisma.entry.count()).toBe(before);
  });

  it("imports the example file as drafts, each with its revision and audit event", async () => {
    const { status, json } = await api("POST", "/api/v1/imports?dryRun=false&name=import-example.csv", { token: editor.token, body: example, headers: csvHeaders });
    expect(status).toBe(201);
    expect(json.data.created).toHaveLength(3);
    expect(json.data.newSources).toBe(3);
    const entries = await prisma.entry.findMany({ where: { id: { in: json.data.created.map((c: { id: string }) => c.id) } }, include: { revisions: true, actors: true, citations: { include: { source: true } } } });
    for (const entry of entries) {
      expect(entry.state).toBe("draft");
      expect(entry.createdById).toBe(editor.caller.userId);
      expect(entry.revisions.map((r) => [r.version, r.action, r.reason])).toEqual([[1, "create", "Imported from import-example.csv"]]);
      expect(entry.citations.length).toBeGreaterThan(0);
    }
    const meeting = entries.find((e) => e.kind === "event")!;
    expect(meeting.datePrecision).toBe("month"); // "2026-03" stays a month
    expect(meeting.actors.map((a) => a.role).sort()).toEqual(["host", "visitor"]);
    expect(meeting.citations[0].source.url).toBe("https://example.org/news/ministers-meet");
    expect(await prisma.auditEvent.count({ where: { action: "entry.create", via: "token", targetId: { in: entries.map((e) => e.id) } } })).toBe(3);
    expect(await prisma.auditEvent.count({ where: { action: "import.run", userId: editor.caller.userId, details: { path: ["file"], equals: "import-example.csv" } } })).toBe(1);
    // Drafts are not on the public record; the same file again is now all duplicates.
    expect((await getEntryById(meeting.id)).status).toBe(404);
    const again = await api("POST", "/api/v1/imports", { token: editor.token, body: example, headers: csvHeaders });
    expect(again.json.data.summary).toMatchObject({ create: 0, duplicates: 3 });
  });

  it("is all or nothing: one invalid row and nothing is written, with the report saying which", async () => {
    const [entries, sources] = [await prisma.entry.count(), await prisma.source.count()];
    const rows = parse(example, { columns: true, bom: true }) as CsvRow[];
    const file = csv([
      { ...rows[0], title: "A valid new meeting", source_url: "https://example.org/valid" },
      { ...rows[1], title: "An invalid agreement", status: "" },
    ]);
    const { status, json } = await api("POST", "/api/v1/imports?dryRun=false", { token: editor.token, body: file, headers: csvHeaders });
    expect(status).toBe(422);
    expect(json.error.report.invalid).toEqual([{ row: 3, field: "status", message: expect.stringMatching(/status/) }]);
    expect([await prisma.entry.count(), await prisma.source.count()]).toEqual([entries, sources]);
  });

  it("brings an edited export back without losing anything, publishing new entries when asked", async () => {
    const before = JSON.parse(await exported("json")).data as { id: string; version: number; summary: string }[];
    const rows = parse(await exported("csv"), { columns: true, bom: true }) as CsvRow[];
    const treaty = rows.find((r) => r.slug === "russia-iran-20-year-strategic-partnership-treaty")!;
    treaty.summary = "Corrected in a spreadsheet.";
    rows.push({ ...rows[0], id: "", version: "", slug: "", title: "A new event typed into the spreadsheet", date_start: "2026-05", source_ids: rows[0].source_ids });
    const { status, json } = await api("POST", "/api/v1/imports?dryRun=false&state=published&name=record.csv", { token: editor.token, body: csv(rows), headers: csvHeaders });
    expect(status, JSON.stringify(json.error)).toBe(201);
    expect(json.data.updated).toEqual([{ row: rows.indexOf(treaty) + 2, id: treaty.id, version: Number(treaty.version) + 1 }]);
    expect(json.data.created).toHaveLength(1);
    expect(json.data.unchanged).toBe(before.length - 1);

    const after = JSON.parse(await exported("json")).data as typeof before;
    expect(after).toHaveLength(before.length + 1);
    const corrected = after.find((e) => e.id === treaty.id)!;
    expect(corrected.summary).toBe("Corrected in a spreadsheet.");
    // Every other entry is exactly as it was: same fields, same version.
    const untouched = (list: typeof before) => list.filter((e) => e.id !== treaty.id && before.some((b) => b.id === e.id)).map(({ updatedAt: _u, ...e }: { updatedAt?: string } & (typeof before)[number]) => e);
    expect(untouched(after)).toEqual(untouched(before));
    // The treaty keeps its agreement steps, which a CSV file does not carry.
    const steps = await prisma.agreementStep.count({ where: { entryId: treaty.id } });
    expect(steps).toBe(record.entries.find((e) => e.slug === treaty.slug)!.agreement!.steps.length);
    const revision = await prisma.revision.findFirstOrThrow({ where: { entryId: treaty.id }, orderBy: { version: "desc" } });
    expect(revision).toMatchObject({ action: "update", reason: "Imported from record.csv" });
    const search = await getEntries("?q=spreadsheet");
    expect(search.body.data.map((e) => e.title)).toContain("A new event typed into the spreadsheet");
  });

  it("reports progress line by line when asked, then the result", async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      kind: "event",
      title: `Progress test shipment ${i}`,
      summary: "A shipment.",
      date_start: "2019-06",
      sectors: "trade",
      source_title: "Shipping report",
      source_url: "https://example.org/shipping",
    }));
    const response = await api("POST", "/api/v1/imports?dryRun=false", { token: editor.token, body: csv(rows), headers: { ...csvHeaders, accept: "application/x-ndjson" } });
    const lines = response.text!.trim().split("\n").map((l) => JSON.parse(l));
    const creating = lines.filter((l) => l.type === "progress" && l.phase === "creating");
    expect(creating.map((l) => l.done)).toEqual([500, 1000, 1200]);
    expect(lines.at(-1)).toMatchObject({ type: "result" });
    expect(lines.at(-1).data.created).toHaveLength(1200);
  });
});

describe("an imported entry's history", () => {
  it("starts with the entry as imported: edited, then reverted to that first version, it reads as imported", async () => {
    // An agreement with steps and figures, and a statement with its speaker and quote, from the
    // export as downloaded, under new titles and without ids so that they are imported as new.
    const all = JSON.parse(await exported("json")).data as Record<string, unknown>[];
    const agreement = all.find((e) => e.kind === "agreement" && (e.steps as unknown[]).length > 1 && (e.places as unknown[]).length > 0)!;
    const statement = all.find((e) => e.kind === "statement" && e.speaker)!;
    const copies: Record<string, unknown>[] = [
      { ...agreement, title: "Imported agreement on barge tariffs for the Volga route", links: [] },
      { ...statement, title: "Imported remark on customs posts along the Caspian shore", quoteLanguage: "ru", quoteOriginal: "Таможенные посты откроются весной.", links: [] },
    ];
    const items = copies.map(({ id: _id, slug: _slug, version: _version, ...item }) => item);
    const { status, json } = await api("POST", "/api/v1/imports?dryRun=false&state=published&name=history.json", {
      token: editor.token,
      body: JSON.stringify(items),
      headers: { "content-type": "application/json" },
    });
    expect(status, JSON.stringify(json.error ?? "")).toBe(201);
    expect(json.data.created).toHaveLength(2);

    // The export holds every field of an entry (its steps, figures and the quote's original too).
    const record = async (id: string) => (JSON.parse(await exported("json")).data as Record<string, unknown>[]).find((e) => e.id === id)!;
    for (const { id } of json.data.created as { id: string }[]) {
      const imported = await record(id);
      expect(imported.kind === "agreement" ? (imported.steps as unknown[]).length : imported.quoteOriginal).toBeTruthy();
      const edited = await updateEntry(editor.caller, {
        id,
        version: 1,
        reason: "Trying another wording",
        summary: "A summary that is taken back.",
        places: [],
        ...(imported.kind === "agreement" ? { agreement: { status: "proposed", durationYears: null, figures: [], steps: [] } } : {}),
      });
      expect(edited.version).toBe(2);
      await revertEntry(editor.caller, { id, version: 2, toVersion: 1, reason: "Back to the file" });
      const reverted = await record(id);
      const fields = ({ version: _v, updatedAt: _u, ...rest }: typeof imported) => rest;
      expect(reverted.version).toBe(3);
      expect(fields(reverted)).toEqual(fields(imported));
    }
  });
});

describe("a 10,000-row import", () => {
  it("creates every entry, with its revision, in one go; the review page counts them all", { timeout: 300_000 }, async () => {
    const before = await prisma.entry.count();
    const draftsBefore = (await allDrafts()).total;
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      kind: "event",
      title: `Bulk delivery ${i + 1} of spare parts`,
      summary: "Spare parts delivered under the bulk contract.",
      date_start: `2021-${String((i % 12) + 1).padStart(2, "0")}`,
      sectors: "trade; transport",
      places: "Astrakhan",
      actors: "Iran (recipient); Russia (supplier)",
      source_title: `Customs bulletin ${i % 100}`,
      source_url: `https://example.org/customs/${i % 100}`,
    }));
    const { status, json } = await api("POST", "/api/v1/imports?dryRun=false&name=bulk.csv", { token: editor.token, body: csv(rows), headers: csvHeaders });
    expect(status, JSON.stringify(json.error ?? "")).toBe(201);
    expect(json.data.created).toHaveLength(10_000);
    expect(json.data.newSources).toBe(100);
    expect(await prisma.entry.count()).toBe(before + 10_000);
    expect(await prisma.revision.count({ where: { reason: "Imported from bulk.csv" } })).toBe(10_000);
    expect(await prisma.entryActor.count({ where: { entryId: { in: json.data.created.slice(0, 10).map((c: { id: string }) => c.id) } } })).toBe(20);
    // The editors' list of drafts shows its first LISTED and says how many there are.
    const drafts = await allDrafts();
    expect(drafts.total).toBe(draftsBefore + 10_000);
    expect(drafts.rows).toHaveLength(LISTED);
  });
});

describe("permalinks made from titles", () => {
  it("numbers a permalink that the record or an earlier row already holds", async () => {
    const rows = parse(example, { columns: true, bom: true }) as CsvRow[];
    // Titles in Persian script leave no Latin letters, so each one's permalink is made as "entry".
    const persian = (title: string, n: number) => ({ ...rows[0], title, source_url: `https://example.org/persian/${n}` });
    const first = await api("POST", "/api/v1/imports?dryRun=false", {
      token: editor.token,
      body: csv([persian("دیدار وزیران در تهران", 1), persian("گفتگوی وزیران در مسکو", 2)]),
      headers: csvHeaders,
    });
    expect(first.status, JSON.stringify(first.json.error ?? "")).toBe(201);
    expect(first.json.data.created.map((c: { slug: string }) => c.slug)).toEqual(["entry", "entry-2"]);
    const second = await api("POST", "/api/v1/imports?dryRun=false", { token: editor.token, body: csv([persian("نشست کارشناسان در کازان", 3)]), headers: csvHeaders });
    expect(second.status, JSON.stringify(second.json.error ?? "")).toBe(201);
    expect(second.json.data.created.map((c: { slug: string }) => c.slug)).toEqual(["entry-3"]);
  });
});

describe("imported entries in search", () => {
  it("are found by their actors' and places' spellings in other scripts, as if typed into the form", async () => {
    const rows = parse(example, { columns: true, bom: true }) as CsvRow[];
    const row = { ...rows[0], title: "Caspian ferry talks held in Astrakhan", actors: "Mohsen Paknejad (visitor)", places: "Astrakhan", source_url: "https://example.org/ferry-talks" };
    const { status, json } = await api("POST", "/api/v1/imports?dryRun=false&state=published", { token: editor.token, body: csv([row]), headers: csvHeaders });
    expect(status, JSON.stringify(json.error ?? "")).toBe(201);
    for (const q of ["Пакнежад", "آستاراخان", "Paknejad ferry"]) {
      const found = await getEntries(`?q=${encodeURIComponent(q)}`);
      expect(found.body.data.map((e) => e.title), q).toContain("Caspian ferry talks held in Astrakhan");
    }
  });
});
