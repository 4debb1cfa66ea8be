// npm run bench:data-io [-- ENTRIES [IMPORT_ROWS]]: measures export, feed, backup/restore and the import dry run on a
// throwaway embedded PostgreSQL holding the initial record plus ENTRIES synthetic entries (default
// 10,000; 0 imports into the initial record alone). Prints times (and when the first bytes of a stream arrive); asserts nothing (tests never assert a time).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { ensureDatabase } from "../lib/db/local-database";
import { applyMigrations } from "../lib/db/migrate";

const count = Number(process.argv[2] ?? 10_000);
/** Rows of the timed import (default 10,000; the scale goal is 100,000 in under 60 s). */
const importRows = Number(process.argv[3] ?? 10_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "record-bench-"));
chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres(path.join(dir, "data"));
const url = await ensureDatabase(pg.url, "bench");
const restoreUrl = await ensureDatabase(pg.url, "bench_restore");
await Promise.all([applyMigrations(url), applyMigrations(restoreUrl)]);
process.env.DATABASE_URL = url;

// Imported after DATABASE_URL is set: the app's client reads it on first use.
const { prisma } = await import("../lib/db/client");
const { createPrismaClient } = await import("../lib/db/client-factory");
const { seedDatabase } = await import("../prisma/seed/load");
const { exportEntries } = await import("../lib/export/entries");
const { entriesAtom } = await import("../lib/feeds/entries");
const { backupStream } = await import("../lib/backup/backup");
const { restoreBackup } = await import("../lib/backup/restore");
const { planFile } = await import("../lib/import/dry-run");
const { stringify } = await import("csv-stringify/sync");
const { CSV_HEADER } = await import("../lib/export/csv-columns");

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
let firstByte: number | null = null;
async function measure<T>(label: string, run: () => Promise<T>): Promise<T> {
  firstByte = null;
  const started = performance.now();
  const result = await run();
  const total = performance.now() - started;
  const ttfb = firstByte === null ? "" : `   first bytes after ${(firstByte - started).toFixed(0)} ms`;
  console.log(`${label.padEnd(40)} ${total.toFixed(0).padStart(7)} ms${ttfb}`);
  return result;
}
/** Reads a stream to its end, noting when the first bytes came: a streamed export starts at once. */
async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  let bytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes;
    firstByte ??= performance.now();
    bytes += value.length;
  }
}

try {
  await seedDatabase(prisma);
  const source = await prisma.source.findFirstOrThrow();
  const actor = await prisma.actor.findFirstOrThrow();
  await measure(`insert ${count} synthetic entries`, async () => {
    for (let i = 0; i < count; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, count - i) }, (_, j) => ({
        slug: `bench-${i + j}`,
        kind: "event" as const,
        title: `Bench event ${i + j}: delivery of goods`,
        summary: "A synthetic entry for the benchmark.",
        dateStart: new Date(Date.UTC(2000 + ((i + j) % 26), (i + j) % 12, 1)),
        periodEnd: new Date(Date.UTC(2000 + ((i + j) % 26), (i + j) % 12, 28)),
        datePrecision: "month" as const,
        sectors: ["trade" as const],
      }));
      const created = await prisma.entry.createManyAndReturn({ data: batch, select: { id: true } });
      await prisma.citation.createMany({ data: created.map((e) => ({ entryId: e.id, sourceId: source.id })) });
      await prisma.entryActor.createMany({ data: created.map((e) => ({ entryId: e.id, actorId: actor.id, role: "party" })) });
    }
  });

  const csvBytes = await measure("export CSV, whole record", async () => drain(await exportEntries({}, "csv")));
  const jsonBytes = await measure("export JSON, whole record", async () => drain(await exportEntries({}, "json")));
  await measure("export CSV, sector=trade&q=goods", async () => drain(await exportEntries({ sector: ["trade"], q: "goods" }, "csv")));
  await measure("Atom feed, sector=trade", () => entriesAtom({ sector: ["trade"] }, "http://localhost", "http://localhost/feeds/entries.atom"));
  let backup = "";
  await measure("backup (every table)", async () => {
    const chunks: Uint8Array[] = [];
    const reader = backupStream(prisma).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      firstByte ??= performance.now();
      chunks.push(value);
    }
    backup = Buffer.concat(chunks).toString("utf8");
  });
  const target = createPrismaClient(restoreUrl);
  await measure("restore into an empty database", () => restoreBackup(target, JSON.parse(backup)));
  await target.$disconnect();

  const rows = Array.from({ length: importRows }, (_, i) => {
    const row: Record<string, string> = {
      kind: "event",
      title: `Imported event ${i}`,
      summary: "From a spreadsheet.",
      date_start: `2024-${String((i % 12) + 1).padStart(2, "0")}`,
      sectors: "trade; energy",
      actors: `${actor.name} (party)`,
      source_title: `Report ${i % 100}`,
      source_url: `https://example.org/report/${i % 100}`,
    };
    return CSV_HEADER.map((c) => row[c] ?? "");
  });
  const csv = stringify([CSV_HEADER, ...rows]);
  const plan = await measure(`import dry run, ${importRows.toLocaleString("en")} new rows`, () => planFile(prisma, "csv", csv));
  const { createUser } = await import("../lib/accounts/accounts");
  const { cliCaller } = await import("../lib/auth/caller");
  const { runImport } = await import("../lib/import/apply");
  const editor = await createUser(cliCaller(), { email: "bench-editor@example.org", name: "Bench Editor", role: "editor", password: "correct horse battery staple" });
  const caller = { userId: editor.id, email: editor.email, role: editor.role, via: "cli" as const, ip: null };
  // Each phase's share of the import, from the progress events the import's page shows.
  const phases: { phase: string; at: number }[] = [];
  const importStarted = performance.now();
  const imported = await measure(`import, ${importRows.toLocaleString("en")} new rows (all or nothing)`, () =>
    runImport(caller, { format: "csv", text: csv, fileName: "bench.csv", state: "draft" }, ({ phase }) => {
      if (phases.at(-1)?.phase !== phase) phases.push({ phase, at: performance.now() });
    }),
  );
  const importEnded = performance.now();
  console.log(
    `  phases: ${phases.map((p, i) => `${p.phase} ${(((phases[i + 1]?.at ?? importEnded) - p.at) / 1000).toFixed(1)} s`).join(", ")} (from ${((phases[0]?.at ?? importStarted) - importStarted).toFixed(0)} ms)`,
  );
  console.log(
    `\nrecord: ${count + 25} entries; process RSS at the end ${mb(process.memoryUsage().rss)}; CSV export ${mb(csvBytes)}, JSON export ${mb(jsonBytes)}, backup ${mb(backup.length)}; dry run: ${plan.create.length} to create, ${plan.invalid.length} invalid; imported ${imported.created.length}`,
  );
} finally {
  await prisma.$disconnect();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
