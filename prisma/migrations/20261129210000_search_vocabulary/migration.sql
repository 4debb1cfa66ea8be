-- Forgiving search (lib/search, lib/names): text folding and transliteration functions, non-Latin
-- words indexed with the 'simple' configuration, model numbers split at letter-digit boundaries,
-- and the vocabulary of the record's words with a trigram index. Written by hand: Prisma cannot
-- express functions, triggers or a second schema. Function bodies hold no statement terminator
-- (the migration engine splits on it), trigger bodies write it as the octal escape 073.

-- Folding: accents off (record_unaccent), Arabic letter forms to their Persian ones, Arabic
-- diacritics and tatweel removed, lowercase. The query side folds its words with this same function.
CREATE OR REPLACE FUNCTION public.record_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.record_unaccent(translate(regexp_replace($1, '[\u064B-\u065F\u0670\u0640]', '', 'g'), 'يكۀةىأإٱ', 'یکههیااا'))) $$;

-- Latin letters for folded Cyrillic (Russian, BGN/PCGN-like: ц ts, х kh, й y) and Persian text,
-- Latin text passes through. lib/names/transliterate.ts holds the same tables for JavaScript.
CREATE OR REPLACE FUNCTION public.record_latin(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(
      replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        $1, 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'ё', 'yo'),
        'ش', 'sh'), 'چ', 'ch'), 'خ', 'kh'), 'ژ', 'zh'), 'غ', 'gh'), 'ای', 'i'), 'آ', 'a'),
      'абвгдезийклмнопрстуфыэіابپتثجحدذرزسصضطظفقکگلمنوهیئؤعءъь',
      'abvgdeziyklmnoprstufyeiabptsjhdzrzssztzfqkglmnuhiyu') $$;

