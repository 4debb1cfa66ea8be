-- A source cited twice in one entry becomes one citation holding both passages, as the entry
-- schema (lib/entries/input.ts, mergeCitations) now does at every door. The first citation keeps
-- its place and its grade (or takes a later one's when it had none), the passages are joined in
-- order with a blank line between them, and the later citations are removed.
-- Entries whose repeated citations carried two different grades are listed with a NOTICE (the
-- first grade is kept) and in the audit log, for an editor to check.

CREATE OR REPLACE FUNCTION pg_temp.notice(message text) RETURNS void LANGUAGE plpgsql
  AS E'BEGIN RAISE NOTICE ''%'', message\073 END';

CREATE TEMP TABLE repeated_citation AS
SELECT "id", "entryId", "sourceId", "quote", "credibility",
       row_number() OVER (PARTITION BY "entryId", "sourceId" ORDER BY "position", "createdAt", "id") AS n,
       count(*) OVER (PARTITION BY "entryId", "sourceId") AS copies
FROM "Citation";

SELECT pg_temp.notice(format('entry %s cites source %s %s times with the grades %s: merged, the first grade kept', "entryId", "sourceId", max(copies), string_agg(DISTINCT "credibility"::text, ', ')))
FROM repeated_citation
WHERE copies > 1
GROUP BY "entryId", "sourceId"
HAVING count(DISTINCT "credibility") > 1;

INSERT INTO "AuditEvent" ("via", "action", "outcome", "targetType", "targetId", "details")
SELECT 'migration', 'entry.citations-merged', 'ok', 'entry', "entryId",
       jsonb_build_object('sourceId', "sourceId", 'copies', max(copies), 'grades', jsonb_agg(DISTINCT "credibility") FILTER (WHERE "credibility" IS NOT NULL))
FROM repeated_citation
WHERE copies > 1
GROUP BY "entryId", "sourceId";

UPDATE "Citation" c
SET "quote" = merged.quote, "credibility" = merged.credibility, "updatedAt" = now()
FROM (
  SELECT "entryId", "sourceId",
         min("id") FILTER (WHERE n = 1) AS keep,
         nullif(string_agg("quote", E'\n\n' ORDER BY n) FILTER (WHERE coalesce("quote", '') <> ''), '') AS quote,
         (array_agg("credibility" ORDER BY n) FILTER (WHERE "credibility" IS NOT NULL))[1] AS credibility
  FROM repeated_citation
  WHERE copies > 1
  GROUP BY "entryId", "sourceId"
) merged
WHERE c."id" = merged.keep;

DELETE FROM "Citation" c USING repeated_citation r WHERE c."id" = r."id" AND r.n > 1;

DROP TABLE repeated_citation;
