-- The thesaurus across languages: the record is written in English, and readers also search in
-- Russian and Persian ("беспилотники", "معاهده راهبردی"). Its lookup keys (record_term_key, migration
-- *_search_vocabulary) now reduce a Russian word to its stem, as they did English words, so that any
-- case or number of a Russian term finds its set ("беспилотники" and "беспилотник"; "стратегическом
-- партнёрстве" and "стратегическое партнёрство"), and drop the Persian plural ending (-ها, -های) of
-- a word of five letters or more. A term no entry holds is never asked of the search index
-- (lib/search/plan.ts), so a Russian or Persian term costs a query nothing.
CREATE OR REPLACE FUNCTION public.record_term_key(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_string(ARRAY(
      SELECT coalesce(CASE
          WHEN w ~ '[\u0400-\u052F]' THEN (ts_lexize('russian_stem', w))[1]
          WHEN w ~ '[\u0600-\u06FF]' THEN CASE WHEN length(w) >= 5 THEN regexp_replace(w, '(هایی|های|ها)$', '') ELSE w END
          ELSE (ts_lexize('english_stem', w))[1] END, w)
      FROM regexp_split_to_table(public.record_search_text($1), '[^[:alnum:]]+') WITH ORDINALITY AS x(w, i)
      WHERE w <> '' ORDER BY i), ' ') $$;

-- The stored keys are computed again with the new function (a generated column is only recomputed
-- when its row is written): the column is made again, with its index. The table holds a few
-- hundred sets at most.
DROP INDEX "SynonymSet_keys_idx";
ALTER TABLE "SynonymSet" DROP COLUMN "keys";
ALTER TABLE "SynonymSet" ADD COLUMN "keys" text[] GENERATED ALWAYS AS (public.record_term_keys("terms")) STORED;
CREATE INDEX "SynonymSet_keys_idx" ON "SynonymSet" USING gin ("keys");

-- Russian and Persian terms for the common words of the record, and "customs" for tariffs, as sets
-- (prisma/seed/thesaurus.json) for a database that already holds sets.
INSERT INTO "SynonymSet" ("id", "terms", "updatedAt")
SELECT v.id, v.terms, now()
FROM (VALUES
  ('starter-87', ARRAY['drone', 'беспилотник', 'БПЛА', 'дрон', 'پهپاد']),
  ('starter-88', ARRAY['helicopter', 'вертолёт', 'هلیکوپتر', 'بالگرد']),
  ('starter-89', ARRAY['treaty', 'договор', 'معاهده', 'پیمان']),
  ('starter-90', ARRAY['strategic', 'стратегический', 'راهبردی', 'استراتژیک']),
  ('starter-91', ARRAY['strategic partnership', 'стратегическое партнёрство', 'всеобъемлющее стратегическое партнёрство', 'مشارکت راهبردی', 'همکاری راهبردی', 'شراکت راهبردی']),
  ('starter-92', ARRAY['nuclear power plant', 'АЭС', 'атомная электростанция', 'نیروگاه اتمی', 'نیروگاه هسته‌ای']),
  ('starter-93', ARRAY['nuclear', 'атомный', 'ядерный', 'هسته‌ای', 'اتمی']),
  ('starter-94', ARRAY['gas pipeline', 'газопровод', 'خط لوله گاز']),
  ('starter-95', ARRAY['sanctions', 'санкции', 'تحریم']),
  ('starter-96', ARRAY['weapons', 'оружие', 'вооружения', 'تسلیحات', 'سلاح']),
  ('starter-97', ARRAY['missile', 'ракета', 'موشک']),
  ('starter-98', ARRAY['oil', 'нефть', 'نفت']),
  ('starter-99', ARRAY['gas', 'газ', 'گاز']),
  ('starter-100', ARRAY['visit', 'визит', 'سفر', 'دیدار']),
  ('starter-101', ARRAY['summit', 'саммит', 'نشست', 'اجلاس']),
  ('starter-102', ARRAY['payment system', 'платёжная система', 'سامانه پرداخت', 'سیستم پرداخت']),
  ('starter-103', ARRAY['tariff', 'пошлина', 'тариф', 'تعرفه']),
  ('starter-104', ARRAY['trade', 'торговля', 'تجارت', 'بازرگانی']),
  ('starter-105', ARRAY['military cooperation', 'военное сотрудничество', 'военно-техническое сотрудничество', 'همکاری نظامی']),
  ('starter-106', ARRAY['cooperation', 'сотрудничество', 'همکاری']),
  ('starter-107', ARRAY['foreign minister', 'министр иностранных дел', 'глава МИД', 'وزیر امور خارجه', 'وزیر خارجه']),
  ('starter-108', ARRAY['energy minister', 'министр энергетики', 'وزیر انرژی']),
  ('starter-109', ARRAY['oil minister', 'министр нефти', 'وزیر نفت']),
  ('starter-110', ARRAY['president', 'президент', 'رئیس جمهور']),
  ('starter-111', ARRAY['strike', 'удар', 'حمله']),
  ('starter-112', ARRAY['press conference', 'пресс-конференция', 'کنفرانس خبری', 'نشست خبری']),
  ('starter-113', ARRAY['agreement', 'соглашение', 'توافق', 'توافقنامه', 'قرارداد']),
  ('starter-114', ARRAY['war', 'война', 'جنگ']),
  ('starter-115', ARRAY['Middle East', 'Ближний Восток', 'خاورمیانه']),
  ('starter-116', ARRAY['customs', 'customs duty', 'tariff'])
) AS v(id, terms)
WHERE EXISTS (SELECT 1 FROM "SynonymSet") AND NOT EXISTS (SELECT 1 FROM "SynonymSet" s WHERE s."id" = v.id);
