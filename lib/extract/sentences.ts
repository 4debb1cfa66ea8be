// Splits an article into paragraphs and sentences, keeping each sentence's place in the text so a
// proposal can quote exactly what it comes from. Plain rules are enough for news prose: a sentence
// ends at . ! ? (or a closing quote after one) followed by a space and a capital, a digit or an
// opening quote, except after common abbreviations and initials ("U.S.", "Lloyd J. Austin").

export type Sentence = {
  /** Position in the article, from 0. */
  index: number;
  /** Paragraph number, from 0: a proposal may join sentences of one paragraph only. */
  paragraph: number;
  text: string;
  /** A line without closing punctuation (a headline, a subheading, a list item): never a fact on its own. */
  heading: boolean;
};

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "jr", "sr",
  "vs", "etc", "inc", "ltd", "co", "corp", "no", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g",
]);

const BOUNDARY = /([.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9\u0400-\u04FF\u0600-\u06FF])/g;

/** Whether a quotation opened in this text is still open at its end (“ unmatched, or an odd number of straight quotes). */
function openQuote(text: string): boolean {
  const curly = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return curly > 0 || straight % 2 === 1;
}

function splitParagraph(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[1].length;
    const before = text.slice(start, end);
    const lastWord = /([A-Za-z.]+)[.!?]["”’)]?$/.exec(before)?.[1]?.toLowerCase().replace(/\.$/, "") ?? "";
    // "U.S. forces", "J. Austin": an abbreviation or a single initial does not end a sentence.
    if (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord)) continue;
    // “The document is a roadmap. The contract will follow,” Miller said: a quotation's sentences stay with their speaker.
    if (openQuote(before) && /^[^“”"]{0,600}[”"]/.test(text.slice(end))) continue;
    out.push(before.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Normalises white space and typographic oddities without changing what a quote says. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u200B-\u200D\uFEFF]/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/^[ \t•·▪–-]+(?=\S)/gm, (m) => (m.trim() ? "- " : ""));
}

const LIST_ITEM = /^(?:\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\)|-)\s+/;

export function splitSentences(text: string): Sentence[] {
  const paragraphs = normaliseText(text)
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const sentences: Sentence[] = [];
  let leadIn: string | null = null;
  paragraphs.forEach((paragraph, p) => {
    // "Following the consultations, the parties:" then "1. signed a Protocol …;": each item finishes the lead-in's sentence.
    const item = LIST_ITEM.exec(paragraph);
    if (leadIn && item && /^[a-z]/.test(paragraph.slice(item[0].length))) {
      sentences.push({ index: sentences.length, paragraph: p, text: `${leadIn} ${paragraph}`, heading: false });
      return;
    }
    // (The lead-in is the paragraph's last sentence: "… held talks on 3 December. Following the talks, the sides:")
    const last = paragraph.endsWith(":") ? splitParagraph(paragraph).pop() ?? paragraph : null;
    leadIn = last && /^[^:]{10,200}:$/.test(last) ? last : item ? leadIn : null;
    // A paragraph that ends by opening a list ("… on 3 December. Following the talks, the sides:") is prose up to its lead-in.
    const heading = (!/[.!?]["”’)]?$/.test(paragraph) && !(last && last !== paragraph)) || /^- /.test(paragraph);
    for (const s of heading ? [paragraph] : splitParagraph(paragraph)) {
      sentences.push({ index: sentences.length, paragraph: p, text: s, heading: heading || s.endsWith(":") || (!/[.!?:;"”’)]$/.test(s) && s.split(/\s+/).length < 6) });
    }
  });
  return sentences;
}

/**
 * Clauses that may each state a fact of their own: "Israel resumed strikes on Iran, …, and in
 * response, Russia has sent a threat to the US" holds an event and a statement.
 */
export function splitClauses(sentence: string): string[] {
  // A quotation is one speaker's words: never split inside it ("“Iran supplies weapons, and it will pay,” a spokesperson said").
  const inside: boolean[] = [];
  let open = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === "“" || c === "«") open = true;
    else if (c === "”" || c === "»") open = false;
    else if (c === '"') open = !open;
    inside.push(open);
  }
  const clauses: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(/,\s+(?:and\s+(?:in response,\s+)?|while\s+|whereas\s+|with\s+(?=[A-Z]))|;\s+/g)) {
    if (inside[m.index]) continue;
    clauses.push(sentence.slice(from, m.index));
    from = m.index + m[0].length;
  }
  clauses.push(sentence.slice(from));
  return clauses.map((c) => c.trim()).filter((c) => c.length > 0);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
