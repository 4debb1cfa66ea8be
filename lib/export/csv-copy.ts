import "server-only";
// The CSV export, written by PostgreSQL itself: `COPY … TO STDOUT (FORMAT csv)` quotes and escapes
// each cell, and the rows stream straight from the database to the response with backpressure, so a
// million entries neither sit in the server's memory nor pass through objects in JavaScript.
//
// 1. In one REPEATABLE READ transaction (a consistent snapshot however long the download), the ids
//    of the browse view's matches are numbered in the view's order into a temporary table, through
//    the one filter-and-search path (entryFilters, orderBy) with bound parameters.
// 2. One COPY writes them out in that order: each entry's columns with its places, actors and
//    sources joined in sets, one cell per column of the exchange format (lib/export/csv-columns.ts).
//    COPY takes no parameters, and this statement has none: it reads the temporary table. One
//    statement lets the planner fit the work to the size: index lookups for a few hundred entries,
//    one pass over each linked table for a million (batches of 20,000 rescanned them each time:
//    13,000 rows/s against 40,000 for the whole at a million entries). The first rows of a very
//    large export come after that pass (about 20 s for a million); the header is sent at once.
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { databaseUrl } from "../env";
import { entryFilters, orderBy } from "../entries/search";
import { effectiveSort } from "../entries/schemas";
import { CSV_HEADER, type CsvColumn } from "./csv-columns";
import type { ExportQuery } from "./entries";
import { StreamCancelled, type Write } from "./stream";

/** A partial date cut to its precision: "2026-02-18", "2026-02", "2026", or empty (toPartialString). */
const partial = (date: string, precision: string) =>
  `CASE ${precision} WHEN 'day' THEN to_char(${date}, 'YYYY-MM-DD') WHEN 'month' THEN to_char(${date}, 'YYYY-MM') WHEN 'year' THEN to_char(${date}, 'YYYY') END`;

/** Each column of the exchange format as SQL over the batch (aliases: e entry, s first source, fc its citation). */
const COLUMNS: Record<CsvColumn, string> = {
  id: `e."id"`,
  version: `e."version"::text`,
  slug: `e."slug"`,
  kind: `e."kind"::text`,
  title: `e."title"`,
  summary: `e."summary"`,
  date_start: partial(`e."dateStart"`, `e."datePrecision"`),
  date_end: partial(`e."dateEnd"`, `e."datePrecision"`),
  sectors: `array_to_string(e."sectors"::text[], '; ')`,
  places: `pl.places`,
  actors: `ac.actors`,
  status: `CASE WHEN e."kind" = 'agreement' THEN e."status"::text END`,
  duration_years: `e."durationYears"::text`,
  speaker: `CASE WHEN e."kind" = 'statement' THEN sp."name" END`,
  quote: `CASE WHEN e."kind" = 'statement' THEN e."quote" END`,
  quote_verbatim: `CASE WHEN e."kind" = 'statement' THEN e."quoteVerbatim"::text END`,
  quote_language: `e."quoteLanguage"`,
  quote_original: `e."quoteOriginal"`,
  reported_by: `e."reportedBy"`,
  source_ids: `ci.source_ids`,
  source_title: `s."title"`,
  source_publisher: `s."publisher"`,
  // Only a web address leaves the record as one: the rule of the Source_url_web_only constraint
  // (WEB_URL_PATTERN in lib/links/web-url.ts).
  source_url: `CASE WHEN btrim(s."url") ~* '^https?://[^[:space:][:cntrl:]]+$' THEN btrim(s."url") END`,
  source_published_at: partial(`s."publishedAt"`, `s."publishedPrecision"`),
  source_reliability: `s."reliability"::text`,
  citation_quote: `fc."quote"`,
  credibility: `fc."credibility"::text`,
};

/**
 * A cell as a spreadsheet may safely open it: one starting with = + - @ (or their full-width forms),
 * a tab or a carriage return gets a leading ' so it is shown, not run as a formula (CSV injection);
 * the import takes the ' off again (lib/import/csv.ts). Empty text is written as an empty cell.
 */
