// Where the app's data lives when no DATABASE_URL is given: an embedded PostgreSQL under .data/,
// reused across restarts. A second command (db:seed while the app runs) joins the running cluster.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isReachableByOthers, startEmbeddedPostgres } from "./embedded-postgres";

export const DATABASE_NAME = "record";
const CLUSTER_DIR = path.resolve(process.cwd(), ".data", "postgres");

export type Database = { url: string; embedded: boolean; close: () => Promise<void> };

/** The running cluster's port, from its postmaster.pid, when its process is alive. */
function runningClusterPort(dir: string): number | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
    return Number(port) || null;
  } catch {
    return null; // stale file from a crash; PostgreSQL clears it on start
  }
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    // Identifiers cannot be parameters; `name` is one of ours, checked to be a plain word.
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name ${name}`);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function openDatabase(log: (message: string) => void = console.log): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, close: async () => {} };
  }
  const runningPort = runningClusterPort(CLUSTER_DIR);
  if (runningPort) {
    const url = `postgresql://postgres:record-local@127.0.0.1:${runningPort}/${DATABASE_NAME}`;
    return { url, embedded: true, close: async () => {} };
  }
  if (process.getuid?.() === 0 && !isReachableByOthers(path.dirname(CLUSTER_DIR))) {
    throw new Error(
      `Running as root, the embedded PostgreSQL runs as the postgres user, who cannot reach ${CLUSTER_DIR}. ` +
        "Move the project under a folder others can traverse (chmod o+x on its parents), or set DATABASE_URL.",
    );
  }
  log(`Starting the embedded PostgreSQL in ${path.relative(process.cwd(), CLUSTER_DIR)}/ …`);
  const cluster = await startEmbeddedPostgres(CLUSTER_DIR);
  const url = await ensureDatabase(cluster.url, DATABASE_NAME);
  return { url, embedded: true, close: cluster.stop };
}
