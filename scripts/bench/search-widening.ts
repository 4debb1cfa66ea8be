// What forgiving search costs: on the benchmark's synthetic record (scripts/bench/synthetic.ts) in a
// throwaway embedded PostgreSQL, the p50/p95 of reading a query (lib/search/plan.ts: parsing, the
// vocabulary and thesaurus round trip), of preparing the filters (plus the probe that decides
// whether only some words are required), and of the whole browse call, for queries as typed and
// queries that widen. It prints numbers; it asserts nothing.
//   npx tsx --conditions=react-server scripts/bench/search-widening.ts [--entries 100000] [--runs 15]
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureDatabase } from "../../lib/db/local-database";
import { applyMigrations } from "../../lib/db/migrate";
import { loadSynthetic } from "./synthetic";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ENTRIES = arg("entries", 100_000);
const RUNS = arg("runs", 15);

const dir = mkdtempSync(path.join(os.tmpdir(), "record-bench-widening-"));
chmodSync(dir, 0o755);
const cluster = await startEmbeddedPostgres(path.join(dir, "data"));
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
async function timed(run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return `${ms(times[Math.floor(times.length / 2)])} / ${ms(times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)])}`;
}

try {
  const url = await ensureDatabase(cluster.url, "record_bench");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const { prisma } = await import("../../lib/db/client");
  const { seedDatabase } = await import("../../prisma/seed/load");
  const { planSearch } = await import("../../lib/search/plan");
  const { prepareFilters } = await import("../../lib/entries/search");
  const { browseEntries } = await import("../../lib/entries/browse");
  const { entryListQuery } = await import("../../lib/entries/schemas");
  await seedDatabase(prisma);
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  const started = performance.now();
  await loadSynthetic(client, ENTRIES, () => {});
  await client.query("VACUUM ANALYZE");
  const words = (await client.query(`SELECT count(*) AS n FROM search.word`)).rows[0].n;
  await client.end();
  console.log(`# Forgiving search on ${ENTRIES.toLocaleString("en")} synthetic entries (loaded in ${((performance.now() - started) / 1000).toFixed(0)} s, vocabulary ${words} words)\n`);
  console.log(`p50 / p95 in ms over ${RUNS} runs.\n`);
  console.log("| query | widened to | matches | read q (plan) | prepare filters | whole browse call |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  const queries = [
    "gas pipeline",
    '"gas pipeline"',
    "gas pipline",
    "Teheran",
    "Tsiviliov",
    "Цивилёв",
    "پزشکیان",
    "LNG",
    "NPP Bushehr",
    "Su35",
    "gas pipeline trip",
    "gas pipeline tariff zzzz",
    "drones OR helicopter -missile",
  ];
  for (const q of queries) {
    const query = entryListQuery.parse({ q, pageSize: "20" });
    const result = await browseEntries(query);
    const widened = result.search?.widenedTo.map((w) => `${w.to} (${w.why})`).join(", ") || (result.search?.partial ? "" : "—");
    const partial = result.search?.partial ? " · some words" : "";
    console.log(
      `| ${q} | ${widened}${partial} | ${result.total}${result.totalIsEstimate ? " (est.)" : ""} | ${await timed(() => planSearch(q))} | ${await timed(() => prepareFilters(query))} | ${await timed(() => browseEntries(query))} |`,
    );
  }
  await prisma.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
