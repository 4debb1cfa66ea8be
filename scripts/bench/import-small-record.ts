// An import far larger than the record it goes into: a freshly seeded database (the initial record's
// 25 entries) takes a CSV file of ROWS new entries through the same connection that wrote the seed,
// as a running server's connections have written entries while the record was small. Prints the
// import's time and the CPU the app and PostgreSQL spent; asserts nothing.
//
//   npx tsx --conditions=react-server scripts/bench/import-small-record.ts [ROWS]   # default 10,000
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureDatabase } from "../../lib/db/local-database";
import { applyMigrations } from "../../lib/db/migrate";

const rows = Number(process.argv[2] ?? 10_000);
const dir = mkdtempSync(path.join(os.tmpdir(), "import-small-"));
chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres(path.join(dir, "data"));
const url = await ensureDatabase(pg.url, "bench");
await applyMigrations(url);
process.env.DATABASE_URL = url;

// Imported after DATABASE_URL is set: the app's client reads it on first use.
const { prisma } = await import("../../lib/db/client");
const { seedDatabase } = await import("../../prisma/seed/load");
const { stringify } = await import("csv-stringify/sync");
const { CSV_HEADER } = await import("../../lib/export/csv-columns");
const { createUser } = await import("../../lib/accounts/accounts");
const { cliCaller } = await import("../../lib/auth/caller");
const { runImport } = await import("../../lib/import/apply");

/** CPU milliseconds of every PostgreSQL process so far (Linux /proc; 0 elsewhere). */
function postgresCpu(): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres")) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10;
}

try {
  await seedDatabase(prisma);
  const actor = await prisma.actor.findFirstOrThrow();
  const editor = await createUser(cliCaller(), { email: "bench-editor@example.org", name: "Bench Editor", role: "editor", password: "correct horse battery staple" });
  const caller = { userId: editor.id, email: editor.email, role: editor.role, via: "cli" as const, ip: null };
  const csv = stringify([
    CSV_HEADER,
    ...Array.from({ length: rows }, (_, i) => {
      const row: Record<string, string> = {
        kind: "event",
        title: `Imported event ${i} ${Math.random().toString(36).slice(2)}`,
        summary: "From a spreadsheet, on the delivery of goods.",
        date_start: `2024-${String((i % 12) + 1).padStart(2, "0")}`,
        sectors: "trade; energy",
        actors: `${actor.name} (party)`,
        source_title: `Report ${i % 100}`,
        source_url: `https://example.org/report/${i % 100}`,
      };
      return CSV_HEADER.map((c) => row[c] ?? "");
    }),
  ]);
  const cpu = process.cpuUsage();
  const pgCpu = postgresCpu();
  const started = performance.now();
  const result = await runImport(caller, { format: "csv", text: csv, fileName: "bench.csv", state: "draft" });
  const took = performance.now() - started;
  const app = process.cpuUsage(cpu);
  console.log(
    `import of ${rows.toLocaleString("en")} rows into the initial record: ${(took / 1000).toFixed(1)} s (${result.created.length} created); ` +
      `CPU: app ${((app.user + app.system) / 1e6).toFixed(1)} s, PostgreSQL ${((postgresCpu() - pgCpu) / 1000).toFixed(1)} s`,
  );
} finally {
  await prisma.$disconnect();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
