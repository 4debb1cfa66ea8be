// Search matches in titles and summaries. PostgreSQL's ts_headline marks the words the query
// matched (stems and known spellings included) with two private-use characters, which cannot
// occur in the record's text; the page turns them into <mark> without ever rendering HTML.
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

/** A marked part may say why it matched when the query was widened to it (lib/search/mark-why.ts). */
export type Highlighted = { text: string; match: boolean; why?: "spelling" | "synonym" | "script" | "joined"; from?: string }[];

/** "a \uE000b\uE001 c" → [{a }, {b, match}, { c}] */
export function splitHighlight(marked: string): Highlighted {
  const parts: Highlighted = [];
  for (const [i, chunk] of marked.split(MATCH_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const end = chunk.indexOf(MATCH_END);
    if (end === -1) {
      parts.push({ text: chunk, match: false });
      continue;
    }
    if (end > 0) parts.push({ text: chunk.slice(0, end), match: true });
    if (end + 1 < chunk.length) parts.push({ text: chunk.slice(end + 1), match: false });
  }
  return parts;
}
