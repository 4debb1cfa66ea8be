import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { readMigrations } from "@/lib/db/schema-engine";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

const serverUrl = inject("postgresServerUrl");
let emptyUrl: string;

afterAll(() => dropTestDatabase(serverUrl, emptyUrl));

describe("migrations", () => {
  it("build the whole schema from an empty database, and a second run changes nothing", async () => {
    emptyUrl = await createTestDatabase(serverUrl, "template0");
    const folders = readMigrations().migrationDirectories.map((d) => d.path);

    expect(await applyMigrations(emptyUrl)).toEqual(folders);
    expect(await applyMigrations(emptyUrl)).toEqual([]);

    const client = new pg.Client({ connectionString: emptyUrl });
    await client.connect();
    const tables = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    const indexes = await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`);
    const recorded = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`);
    await client.end();

    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(["Entry", "Actor", "ActorName", "EntryActor", "Source", "Citation", "AgreementStep", "EntryLink"]),
    );
    // The hand-written search and reader indexes are there, not only what Prisma generates.
    expect(indexes.rows.map((r) => r.indexname)).toEqual(
      expect.arrayContaining(["Entry_searchDocument_idx", "ActorName_name_trgm_idx", "Entry_browse_newest_idx", "Entry_browse_oldest_idx"]),
    );
    expect(recorded.rows.map((r) => r.migration_name)).toEqual(folders);
  });
});
