-- CreateTable
CREATE TABLE "ActorRollup" (
    "key" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "status" "AgreementStatus",
    "sectors" "Sector"[],
    "entries" BIGINT NOT NULL,

    CONSTRAINT "ActorRollup_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ActorRollup_actorId_idx" ON "ActorRollup"("actorId");

-- CreateIndex
CREATE INDEX "PlaceRollup_placeId_idx" ON "PlaceRollup"("placeId");

-- Hand-written below: the triggers that keep "ActorRollup" (visible entries of each actor, by kind,
-- status and sector set) in step with "EntryActor" and "Entry", in the same transaction as the
-- write, like "PlaceRollup". An entry counts once for an actor however many roles the actor has in
-- it and whether or not the actor is also its speaker, as the actor filter matches it
-- (lib/entries/search.ts). Statement-level with transition tables, so an import of 100,000 links is
-- one set-based upsert; keys are upserted in key order, so concurrent writers lock rollup rows in
-- the same order.

-- The statement that adds `changed` (rows of actorId, kind, status, sectors and delta) to the rollup.
CREATE FUNCTION public.record_actor_rollup_sql(changed text) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT format($sql$
    WITH changed AS (%s),
    keyed AS (
      SELECT c."actorId", c."kind", c."status", ARRAY(SELECT DISTINCT s FROM unnest(c."sectors") AS s ORDER BY 1) AS sectors, c.delta
      FROM changed c
    ),
    summed AS (
      SELECT concat_ws('|', "actorId", "kind", coalesce("status"::text, '-'), array_to_string(sectors, ',')) AS key,
             "actorId", "kind", "status", sectors, sum(delta) AS delta
      FROM keyed GROUP BY "actorId", "kind", "status", sectors
      HAVING sum(delta) <> 0
    )
    INSERT INTO "ActorRollup" AS r ("key", "actorId", "kind", "status", "sectors", "entries")
    SELECT key, "actorId", "kind", "status", sectors, delta FROM summed ORDER BY key
    ON CONFLICT ("key") DO UPDATE SET "entries" = r."entries" + EXCLUDED."entries"
  $sql$, changed)
$fn$;

-- Links made, removed or moved (a merge moves them to another actor). For each visible entry the
-- statement touched, the actors it has now (links and speaker) are compared with those it had before
-- the statement (its links now, less the rows added, plus the rows removed; and the same speaker):
-- an actor counts the entry in when it is new to it, out when it is gone, and not at all when only a
-- second role came or went. A link removed because its entry is being deleted finds no entry here
-- (the cascade runs after the entry row is gone); "Entry_actor_rollup_delete" counted it out before.
CREATE FUNCTION public.record_actor_rollup_links() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  none constant text := 'SELECT NULL::text AS "entryId", NULL::text AS "actorId", NULL::text AS "role" WHERE false';
  added text := none;
  removed text := none;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "ActorRollup";
    RETURN NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN added := 'SELECT "entryId", "actorId", "role" FROM new_rows'; END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN removed := 'SELECT "entryId", "actorId", "role" FROM old_rows'; END IF;
  EXECUTE public.record_actor_rollup_sql(format($sql$
    WITH added AS (%1$s), removed AS (%2$s),
    touched AS (
      SELECT e."id", e."kind", e."status", e."sectors", e."speakerId" FROM "Entry" e
      WHERE e."id" IN (SELECT "entryId" FROM added UNION SELECT "entryId" FROM removed)
        AND e."state" = 'published' AND e."deletedAt" IS NULL
    ),
    linked_now AS (SELECT l."entryId", l."actorId", l."role" FROM "EntryActor" l WHERE l."entryId" IN (SELECT "id" FROM touched)),
    linked_before AS (
      (SELECT * FROM linked_now EXCEPT SELECT * FROM added)
      UNION SELECT r.* FROM removed r WHERE r."entryId" IN (SELECT "id" FROM touched)
    ),
    actors_now AS (SELECT "entryId", "actorId" FROM linked_now UNION SELECT "id", "speakerId" FROM touched WHERE "speakerId" IS NOT NULL),
    actors_before AS (SELECT "entryId", "actorId" FROM linked_before UNION SELECT "id", "speakerId" FROM touched WHERE "speakerId" IS NOT NULL),
    delta AS (
      SELECT g."entryId", g."actorId", 1 AS delta FROM (SELECT * FROM actors_now EXCEPT SELECT * FROM actors_before) g
      UNION ALL
      SELECT g."entryId", g."actorId", -1 FROM (SELECT * FROM actors_before EXCEPT SELECT * FROM actors_now) g
    )
    SELECT d."actorId", t."kind", t."status", t."sectors", d.delta FROM delta d JOIN touched t ON t."id" = d."entryId"
  $sql$, added, removed));
  RETURN NULL;
END
$fn$;

-- Entries made: a statement's speaker counts it in (its links come in later statements).
CREATE FUNCTION public.record_actor_rollup_entries_added() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE public.record_actor_rollup_sql($sql$
    SELECT n."speakerId" AS "actorId", n."kind", n."status", n."sectors", 1 AS delta FROM new_rows n
    WHERE n."speakerId" IS NOT NULL AND n."state" = 'published' AND n."deletedAt" IS NULL
  $sql$);
  RETURN NULL;
END
$fn$;

-- Entries that change in a way the rollup counts: shown or hidden, another kind, status, sector set
-- or speaker. Each such entry's actors (links and speaker) are counted out as it was and in as it
-- is; entries whose counted columns are unchanged (most updates) contribute nothing.
CREATE FUNCTION public.record_actor_rollup_entries() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE public.record_actor_rollup_sql($sql$
    WITH moved AS (
      SELECT o."id", o."kind" AS old_kind, o."status" AS old_status, o."sectors" AS old_sectors, o."speakerId" AS old_speaker,
             (o."state" = 'published' AND o."deletedAt" IS NULL) AS was_visible,
             n."kind", n."status", n."sectors", n."speakerId", (n."state" = 'published' AND n."deletedAt" IS NULL) AS is_visible
      FROM old_rows o JOIN new_rows n ON n."id" = o."id"
      WHERE ((o."state" = 'published' AND o."deletedAt" IS NULL) OR (n."state" = 'published' AND n."deletedAt" IS NULL))
        AND ((o."state" = 'published' AND o."deletedAt" IS NULL) IS DISTINCT FROM (n."state" = 'published' AND n."deletedAt" IS NULL)
             OR o."kind" IS DISTINCT FROM n."kind" OR o."status" IS DISTINCT FROM n."status" OR o."sectors" IS DISTINCT FROM n."sectors"
             OR o."speakerId" IS DISTINCT FROM n."speakerId")
    ),
    links AS (SELECT l."entryId", l."actorId" FROM "EntryActor" l WHERE l."entryId" IN (SELECT "id" FROM moved)),
    actors_now AS (
      SELECT l."entryId", l."actorId" FROM links l JOIN moved m ON m."id" = l."entryId" WHERE m.is_visible
      UNION SELECT m."id", m."speakerId" FROM moved m WHERE m.is_visible AND m."speakerId" IS NOT NULL
    ),
    actors_before AS (
      SELECT l."entryId", l."actorId" FROM links l JOIN moved m ON m."id" = l."entryId" WHERE m.was_visible
      UNION SELECT m."id", m.old_speaker FROM moved m WHERE m.was_visible AND m.old_speaker IS NOT NULL
    )
    SELECT a."actorId", m."kind", m."status", m."sectors", 1 AS delta FROM actors_now a JOIN moved m ON m."id" = a."entryId"
    UNION ALL
    SELECT a."actorId", m.old_kind, m.old_status, m.old_sectors, -1 FROM actors_before a JOIN moved m ON m."id" = a."entryId"
  $sql$);
  RETURN NULL;
END
$fn$;

-- An entry removed for good (restore's clean-up, tests): its actors are counted out before the
-- cascade removes its links. Row-level, since hard deletes are rare and the links must still be there.
CREATE FUNCTION public.record_actor_rollup_entry_gone() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF OLD."state" = 'published' AND OLD."deletedAt" IS NULL THEN
    EXECUTE public.record_actor_rollup_sql(
      'SELECT a."actorId", $1::"EntryKind" AS "kind", $2::"AgreementStatus" AS "status", $3::"Sector"[] AS "sectors", -1 AS delta
       FROM (SELECT l."actorId" FROM "EntryActor" l WHERE l."entryId" = $4 UNION SELECT $5::text WHERE $5 IS NOT NULL) a')
      USING OLD."kind", OLD."status", OLD."sectors", OLD."id", OLD."speakerId";
  END IF;
  RETURN OLD;
END
$fn$;

CREATE FUNCTION public.record_actor_rollup_cleared() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM "ActorRollup";
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "EntryActor_rollup_insert" AFTER INSERT ON "EntryActor" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_actor_rollup_links();
CREATE TRIGGER "EntryActor_rollup_update" AFTER UPDATE ON "EntryActor" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_actor_rollup_links();
CREATE TRIGGER "EntryActor_rollup_delete" AFTER DELETE ON "EntryActor" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_actor_rollup_links();
CREATE TRIGGER "EntryActor_rollup_truncate" AFTER TRUNCATE ON "EntryActor"
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_actor_rollup_links();
CREATE TRIGGER "Entry_actor_rollup_insert" AFTER INSERT ON "Entry" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_actor_rollup_entries_added();
CREATE TRIGGER "Entry_actor_rollup_update" AFTER UPDATE ON "Entry" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_actor_rollup_entries();
CREATE TRIGGER "Entry_actor_rollup_delete" BEFORE DELETE ON "Entry"
  FOR EACH ROW EXECUTE FUNCTION public.record_actor_rollup_entry_gone();
CREATE TRIGGER "Entry_actor_rollup_truncate" AFTER TRUNCATE ON "Entry"
  FOR EACH STATEMENT EXECUTE FUNCTION public.record_actor_rollup_cleared();

-- The entries already recorded.
DO $fn$ BEGIN
  EXECUTE public.record_actor_rollup_sql($sql$
    SELECT a."actorId", e."kind", e."status", e."sectors", 1 AS delta
    FROM (SELECT l."entryId", l."actorId" FROM "EntryActor" l UNION SELECT e."id", e."speakerId" FROM "Entry" e WHERE e."speakerId" IS NOT NULL) a
    JOIN "Entry" e ON e."id" = a."entryId"
    WHERE e."state" = 'published' AND e."deletedAt" IS NULL
  $sql$);
END $fn$;
