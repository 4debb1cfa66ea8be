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

/**
 * Every actor with how many entries use it: the entries (not deleted, in any state) where it is a
 * participant in any role or a statement's speaker, each counted once. The same entries that stop
 * the actor's deletion (entriesUsing in lib/actors/write.ts), so the count and the refusal agree.
 */
export async function listActors() {
  const [actors, counts] = await Promise.all([
    prisma.actor.findMany({
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true, kind: true, country: true, mergedIntoId: true, deletedAt: true, _count: { select: { names: true } } },
    }),
    // EntryActor_actorId_entryId_idx and Entry_speakerId_idx.
    prisma.$queryRaw<{ actorId: string; entries: bigint }[]>`
      SELECT x."actorId", count(DISTINCT x."entryId") AS entries
      FROM (
        SELECT ea."actorId", ea."entryId" FROM "EntryActor" ea
        UNION ALL
        SELECT e."speakerId", e."id" FROM "Entry" e WHERE e."speakerId" IS NOT NULL
      ) x
      JOIN "Entry" e ON e."id" = x."entryId" AND e."deletedAt" IS NULL
      GROUP BY x."actorId"`,
  ]);
  const entries = new Map(counts.map((c) => [c.actorId, Number(c.entries)]));
  return actors.map((a) => ({ ...a, _count: { names: a._count.names, entries: entries.get(a.id) ?? 0 } }));
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
