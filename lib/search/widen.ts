import "server-only";
// Widening a query's words through the vocabulary of the record (search.word, kept by triggers:
// migration *_search_vocabulary). One round trip folds every word the way the search document
// does, tells stop words apart, and brings the vocabulary words spelled like each widenable word:
// by trigram similarity of their Latin forms (a misspelling, another transliteration, another
// script) or by the same consonant key ("Pezeshkiyan", "پزشکیان" and "Pezeshkian" share pzskn).
// The same trip says what each word stands for among the entries' lexemes (search.lexeme, migration
// *_search_lexemes), so that the query can be written without what the index would read for nothing.
import { preparedOnce } from "../db/client";
import { Prisma } from "../db/generated/client";
import { fold, latinForms, scriptOf } from "../names/transliterate";
import { englishStyleLatin } from "./spelling";

export type WordInfo = {
  raw: string;
  /** the word folded as the document folds it (lowercase, accents off) */
  folded: string;
  /** an English stop word: the document does not hold it */
  stop: boolean;
  /** in the vocabulary as typed (or as a form of the same stem) */
  known: boolean;
  /** close vocabulary words, best first, each with why it is close */
  close: { word: string; why: "spelling" | "script"; score: number }[];
  /** every lexeme of the word is in some entry (a word no entry has cannot match) */
  lexemesKnown: boolean;
  /**
   * Asked for a word typed as a prefix: the entries' lexemes it stands for (search.prefix_lexemes),
   * 9 at most; null when not asked for, or when the prefix must stay one.
   */
  prefixLexemes: string[] | null;
  /**
   * For a widenable word the vocabulary does not hold, the record's words it is made of when typed
   * without its spaces ("goldenperiod": golden, period) or without a Persian non-joiner ("هستهای":
   * هسته, ای), as search.word_split finds them; null otherwise.
   */
  split: string[] | null;
};

type Row = {
  i: number;
  folded: string;
  stop: boolean;
  known_lexemes: boolean;
  prefix_lexemes: string[] | null;
  split: string[] | null;
  /** the close vocabulary words, best first, each with its similarity and keys (null when none) */
  words: string[] | null;
  sims: number[] | null;
  samekeys: boolean[] | null;
  samestems: boolean[] | null;
};

type Candidate = { word: string; sim: number; samekey: boolean; samestem: boolean };

const WORD = /^[\p{L}\p{N}]+$/u;
const MAX_CLOSE = 3;

/** The similarity a misspelling must reach, by length: short words need to be closer. */
function threshold(word: string): number {
  return word.length >= 7 ? 0.4 : word.length >= 5 ? 0.45 : 0.55;
}

/**
 * Folds `words` and finds close vocabulary words for those marked widenable (letters only, three
 * or more of them). A known word is widened only across scripts; an unknown one to its closest
 * spellings too.
 */
