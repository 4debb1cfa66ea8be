-- CreateTable
CREATE TABLE "PlaceRollup" (
    "key" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "status" "AgreementStatus",
    "sectors" "Sector"[],
    "entries" BIGINT NOT NULL,

    CONSTRAINT "PlaceRollup_pkey" PRIMARY KEY ("key")
);

-- Hand-written below: the triggers that keep "PlaceRollup" (visible entries naming each place, by
-- kind, status and sector set) in step with "EntryPlace" and "Entry", in the same transaction as
-- the write, like "EntryRollup". A count changes when a link is made or removed for a visible
-- entry, and when a linked entry becomes visible or hidden or changes kind, status or sectors.
-- Statement-level with transition tables, so an import of 100,000 links is one set-based upsert;
-- keys are upserted in key order, so concurrent writers lock rollup rows in the same order.

-- The statement that adds `changed` (rows of placeId, kind, status, sectors and delta) to the rollup.
CREATE FUNCTION public.record_place_rollup_sql(changed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT format($sql$
    WITH changed AS (%s),
    keyed AS (
      SELECT c."placeId", c."kind", c."status", ARRAY(SELECT DISTINCT s FROM unnest(c."sectors") AS s ORDER BY 1) AS sectors, c.delta
      FROM changed c
    ),
    summed AS (
      SELECT concat_ws('|', "placeId", "kind", coalesce("status"::text, '-'), array_to_string(sectors, ',')) AS key,
             "placeId", "kind", "status", sectors, sum(delta) AS delta
      FROM keyed GROUP BY "placeId", "kind", "status", sectors
      HAVING sum(delta) <> 0
    )
    INSERT INTO "PlaceRollup" AS r ("key", "placeId", "kind", "status", "sectors", "entries")
    SELECT key, "placeId", "kind", "status", sectors, delta FROM summed ORDER BY key
    ON CONFLICT ("key") DO UPDATE SET "entries" = r."entries" + EXCLUDED."entries"
  $sql$, changed)
$fn$;

-- Links made, removed or moved to another place. A link removed because its entry is being deleted
-- finds no entry here (the cascade runs after the entry row is gone); "Entry_place_rollup_delete"
-- counted it out just before.
CREATE FUNCTION public.record_place_rollup_links() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  added constant text := 'SELECT l."placeId", e."kind", e."status", e."sectors", %s AS delta FROM %s l JOIN "Entry" e ON e."id" = l."entryId" WHERE e."state" = ''published'' AND e."deletedAt" IS NULL';
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE public.record_place_rollup_sql(format(added, '1', 'new_rows'));
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE public.record_place_rollup_sql(format(added, '-1', 'old_rows'));
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE public.record_place_rollup_sql(format(added, '1', 'new_rows') || ' UNION ALL ' || format(added, '-1', 'old_rows'));
  ELSE -- TRUNCATE
    DELETE FROM "PlaceRollup";
  END IF;
  RETURN NULL;
END
$fn$;

-- Linked entries that change in a way the rollup counts: shown or hidden, another kind, status or
-- sector set. Entries whose counted columns are unchanged (most updates) contribute nothing.
CREATE FUNCTION public.record_place_rollup_entries() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE public.record_place_rollup_sql($sql$
    WITH moved AS (
      SELECT o."id", o."kind" AS old_kind, o."status" AS old_status, o."sectors" AS old_sectors,
             (o."state" = 'published' AND o."deletedAt" IS NULL) AS was_visible,
             n."kind", n."status", n."sectors", (n."state" = 'published' AND n."deletedAt" IS NULL) AS is_visible
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE ((o."state" = 'published' AND o."deletedAt" IS NULL) OR (n."state" = 'published' AND n."deletedAt" IS NULL))
        AND ((o."state" = 'published' AND o."deletedAt" IS NULL) IS DISTINCT FROM (n."state" = 'published' AND n."deletedAt" IS NULL)
             OR o."kind" IS DISTINCT FROM n."kind" OR o."status" IS DISTINCT FROM n."status" OR o."sectors" IS DISTINCT FROM n."sectors")
    )
    SELECT l."placeId", m."kind", m."status", m."sectors", 1 AS delta
    FROM moved m JOIN "EntryPlace" l ON l."entryId" = m."id" WHERE m.is_visible
    UNION ALL
    SELECT l."placeId", m.old_kind, m.old_status, m.old_sectors, -1
    FROM moved m JOIN "EntryPlace" l ON l."entryId" = m."id" WHERE m.was_visible
  $sql$);
  RETURN NULL;
END
$fn$;

-- An entry removed for good (restore's clean-up, tests): its links are counted out before the
-- cascade removes them. Row-level, since hard deletes are rare and the links must still be there.
CREATE FUNCTION public.record_place_rollup_entry_gone() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF OLD."state" = 'published' AND OLD."deletedAt" IS NULL THEN
    EXECUTE public.record_place_rollup_sql(
      'SELECT l."placeId", $1::"EntryKind" AS "kind", $2::"AgreementStatus" AS "status", $3::"Sector"[] AS "sectors", -1 AS delta FROM "EntryPlace" l WHERE l."entryId" = $4')
      USING OLD."kind", OLD."status", OLD."sectors", OLD."id";
  END IF;
  RETURN OLD;
END
$fn$;

CREATE TRIGGER "EntryPlace_rollup_insert" AFTER INSERT ON "EntryPlace" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_place_rollup_links();
CREATE TRIGGER "EntryPlace_rollup_update" AFTER UPDATE ON "EntryPlace" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_place_rollup_links();
CREATE TRIGGER "EntryPlace_rollup_delete" AFTER DELETE ON "EntryPlace" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_place_rollup_links();
CREATE TRIGGER "EntryPlace_rollup_truncate" AFTER TRUNCATE ON "EntryPlace"
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_place_rollup_links();
CREATE TRIGGER "Entry_place_rollup_update" AFTER UPDATE ON "Entry" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_place_rollup_entries();
CREATE TRIGGER "Entry_place_rollup_delete" BEFORE DELETE ON "Entry"
  FOR EACH ROW EXECUTE FUNCTION public.record_place_rollup_entry_gone();

-- The links already recorded.
DO $fn$ BEGIN
  EXECUTE public.record_place_rollup_sql('SELECT l."placeId", e."kind", e."status", e."sectors", 1 AS delta FROM "EntryPlace" l JOIN "Entry" e ON e."id" = l."entryId" WHERE e."state" = ''published'' AND e."deletedAt" IS NULL');
END $fn$;
