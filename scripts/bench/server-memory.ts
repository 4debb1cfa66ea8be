// The server's resident memory on a kept benchmark record: a fresh `next start` idle, at its peak
// during a whole CSV export (sampled every 200 ms), and after 27 reader pages. Each argument after
// the folder is a NODE_OPTIONS value to try ("-" for none). Prints numbers; asserts nothing.
//
//   npm run build && npx tsx --conditions=react-server scripts/bench/server-memory.ts DIR - "--max-semi-space-size=2"
//
// DIR is a folder kept by `npm run bench -- --keep DIR` (its cluster under DIR/data).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";

const [dir, ...variants] = process.argv.slice(2);
if (!dir) throw new Error("usage: server-memory.ts DIR [NODE_OPTIONS …]");
const PORT = Number(process.env.BENCH_PORT ?? 3311);
const PAGES = ["/", "/entries", "/entries?q=gas+pipeline", "/sectors/energy", "/timeline", "/map", "/entries?actor=Tsivilyov", "/entries/bench-entry-5000", "/places/tehran"];

const cluster = await startEmbeddedPostgres(path.join(dir, "data"), { log: () => {} });
const url = cluster.url.replace(/\/postgres$/, "/record_bench");
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const options of variants.length ? variants : ["-"]) {
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_OPTIONS: options === "-" ? "" : options, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const base = `http://localhost:${PORT}`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/api/v1/entries?pageSize=1`).then((r) => r.ok, () => false)) break;
    await wait(500);
  }
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  await wait(1000);
  const idle = rss();
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 200);
  const started = performance.now();
  const reader = (await fetch(`${base}/api/v1/entries/export?format=csv`)).body!.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  for (let round = 0; round < 3; round++) for (const page of PAGES) await (await fetch(base + page)).text();
  await wait(2000);
  console.log(
    `${options}: idle ${idle.toFixed(0)} MB; CSV export (${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s) peak ${peak.toFixed(0)} MB; after ${3 * PAGES.length} pages ${rss().toFixed(0)} MB`,
  );
  server.kill("SIGTERM");
  await wait(2000);
}
await cluster.stop();
process.exit(0);
