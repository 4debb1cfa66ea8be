// Starts one throwaway embedded PostgreSQL for the integration run (never the app's .data/), and
// prepares a migrated template database that each test file clones.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureDatabase } from "../../lib/db/local-database";
import { applyMigrations } from "../../lib/db/migrate";

export const TEMPLATE_DATABASE = "record_template";

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "record-test-pg-"));
  chmodSync(dir, 0o755); // the postgres user must reach it when tests run as root
  const pg = await startEmbeddedPostgres(path.join(dir, "data"));
  const templateUrl = await ensureDatabase(pg.url, TEMPLATE_DATABASE);
  await applyMigrations(templateUrl);
  project.provide("postgresServerUrl", pg.url);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
  }
}
