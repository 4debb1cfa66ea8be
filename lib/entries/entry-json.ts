import "server-only";
// An entry as the read API's Entry (lib/entries/schemas.ts), written by PostgreSQL: one
// json_build_object per entry with Entry's fields in Entry's order. A page of entries is then one
// statement and one JSON value, where Prisma's includes took five statements and built an object
// per row and per link (lib/entries/queries.ts, entriesByIds). The JSON export builds its records
// from the same fields (lib/export/json-copy.ts).
//
// The fields read these aliases: e (the entry), sp (its speaker, left-joined), pl (names, links: its
// places in order), ac (actors) and ci (sources), each a json array or null.

/** A partial date cut to its precision, as SQL: "2026-02-18", "2026-02", "2026", or null (toPartialString). */
export const partialDateSql = (date: string, precision: string) =>
  `CASE ${precision} WHEN 'day' THEN to_char(${date}, 'YYYY-MM-DD') WHEN 'month' THEN to_char(${date}, 'YYYY-MM') WHEN 'year' THEN to_char(${date}, 'YYYY') END`;

const iso = (timestamp: string) => `to_char(${timestamp}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export type JsonField = [key: string, sql: string];

/** The fields every entry has, before its kind's own. */
export const ENTRY_FIELDS: JsonField[] = [
  ["id", `e."id"`],
  ["slug", `e."slug"`],
  ["kind", `e."kind"`],
  ["title", `e."title"`],
  ["summary", `e."summary"`],
  [
    "date",
    `json_build_object('start', ${partialDateSql(`e."dateStart"`, `e."datePrecision"::text`)}, 'end', ${partialDateSql(`e."dateEnd"`, `e."datePrecision"::text`)},
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
export const AGREEMENT_FIELDS: JsonField[] = [["status", `e."status"`]];
export const STATEMENT_FIELDS: JsonField[] = [
  ["speaker", `CASE WHEN sp."id" IS NOT NULL THEN json_build_object('id', sp."id", 'slug', sp."slug", 'name', sp."name") END`],
  ["quote", `e."quote"`],
];

const object = (fields: JsonField[]) => `json_build_object(${fields.map(([key, sql]) => `'${key}', ${sql}`).join(", ")})`;

/** An entry's JSON by its kind, with `extra` fields after Entry's own (the export's record fields). */
export function entryObjectSql(extra: JsonField[] = []): string {
  return `CASE e."kind"
    WHEN 'agreement' THEN ${object([...ENTRY_FIELDS, ...AGREEMENT_FIELDS, ...extra])}
    WHEN 'statement' THEN ${object([...ENTRY_FIELDS, ...STATEMENT_FIELDS, ...extra])}
    ELSE ${object([...ENTRY_FIELDS, ...extra])} END`;
}

/** A place as Entry.placeLinks gives it (alias p). */
export const PLACE_LINK_SQL = `json_build_object('slug', p."slug", 'name', p."name", 'kind', p."kind", 'country', p."country", 'latitude', p."latitude", 'longitude', p."longitude")`;
