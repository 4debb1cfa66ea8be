import "server-only";
// An import into a small record grows its tables many times over inside one transaction, and
// PostgreSQL plans some statements once per connection from the tables' statistics: the
// foreign-key check of every new citation and actor link is planned as a read of the whole Entry
// table when the record held the 25 entries of the initial one. Each check then reads every entry
// written so far, so the import's time grows with the square of its rows: 10,000 rows into the
// initial record took 29.7 s, against 11.1 s with the statistics kept (docs/performance.md).
// ANALYZE sees the transaction's own rows and makes the cached plans be made again.
import { Prisma } from "../db/generated/client";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** Advisory lock key (any constant): one import at a time refreshes the statistics. */
const ANALYZE_LOCK = 7_215_004;

/**
 * Returns `grew(n)`, to call after each batch of n new entries: it refreshes the statistics of
 * "Entry" and "EntryActor" each time the import has added as many entries as the table held when
 * they were last taken. That is a handful of ANALYZEs for a file far larger than the record (each
 * doubling), and none when the record is larger than the file.
 */
export async function keepStatistics(tx: Tx): Promise<(added: number) => Promise<void>> {
  const [{ entries }] = await tx.$queryRaw<{ entries: number }[]>`
    SELECT greatest(reltuples, 0)::float8 AS entries FROM pg_class WHERE oid = '"Entry"'::regclass`;
  let counted = entries;
  let since = 0;
  return async (added) => {
    since += added;
    if (since < Math.max(counted, 1)) return;
    // ANALYZE holds its table lock to the commit; a second import meanwhile goes on without it
    // rather than wait (the try-lock is released at the commit too).
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${ANALYZE_LOCK}) AS locked`;
    if (!locked) return;
    await tx.$executeRaw`ANALYZE "Entry", "EntryActor"`;
    counted += since;
    since = 0;
  };
}
