import "server-only";
// Export of a browse view: the same filters and order (sort) as /entries and GET /api/v1/entries,
// written by PostgreSQL (COPY) and streamed to the response as it goes (lib/export/copy-view.ts).
import { stringify } from "csv-stringify/sync";
import type { EntryListQuery } from "../entries/schemas";
import { CSV_HEADER } from "./csv-columns";
import { copyCsvRows } from "./csv-copy";
import { copyJsonRecords } from "./json-copy";
import { streamFrom, type Write } from "./stream";
import { csvEndMarker, jsonEnd } from "./end-marker";

export type ExportFormat = "csv" | "json";
export type ExportQuery = Omit<EntryListQuery, "page" | "pageSize">;

async function writeCsv(query: ExportQuery, write: Write) {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (Persian and Russian names).
  await write("\uFEFF" + stringify([CSV_HEADER]));
  const count = await copyCsvRows(query, write);
  // Only a whole file ends so (lib/export/end-marker.ts).
  await write(csvEndMarker(count, CSV_HEADER.length));
}

async function writeJson(query: ExportQuery, write: Write) {
  await write('{"data":[\n');
  const count = await copyJsonRecords(query, write);
  await write(jsonEnd(count));
}

export function exportEntries(query: ExportQuery, format: ExportFormat): ReadableStream<Uint8Array> {
  return streamFrom((write) => (format === "csv" ? writeCsv(query, write) : writeJson(query, write)));
}
