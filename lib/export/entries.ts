import "server-only";
// Export of a browse view: the same filters and order (sort) as /entries and GET /api/v1/entries,
// written by PostgreSQL (COPY) and streamed to the response as it goes (lib/export/copy-view.ts).
import { stringify } from "csv-stringify/sync";
import type { EntryListQuery } from "../entries/schemas";
import { CSV_HEADER } from "./csv-columns";
import { copyCsvRows } from "./csv-copy";
import { copyJsonRecords } from "./json-copy";
import type pg from "pg";
import { openExport } from "./copy-view";
import { streamFrom, type Write } from "./stream";
import { csvEndMarker, jsonEnd } from "./end-marker";

export type ExportFormat = "csv" | "json";
export type ExportQuery = Omit<EntryListQuery, "page" | "pageSize">;

/**
 * The longest a download may take. A reader that stops reading would otherwise keep an export slot,
 * a connection and a snapshot for ever; a million entries take a few minutes even on a slow link.
 */
export const EXPORT_TIME_LIMIT_MS = 30 * 60_000;

async function writeCsv(client: pg.Client, query: ExportQuery, write: Write) {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (Persian and Russian names).
  await write("\uFEFF" + stringify([CSV_HEADER]));
  const count = await copyCsvRows(client, query, write);
  // Only a whole file ends so (lib/export/end-marker.ts).
  await write(csvEndMarker(count, CSV_HEADER.length));
}

async function writeJson(client: pg.Client, query: ExportQuery, write: Write) {
  await write('{"data":[\n');
  const count = await copyJsonRecords(client, query, write);
  await write(jsonEnd(count));
}

/**
 * The export of a view as a stream. Resolves once the export holds one of the export slots, so a
 * refusal (ServiceBusyError, every slot taken) can still be answered with a status of its own.
 */
export async function exportEntries(query: ExportQuery, format: ExportFormat, { timeLimitMs = EXPORT_TIME_LIMIT_MS } = {}): Promise<ReadableStream<Uint8Array>> {
  const client = await openExport();
  return streamFrom(
    async (write) => {
      try {
        await (format === "csv" ? writeCsv(client, query, write) : writeJson(client, query, write));
      } finally {
        await client.end().catch(() => {});
      }
    },
    { timeLimitMs },
  );
}
