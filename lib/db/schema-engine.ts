// Prisma's schema engine compiled to WebAssembly: applies and diffs migrations without the native
// engine binary that the Prisma CLI would download (unavailable air-gapped).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, MigrationList } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
export const SCHEMA_FILE = path.join(PRISMA_DIR, "schema.prisma");

let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

/** The package imports its .wasm as an ES module, which Node refuses; instantiate it by hand. */
function loadWasm() {
  wasmReady ??= (async () => {
    // The engine reports a Rust panic's message here before it throws.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => console.error(`Schema engine panic: ${message}`),
    };
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const module = new WebAssembly.Module(readFileSync(path.join(dir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return wasmReady;
}

type ScriptRunner = { executeScript(script: string): Promise<void> };

/**
 * The pg adapter runs a migration script by splitting it at every ";", which breaks function and
 * trigger bodies (PL/pgSQL is full of semicolons). PostgreSQL runs a multi-statement script in one
 * simple query, as the native engine behind `prisma migrate deploy` sends it: do that instead.
 */
function wholeScripts<T extends ScriptRunner>(adapter: T): T {
  const inner = adapter as unknown as { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await inner.client.query(script);
    } catch (error) {
      inner.onError(error);
    }
  };
  return adapter;
}

function migrationAdapter(connectionString: string) {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => wholeScripts(await connect());
  factory.connectToShadowDb = async () => wholeScripts(await connectToShadowDb());
  return factory;
}

export async function openSchemaEngine(connectionString: string): Promise<SchemaEngine> {
  const bg = await loadWasm();
  const datamodel = readFileSync(SCHEMA_FILE, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(migrationAdapter(connectionString));
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA_FILE, datamodel]] }, () => {}, adapter);
}

export function readMigrations(): MigrationList {
  const folders = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((folder) => ({
      path: folder,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8") },
      },
    })),
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
