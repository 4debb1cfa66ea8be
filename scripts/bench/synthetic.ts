// The synthetic record of the benchmarks (scripts/bench/search-explain.ts, scripts/bench/load.ts),
// written set-based into a migrated database.
import type pg from "pg";

/** Loads `entries` synthetic entries with their actors, spellings and sources; `log` hears each step. */
export async function loadSynthetic(client: pg.Client, entries: number, log: (line: string) => void): Promise<void> {
  for (const statement of syntheticSql().split("\n---\n")) {
    log(statement.trim().split("\n")[0]);
    await client.query(statement, statement.includes("$1") ? [entries] : []);
  }
}

// Synthetic entries: a mix of kinds, 1–2 sectors, dates from 2000 to 2026 with honest precision
// (60% day, 20% month, 10% year, 10% undated), 3% drafts and 1% deleted; 3,000 actors with three
// spellings each, two per entry, and the seed record's Tsivilev in about 1% of entries; one graded
// source citation per entry. Words come from a small vocabulary so searches match realistic shares.
function syntheticSql(): string {
  return `
SELECT setseed(0.42);
---
WITH words AS (
  SELECT ARRAY['gas','pipeline','oil','nuclear','reactor','drone','missile','helicopter','bank','payment','tariff','railway',
    'corridor','port','summit','visit','minister','treaty','memorandum','sanctions','wheat','grain','satellite','launch',
    'exercise','naval','caspian','tehran','moscow','kazan','astrakhan','bandar','rosatom','gazprom','brics','trade',
    'delivery','contract','talks','agreement'] AS w
), r AS (
  SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
  FROM generate_series(1, $1::int) AS i
), d AS (
  SELECT r.*, date '2000-01-01' + floor(r2 * 9600)::int AS day,
    CASE WHEN r3 < 0.6 THEN 'day' WHEN r3 < 0.8 THEN 'month' WHEN r3 < 0.9 THEN 'year' ELSE 'unknown' END AS precision
  FROM r
)
INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "dateStart", "periodEnd", "datePrecision", "sectors", "places",
                     "status", "state", "deletedAt", "updatedAt")
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
  ARRAY['Moscow'],
  CASE WHEN r1 >= 0.5 AND r1 < 0.75 THEN (enum_range(NULL::"AgreementStatus"))[1 + floor(r6 * 8)::int] END,
  (CASE WHEN r6 < 0.03 THEN 'draft' ELSE 'published' END)::"EntryState",
  CASE WHEN r6 > 0.99 THEN now() END,
  now()
FROM d, words;

---
INSERT INTO "Actor" ("id", "slug", "name", "kind", "country", "titles", "updatedAt")
SELECT 'bench-actor-' || i, 'bench-actor-' || i,
  (ARRAY['Ali','Sergei','Hossein','Dmitry','Mohammad','Alexei','Reza','Igor','Mehdi','Nikolai'])[1 + i % 10] || ' ' ||
  (ARRAY['Karimov','Hosseini','Petrov','Rahimi','Sokolov','Moradi','Volkov','Ahmadi','Kuznetsov','Jafari','Lebedev','Rostami'])[1 + (i / 10) % 12] || ' ' || i,
  'person', (ARRAY['IR','RU'])[1 + i % 2], ARRAY[]::text[], now()
FROM generate_series(1, 3000) AS i;

---
INSERT INTO "ActorName" ("id", "actorId", "name", "updatedAt")
SELECT 'bench-name-' || a."id" || '-' || v, a."id",
  CASE v WHEN 1 THEN a."name" WHEN 2 THEN replace(a."name", 'ei', 'ey') ELSE replace(replace(a."name", 'ov', 'ow'), 'i ', 'y ') END, now()
FROM "Actor" a, generate_series(1, 3) AS v WHERE a."id" LIKE 'bench-actor-%'
ON CONFLICT DO NOTHING;

---
INSERT INTO "EntryActor" ("entryId", "actorId", "role", "updatedAt")
SELECT e."id", 'bench-actor-' || (1 + floor(random() * 3000)::int), (ARRAY['host','visitor','party'])[n], now()
FROM "Entry" e, generate_series(1, 2) AS n WHERE e."id" LIKE 'bench-%'
ON CONFLICT DO NOTHING;

---
INSERT INTO "EntryActor" ("entryId", "actorId", "role", "updatedAt")
SELECT e."id", (SELECT "id" FROM "Actor" WHERE "slug" = 'sergei-tsivilev'), 'visitor', now()
FROM "Entry" e WHERE e."id" LIKE 'bench-%' AND random() < 0.01;

---
INSERT INTO "Source" ("id", "title", "publisher", "reliability", "updatedAt")
SELECT 'bench-source-' || i, 'Synthetic report ' || i, (ARRAY['TASS','IRNA','Reuters','Interfax'])[1 + i % 4],
  (enum_range(NULL::"SourceReliability"))[1 + i % 6], now()
FROM generate_series(1, 2000) AS i;

---
INSERT INTO "Citation" ("id", "entryId", "sourceId", "credibility", "updatedAt")
SELECT 'bench-citation-' || e."id", e."id", 'bench-source-' || (1 + floor(random() * 2000)::int), 1 + floor(random() * 6)::int, now()
FROM "Entry" e WHERE e."id" LIKE 'bench-%';
`;
}
