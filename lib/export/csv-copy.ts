import "server-only";
// The CSV export, written by PostgreSQL itself: `COPY … TO STDOUT (FORMAT csv)` quotes and escapes
// each cell, and the rows stream straight from the database to the response with backpressure, so a
// million entries neither sit in the server's memory nor pass through objects in JavaScript.
//
// 1. The view's ids are numbered in its order into a temporary table (lib/export/copy-view.ts).
// 2. One COPY writes them out in that order: each entry's columns with its places, actors and
//    sources joined in sets, one cell per column of the exchange format (lib/export/csv-columns.ts).
//    COPY takes no parameters, and this statement has none: it reads the temporary table. One
//    statement lets the planner fit the work to the size: index lookups for a few hundred entries,
//    one pass over each linked table for a million (batches of 20,000 rescanned them each time:
//    13,000 rows/s against 40,000 for the whole at a million entries). The first rows of a very
//    large export come after that pass (about 20 s for a million); the header is sent at once.
import { partialDateSql as partial } from "../entries/entry-json";
import type pg from "pg";
import { copyView, webUrlSql } from "./copy-view";
import { CSV_HEADER, type CsvColumn } from "./csv-columns";
import type { ExportQuery } from "./entries";
import type { Write } from "./stream";


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
  source_url: webUrlSql(`s."url"`),
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
    WITH b AS (SELECT "n", "id" FROM export_rows),
    pl AS (SELECT ep."entryId" AS id, string_agg(p."name", '; ' ORDER BY ep."position") AS places
           FROM b JOIN "EntryPlace" ep ON ep."entryId" = b."id" JOIN "Place" p ON p."id" = ep."placeId" GROUP BY ep."entryId"),
    ac AS (SELECT ea."entryId" AS id, string_agg(a."name" || ' (' || ea."role" || ')', '; ' ORDER BY ea."createdAt", ea."actorId", ea."role") AS actors
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

/** Writes the matching entries as CSV rows (no header, no end marker); returns how many it wrote. */
export function copyCsvRows(client: pg.Client, query: ExportQuery, write: Write): Promise<number> {
  return copyView(client, query, COPY_SQL, write);
}
