// Titles that look alike: PostgreSQL's pg_trgm similarity(), computed here instead of in the
// database. An import checks each new row against the entries of the same kind on the same date;
// in SQL each call re-extracts both titles' trigrams (4 µs a pair: 14 s of a 100,000-row import),
// while here each title's trigrams are taken once and a pair costs a set lookup per trigram.
//
// The same rules as pg_trgm (generate_trgm, cnt_sml): the text is lower-cased and cut into words
// of letters and digits; each word is padded with two spaces before and one after; its trigrams are
// every run of three characters; similarity is shared trigrams ÷ (trigrams of one + of the other −
// shared). tests/integration/look-alike.test.ts checks it against PostgreSQL's own.

/** The distinct trigrams of a text, as pg_trgm takes them. */
export function trigrams(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = Array.from(`  ${word} `);
    for (let i = 0; i + 3 <= chars.length; i++) found.add(chars[i] + chars[i + 1] + chars[i + 2]);
  }
  return found;
}

/** pg_trgm's similarity() of two texts' trigram sets: 1 for the same words, 0 for none shared. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The candidate most like `title` at or above `threshold`, or null (the first of equals, as listed). */
export function mostAlike<T extends { title: string }>(title: string, candidates: (T & { grams?: Set<string> })[], threshold: number): T | null {
  const grams = trigrams(title);
  let best: T | null = null;
  let bestScore = threshold;
  for (const c of candidates) {
    c.grams ??= trigrams(c.title);
    const score = similarity(grams, c.grams);
    if (score > bestScore || (best === null && score >= bestScore)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
