-- More starter sets for the thesaurus (prisma/seed/thesaurus.json, which the seed loads into new
-- databases), for a database that already holds sets, as in the earlier thesaurus migrations:
-- words a reader paraphrasing a fact uses for the record's own ("outside pressure" for external
-- pressure, "grouping" for bloc, "became a member" for membership, "finished" for completed). A set
-- an editor deleted is not brought back.
INSERT INTO "SynonymSet" ("id", "terms", "updatedAt")
SELECT v.id, v.terms, now()
FROM (VALUES
  ('starter-155', ARRAY['external', 'outside', 'внешний', 'خارجی']),
  ('starter-156', ARRAY['bloc', 'grouping', 'блок', 'بلوک']),
  ('starter-157', ARRAY['member', 'membership', 'member state', 'член', 'عضو']),
  ('starter-158', ARRAY['complete', 'finish', 'завершить', 'تکمیل'])
) AS v(id, terms)
WHERE EXISTS (SELECT 1 FROM "SynonymSet") AND NOT EXISTS (SELECT 1 FROM "SynonymSet" s WHERE s."id" = v.id);
