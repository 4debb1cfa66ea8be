-- The starter set for gas pipelines named "pipeline" alone as a synonym, which widened every
-- "gas pipeline" search to all pipelines. The set keeps "gas pipeline" and "gas line", unless an
-- editor has changed it already.
UPDATE "SynonymSet" SET "terms" = ARRAY['gas pipeline', 'gas line'], "version" = "version" + 1, "updatedAt" = now()
WHERE "id" = 'starter-13' AND "terms" = ARRAY['pipeline', 'gas line', 'gas pipeline'];
