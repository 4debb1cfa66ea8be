import "server-only";
// The thesaurus as search reads it: which synonym sets hold a word or phrase of the query. Terms
// are compared by their keys (folded, split like the document, each word stemmed: the generated
// column "SynonymSet"."keys", migration *_search_vocabulary), so "nuclear power plants" finds the
// set that says "nuclear power plant". Editing the sets: lib/thesaurus/write.ts.
import { preparedOnce } from "../db/client";
import { Prisma } from "../db/generated/client";

export type SynonymHit = {
  /** index of the looked-up phrase */
  gram: number;
  /**
   * the other terms of the set, each as its words (folded and split like the document), and whether
   * every lexeme of it is in some entry (search.lexemes_known): one that is not cannot match
   */
  others: { term: string; words: string[]; known: boolean }[];
};

/** For each phrase, the sets that hold it (deleted sets left out). */
export async function lookUpSynonyms(grams: string[]): Promise<SynonymHit[]> {
  if (grams.length === 0) return [];
  // Each phrase's key is computed once (MATERIALIZED): inlined, the planner compared every set with
  // every phrase and computed the key again for each pair (1,160 stemmings for a query of ten
  // phrases and 116 sets: 26 ms, against 3 ms).
  // Prepared with one plan, like the words' lookup (lib/search/widen.ts).
  const rows = await preparedOnce<{ gram: number; terms: string[]; keys: string[]; texts: string[]; known: boolean[]; key: string }>(Prisma.sql`
    WITH g AS MATERIALIZED (SELECT x.i, public.record_term_key(x.g) AS key FROM unnest(${grams}::text[]) WITH ORDINALITY AS x(g, i))
    SELECT g.i::int AS gram, g.key, s."terms" AS terms, s."keys" AS keys,
      ARRAY(SELECT public.record_search_text(t.t) FROM unnest(s."terms") WITH ORDINALITY AS t(t, n) ORDER BY t.n) AS texts,
      ARRAY(SELECT search.lexemes_known(public.record_search_text(t.t)) FROM unnest(s."terms") WITH ORDINALITY AS t(t, n) ORDER BY t.n) AS known
    FROM g JOIN "SynonymSet" s ON s."keys" @> ARRAY[g.key] AND s."deletedAt" IS NULL
    ORDER BY g.i, s."id"`);
  return rows.map((r) => ({
    gram: r.gram - 1,
    others: r.terms
      .map((term, i) => ({ term, key: r.keys[i], words: r.texts[i].split(/[^\p{L}\p{N}]+/u).filter(Boolean), known: r.known[i] }))
      .filter((t) => t.key !== r.key && t.words.length > 0)
      .map(({ term, words, known }) => ({ term, words, known })),
  }));
}
