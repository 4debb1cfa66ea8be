// Writes a new migration from the difference between prisma/schema.prisma as committed (or at
// the git ref given by --from) and as it is now in the work tree:
//   npm run db:migration -- add_entry_notes [--from HEAD]
// Prisma's schema engine diffs the two schemas directly (no database needed), and writes
// prisma/migrations/<timestamp>_<name>/migration.sql. Hand-written SQL (search indexes, generated
// columns) lives only in migrations, so it never shows up in the diff; add such SQL by hand.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { parseArgs } from "node:util";
import { MIGRATIONS_DIR, NO_FILTERS, SCHEMA_FILE, openSchemaEngine } from "../lib/db/schema-engine";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { from: { type: "string", default: "HEAD" } } });
const name = (positionals[0] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name> [--from <git ref>]");
  process.exit(2);
}

const relative = path.relative(process.cwd(), SCHEMA_FILE);
const before = execFileSync("git", ["show", `${values.from}:${relative}`], { encoding: "utf8" });
const after = readFileSync(SCHEMA_FILE, "utf8");
// The engine wants a live connection to start, though a schema-to-schema diff reads no tables:
// a throwaway embedded PostgreSQL serves.
const scratch = mkdtempSync(path.join(os.tmpdir(), "record-migration-"));
chmodSync(scratch, 0o755);
const pg = await startEmbeddedPostgres(path.join(scratch, "pg"));
let diff;
try {
  const engine = await openSchemaEngine(pg.url);
  diff = await engine.diff({
    from: { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: before }] },
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_FILE, content: after }] },
    script: true,
    exitCode: null,
    filters: NO_FILTERS,
  });
  engine.free();
} finally {
  await pg.stop();
  rmSync(scratch, { recursive: true, force: true });
}

const sql = (diff.stdout ?? "").trim();
if (!sql || sql === "-- This is an empty migration.") {
  console.log(`prisma/schema.prisma matches ${values.from}: nothing to write.`);
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; review it before committing.`);
}
