// A new spelling of an actor named in ENTRIES entries: how long the edit takes, and the queue that
// gives the rest of its entries the spelling (lib/entries/search-names-refresh.ts). A freshly seeded
// database, ENTRIES imported entries naming the seed's first actor. Prints times; asserts nothing.
//
//   npx tsx --conditions=react-server scripts/bench/spelling-refresh.ts [ENTRIES]   # default 10,000
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureDatabase } from "../../lib/db/local-database";
import { applyMigrations } from "../../lib/db/migrate";
const rows = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "actor-refresh-"));
chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres(path.join(dir, "data"));
const url = await ensureDatabase(pg.url, "bench");
await applyMigrations(url);
process.env.DATABASE_URL = url;
const { prisma } = await import("../../lib/db/client");
const { seedDatabase } = await import("../../prisma/seed/load");
const { stringify } = await import("csv-stringify/sync");
const { CSV_HEADER } = await import("../../lib/export/csv-columns");
const { createUser } = await import("../../lib/accounts/accounts");
const { cliCaller } = await import("../../lib/auth/caller");
const { runImport } = await import("../../lib/import/apply");
const { updateActor } = await import("../../lib/actors/write");
const { runPendingRefreshes } = await import("../../lib/entries/search-names-refresh");
try {
  await seedDatabase(prisma);
  const actor = await prisma.actor.findFirstOrThrow({ include: { names: true } });
  const editor = await createUser(cliCaller(), { email: "bench-editor@example.org", name: "Bench Editor", role: "editor", password: "correct horse battery staple" });
  const caller = { userId: editor.id, email: editor.email, role: editor.role, via: "cli" as const, ip: null };
  const csv = stringify([CSV_HEADER, ...Array.from({ length: rows }, (_, i) => {
    const row: Record<string, string> = { kind: "event", title: `Imported event ${i} ${Math.random().toString(36).slice(2)}`, summary: "From a spreadsheet.", date_start: `2024-${String((i % 12) + 1).padStart(2, "0")}`, sectors: "trade", actors: `${actor.name} (party)`, source_title: `Report ${i % 100}`, source_url: `https://example.org/report/${i % 100}` };
    return CSV_HEADER.map((c) => row[c] ?? "");
  })]);
  await runImport(caller, { format: "csv", text: csv, fileName: "bench.csv", state: "published" });
  console.log("imported", rows, "naming", actor.name);
  const t = performance.now();
  try {
    await updateActor(caller, { id: actor.id, reason: "a new spelling", aliases: [...actor.names.map((n) => n.name), `${actor.name} Newspelling`] });
    console.log(`the edit: ${((performance.now() - t) / 1000).toFixed(1)} s, ok`);
    {
      const t2 = performance.now();
      const batches = await runPendingRefreshes();
      console.log(`the queue: ${batches} batches in ${((performance.now() - t2) / 1000).toFixed(1)} s`);
      const [{ stale }] = await prisma.$queryRaw<{ stale: bigint }[]>`SELECT count(*) AS stale FROM "Entry" WHERE "searchNames" NOT LIKE '%Newspelling%' AND id IN (SELECT "entryId" FROM "EntryActor" WHERE "actorId" = ${actor.id})`;
      console.log("entries still without the new spelling:", Number(stale));
    }
  } catch (e) {
    console.log(`the edit: ${((performance.now() - t) / 1000).toFixed(1)} s, FAILED: ${(e as Error).message.slice(0, 300)}`);
  }
} finally {
  await prisma.$disconnect();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
