import "server-only";
// When an actor's or a place's spellings change, or actors are merged, every entry naming it gets its
// search names rebuilt (lib/entries/search-names.ts), and with them its search document: about
// 0.6 ms an entry. Iran and Russia are named in nearly every entry, so for them that is the whole
// record, and at 30,000 entries an edit of their spellings took 18 s of its 20 s transaction.
// So the write rebuilds the first REBUILD_NOW entries itself, in its own transaction (an actor of a
// few thousand entries is done when the editor sees the page), and leaves a row in
// "SearchNamesRefresh" for the rest. Every app instance works through those rows in transactions of
// BATCH entries (runPendingRefreshes, started by instrumentation.ts); FOR UPDATE SKIP LOCKED keeps
// two instances off the same row, and the row outlives a restart. Until it is gone, a search by a
// new spelling misses the entries not yet rebuilt, and the actor's or place's page says so.
import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { newId } from "../db/insert-rows";
import { refreshSearchNames } from "./search-names";

type Tx = Prisma.TransactionClient;
type Db = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;
export type NamesTarget = { actorId: string } | { placeId: string };
type Job = { id: string; actorId: string | null; placeId: string | null; after: string };

/** Entries rebuilt by one transaction of the background work. */
export const BATCH = 2_000;
/** Entries rebuilt inside the write that changed the spellings. */
export const REBUILD_NOW = 4_000;

/**
 * The next `limit` entries of the job's actor (participant or speaker) or place after its `after`,
 * in id order. Each side of the union stops at `limit` along its index, so a batch of Iran's entries
 * reads 2,000 links, not every link after the last batch.
 */
async function nextEntries(db: Db, job: Job, limit: number): Promise<string[]> {
  const rows = job.actorId
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM (
          (SELECT ea."entryId" AS id FROM "EntryActor" ea WHERE ea."actorId" = ${job.actorId} AND ea."entryId" > ${job.after} ORDER BY ea."entryId" LIMIT ${limit})
          UNION
          (SELECT e."id" FROM "Entry" e WHERE e."speakerId" = ${job.actorId} AND e."id" > ${job.after} ORDER BY e."id" LIMIT ${limit})
        ) s ORDER BY id LIMIT ${limit}`
    : await db.$queryRaw<{ id: string }[]>`
        SELECT ep."entryId" AS id FROM "EntryPlace" ep WHERE ep."placeId" = ${job.placeId} AND ep."entryId" > ${job.after}
        ORDER BY ep."entryId" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** Rebuilds the job's next `limit` entries; the job ends (its row goes) when fewer were left. */
async function step(db: Db, job: Job, limit: number): Promise<{ entries: number; finished: boolean }> {
  const ids = await nextEntries(db, job, limit);
  await refreshSearchNames(db, ids);
  if (ids.length < limit) {
    await db.$executeRaw`DELETE FROM "SearchNamesRefresh" WHERE "id" = ${job.id}`;
    return { entries: ids.length, finished: true };
  }
  job.after = ids[ids.length - 1];
  await db.$executeRaw`UPDATE "SearchNamesRefresh" SET "after" = ${job.after}, "updatedAt" = now() WHERE "id" = ${job.id}`;
  return { entries: ids.length, finished: false };
}

/**
 * In the transaction of a write that changed these actors' or places' spellings: their entries'
 * search names are rebuilt, the first `now` of them at once and the rest by the background work.
 * A target already queued starts over, since the entries done so far hold the spellings before this
 * change. Returns how many targets are left to the background work.
 */
export async function refreshNamesOf(db: Db, targets: NamesTarget[], { now = REBUILD_NOW, batch = BATCH } = {}): Promise<number> {
  let budget = now;
  let pending = 0;
  for (const target of targets) {
    const [job] =
      "actorId" in target
        ? await db.$queryRaw<Job[]>`
            INSERT INTO "SearchNamesRefresh" ("id", "actorId", "updatedAt") VALUES (${newId()}, ${target.actorId}, now())
            ON CONFLICT ("actorId") DO UPDATE SET "after" = '', "updatedAt" = now()
            RETURNING "id", "actorId", "placeId", "after"`
        : await db.$queryRaw<Job[]>`
            INSERT INTO "SearchNamesRefresh" ("id", "placeId", "updatedAt") VALUES (${newId()}, ${target.placeId}, now())
            ON CONFLICT ("placeId") DO UPDATE SET "after" = '', "updatedAt" = now()
            RETURNING "id", "actorId", "placeId", "after"`;
    let finished = false;
    while (!finished && budget > 0) {
      const done = await step(db, job, Math.min(batch, budget));
      budget -= done.entries;
      finished = done.finished;
    }
    if (!finished) pending += 1;
  }
  return pending;
}

/**
 * The background work: takes queued rebuilds one batch per transaction, oldest first, skipping rows
 * another instance holds, until none is left or `maxBatches` are done. Returns the batches done.
 */
export async function runPendingRefreshes({ batch = BATCH, maxBatches = Number.POSITIVE_INFINITY } = {}): Promise<number> {
  let batches = 0;
  while (batches < maxBatches) {
    const worked = await prisma.$transaction(
      async (tx: Tx) => {
        const [job] = await tx.$queryRaw<Job[]>`
          SELECT "id", "actorId", "placeId", "after" FROM "SearchNamesRefresh" ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!job) return false;
        await step(tx, job, batch);
        return true;
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
    if (!worked) break;
    batches += 1;
  }
  return batches;
}

/** Whether some of this actor's or place's entries still wait for its new spellings. */
export async function namesRefreshPending(target: NamesTarget): Promise<boolean> {
  const row = await prisma.searchNamesRefresh.findFirst({ where: "actorId" in target ? { actorId: target.actorId } : { placeId: target.placeId }, select: { id: true } });
  return row !== null;
}

/** How often an idle instance looks for queued rebuilds. */
const EVERY_MS = 5_000;

/** Runs the background work in this process every few seconds (instrumentation.ts). */
export function startNamesRefreshWork(): void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runPendingRefreshes();
    } catch (error) {
      // The row stays queued; the next tick, here or in another instance, takes it up again.
      console.error("Rebuilding search names failed; will retry:", error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, EVERY_MS).unref();
}
