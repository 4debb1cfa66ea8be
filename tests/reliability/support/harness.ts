// What the reliability suite runs against: the production build (`next start`, as `npm start`
// serves it) on its own throwaway embedded PostgreSQL, with accounts and personal tokens of each
// role. Each piece can be stopped, killed and started again, which is the point.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../../../lib/db/embedded-postgres";
import { ensureDatabase } from "../../../lib/db/local-database";
import { applyMigrations } from "../../../lib/db/migrate";
import { createPrismaClient } from "../../../lib/db/client-factory";

/** Ports for the suite's servers: RELIABILITY_PORT and up (3400 by default). */
export const portBase = Number(process.env.RELIABILITY_PORT ?? 3400);

export function requireBuild() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first (npm test does).");
}

export type Cluster = { url: string; port: number; dataDir: string; stop: () => Promise<void>; start: () => Promise<void>; remove: () => Promise<void> };

/** Where the run's seeded cluster waits to be copied (set by support/global-setup.ts). */
export const TEMPLATE_DIR_ENV = "RELIABILITY_TEMPLATE_DIR";
const DATABASE = "record_reliability";

/**
 * A fresh PostgreSQL with the migrated schema and the initial record: a copy of the run's seeded
 * cluster when there is one (the test runner's global setup makes it), else made from scratch.
 */
export async function startCluster({ seed = true } = {}): Promise<Cluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "record-reliability-"));
  chmodSync(dir, 0o755);
  const dataDir = path.join(dir, "data");
  const template = process.env[TEMPLATE_DIR_ENV];
  // cp -a keeps the files' owner (the postgres user, when run as root) and modes, which PostgreSQL checks.
  if (seed && template && existsSync(template)) execFileSync("cp", ["-a", template, dataDir]);
  let pg: RunningPostgres | null = await startEmbeddedPostgres(dataDir);
  const port = pg.port;
  const url = await ensureDatabase(pg.url, DATABASE);
  const fromTemplate = seed && !!template && existsSync(template);
  if (!fromTemplate) await applyMigrations(url);
  if (seed && !fromTemplate) {
    const { seedDatabase } = await import("../../../prisma/seed/load");
    const prisma = createPrismaClient(url);
    // On a busy machine a transaction may wait past Prisma's 2 s to start; the seed is idempotent.
    for (let attempt = 1; ; attempt++) {
      try {
        await seedDatabase(prisma);
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    await prisma.$disconnect();
  }
  return {
    url,
    port,
    dataDir,
    async stop() {
      await pg?.stop();
      pg = null;
    },
    async start() {
      pg = await startEmbeddedPostgres(dataDir, { port });
    },
    async remove() {
      await pg?.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type App = {
  base: string;
  port: number;
  process: ChildProcess;
  /** Everything the server printed, for counting logged errors. */
  log: () => string;
  stop: () => Promise<void>;
  kill9: () => Promise<void>;
};

/** `next start` on the production build, against `databaseUrl`; resolves once it answers. */
export async function startApp(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<App> {
  requireBuild();
  let output = "";
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    const ok = await fetch(`${base}/api/v1/entries?pageSize=1`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`next start did not answer within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    port,
    process: child,
    log: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

export type Role = "analyst" | "editor" | "admin";
export type Tokens = Record<Role, string> & { emails: Record<Role, string> };
export const PASSWORD = "correct horse battery staple";

/** An account of each role with a personal API token, made as `npm run user` and /account make them. */
/** Points the app's own Prisma client in this process (lib/db/client) at `databaseUrl`. */
async function useDatabase(databaseUrl: string) {
  if (process.env.DATABASE_URL === databaseUrl) return;
  const holder = globalThis as unknown as { prisma?: { $disconnect: () => Promise<void> } };
  await holder.prisma?.$disconnect().catch(() => {});
  delete holder.prisma;
  process.env.DATABASE_URL = databaseUrl;
}

export async function makeAccounts(databaseUrl: string): Promise<Tokens> {
  await useDatabase(databaseUrl);
  const { createUser } = await import("../../../lib/accounts/accounts");
  const { cliCaller } = await import("../../../lib/auth/caller");
  const { createToken } = await import("../../../lib/tokens/tokens");
  const out = { emails: {} } as Tokens;
  for (const role of ["analyst", "editor", "admin"] as const) {
    const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const user = await createUser(cliCaller(), { email, name: `Reliability ${role}`, role, password: PASSWORD });
    const { token } = await createToken({ userId: user.id, email, role, via: "session", ip: null }, { name: "reliability suite" });
    out[role] = token;
    out.emails[role] = email;
  }
  return out;
}

/** The app's own Prisma client in this process, pointed at `databaseUrl` (for checks after the fact). */
export async function appPrisma(databaseUrl: string) {
  await useDatabase(databaseUrl);
  return (await import("../../../lib/db/client")).prisma;
}

/** A table for the figures a test prints. */
export function printTable(title: string, rows: [string, string | number][]) {
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n${title}\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join("\n")}`);
}
