import "server-only";
// How a query q becomes what the database matches and ranks: parsed (query-syntax.ts), each word
// folded and widened to close spellings and scripts (widen.ts), words and phrases widened through
// the thesaurus (thesaurus.ts), then written as tsquery texts for to_tsquery('english', …). Two
// round trips at most (the vocabulary and the thesaurus, side by side), whatever the query.
//
// Both lookups also say what the words stand for among the entries' lexemes (search.lexeme), so
// that the query asks the search index only for what it answers cheaply:
// - a last word's prefix ("pipeline" is 'pipelin':*) is written as the few lexemes it stands for:
//   the index reads all of a prefix's matches into a bitmap before combining them with the other
//   words ("gas pipeline" at a million entries: 131 ms in the index, against 47 ms for 'gas' & 'pipelin');
// - an alternative with a lexeme no entry holds is left out: it still made the index visit every
//   entry with the other words, and a phrase makes PostgreSQL re-read each candidate row (the
//   thesaurus's "gas line" in a record without "line" took the index from 47 to 100 ms).
// lib/entries/search.ts turns the plan into its WHERE and ORDER BY (searchCondition, searchRank).
import { parseQuery, queryWords, type Clause, type Term } from "./query-syntax";
import { fold, scriptOf, tableLatin } from "../names/transliterate";
import { numberRuns } from "./numbers";
import { spellingVariants } from "./spelling";
import { lookUpSynonyms } from "./thesaurus";
import { lookUpWords, type WordInfo } from "./widen";

export type WideningReason = "spelling" | "synonym" | "script" | "joined";
export type Widening = { from: string; to: string; why: WideningReason };

export type SearchPlan = {
  /** every clause (and no excluded term): to_tsquery('english', …) text, or null when nothing can match */
  all: string | null;
  /** any clause (and no excluded term); null with fewer than two clauses */
  some: string | null;
  /** one tsquery text per clause, to count how many an entry has */
  clauses: string[];
  /** the least number of clauses an entry must have when only some of them are asked for */
  minClauses: number;
  /** set by prepareFilters: few entries have every clause, so entries with most of them are shown */
  partial: boolean;
  /** set with `partial`: how many entries have every clause (fewer than the threshold) */
  fullMatches?: number;
  /** some clause holds only words no visible entry has: no entry can have every clause */
  unmatchable: boolean;
  /** the words searched for, folded */
  terms: string[];
  widenedTo: Widening[];
  /** q with unknown words replaced by the record's closest spelling, when there were any */
  didYouMean: string | null;
};

/**
 * One alternative of a clause: its words (more than one is a phrase), whether the last is a prefix,
 * and, once checked against the record's lexemes, whether any entry can match it.
 */
type Alternative = { words: string[]; prefix?: boolean; text?: string; absent?: boolean; close?: boolean };

const GRAM_MAX = 4;
/** A prefix that stands for more of the entries' lexemes than this stays a prefix. */
const MAX_PREFIX_LEXEMES = 8;

const phraseText = (words: string[]) => (words.length === 1 ? words[0] : `(${words.join(" <-> ")})`);

function alternativeText(alt: Alternative): string {
  if (alt.text) return alt.text;
  return alt.prefix ? `${alt.words[0]}:*` : phraseText(alt.words);
}

