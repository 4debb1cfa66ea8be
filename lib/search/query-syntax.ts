// Web-search syntax for q: words (all of them wanted), "a quoted phrase", -word or -"phrase" (or
// NOT before either) to exclude, and OR (or |) between two words or phrases for either. Pure: no database, so the
// parser is unit-tested on its own (query-syntax.test.ts) and can never throw on user input.

/** A word as typed (letters and digits only), or the words of a phrase in order. */
export type Term = { kind: "word"; word: string } | { kind: "phrase"; words: string[]; joined?: boolean };

/** One thing the query asks for: any of its alternatives (more than one only with OR). */
export type Clause = { terms: Term[]; quoted: boolean };

export type ParsedQuery = {
  clauses: Clause[];
  excluded: Term[];
  /** The last clause is a bare word still being typed: it also matches as a prefix. */
  lastIsPrefix: boolean;
};

/** Queries longer than this many clauses keep their first ones (a pasted paragraph is not a query). */
export const MAX_CLAUSES = 12;

const QUOTES = /["“”„«»]/;
// Arabic-script diacritics and the tatweel are marks inside a word, not separators.
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
// Persian and Arabic-Indic digits, which the record writes as 0–9 ("میل ۲۸", "٢٠ عاماً").
const EASTERN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;
const easternDigit = (d: string) => String((d.charCodeAt(0) - (d >= "\u06F0" ? 0x06f0 : 0x0660)) % 10);
// An acronym written with dots ("U.S.", "B.R.I.C.S."): one word, as the record writes it.
const DOTTED_ACRONYM = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu;
// An acronym's plural ("NPPs", "UAVs", "SAMs"): the acronym, which the English stemmer does not
// always reach ("npps" stays 'npps').
const ACRONYM_PLURAL = /(?<![\p{L}\p{N}])(\p{Lu}{2,})s(?![\p{L}\p{N}])/gu;

/** Letter runs and digit runs of one chunk of text: "Mi-28NE" → ["mi", "28", "ne"]. */
function splitWord(raw: string): string[] {
  return raw.match(/\p{L}+|\p{N}+/gu) ?? [];
}

/**
 * The terms of an unquoted chunk ("Su-35", "tariffs,"): each letters-and-digits word is a term;
 * a word where letters meet digits ("Su35", "Su-35", "Mi-28NE") is a phrase of its parts, which
 * is how the search document stores it, so every way of writing it finds the same entries. So is a
 * Persian word written with a zero-width non-joiner ("هسته‌ای", "پاک‌نژاد"): the document holds its
 * parts as two words, side by side, and it is one word to the reader, not two to find anywhere.
 */
function chunkTerms(chunk: string): Term[] {
  const terms: Term[] = [];
  // Split on separators other than a hyphen joining letters to digits and a non-joiner inside a word.
  for (const piece of chunk.split(/[^\p{L}\p{N}\u200C-]+|(?<![\p{L}\p{N}])[-\u200C]|[-\u200C](?![\p{L}\p{N}])/u)) {
    if (!piece) continue;
    const words = piece.split("-").filter(Boolean);
    let i = 0;
    while (i < words.length) {
      const parts = withoutPersianPlural(splitWord(words[i]));
      // "su-35": a letters word followed by a digits word (or the reverse) belongs together.
      let group = [...parts];
      let j = i + 1;
      while (j < words.length) {
        const prev = group[group.length - 1];
        const next = splitWord(words[j]);
        if (next.length && /^\p{L}/u.test(prev) !== /^\p{L}/u.test(next[0])) {
          group = group.concat(next);
          j++;
        } else break;
      }
      const lowered = group.map((w) => w.toLowerCase());
      if (lowered.length === 1) terms.push({ kind: "word", word: lowered[0] });
      else if (lowered.length > 1) terms.push({ kind: "phrase", words: lowered, joined: true });
      i = j;
    }
  }
  return terms;
}

// Persian plural endings, written after a non-joiner ("تحریم‌ها", "پهپاد‌های"): the word is its
// singular, as the English stemmer takes "sanctions" for "sanction" and the thesaurus's keys drop
// the same endings written joined (migration *_thesaurus_languages).
const PERSIAN_PLURAL = /^(?:ها|های|هایی)$/u;
const PERSIAN = /^[\u0600-\u06FF]+$/u;

function withoutPersianPlural(parts: string[]): string[] {
  return parts.length > 1 && PERSIAN_PLURAL.test(parts[parts.length - 1]) && PERSIAN.test(parts[parts.length - 2]) ? parts.slice(0, -1) : parts;
}

type Token = { text: string; quoted: boolean; negated: boolean };

function tokenize(q: string): { tokens: Token[]; endsInWord: boolean } {
  const text = q
    .normalize("NFKC")
    .replace(ARABIC_MARKS, "")
    .replace(EASTERN_DIGITS, easternDigit)
    .replace(DOTTED_ACRONYM, (acronym) => acronym.replace(/\./g, ""))
    .replace(ACRONYM_PLURAL, "$1");
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    const negated = c === "-" && i + 1 < text.length && !/\s/u.test(text[i + 1]);
    const start = negated ? i + 1 : i;
    if (QUOTES.test(text[start] ?? "")) {
      const rest = text.slice(start + 1);
      const close = rest.search(QUOTES);
      const inner = close === -1 ? rest : rest.slice(0, close);
      tokens.push({ text: inner, quoted: true, negated });
      i = close === -1 ? text.length : start + 1 + close + 1;
      continue;
    }
    let end = start;
    while (end < text.length && !/\s/u.test(text[end]) && !QUOTES.test(text[end])) end++;
    tokens.push({ text: text.slice(start, end), quoted: false, negated });
    i = end;
  }
  const lastToken = tokens[tokens.length - 1];
  const endsInWord = !!lastToken && !lastToken.quoted && !lastToken.negated && /[\p{L}\p{N}]$/u.test(text);
  return { tokens, endsInWord };
}

