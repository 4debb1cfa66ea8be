-- An entry's search document, written by a trigger rather than generated. The document is the same
-- (entry_search_document: title, names, summary and quote), but:
-- - the names' part is the costly one (folding, splitting scripts, two to_tsvector: 0.45 ms for an
--   actor of many spellings, against 0.05 ms for a title), and the rows of an import or a rebuild
--   mostly name the same actors. record_names_tsvector keeps the last names' vector for the rest of
--   the transaction, so a run of rows with the same names builds it once;
-- - an update that changes none of the four texts (publish, delete, restore, a date) keeps the
--   document, where a generated column was computed again on every update.
-- To build every document again (after changing record_tsvector), set it to NULL:
--   UPDATE "Entry" SET "searchDocument" = NULL
-- DROP EXPRESSION keeps the stored values and does not rewrite the table.
ALTER TABLE "Entry" ALTER COLUMN "searchDocument" DROP EXPRESSION;

-- The key is prefixed so that an unset or reset setting ('' after a transaction) never matches.
-- The setting lives until the transaction ends (set_config's third argument).
CREATE OR REPLACE FUNCTION public.record_names_tsvector(names text) RETURNS tsvector
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE
    doc tsvector;
  BEGIN
    IF current_setting('record.names_key', true) = '#' || names THEN
      RETURN current_setting('record.names_document')::tsvector;
    END IF;
    doc := public.record_tsvector(names, 'B');
    PERFORM set_config('record.names_key', '#' || names, true), set_config('record.names_document', doc::text, true);
    RETURN doc;
  END $$;

CREATE OR REPLACE FUNCTION public.entry_search_document_row() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW."searchDocument" IS NOT NULL
       AND NEW."title" = OLD."title" AND NEW."searchNames" = OLD."searchNames"
       AND NEW."summary" IS NOT DISTINCT FROM OLD."summary" AND NEW."quote" IS NOT DISTINCT FROM OLD."quote" THEN
      RETURN NEW;
    END IF;
    NEW."searchDocument" := public.record_tsvector(NEW."title", 'A') || public.record_names_tsvector(coalesce(NEW."searchNames", ''))
      || public.record_tsvector(coalesce(NEW."summary", '') || ' ' || coalesce(NEW."quote", ''), 'C');
    RETURN NEW;
  END $$;

CREATE TRIGGER "Entry_search_document" BEFORE INSERT OR UPDATE ON "Entry"
  FOR EACH ROW EXECUTE FUNCTION public.entry_search_document_row();
