// npm run bench [-- --entries 1000000] [--runs 20] [--warmup 5] [--no-http] [--explain] [--keep DIR]
// The reader views on a synthetic record (scripts/bench/synthetic.ts) in a throwaway embedded
// PostgreSQL (never the app's .data/). For each view it prints the app call's p50/p95, the raw-SQL
// floor (the same page of ids in the same order plus an exact count(*), on a plain pg connection),
// the naive Prisma peer (`contains` + `count`, no facets) and the ratios; then, against the built app
// (`npm run build` first; `next start` on BENCH_PORT, default 3307), HTTP p50/p95 of the pages and the
// API at concurrency 1 and 8 (autocannon), page sizes, and full CSV and JSON exports' speed and the server's
// peak resident memory. It prints numbers; it asserts nothing. With --keep DIR the cluster lives in DIR
// and is kept: a later run with the same DIR and size measures again without loading again.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
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
const RUNS = arg("runs", 20);
/** Calls before the timed runs: the first fills PostgreSQL's buffers and the pool, and is printed as "first call". */
const WARMUP = Math.max(1, arg("warmup", 5));
const HTTP = !process.argv.includes("--no-http");
const EXPLAIN = process.argv.includes("--explain");
const PORT = Number(process.env.BENCH_PORT ?? 3307);

