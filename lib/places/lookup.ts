import "server-only";
// Finding places by any spelling (Latin, Cyrillic, Persian) or slug. This is the one place-name
// matcher of the app: the place filter, the picker's suggestions and the entry write path call it.
// Exact matches ignore case and accents (lower(record_unaccent(name)), the PlaceName trigram index
// serves both the exact and the close match).
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Places a name means exactly: one of their spellings or their slug. */
export async function placesNamedExactly(db: Db, names: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (names.length === 0) return found;
  const rows = await db.$queryRaw<{ wanted: string; id: string }[]>`
    SELECT DISTINCT ON (w.name) w.name AS wanted, m.id
    FROM unnest(${names}::text[]) AS w(name)
    CROSS JOIN LATERAL (
      SELECT pn."placeId" AS id, 0 AS rank FROM "PlaceName" pn
      WHERE lower(public.record_unaccent(pn."name")) = lower(public.record_unaccent(btrim(w.name)))
      UNION ALL
      SELECT p."id", 1 FROM "Place" p WHERE p."slug" = lower(btrim(w.name))
    ) m
    ORDER BY w.name, m.rank, m.id`;
  for (const r of rows) found.set(r.wanted, r.id);
  return found;
}

/**
 * Places a reader's `place=` means: the exact spelling or slug, else the places whose spellings
 * are closest (trigram word similarity), so "Busher" still finds Bushehr.
 */
export async function resolvePlaceIds(name: string): Promise<string[]> {
  const exact = await placesNamedExactly(prisma, [name]);
  if (exact.size) return [...exact.values()];
  const close = await prisma.$queryRaw<{ id: string; score: number }[]>`
    SELECT pn."placeId" AS id, max(word_similarity(lower(public.record_unaccent(${name})), lower(public.record_unaccent(pn."name")))) AS score
    FROM "PlaceName" pn
    WHERE lower(public.record_unaccent(${name})) <% lower(public.record_unaccent(pn."name"))
    GROUP BY pn."placeId" ORDER BY score DESC LIMIT 20`;
  if (close.length === 0) return [];
  const best = close[0].score;
  return close.filter((r) => r.score >= best - 0.05).map((r) => r.id);
}

export type PlaceSuggestion = { slug: string; name: string; kind: string; country: string | null; matched: string };

/** Places whose spellings start like or resemble `q`, for the entry form's picker and GET /api/v1/places. */
export async function suggestPlaces(typed: string, limit = 8): Promise<PlaceSuggestion[]> {
  return prisma.$queryRaw<PlaceSuggestion[]>`
    WITH typed AS (SELECT lower(public.record_unaccent(${typed})) AS t),
    hits AS (
      SELECT n."placeId", n."name",
        (lower(public.record_unaccent(n."name")) LIKE (SELECT t FROM typed) || '%') AS prefix,
        word_similarity((SELECT t FROM typed), lower(public.record_unaccent(n."name"))) AS score
      FROM "PlaceName" n
      WHERE lower(public.record_unaccent(n."name")) LIKE '%' || (SELECT t FROM typed) || '%'
         OR (SELECT t FROM typed) <% lower(public.record_unaccent(n."name"))
    )
    SELECT p."slug", p."name", p."kind"::text AS kind, p."country", (array_agg(h."name" ORDER BY h.prefix DESC, h.score DESC))[1] AS matched
    FROM hits h JOIN "Place" p ON p."id" = h."placeId"
    GROUP BY p."id", p."slug", p."name", p."kind", p."country"
    ORDER BY bool_or(h.prefix) DESC, max(h.score) DESC, p."name"
    LIMIT ${limit}`;
}
