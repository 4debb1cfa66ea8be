// What an article says about itself: a title (its first line when that is a headline), a
// publication date written at its head ("date 2025-01-17", "Published: 17 January 2025", "posted on
// March 14th, 2025", a dateline "KAZAN, 16 May 2025 —"), and the text without that metadata line.
import * as chrono from "chrono-node";

export type ArticleMetadata = { text: string; title: string | null; publishedAt: string | null };

const DATE_LINE = /^\s*(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?)\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*/i;
/** "Published: 15 April 2025", "posted on March 14th, 2025", "Updated 24 September 2025 | …", "Date: 2025-06-06": a head line naming the date. */
const WORDED = /(?:^|[|·•])[ \t]*(?:last\s+)?(?:published|posted|updated|date)\b[ \t]*:?[ \t]*(?:on\s+)?/gim;
/** A wire dateline with a year: "KAZAN, 16 May 2025 —", "MOSCOW, March 14, 2025 (Reuters) -". */
const DATELINE = /^\s*[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][\p{L} .'-]{1,30})?,\s*/gmu;
const HEAD = 600;

/** A full calendar date starting right at the given position, or null: a month or a year alone does not date a report. */
function dayAt(text: string, at: number): { day: string; end: number } | null {
  const window = text.slice(at, at + 40);
  const parsed = chrono.parse(window, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0];
  if (!parsed || parsed.index !== 0 || !/\b(?:19|20)\d{2}\b/.test(parsed.text)) return null;
  if (!(parsed.start.isCertain("day") && parsed.start.isCertain("month") && parsed.start.isCertain("year"))) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return { day: `${parsed.start.get("year")}-${pad(parsed.start.get("month")!)}-${pad(parsed.start.get("day")!)}`, end: at + parsed.text.length };
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
    if (!publishedAt) for (const m of head.matchAll(DATELINE)) {
      const hit = dayAt(text, m.index + m[0].length);
      if (hit) {
        publishedAt = hit.day;
        break;
      }
    }
  }
  const first = text.split(/\n/).map((l) => l.trim()).find(Boolean) ?? "";
  const title = first && first.length <= 200 && !/[.!?]$/.test(first) ? first : null;
  return { text, title, publishedAt };
}
