// Source addresses are web links only: the migration clears what was stored before the rule, and
// the database refuses a javascript: link however it arrives, even typed straight into SQL.
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { NO_FILTERS, openSchemaEngine, readMigrations } from "@/lib/db/schema-engine";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

const serverUrl = inject("postgresServerUrl");
const MIGRATION = "20261129210000_source_links_web_only";
const urls: string[] = [];

afterAll(async () => {
  for (const url of urls) await dropTestDatabase(serverUrl, url);
});

async function migrate(url: string, upTo?: string) {
  const list = readMigrations();
  const engine = await openSchemaEngine(url);
  try {
    const migrationDirectories = upTo ? list.migrationDirectories.filter((d) => d.path < upTo) : list.migrationDirectories;
    await engine.applyMigrations({ migrationsList: { ...list, migrationDirectories }, filters: NO_FILTERS });
  } finally {
    engine.free();
  }
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe("the link safety and repeated citation migrations", () => {
  it("move stored non-web addresses out of url, list them in the audit log, keep web ones, and merge repeated citations", async () => {
    const url = await createTestDatabase(serverUrl, "template0");
    urls.push(url);
    await migrate(url, MIGRATION);
    await withClient(url, (c) =>
      c.query(`INSERT INTO "Source" ("id", "title", "url", "updatedAt") VALUES
        ('s-js', 'Planted script', 'javascript:alert(document.cookie)', now()),
        ('s-data', 'Planted data', 'DATA:text/html,<script>alert(1)</script>', now()),
        ('s-web', 'TASS report', 'https://tass.com/politics/1', now()),
        ('s-none', 'Printed bulletin', NULL, now())`),
    );
    // An entry citing one source three times (two passages and a bare citation), as the old doors allowed.
    await withClient(url, async (c) => {
      await c.query(`INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "datePrecision", "updatedAt") VALUES ('e1', 'talks', 'event', 'Talks', 'They met.', 'unknown', now())`);
      await c.query(`INSERT INTO "Citation" ("id", "entryId", "sourceId", "quote", "credibility", "position", "updatedAt") VALUES
        ('c1', 'e1', 's-web', 'First passage.', NULL, 0, now()),
        ('c2', 'e1', 's-none', NULL, NULL, 1, now()),
        ('c3', 'e1', 's-web', 'Second passage.', 3, 2, now()),
        ('c4', 'e1', 's-web', NULL, NULL, 3, now())`);
    });
    await migrate(url);
    const { sources, audit } = await withClient(url, async (c) => ({
      sources: (await c.query(`SELECT "id", "url", "clearedUrl" FROM "Source" ORDER BY "id"`)).rows,
      audit: (await c.query(`SELECT "targetId", "details"->>'url' AS url FROM "AuditEvent" WHERE "action" = 'source.link-cleared' ORDER BY "targetId"`)).rows,
    }));
    expect(sources).toEqual([
      { id: "s-data", url: null, clearedUrl: "DATA:text/html,<script>alert(1)</script>" },
      { id: "s-js", url: null, clearedUrl: "javascript:alert(document.cookie)" },
      { id: "s-none", url: null, clearedUrl: null },
      { id: "s-web", url: "https://tass.com/politics/1", clearedUrl: null },
    ]);
    expect(audit).toEqual([
      { targetId: "s-data", url: "DATA:text/html,<script>alert(1)</script>" },
      { targetId: "s-js", url: "javascript:alert(document.cookie)" },
    ]);
    // The repeated citations became one, holding both passages and the grade, in the first one's place.
    const citations = await withClient(url, async (c) => (await c.query(`SELECT "id", "sourceId", "quote", "credibility" FROM "Citation" ORDER BY "position"`)).rows);
    expect(citations).toEqual([
      { id: "c1", sourceId: "s-web", quote: "First passage.\n\nSecond passage.", credibility: 3 },
      { id: "c2", sourceId: "s-none", quote: null, credibility: null },
    ]);
  });

  it("then refuses a link of any other scheme planted straight into the database", async () => {
    const url = await createTestDatabase(serverUrl);
    urls.push(url);
    await withClient(url, async (c) => {
      await c.query(`INSERT INTO "Source" ("id", "title", "url", "updatedAt") VALUES ('ok', 'Web', 'https://irna.ir/news/1', now())`);
      for (const bad of ["javascript:alert(1)", " https://irna.ir/", "vbscript:x", "https://irna.ir/a b", "//irna.ir/x"]) {
        await expect(c.query(`INSERT INTO "Source" ("id", "title", "url", "updatedAt") VALUES ('bad', 'Planted', $1, now())`, [bad])).rejects.toThrow(/Source_url_web_only/);
        await expect(c.query(`UPDATE "Source" SET "url" = $1 WHERE "id" = 'ok'`, [bad])).rejects.toThrow(/Source_url_web_only/);
      }
      expect((await c.query(`SELECT "url" FROM "Source"`)).rows).toEqual([{ url: "https://irna.ir/news/1" }]);
    });
  });
});