const cell = (column: string) =>
  `CASE WHEN r."${column}" ~ '^[=+\\-@\\t\\r\uFF1D\uFF0B\uFF0D\uFF20]' THEN '''' || r."${column}" ELSE nullif(r."${column}", '') END`;

const COPY_SQL = `COPY (
    WITH b AS (SELECT "n", "id" FROM export_ids),
    pl AS (SELECT ep."entryId" AS id, string_agg(p."name", '; ' ORDER BY ep."position") AS places
           FROM b JOIN "EntryPlace" ep ON ep."entryId" = b."id" JOIN "Place" p ON p."id" = ep."placeId" GROUP BY ep."entryId"),
    ac AS (SELECT ea."entryId" AS id, string_agg(a."name" || ' (' || ea."role" || ')', '; ' ORDER BY ea."createdAt") AS actors
           FROM b JOIN "EntryActor" ea ON ea."entryId" = b."id" JOIN "Actor" a ON a."id" = ea."actorId" GROUP BY ea."entryId"),
    ci AS (SELECT c."entryId" AS id, string_agg(c."sourceId", '; ' ORDER BY c."position") AS source_ids,
                  (array_agg(c."id" ORDER BY c."position"))[1] AS first_citation
           FROM b JOIN "Citation" c ON c."entryId" = b."id" GROUP BY c."entryId"),
    r AS (SELECT b."n", ${Object.entries(COLUMNS).map(([name, sql]) => `${sql} AS "${name}"`).join(", ")}
          FROM b JOIN "Entry" e ON e."id" = b."id"
          LEFT JOIN pl ON pl.id = b."id" LEFT JOIN ac ON ac.id = b."id" LEFT JOIN ci ON ci.id = b."id"
          LEFT JOIN "Citation" fc ON fc."id" = ci.first_citation LEFT JOIN "Source" s ON s."id" = fc."sourceId"
          LEFT JOIN "Actor" sp ON sp."id" = e."speakerId")
    SELECT ${CSV_HEADER.map(cell).join(", ")} FROM r ORDER BY r."n"
  ) TO STDOUT (FORMAT csv)`;

/** Streams one COPY … TO STDOUT to `write`, and returns once the connection is ready for the next statement. */
async function copyOut(client: pg.Client, sql: string, write: Write) {
  const stream = copyTo(sql);
  // The stream ends at the data's end, before PostgreSQL's ReadyForQuery; wait for that too.
  const ready = new Promise<void>((resolve) => ((stream as unknown as { handleReadyForQuery: () => void }).handleReadyForQuery = () => resolve()));
  for await (const chunk of client.query(stream)) await write(chunk as Buffer);
  await ready;
}

/** Writes the matching entries as CSV rows (no header, no end marker); returns how many it wrote. */
export async function copyCsvRows(query: ExportQuery, write: Write): Promise<number> {
  const { where, search } = await entryFilters(query);
  const client = new pg.Client({ connectionString: databaseUrl(), application_name: "record-export" });
  client.on("error", (error) => console.warn("Export connection:", error.message));
  await client.connect();
  let backend: number | null = null;
  try {
    backend = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    await client.query(`CREATE TEMP TABLE export_ids ("n" bigint PRIMARY KEY, "id" text NOT NULL) ON COMMIT DROP`);
    const numbered = Prisma.sql`INSERT INTO export_ids
      SELECT row_number() OVER (ORDER BY ${orderBy(effectiveSort(query), search)}), e."id" FROM "Entry" e WHERE ${where}`;
    const total = (await client.query(numbered.text, numbered.values)).rowCount ?? 0;
    await client.query("ANALYZE export_ids");
    if (total > 0) await copyOut(client, COPY_SQL, write);
    await client.query("COMMIT");
    return total;
  } catch (error) {
    // A cancelled download stops the statement at once, rather than letting PostgreSQL finish a
    // batch nobody reads; closing the connection then ends the transaction.
    if (error instanceof StreamCancelled && backend !== null) {
      await prisma.$queryRaw`SELECT pg_cancel_backend(${backend}::int)`.catch(() => {});
    }
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
