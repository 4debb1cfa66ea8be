import "server-only";
// Search and filters for the record, on PostgreSQL's full-text search and pg_trgm (indexes in
// prisma/migrations/*_search). Every value reaches SQL as a bound parameter.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { ACTOR_SPELLINGS, resolveNames } from "../names/match";
import { resolvePlaceIds } from "../places/lookup";
import { planSearch, type SearchPlan } from "../search/plan";
import { searchWindowYears, windowFillsItsYears } from "./window-years";
import type { EntryListQuery, EntrySort } from "./schemas";

/** Actors a name means: the slug, or any recorded spelling in any script (lib/names). */
export async function resolveActorIds(name: string): Promise<string[]> {
  const bySlug = await prisma.actor.findFirst({ where: { slug: name, deletedAt: null }, select: { id: true } });
  return bySlug ? [bySlug.id] : resolveNames(ACTOR_SPELLINGS, name);
}

export type EntryFilterInput = Omit<EntryListQuery, "page" | "pageSize" | "sort">;
/** A filter dimension a facet leaves out, so that its counts say what choosing each value would give. */
export type FacetDimension = "sector" | "kind" | "status";

/**
 * What the filters need from the database (how q is matched and ranked, the actor's ids), looked
 * up once. `tsQuery` is the tsquery text the search matches on (`search.all`, or `search.some`
 * when only some of the words are asked for).
 */
export type PreparedFilters = {
  query: EntryFilterInput;
  tsQuery: string | null;
  search: SearchPlan | null;
  actorIds: string[] | null;
  /** The places `place=` means (any spelling or slug); null without the filter. */
  placeIds: string[] | null;
  /** With q and a date window: the years the window's entries hold as words (lib/entries/window-years.ts). */
  windowYears?: string | null;
  /** Which entries are in view instead of the published ones: the write API's ?state= (lib/entries/editable.ts). */
  scope?: Prisma.Sql;
};

/** Below this many entries with every word of q, entries with most of them are shown too. */
export const FEW_FULL_MATCHES = 3;

export async function prepareFilters(query: EntryFilterInput): Promise<PreparedFilters> {
  const [search, actorIds, placeIds, windowYears] = await Promise.all([
    query.q ? planSearch(query.q) : Promise.resolve(null),
    query.actor ? resolveActorIds(query.actor) : Promise.resolve(null),
    query.place ? resolvePlaceIds(query.place) : Promise.resolve(null),
    searchWindowYears(query),
  ]);
  const prepared: PreparedFilters = { query, tsQuery: search?.all ?? null, search, actorIds, placeIds, windowYears };
  if (search?.some) {
    // A word the record never uses ("… trip") means no entry has them all: no need to look.
    const full = search.unmatchable ? 0 : await countUpTo(prepared, FEW_FULL_MATCHES);
    if (full < FEW_FULL_MATCHES) {
      search.partial = true;
      search.fullMatches = full;
      prepared.tsQuery = search.some;
    }
  }
  return prepared;
}

