-- Hand-written: every lexeme any entry's search document holds, kept by triggers like the vocabulary
-- (search.word), so that a query can be written for what the search index answers cheaply
-- (lib/search/plan.ts, through the functions below):
-- - a prefix ("pipeline" typed last is 'pipelin':*) becomes the few lexemes it stands for: the
--   index reads a prefix's matches into a bitmap before combining them, and "gas pipeline" at a
--   million entries cost 131 ms in the index against 47 ms for 'gas' & 'pipelin';
-- - an alternative with a lexeme no entry holds (the thesaurus's "gas line" in a record without
--   "line") is left out: as `… | 'gas' <-> 'line'` it made the index test every entry with "gas"
--   or "pipeline" (100 ms), and the phrase made PostgreSQL re-read every candidate row.
-- Entries of every state and deleted ones are included (a draft is searched through the write
-- API), and lexemes are never removed: a stale one can only keep an alternative that finds nothing.
-- Its own schema, as derived data: backups leave it out and a restore rebuilds it through the
-- triggers. COLLATE "C" lets the primary key answer a prefix as a range of bytes.
CREATE TABLE search.lexeme (
  lexeme text COLLATE "C" PRIMARY KEY
);

-- New rows bring all their lexemes; an updated row only those its document did not hold before
-- (ts_delete), so that refreshing 100,000 entries' actor names does not sort 5 million lexemes.
-- Distinct lexemes are inserted in key order, so that two writers never wait on each other in
-- opposite orders, and the function has the memory to hash them rather than sort them on disk.
CREATE OR REPLACE FUNCTION search.entry_lexemes() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB'
  AS $$ BEGIN
    INSERT INTO search.lexeme (lexeme)
      SELECT l FROM (SELECT l FROM new_rows n, unnest(tsvector_to_array(n."searchDocument")) AS l GROUP BY l) AS d
      ORDER BY l ON CONFLICT (lexeme) DO NOTHING;
    RETURN NULL;
  END $$;
CREATE OR REPLACE FUNCTION search.entry_changed_lexemes() RETURNS trigger LANGUAGE plpgsql SET work_mem = '64MB'
  AS $$ BEGIN
    INSERT INTO search.lexeme (lexeme)
      SELECT l FROM (
        SELECT l FROM new_rows n JOIN old_rows o ON o."id" = n."id",
          unnest(tsvector_to_array(ts_delete(n."searchDocument", tsvector_to_array(coalesce(o."searchDocument", ''::tsvector))))) AS l
        WHERE n."searchDocument" IS DISTINCT FROM o."searchDocument"
        GROUP BY l) AS d
      ORDER BY l ON CONFLICT (lexeme) DO NOTHING;
    RETURN NULL;
  END $$;
CREATE TRIGGER "Entry_lexemes_insert" AFTER INSERT ON "Entry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search.entry_lexemes();
CREATE TRIGGER "Entry_lexemes_update" AFTER UPDATE ON "Entry"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search.entry_changed_lexemes();

-- What a query's words stand for in the record, read as to_tsquery('english', …) reads them, for
-- the vocabulary's and the thesaurus's lookups (lib/search/widen.ts, lib/search/thesaurus.ts):
-- whether every lexeme of a text is in some entry;
CREATE FUNCTION search.lexemes_known(body text) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NOT EXISTS (SELECT 1 FROM unnest(tsvector_to_array(to_tsvector('english', body))) AS q
                           WHERE NOT EXISTS (SELECT 1 FROM search.lexeme x WHERE x.lexeme = q)) $$;
-- and the lexemes a word typed as a prefix stands for, in order, 9 at most (past 8 the query keeps
-- the prefix): a range of the primary key, from the word's lexeme to it followed by the last code
-- point. NULL when the word is not one lexeme, or when to_tsquery would not give one of them back
-- unchanged (stemming is applied again to whatever a query holds, and is not idempotent).
CREATE FUNCTION search.prefix_lexemes(word text) RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN cardinality(w.a) <> 1 THEN NULL
                    WHEN EXISTS (SELECT 1 FROM unnest(f.found) AS l WHERE tsvector_to_array(to_tsvector('english', l)) <> ARRAY[l]) THEN NULL
                    ELSE f.found END
        FROM (SELECT tsvector_to_array(to_tsvector('english', word)) AS a) AS w,
        LATERAL (SELECT ARRAY(SELECT x.lexeme FROM search.lexeme x
                              WHERE cardinality(w.a) = 1 AND x.lexeme >= w.a[1] AND x.lexeme < w.a[1] || chr(1114111) AND starts_with(x.lexeme, w.a[1])
                              ORDER BY x.lexeme LIMIT 9) AS found) AS f $$;

-- Fill it from what is there now.
INSERT INTO search.lexeme (lexeme)
  SELECT DISTINCT l FROM "Entry" e, unnest(tsvector_to_array(e."searchDocument")) AS l ORDER BY 1;
