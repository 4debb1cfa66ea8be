import "server-only";
// Which of a query's alternatives the record can match at all, and what a prefix stands for, from
// every lexeme the entries' search documents hold (search.lexeme, kept by triggers: migration
// *_search_lexemes). The search index answers a plain AND of lexemes cheaply; a prefix, and an
// alternative that can match nothing, make it read far more (lib/search/plan.ts uses this to write
// the query without them).
import { prisma } from "../db/client";

/** A prefix that stands for more lexemes than this stays a prefix. */
const MAX_EXPANSION = 8;
const LEXEME = /^[\p{L}\p{N}]+$/u;

export type AlternativeWords = { words: string[]; prefix: boolean };
export type LexemeCheck = {
  /** every lexeme of the words is in some entry (for a prefix: some lexeme starts with it) */
  present: boolean;
  /** a prefix's lexemes, when they are few and each is written back to itself by to_tsquery */
  expansion: string[] | null;
};

type Row = { i: number; present: boolean; expansion: string[] | null; stable: boolean | null };

export async function checkAlternatives(alternatives: AlternativeWords[]): Promise<LexemeCheck[]> {
  if (alternatives.length === 0) return [];
  const texts = alternatives.map((a) => a.words.join(" "));
  const prefixes = alternatives.map((a) => a.prefix);
  // A document's lexemes are its words through the 'english' configuration, as to_tsquery reads the
  // query's words. A lexeme is only written into the query when to_tsquery gives it back unchanged
  // (stemming is not idempotent: it is applied again to whatever the query holds). A prefix's
  // lexemes are a range of the primary key (COLLATE "C": byte order), from the prefix to the prefix
  // followed by the last code point.
  const rows = await prisma.$queryRaw<Row[]>`
    WITH a AS (
      SELECT x.i, x.prefix, tsvector_to_array(to_tsvector('english', x.words)) AS lexemes
      FROM unnest(${texts}::text[], ${prefixes}::boolean[]) WITH ORDINALITY AS x(words, prefix, i)
    ), p AS (
      SELECT a.i, ARRAY(
        SELECT x.lexeme FROM search.lexeme x
        WHERE x.lexeme >= a.lexemes[1] AND x.lexeme < a.lexemes[1] || chr(1114111) AND starts_with(x.lexeme, a.lexemes[1])
        ORDER BY x.lexeme LIMIT ${MAX_EXPANSION + 1}) AS found
      FROM a WHERE a.prefix AND cardinality(a.lexemes) = 1
    )
    SELECT a.i::int AS i,
      CASE WHEN p.i IS NOT NULL THEN cardinality(p.found) > 0
           ELSE NOT EXISTS (SELECT 1 FROM unnest(a.lexemes) q WHERE NOT EXISTS (SELECT 1 FROM search.lexeme x WHERE x.lexeme = q)) END AS present,
      p.found AS expansion,
      (SELECT bool_and(tsvector_to_array(to_tsvector('english', f)) = ARRAY[f]) FROM unnest(p.found) f) AS stable
    FROM a LEFT JOIN p ON p.i = a.i
    ORDER BY a.i`;
  return rows.map((row) => {
    const fits = row.expansion && row.stable && row.expansion.length > 0 && row.expansion.length <= MAX_EXPANSION;
    const expansion = fits && row.expansion!.every((l) => LEXEME.test(l)) ? row.expansion : null;
    // A prefix that does not reduce to a single lexeme is not checked: keep it.
    return { present: row.present || (alternatives[row.i - 1].prefix && row.expansion === null), expansion };
  });
}
