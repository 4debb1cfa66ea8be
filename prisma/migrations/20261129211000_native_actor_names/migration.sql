-- Russian (Cyrillic) and Persian spellings of the initial record's actors (prisma/seed/record.json
-- has them too, for new databases), added to a database that already holds those actors. An actor
-- an editor deleted or merged away is left alone, and a spelling already there is not added twice.
-- The vocabulary triggers (migration *_search_vocabulary) pick the new words up.
INSERT INTO "ActorName" ("id", "actorId", "name", "updatedAt")
SELECT 'native-' || md5(a."id" || v.name), a."id", v.name, now()
FROM (VALUES
  ('iran', 'Иран'),
  ('iran', 'Исламская Республика Иран'),
  ('iran', 'ایران'),
  ('iran', 'جمهوری اسلامی ایران'),
  ('russia', 'Россия'),
  ('russia', 'Российская Федерация'),
  ('russia', 'روسیه'),
  ('russia', 'فدراسیون روسیه'),
  ('united-states', 'США'),
  ('united-states', 'Соединённые Штаты Америки'),
  ('united-states', 'ایالات متحده آمریکا'),
  ('united-states', 'آمریکا'),
  ('israel', 'Израиль'),
  ('israel', 'Государство Израиль'),
  ('israel', 'اسرائیل'),
  ('azerbaijan', 'Азербайджан'),
  ('azerbaijan', 'Азербайджанская Республика'),
  ('azerbaijan', 'جمهوری آذربایجان'),
  ('brics', 'БРИКС'),
  ('brics', 'بریکس'),
  ('lloyd-austin', 'Ллойд Остин'),
  ('lloyd-austin', 'لوید آستین'),
  ('yoav-gallant', 'Йоав Галант'),
  ('yoav-gallant', 'یوآو گالانت'),
  ('kazem-jalali', 'Казем Джалали'),
  ('kazem-jalali', 'کاظم جلالی'),
  ('hossein-amir-abdollahian', 'Хосейн Амир Абдоллахиан'),
  ('hossein-amir-abdollahian', 'Амир Абдоллахиан'),
  ('hossein-amir-abdollahian', 'حسین امیرعبداللهیان'),
  ('hossein-amir-abdollahian', 'امیرعبداللهیان'),
  ('sergei-tsivilev', 'Сергей Цивилёв'),
  ('sergei-tsivilev', 'Цивилёв'),
  ('sergei-tsivilev', 'سرگئی تسیویلیوف'),
  ('sergei-tsivilev', 'تسیویلیوف'),
  ('ali-larijani', 'Али Лариджани'),
  ('ali-larijani', 'علی لاریجانی'),
  ('mohsen-paknejad', 'Мохсен Пакнежад'),
  ('mohsen-paknejad', 'محسن پاک‌نژاد'),
  ('masoud-pezeshkian', 'Масуд Пезешкиан'),
  ('masoud-pezeshkian', 'Пезешкиан'),
  ('masoud-pezeshkian', 'مسعود پزشکیان'),
  ('masoud-pezeshkian', 'پزشکیان'),
  ('vladimir-putin', 'Владимир Путин'),
  ('vladimir-putin', 'Путин'),
  ('vladimir-putin', 'ولادیمیر پوتین'),
  ('vladimir-putin', 'پوتین'),
  ('sergei-ryabkov', 'Сергей Рябков'),
  ('sergei-ryabkov', 'Рябков'),
  ('sergei-ryabkov', 'سرگئی ریابکوف'),
  ('igor-yushkov', 'Игорь Юшков'),
  ('igor-yushkov', 'ایگور یوشکوف')
) AS v(slug, name)
JOIN "Actor" a ON a."slug" = v.slug AND a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL
ON CONFLICT ("actorId", "name") DO NOTHING;

-- Entries of those actors carry every spelling in their search document.
UPDATE "Entry" e SET "searchNames" = coalesce((
  SELECT string_agg(DISTINCT n."name", ' ') FROM "ActorName" n
  WHERE n."actorId" IN (SELECT ea."actorId" FROM "EntryActor" ea WHERE ea."entryId" = e."id" UNION SELECT e."speakerId")
), '')
WHERE e."id" IN (SELECT ea."entryId" FROM "EntryActor" ea JOIN "Actor" a ON a."id" = ea."actorId" JOIN "ActorName" n ON n."actorId" = a."id" WHERE n."id" LIKE 'native-%');
