-- Hand-written: the period each visible entry may cover, as a range, for date windows. A window is
-- `periodEnd >= from AND dateStart <= to` (lib/entries/search.ts), and no B-tree answers both ends:
-- the map of January 2024 at a million entries tested all 960,000 visible entries to keep 6,000
-- (90 ms; 13 ms through this index). The same expression (entryPeriodSql in lib/entries/search.ts)
-- is the query's added `&&` condition. Undated entries cover nothing (an empty range, not an
-- unbounded one), and a period end before its start cannot make the range invalid.
CREATE INDEX "Entry_visible_period_idx" ON "Entry" USING gist (
  (CASE WHEN "dateStart" IS NULL THEN 'empty'::daterange ELSE daterange("dateStart", greatest("dateStart", "periodEnd"), '[]') END)
) WHERE "state" = 'published' AND "deletedAt" IS NULL;

-- Statistics on the same expression: PostgreSQL does not use a partial index's own statistics for
-- its estimates, and without these it guessed 8,600 matches for every window (206,000 since 2020).
CREATE STATISTICS "Entry_period_stats" ON (
  (CASE WHEN "dateStart" IS NULL THEN 'empty'::daterange ELSE daterange("dateStart", greatest("dateStart", "periodEnd"), '[]') END)
) FROM "Entry";

ANALYZE "Entry";
