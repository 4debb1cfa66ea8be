// Years told by reference to another: "in November of that year", "the following year", "two years
// later". A long read moves through the years; these take the year the text last gave (in the same
// sentence, or before it), never the report's own year, and never more than a month.
import type { FactDate } from "./dates";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const PATTERNS: { re: RegExp; offset: (m: RegExpMatchArray) => number; month?: (m: RegExpMatchArray) => number }[] = [
  { re: /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+of\s+(?:that|the same)\s+year\b/gi, offset: () => 0, month: (m) => MONTHS.indexOf(m[1].toLowerCase()) + 1 },
  { re: /\b(?:(?:later|earlier)\s+)?(?:that|the same)\s+year\b/gi, offset: () => 0 },
  { re: /\bthe\s+(?:following|next|subsequent)\s+year\b/gi, offset: () => 1 },
  { re: /\bthe\s+(?:previous|preceding)\s+year\b|\bthe\s+year\s+before\b/gi, offset: () => -1 },
  { re: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(later|after|earlier|before)\b/gi, offset: (m) => (NUMBERS[m[1].toLowerCase()] ?? Number(m[1])) * (/later|after/i.test(m[2]) ? 1 : -1) },
];

export type AnaphoricHit = { index: number; text: string; resolve: (year: number) => { date: FactDate; cue: string } };

/** The references to another year in a sentence, to be resolved against the year given before each. */
export function anaphoricYears(sentence: string): AnaphoricHit[] {
  const hits: AnaphoricHit[] = [];
  for (const { re, offset, month } of PATTERNS)
    for (const m of sentence.matchAll(re)) {
      if (hits.some((h) => m.index! < h.index + h.text.length && h.index < m.index! + m[0].length)) continue;
      // "two years after the treaty was signed": after an event, not after a year; left to the analyst.
      if (/after|before/i.test(m[2] ?? "") && !/^\s*[,.;]|^\s*$/.test(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) continue;
      hits.push({
        index: m.index!,
        text: m[0],
        resolve: (year) => {
          const y = year + offset(m);
          const mo = month?.(m);
          return mo
            ? { date: { start: `${y}-${String(mo).padStart(2, "0")}`, end: null, precision: "month" }, cue: `“${m[0]}”: a month of the year given before, ${year}` }
            : { date: { start: String(y), end: null, precision: "year" }, cue: `“${m[0]}”: ${y}, from the year given before, ${year}` };
        },
      });
    }
  return hits.sort((a, b) => a.index - b.index);
}
