import "server-only";
// The JSON export, written by PostgreSQL like the CSV (lib/export/copy-view.ts): each entry is one
// json_build_object with the fields, in the order, that loadRecords gives (lib/export/records.ts):
// Entry's own, as a page reads them (lib/entries/entry-json.ts), then the record's. One COPY
// streams them out, a record per line. The linked tables are aggregated in one pass each, as for
// the CSV.
//
// COPY has no raw format, so it runs as CSV with a delimiter and a quote character (\x02, \x01) that
// JSON text never holds raw (PostgreSQL escapes control characters inside strings), and JSON text
// has no raw line breaks either: each line is then one record, exactly as PostgreSQL wrote it.
import { entryObjectSql, partialDateSql as partial, PLACE_LINK_SQL, type JsonField } from "../entries/entry-json";
import type pg from "pg";
import { copyView, webUrlSql } from "./copy-view";
import type { ExportQuery } from "./entries";
import type { Write } from "./stream";

/** The record fields after Entry's own (lib/entries/entry-json.ts): what brings an entry back unchanged. */
const RECORD_FIELDS: JsonField[] = [
  ["durationYears", `e."durationYears"`],
  ["figures", `CASE WHEN jsonb_typeof(e."figures") = 'array' THEN e."figures" ELSE '[]'::jsonb END`],
  ["steps", `coalesce(st.steps, '[]')`],
  ["quoteVerbatim", `e."quoteVerbatim"`],
  ["quoteLanguage", `e."quoteLanguage"`],
  ["quoteOriginal", `e."quoteOriginal"`],
  ["reportedBy", `e."reportedBy"`],
  ["links", `coalesce(li.links, '[]')`],
];

const RECORD = entryObjectSql(RECORD_FIELDS);

// A place, an actor and a source are written the same way in every entry that names them, so each
// is turned into JSON once (pj, aj, sj), not once per link: the links then only join those texts.
// An actor's text and a source's are cut open where a link's own field goes (the role; the
// citation's quote and credibility), in the format json_build_object writes.
const PLACES = `pj AS MATERIALIZED (SELECT p."id", p."name", ${PLACE_LINK_SQL} AS j FROM "Place" p)`;
const ACTORS = `aj AS MATERIALIZED (SELECT a."id", left(json_build_object('id', a."id", 'slug', a."slug", 'name', a."name")::text, -1) || ', "role" : ' AS head
      FROM "Actor" a)`;
const SOURCES = `sj AS MATERIALIZED (SELECT s."id",
      left(json_build_object('id', s."id", 'title', s."title", 'publisher', s."publisher", 'url', ${webUrlSql(`s."url"`)},
        'publishedAt', ${partial(`s."publishedAt"`, `s."publishedPrecision"::text`)})::text, -1) || ', "quote" : ' AS head,
      ', "reliability" : ' || coalesce(to_json(s."reliability")::text, 'null') || ', "credibility" : ' AS tail FROM "Source" s)`;
const value = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;

// Each linked table is grouped by the entry's number in the view ("n"), so its groups come out in the
// view's order and merge with export_rows (lib/export/copy-view.ts) without a sort of the records.
const COPY_SQL = `COPY (
    WITH ${PLACES}, ${ACTORS}, ${SOURCES},
    pl AS (SELECT b."n", json_agg(p."name" ORDER BY ep."position") AS names, json_agg(p.j ORDER BY ep."position") AS links
           FROM export_rows b JOIN "EntryPlace" ep ON ep."entryId" = b."id" JOIN pj p ON p."id" = ep."placeId" GROUP BY b."n"),
    ac AS (SELECT b."n", ('[' || string_agg(a.head || ${value(`ea."role"`)} || '}', ', ' ORDER BY ea."createdAt", ea."actorId", ea."role") || ']')::json AS actors
           FROM export_rows b JOIN "EntryActor" ea ON ea."entryId" = b."id" JOIN aj a ON a."id" = ea."actorId" GROUP BY b."n"),
    ci AS (SELECT b."n", ('[' || string_agg(s.head || ${value(`c."quote"`)} || s.tail || ${value(`c."credibility"`)} || '}', ', ' ORDER BY c."position") || ']')::json AS sources
           FROM export_rows b JOIN "Citation" c ON c."entryId" = b."id" JOIN sj s ON s."id" = c."sourceId" GROUP BY b."n"),
    st AS (SELECT b."n", json_agg(json_build_object('status', x."status", 'date', ${partial(`x."dateStart"`, `x."datePrecision"::text`)},
                    'sourceId', x."sourceId", 'note', x."note") ORDER BY x."position") AS steps
           FROM export_rows b JOIN "AgreementStep" x ON x."entryId" = b."id" GROUP BY b."n"),
    li AS (SELECT b."n", json_agg(json_build_object('type', l."type", 'to', t."slug") ORDER BY l."createdAt", t."slug", l."type") AS links
           FROM export_rows b JOIN "EntryLink" l ON l."fromId" = b."id" JOIN "Entry" t ON t."id" = l."toId" GROUP BY b."n")
    SELECT ${RECORD} FROM export_rows e
      LEFT JOIN pl ON pl."n" = e."n" LEFT JOIN ac ON ac."n" = e."n" LEFT JOIN ci ON ci."n" = e."n"
      LEFT JOIN st ON st."n" = e."n" LEFT JOIN li ON li."n" = e."n"
      CROSS JOIN LATERAL (SELECT e."speakerId" AS "id", e."speakerSlug" AS "slug", e."speakerName" AS "name") sp
    ORDER BY e."n"
  ) TO STDOUT (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')`;

const NEWLINE = 0x0a;
const SEPARATOR = Buffer.from(",\n");

/**
 * Writes the matching entries as JSON records separated by ",\n" (no brackets, no end marker);
 * returns how many it wrote. Each line of COPY's output is a record: every line break but the last
 * becomes ",\n" (a byte-wise replace is safe: 0x0A never occurs inside a multi-byte UTF-8 character).
 */
export function copyJsonRecords(client: pg.Client, query: ExportQuery, write: Write): Promise<number> {
  let pending = false;
  const records: Write = async (chunk) => {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const parts: Buffer[] = [];
    let start = 0;
    for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) {
      if (pending) parts.push(SEPARATOR);
      parts.push(bytes.subarray(start, i));
      pending = true;
      start = i + 1;
    }
    if (start < bytes.length) {
      if (pending) parts.push(SEPARATOR);
      parts.push(bytes.subarray(start));
      pending = false;
    }
    if (parts.length) await write(Buffer.concat(parts));
  };
  return copyView(client, query, COPY_SQL, records, { entryColumns: true });
}
