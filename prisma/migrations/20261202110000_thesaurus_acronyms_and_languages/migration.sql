-- More starter sets for the thesaurus (prisma/seed/thesaurus.json, which the seed loads into new
-- databases), for a database that already holds sets, as in the thesaurus_languages migration:
-- acronyms readers type (IRGC, SCO, NSTC, EAEU, JCPOA, MoU, SecDef, FM) with their names in
-- English, Russian and Persian; "per cent" and "pct"; golden age or era for golden period; drills
-- for exercises; ties for relations; and Russian and Persian terms for more of the record's common
-- words (energy, talks, corridor, exports, price, ambassador, conflict, supplies, membership, …). A
-- set an editor deleted is not brought back. A term no entry holds costs a query nothing
-- (lib/search/plan.ts leaves it out of what the index is asked).
INSERT INTO "SynonymSet" ("id", "terms", "updatedAt")
SELECT v.id, v.terms, now()
FROM (VALUES
  ('starter-117', ARRAY['IRGC', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'КСИР', 'سپاه پاسداران']),
  ('starter-118', ARRAY['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'ШОС', 'سازمان همکاری شانگهای']),
  ('starter-119', ARRAY['INSTC', 'NSTC', 'North-South Transport Corridor', 'МТК Север-Юг', 'коридор Север-Юг', 'کریدور شمال-جنوب']),
  ('starter-120', ARRAY['EAEU', 'ЕАЭС', 'Евразийский экономический союз', 'اتحادیه اقتصادی اوراسیا']),
  ('starter-121', ARRAY['JCPOA', 'СВПД', 'برجام']),
  ('starter-122', ARRAY['MoU', 'меморандум', 'меморандум о взаимопонимании', 'تفاهم‌نامه', 'یادداشت تفاهم']),
  ('starter-123', ARRAY['Secretary of Defense', 'Defense Secretary', 'Defence Secretary', 'SecDef', 'Pentagon chief']),
  ('starter-124', ARRAY['Foreign Minister', 'FM']),
  ('starter-125', ARRAY['percent', 'per cent', 'pct', 'процент', 'درصد']),
  ('starter-126', ARRAY['golden period', 'golden age', 'golden era', 'золотой период', 'золотой век', 'دوران طلایی', 'عصر طلایی']),
  ('starter-127', ARRAY['exercises', 'drills', 'manoeuvres', 'учения', 'رزمایش']),
  ('starter-128', ARRAY['air defence', 'ПВО', 'противовоздушная оборона', 'پدافند هوایی']),
  ('starter-129', ARRAY['ballistic missile', 'баллистическая ракета', 'موشک بالستیک']),
  ('starter-130', ARRAY['energy', 'энергетика', 'انرژی']),
  ('starter-131', ARRAY['talks', 'negotiations', 'переговоры', 'مذاکرات', 'گفتگو']),
  ('starter-132', ARRAY['meeting', 'встреча', 'ملاقات']),
  ('starter-133', ARRAY['transport', 'транспорт', 'حمل و نقل', 'ترابری']),
  ('starter-134', ARRAY['corridor', 'коридор', 'کریدور', 'دالان']),
  ('starter-135', ARRAY['exports', 'экспорт', 'صادرات']),
  ('starter-136', ARRAY['price', 'цена', 'قیمت']),
  ('starter-137', ARRAY['relations', 'ties', 'relationship', 'отношения', 'روابط']),
  ('starter-138', ARRAY['ambassador', 'посол', 'سفیر']),
  ('starter-139', ARRAY['intervention', 'вмешательство', 'مداخله']),
  ('starter-140', ARRAY['conflict', 'конфликт', 'درگیری', 'منازعه']),
  ('starter-141', ARRAY['currency', 'валюта', 'ارز']),
  ('starter-142', ARRAY['supplies', 'поставки', 'تحویل']),
  ('starter-143', ARRAY['join', 'membership', 'inclusion', 'членство', 'вступление', 'عضویت']),
  ('starter-144', ARRAY['attack helicopter', 'ударный вертолёт', 'بالگرد تهاجمی']),
  ('starter-145', ARRAY['billion cubic meters', 'млрд кубометров', 'миллиардов кубометров', 'میلیارد متر مکعب']),
  ('starter-146', ARRAY['economic', 'экономический', 'اقتصادی']),
  ('starter-147', ARRAY['security', 'безопасность', 'امنیت']),
  ('starter-148', ARRAY['military equipment', 'military hardware', 'materiel', 'военная техника', 'تجهیزات نظامی']),
  ('starter-149', ARRAY['nuclear program', 'nuclear programme', 'ядерная программа', 'برنامه هسته‌ای']),
  ('starter-150', ARRAY['new chapter', 'новая глава', 'فصل جدید']),
  ('starter-151', ARRAY['official visit', 'официальный визит', 'سفر رسمی']),
  ('starter-152', ARRAY['joint projects', 'совместные проекты', 'پروژه‌های مشترک']),
  ('starter-153', ARRAY['strike', 'attack']),
  ('starter-154', ARRAY['warn', 'threat', 'предупреждение', 'هشدار'])
) AS v(id, terms)
WHERE EXISTS (SELECT 1 FROM "SynonymSet") AND NOT EXISTS (SELECT 1 FROM "SynonymSet" s WHERE s."id" = v.id);
