-- An entry's date in its search document, so that "January 2025", "Kazan summit 2024" or "treaty
-- 2025" find the entries of that time, as readers see them dated ("18 Feb 2026", "Feb 2026", "2013"):
-- the year of the date (every year of a range, up to 50), and the month's English name when the
-- date is known to the month or the day. Never the day: "18" would find every entry of an 18th. At
-- the lowest weight, so that a word of the title or summary still ranks first. Written by hand, as
-- the search_document_trigger migration it changes.

-- The date as words: '2025 january', '2013', '' when undated. Month names from a fixed list, so the
-- function does not depend on a locale.
CREATE OR REPLACE FUNCTION public.record_date_words(date_start date, date_end date, date_precision "DatePrecision") RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN date_start IS NULL THEN '' ELSE concat_ws(' ',
      (SELECT string_agg(y::text, ' ') FROM generate_series(extract(year FROM date_start)::int,
        least(greatest(extract(year FROM coalesce(date_end, date_start))::int, extract(year FROM date_start)::int), extract(year FROM date_start)::int + 49)) AS y),
      CASE WHEN date_precision IN ('day', 'month') THEN (ARRAY['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])[extract(month FROM date_start)::int] END,
      CASE WHEN date_precision IN ('day', 'month') AND date_end IS NOT NULL THEN (ARRAY['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])[extract(month FROM date_end)::int] END)
    END $$;

CREATE OR REPLACE FUNCTION public.entry_search_document_row() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW."searchDocument" IS NOT NULL
       AND NEW."title" = OLD."title" AND NEW."searchNames" = OLD."searchNames"
       AND NEW."summary" IS NOT DISTINCT FROM OLD."summary" AND NEW."quote" IS NOT DISTINCT FROM OLD."quote"
       AND NEW."dateStart" IS NOT DISTINCT FROM OLD."dateStart" AND NEW."dateEnd" IS NOT DISTINCT FROM OLD."dateEnd"
       AND NEW."datePrecision" = OLD."datePrecision" THEN
      RETURN NEW;
    END IF;
    NEW."searchDocument" := public.record_tsvector(NEW."title", 'A') || public.record_names_tsvector(coalesce(NEW."searchNames", ''))
      || public.record_tsvector(coalesce(NEW."summary", '') || ' ' || coalesce(NEW."quote", ''), 'C')
      || public.record_tsvector(public.record_date_words(NEW."dateStart", NEW."dateEnd", NEW."datePrecision"), 'D');
    RETURN NEW;
  END $$;

-- The month names are words of the record (search.word), so that a query's "January" is taken as
-- typed rather than widened to a close spelling.
INSERT INTO search.word (word, latin, skeleton)
  SELECT m, public.record_latin(m), public.record_skeleton(m)
  FROM unnest(ARRAY['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']) AS m
  ON CONFLICT (word) DO NOTHING;

-- Months as readers abbreviate them ("Feb 2026"), as thesaurus sets (prisma/seed/thesaurus.json) for a
-- database that already holds sets, as in the thesaurus_names_and_spellings migration.
INSERT INTO "SynonymSet" ("id", "terms", "updatedAt")
SELECT v.id, v.terms, now()
FROM (VALUES
  ('starter-76', ARRAY['January', 'Jan']),
  ('starter-77', ARRAY['February', 'Feb']),
  ('starter-78', ARRAY['March', 'Mar']),
  ('starter-79', ARRAY['April', 'Apr']),
  ('starter-80', ARRAY['June', 'Jun']),
  ('starter-81', ARRAY['July', 'Jul']),
  ('starter-82', ARRAY['August', 'Aug']),
  ('starter-83', ARRAY['September', 'Sept', 'Sep']),
  ('starter-84', ARRAY['October', 'Oct']),
  ('starter-85', ARRAY['November', 'Nov']),
  ('starter-86', ARRAY['December', 'Dec'])
) AS v(id, terms)
WHERE EXISTS (SELECT 1 FROM "SynonymSet") AND NOT EXISTS (SELECT 1 FROM "SynonymSet" s WHERE s."id" = v.id);

-- Only dated entries' documents change.
UPDATE "Entry" SET "searchDocument" = NULL WHERE "dateStart" IS NOT NULL;
