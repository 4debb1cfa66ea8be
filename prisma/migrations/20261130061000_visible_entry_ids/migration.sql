-- Hand-written: visible entries by id, carrying what counts, pages and timelines read. A filter that
-- names entries by id (an actor's, a place's, a grading's: `e."id" IN (…)` in lib/entries/search.ts)
-- then finds each entry in this index alone instead of visiting its row in the table: for an actor
-- of 9,600 entries in a million, the page and its count read 81 MB of index instead of 9,600 scattered
-- table pages (browse 228 → 113 ms, its timeline 240 → 115 ms; docs/performance.md).
CREATE INDEX "Entry_visible_id_idx" ON "Entry" ("id") INCLUDE ("dateStart", "periodEnd", "kind", "status", "sectors")
  WHERE "state" = 'published' AND "deletedAt" IS NULL;
