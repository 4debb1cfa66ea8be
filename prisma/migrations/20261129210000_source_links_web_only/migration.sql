-- Source addresses are web links only (http or https): pages, feeds and exports link them, and a
-- javascript: or data: address would become a live script link. Addresses of any other scheme
-- stored before this rule are taken out of "url", kept as text in "clearedUrl" (the sources page
-- shows them to editors), listed with a NOTICE each and recorded in the audit log. Then a CHECK
-- constraint refuses them for good, at every door (form, API, import, restore, plain SQL).
-- The pattern is lib/links/web-url.ts's WEB_URL_PATTERN.

ALTER TABLE "Source" ADD COLUMN "clearedUrl" TEXT;

-- A NOTICE per cleared address. The migration runner splits scripts at every semicolon, even
-- inside a function body, so the one PL/pgSQL statement ends with \073 (a semicolon) in an E'' string.
CREATE OR REPLACE FUNCTION pg_temp.notice(message text) RETURNS void LANGUAGE plpgsql
  AS E'BEGIN RAISE NOTICE ''%'', message\073 END';

SELECT pg_temp.notice(format('source %s (%L): the address %L is not a web link, moved to clearedUrl', "id", "title", "url"))
FROM "Source"
WHERE "url" IS NOT NULL AND "url" !~* '^https?://[^[:space:][:cntrl:]]+$'
ORDER BY "id";

INSERT INTO "AuditEvent" ("via", "action", "outcome", "targetType", "targetId", "details")
SELECT 'migration', 'source.link-cleared', 'ok', 'source', "id",
       jsonb_build_object('url', "url", 'title', "title", 'reason', 'not an http(s) address: kept as text in clearedUrl')
FROM "Source"
WHERE "url" IS NOT NULL AND "url" !~* '^https?://[^[:space:][:cntrl:]]+$'
ORDER BY "id";

UPDATE "Source" SET "clearedUrl" = "url", "url" = NULL, "updatedAt" = now()
WHERE "url" IS NOT NULL AND "url" !~* '^https?://[^[:space:][:cntrl:]]+$';

ALTER TABLE "Source" ADD CONSTRAINT "Source_url_web_only"
  CHECK ("url" IS NULL OR "url" ~* '^https?://[^[:space:][:cntrl:]]+$');
