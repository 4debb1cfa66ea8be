import "server-only";
import { prisma } from "../db/client";
import { ACTOR_SPELLINGS, matchNames } from "../names/match";
// Queries behind the editors' actor pages: the picker, the list, the edit form and merge history.

export type ActorOption = { id: string; name: string; kind: string; country: string | null; matched: string };

/**
 * Actors for the entry form's picker: any recorded spelling, in any script, that contains the text
 * or is spelled like it (the one name matcher, lib/names), merged and deleted actors left out.
 */
export async function findActors(q: string): Promise<ActorOption[]> {
  const matches = await matchNames(ACTOR_SPELLINGS, q, { limit: 10, minScore: 0.3 });
  const actors = await prisma.actor.findMany({
    where: { id: { in: matches.map((m) => m.ownerId) } },
    select: { id: true, name: true, kind: true, country: true },
  });
  const byId = new Map(actors.map((a) => [a.id, a]));
  return matches.flatMap((m) => {
    const actor = byId.get(m.ownerId);
    return actor ? [{ ...actor, matched: m.matched }] : [];
  });
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
