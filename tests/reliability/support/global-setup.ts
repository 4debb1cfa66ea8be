// Once per reliability run: a PostgreSQL cluster with the migrated schema and the initial record,
// stopped, whose data folder each test file's cluster starts from a copy of (startCluster in
// harness.ts). Initialising, migrating and seeding take about 20 s on a busy 2-core machine;
// copying the folder takes about one.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCluster, TEMPLATE_DIR_ENV } from "./harness";

export default async function setup() {
  const cluster = await startCluster();
  await cluster.stop();
  process.env[TEMPLATE_DIR_ENV] = cluster.dataDir;
  return async () => {
    delete process.env[TEMPLATE_DIR_ENV];
    await cluster.remove();
  };
}
