// An entry's search document is built by PostgreSQL as entries are written (trigger
// "Entry_search_document"), which keeps the names' part of the last entry for the next one with the
// same names. Seen from the reader's side: every entry is found by its own actors' spellings and
// never by another's, and by its text after each correction.
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { browseEntries } from "@/lib/entries/browse";
import { entryListQuery } from "@/lib/entries/schemas";
import { CSV_HEADER, type CsvRow } from "@/lib/export/csv-columns";
import { seedDatabase } from "@/prisma/seed/load";
import { getEntries } from "../support/api";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let editor: TokenUser;
const csv = (rows: Partial<CsvRow>[]) => stringify([CSV_HEADER, ...rows.map((r) => CSV_HEADER.map((c) => r[c] ?? ""))]);
/** The titles a search lists (of the entries this file imports, when `ours`), sorted. */
const found = async (q: string, { ours = false } = {}) => {
  const { status, body } = await getEntries(`?q=${encodeURIComponent(q)}&pageSize=100`);
  expect(status, JSON.stringify(body.error)).toBe(200);
  return body.data.map((e) => e.title).filter((t) => !ours || /Quorvex|Zentrillo/.test(t)).sort();
};

// Rows alternate between two actors (and one names both), so the import's batch switches names
// several times within one statement.
const actorsOf = ["Sergey Tsivilyov (host)", "Mohsen Paknejad (visitor)", "Sergey Tsivilyov (host); Mohsen Paknejad (visitor)"];
const rows = Array.from({ length: 9 }, (_, i) => ({
  kind: "event",
  title: `Quorvex consultation number ${i + 1}`,
  summary: "Ministers met on the delivery schedule.",
  date_start: `2026-0${1 + (i % 9)}`,
  sectors: "energy",
  actors: actorsOf[i % 3],
  source_title: `Quorvex report ${i + 1}`,
  source_url: `https://example.org/quorvex/${i + 1}`,
}));
const titlesNaming = (k: number[]) => rows.filter((_, i) => k.includes(i % 3)).map((r) => r.title).sort();

beforeAll(async () => {
  await seedDatabase(prisma);
  editor = await tokenUser("editor");
  const imported = await api("POST", "/api/v1/imports?dryRun=false&state=published&name=quorvex.csv", {
    token: editor.token,
    body: csv(rows),
    headers: { "content-type": "text/csv" },
  });
  expect(imported.status).toBe(201);
});

describe("the search document", () => {
  it("finds each imported entry by its own actors' spellings in three scripts, and only those", async () => {
    for (const spelling of ["Tsivilyov", "Цивилёв", "تسیویلیوف"]) expect(await found(spelling, { ours: true })).toEqual(titlesNaming([0, 2]));
    for (const spelling of ["Paknezhad", "Пакнежад", "پاک‌نژاد"]) expect(await found(spelling, { ours: true })).toEqual(titlesNaming([1, 2]));
  });

  it("follows a corrected title and summary, and keeps the names", async () => {
    const entry = await prisma.entry.findFirstOrThrow({ where: { title: "Quorvex consultation number 1" } });
    const edited = await api("PATCH", `/api/v1/entries/${entry.id}`, {
      token: editor.token,
      body: { version: entry.version, reason: "title", title: "Zentrillo consultation", summary: "Ministers agreed on a Brastavo terminal." },
    });
    expect(edited.status).toBe(200);
    expect(await found("Zentrillo")).toEqual(["Zentrillo consultation"]);
    expect(await found("Brastavo")).toEqual(["Zentrillo consultation"]);
    expect(await found("Цивилёв", { ours: true })).toContain("Zentrillo consultation");
    expect(await found("Quorvex")).toHaveLength(rows.length - 1);
  });

  it("finds an entry by the year and month of its date, and follows a corrected date", async () => {
    const first = async (q: string) => {
      const page = await browseEntries(entryListQuery.parse({ q, pageSize: "10" }));
      return { title: page.data[0]?.title, full: page.fullMatches };
    };
    // Row 3 is dated March 2026; none of the record's texts says "March".
    expect(await first("Quorvex March 2026")).toEqual({ title: "Quorvex consultation number 3", full: 1 });
    const entry = await prisma.entry.findFirstOrThrow({ where: { title: "Quorvex consultation number 3" } });
    const edited = await api("PATCH", `/api/v1/entries/${entry.id}`, {
      token: editor.token,
      body: { version: entry.version, reason: "date", date: { start: "2025-11", end: null } },
    });
    expect(edited.status).toBe(200);
    expect(await first("Quorvex November 2025")).toEqual({ title: "Quorvex consultation number 3", full: 1 });
    expect((await first("Quorvex March 2026")).full).toBe(0);
  });

  it("keeps an entry findable through delete and restore", async () => {
    const entry = await prisma.entry.findFirstOrThrow({ where: { title: "Quorvex consultation number 2" } });
    const deleted = await api("DELETE", `/api/v1/entries/${entry.id}?reason=Duplicate`, { token: editor.token, headers: { "if-match": `"${entry.version}"` } });
    expect(deleted.status).toBe(200);
    expect(await found("Paknezhad", { ours: true })).not.toContain(entry.title);
    const restored = await api("POST", `/api/v1/entries/${entry.id}/restore`, { token: editor.token, body: { version: entry.version + 1, reason: "Not a duplicate" } });
    expect(restored.status).toBe(200);
    expect(await found("Paknezhad", { ours: true })).toEqual(titlesNaming([1, 2]));
  });
});
