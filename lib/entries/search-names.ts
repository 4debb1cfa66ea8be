import "server-only";
import type { PrismaClient } from "../db/generated/client";

type Db = Pick<PrismaClient, "$executeRaw">;

/**
 * Copies every spelling of every actor of the given entries (speaker included) and of every place
 * they name into Entry.searchNames, which the full-text index covers. Call it whenever an entry's
 * actors or places, or an actor's or a place's names, change; one statement however many entries.
 */
export async function refreshSearchNames(db: Db, entryIds: string[]): Promise<void> {
  if (entryIds.length === 0) return;
  await db.$executeRaw`
    UPDATE "Entry" AS e SET "searchNames" = coalesce((
      SELECT string_agg(DISTINCT s.name, ' ')
      FROM (
        SELECT n."name" FROM "ActorName" n
        WHERE n."actorId" IN (SELECT ea."actorId" FROM "EntryActor" ea WHERE ea."entryId" = e."id")
           OR n."actorId" = e."speakerId"
        UNION ALL
        SELECT pn."name" FROM "PlaceName" pn
        WHERE pn."placeId" IN (SELECT ep."placeId" FROM "EntryPlace" ep WHERE ep."entryId" = e."id")
      ) s
    ), '')
    WHERE e."id" = ANY(${entryIds}::text[])`;
}

/** The entries that name any of these places, for refreshing after a place's spellings change. */
export async function refreshSearchNamesOfPlaces(db: Db & Pick<PrismaClient, "$queryRaw">, placeIds: string[]): Promise<void> {
  if (placeIds.length === 0) return;
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT DISTINCT ep."entryId" AS id FROM "EntryPlace" ep WHERE ep."placeId" = ANY(${placeIds}::text[])`;
  await refreshSearchNames(db, rows.map((r) => r.id));
}
