// A new spelling of an actor named in ENTRIES entries: how long the edit takes, and the queue that
// gives the rest of its entries the spelling (lib/entries/search-names-refresh.ts). A freshly seeded
// database, ENTRIES imported entries naming the seed's first actor. Prints times; asserts nothing.
//
//   npx tsx --conditions=react-server scripts/bench/spelling-refresh.ts [ENTRIES]   # default 10,000
import { csvOfEvents, seededRecord } from "./seeded-record";

const rows = Number(process.argv[2] ?? 10_000);
const { prisma, caller, close } = await seededRecord();
const { runImport } = await import("../../lib/import/apply");
const { updateActor } = await import("../../lib/actors/write");
const { runPendingRefreshes } = await import("../../lib/entries/search-names-refresh");
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

try {
  const actor = await prisma.actor.findFirstOrThrow({ include: { names: true } });
  await runImport(caller, { format: "csv", text: await csvOfEvents(rows, actor.name), fileName: "bench.csv", state: "published" });
  console.log(`imported ${rows.toLocaleString("en")} entries naming ${actor.name}`);
  const started = performance.now();
  try {
    await updateActor(caller, { id: actor.id, reason: "a new spelling", aliases: [...actor.names.map((n) => n.name), `${actor.name} Newspelling`] });
    console.log(`the edit: ${seconds(started)} s`);
  } catch (error) {
    console.log(`the edit: ${seconds(started)} s, FAILED: ${(error as Error).message.slice(0, 300)}`);
    process.exitCode = 1;
  }
  if (!process.exitCode) {
    const queued = performance.now();
    const batches = await runPendingRefreshes();
    console.log(`the queue: ${batches} batches in ${seconds(queued)} s`);
    const [{ stale }] = await prisma.$queryRaw<{ stale: bigint }[]>`
      SELECT count(*) AS stale FROM "Entry" WHERE "searchNames" NOT LIKE '%Newspelling%' AND "id" IN (SELECT "entryId" FROM "EntryActor" WHERE "actorId" = ${actor.id})`;
    console.log(`entries still without the new spelling: ${Number(stale)}`);
  }
} finally {
  await close();
}
