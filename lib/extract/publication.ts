// What an article says about itself: a title (its first line when that is a headline), a
// publication date written at its head ("date 2025-01-17", "Published: 17 January 2025", "posted on
// March 14th, 2025", a dateline "KAZAN, 16 May 2025 —"), and the text without that metadata line.
import * as chrono from "chrono-node";
import { solarHijriDates } from "./solar-hijri";

export type ArticleMetadata = { text: string; title: string | null; publishedAt: string | null };

const DATE_LINE = /^\s*(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?)\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*/i;
/** "Published: 15 April 2025", "posted on March 14th, 2025", "Updated 24 September 2025 | …", "Date: 2025-06-06": a head line naming the date. */
const WORDED = /(?:^|[|·•])[ \t]*(?:last\s+)?(?:published|posted|updated|date)\b[ \t]*:?[ \t]*(?:on\s+)?/gim;
/** A wire dateline with a year: "KAZAN, 16 May 2025 —", "TEHRAN/MOSCOW, March 14, 2025 (Reuters) -". */
const DATELINE = /^\s*[A-Z][A-Z .'\/-]{1,30}(?:,\s*[A-Z][\p{L} .'-]{1,30})?,\s*/gmu;
const HEAD = 600;
/** What may stand beside a date on a date line: a weekday, a time, a time zone, separators, an issue number. */
const BESIDE_DATE = /^[\s|·•,;:()\[\]–—-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[A-Z]{2,4}T?|GMT|UTC|MSK|IRST|BST|CET|\d+(?:[-/]\d+)*|[\s|·•,;:()\[\]–—-]+)*$/i;

/** A full calendar date starting right at the given position, or null: a month or a year alone does not date a report. */
function dayAt(text: string, at: number): { day: string; end: number } | null {
  const window = text.slice(at, at + 40);
  const parsed = chrono.parse(window, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0];
  if (!parsed || parsed.index !== 0 || !/\b(?:19|20)\d{2}\b/.test(parsed.text)) return null;
  if (!(parsed.start.isCertain("day") && parsed.start.isCertain("month") && parsed.start.isCertain("year"))) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return { day: `${parsed.start.get("year")}-${pad(parsed.start.get("month")!)}-${pad(parsed.start.get("day")!)}`, end: at + parsed.text.length };
}

/** "17.11.2026 12:48", "24/04/2026": a numeric day first (dots are always day first; slashes only when the day is over 12). */
function numericDay(line: string): { day: string; index: number; length: number } | null {
  const m = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./])/.exec(line);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[3]), m[4]];
  const [d, mo] = m[2] === "." || a > 12 ? [a, b] : b > 12 ? [b, a] : [0, 0];
  if (!d || mo < 1 || mo > 12 || d > 31) return null;
  return { day: `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`, index: m.index, length: m[0].length };
}

/** "1405/09/12": an Iranian outlet's date line in its own calendar, as a Gregorian day. */
function solarHijriDay(line: string): { day: string; index: number; length: number } | null {
  const hit = solarHijriDates(line, null).find((h) => h.date.precision === "day" && /^(?:13|14)\d{2}\//.test(h.text));
  return hit ? { day: hit.date.start!, index: hit.index, length: hit.text.length } : null;
}

/**
 * A date line at the head, before the first sentence of prose: "Saturday, February 21, 2026",
 * "Long read | 28 January 2026", "Thu 9 Oct 2025 07.00 BST", "17.11.2026 12:48", "IRNA – Tuesday, 15 Mehr
 * 1404 (7 October 2025)", or a title ending ", Moscow, September 10, 2025". The date stands apart
 * (after the line's start or a separator, with only a time or an issue number after it); a date
 * inside a headline's wording ("… signed on 26 January 2021") is the news, not the report's day.
 */
function headDateLine(text: string): string | null {
  const lines = text.slice(0, HEAD).split("\n").map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of lines.slice(0, 5).entries()) {
    // The first sentence of prose ends the head, unless the line opens with its date, a sentence of
    // its own ("Wednesday 23 October 2024. All times are Moscow time."); a headline may ask a question.
    const opensWithDate = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d{2}\.\s/i.test(line);
    if (/[.!?]["”’)]?$/.test(line) && !/\b(?:19|20)\d{2}[)\]]?\.?$/.test(line) && !opensWithDate && !(i === 0 && /[?!]["”’)]?$/.test(line))) break;
    const found = [
      ...chrono.parse(line, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 }).flatMap((r) => {
        // Numbers alone ("04/05/2026") are read below, day first, or not at all when ambiguous.
        const full = !/^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(r.text) && r.start.isCertain("day") && r.start.isCertain("month") && r.start.isCertain("year") && /\b(?:19|20)\d{2}\b/.test(r.text);
        const pad = (n: number) => String(n).padStart(2, "0");
        return full ? [{ day: `${r.start.get("year")}-${pad(r.start.get("month")!)}-${pad(r.start.get("day")!)}`, index: r.index, length: r.text.length }] : [];
      }),
      ...[numericDay(line), solarHijriDay(line)].filter((x) => x !== null),
    ].sort((a, b) => a.index - b.index);
    for (const f of found) {
      const before = line.slice(0, f.index);
      const apart = before.trim() === "" || /(?:[|·•(–—,]|\s-|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)\s*$/i.test(before);
      const after = line.slice(f.index + f.length);
      if (apart && (BESIDE_DATE.test(after) || (opensWithDate && f.index < 12 && /^\.\s/.test(after)))) return f.day;
    }
  }
  return null;
}

export function articleMetadata(raw: string): ArticleMetadata {
  let text = raw.replace(/^\uFEFF/, "");
  let publishedAt: string | null = null;
  const line = DATE_LINE.exec(text);
  if (line) {
    publishedAt = line[1];
    text = text.slice(line[0].length);
  } else {
    const head = text.slice(0, HEAD);
    for (const m of head.matchAll(WORDED)) {
      const hit = dayAt(text, m.index + m[0].length);
      if (!hit) continue;
      publishedAt = hit.day;
      // A line that only says when the article was published is metadata, not a sentence of it.
      const lineStart = text.lastIndexOf("\n", m.index) + 1;
      const lineEnd = text.indexOf("\n", hit.end) < 0 ? text.length : text.indexOf("\n", hit.end);
      if (lineStart > 0 && /^[\s|·•–—-]*$/.test(text.slice(lineStart, m.index)) && !/[|·•]/.test(m[0]) && text.slice(hit.end, lineEnd).length < 80 && !/[.!?]\s*$/.test(text.slice(hit.end, lineEnd))) text = text.slice(0, lineStart) + text.slice(lineEnd + 1);
      break;
    }
    if (!publishedAt) publishedAt = headDateLine(text);
    if (!publishedAt) for (const m of head.matchAll(DATELINE)) {
      const hit = dayAt(text, m.index + m[0].length);
      if (hit) {
        publishedAt = hit.day;
        break;
      }
    }
  }
  const first = text.split(/\n/).map((l) => l.trim()).find(Boolean) ?? "";
  // (A headline may ask a question or exclaim; a line ending in a full stop is prose.)
  const title = first && first.length <= 200 && !/\.$/.test(first) ? first : null;
  return { text, title, publishedAt };
}
