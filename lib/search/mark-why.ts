// Why a highlighted word matched: the word as typed, or one the query was widened to (a close
// spelling, a synonym, another script). ts_headline marks stems ("tariffs" for "tariff"), so
// words are compared loosely: the same word, or sharing all but a short ending.
import type { Highlighted } from "../entries/highlight";
import { fold } from "../names/transliterate";
import type { SearchPlan } from "./plan";

function sameWord(marked: string, word: string): boolean {
  if (marked === word || marked.startsWith(word) || word.startsWith(marked)) return true;
  const stem = word.slice(0, Math.max(4, word.length - 2));
  return word.length >= 5 && marked.startsWith(stem);
}

const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The parts of a highlight, each marked part with `why` and `from` when a widening explains it. */
export function markWhy(parts: Highlighted, plan: SearchPlan): Highlighted {
  if (plan.widenedTo.length === 0) return parts;
  const typed = plan.terms.flatMap(words);
  return parts.map((part) => {
    if (!part.match) return part;
    const marked = fold(part.text);
    // The word as typed wins; then a word the query was widened to; then a form of a typed word.
    if (typed.includes(marked)) return part;
    const widening = plan.widenedTo.find((w) => w.why !== "joined" && words(w.to).some((t) => t === marked));
    const close = widening ?? (typed.some((w) => sameWord(marked, w)) ? undefined : plan.widenedTo.find((w) => w.why !== "joined" && words(w.to).some((t) => sameWord(marked, t))));
    return close ? { ...part, why: close.why, from: close.from } : part;
  });
}
