import "server-only";
// Export of a browse view: the same filters and order (sort) as /entries and GET /api/v1/entries, read
// through a PostgreSQL cursor a batch at a time and written to the response as it goes.
import { stringify } from "csv-stringify/sync";
import { prisma } from "../db/client";
import { entryFilters, orderBy } from "../entries/search";
import { effectiveSort } from "../entries/schemas";
import type { EntryListQuery } from "../entries/schemas";
import { CSV_HEADER } from "./csv-columns";
import { copyCsvRows } from "./csv-copy";
import { loadRecords, type EntryRecord } from "./records";
import { streamFrom, type Write } from "./stream";
import { csvEndMarker, jsonEnd } from "./end-marker";

export type ExportFormat = "csv" | "json";
export type ExportQuery = Omit<EntryListQuery, "page" | "pageSize">;

/**
 * Calls `each` with the matching entries, in order, 1,000 at a time. The ids come from a cursor in
 * one read-only transaction, so the export is a consistent snapshot however long the download.
 */
export async function eachMatchingBatch(query: ExportQuery, each: (records: EntryRecord[]) => Promise<void>): Promise<void> {
  const { where, search } = await entryFilters(query);
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`DECLARE entry_export NO SCROLL CURSOR FOR
        SELECT e."id" FROM "Entry" e WHERE ${where} ORDER BY ${orderBy(effectiveSort(query), search)}`;
      for (;;) {
        const rows = await tx.$queryRaw<{ id: string }[]>`FETCH 1000 FROM entry_export`;
        if (rows.length === 0) break;
        await each(await loadRecords(tx, rows.map((r) => r.id)));
      }
    },
    { isolationLevel: "RepeatableRead", maxWait: 10_000, timeout: 30 * 60_000 },
  );
}

async function writeCsv(query: ExportQuery, write: Write) {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (Persian and Russian names).
  await write("\uFEFF" + stringify([CSV_HEADER]));
  const count = await copyCsvRows(query, write);
  // Only a whole file ends so (lib/export/end-marker.ts).
  await write(csvEndMarker(count, CSV_HEADER.length));
}

async function writeJson(query: ExportQuery, write: Write) {
  let first = true;
  let count = 0;
  await write('{"data":[');
  await eachMatchingBatch(query, async (records) => {
    count += records.length;
    const text = records.map((r) => JSON.stringify(r)).join(",\n");
    await write((first ? "\n" : ",\n") + text);
    first = false;
  });
  await write(jsonEnd(count));
}

export function exportEntries(query: ExportQuery, format: ExportFormat): ReadableStream<Uint8Array> {
  return streamFrom((write) => (format === "csv" ? writeCsv(query, write) : writeJson(query, write)));
}
