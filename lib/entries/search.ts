import "server-only";
// Search and filters for the record, on PostgreSQL's full-text search and pg_trgm (indexes in
// prisma/migrations/*_search). Every value reaches SQL as a bound parameter.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { resolvePlaceIds } from "../places/lookup";
import { effectiveSort, type EntryListQuery, type EntrySort } from "./schemas";

/** Query words: letters and digits in any script, lowercased; everything else separates words. */
export function queryTokens(q: string): string[] {
  return [...new Set(q.toLowerCase().normalize("NFKC").split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, 12);
}

/**
 * For each query word, the words of known actor names that are spelled like it, so that
 * "Tsiviliov" also finds "Tsivilyov" and "Tsivilev". Candidates come from the trigram index
 * (word_similarity ≥ 0.6, the `<%` operator); words shorter than 4 letters are left alone.
 */
async function spellingVariants(tokens: string[]): Promise<Map<string, string[]>> {
  const long = tokens.filter((t) => t.length >= 4);
  const variants = new Map<string, string[]>();
  if (long.length === 0) return variants;
  const rows = await prisma.$queryRaw<{ token: string; word: string }[]>`
    SELECT DISTINCT t.token, w.word
    FROM unnest(${long}::text[]) AS t(token)
    JOIN "ActorName" n ON t.token <% lower(public.record_unaccent(n."name"))
    CROSS JOIN LATERAL regexp_split_to_table(lower(public.record_unaccent(n."name")), '[^[:alnum:]]+') AS w(word)
    WHERE w.word <> t.token AND length(w.word) >= 3 AND similarity(t.token, w.word) >= 0.3`;
  for (const { token, word } of rows) variants.set(token, [...(variants.get(token) ?? []), word]);
  return variants;
}

/**
 * A to_tsquery text: every query word must match, each either as typed (the last one also as a
 * prefix, for search-as-you-type) or as a known spelling of the same name. Tokens hold only letters
 * and digits, so they cannot inject tsquery syntax.
 */
export async function buildTsQuery(q: string): Promise<string | null> {
  const tokens = queryTokens(q);
  if (tokens.length === 0) return null;
  const variants = await spellingVariants(tokens);
  return tokens
    .map((token, i) => {
      const alternatives = [i === tokens.length - 1 ? `${token}:*` : token, ...(variants.get(token) ?? [])];
      return `(${alternatives.join(" | ")})`;
    })
    .join(" & ");
}

/** Actors a name means: exact spelling (any recorded one) or slug first, else the closest spellings. */
export async function resolveActorIds(name: string): Promise<string[]> {
  const exact = await prisma.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT n."actorId" AS id FROM "ActorName" n JOIN "Actor" a ON a."id" = n."actorId" AND a."deletedAt" IS NULL
    WHERE lower(public.record_unaccent(n."name")) = lower(public.record_unaccent(${name}))
    UNION SELECT a."id" FROM "Actor" a WHERE a."slug" = ${name} AND a."deletedAt" IS NULL`;
  if (exact.length) return exact.map((r) => r.id);
  const close = await prisma.$queryRaw<{ id: string; score: number }[]>`
    SELECT n."actorId" AS id, max(word_similarity(lower(public.record_unaccent(${name})), lower(public.record_unaccent(n."name")))) AS score
    FROM "ActorName" n JOIN "Actor" a ON a."id" = n."actorId" AND a."deletedAt" IS NULL
    WHERE lower(public.record_unaccent(${name})) <% lower(public.record_unaccent(n."name"))
    GROUP BY n."actorId" ORDER BY score DESC LIMIT 20`;
  if (close.length === 0) return [];
  // Keep only the best-scoring actors, so "Ryabkow" means Ryabkov and not every Sergei.
  const best = close[0].score;
  return close.filter((r) => r.score >= best - 0.05).map((r) => r.id);
}

export type EntryMatch = { id: string; total: number };

export type EntryFilterInput = Omit<EntryListQuery, "page" | "pageSize" | "sort">;
/** A filter dimension a facet leaves out, so that its counts say what choosing each value would give. */
export type FacetDimension = "sector" | "kind" | "status";

/** What the filters need from the database (the query's spellings, the actor's and the place's ids), looked up once. */
export type PreparedFilters = { query: EntryFilterInput; tsQuery: string | null; actorIds: string[] | null; placeIds: string[] | null };

export async function prepareFilters(query: EntryFilterInput): Promise<PreparedFilters> {
  const [tsQuery, actorIds, placeIds] = await Promise.all([
    query.q ? buildTsQuery(query.q) : Promise.resolve(null),
    query.actor ? resolveActorIds(query.actor) : Promise.resolve(null),
    query.place ? resolvePlaceIds(query.place) : Promise.resolve(null),
  ]);
  return { query, tsQuery, actorIds, placeIds };
}

/**
 * An entry's search document: the stored column generated from title, summary, quote and every
 * spelling of its actors' names (readers migration), indexed by "Entry_searchDocument_idx".
 */
export const searchDocument = Prisma.sql`e."searchDocument"`;

/**
 * The WHERE clause shared by the list, its count, the facets and the timeline. `except` leaves one
 * dimension out (for that dimension's facet counts).
 */
export function whereClause({ query, tsQuery, actorIds, placeIds }: PreparedFilters, except?: FacetDimension): Prisma.Sql {
  // Visible entries: the partial indexes of the readers migration carry this same predicate.
  const conditions: Prisma.Sql[] = [Prisma.sql`e."state" = 'published'`, Prisma.sql`e."deletedAt" IS NULL`];
  if (tsQuery) conditions.push(Prisma.sql`${searchDocument} @@ to_tsquery('english', ${tsQuery})`);
  if (query.kind && except !== "kind") conditions.push(Prisma.sql`e."kind" = ${query.kind}::"EntryKind"`);
  if (query.sector?.length && except !== "sector") conditions.push(Prisma.sql`e."sectors" && ${query.sector}::"Sector"[]`);
  if (query.status?.length && except !== "status") {
    conditions.push(Prisma.sql`e."status" = ANY(${query.status}::"AgreementStatus"[])`);
  }
  // An entry matches a date window when the period it may cover overlaps it ("Feb 2026" is in
  // from=2026-02-18); undated entries drop out once a date filter is set.
  if (query.from) conditions.push(Prisma.sql`e."periodEnd" >= ${query.from}::date`);
  if (query.to) conditions.push(Prisma.sql`e."dateStart" <= ${query.to}::date`);
  // Actor and grading filters as semi-joins (id IN …), not EXISTS … OR …: PostgreSQL can then start
  // from the few entries of the actor (EntryActor_actorId_entryId_idx, Entry_speakerId_idx) instead
  // of testing every visible entry.
  if (actorIds) {
    conditions.push(
      actorIds.length
        ? Prisma.sql`e."id" IN (SELECT ea."entryId" FROM "EntryActor" ea WHERE ea."actorId" = ANY(${actorIds}::text[])
                                UNION ALL
                                SELECT sp."id" FROM "Entry" sp WHERE sp."speakerId" = ANY(${actorIds}::text[]))`
        : Prisma.sql`FALSE`,
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
  return { where: whereClause(prepared), tsQuery: prepared.tsQuery };
}

/** The list's order; exports use it too (lib/export/entries.ts), so a download lists entries as the page does. */
export function orderBy(sort: EntrySort, tsQuery: string | null): Prisma.Sql {
  // Both date orders put undated entries last; the indexes "Entry_browse_newest_idx" and
  // "Entry_browse_oldest_idx" hold exactly these orders, so a page stops after LIMIT rows.
  if (sort === "oldest") return Prisma.sql`e."dateStart" ASC NULLS LAST, e."id"`;
  if (sort === "relevance" && tsQuery) {
    return Prisma.sql`ts_rank_cd(${searchDocument}, to_tsquery('english', ${tsQuery})) DESC, e."dateStart" DESC NULLS LAST, e."id"`;
  }
  return Prisma.sql`e."dateStart" DESC NULLS LAST, e."id"`;
}

/** The count query for a set of filters (exported for the benchmark's EXPLAIN). */
export function countSql(prepared: PreparedFilters): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS total FROM "Entry" e WHERE ${whereClause(prepared)}`;
}

/** The page query for a set of filters (exported for the benchmark's EXPLAIN). */
export function pageSql(query: EntryListQuery, prepared: PreparedFilters): Prisma.Sql {
  const offset = (query.page - 1) * query.pageSize;
  return Prisma.sql`
    SELECT e."id" FROM "Entry" e
    WHERE ${whereClause(prepared)}
    ORDER BY ${orderBy(effectiveSort(query), prepared.tsQuery)}
    LIMIT ${query.pageSize} OFFSET ${offset}`;
}

/** How many visible entries match. */
export async function countEntries(prepared: PreparedFilters): Promise<number> {
  const [{ total }] = await prisma.$queryRaw<{ total: bigint }[]>(countSql(prepared));
  return Number(total);
}

/** One page of matching entry ids in the chosen order, with the total. */
export async function findEntryIds(
  query: EntryListQuery,
  prepared?: PreparedFilters,
): Promise<{ ids: string[]; total: number; tsQuery: string | null }> {
  const filters = prepared ?? (await prepareFilters(query));
  // The page and its count run side by side: a window count(*) OVER () would make PostgreSQL read
  // every match before it could stop at the page, defeating the ordered indexes.
  const [rows, total] = await Promise.all([prisma.$queryRaw<{ id: string }[]>(pageSql(query, filters)), countEntries(filters)]);
  return { ids: rows.map((r) => r.id), total, tsQuery: filters.tsQuery };
}