-- A consonant key for transliterations that differ in their vowels (Pezeshkian, Pezeshkiyan and
-- the Persian پزشکیان all give pzskn): digraphs unified, vowels and weak letters dropped, doubles collapsed.
CREATE OR REPLACE FUNCTION public.record_skeleton(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(translate(
      replace(replace(replace(replace(replace(replace(replace(replace(regexp_replace(public.record_latin(public.record_fold($1)), '[^a-z]', '', 'g'),
        'dzh', 'j'), 'dj', 'j'), 'zh', 'j'), 'kh', 'h'), 'gh', 'g'), 'ph', 'f'), 'ck', 'k'), 'sh', 's'),
      'cqaeiouyvwh', 'kk'), '(.)\1+', '\1', 'g') $$;

-- Text as the search document reads it: folded, and split where letters meet digits, so that
-- "Su-35", "Su35" and "Su 35" all become the words su and 35 (the query side splits the same way).
CREATE OR REPLACE FUNCTION public.record_search_text(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(regexp_replace(public.record_fold($1), '([[:alpha:]])-?([[:digit:]])', '\1 \2', 'g'), '([[:digit:]])-?([[:alpha:]])', '\1 \2', 'g') $$;

-- One weighted part of the document: Latin-script words through English stemming, Cyrillic and
-- Persian words through 'simple' (lowercase only), so stemming rules never touch them.
CREATE OR REPLACE FUNCTION public.record_tsvector(body text, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(
      to_tsvector('english', regexp_replace(t, '[\u0400-\u052F\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+', ' ', 'g'))
      || to_tsvector('simple', regexp_replace(t, '[^\u0400-\u052F\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+', ' ', 'g')),
      weight)
    FROM (SELECT public.record_search_text(coalesce(body, ''))) AS s(t) $$;

CREATE OR REPLACE FUNCTION public.entry_search_document(title text, summary text, quote text, names text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT public.record_tsvector(title, 'A') || public.record_tsvector(names, 'B')
            || public.record_tsvector(coalesce(summary, '') || ' ' || coalesce(quote, ''), 'C') $$;

-- Recompute every stored document with the new function (an update regenerates the column).
UPDATE "Entry" SET "searchNames" = "searchNames";

-- The vocabulary: every word (3+ letters, no digits) of visible entries' titles, summaries, quotes,
-- places and actor names, and of every actor spelling, with its Latin form and consonant key. Kept
-- by the triggers below on every write, import and restore (they see every INSERT and UPDATE,
-- whichever code path makes it). Its own schema: it is derived data, so backups leave it out and a
-- restore rebuilds it through the same triggers. Words are never removed: a stale word can only
-- widen a query to a word that finds nothing, and "Did you mean" offers only words that find entries.
CREATE SCHEMA IF NOT EXISTS search;
CREATE TABLE search.word (
  word     text PRIMARY KEY,
  latin    text NOT NULL,
  skeleton text NOT NULL
);
CREATE INDEX word_latin_trgm_idx ON search.word USING gin (latin public.gin_trgm_ops);
CREATE INDEX word_skeleton_idx ON search.word (skeleton);

CREATE OR REPLACE FUNCTION search.add_words(body text) RETURNS void
  LANGUAGE sql VOLATILE
  AS $$ INSERT INTO search.word (word, latin, skeleton)
    SELECT w, public.record_latin(w), public.record_skeleton(w)
    FROM (SELECT DISTINCT w FROM regexp_split_to_table(public.record_fold(coalesce(body, '')), '[^[:alnum:]]+') AS w
          WHERE length(w) BETWEEN 3 AND 40 AND w !~ '[[:digit:]]' ORDER BY w) AS words
    ON CONFLICT (word) DO NOTHING $$;

CREATE OR REPLACE FUNCTION search.entry_words() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM search.add_words(string_agg(concat_ws(\' \', n."title", n."summary", n."quote", n."searchNames", array_to_string(n."places", \' \')), \' \')) FROM new_rows n WHERE n."state" = \'published\' AND n."deletedAt" IS NULL\073 RETURN NULL\073 END'
;
CREATE TRIGGER "Entry_vocabulary_insert" AFTER INSERT ON "Entry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search.entry_words();
CREATE TRIGGER "Entry_vocabulary_update" AFTER UPDATE ON "Entry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search.entry_words();

CREATE OR REPLACE FUNCTION search.actor_name_words() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM search.add_words(string_agg(n."name", \' \')) FROM new_rows n\073 RETURN NULL\073 END'
;
CREATE TRIGGER "ActorName_vocabulary_insert" AFTER INSERT ON "ActorName"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search.actor_name_words();
CREATE TRIGGER "ActorName_vocabulary_update" AFTER UPDATE ON "ActorName"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search.actor_name_words();

-- Fill it from what is there now.
SELECT search.add_words(string_agg(concat_ws(' ', "title", "summary", "quote", "searchNames", array_to_string("places", ' ')), ' '))
  FROM "Entry" WHERE "state" = 'published' AND "deletedAt" IS NULL;
SELECT search.add_words(string_agg("name", ' ')) FROM "ActorName";

-- Actor spellings in any script are matched on their Latin form too (lib/names/match.ts).
CREATE INDEX "ActorName_latin_trgm_idx" ON "ActorName" USING gin (public.record_latin(public.record_fold("name")) public.gin_trgm_ops);

-- Thesaurus lookup keys (lib/search/thesaurus.ts): each term folded, split like the document, and
-- each word stemmed, so "nuclear power plants" finds the set holding "nuclear power plant".
-- ts_lexize is only STABLE because a dictionary file could change, and the English stemmer is built in.
CREATE OR REPLACE FUNCTION public.record_term_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_string(ARRAY(
      SELECT coalesce((ts_lexize('english_stem', w))[1], w)
      FROM regexp_split_to_table(public.record_search_text($1), '[^[:alnum:]]+') WITH ORDINALITY AS x(w, i)
      WHERE w <> '' ORDER BY i), ' ') $$;
CREATE OR REPLACE FUNCTION public.record_term_keys(text[]) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT coalesce(array_agg(public.record_term_key(t)), '{}') FROM unnest($1) AS t $$;
ALTER TABLE "SynonymSet" ADD COLUMN "keys" text[] GENERATED ALWAYS AS (public.record_term_keys("terms")) STORED;
CREATE INDEX "SynonymSet_keys_idx" ON "SynonymSet" USING gin ("keys");
