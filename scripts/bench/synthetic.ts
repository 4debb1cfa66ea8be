// Synthetic record for the benchmarks, loaded set-based (INSERT … SELECT FROM generate_series) in
// batches, so a million entries load in minutes: a mix of kinds, one or two sectors, dates from 2000
// to 2026 with honest precision (60% day, 20% month, 10% year, 10% undated), 3% drafts and 1%
// deleted; 200 places, one per entry (every fifth entry also names Tehran); 3,000 actors with three spellings each, two per entry, the seed record's Sergei Tsivilev
// in 1% of entries; one graded source citation per entry. Titles and summaries come from a 40-word
// vocabulary, so a two-word search matches about 13% of the record: a deliberately broad case.
// Entries get their actors' spellings (searchNames) as they are inserted, computed in the same
// statement from the actors they will be linked to (deterministic picks from the entry's number).
import type pg from "pg";

const WORDS = `ARRAY['gas','pipeline','oil','nuclear','reactor','drone','missile','helicopter','bank','payment','tariff','railway',
  'corridor','port','summit','visit','minister','treaty','memorandum','sanctions','wheat','grain','satellite','launch',
  'exercise','naval','caspian','tehran','moscow','kazan','astrakhan','bandar','rosatom','gazprom','brics','trade',
  'delivery','contract','talks','agreement']`;

/** The two actors of entry i (1…3000), and whether Tsivilev takes part. */
const ACTOR_A = `'bench-actor-' || (1 + (i::bigint * 7919) % 3000)`;
const ACTOR_B = `'bench-actor-' || (1 + (i::bigint * 104729 + 17) % 3000)`;
const WITH_TSIVILEV = `i % 100 = 7`;

