// What an article says about itself: a title (its first line when that is a headline), a
// publication date written at its head ("date 2025-01-17", "Published: 17 January 2025"), and the
// text without that metadata line.
import * as chrono from "chrono-node";

export type ArticleMetadata = { text: string; title: string | null; publishedAt: string | null };

const DATE_LINE = /^\s*(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?)\s*:?\s*(\d{4}-\d{2}-\d{2})\b\s*/i;
const WORDED = /\b(?:published|posted|updated|date)\s*:?\s*(?:on\s+)?([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2})/;

export function articleMetadata(raw: string): ArticleMetadata {
  let text = raw.replace(/^\uFEFF/, "");
  let publishedAt: string | null = null;
  const line = DATE_LINE.exec(text);
  if (line) {
    publishedAt = line[1];
    text = text.slice(line[0].length);
  } else {
    const worded = WORDED.exec(text.slice(0, 600));
    const parsed = worded ? chrono.parse(worded[1], { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0] : undefined;
    if (parsed && parsed.start.isCertain("day") && parsed.start.isCertain("month") && parsed.start.isCertain("year")) {
      const pad = (n: number) => String(n).padStart(2, "0");
      publishedAt = `${parsed.start.get("year")}-${pad(parsed.start.get("month")!)}-${pad(parsed.start.get("day")!)}`;
    }
  }
  const first = text.split(/\n/).map((l) => l.trim()).find(Boolean) ?? "";
  const title = first && first.length <= 200 && !/[.!?]$/.test(first) ? first : null;
  return { text, title, publishedAt };
}
