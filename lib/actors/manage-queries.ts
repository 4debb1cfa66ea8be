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

/**
 * Every actor with how many entries use it: the entries (not deleted, in any state) where it is a
 * participant in any role or a statement's speaker, each counted once. The same entries that stop
 * the actor's deletion (liveEntriesOf in lib/actors/write.ts), so the count and the refusal agree.
 * Published entries come from the actor rollup (kept with every write, counting an entry once per
 * actor as this does); only drafts and entries in review are counted here. Counting every link
 * took 1.5 s at a million entries.
 */
export async function listActors() {
  const [actors, counts] = await Promise.all([
    prisma.actor.findMany({
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true, kind: true, country: true, mergedIntoId: true, deletedAt: true, _count: { select: { names: true } } },
    }),
    // "ActorRollup_actorId_idx"; "Entry_state_deletedAt_updatedAt_idx", then each entry's links.
    prisma.$queryRaw<{ actorId: string; entries: bigint }[]>`
      SELECT c."actorId", sum(c."entries")::bigint AS entries FROM (
        SELECT r."actorId", sum(r."entries") AS entries FROM "ActorRollup" r GROUP BY r."actorId"
        UNION ALL
        SELECT x."actorId", count(DISTINCT x."entryId") AS entries
        FROM (
          SELECT ea."actorId", e."id" AS "entryId" FROM "Entry" e JOIN "EntryActor" ea ON ea."entryId" = e."id"
          WHERE e."state" IN ('draft', 'in_review') AND e."deletedAt" IS NULL
          UNION ALL
          SELECT e."speakerId", e."id" FROM "Entry" e
          WHERE e."state" IN ('draft', 'in_review') AND e."deletedAt" IS NULL AND e."speakerId" IS NOT NULL
        ) x
        GROUP BY x."actorId"
      ) c
      GROUP BY c."actorId"`,
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
