import "server-only";
import type { PrismaClient } from "../db/generated/client";

type Db = Pick<PrismaClient, "$executeRaw">;

/**
 * Copies every spelling of every actor of the given entries (speaker included) into
 * Entry.searchNames, which the full-text index covers. Call it whenever an entry's actors or an
 * actor's names change; one statement however many entries.
 */
export async function refreshSearchNames(db: Db, entryIds: string[]): Promise<void> {
  if (entryIds.length === 0) return;
  await db.$executeRaw`
    UPDATE "Entry" AS e SET "searchNames" = coalesce((
      SELECT string_agg(DISTINCT n."name", ' ')
      FROM "ActorName" n
      WHERE n."actorId" IN (SELECT ea."actorId" FROM "EntryActor" ea WHERE ea."entryId" = e."id")
         OR n."actorId" = e."speakerId"
    ), '')
    WHERE e."id" = ANY(${entryIds}::text[])`;
}
