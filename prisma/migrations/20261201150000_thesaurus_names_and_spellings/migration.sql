-- More starter sets for the thesaurus (prisma/seed/thesaurus.json, which the seed loads into new
-- databases), for a database that already holds the first ones: a country's name and its adjective
-- ("Israeli strikes" finds "Israel resumes missile strikes"; the English stemmer keeps 'isra' and
-- 'israel' apart), "atomic" for "nuclear", the names of the national payment systems and of SPFS,
-- envoy for ambassador, supplies and deliveries, and a few more. A database without sets yet gets
-- none here: the seed loads the whole file into it. A set an editor deleted is not brought back.
INSERT INTO "SynonymSet" ("id", "terms", "updatedAt")
SELECT v.id, v.terms, now()
FROM (VALUES
  ('starter-49', ARRAY['Iran', 'Iranian']),
  ('starter-50', ARRAY['Russia', 'Russian']),
  ('starter-51', ARRAY['Israel', 'Israeli']),
  ('starter-52', ARRAY['Azerbaijan', 'Azerbaijani', 'Azeri']),
  ('starter-53', ARRAY['Ukraine', 'Ukrainian']),
  ('starter-54', ARRAY['United States', 'American']),
  ('starter-55', ARRAY['China', 'Chinese']),
  ('starter-56', ARRAY['Syria', 'Syrian']),
  ('starter-57', ARRAY['Armenia', 'Armenian']),
  ('starter-58', ARRAY['Turkey', 'Turkish', 'Türkiye']),
  ('starter-59', ARRAY['Iraq', 'Iraqi']),
  ('starter-60', ARRAY['Afghanistan', 'Afghan']),
  ('starter-61', ARRAY['Kazakhstan', 'Kazakh']),
  ('starter-62', ARRAY['Turkmenistan', 'Turkmen']),
  ('starter-63', ARRAY['India', 'Indian']),
  ('starter-64', ARRAY['Belarus', 'Belarusian']),
  ('starter-65', ARRAY['nuclear', 'atomic']),
  ('starter-66', ARRAY['attack helicopter', 'combat helicopter', 'helicopter gunship', 'gunship']),
  ('starter-67', ARRAY['national payment system', 'Mir', 'Mir card', 'Shetab', 'SPFS', 'SEPAM', 'System for Transfer of Financial Messages']),
  ('starter-68', ARRAY['ambassador', 'envoy']),
  ('starter-69', ARRAY['MoU', 'memorandum of understanding', 'memorandum']),
  ('starter-70', ARRAY['supplies', 'deliveries', 'shipments', 'transfers']),
  ('starter-71', ARRAY['deputy foreign minister', 'vice foreign minister', 'deputy minister of foreign affairs']),
  ('starter-72', ARRAY['ruble', 'rouble']),
  ('starter-73', ARRAY['airstrike', 'air strike', 'air raid']),
  ('starter-74', ARRAY['membership', 'accession', 'inclusion', 'admission']),
  ('starter-75', ARRAY['drone', 'Shahed', 'Geran', 'kamikaze drone', 'loitering munition'])
) AS v(id, terms)
WHERE EXISTS (SELECT 1 FROM "SynonymSet") AND NOT EXISTS (SELECT 1 FROM "SynonymSet" s WHERE s."id" = v.id);
