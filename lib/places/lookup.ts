import "server-only";
// Finding places by any spelling (Latin, Cyrillic, Persian) or slug, through the app's one name
// matcher (lib/names) over the PlaceName table: the place filter and the picker's suggestions use
// it; the entry write path looks up the exact spellings of many names at once.
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { matchNames, resolveNames, type SpellingTable } from "../names/match";

export const PLACE_SPELLINGS: SpellingTable = {
  table: "PlaceName",
  owner: "placeId",
  name: "name",
  ownerTable: "Place",
  // Places are corrected, never deleted.
  ownerLive: "TRUE",
};

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Places names mean exactly (a spelling, folded as lib/names folds it, or the slug), for many names in one query. */
export async function placesNamedExactly(db: Db, names: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (names.length === 0) return found;
  const rows = await db.$queryRaw<{ wanted: string; id: string }[]>`
    SELECT DISTINCT ON (w.name) w.name AS wanted, m.id
    FROM unnest(${names}::text[]) AS w(name)
    CROSS JOIN LATERAL (
      SELECT pn."placeId" AS id, 0 AS rank FROM "PlaceName" pn
      WHERE public.record_fold(pn."name") = public.record_fold(btrim(w.name))
      UNION ALL
      SELECT p."id", 1 FROM "Place" p WHERE p."slug" = lower(btrim(w.name))
    ) m
    ORDER BY w.name, m.rank, m.id`;
  for (const r of rows) found.set(r.wanted, r.id);
  return found;
}

/** Places a reader's `place=` means: the slug, else the exact spelling, else the closest spellings ("Busher" finds Bushehr, "Тегеран" Tehran). */
export async function resolvePlaceIds(name: string): Promise<string[]> {
  const bySlug = await prisma.place.findUnique({ where: { slug: name.trim().toLowerCase() }, select: { id: true } });
  return bySlug ? [bySlug.id] : resolveNames(PLACE_SPELLINGS, name);
}

export type PlaceSuggestion = { id: string; slug: string; name: string; kind: string; country: string | null; matched: string };

/** Places whose spellings start like or resemble `typed`, for the entry form's picker and GET /api/v1/places. */
export async function suggestPlaces(typed: string, limit = 8): Promise<PlaceSuggestion[]> {
  const matches = await matchNames(PLACE_SPELLINGS, typed, { limit, minScore: 0.4 });
  const places = await prisma.place.findMany({ where: { id: { in: matches.map((m) => m.ownerId) } }, select: { id: true, slug: true, name: true, kind: true, country: true } });
  const byId = new Map(places.map((p) => [p.id, p]));
  return matches.flatMap((m) => {
    const p = byId.get(m.ownerId);
    return p ? [{ id: p.id, slug: p.slug, name: p.name, kind: p.kind, country: p.country, matched: m.matched }] : [];
  });
}