/** Folded words of a term, dropping what the document cannot hold (a lone stop word). */
function termWords(term: Term, info: Map<string, WordInfo>): string[] {
  const words = term.kind === "word" ? [term.word] : term.words;
  return words.flatMap((w) => (info.get(w)?.folded ?? w).split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
}

/**
 * The alternatives worth asking the index for: those some entry can match. An alternative that can
 * match nothing still costs the index a pass over every entry with the others' words. A clause none
 * of whose alternatives can match keeps its first, so that it still matches nothing.
 */
function matchableAlternatives(alts: Alternative[]): Alternative[] {
  const kept = alts.filter((a) => !a.absent);
  return kept.length ? kept : alts.slice(0, 1);
}

/** A clause's alternatives as one tsquery text, or null when it has none. */
function clauseText(alts: Alternative[]): string | null {
  const unique = [...new Set(matchableAlternatives(alts).map(alternativeText))];
  return unique.length === 0 ? null : unique.length === 1 ? unique[0] : `(${unique.join(" | ")})`;
}

function isStop(term: Term, info: Map<string, WordInfo>): boolean {
  return term.kind === "word" && (info.get(term.word)?.stop ?? false);
}

export async function planSearch(q: string): Promise<SearchPlan | null> {
  const parsed = parseQuery(q);
  if (parsed.clauses.length === 0 && parsed.excluded.length === 0) return null;

  // Words typed as plain, unquoted words are widened; phrases and exclusions are taken as typed.
  const widenable = new Set<string>();
  for (const clause of parsed.clauses) {
    if (clause.quoted) continue;
    for (const term of clause.terms) if (term.kind === "word") widenable.add(term.word);
  }
  const words = queryWords(parsed);

  // Runs of plain clauses (a word, or a word written joined: "Mi-28", "هسته‌ای"), as phrases of up
  // to GRAM_MAX clauses, for the thesaurus.
  const grams: { start: number; length: number; text: string }[] = [];
  const plain = (c: Clause) => !c.quoted && c.terms.length === 1;
  parsed.clauses.forEach((clause, start) => {
    if (!plain(clause)) return;
    for (let length = 1; length <= GRAM_MAX && start + length <= parsed.clauses.length; length++) {
      const run = parsed.clauses.slice(start, start + length);
      if (length > 1 && !run.every(plain)) break;
      const text = run.map((c) => (c.terms[0].kind === "word" ? c.terms[0].word : c.terms[0].words.join(" "))).join(" ");
      grams.push({ start, length, text });
    }
  });

  // Words of the last clause, when it is still being typed, are matched as prefixes too.
  const last = parsed.clauses.at(-1);
  const prefixWords = new Set(parsed.lastIsPrefix && last ? last.terms.flatMap((t) => (t.kind === "word" ? [t.word] : [])) : []);
  // The other spellings of each word (British and American), looked up in the same round trip: one
  // is asked for only when some entry holds it.
  const variantsOf = new Map(words.map((w) => [w, spellingVariants(w).filter((v) => !words.includes(v))]));
  // A model number typed in Cyrillic ("Ми-28НЭ", "Су-35"): its letters in Latin, as the record writes it.
  const latinOf = new Map<string, string>();
  for (const clause of parsed.clauses) {
    for (const term of clause.terms) {
      if (term.kind !== "phrase" || !term.joined) continue;
      for (const w of term.words) if (scriptOf(w) === "cyrillic") latinOf.set(w, tableLatin(fold(w)));
    }
  }
  // The word of each plain one-word clause (null for others): numbers written as words and a word
  // written apart are read across them.
  const clauseWords = parsed.clauses.map((c) => (!c.quoted && c.terms.length === 1 && c.terms[0].kind === "word" ? c.terms[0].word : null));
  // Numbers written as words ("twenty-year", "fifty five", "بیست ساله"): also their digits, as the record writes them.
  const numbers = numberRuns(clauseWords);
  // Two clauses that are one word typed apart ("co operation", "Bush ehr"): also that word.
  const apart = clauseWords.slice(0, -1).map((w, i) => {
    const next = clauseWords[i + 1];
    return w && next && /^\p{L}+$/u.test(w + next) && (w + next).length <= 40 && scriptOf(w) === scriptOf(next) ? w + next : null;
  });
  const variantWords = [
    ...new Set([...[...variantsOf.values()].flat(), ...latinOf.values(), ...numbers.map((n) => n.value), ...apart.filter((w): w is string => !!w)]),
  ].filter((w) => !words.includes(w));
  const [infos, synonyms] = await Promise.all([
    lookUpWords([
      ...words.map((raw) => ({ raw, widen: widenable.has(raw), prefix: prefixWords.has(raw) })),
      ...variantWords.map((raw) => ({ raw, widen: false })),
    ]),
    lookUpSynonyms(grams.map((g) => g.text)),
  ]);
  const info = new Map(infos.map((i) => [i.raw, i]));
  /** The other spellings of a word that some entry holds, folded. */
  const variants = (word: string) =>
    (variantsOf.get(word) ?? []).map((v) => info.get(v)).filter((v): v is WordInfo => !!v && v.lexemesKnown && !v.stop).map((v) => v.folded);
  const widenedTo: Widening[] = [];
  /** Words read as more than as typed: numbers in digits, a word typed apart as one (clause → words). */
  const readAs = new Map<number, string[]>();
  const readAlso = (clause: number, word: string) => readAs.set(clause, [...(readAs.get(clause) ?? []), word]);
  const inRecord = (word: string) => !!info.get(word)?.lexemesKnown && !info.get(word)?.stop;
  // Clauses whose word is no misspelling: a number word, a word of the thesaurus ("reactor" is not
  // widened to "reaction", "Kazakhstan" not to "Kazan", "بیست" not to "boost").
  const realWords = new Set<number>();
  for (const run of numbers) {
    for (let k = 0; k < run.length; k++) realWords.add(run.start + k);
    if (!inRecord(run.value)) continue;
    for (let k = 0; k < run.length; k++) readAlso(run.start + k, run.value);
    widenedTo.push({ from: clauseWords.slice(run.start, run.start + run.length).join(" "), to: run.value, why: "spelling" });
  }
  // Only when one of the two is no word of the record ("co", "ehr"): two words it holds ("air
  // strike") are taken as typed.
  const notInRecord = (word: string) => !info.get(word)?.known || !inRecord(word);
  apart.forEach((joined, i) => {
    const [a, b] = [clauseWords[i]!, clauseWords[i + 1]!];
    if (!joined || !inRecord(joined) || !(notInRecord(a) || notInRecord(b)) || (info.get(a)?.stop && info.get(b)?.stop)) return;
    readAlso(i, joined);
    readAlso(i + 1, joined);
    widenedTo.push({ from: `${a} ${b}`, to: joined, why: "joined" });
  });

  // Each clause's alternatives: as typed, the close spellings, the joined forms.
  const alternatives: Alternative[][] = parsed.clauses.map((clause, index) => {
    const alts: Alternative[] = [];
    for (const term of clause.terms) {
      if (isStop(term, info)) continue;
      const folded = termWords(term, info);
      if (folded.length === 0) continue;
      const isLast = index === parsed.clauses.length - 1;
      alts.push(typedAlternative(term, folded, isLast && parsed.lastIsPrefix && term.kind === "word" && folded.length === 1, info, variants));
      if (term.kind === "word") {
        for (const variant of variants(term.word)) {
          alts.push({ words: [variant] });
          widenedTo.push({ from: term.word, to: variant, why: "spelling" });
        }
      }
      if (term.kind === "phrase" && term.joined) {
        widenedTo.push({ from: term.words.join(""), to: term.words.join(" "), why: "joined" });
        if (term.words.some((w) => latinOf.has(w))) {
          const latin = term.words.map((w) => latinOf.get(w) ?? w);
          alts.push({ words: latin, absent: latin.some((w) => info.get(w)?.lexemesKnown === false) });
          widenedTo.push({ from: term.words.join(" "), to: latin.join(" "), why: "script" });
        }
      }
      if (term.kind === "word" && !clause.quoted) {
        // A word typed without its spaces ("goldenperiod"): the record's words it is made of, as a phrase.
        const split = info.get(term.word)?.split;
        if (split) {
          alts.push({ words: split });
          widenedTo.push({ from: term.word, to: split.join(" "), why: "joined" });
        }
        for (const close of info.get(term.word)?.close ?? []) {
          alts.push({ words: [close.word], close: true });
          widenedTo.push({ from: term.word, to: close.word, why: close.why });
        }
      }
    }
    if (alts.length) for (const word of readAs.get(index) ?? []) alts.push({ words: [info.get(word)?.folded ?? word] });
    return alts;
  });

  // Synonyms, longest phrases first; a clause already inside a longer match is not matched again.
  const merged = new Map<number, number>(); // first clause of a matched run → its length
  const taken = new Set<number>();
  const byGram = new Map<number, typeof synonyms>();
  for (const hit of synonyms) byGram.set(hit.gram, [...(byGram.get(hit.gram) ?? []), hit]);
  const order = grams.map((g, i) => ({ ...g, i })).sort((a, b) => b.length - a.length || a.start - b.start);
  for (const gram of order) {
    const hits = byGram.get(gram.i);
    if (!hits) continue;
    const span = Array.from({ length: gram.length }, (_, k) => gram.start + k);
    if (span.some((c) => taken.has(c))) continue;
    const known = hits.some((hit) => hit.others.some((other) => other.known));
    if (gram.length > 1 && !known) {
      // No other term of the sets is in any entry: the run stays words of their own, each of which
      // an entry may have ("north south corridor" finds "transport corridors" among partial matches),
      // and its words can still match shorter phrases of the thesaurus.
      for (const hit of hits) for (const other of hit.others) widenedTo.push({ from: gram.text, to: other.term, why: "synonym" });
      continue;
    }
    span.forEach((c) => taken.add(c));
    const target = alternatives[gram.start];
    if (gram.length === 1) realWords.add(gram.start);
    if (gram.length > 1) {
      // The run becomes one clause: its words as typed (each with its own alternatives, anywhere in
      // the entry, as before), or any of the set's other terms.
      const typed = span.flatMap((c) => alternatives[c][0]?.words ?? []);
      const parts = span.map((c) => clauseText(alternatives[c])).filter((t): t is string => t !== null);
      // The words as typed match nothing when one of them has no alternative an entry can match.
      const absent = span.some((c) => alternatives[c].length > 0 && alternatives[c].every((a) => a.absent));
      target.splice(0, target.length, { words: typed, text: parts.length > 1 ? `(${parts.join(" & ")})` : parts[0], absent });
      merged.set(gram.start, gram.length);
    }
    for (const hit of hits) {
      for (const other of hit.others) {
        target.push({ words: other.words, absent: !other.known });
        widenedTo.push({ from: gram.text, to: other.term, why: "synonym" });
      }
    }
  }

  const clauseTexts: string[] = [];
  const terms: string[] = [];
  let matchableClauses = 0;
  for (let index = 0; index < alternatives.length; index++) {
    const alts = realWords.has(index) ? alternatives[index].filter((a) => !a.close) : alternatives[index];
    const length = merged.get(index) ?? 1;
    index += length - 1;
    if (alts.length === 0) continue;
    // Clauses the record can match at all: some alternative an entry holds. The floor of a partial
    // match counts only these, so words the record never uses ("trip", "атомные", "JCPOA" when no
    // entry has any term of its set) do not hide the entries that have the rest.
    const canMatch = alts.some((a) => !a.absent);
    if (canMatch) matchableClauses++;
    terms.push(alts[0].words.join(" "));
    clauseTexts.push(clauseText(alts)!);
  }
  const exclusions = parsed.excluded
    .filter((t) => !isStop(t, info))
    .map((t) => ({ raw: t.kind === "word" ? [t.word] : t.words, folded: termWords(t, info) }))
    .filter((t) => t.folded.length > 0)
    .map((t) => `!${phraseWithVariants(t.raw, t.folded, variants) ?? phraseText(t.folded)}`);

  const all = [...clauseTexts, ...exclusions].join(" & ") || null;
  const some = clauseTexts.length >= 2 ? [`(${clauseTexts.join(" | ")})`, ...exclusions].join(" & ") : null;

  // A word of the thesaurus or a number is neither widened to close spellings nor offered a correction.
  const notTypos = new Set([...realWords].flatMap((c) => parsed.clauses[c].terms.flatMap((t) => (t.kind === "word" ? [t.word] : []))));
  const kept = widenedTo.filter((w) => !(notTypos.has(w.from) && info.get(w.from)?.close.some((c) => c.word === w.to)));
  const corrections = infos.filter((i) => !i.known && !notTypos.has(i.raw) && (i.split || i.close.some((c) => c.why === "spelling")));
  let didYouMean: string | null = null;
  if (corrections.length) {
    didYouMean = q;
    for (const c of corrections) {
      const best = c.split?.join(" ") ?? c.close.find((x) => x.why === "spelling")!.word;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(c.raw)}(?![\\p{L}\\p{N}])`, "giu");
      // Keep the reader's capital: "Teheran" → "Tehran".
      didYouMean = didYouMean.replace(pattern, (typed) => (/^\p{Lu}/u.test(typed) ? best[0].toUpperCase() + best.slice(1) : best));
    }
    if (didYouMean === q) didYouMean = null;
  }

  return {
    all: clauseTexts.length || exclusions.length ? all : null,
    some,
    clauses: clauseTexts,
    minClauses: Math.max(1, Math.ceil(matchableClauses / 2)),
    unmatchable: matchableClauses < clauseTexts.length,
    partial: false,
    terms,
    widenedTo: uniqueWidenings(kept),
    didYouMean,
  };
}

const LEXEME = /^[\p{L}\p{N}]+$/u;

/**
 * A term as typed, with what the entries' lexemes say of it: a prefix written as the lexemes it
 * stands for (when they are few, and plain words to to_tsquery), and absent when no entry can match
 * it (a word no entry has, or a prefix no lexeme starts with).
 */
function typedAlternative(
  term: Term,
  folded: string[],
  prefix: boolean,
  info: Map<string, WordInfo>,
  variants: (word: string) => string[] = () => [],
): Alternative {
  if (prefix && term.kind === "word") {
    const lexemes = info.get(term.word)?.prefixLexemes ?? null;
    if (lexemes === null) return { words: folded, prefix };
    if (lexemes.length === 0) return { words: folded, prefix, absent: true };
    if (lexemes.length > MAX_PREFIX_LEXEMES || !lexemes.every((l) => LEXEME.test(l))) return { words: folded, prefix };
    return { words: folded, prefix, text: lexemes.length === 1 ? lexemes[0] : `(${lexemes.join(" | ")})` };
  }
  const raw = term.kind === "word" ? [term.word] : term.words;
  if (term.kind === "phrase") {
    // A phrase with a word of another spelling ("defence cooperation"): each such word as either.
    const text = phraseWithVariants(raw, folded, variants);
    if (text) {
      return { words: folded, prefix, text, absent: raw.some((w) => info.get(w)?.lexemesKnown === false && variants(w).length === 0) };
    }
  }
  return { words: folded, prefix, absent: raw.some((w) => info.get(w)?.lexemesKnown === false) };
}

/**
 * A word or phrase as tsquery text with each word that has other spellings in the record written as
 * any of them: "(('defenc' | 'defens') <-> 'coordin')". Null when no word has one (or when folding
 * split the words differently from the typed ones).
 */
function phraseWithVariants(raw: string[], folded: string[], variants: (word: string) => string[]): string | null {
  if (raw.length !== folded.length || !raw.some((w) => variants(w).length > 0)) return null;
  const parts = folded.map((w, i) => {
    const others = variants(raw[i]);
    return others.length ? `(${[w, ...others].join(" | ")})` : w;
  });
  return parts.length === 1 ? parts[0] : `(${parts.join(" <-> ")})`;
}

function uniqueWidenings(list: Widening[]): Widening[] {
  const seen = new Set<string>();
  return list.filter((w) => {
    const key = `${w.from}|${w.to}|${w.why}`;
    return !seen.has(key) && seen.add(key);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
