import "server-only";
// Actor pages and actor suggestions. Every value reaches SQL as a bound parameter.
import { prisma } from "../db/client";
import { ACTOR_SPELLINGS, matchNames } from "../names/match";
import { entriesByIds } from "../entries/queries";
import type { Entry } from "../entries/schemas";

export type ActorProfile = {
  id: string;
  slug: string;
  name: string;
  kind: "person" | "organisation" | "state";
  country: string | null;
  titles: string[];
  /** Every other recorded spelling of the name. */
  spellings: string[];
  /** The actor's entries, newest first (undated last), each with the actor's roles in it. */
  entries: (Entry & { roles: string[] })[];
  /** How many of the actor's entries there are in all (the list stops at ENTRY_LIMIT). */
  entryTotal: number;
  /** The actors who appear with this one most often. */
  companions: { slug: string; name: string; count: number }[];
};

const ENTRY_LIMIT = 200;

export async function getActor(slug: string): Promise<ActorProfile | null> {
  const actor = await prisma.actor.findUnique({ where: { slug }, include: { names: { orderBy: { name: "asc" } } } });
  if (!actor || actor.deletedAt) return null;
  // The actor's visible entries, as a participant (EntryActor_actorId_entryId_idx) or as the
  // speaker of a statement (Entry_speakerId_idx), with their roles.
  const [rows, companions] = await Promise.all([
    prisma.$queryRaw<{ id: string; roles: string[]; total: bigint }[]>`
      WITH mine AS (
        SELECT ea."entryId" AS id, ea."role" FROM "EntryActor" ea WHERE ea."actorId" = ${actor.id}
        UNION ALL
        SELECT e."id", 'speaker' FROM "Entry" e WHERE e."speakerId" = ${actor.id}
      )
      SELECT e."id", array_agg(DISTINCT m."role") AS roles, count(*) OVER () AS total
      FROM mine m JOIN "Entry" e ON e."id" = m."id"
      WHERE e."state" = 'published' AND e."deletedAt" IS NULL
      GROUP BY e."id", e."dateStart"
      ORDER BY e."dateStart" DESC NULLS LAST, e."id"
      LIMIT ${ENTRY_LIMIT}`,
    prisma.$queryRaw<{ slug: string; name: string; count: bigint }[]>`
      WITH mine AS (
        SELECT ea."entryId" AS id FROM "EntryActor" ea WHERE ea."actorId" = ${actor.id}
        UNION
        SELECT e."id" FROM "Entry" e WHERE e."speakerId" = ${actor.id}
      ), others AS (
        SELECT ea."entryId" AS id, ea."actorId" FROM mine m JOIN "EntryActor" ea ON ea."entryId" = m."id"
        UNION
        SELECT e."id", e."speakerId" FROM mine m JOIN "Entry" e ON e."id" = m."id" WHERE e."speakerId" IS NOT NULL
      )
      SELECT a."slug", a."name", count(*) AS count
      FROM others o
      JOIN "Entry" e ON e."id" = o."id" AND e."state" = 'published' AND e."deletedAt" IS NULL
      JOIN "Actor" a ON a."id" = o."actorId" AND a."deletedAt" IS NULL
      WHERE o."actorId" <> ${actor.id}
      GROUP BY a."id", a."slug", a."name"
      ORDER BY count DESC, a."name"
      LIMIT 8`,
  ]);
  const entries = await entriesByIds(rows.map((r) => r.id));
  const roles = new Map(rows.map((r) => [r.id, r.roles]));
  return {
    id: actor.id,
    slug: actor.slug,
    name: actor.name,
    kind: actor.kind,
    country: actor.country,
    titles: actor.titles,
    spellings: actor.names.map((n) => n.name).filter((n) => n !== actor.name),
    entries: entries.map((e) => ({ ...e, roles: roles.get(e.id) ?? [] })),
    entryTotal: rows.length ? Number(rows[0].total) : 0,
    companions: companions.map((c) => ({ slug: c.slug, name: c.name, count: Number(c.count) })),
  };
}

/** `id` is what an entry's actors and speaker name (the write API takes ids); `slug` is the actor's page. */
export type ActorSuggestion = { id: string; slug: string; name: string; matched: string };

/**
 * Actors whose name, in any recorded spelling, starts like or resembles what was typed; for the
 * actor field's suggestions, in Latin, Cyrillic or Persian script (the one name matcher, lib/names).
 */
export async function suggestActors(typed: string, limit = 8): Promise<ActorSuggestion[]> {
  const matches = await matchNames(ACTOR_SPELLINGS, typed, { limit, minScore: 0.3 });
  const actors = await prisma.actor.findMany({ where: { id: { in: matches.map((m) => m.ownerId) } }, select: { id: true, slug: true, name: true } });
  const byId = new Map(actors.map((a) => [a.id, a]));
  return matches.flatMap((m) => {
    const actor = byId.get(m.ownerId);
    return actor ? [{ id: actor.id, slug: actor.slug, name: actor.name, matched: m.matched }] : [];
  });
}

/** Every actor with every spelling, for the suggestions a page offers without JavaScript. */
export async function allActorNames(limit = 500): Promise<ActorSuggestion[]> {
  const rows = await prisma.actorName.findMany({
    take: limit,
    where: { actor: { deletedAt: null } },
    orderBy: { name: "asc" },
    select: { name: true, actor: { select: { id: true, slug: true, name: true } } },
  });
  return rows.map((r) => ({ id: r.actor.id, slug: r.actor.slug, name: r.actor.name, matched: r.name }));
}
