import "server-only";
import { prisma } from "../db/client";
import { toPartialString } from "../dates/partial-date";
import { webUrl } from "../links/web-url";
import type { Prisma } from "../db/generated/client";
import { explainSearch } from "../search/explain";
import { countTotal } from "./counts";
import { pageOfIds } from "./page";
import { prepareFilters } from "./search";
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

/** Entries by id, in the order given; one query (plus Prisma's batched includes) however many. */
export async function entriesByIds(ids: string[]): Promise<Entry[]> {
  const rows = ids.length ? await prisma.entry.findMany({ where: { id: { in: ids } }, include: entryInclude }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [toEntry(byId.get(id)!)] : []));
}

export async function listEntries(query: EntryListQuery): Promise<EntryPage> {
  const prepared = await prepareFilters(query);
  const [{ ids, nextCursor }, { total, totalIsEstimate }] = await Promise.all([pageOfIds(query, prepared), countTotal(prepared)]);
  const page: EntryPage = { data: await entriesByIds(ids), total, totalIsEstimate, page: query.page, pageSize: query.pageSize, nextCursor };
  if (prepared.search) page.search = explainSearch(prepared.search);
  return page;
}

/** One published entry by id or by its permalink slug; null when there is none (or it is not public). */
export async function getEntry(idOrSlug: string): Promise<Entry | null> {
  const row = await prisma.entry.findFirst({
    where: { ...visible, OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    include: entryInclude,
  });
  return row ? toEntry(row) : null;
}
