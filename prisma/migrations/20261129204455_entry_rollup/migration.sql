-- CreateTable
CREATE TABLE "EntryRollup" (
    "key" TEXT NOT NULL,
    "grain" SMALLINT NOT NULL,
    "startPeriod" INTEGER,
    "endPeriod" INTEGER,
    "kind" "EntryKind" NOT NULL,
    "status" "AgreementStatus",
    "sectors" "Sector"[],
    "entries" BIGINT NOT NULL,

    CONSTRAINT "EntryRollup_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "EntryRollup_grain_startPeriod_idx" ON "EntryRollup"("grain", "startPeriod");

-- CreateIndex
CREATE INDEX "EntryRollup_grain_endPeriod_idx" ON "EntryRollup"("grain", "endPeriod");

-- Hand-written below: the triggers that keep "EntryRollup" in step with "Entry". They are
-- statement-level with transition tables, so a write of one entry and an import of 100,000 both
-- update the rollup in one set-based statement, inside the same transaction as the write: every
-- door (editor, API, import, restore, publish, delete, seed) is covered without the app's help.
-- Keys are upserted in key order, so concurrent writers lock rollup rows in the same order.
-- The statement that adds `changed` (rows of kind, status, sectors, dateStart, periodEnd and delta
-- +1 or -1) to the rollup at its three grains. Built as text because the rows come from the
-- trigger's transition tables, which only the trigger function itself can read (by EXECUTE).
CREATE FUNCTION public.record_entry_rollup_sql(changed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT format($sql$
    WITH changed AS (%s),
    keyed AS (
      SELECT g.grain,
        CASE WHEN g.grain = 0 OR c."dateStart" IS NULL THEN NULL
             WHEN g.grain = 1 THEN extract(year FROM c."dateStart")::int
             ELSE (extract(year FROM c."dateStart") * 12 + extract(month FROM c."dateStart") - 1)::int END AS start_period,
        CASE WHEN g.grain = 2 AND c."dateStart" IS NOT NULL AND c."periodEnd" IS NOT NULL
             THEN (extract(year FROM c."periodEnd") * 12 + extract(month FROM c."periodEnd") - 1)::int END AS end_period,
        c."kind", c."status", ARRAY(SELECT DISTINCT s FROM unnest(c."sectors") AS s ORDER BY 1) AS sectors, c.delta
      FROM changed c CROSS JOIN (VALUES (0), (1), (2)) AS g(grain)
    ),
    summed AS (
      SELECT concat_ws('|', grain, coalesce(start_period::text, '-'), coalesce(end_period::text, '-'), "kind",
                       coalesce("status"::text, '-'), array_to_string(sectors, ',')) AS key,
             grain, start_period, end_period, "kind", "status", sectors, sum(delta) AS delta
      FROM keyed GROUP BY grain, start_period, end_period, "kind", "status", sectors
      HAVING sum(delta) <> 0
    )
    INSERT INTO "EntryRollup" AS r ("key", "grain", "startPeriod", "endPeriod", "kind", "status", "sectors", "entries")
    SELECT key, grain, start_period, end_period, "kind", "status", sectors, delta FROM summed ORDER BY key
    ON CONFLICT ("key") DO UPDATE SET "entries" = r."entries" + EXCLUDED."entries"
  $sql$, changed)
$fn$;

CREATE FUNCTION public.record_entry_rollup() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  cols constant text := '"kind", "status", "sectors", "dateStart", "periodEnd"';
  visible constant text := '"state" = ''published'' AND "deletedAt" IS NULL';
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE public.record_entry_rollup_sql(format('SELECT %s, 1 AS delta FROM new_rows WHERE %s', cols, visible));
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE public.record_entry_rollup_sql(format('SELECT %s, -1 AS delta FROM old_rows WHERE %s', cols, visible));
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE public.record_entry_rollup_sql(format(
      'SELECT %1$s, 1 AS delta FROM new_rows WHERE %2$s UNION ALL SELECT %1$s, -1 AS delta FROM old_rows WHERE %2$s', cols, visible));
  ELSE -- TRUNCATE
    DELETE FROM "EntryRollup";
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "Entry_rollup_insert" AFTER INSERT ON "Entry" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_entry_rollup();
CREATE TRIGGER "Entry_rollup_update" AFTER UPDATE ON "Entry" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_entry_rollup();
CREATE TRIGGER "Entry_rollup_delete" AFTER DELETE ON "Entry" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_entry_rollup();
CREATE TRIGGER "Entry_rollup_truncate" AFTER TRUNCATE ON "Entry"
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_entry_rollup();

-- The entries already recorded.
DO $fn$ BEGIN
  EXECUTE public.record_entry_rollup_sql('SELECT "kind", "status", "sectors", "dateStart", "periodEnd", 1 AS delta FROM "Entry" WHERE "state" = ''published'' AND "deletedAt" IS NULL');
END $fn$;