export async function lookUpWords(words: { raw: string; widen: boolean; prefix?: boolean }[]): Promise<WordInfo[]> {
  if (words.length === 0) return [];
  const raws = words.map((w) => w.raw);
  const prefixes = words.map((w) => w.prefix ?? false);
  const widen = words.map((w) => w.widen && w.raw.length >= 3 && !/\p{N}/u.test(w.raw));
  // A second Latin form: the transliteration package's for another script (the table's own is
  // computed in SQL), and for a Latin word its French or German transliteration written the English
  // way ("Bouchehr" as "bushehr", "Rjabkow" as "ryabkov"), with its own consonant key.
  const alternates = words.map((w) => {
    const folded = fold(w.raw);
    return scriptOf(folded) === "latin" ? englishStyleLatin(folded) : (latinForms(w.raw).at(-1) ?? w.raw);
  });
  // Its text is fixed, and its plan does not depend on the words: prepared with one plan for every
  // search (preparedOnce), instead of planned again on each (planSearch of two words at 100,000
  // entries, 30 calls, alternating runs: 10.2–11.2 ms p50 unprepared, 8.2–9.2 prepared, 5.5–6.3 with
  // one plan, the thesaurus's lookup alike).
  const rows = await preparedOnce<Row>(Prisma.sql`
    WITH t AS (
      SELECT x.i, public.record_fold(x.raw) AS f, x.widen, x.l2, x.prefix
      FROM unnest(${raws}::text[], ${widen}::boolean[], ${alternates}::text[], ${prefixes}::boolean[]) WITH ORDINALITY AS x(raw, widen, l2, prefix, i)
    ), k AS (
      SELECT t.*, public.record_latin(t.f) AS l, public.record_skeleton(t.f) AS sk, public.record_skeleton(t.l2) AS sk2,
        search.lexemes_known(t.f) AS known_lexemes, CASE WHEN t.prefix THEN search.prefix_lexemes(t.f) END AS prefix_lexemes,
        CASE WHEN t.widen THEN search.word_split(t.f) END AS split
      FROM t
    )
    SELECT k.i::int AS i, k.f AS folded, numnode(plainto_tsquery('english', k.f)) = 0 AS stop,
      k.known_lexemes, k.prefix_lexemes, k.split, c.words, c.sims, c.samekeys, c.samestems
    FROM k LEFT JOIN LATERAL (
      -- One row for each word, its close words as arrays: the functions of k above are computed
      -- once for each word, not again for each of its close words.
      SELECT array_agg(x.word ORDER BY x.n) AS words, array_agg(x.sim ORDER BY x.n) AS sims,
        array_agg(x.samekey ORDER BY x.n) AS samekeys, array_agg(x.samestem ORDER BY x.n) AS samestems
      FROM (
        SELECT v.*, row_number() OVER (ORDER BY v.sim DESC, v.word) AS n FROM (
          SELECT w.word, greatest(similarity(w.latin, k.l), similarity(w.latin, k.l2))::float8 AS sim,
            (w.skeleton = k.sk OR w.skeleton = k.sk2) AS samekey,
            w.word = k.f OR to_tsvector('english', w.word) @@ plainto_tsquery('english', k.f) AS samestem
          FROM search.word w
          WHERE k.widen AND (w.latin % k.l OR w.latin % k.l2 OR (w.skeleton = k.sk AND length(k.sk) >= 3) OR (w.skeleton = k.sk2 AND length(k.sk2) >= 3))
          ORDER BY sim DESC, w.word
          LIMIT 12
        ) AS v
      ) AS x
    ) c ON true
    ORDER BY i`);
  const infos: WordInfo[] = words.map((w, i) => ({
    raw: w.raw,
    folded: w.raw.toLowerCase(),
    stop: false,
    known: !widen[i],
    close: [],
    lexemesKnown: true,
    prefixLexemes: null,
    split: null,
  }));
  const candidates = new Map<number, Candidate[]>();
  for (const row of rows) {
    const info = infos[row.i - 1];
    info.folded = row.folded;
    info.stop = row.stop;
    info.lexemesKnown = row.known_lexemes;
    info.prefixLexemes = row.prefix_lexemes;
    info.split = row.split;
    candidates.set(
      row.i - 1,
      (row.words ?? []).map((word, n) => ({ word, sim: row.sims![n], samekey: row.samekeys![n], samestem: row.samestems![n] })),
    );
  }
  infos.forEach((info, index) => {
    if (!widen[index]) return;
    const found = (candidates.get(index) ?? []).filter((c) => WORD.test(c.word!));
    const script = scriptOf(info.folded);
    // A word of the vocabulary no entry holds (a place's spelling no entry names, a word of an entry
    // since changed) is widened as an unknown one: as typed it finds nothing.
    info.known = found.some((c) => c.samestem) && info.lexemesKnown;
    for (const c of found) {
      if (c.samestem || c.word === info.folded) continue;
      const crossScript = scriptOf(c.word!) !== script;
      const sim = c.sim ?? 0;
      const keyed = !!c.samekey && sim >= 0.2;
      // Across scripts the Latin forms are approximations, so the consonant key counts as much.
      // A known Latin word is not widened into other scripts: its entries already carry every
      // spelling of their actors. An unknown one is (a name the record holds only as "Цивилёв").
      const close = crossScript
        ? (script !== "latin" || !info.known) && (sim >= 0.45 || keyed)
        : !info.known && (sim >= threshold(info.folded) || keyed);
      if (close) info.close.push({ word: c.word!, why: crossScript ? "script" : "spelling", score: keyed ? Math.max(sim, 0.5) : sim });
    }
    info.close.sort((a, b) => b.score - a.score);
    info.close = info.close.slice(0, MAX_CLOSE);
  });
  return infos;
}
