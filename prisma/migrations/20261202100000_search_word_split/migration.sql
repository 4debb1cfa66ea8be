-- A word typed without its spaces ("goldenperiod", "nuclearpowerplant", "paymentsystems"), or a
-- Persian word without its zero-width non-joiner ("هستهای" for "هسته‌ای"): the words of the record
-- it is made of, for lib/search/widen.ts, which asks for them as a phrase. Hand-written, as the
-- vocabulary it reads (migration *_search_vocabulary).
--
-- Two or three words of the vocabulary (search.word: three letters or more each), or a Persian
-- word and an ending the search document holds apart (the document splits at the non-joiner);
-- fewest parts first, then the most even split. NULL when the word is in the vocabulary as typed,
-- is shorter than 6 or longer than 40 letters, or has no such split whose lexemes are all in some
-- entry. Its cost is a few primary-key probes for each letter of the word (the words that start
-- and end it, then the middles between those), whatever the size of the record; none for a word of
-- the vocabulary. PL/pgSQL with a generic plan, so that a connection plans the lookup once
-- (planned for each word, it cost 1.3 ms a word; 0.5 ms once).
CREATE OR REPLACE FUNCTION search.word_split(typed text) RETURNS text[]
  LANGUAGE plpgsql STABLE PARALLEL SAFE STRICT SET plan_cache_mode = force_generic_plan
  AS $$
  DECLARE
    n int := length(typed);
    pre int[];
    suf int[];
    found text[];
  BEGIN
    IF n NOT BETWEEN 6 AND 40 OR EXISTS (SELECT 1 FROM search.word w WHERE w.word = typed) THEN
      RETURN NULL;
    END IF;
    -- Where a word of the vocabulary ends the typed word's start, and where one starts its end.
    SELECT array_agg(g.i) FILTER (WHERE EXISTS (SELECT 1 FROM search.word w WHERE w.word = left(typed, g.i))),
           array_agg(g.i) FILTER (WHERE EXISTS (SELECT 1 FROM search.word w WHERE w.word = substr(typed, g.i + 1)))
      INTO pre, suf
      FROM generate_series(3, n - 3) AS g(i);
    IF pre IS NOT NULL AND suf IS NOT NULL THEN
      SELECT x.parts INTO found
      FROM (
        SELECT ARRAY[left(typed, p.i), substr(typed, p.i + 1)] AS parts, 2 AS k, least(p.i, n - p.i) AS shortest
        FROM unnest(pre) AS p(i) JOIN unnest(suf) AS s(j) ON s.j = p.i
        UNION ALL
        SELECT ARRAY[left(typed, p.i), substr(typed, p.i + 1, s.j - p.i), substr(typed, s.j + 1)], 3, least(p.i, s.j - p.i, n - s.j)
        FROM unnest(pre) AS p(i) JOIN unnest(suf) AS s(j) ON s.j - p.i >= 3
        WHERE EXISTS (SELECT 1 FROM search.word w WHERE w.word = substr(typed, p.i + 1, s.j - p.i))
      ) AS x
      WHERE search.lexemes_known(array_to_string(x.parts, ' '))
      ORDER BY x.k, x.shortest DESC, x.parts[1] DESC
      LIMIT 1;
      IF found IS NOT NULL THEN
        RETURN found;
      END IF;
    END IF;
    -- A Persian word and an ending the document holds apart.
    IF typed ~ '^[\u0600-\u06FF]+$' THEN
      SELECT ARRAY[left(typed, n - length(e.e)), e.e] INTO found
      FROM unnest(ARRAY['هایی', 'های', 'ترین', 'ها', 'ای', 'تر']) WITH ORDINALITY AS e(e, o)
      WHERE right(typed, length(e.e)) = e.e
        AND EXISTS (SELECT 1 FROM search.word w WHERE w.word = left(typed, n - length(e.e)))
        AND search.lexemes_known(left(typed, n - length(e.e)) || ' ' || e.e)
      ORDER BY e.o
      LIMIT 1;
    END IF;
    RETURN found;
  END $$;
