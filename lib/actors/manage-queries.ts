import "server-only";
import { prisma } from "../db/client";
// Queries behind the editors' actor pages: the picker, the list, the edit form and merge history.

export type ActorOption = { id: string; name: string; kind: string; country: string | null; matched: string };

/**
 * Actors for the entry form's picker: any recorded spelling that contains the text or is spelled
 * like it (trigram index on ActorName), merged and deleted actors left out.
 */
export async function findActors(q: string): Promise<ActorOption[]> {
  return prisma.$queryRaw<ActorOption[]>`
    SELECT "id", "name", "kind", "country", "matched" FROM (
    SELECT DISTINCT ON (a."id") a."id", a."name", a."kind"::text AS kind, a."country", n."name" AS matched,
      word_similarity(lower(public.record_unaccent(${q})), lower(public.record_unaccent(n."name"))) AS score
    FROM "ActorName" n JOIN "Actor" a ON a."id" = n."actorId"
    WHERE a."mergedIntoId" IS NULL AND a."deletedAt" IS NULL
      AND (lower(public.record_unaccent(n."name")) LIKE '%' || lower(public.record_unaccent(${q})) || '%'
           OR lower(public.record_unaccent(${q})) <% lower(public.record_unaccent(n."name")))
    ORDER BY a."id", score DESC
    ) best ORDER BY score DESC, "name" LIMIT 10`;
}

export async function listActors() {
  return prisma.actor.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, kind: true, country: true, mergedIntoId: true, deletedAt: true, _count: { select: { names: true, entries: true } } },
  });
}

export async function getActorForEdit(slug: string) {
  return prisma.actor.findUnique({ where: { slug }, include: { names: { orderBy: { createdAt: "asc" } }, mergedInto: { select: { name: true, slug: true } } } });
}

export async function listMerges() {
  return prisma.actorMerge.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    include: {
      fromActor: { select: { name: true, slug: true } },
      intoActor: { select: { name: true, slug: true } },
      by: { select: { name: true } },
      undoneBy: { select: { name: true } },
    },
  });
}
