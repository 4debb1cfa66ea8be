import "server-only";
// Actor pages and actor suggestions. Every value reaches SQL as a bound parameter.
import { prisma } from "../db/client";
import { ACTOR_SPELLINGS, matchNames } from "../names/match";
import { countTotal, roundEstimate } from "../entries/counts";
import { pageOfIds } from "../entries/page";
import { entriesByIds } from "../entries/queries";
import { entryListQuery, type Entry } from "../entries/schemas";
import { prepareFilters } from "../entries/search";

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
  /** The total is estimated, as browse says it (an actor whose name means several, past the count cap). */
  totalIsEstimate: boolean;
  /** The actors who appear with this one most often. */
  companions: { slug: string; name: string; count: number }[];
  /** The companions' counts are scaled up from a sample of the actor's entries (COMPANION_SAMPLE). */
  companionsSampled: boolean;
};

const ENTRY_LIMIT = 50;
/**
 * An actor of more entries than this has its companions counted on a sample of about this many of
 * them (a fixed hash of each entry's id, so the sample is the same on every visit): the companions
 * of an actor of 9,600 entries in a million took 19,000 link lookups and most of the page's 285 ms.
 */
const COMPANION_SAMPLE = 2_000;

/**
 * An actor's page, through the browse filters' one path (`actor=` its slug), as a place's page: its
 * latest entries are the browse page, its total browse's count (the actor's rollup), and its
 * companions are counted on its entries, or on a labelled sample of them for an actor of very many.
 */
export async function getActor(slug: string): Promise<ActorProfile | null> {
  const actor = await prisma.actor.findUnique({ where: { slug }, include: { names: { orderBy: { name: "asc" } } } });
  if (!actor || actor.deletedAt) return null;
  const query = entryListQuery.parse({ actor: actor.slug, pageSize: String(ENTRY_LIMIT), sort: "newest" });
  const prepared = await prepareFilters(query);
  const total = await countTotal(prepared);
  // Every `share`-th entry by a hash of its id; 1 (every entry) for an actor of few.
  const share = Math.max(1, Math.ceil(total.total / COMPANION_SAMPLE));
  // The page's entries and their roles are read as soon as its ids are known, beside the companions.
  const latest = pageOfIds(query, prepared).then(({ ids }) =>
    Promise.all([
      entriesByIds(ids),
      prisma.$queryRaw<{ id: string; roles: string[] }[]>`
        SELECT m."id", array_agg(DISTINCT m."role" ORDER BY m."role") AS roles FROM (
          SELECT ea."entryId" AS id, ea."role" FROM "EntryActor" ea WHERE ea."actorId" = ${actor.id} AND ea."entryId" = ANY(${ids}::text[])
          UNION ALL
          SELECT e."id", 'speaker' FROM "Entry" e WHERE e."speakerId" = ${actor.id} AND e."id" = ANY(${ids}::text[])
        ) m GROUP BY m."id"`,
    ]),
  );
  const [[entries, roles], companions] = await Promise.all([
    latest,
    prisma.$queryRaw<{ slug: string; name: string; count: bigint }[]>`
      WITH mine AS (
        SELECT m."id" FROM (
          SELECT ea."entryId" AS id FROM "EntryActor" ea WHERE ea."actorId" = ${actor.id}
          UNION
          SELECT e."id" FROM "Entry" e WHERE e."speakerId" = ${actor.id}
        ) m
        WHERE ${share} = 1 OR abs(hashtext(m."id")::bigint) % ${share} = 0
      ), others AS (
        SELECT m."id", ea."actorId" FROM mine m CROSS JOIN LATERAL (SELECT ea."actorId" FROM "EntryActor" ea WHERE ea."entryId" = m."id" OFFSET 0) ea
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
  const rolesOf = new Map(roles.map((r) => [r.id, r.roles]));
  return {
    id: actor.id,
    slug: actor.slug,
    name: actor.name,
    kind: actor.kind,
    country: actor.country,
    titles: actor.titles,
    spellings: actor.names.map((n) => n.name).filter((n) => n !== actor.name),
    entries: entries.map((e) => ({ ...e, roles: rolesOf.get(e.id) ?? [] })),
    entryTotal: total.total,
    totalIsEstimate: total.totalIsEstimate,
    companions: companions.map((c) => ({ slug: c.slug, name: c.name, count: share === 1 ? Number(c.count) : roundEstimate(Number(c.count) * share) })),
    companionsSampled: share > 1,
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

/** A spelling the page's own list offers, and the actor's name when the spelling is another. */
export type ListedName = { matched: string; name: string };

/**
 * Every spelling of every actor, for the list a page offers without JavaScript (with it, the field
 * asks /api/v1/actors as the reader types), or none when there are more than `limit`: sent with
 * every browse, timeline and map page, the first 300 of 9,000 spellings in alphabetical order
 * suggested nothing and weighed 40 KB of each page (its HTML and the same again in the page's data).
 */
export async function listedActorNames(limit = 300): Promise<ListedName[]> {
  const rows = await prisma.actorName.findMany({
    take: limit + 1,
    where: { actor: { deletedAt: null } },
    orderBy: { name: "asc" },
    select: { name: true, actor: { select: { name: true } } },
  });
  return rows.length > limit ? [] : rows.map((r) => ({ matched: r.name, name: r.actor.name }));
}
