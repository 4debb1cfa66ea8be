// Benchmark: the reader queries on a synthetic record of 100,000 entries.
//   npx tsx --conditions=react-server scripts/bench/search-explain.ts [--entries 100000] [--runs 7]
// Starts a throwaway embedded PostgreSQL in a temporary folder (never the app's .data/), applies
// the migrations, loads the initial record plus synthetic entries, actors and sources, then prints
// EXPLAIN (ANALYZE, BUFFERS) for the main browse, search and facet queries and the median time of
// each reader page's data calls. It prints numbers; it asserts nothing.
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
const RUNS = arg("runs", 7);

const dir = mkdtempSync(path.join(os.tmpdir(), "record-bench-"));
chmodSync(dir, 0o755);
const cluster = await startEmbeddedPostgres(path.join(dir, "data"));
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

try {
  const url = await ensureDatabase(cluster.url, "record_bench");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;

  // The app's modules read DATABASE_URL on first use, so they are loaded only now.
  const { prisma } = await import("../../lib/db/client");
  const { Prisma } = await import("../../lib/db/generated/client");
  const { seedDatabase } = await import("../../prisma/seed/load");
  const { refreshSearchNames } = await import("../../lib/entries/search-names");
  const { entryListQuery } = await import("../../lib/entries/schemas");
  const { prepareFilters, pageSql, countSql } = await import("../../lib/entries/search");
  const { facetSql } = await import("../../lib/entries/facets");
  const { browseEntries } = await import("../../lib/entries/browse");
  const { getEntryDetail } = await import("../../lib/entries/detail");
  const { getActor } = await import("../../lib/actors/queries");
  const { activityBySectorYear, agreementsByStatus } = await import("../../lib/sectors/queries");
  const { timelineEntries } = await import("../../lib/entries/timeline");

  let started = performance.now();
  await seedDatabase(prisma);
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // the cluster stops at the end, under a connection that may still be open
  await client.connect();
  await loadSynthetic(client, ENTRIES, () => {});
  const ids = (await client.query<{ id: string }>(`SELECT "id" FROM "Entry" WHERE "id" LIKE 'bench-%'`)).rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 20_000) await refreshSearchNames(prisma, ids.slice(i, i + 20_000));
  await client.query("VACUUM ANALYZE");
  const counts = (await client.query(`SELECT (SELECT count(*) FROM "Entry") AS entries, (SELECT count(*) FROM "Actor") AS actors,
      (SELECT count(*) FROM "ActorName") AS names, (SELECT count(*) FROM "EntryActor") AS participations, (SELECT count(*) FROM "Citation") AS citations`)).rows[0];
  const version = (await client.query("SELECT version()")).rows[0].version as string;
  await client.end();
  console.log(`# Reader queries on a synthetic record\n`);
  console.log(`${version.split(" on ")[0]}; loaded in ${seconds(started)}: ${JSON.stringify(counts)}\n`);

  const q = (params: Record<string, string | string[]>) => entryListQuery.parse({ pageSize: "20", ...params });
  const scenarios: [string, Record<string, string | string[]>][] = [
    ["browse, newest first, page 1", {}],
    ["browse, newest first, page 50", { page: "50" }],
    ["browse, oldest first", { sort: "oldest" }],
    ["sector energy + kind event", { sector: "energy", kind: "event" }],
    ["sectors defense or nuclear, 2024", { sector: ["defense", "nuclear"], from: "2024-01-01", to: "2024-12-31" }],
    ["agreements signed or in force", { status: ["signed", "in_force"] }],
    ["search “gas pipeline”, by relevance", { q: "gas pipeline" }],
    ["search “Tsiviliov” (unseen spelling)", { q: "Tsiviliov" }],
    ["actor “Tsivilyov”", { actor: "Tsivilyov" }],
  ];

  const explain = async (sql: InstanceType<typeof Prisma.Sql>) => {
    const rows = await prisma.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
    return rows.map((r) => r["QUERY PLAN"]);
  };
  const median = async (run: () => Promise<unknown>) => {
    await run(); // warm the caches and the connection pool
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(1);
  };
  const executionTime = (plan: string[]) => plan.find((l) => l.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";

  const summary: string[] = [];
  for (const [name, params] of scenarios) {
    const query = q(params);
    // Timed first, so the plans below show the warm cache a running app has.
    const whole = await median(() => browseEntries(query));
    const prepared = await prepareFilters(query);
    const page = await explain(pageSql(query, prepared));
    const count = await explain(countSql(prepared));
    const facets = facetSql(prepared);
    const sectorFacet = await explain(facets.sector);
    const kindFacet = await explain(facets.kind);
    const result = await browseEntries(query);
    summary.push(
      `| ${name} | ${result.total} | ${executionTime(page)} | ${executionTime(count)} | ${executionTime(sectorFacet)} | ${executionTime(kindFacet)} | ${whole} ms |`,
    );
    console.log(`## ${name}  (?${new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x]))).toString()})\n`);
    console.log("Page query:\n```\n" + page.join("\n") + "\n```");
    console.log("Count:\n```\n" + count.join("\n") + "\n```");
    console.log("Sector facet:\n```\n" + sectorFacet.join("\n") + "\n```\n");
  }

  const others: [string, () => Promise<unknown>][] = [
    ["overview: activity by sector and year", () => activityBySectorYear()],
    ["overview: agreements by status", () => agreementsByStatus()],
    ["sector page: energy per year", () => activityBySectorYear("energy")],
    ["entry page", () => getEntryDetail("bench-entry-5000")],
    ["actor page (Tsivilev, ~1% of entries)", () => getActor("sergei-tsivilev")],
    ["timeline, energy 2020–2024", () => timelineEntries(q({ sector: "energy", from: "2020-01-01", to: "2024-12-31" }))],
  ];
  const otherRows: string[] = [];
  for (const [name, run] of others) otherRows.push(`| ${name} | ${await median(run)} ms |`);

  console.log(`## Summary (${ENTRIES} synthetic entries; median of ${RUNS} runs)\n`);
  console.log("| view | matches | page query | count | sector facet | kind facet | whole browse call |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(summary.join("\n"));
  console.log("\n| other reader call | median |\n| --- | ---: |");
  console.log(otherRows.join("\n"));
  await prisma.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
