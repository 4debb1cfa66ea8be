import "server-only";
import type { PrismaClient } from "../db/generated/client";

type Db = Pick<PrismaClient, "$executeRaw">;

/**
 * Copies every spelling of every actor of the given entries (speaker included) into
 * Entry.searchNames, which the full-text index covers. Call it whenever an entry's actors or an
 * actor's names change; one set-based statement however many entries (an import passes them all).
 * The names come from two paths joined by UNION, each on its own index (EntryActor by entry, then
 * ActorName by actor): an OR across the two keys kept the planner off both and made a 100,000-entry
 * refresh take minutes. Entries whose names did not change are not rewritten.
 */
export async function refreshSearchNames(db: Db, entryIds: string[]): Promise<void> {
  if (entryIds.length === 0) return;
  await db.$executeRaw`
    WITH target AS (SELECT e."id", e."speakerId", e."searchNames" FROM "Entry" e WHERE e."id" = ANY(${entryIds}::text[])),
    actors AS (
      SELECT ea."entryId", ea."actorId" FROM "EntryActor" ea JOIN target t ON t."id" = ea."entryId"
      UNION
      SELECT t."id", t."speakerId" FROM target t WHERE t."speakerId" IS NOT NULL
    ),
    names AS (
      SELECT a."entryId", string_agg(DISTINCT n."name", ' ') AS names
      FROM actors a JOIN "ActorName" n ON n."actorId" = a."actorId"
      GROUP BY a."entryId"
    )
    UPDATE "Entry" AS e SET "searchNames" = coalesce(names.names, '')
    FROM target t LEFT JOIN names ON names."entryId" = t."id"
    WHERE e."id" = t."id" AND e."searchNames" IS DISTINCT FROM coalesce(names.names, '')`;
}
