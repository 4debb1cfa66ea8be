// The places migration moves today's free-text Entry.places into Place rows and EntryPlace links:
// names are matched to the known places' spellings (case and accents ignored), and a name that
// matches none becomes a place without coordinates that editors see on /places/manage.
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openSchemaEngine, readMigrations, NO_FILTERS } from "@/lib/db/schema-engine";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

const serverUrl = inject("postgresServerUrl");
let url: string;

afterAll(() => dropTestDatabase(serverUrl, url));

async function migrate(connectionString: string, upTo: (folder: string) => boolean) {
  const all = readMigrations();
  const engine = await openSchemaEngine(connectionString);
  try {
    await engine.applyMigrations({ migrationsList: { ...all, migrationDirectories: all.migrationDirectories.filter((d) => upTo(d.path)) }, filters: NO_FILTERS });
  } finally {
    engine.free();
  }
}

describe("the places migration", () => {
  it("links free-text places to known places by any spelling, and turns unknown names into places to locate", async () => {
    url = await createTestDatabase(serverUrl, "template0");
    const isPlaces = (folder: string) => folder.endsWith("_places");
    await migrate(url, (folder) => folder < readMigrations().migrationDirectories.find((d) => isPlaces(d.path))!.path);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const insert = (id: string, places: string[]) =>
        client.query(
          `INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "datePrecision", "sectors", "places", "updatedAt")
           VALUES ($1, $1, 'event', $1, 'x', 'unknown', '{energy}', $2, now())`,
          [id, places],
        );
      await insert("e1", ["Moscow", "  tehran "]);
      await insert("e2", ["Бушер", "Teheran", "Tehran"]);
      await insert("e3", ["Chabahar", "chabahar", "Caspian"]);
      await insert("e4", []);

      await migrate(url, () => true);

      const links = await client.query(
        `SELECT ep."entryId", p."slug", ep."position" FROM "EntryPlace" ep JOIN "Place" p ON p."id" = ep."placeId" ORDER BY 1, 3`,
      );
      const byEntry = (id: string) => links.rows.filter((r) => r.entryId === id).map((r) => r.slug);
      expect(byEntry("e1")).toEqual(["moscow", "tehran"]);
      expect(byEntry("e2")).toEqual(["bushehr", "tehran"]); // two spellings of Tehran make one link
      expect(byEntry("e3")).toEqual(["chabahar", "caspian-sea"]);
      expect(byEntry("e4")).toEqual([]);

      const moscow = await client.query(`SELECT "latitude", "longitude", "coordinateSource", "geonameId" FROM "Place" WHERE "slug" = 'moscow'`);
      expect(moscow.rows[0]).toMatchObject({ coordinateSource: "gazetteer", geonameId: 524901 });
      const chabahar = await client.query(`SELECT "name", "latitude", "coordinateSource" FROM "Place" WHERE "slug" = 'chabahar'`);
      expect(chabahar.rows).toEqual([{ name: "Chabahar", latitude: null, coordinateSource: null }]);
      // (The migration also reports it with RAISE NOTICE, on the migration runner's own connection.)

      const column = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Entry' AND column_name = 'places'`);
      expect(column.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
