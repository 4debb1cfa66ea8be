// Load run: concurrent readers against the production build on a synthetic record.
//   npm run bench:load [-- --entries 100000 --connections 100 --duration 60]
// Starts a throwaway embedded PostgreSQL (never the app's .data/), loads the initial record plus
// the benchmarks' synthetic entries (scripts/bench/synthetic.ts), starts `next start` on it
// (RELIABILITY_PORT, default 3400), and lets autocannon's readers cycle through the reading pages
// and the read API for the duration. Prints p50/p95/p99 latency, throughput and error counts; it
// asserts nothing (the reliability suite runs a short version and checks there are no errors).
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { portBase, startApp, startCluster } from "../../tests/reliability/support/harness";
import { loadSynthetic } from "./synthetic";

export type LoadOptions = { entries: number; connections: number; duration: number; port?: number; log?: (line: string) => void };
export type LoadResult = {
  entries: number;
  connections: number;
  duration: number;
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
  /** Each reader path's answers and p50/p95, to see where the slow tail comes from. */
  paths: { path: string; requests: number; p50: number; p95: number }[];
};

// autocannon ships no types; the part used here.
type AutocannonResult = {
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
};
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult> & { on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void };
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** What a reader does: browse, search, filter, open entries and actors, follow a feed, call the API. */
function readerPaths(slugs: string[]): string[] {
  const entry = (i: number) => slugs[i % slugs.length];
  return [
    "/api/v1/entries",
    "/api/v1/entries?q=gas%20pipeline",
    "/api/v1/entries?sector=energy&kind=event&page=3",
    `/api/v1/entries/${entry(1)}`,
    "/entries",
    "/entries?q=nuclear&sort=relevance",
    `/entries/${entry(2)}`,
    "/api/v1/entries?actor=Tsivilyov",
    "/api/v1/actors?q=Serg",
    "/feeds/entries.atom?sector=trade",
    `/api/v1/entries/${entry(3)}`,
    "/",
  ];
}

export async function runLoad({ entries, connections, duration, port = portBase + 1, log = console.log }: LoadOptions): Promise<LoadResult> {
  const cluster = await startCluster();
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  try {
    const started = performance.now();
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    await loadSynthetic(client, entries, () => {});
    await client.query("VACUUM ANALYZE");
    const { rows } = await client.query<{ slug: string }>(
      `SELECT "slug" FROM "Entry" WHERE "state" = 'published' AND "deletedAt" IS NULL ORDER BY "id" DESC LIMIT 3`,
    );
    await client.end();
    log(`loaded ${entries} synthetic entries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    app = await startApp(port, cluster.url);
    const paths = readerPaths(rows.map((r) => r.slug));
    // Warm up: every path once, so the first seconds do not measure compilation of routes.
    for (const p of paths) await fetch(app.base + p).then((r) => r.arrayBuffer());
    // Each response's latency, to compute p95 exactly (autocannon reports p97.5, not p95).
    const latencies: number[] = [];
    const byPath = new Map<string, number[]>();
    const statuses: Record<string, number> = {};
    // Every reader walks the same paths, each from its own starting point: otherwise all readers
    // sit on the same few paths when answers are slow and the later ones are never asked for.
    let readers = 0;
    const rotated = (k: number) => [...paths.slice(k), ...paths.slice(0, k)].map((path) => ({ method: "GET", path }));
    const instance = autocannon({
      url: app.base,
      connections,
      duration,
      timeout: 30,
      requests: rotated(0),
      setupClient: (client: { setRequests: (requests: unknown[]) => void }) => client.setRequests(rotated(readers++ % paths.length)),
    });
    instance.on("response", (client, status, _bytes, ms) => {
      latencies.push(ms);
      // Without pipelining, the client's current request is the one just answered.
      const path = (client as { requestIterator?: { currentRequest?: { path?: string } } }).requestIterator?.currentRequest?.path ?? "?";
      if (!byPath.has(path)) byPath.set(path, []);
      byPath.get(path)!.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
    const result = await instance;
    const quantile = (values: number[], q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => quantile(latencies, q);
    const serverErrors = (app.log().match(/API error|⨯ /g) ?? []).length;
    if (serverErrors) {
      // The first few, so that a failed run says why.
      const excerpts = app.log().split(/(?=API error|⨯ )/).slice(1, 4).map((e) => e.slice(0, 1_500));
      log(`the server logged ${serverErrors} errors; the first:\n${excerpts.join("\n")}`);
    }
    return {
      entries,
      connections,
      duration,
      requests: result.requests.total,
      throughput: result.requests.average,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statuses,
      paths: [...byPath.entries()].map(([path, values]) => {
        values.sort((a, b) => a - b);
        return { path, requests: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95) };
      }),
    };
  } finally {
    await app?.stop();
    await cluster.remove();
  }
}

export function printLoad(r: LoadResult) {
  console.log(`\nLoad: ${r.connections} concurrent readers for ${r.duration} s on ${r.entries.toLocaleString("en")} synthetic entries (+ the initial record)`);
  console.log(`  requests      ${r.requests} (${r.throughput.toFixed(1)}/s)`);
  console.log(`  latency       p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, max ${r.max.toFixed(0)} ms`);
  console.log(`  statuses      ${Object.entries(r.statuses).map(([s, n]) => `${s}: ${n}`).join(", ")}`);
  console.log(`  errors        non-2xx ${r.non2xx}, connection errors ${r.errors}, timeouts ${r.timeouts}`);
  console.log(`  by path       (answers, p50, p95)`);
  const width = Math.max(...r.paths.map((p) => p.path.length));
  for (const p of [...r.paths].sort((a, b) => b.p95 - a.p95)) {
    console.log(`    ${p.path.padEnd(width)}  ${String(p.requests).padStart(5)}  ${p.p50.toFixed(0).padStart(6)} ms  ${p.p95.toFixed(0).padStart(6)} ms`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const result = await runLoad({ entries: arg("entries", 100_000), connections: arg("connections", 100), duration: arg("duration", 60) });
  printLoad(result);
  process.exit(result.non2xx + result.errors > 0 ? 1 : 0);
}
