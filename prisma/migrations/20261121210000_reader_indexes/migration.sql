-- Reader indexes, written by hand: Prisma's schema cannot express NULLS LAST, INCLUDE or partial
-- indexes. Both hold only what readers see (published, not deleted), the same predicate that
-- lib/entries/search.ts whereClause() puts first, so the planner can use them for every reader query.
-- A later generated migration will show DROP INDEX lines for them: delete those lines.

-- Browse and the read API, newest first with undated entries last (ORDER BY "dateStart" DESC NULLS
-- LAST, "id"): a page is read in index order and stops after LIMIT rows. The INCLUDE columns make
-- the total count, the sector, kind and status facets (lib/entries/facets.ts) and the overview
-- and sector charts (lib/sectors/queries.ts) index-only scans.
CREATE INDEX "Entry_browse_newest_idx" ON "Entry" ("dateStart" DESC NULLS LAST, "id")
  INCLUDE ("kind", "sectors", "status", "periodEnd")
  WHERE "state" = 'published' AND "deletedAt" IS NULL;

-- Browse sorted oldest first (sort=oldest, undated still last) and the timeline (lib/entries/timeline.ts).
CREATE INDEX "Entry_browse_oldest_idx" ON "Entry" ("dateStart" ASC NULLS LAST, "id")
  WHERE "state" = 'published' AND "deletedAt" IS NULL;