const keepAt = process.argv.indexOf("--keep");
const KEEP = keepAt > 0 ? path.resolve(process.argv[keepAt + 1]) : null;
if (KEEP) mkdirSync(KEEP, { recursive: true });
const dir = KEEP ?? mkdtempSync(path.join(os.tmpdir(), "record-bench-"));
chmodSync(dir, 0o755);
const cluster = await startEmbeddedPostgres(path.join(dir, "data"));
const out = (line = "") => console.log(line);
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p95: at(95) };
}
async function timed(run: () => Promise<unknown>, runs = RUNS, warmup = WARMUP) {
  let started = performance.now();
  await run();
  const first = performance.now() - started;
  for (let i = 1; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return { first, ...percentiles(times) };
}

let server: ReturnType<typeof spawn> | null = null;
try {
  const url = await ensureDatabase(cluster.url, "record_bench");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  // The app's modules read DATABASE_URL on first use, so they are loaded only now.
  const { prisma } = await import("../../lib/db/client");
  const { Prisma } = await import("../../lib/db/generated/client");
  const { seedDatabase } = await import("../../prisma/seed/load");
  const { refreshSearchNames } = await import("../../lib/entries/search-names");
  const { entryListQuery, effectiveSort } = await import("../../lib/entries/schemas");
  const { prepareFilters, whereClause, orderBy } = await import("../../lib/entries/search");
  const { pageQueries, pageStrategy } = await import("../../lib/entries/page");
  const { browseEntries } = await import("../../lib/entries/browse");
  const { listEntries } = await import("../../lib/entries/queries");
  const { activityBySectorYear, agreementsByStatus, agreementsInSector } = await import("../../lib/sectors/queries");
  const { timelineEntries } = await import("../../lib/entries/timeline");
  const { mapPlaces, mapSql } = await import("../../lib/places/queries");
  const { mapGeometry } = await import("../../lib/places/map-geometry");

  let started = performance.now();
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  out(`# npm run bench: ${ENTRIES.toLocaleString("en")} synthetic entries\n`);
  const loaded = Number((await client.query(`SELECT count(*) AS n FROM "Entry" WHERE "id" LIKE 'bench-%'`)).rows[0].n);
  const loadNote = path.join(dir, "load-seconds.txt");
  let keptLoad: number | null = null;
  if (KEEP && loaded === ENTRIES) {
    keptLoad = existsSync(loadNote) ? Number(readFileSync(loadNote, "utf8")) : null;
    out(`(the record kept in ${KEEP} is measured again, not loaded again)`);
  } else {
    if (loaded > 0) throw new Error(`${dir} holds ${loaded} synthetic entries, not ${ENTRIES}; remove it or pass another --keep folder.`);
    await seedDatabase(prisma);
    await loadSynthetic(client, ENTRIES, out);
    await client.query("VACUUM ANALYZE");
  }
  const loadSeconds = keptLoad ?? (performance.now() - started) / 1000;
  if (KEEP && loaded !== ENTRIES) writeFileSync(loadNote, String(Math.round(loadSeconds)));
  const counts = (await client.query(`SELECT (SELECT count(*) FROM "Entry") AS entries, (SELECT count(*) FROM "EntryActor") AS participations,
      (SELECT count(*) FROM "EntryRollup") AS rollup_rows`)).rows[0];
  const version = (await client.query("SELECT version()")).rows[0].version as string;
  out(`\n${version.split(" on ")[0]}; loaded in ${loadSeconds.toFixed(0)} s (set-based inserts, rollup kept by its triggers): ${JSON.stringify(counts)}`);

  // Writes that scale: refreshing the search names of 100,000 entries (what an import of that size does once).
  const refreshIds = (await client.query<{ id: string }>(`SELECT "id" FROM "Entry" WHERE "id" LIKE 'bench-%' ORDER BY "id" LIMIT 100000`)).rows.map((r) => r.id);
  await client.query(`UPDATE "Entry" SET "searchNames" = '' WHERE "id" = ANY($1::text[])`, [refreshIds]);
  started = performance.now();
  await refreshSearchNames(prisma, refreshIds);
  const refreshSeconds = (performance.now() - started) / 1000;
  out(`refreshSearchNames of ${refreshIds.length.toLocaleString("en")} entries (one set-based statement): ${refreshSeconds.toFixed(1)} s, ${Math.round(refreshIds.length / refreshSeconds).toLocaleString("en")} entries/s`);
  // Those two passes left 200,000 dead row versions and a long pending list in the search index:
  // vacuum them, as autovacuum would after an import of that size, so the reader views below are
  // measured on the record, not on the benchmark's own write burst.
  started = performance.now();
  await client.query(`VACUUM ANALYZE "Entry"`);
  out(`VACUUM ANALYZE "Entry" after it: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // The reader views are measured warm, as on a server that has been serving: the burst's dirty
  // pages are written out first (a checkpoint), so its flush does not land inside the timings, and
  // the record's tables and indexes are read once into the operating system's cache (pg_prewarm),
  // so no view pays for a disk read the one before it did not. A cold start is slower: the first
  // call after a restart reads from disk.
  started = performance.now();
  await client.query("CHECKPOINT");
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
  const warmed = await client.query<{ blocks: string }>(`SELECT sum(pg_prewarm(c.oid, 'read'))::bigint AS blocks FROM pg_class c
    WHERE (c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i'))
      OR c.oid IN (SELECT reltoastrelid FROM pg_class WHERE relnamespace = 'public'::regnamespace)`);
  out(`CHECKPOINT, then pg_prewarm of the record's tables and indexes (${Math.round((Number(warmed.rows[0].blocks) * 8) / 1024).toLocaleString("en")} MB): ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  type Params = Record<string, string | string[]>;
  const q = (params: Params) => entryListQuery.parse({ pageSize: "20", ...params });

  /** The floor: the same page of ids in the same order, plus an exact count(*), as plain SQL on a pg connection. */
  async function floor(params: Params) {
    const query = q(params);
    const prepared = await prepareFilters(query);
    const where = whereClause(prepared);
    const page = Prisma.sql`SELECT e."id" FROM "Entry" e WHERE ${where} ORDER BY ${orderBy(effectiveSort(query), prepared.search)}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
    const count = Prisma.sql`SELECT count(*) FROM "Entry" e WHERE ${where}`;
    return () => Promise.all([client.query(page.text, page.values), client.query(count.text, count.values)]);
  }

  /** The naive peer: Prisma `contains` on title and summary, the structured filters, count, no facets. */
  function naive(params: Params) {
    const query = q(params);
    const words = (query.q ?? "").split(/\s+/).filter(Boolean);
    const where = {
      state: "published" as const,
      deletedAt: null,
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.sector?.length ? { sectors: { hasSome: query.sector } } : {}),
      ...(query.status?.length ? { status: { in: query.status } } : {}),
      ...(query.from ? { periodEnd: { gte: new Date(query.from) } } : {}),
      ...(query.to ? { dateStart: { lte: new Date(query.to) } } : {}),
      ...(query.actor ? { actors: { some: { actor: { names: { some: { name: { contains: query.actor, mode: "insensitive" as const } } } } } } } : {}),
      AND: words.map((w) => ({
        OR: [
          { title: { contains: w, mode: "insensitive" as const } },
          { summary: { contains: w, mode: "insensitive" as const } },
          { searchNames: { contains: w, mode: "insensitive" as const } },
        ],
      })),
    };
    const order = query.sort === "oldest" ? ("asc" as const) : ("desc" as const);
    return () =>
      Promise.all([
        prisma.entry.findMany({ where, orderBy: [{ dateStart: { sort: order, nulls: "last" } }, { id: "asc" }], take: query.pageSize, skip: (query.page - 1) * query.pageSize, select: { id: true } }),
        prisma.entry.count({ where }),
      ]);
  }

  const views: [string, Params][] = [
    ["browse everything, newest, 20", {}],
    ["browse everything, page 50", { page: "50" }],
    ["browse everything, oldest, 20", { sort: "oldest" }],
    ["browse energy, newest, 20", { sector: "energy" }],
    ["energy + event, newest, 20", { sector: "energy", kind: "event" }],
    ["defense or nuclear, 2024", { sector: ["defense", "nuclear"], from: "2024-01-01", to: "2024-12-31" }],
    ["agreements signed or in force", { status: ["signed", "in_force"] }],
    ['search "gas pipeline", relevance, 50', { q: "gas pipeline", pageSize: "50" }],
    ['search "gas pipeline" + energy, newest, 50', { q: "gas pipeline", sector: "energy", sort: "newest", pageSize: "50" }],
    ['unseen spelling "Tsiviliov"', { q: "Tsiviliov" }],
    ['actor "Tsivilyov"', { actor: "Tsivilyov" }],
    ["15 January – 10 February 2024", { from: "2024-01-15", to: "2024-02-10" }],
    ["energy, 1 January – 15 June 2024", { sector: "energy", from: "2024-01-01", to: "2024-06-15" }],
    ["technology since 3 March 2024", { sector: "technology", from: "2024-03-03" }],
    ['search "gas pipeline" since 15 January 2024', { q: "gas pipeline", from: "2024-01-15" }],
  ];
  // The naive peer takes seconds a call at a million entries: fewer runs for it.
  const naiveRuns = Math.max(3, Math.min(RUNS, Math.round(2_000_000 / ENTRIES)));

  out(`## Reader views (p50 / p95 over ${RUNS} runs after ${WARMUP} warm-up calls, the first of them shown as "first call"; naive peer over ${naiveRuns})\n`);
  out("| view | matches | app first call | app browse p50 | app p95 | list API p95 | floor p50 | naive p50 | app p50 ÷ floor | naive ÷ app |");
  out("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, params] of views) {
    const query = q(params);
    const app = await timed(() => browseEntries(query));
    const api = await timed(() => listEntries(query));
    const raw = await timed(await floor(params));
    const peer = await timed(naive(params), naiveRuns, 1);
    const result = await browseEntries(query);
    const total = `${result.totalIsEstimate ? "≈" : ""}${result.total.toLocaleString("en")}`;
    out(`| ${name} | ${total} | ${ms(app.first)} ms | ${ms(app.p50)} ms | ${ms(app.p95)} ms | ${ms(api.p95)} ms | ${ms(raw.p50)} ms | ${ms(peer.p50)} ms | ${(app.p50 / raw.p50).toFixed(2)} | ${(peer.p50 / app.p50).toFixed(0)}× |`);
    if (EXPLAIN) {
      const prepared = await prepareFilters(query);
      for (const sql of pageQueries(query, prepared, await pageStrategy(query, prepared))) {
        const plan = await prisma.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
        out("```\n" + plan.map((r) => r["QUERY PLAN"]).join("\n") + "\n```");
      }
    }
  }

  const others: [string, () => Promise<unknown>][] = [
    ["overview (/): latest, activity by sector and year, agreements by status", () =>
      Promise.all([listEntries(q({ pageSize: "6" })), activityBySectorYear(), agreementsByStatus()])],
    ["sector page (energy)", () =>
      Promise.all([activityBySectorYear("energy"), agreementsByStatus("energy"), agreementsInSector("energy"), listEntries(q({ sector: "energy", pageSize: "10" }))])],
    ["timeline, energy 2020–2024", () => timelineEntries(q({ sector: "energy", from: "2020-01-01", to: "2024-12-31" }))],
    ["timeline, everything", () => timelineEntries(q({}))],
    ['timeline, search "gas pipeline"', () => timelineEntries(q({ q: "gas pipeline" }))],
    // The map's data: one aggregate per place through the browse filters' WHERE, then each mark projected.
    ["map, everything", () => mapPlaces(q({})).then(({ places }) => places.map((p) => mapGeometry().project(p.longitude ?? 0, p.latitude ?? 0)))],
    ["map, energy", () => mapPlaces(q({ sector: "energy" }))],
    ['map, search "gas pipeline"', () => mapPlaces(q({ q: "gas pipeline" }))],
    ["map, place Tehran", () => mapPlaces(q({ place: "Тегеран" }))],
    ["map, since 2020", () => mapPlaces(q({ from: "2020-01-01" }))],
    ["map, 15 January – 10 February 2024", () => mapPlaces(q({ from: "2024-01-15", to: "2024-02-10" }))],
    ['map, search "gas pipeline" since 15 January 2024', () => mapPlaces(q({ q: "gas pipeline", from: "2024-01-15" }))],
    ['timeline, search "gas pipeline" since 15 January 2024', () => timelineEntries(q({ q: "gas pipeline", from: "2024-01-15" }))],
  ];
  out(`\n| other reader call | first call | p50 | p95 |\n| --- | ---: | ---: | ---: |`);
  for (const [name, run] of others) {
    const { first, p50, p95 } = await timed(run);
    out(`| ${name} | ${ms(first)} ms | ${ms(p50)} ms | ${ms(p95)} ms |`);
  }
  if (EXPLAIN) {
    const plan = await prisma.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${mapSql(whereClause(await prepareFilters(q({}))))}`);
    out("\nmap, everything:\n```\n" + plan.map((r) => r["QUERY PLAN"]).join("\n") + "\n```");
  }
  await client.end();

  if (HTTP) {
    if (!existsSync(".next/BUILD_ID")) {
      out("\nHTTP: skipped, there is no build (run `npm run build` first).");
    } else {
      server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(PORT)], {
        stdio: ["ignore", "pipe", "inherit"],
        env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
      });
      const base = `http://localhost:${PORT}`;
      for (let i = 0; i < 120; i++) {
        if (await fetch(`${base}/api/v1/entries?pageSize=1`).then((r) => r.ok, () => false)) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const paths = [
        "/",
        "/entries",
        "/entries?sector=energy",
        "/entries?q=gas+pipeline",
        "/sectors/energy",
        "/timeline?sector=energy&from=2020-01-01&to=2024-12-31",
        "/timeline",
        "/map",
        "/map?sector=energy",
        "/places/tehran",
        "/entries/bench-entry-5000",
        "/api/v1/entries",
        "/api/v1/entries?sector=energy",
        "/api/v1/entries?q=gas+pipeline",
      ];
      out(`\n## HTTP (next start, autocannon; p50 / p95 of each request's time)\n`);
      out("| path | HTML/JSON size | c=1 p50 | c=1 p95 | c=8 p50 | c=8 p95 | c=8 req/s |");
      out("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (const p of paths) {
        const size = (await (await fetch(base + p)).arrayBuffer()).byteLength;
        const row: string[] = [];
        let rps = 0;
        for (const connections of [1, 8]) {
          const times: number[] = [];
          const amount = Math.max(connections * 5, Math.min(200, Math.round((connections === 1 ? 40 : 120) * (100_000 / ENTRIES) ** 0.5)));
          const instance = autocannon({ url: base + p, connections, amount, timeout: 60 });
          instance.on("response", (_client: unknown, _status: number, _bytes: number, time: number) => times.push(time));
          const result = await instance;
          const { p50, p95 } = percentiles(times);
          row.push(`${ms(p50)} ms`, `${ms(p95)} ms`);
          if (result.non2xx) row[row.length - 1] += ` (${result.non2xx} non-2xx)`;
          rps = result.requests.average;
        }
        out(`| ${p} | ${(size / 1024).toFixed(0)} KB | ${row.join(" | ")} | ${rps.toFixed(0)} |`);
      }

      // First-load JavaScript: every script a reader page's HTML loads, fetched and gzipped as a
      // server would send it (Lighthouse is not installed here: this counts bytes, not timings).
      out(`\n## First-load JavaScript of reader pages (scripts referenced by the HTML; raw and gzip -9)\n`);
      out("| page | scripts | raw | gzip |\n| --- | ---: | ---: | ---: |");
      const chunkSizes = new Map<string, { raw: number; gzip: number }>();
      for (const p of ["/", "/entries", "/entries/bench-entry-5000", "/timeline", "/sectors/energy"]) {
        const html = await (await fetch(base + p)).text();
        // A noModule script (Next's polyfills) is fetched only by browsers that cannot run modules.
        const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\snoModule/i.test(m[0]));
        const sources = [...new Set(tags.map((m) => m[1]))];
        let raw = 0;
        let gzip = 0;
        for (const src of sources) {
          if (!chunkSizes.has(src)) {
            const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
            chunkSizes.set(src, { raw: body.byteLength, gzip: gzipSync(body, { level: 9 }).byteLength });
          }
          raw += chunkSizes.get(src)!.raw;
          gzip += chunkSizes.get(src)!.gzip;
        }
        out(`| ${p} | ${sources.length} | ${(raw / 1024).toFixed(1)} KB | ${(gzip / 1024).toFixed(1)} KB |`);
      }
      out("\n| script | raw | gzip |\n| --- | ---: | ---: |");
      for (const [src, size] of [...chunkSizes].sort((a, b) => b[1].gzip - a[1].gzip)) {
        out(`| ${src.split("/").pop()} | ${(size.raw / 1024).toFixed(1)} KB | ${(size.gzip / 1024).toFixed(1)} KB |`);
      }

      // Export: the whole visible record as CSV and as JSON over HTTP, sampling the server's resident memory.
      const rss = () => {
        try {
          const status = readFileSync(`/proc/${server!.pid}/status`, "utf8");
          return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        } catch {
          return 0;
        }
      };
      // Each whole export in turn (every visible entry). The client only counts bytes, so that it is
      // the server being measured, not a byte-by-byte loop on the same two cores.
      const rows = await prisma.entry.count({ where: { state: "published", deletedAt: null } });
      for (const format of ["csv", "json"] as const) {
        let peak = rss();
        const before = peak;
        const sampler = setInterval(() => (peak = Math.max(peak, rss())), 200);
        started = performance.now();
        const response = await fetch(`${base}/api/v1/entries/export?format=${format}`);
        if (!response.ok) throw new Error(`The ${format} export answered ${response.status}: ${await response.text()}`);
        let bytes = 0;
        const reader = response.body!.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.byteLength;
        }
        clearInterval(sampler);
        const seconds = (performance.now() - started) / 1000;
        out(`\n${format.toUpperCase()} export of the whole record over HTTP: ${rows.toLocaleString("en")} rows, ${(bytes / 1024 / 1024).toFixed(0)} MB in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds).toLocaleString("en")} rows/s; server resident memory ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB.`);
      }
    }
  }
  await prisma.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  server?.kill("SIGTERM");
  await cluster.stop();
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
