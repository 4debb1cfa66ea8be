import "server-only";
// The record's actors for the names an article gives, by any recorded spelling: the same name
// ignoring case and accents first, then a close spelling by trigram similarity (index
// "ActorName_name_trgm_idx"). One round trip however many names.
// When lib/names/ (the shared name matcher) lands, this function is the one place to switch over.
import { prisma } from "../db/client";
import type { ActorMatch } from "./match";

export async function matchActorNames(names: string[]): Promise<Map<string, ActorMatch>> {
  const unique = [...new Set(names.filter((n) => n.trim()))].slice(0, 200);
  if (!unique.length) return new Map();
  const rows = await prisma.$queryRaw<{ query: string; id: string; slug: string; name: string; matched: string; score: number }[]>`
    WITH q AS (SELECT name, lower(public.record_unaccent(name)) AS t FROM unnest(${unique}::text[]) AS u(name)),
    exact AS (
      SELECT DISTINCT ON (q.name) q.name AS query, a."id", a."slug", a."name", n."name" AS matched, 1.0::float AS score
      FROM q
      JOIN "ActorName" n ON lower(public.record_unaccent(n."name")) = q.t
      JOIN "Actor" a ON a."id" = n."actorId" AND a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL
      ORDER BY q.name, a."name"
    ),
    close AS (
      SELECT DISTINCT ON (q.name) q.name AS query, a."id", a."slug", a."name", n."name" AS matched,
        similarity(lower(public.record_unaccent(n."name")), q.t)::float AS score
      FROM q
      JOIN "ActorName" n ON lower(public.record_unaccent(n."name")) % q.t
      JOIN "Actor" a ON a."id" = n."actorId" AND a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL
      WHERE q.name NOT IN (SELECT query FROM exact) AND length(q.t) >= 5
      ORDER BY q.name, score DESC
    )
    SELECT * FROM exact UNION ALL SELECT * FROM close WHERE score >= 0.55`;
  return new Map(rows.map((r) => [r.query, { id: r.id, slug: r.slug, name: r.name, matched: r.matched }]));
}