/** Parses q; what it cannot make sense of (stray quotes, lone dashes, punctuation) is ignored. */
export function parseQuery(q: string): ParsedQuery {
  const { tokens, endsInWord } = tokenize(q);
  const clauses: Clause[] = [];
  const excluded: Term[] = [];
  let orNext = false;
  // "NOT Kazan", as other search engines write -Kazan (in capitals: "not" is a word of a question).
  let notNext = false;
  let endsInClause = true;
  for (const token of tokens) {
    if (!token.quoted && !token.negated && (token.text === "OR" || token.text === "|")) {
      orNext = clauses.length > 0;
      notNext = false;
      continue;
    }
    if (!token.quoted && !token.negated && token.text === "NOT") {
      notNext = true;
      orNext = false;
      continue;
    }
    const negated = token.negated || notNext;
    notNext = false;
    let terms: Term[];
    if (token.quoted) {
      const words = token.text.split(/[^\p{L}\p{N}]+/u).flatMap(splitWord).map((w) => w.toLowerCase());
      terms = words.length === 0 ? [] : words.length === 1 ? [{ kind: "word", word: words[0] }] : [{ kind: "phrase", words }];
    } else {
      terms = chunkTerms(token.text);
    }
    if (terms.length === 0) {
      orNext = false;
      continue;
    }
    endsInClause = !negated;
    if (negated) {
      excluded.push(...terms);
      orNext = false;
      continue;
    }
    if (orNext) {
      // "a OR b": b joins a's alternatives; a chunk of several words ("a OR b c") adds its first
      // word there and the rest as clauses of their own.
      clauses[clauses.length - 1].terms.push(terms[0]);
      clauses[clauses.length - 1].quoted ||= token.quoted;
      terms = terms.slice(1);
      orNext = false;
    }
    for (const term of terms) clauses.push({ terms: [term], quoted: token.quoted });
  }
  const kept = clauses.slice(0, MAX_CLAUSES);
  const last = kept[kept.length - 1];
  const lastIsPrefix =
    endsInWord && endsInClause && kept.length === clauses.length && !!last && !last.quoted && last.terms.length === 1 && last.terms[0].kind === "word";
  return { clauses: kept, excluded: excluded.slice(0, MAX_CLAUSES), lastIsPrefix };
}

/** Every word the query names (clauses and exclusions), for folding and widening in one round trip. */
export function queryWords(parsed: ParsedQuery): string[] {
  const words = new Set<string>();
  const add = (t: Term) => (t.kind === "word" ? words.add(t.word) : t.words.forEach((w) => words.add(w)));
  parsed.clauses.forEach((c) => c.terms.forEach(add));
  parsed.excluded.forEach(add);
  return [...words];
}