/** How many entries match, counting no further than `limit` (cheap: stops at the limit). */
async function countUpTo(prepared: PreparedFilters, limit: number): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>(
    Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "Entry" e WHERE ${whereClause(prepared, undefined, { stopsEarly: true })} LIMIT ${limit}) AS few`,
  );
  return Number(n);
}

/** How many of q's clauses an entry's document has (ranking and the floor of partial matches). */
function clausesMatched(search: SearchPlan): Prisma.Sql {
  return Prisma.join(
    search.clauses.map((c) => Prisma.sql`(${searchDocument} @@ to_tsquery('english', ${c}))::int`),
    " + ",
  );
}

/**
 * The match condition for q (lib/search/plan.ts decides its words and widenings). `years`, the
 * words of a date window's years, are asked for in the same tsquery: the index then combines them
 * with q's words itself (as a second condition on the index, 46–56 ms against 35–40 ms).
 */
export function searchCondition(search: SearchPlan, years?: string | null): Prisma.Sql {
  const withYears = (tsQuery: string) => (years ? `(${tsQuery}) & (${years})` : tsQuery);
  if (search.partial && search.some) {
    return Prisma.sql`${searchDocument} @@ to_tsquery('english', ${withYears(search.some)}) AND (${clausesMatched(search)}) >= ${search.minClauses}`;
  }
  return search.all ? Prisma.sql`${searchDocument} @@ to_tsquery('english', ${withYears(search.all)})` : Prisma.sql`FALSE`;
}

/**
 * What puts an entry among the candidates relevance re-ranks (lib/entries/page.ts), before the
 * date: when only some words are asked for, the entries with the most of them, so the few that
 * have every word are never left out of a broad set of partial matches.
 */
export function candidateOrder(search: SearchPlan | null): Prisma.Sql {
  return search?.partial && search.some ? Prisma.sql`(${clausesMatched(search)}) DESC, ` : Prisma.empty;
}

/**
 * Relevance: entries with more of q's clauses first (when some are asked for), then ts_rank_cd, which
 * favours entries where the words stand close together. `cheap` ranks by ts_rank instead, at a
 * fraction of the cost per entry: used to pick the candidates ts_rank_cd re-ranks (lib/entries/page.ts).
 */
export function searchRank(search: SearchPlan, { cheap = false } = {}): Prisma.Sql {
  const query = search.partial && search.some ? search.some : search.all;
  const rank = cheap
    ? Prisma.sql`ts_rank(${searchDocument}, to_tsquery('english', ${query ?? ""}))`
    : Prisma.sql`ts_rank_cd(${searchDocument}, to_tsquery('english', ${query ?? ""}))`;
  return search.partial && search.some ? Prisma.sql`(${clausesMatched(search)}) DESC, ${rank} DESC` : Prisma.sql`${rank} DESC`;
}

/**
 * An entry's search document: the stored column PostgreSQL builds from title, summary, quote and
 * every spelling of its actors' names (trigger "Entry_search_document"), indexed by
 * "Entry_searchDocument_idx".
 */
export const searchDocument = Prisma.sql`e."searchDocument"`;

/**
 * The days an entry may cover, as the range "Entry_visible_period_idx" indexes (the expression must
 * stay exactly the migration's): empty when undated, so that it overlaps no window, and never
 * invalid. It overlaps a window whenever `periodEnd >= from AND dateStart <= to` holds.
 */
export const entryPeriodSql = Prisma.sql`(CASE WHEN e."dateStart" IS NULL THEN 'empty'::daterange ELSE daterange(e."dateStart", greatest(e."dateStart", e."periodEnd"), '[]') END)`;

/**
 * The last day an entry may cover (for a dated entry), as "Entry_visible_period_end_idx" indexes it:
 * the expression must stay exactly the migration's.
 */
export const entryPeriodEndSql = Prisma.sql`greatest(e."dateStart", e."periodEnd")`;

/**
 * The WHERE clause shared by the list, its count, the facets and the timeline. `except` leaves one
 * dimension out (for that dimension's facet counts).
 */
export function whereClause(
  { query, search, actorIds, placeIds, scope, windowYears }: PreparedFilters,
  except?: FacetDimension,
  { alongDates = false, stopsEarly = false }: { alongDates?: boolean; stopsEarly?: boolean } = {},
): Prisma.Sql {
  // Visible entries: the partial indexes of the readers migration carry this same predicate.
  const conditions: Prisma.Sql[] = scope ? [scope] : [Prisma.sql`e."state" = 'published'`, Prisma.sql`e."deletedAt" IS NULL`];
  // The window's years narrow the search only in the published record, whose years they are.
  if (search) conditions.push(searchCondition(search, scope ? null : windowYears));
  if (query.kind && except !== "kind") conditions.push(Prisma.sql`e."kind" = ${query.kind}::"EntryKind"`);
  if (query.sector?.length && except !== "sector") conditions.push(Prisma.sql`e."sectors" && ${query.sector}::"Sector"[]`);
  if (query.status?.length && except !== "status") {
    conditions.push(Prisma.sql`e."status" = ANY(${query.status}::"AgreementStatus"[])`);
  }
  // An entry matches a date window when the period it may cover overlaps it ("Feb 2026" is in
  // from=2026-02-18); undated entries drop out once a date filter is set. That is
  // `periodEnd >= from AND dateStart <= to`, written as:
  // - the overlap of the entry's period with the window (entryPeriodSql), which
  //   "Entry_visible_period_idx" answers: no B-tree finds both ends at once (the map of four weeks in
  //   a million entries tested all 960,000 to keep 6,000), and its statistics make the estimate true;
  // - and `dateStart <= to`, which PostgreSQL cannot see in the overlap: a walk along the date index
  //   starts there. It also counts twice in the estimate, which matters little for recent windows,
  //   where nearly every entry starts before `to`. `periodEnd >= from` is not also written: counted
  //   twice, PostgreSQL took 12,000 matches for 965 and scanned 735,000 entries (390 ms).
  // A window open at its end ("since 15 January 2024") has one end to find, and a B-tree finds it
  // ("Entry_visible_period_end_idx", on the last day the entry may cover) in half the time of the
  // range index: "gas pipeline" since 15 January 2024 at a million entries, 74,000 entries in the
  // window, 12 ms against 24 for the index and 93 ms against 127 for the count.
  // A search that asks for the window's years already finds the window's entries with its matches;
  // when the window fills those years, its test is written so that no index answers it
  // (windowFillsItsYears): `(…) IS TRUE`, the same test of each match. Not in a query that `stopsEarly`
  // after a few rows (countUpTo): there PostgreSQL may read the table until it has them, and with
  // the window hidden from its estimates it built the search's whole bitmap instead (31 ms against 1).
  const years = search && !scope && windowYears && !stopsEarly ? windowYears : null;
  const byIndex = (test: Prisma.Sql) => (years && windowFillsItsYears(query, years) ? Prisma.sql`(${test}) IS TRUE` : test);
  if (query.to) conditions.push(Prisma.sql`e."dateStart" <= ${query.to}::date`);
  if (query.from && query.to) conditions.push(byIndex(Prisma.sql`${entryPeriodSql} && daterange(${query.from}::date, ${query.to}::date, '[]')`));
  else if (query.from) conditions.push(Prisma.sql`e."dateStart" IS NOT NULL AND ${byIndex(Prisma.sql`${entryPeriodEndSql} >= ${query.from}::date`)}`);
  // Actor and grading filters as semi-joins (id IN …), not EXISTS … OR …: PostgreSQL can then start
  // from the few entries of the actor (EntryActor_actorId_entryId_idx, Entry_speakerId_idx) instead
  // of testing every visible entry. A page that walks the date index (`alongDates`, for an actor
  // with thousands of entries: lib/entries/page.ts) tests each entry instead: the OR keeps the
  // actor's linked entries as one hashed set, read once, and the walk stops after the page (7 ms
  // instead of 50 for an actor of 10,000 entries in a million).
  if (actorIds) {
    const linked = Prisma.sql`SELECT ea."entryId" FROM "EntryActor" ea WHERE ea."actorId" = ANY(${actorIds}::text[])`;
    conditions.push(
      !actorIds.length
        ? Prisma.sql`FALSE`
        : alongDates
          ? Prisma.sql`(e."id" IN (${linked}) OR e."speakerId" = ANY(${actorIds}::text[]))`
          : Prisma.sql`e."id" IN (${linked} UNION ALL SELECT sp."id" FROM "Entry" sp WHERE sp."speakerId" = ANY(${actorIds}::text[]))`,
    );
  }
  // The place's entries from EntryPlace_placeId_entryId_idx, as for actors.
  if (placeIds) {
    conditions.push(
      placeIds.length ? Prisma.sql`e."id" IN (SELECT ep."entryId" FROM "EntryPlace" ep WHERE ep."placeId" = ANY(${placeIds}::text[]))` : Prisma.sql`FALSE`,
    );
  }
  if (query.reliability?.length) {
    conditions.push(Prisma.sql`e."id" IN (SELECT c."entryId" FROM "Citation" c JOIN "Source" s ON s."id" = c."sourceId"
                                          WHERE s."reliability" = ANY(${query.reliability}::"SourceReliability"[]))`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The WHERE clause shared by the list, its count and the facets (kept for callers of the first API). */
export async function entryFilters(query: EntryFilterInput) {
  const prepared = await prepareFilters(query);
  return { where: whereClause(prepared), tsQuery: prepared.tsQuery, search: prepared.search };
}

/**
 * The list's order; exports use it too (lib/export/entries.ts), so a download lists entries as the
 * page does. `cheap` relevance is the first pass that picks the candidates (searchRank).
 */
export function orderBy(sort: EntrySort, search: SearchPlan | null, { cheap = false } = {}): Prisma.Sql {
  // Both date orders put undated entries last; the indexes "Entry_browse_newest_idx" and
  // "Entry_browse_oldest_idx" hold exactly these orders, so a page stops after LIMIT rows.
  if (sort === "oldest") return Prisma.sql`e."dateStart" ASC NULLS LAST, e."id"`;
  if (sort === "relevance" && search) return Prisma.sql`${searchRank(search, { cheap })}, e."dateStart" DESC NULLS LAST, e."id"`;
  return Prisma.sql`e."dateStart" DESC NULLS LAST, e."id"`;
}

// Pages, counts and facets built on these filters: lib/entries/page.ts, lib/entries/counts.ts.
