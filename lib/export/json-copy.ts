import "server-only";
// The JSON export, written by PostgreSQL like the CSV (lib/export/copy-view.ts): each entry is one
// json_build_object with the fields, in the order, that loadRecords gives (lib/export/records.ts),
// and one COPY streams them out, a record per line. The linked tables are aggregated in one pass
// each, as for the CSV.
//
// COPY has no raw format, so it runs as CSV with a delimiter and a quote character (\x02, \x01) that
// JSON text never holds raw (PostgreSQL escapes control characters inside strings), and JSON text
// has no raw line breaks either: each line is then one record, exactly as PostgreSQL wrote it.
import { copyView, partialDateSql as partial, webUrlSql } from "./copy-view";
import type { ExportQuery } from "./entries";
import type { Write } from "./stream";

const iso = (timestamp: string) => `to_char(${timestamp}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The fields every record has, before the kind's own (status; speaker and quote) and the exchange fields. */
const ENTRY_FIELDS: [string, string][] = [
  ["id", `e."id"`],
  ["slug", `e."slug"`],
  ["kind", `e."kind"`],
  ["title", `e."title"`],
  ["summary", `e."summary"`],
  [
    "date",
    `json_build_object('start', ${partial(`e."dateStart"`, `e."datePrecision"::text`)}, 'end', ${partial(`e."dateEnd"`, `e."datePrecision"::text`)},
       'precision', CASE WHEN e."dateStart" IS NULL THEN 'unknown' ELSE e."datePrecision"::text END)`,
  ],
  ["sectors", `coalesce(e."sectors", '{}')`],
  ["places", `coalesce(pl.names, '[]')`],
  ["placeLinks", `coalesce(pl.links, '[]')`],
  ["actors", `coalesce(ac.actors, '[]')`],
  ["sources", `coalesce(ci.sources, '[]')`],
  ["updatedAt", iso(`e."updatedAt"`)],
  ["version", `e."version"`],
];
const AGREEMENT_FIELDS: [string, string][] = [["status", `e."status"`]];
const STATEMENT_FIELDS: [string, string][] = [
  ["speaker", `CASE WHEN sp."id" IS NOT NULL THEN json_build_object('id', sp."id", 'slug', sp."slug", 'name', sp."name") END`],
  ["quote", `e."quote"`],
];
const RECORD_FIELDS: [string, string][] = [
  ["durationYears", `e."durationYears"`],
  ["figures", `CASE WHEN jsonb_typeof(e."figures") = 'array' THEN e."figures" ELSE '[]'::jsonb END`],
  ["steps", `coalesce(st.steps, '[]')`],
  ["quoteVerbatim", `e."quoteVerbatim"`],
  ["quoteLanguage", `e."quoteLanguage"`],
  ["quoteOriginal", `e."quoteOriginal"`],
  ["reportedBy", `e."reportedBy"`],
  ["links", `coalesce(li.links, '[]')`],
];

const object = (fields: [string, string][]) => `json_build_object(${fields.map(([key, sql]) => `'${key}', ${sql}`).join(", ")})`;

const RECORD = `CASE e."kind"
    WHEN 'agreement' THEN ${object([...ENTRY_FIELDS, ...AGREEMENT_FIELDS, ...RECORD_FIELDS])}
    WHEN 'statement' THEN ${object([...ENTRY_FIELDS, ...STATEMENT_FIELDS, ...RECORD_FIELDS])}
    ELSE ${object([...ENTRY_FIELDS, ...RECORD_FIELDS])} END`;

const COPY_SQL = `COPY (
    WITH b AS (SELECT "n", "id" FROM export_ids),
    pl AS (SELECT ep."entryId" AS id, json_agg(p."name" ORDER BY ep."position") AS names,
                  json_agg(json_build_object('slug', p."slug", 'name', p."name", 'kind', p."kind", 'country', p."country",
                    'latitude', p."latitude", 'longitude', p."longitude") ORDER BY ep."position") AS links
           FROM b JOIN "EntryPlace" ep ON ep."entryId" = b."id" JOIN "Place" p ON p."id" = ep."placeId" GROUP BY ep."entryId"),
    ac AS (SELECT ea."entryId" AS id, json_agg(json_build_object('id', a."id", 'slug', a."slug", 'name', a."name", 'role', ea."role") ORDER BY ea."createdAt", ea."actorId", ea."role") AS actors
           FROM b JOIN "EntryActor" ea ON ea."entryId" = b."id" JOIN "Actor" a ON a."id" = ea."actorId" GROUP BY ea."entryId"),
    ci AS (SELECT c."entryId" AS id, json_agg(json_build_object('id', s."id", 'title', s."title", 'publisher', s."publisher",
                    'url', ${webUrlSql(`s."url"`)}, 'publishedAt', ${partial(`s."publishedAt"`, `s."publishedPrecision"::text`)},
                    'quote', c."quote", 'reliability', s."reliability", 'credibility', c."credibility") ORDER BY c."position") AS sources
           FROM b JOIN "Citation" c ON c."entryId" = b."id" JOIN "Source" s ON s."id" = c."sourceId" GROUP BY c."entryId"),
    st AS (SELECT x."entryId" AS id, json_agg(json_build_object('status', x."status", 'date', ${partial(`x."dateStart"`, `x."datePrecision"::text`)},
                    'sourceId', x."sourceId", 'note', x."note") ORDER BY x."position") AS steps
           FROM b JOIN "AgreementStep" x ON x."entryId" = b."id" GROUP BY x."entryId"),
    li AS (SELECT l."fromId" AS id, json_agg(json_build_object('type', l."type", 'to', t."slug") ORDER BY l."createdAt", t."slug", l."type") AS links
           FROM b JOIN "EntryLink" l ON l."fromId" = b."id" JOIN "Entry" t ON t."id" = l."toId" GROUP BY l."fromId")
    SELECT ${RECORD} FROM b JOIN "Entry" e ON e."id" = b."id"
      LEFT JOIN pl ON pl.id = b."id" LEFT JOIN ac ON ac.id = b."id" LEFT JOIN ci ON ci.id = b."id"
      LEFT JOIN st ON st.id = b."id" LEFT JOIN li ON li.id = b."id" LEFT JOIN "Actor" sp ON sp."id" = e."speakerId"
    ORDER BY b."n"
  ) TO STDOUT (FORMAT csv, DELIMITER E'\\x02', QUOTE E'\\x01')`;

const NEWLINE = 0x0a;
const SEPARATOR = Buffer.from(",\n");

/**
 * Writes the matching entries as JSON records separated by ",\n" (no brackets, no end marker);
 * returns how many it wrote. Each line of COPY's output is a record: every line break but the last
 * becomes ",\n" (a byte-wise replace is safe: 0x0A never occurs inside a multi-byte UTF-8 character).
 */
export function copyJsonRecords(query: ExportQuery, write: Write): Promise<number> {
  let pending = false;
  return copyView(query, COPY_SQL, async (chunk) => {
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
  });
}
