-- Search: full-text over an entry's words and its actors' names, and trigram similarity over actor
-- names for spellings the record has never seen. Written by hand: Prisma cannot express these.
-- Queries that use them: lib/entries/search.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE because its dictionary could change. Pinning the dictionary makes a
-- wrapper safe to use in index expressions.
CREATE OR REPLACE FUNCTION public.record_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The searchable document of an entry: title weighs most, then summary, quote and actor names.
CREATE OR REPLACE FUNCTION public.entry_search_document(title text, summary text, quote text, names text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('english', public.record_unaccent(coalesce(title, ''))), 'A')
        || setweight(to_tsvector('english', public.record_unaccent(coalesce(names, ''))), 'B')
        || setweight(to_tsvector('english', public.record_unaccent(coalesce(summary, '') || ' ' || coalesce(quote, ''))), 'C')
  $$;

-- q= on /api/v1/entries and the browse page.
CREATE INDEX "Entry_search_idx" ON "Entry" USING GIN (public.entry_search_document("title", "summary", "quote", "searchNames"));

-- actor= filter and the spelling expansion of q: lower(public.record_unaccent(name)) with % and <% operators.
CREATE INDEX "ActorName_name_trgm_idx" ON "ActorName" USING GIN (lower(public.record_unaccent("name")) gin_trgm_ops);