export async function loadSynthetic(client: pg.Client, entries: number, log: (line: string) => void): Promise<void> {
  await client.query(`SELECT setseed(0.42)`);
  await client.query(`
    INSERT INTO "Actor" ("id", "slug", "name", "kind", "country", "titles", "updatedAt")
    SELECT 'bench-actor-' || i, 'bench-actor-' || i,
      (ARRAY['Ali','Sergei','Hossein','Dmitry','Mohammad','Alexei','Reza','Igor','Mehdi','Nikolai'])[1 + i % 10] || ' ' ||
      (ARRAY['Karimov','Hosseini','Petrov','Rahimi','Sokolov','Moradi','Volkov','Ahmadi','Kuznetsov','Jafari','Lebedev','Rostami'])[1 + (i / 10) % 12] || ' ' || i,
      'person', (ARRAY['IR','RU'])[1 + i % 2], ARRAY[]::text[], now()
    FROM generate_series(1, 3000) AS i`);
  await client.query(`
    INSERT INTO "ActorName" ("id", "actorId", "name", "updatedAt")
    SELECT 'bench-name-' || a."id" || '-' || v, a."id",
      CASE v WHEN 1 THEN a."name" WHEN 2 THEN replace(a."name", 'ei', 'ey') ELSE replace(replace(a."name", 'ov', 'ow'), 'i ', 'y ') END, now()
    FROM "Actor" a, generate_series(1, 3) AS v WHERE a."id" LIKE 'bench-actor-%'
    ON CONFLICT DO NOTHING`);
  await client.query(`
    INSERT INTO "Source" ("id", "title", "publisher", "reliability", "updatedAt")
    SELECT 'bench-source-' || i, 'Synthetic report ' || i, (ARRAY['TASS','IRNA','Reuters','Interfax'])[1 + i % 4],
      (enum_range(NULL::"SourceReliability"))[1 + i % 6], now()
    FROM generate_series(1, 2000) AS i`);
  // Every actor's spellings in one string, to copy into the entries' searchNames as they are made.
  await client.query(`CREATE TEMP TABLE bench_names AS
    SELECT n."actorId" AS id, string_agg(n."name", ' ' ORDER BY n."name") AS names FROM "ActorName" n GROUP BY n."actorId"`);
  await client.query(`CREATE UNIQUE INDEX ON bench_names (id)`);
  const tsivilev = (await client.query(`SELECT "id" FROM "Actor" WHERE "slug" = 'sergei-tsivilev'`)).rows[0]?.id ?? "none";
  // 200 places spread over the map's frame, one per entry, and the seed's Tehran as a second place of
  // every fifth entry (about 20,000 entries: the largest mark).
  await client.query(`
    INSERT INTO "Place" ("id", "slug", "name", "kind", "country", "latitude", "longitude", "coordinateSource", "updatedAt")
    SELECT 'bench-place-' || i, 'bench-place-' || i, 'Bench place ' || i, 'city', (ARRAY['IR','RU'])[1 + i % 2],
      22 + (i * 37 % 380) / 10.0, 24 + (i * 53 % 540) / 10.0, 'hand', now()
    FROM generate_series(1, 200) AS i`);
  await client.query(`
    INSERT INTO "PlaceName" ("id", "placeId", "name", "script", "updatedAt")
    SELECT 'bench-place-name-' || i, 'bench-place-' || i, 'Bench place ' || i, 'latin', now() FROM generate_series(1, 200) AS i`);
  const tehran = (await client.query(`SELECT "id" FROM "Place" WHERE "slug" = 'tehran'`)).rows[0]?.id ?? "bench-place-1";

  // Bulk load: Entry's secondary indexes are dropped and built again afterwards (one sort each
  // instead of a million inserts into each); their definitions come from the catalog, unchanged.
  const indexes = (
    await client.query<{ name: string; definition: string }>(`
      SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = '"Entry"'::regclass AND NOT i.indisunique AND NOT i.indisprimary`)
  ).rows;
  for (const { name } of indexes) await client.query(`DROP INDEX "${name.replace(/"/g, '""')}"`);

  const batch = 100_000;
  for (let start = 1; start <= entries; start += batch) {
    const end = Math.min(entries, start + batch - 1);
    const t = performance.now();
    await client.query(
      `
      WITH r AS (
        SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
        FROM generate_series($1::int, $2::int) AS i
      ), d AS (
        SELECT r.*, date '2000-01-01' + floor(r2 * 9600)::int AS day,
          CASE WHEN r3 < 0.6 THEN 'day' WHEN r3 < 0.8 THEN 'month' WHEN r3 < 0.9 THEN 'year' ELSE 'unknown' END AS precision
        FROM r
      )
      INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors",
                           "status", "state", "deletedAt", "searchNames", "updatedAt")
      SELECT 'bench-' || i, 'bench-entry-' || i,
        (ARRAY['event','event','agreement','statement'])[1 + floor(r1 * 4)::int]::"EntryKind",
        initcap(w[1 + floor(random() * 40)::int]) || ' ' || w[1 + floor(random() * 40)::int] || ' ' || w[1 + floor(random() * 40)::int] || ' ' || w[1 + floor(random() * 40)::int] || ' ' || i,
        array_to_string(ARRAY(SELECT w[1 + floor(random() * 40)::int] FROM generate_series(1, 14 + (i % 2))), ' '),
        CASE precision WHEN 'day' THEN day WHEN 'month' THEN date_trunc('month', day)::date WHEN 'year' THEN date_trunc('year', day)::date END,
        CASE precision WHEN 'day' THEN day WHEN 'month' THEN (date_trunc('month', day) + interval '1 month - 1 day')::date
                       WHEN 'year' THEN (date_trunc('year', day) + interval '1 year - 1 day')::date END,
        precision::"DatePrecision",
        CASE WHEN r5 < 0.5 THEN ARRAY[(enum_range(NULL::"Sector"))[1 + floor(r4 * 8)::int]]
             ELSE ARRAY[(enum_range(NULL::"Sector"))[1 + floor(r4 * 8)::int], (enum_range(NULL::"Sector"))[1 + (floor(r4 * 8)::int + 1 + floor(r5 * 7)::int) % 8]] END,
        CASE WHEN r1 >= 0.5 AND r1 < 0.75 THEN (enum_range(NULL::"AgreementStatus"))[1 + floor(r6 * 8)::int] END,
        (CASE WHEN r6 < 0.03 THEN 'draft' ELSE 'published' END)::"EntryState",
        CASE WHEN r6 > 0.99 THEN now() END,
        concat_ws(' ', (SELECT names FROM bench_names WHERE id = ${ACTOR_A}), (SELECT names FROM bench_names WHERE id = ${ACTOR_B}),
                  CASE WHEN ${WITH_TSIVILEV} THEN (SELECT names FROM bench_names WHERE id = $3) END),
        now()
      FROM d, (SELECT ${WORDS} AS w) AS words`,
      [start, end, tsivilev],
    );
    await client.query(
      `INSERT INTO "EntryActor" ("entryId", "actorId", "role", "updatedAt")
       SELECT 'bench-' || i, a, (ARRAY['host','visitor','party'])[1 + i % 3], now()
       FROM generate_series($1::int, $2::int) AS i,
            LATERAL (VALUES (${ACTOR_A}), (${ACTOR_B}), (CASE WHEN ${WITH_TSIVILEV} THEN $3 END)) AS p(a)
       WHERE a IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [start, end, tsivilev],
    );
    await client.query(
      `INSERT INTO "EntryPlace" ("entryId", "placeId", "position")
       SELECT 'bench-' || i, p, n - 1
       FROM generate_series($1::int, $2::int) AS i,
            LATERAL (VALUES ('bench-place-' || (1 + (i * 31) % 200), 1), (CASE WHEN i % 5 = 0 THEN $3 END, 2)) AS v(p, n)
       WHERE p IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [start, end, tehran],
    );
    await client.query(
      `INSERT INTO "Citation" ("id", "entryId", "sourceId", "credibility", "updatedAt")
       SELECT 'bench-citation-' || i, 'bench-' || i, 'bench-source-' || (1 + floor(random() * 2000)::int), 1 + floor(random() * 6)::int, now()
       FROM generate_series($1::int, $2::int) AS i`,
      [start, end],
    );
    log(`  entries ${start}–${end}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const t = performance.now();
  await client.query(`SET maintenance_work_mem = '256MB'`);
  for (const { definition } of indexes) await client.query(definition);
  log(`  ${indexes.length} indexes on Entry built again: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
