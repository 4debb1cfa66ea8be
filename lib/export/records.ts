import "server-only";
// An entry as it leaves the record for a spreadsheet or a script: the read API's Entry plus what an
// analyst needs to bring it back unchanged (agreement details and steps, statement details, links,
// places by name).
import type { PrismaClient } from "../db/generated/client";
import { toPartialString, type DatePrecision } from "../dates/partial-date";
import { toEntryDate } from "../entries/queries";
import { webUrl } from "../links/web-url";
import type { Entry } from "../entries/schemas";

type Db = Pick<PrismaClient, "$queryRaw">;

export type EntryRecord = Entry & {
  durationYears: number | null;
  figures: { label: string; value: number; unit: string }[];
  steps: { status: string; date: string | null; sourceId: string | null; note: string | null }[];
  quoteVerbatim: boolean;
  quoteLanguage: string | null;
  quoteOriginal: string | null;
  reportedBy: string | null;
  links: { type: string; to: string }[];
};

type Json<T> = T;
type RecordRow = {
  id: string;
  slug: string;
  kind: Entry["kind"];
  title: string;
  summary: string;
  dateStart: Date | null;
  dateEnd: Date | null;
  datePrecision: DatePrecision;
  sectors: Entry["sectors"];
  placeLinks: Json<Entry["placeLinks"]>;
  status: Entry["status"];
  durationYears: number | null;
  figures: unknown;
  quote: string | null;
  quoteVerbatim: boolean;
  quoteLanguage: string | null;
  quoteOriginal: string | null;
  reportedBy: string | null;
  updatedAt: Date;
  version: number;
  speaker: Json<{ id: string; slug: string; name: string }> | null;
  actors: Json<Entry["actors"]>;
  sources: Json<(Omit<Entry["sources"][number], "publishedAt"> & { publishedAt: string | null; publishedPrecision: DatePrecision })[]>;
  steps: Json<{ status: string; dateStart: string | null; datePrecision: DatePrecision; sourceId: string | null; note: string | null }[]>;
  links: Json<{ type: string; to: string }[]>;
};

/** A YYYY-MM-DD day (as JSON gives it) cut to its precision, as toPartialString does for a Date. */
function partial(day: string | null, precision: DatePrecision): string | null {
  return day ? toPartialString(new Date(`${day.slice(0, 10)}T00:00:00Z`), precision) : null;
}

/**
 * Full records for the given ids, in the order of the ids, in one query: the entry's columns with
 * its actors, sources, steps and links aggregated as JSON by PostgreSQL. Raw rows, no ORM objects,
 * so an export of a million entries spends its time writing, not building objects.
 */
export async function loadRecords(db: Db, ids: string[]): Promise<EntryRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<RecordRow[]>`
    SELECT e."id", e."slug", e."kind"::text AS kind, e."title", e."summary", e."dateStart", e."dateEnd",
      e."datePrecision"::text AS "datePrecision", coalesce(e."sectors", '{}')::text[] AS sectors, e."status"::text AS status,
      e."durationYears", coalesce(e."figures", '[]') AS figures, e."quote", e."quoteVerbatim", e."quoteLanguage", e."quoteOriginal", e."reportedBy",
      e."updatedAt", e."version",
      (SELECT json_build_object('id', a."id", 'slug', a."slug", 'name', a."name") FROM "Actor" a WHERE a."id" = e."speakerId") AS speaker,
      coalesce((SELECT json_agg(json_build_object('slug', p."slug", 'name', p."name", 'kind', p."kind", 'country', p."country",
                  'latitude', p."latitude", 'longitude', p."longitude") ORDER BY ep."position")
                FROM "EntryPlace" ep JOIN "Place" p ON p."id" = ep."placeId" WHERE ep."entryId" = e."id"), '[]') AS "placeLinks",
      coalesce((SELECT json_agg(json_build_object('id', a."id", 'slug', a."slug", 'name', a."name", 'role', ea."role") ORDER BY ea."createdAt", ea."actorId", ea."role")
                FROM "EntryActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."entryId" = e."id"), '[]') AS actors,
      coalesce((SELECT json_agg(json_build_object('id', s."id", 'title', s."title", 'publisher', s."publisher", 'url', s."url",
                  'publishedAt', s."publishedAt", 'publishedPrecision', s."publishedPrecision", 'quote', c."quote",
                  'reliability', s."reliability", 'credibility', c."credibility") ORDER BY c."position")
                FROM "Citation" c JOIN "Source" s ON s."id" = c."sourceId" WHERE c."entryId" = e."id"), '[]') AS sources,
      coalesce((SELECT json_agg(json_build_object('status', st."status", 'dateStart', st."dateStart", 'datePrecision', st."datePrecision",
                  'sourceId', st."sourceId", 'note', st."note") ORDER BY st."position")
                FROM "AgreementStep" st WHERE st."entryId" = e."id"), '[]') AS steps,
      coalesce((SELECT json_agg(json_build_object('type', l."type", 'to', t."slug") ORDER BY l."createdAt", t."slug", l."type")
                FROM "EntryLink" l JOIN "Entry" t ON t."id" = l."toId" WHERE l."fromId" = e."id"), '[]') AS links
    FROM unnest(${ids}::text[]) WITH ORDINALITY AS i(id, n) JOIN "Entry" e ON e."id" = i.id
    ORDER BY i.n`;
  return rows.map((row) => {
    // The same fields, in the same order, as the read API's toEntry (lib/entries/queries.ts).
    const entry: Entry = {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      date: toEntryDate(row),
      sectors: row.sectors,
      places: row.placeLinks.map((p) => p.name),
      placeLinks: row.placeLinks,
      actors: row.actors,
      sources: row.sources.map(({ publishedPrecision, ...s }) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        // Only a web address leaves the record as one (lib/links/web-url.ts).
        url: webUrl(s.url),
        publishedAt: partial(s.publishedAt, publishedPrecision),
        quote: s.quote,
        reliability: s.reliability,
        credibility: s.credibility,
      })),
      updatedAt: row.updatedAt.toISOString(),
      version: row.version,
    };
    if (row.kind === "agreement") entry.status = row.status;
    if (row.kind === "statement") {
      entry.speaker = row.speaker;
      entry.quote = row.quote;
    }
    return {
      ...entry,
      durationYears: row.durationYears,
      figures: Array.isArray(row.figures) ? (row.figures as EntryRecord["figures"]) : [],
      steps: row.steps.map((st) => ({ status: st.status, date: partial(st.dateStart, st.datePrecision), sourceId: st.sourceId, note: st.note })),
      quoteVerbatim: row.quoteVerbatim,
      quoteLanguage: row.quoteLanguage,
      quoteOriginal: row.quoteOriginal,
      reportedBy: row.reportedBy,
      links: row.links,
    };
  });
}
