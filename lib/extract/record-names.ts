import "server-only";
// The record's actors for the names an article gives, through the one name matcher (lib/names):
// any recorded spelling, in any script, or a close transliteration. An article's names are few
// (tens), matched in parallel; the actors' slugs and names come in one query after.
import { prisma } from "../db/client";
import { ACTOR_SPELLINGS, matchNames } from "../names/match";
import { PLACE_SPELLINGS } from "../places/lookup";

/** A record actor an article's name was matched to, and the spelling that matched. */
export type ActorMatch = { id: string; slug: string; name: string; matched: string };

/** A close spelling must be closer than for typing suggestions: a wrong match is worse than a new actor. */
const MIN_SCORE = 0.7;

export async function matchActorNames(names: string[]): Promise<Map<string, ActorMatch>> {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))].slice(0, 200);
  const found = await Promise.all(
    unique.map(async (name) => {
      const [best] = await matchNames(ACTOR_SPELLINGS, name, { limit: 1, minScore: MIN_SCORE });
      return best && (best.exact || (best.via !== "prefix" && best.score >= MIN_SCORE)) ? ([name, best] as const) : null;
    }),
  );
  const hits = found.filter((f): f is NonNullable<typeof f> => f !== null);
  const actors = await prisma.actor.findMany({ where: { id: { in: hits.map(([, m]) => m.ownerId) }, deletedAt: null, mergedIntoId: null }, select: { id: true, slug: true, name: true } });
  const byId = new Map(actors.map((a) => [a.id, a]));
  const out = new Map<string, ActorMatch>();
  for (const [name, m] of hits) {
    const actor = byId.get(m.ownerId);
    if (actor) out.set(name, { ...actor, matched: m.matched });
  }
  return out;
}

/** The record's name of each place it holds under one of these spellings (Place records, lib/places). */
export async function matchPlaceNames(names: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))].slice(0, 100);
  const found = await Promise.all(unique.map(async (name) => [name, (await matchNames(PLACE_SPELLINGS, name, { limit: 1, minScore: MIN_SCORE }))[0]] as const));
  const hits = found.filter(([, m]) => m && (m.exact || (m.via !== "prefix" && m.score >= MIN_SCORE)));
  const places = await prisma.place.findMany({ where: { id: { in: hits.map(([, m]) => m!.ownerId) } }, select: { id: true, name: true } });
  const byId = new Map(places.map((p) => [p.id, p.name]));
  return new Map(hits.flatMap(([name, m]) => (byId.has(m!.ownerId) ? [[name, byId.get(m!.ownerId)!] as const] : [])));
}
