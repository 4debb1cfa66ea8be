import "server-only";
import { prepared, prisma } from "../db/client";
import { toPartialString } from "../dates/partial-date";
import { webUrl } from "../links/web-url";
import { Prisma } from "../db/generated/client";
import { entryObjectSql, partialDateSql, PLACE_LINK_SQL } from "./entry-json";
import { explainSearch } from "../search/explain";
import { countTotal } from "./counts";
import { pageOfIds } from "./page";
import { prepareFilters, type PreparedFilters } from "./search";
import type { Entry, EntryDate, EntryListQuery, EntryPage } from "./schemas";

/** An entry's places in its order, as Entry.placeLinks gives them (also used by the export's records). */
export const entryPlacesInclude = {
  include: { place: { select: { slug: true, name: true, kind: true, country: true, latitude: true, longitude: true } } },
  orderBy: { position: "asc" },
} satisfies Prisma.Entry$placesArgs;

/** Everything an Entry's JSON needs, loaded in a fixed number of queries however many entries. */
export const entryInclude = {
  actors: { include: { actor: { select: { id: true, slug: true, name: true } } }, orderBy: [{ createdAt: "asc" }, { actorId: "asc" }, { role: "asc" }] },
  citations: { include: { source: true }, orderBy: { position: "asc" } },
  speaker: { select: { id: true, slug: true, name: true } },
  places: entryPlacesInclude,
} satisfies Prisma.EntryInclude;

type EntryRow = Prisma.EntryGetPayload<{ include: typeof entryInclude }>;

type CitationRow = EntryRow["citations"][number];

/** An entry's dates as the API and the entry page give them: "unknown" precision when undated. */
export function toEntryDate(row: Pick<EntryRow, "dateStart" | "dateEnd" | "datePrecision">): EntryDate {
  return {
    start: toPartialString(row.dateStart, row.datePrecision),
    end: toPartialString(row.dateEnd, row.datePrecision),
    precision: row.dateStart ? row.datePrecision : "unknown",
  };
}

/** One cited source with the citation's quote and grade; `id` is the source's. */
export function toCitedSource(c: CitationRow): Entry["sources"][number] {
  return {
    id: c.source.id,
    title: c.source.title,
    publisher: c.source.publisher,
    // Only a web address leaves the record as one (pages, feeds, exports, the API).
    url: webUrl(c.source.url),
    publishedAt: toPartialString(c.source.publishedAt, c.source.publishedPrecision),
    quote: c.quote,
    reliability: c.source.reliability,
    credibility: c.credibility,
  };
}

export function toEntry(row: EntryRow): Entry {
  const entry: Entry = {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    date: toEntryDate(row),
    sectors: row.sectors,
    places: row.places.map((p) => p.place.name),
    placeLinks: row.places.map((p) => p.place),
    actors: row.actors.map((a) => ({ id: a.actor.id, slug: a.actor.slug, name: a.actor.name, role: a.role })),
    sources: row.citations.map(toCitedSource),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
  if (row.kind === "agreement") entry.status = row.status;
  if (row.kind === "statement") {
    entry.speaker = row.speaker;
    entry.quote = row.quote;
  }
  return entry;
}

const visible = { state: "published", deletedAt: null } satisfies Prisma.EntryWhereInput;

// A page of entries as one statement and one JSON value (lib/entries/entry-json.ts): the links of
// only these entries, each aggregated in its order as entryInclude orders it.
export const PAGE_SQL_FOR_EXPLAIN = Prisma.raw(`,
  pl AS (SELECT ep."entryId" AS id, json_agg(p."name" ORDER BY ep."position") AS names, json_agg(${PLACE_LINK_SQL} ORDER BY ep."position") AS links
         FROM b JOIN "EntryPlace" ep ON ep."entryId" = b.id JOIN "Place" p ON p."id" = ep."placeId" GROUP BY 1),
  ac AS (SELECT ea."entryId" AS id, json_agg(json_build_object('id', a."id", 'slug', a."slug", 'name', a."name", 'role', ea."role")
                  ORDER BY ea."createdAt", ea."actorId", ea."role") AS actors
         FROM b JOIN "EntryActor" ea ON ea."entryId" = b.id JOIN "Actor" a ON a."id" = ea."actorId" GROUP BY 1),
  ci AS (SELECT c."entryId" AS id, json_agg(json_build_object('id', s."id", 'title', s."title", 'publisher', s."publisher", 'url', s."url",
                  'publishedAt', ${partialDateSql(`s."publishedAt"`, `s."publishedPrecision"::text`)}, 'quote', c."quote",
                  'reliability', s."reliability", 'credibility', c."credibility") ORDER BY c."position") AS sources
         FROM b JOIN "Citation" c ON c."entryId" = b.id JOIN "Source" s ON s."id" = c."sourceId" GROUP BY 1)
  SELECT coalesce(json_agg(${entryObjectSql()} ORDER BY b.n), '[]')::text AS page
  FROM b JOIN "Entry" e ON e."id" = b.id LEFT JOIN pl ON pl.id = b.id LEFT JOIN ac ON ac.id = b.id LEFT JOIN ci ON ci.id = b.id
    LEFT JOIN "Actor" sp ON sp."id" = e."speakerId"`);

/** Entries by id, in the order given; one statement however many. */
export async function entriesByIds(ids: string[]): Promise<Entry[]> {
  if (!ids.length) return [];
  // Prepared: every page runs it, and its plan costs as much as its run.
  const [{ page }] = await prepared<{ page: string }>(
    Prisma.sql`WITH b AS (SELECT b.id, b.n FROM unnest(${ids}::text[]) WITH ORDINALITY AS b(id, n))${PAGE_SQL_FOR_EXPLAIN}`,
  );
  const entries = JSON.parse(page) as Entry[];
  // Only a web address leaves the record as one: the same rule as every other door (webUrl).
  for (const entry of entries) for (const source of entry.sources) source.url = webUrl(source.url);
  return entries;
}

/**
 * A page of entries: its ids, then the entries. Callers run it beside the view's count, so the
 * entries are built while a longer count still runs ("gas pipeline" in energy at 100,000 entries:
 * a page in 16 ms and a count in 26, so the entries cost nothing more).
 */
export async function pageOfEntries(query: EntryListQuery, prepared: PreparedFilters): Promise<{ ids: string[]; nextCursor: string | null; data: Entry[] }> {
  const page = await pageOfIds(query, prepared);
  return { ...page, data: await entriesByIds(page.ids) };
}

export async function listEntries(query: EntryListQuery): Promise<EntryPage> {
  const prepared = await prepareFilters(query);
  const [{ data, nextCursor }, { total, totalIsEstimate }] = await Promise.all([pageOfEntries(query, prepared), countTotal(prepared)]);
  const page: EntryPage = { data, total, totalIsEstimate, page: query.page, pageSize: query.pageSize, nextCursor };
  if (prepared.search) page.search = explainSearch(prepared.search);
  return page;
}

/**
 * One published entry by id or by its permalink slug; null when there is none (or it is not public).
 * Its id, then the entry as a page reads it (entriesByIds): two statements, where the includes sent
 * eight in three rounds.
 */
export async function getEntry(idOrSlug: string): Promise<Entry | null> {
  const row = await prisma.entry.findFirst({ where: { ...visible, OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: { id: true } });
  if (!row) return null;
  const [entry] = await entriesByIds([row.id]);
  return entry ?? null;
}
