// An import far larger than the record it goes into: a freshly seeded database (the initial record's
// 25 entries) takes a CSV file of ROWS new entries through the same connection that wrote the seed,
// as a running server's connections have written entries while the record was small. Prints the
// import's time and the CPU the app and PostgreSQL spent; asserts nothing.
//
//   npx tsx --conditions=react-server scripts/bench/import-small-record.ts [ROWS]   # default 10,000
import { readdirSync, readFileSync } from "node:fs";
import { csvOfEvents, seededRecord } from "./seeded-record";

const rows = Number(process.argv[2] ?? 10_000);
const { prisma, caller, close } = await seededRecord();
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
  const actor = await prisma.actor.findFirstOrThrow();
  const csv = await csvOfEvents(rows, actor.name);
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
  await close();
}
