// npm start / npm run dev: one command from a fresh clone to a served record.
// Opens the database (DATABASE_URL, or the embedded PostgreSQL under .data/), applies migrations and
// loads the initial record into an empty database (scripts/prepare-database.ts, in a process that
// exits, so this one stays small while it waits on the app), builds when there is no build, then
// runs Next.js.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { openDatabase } from "../lib/db/local-database";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";
const next = "node_modules/next/dist/bin/next";

const db = await openDatabase();
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await db.close().catch(() => {});
  process.exit(code);
}

try {
  const prepare = spawnSync(process.execPath, [...process.execArgv, "scripts/prepare-database.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: db.url },
  });
  if (prepare.status !== 0) throw new Error("preparing the database failed; see the output above");

  if (mode === "start" && !existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: building (about a minute) …");
    const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed; see the output above");
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}

const server = spawn(process.execPath, [next, mode, "--port", port], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" },
});
server.stdout.on("data", (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (/Ready in|ready started|✓ Ready/i.test(text)) console.log(`\nThe record is served at http://localhost:${port}\n`);
});
server.on("exit", (code) => shutdown(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
