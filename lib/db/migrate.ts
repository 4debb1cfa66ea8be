// Applies the committed migrations (prisma/migrations) with Prisma's WebAssembly schema engine and
// records them in the standard _prisma_migrations table, so `prisma migrate deploy` agrees with it.
import { NO_FILTERS, openSchemaEngine, readMigrations } from "./schema-engine";

export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTERS });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
