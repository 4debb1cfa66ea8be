import "server-only";
import type { PrismaClient } from "../db/generated/client";

type Db = Pick<PrismaClient, "$executeRaw">;

/**
 * Copies every spelling of every actor of the given entries (speaker included) and of every place
 * they name into Entry.searchNames, which the full-text index covers. Call it whenever an entry's
 * actors or places change; one set-based statement however many entries (an import passes them
 * all). When an actor's or a place's spellings change, refreshNamesOf (search-names-refresh.ts)
 * calls it in batches. The names come from paths joined by UNION, each on its own
 * index (EntryActor by entry, then ActorName by actor; EntryPlace by entry, then PlaceName by
 * place): an OR across the keys kept the planner off them and made a 100,000-entry refresh take
 * minutes. Entries whose names did not change are not rewritten.
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
    spellings AS (
      SELECT a."entryId", n."name" FROM actors a JOIN "ActorName" n ON n."actorId" = a."actorId"
      UNION ALL
      SELECT ep."entryId", pn."name" FROM "EntryPlace" ep JOIN target t ON t."id" = ep."entryId" JOIN "PlaceName" pn ON pn."placeId" = ep."placeId"
    ),
    names AS (
      SELECT s."entryId", string_agg(DISTINCT s."name", ' ') AS names FROM spellings s GROUP BY s."entryId"
    )
    UPDATE "Entry" AS e SET "searchNames" = coalesce(names.names, '')
    FROM target t LEFT JOIN names ON names."entryId" = t."id"
    WHERE e."id" = t."id" AND e."searchNames" IS DISTINCT FROM coalesce(names.names, '')`;
}

/**
 * What refreshSearchNames would store for entries not written yet, from their actor ids (speaker
 * included) and place ids: the import writes each new entry with its names in the INSERT, so its
 * search document is built once instead of a second time by an UPDATE that also rewrites every
 * index of the row. The same spellings and the same `string_agg(DISTINCT …)`, so the same text.
 */
export async function searchNamesFor(db: Pick<PrismaClient, "$queryRaw">, entries: { actorIds: string[]; placeIds: string[] }[]): Promise<string[]> {
  if (entries.length === 0) return [];
  const rows = await db.$queryRaw<{ i: bigint; names: string }[]>`
    SELECT r.i, coalesce((
      SELECT string_agg(DISTINCT s."name", ' ') FROM (
        SELECT n."name" FROM "ActorName" n WHERE n."actorId" IN (SELECT jsonb_array_elements_text(r.e->'a'))
        UNION ALL
        SELECT pn."name" FROM "PlaceName" pn WHERE pn."placeId" IN (SELECT jsonb_array_elements_text(r.e->'p'))
      ) s), '') AS names
    FROM jsonb_array_elements(${JSON.stringify(entries.map((e) => ({ a: e.actorIds, p: e.placeIds })))}::jsonb) WITH ORDINALITY AS r(e, i)
    ORDER BY r.i`;
  return rows.map((r) => r.names);
}
