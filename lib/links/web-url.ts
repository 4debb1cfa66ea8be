// A source's address is a link only when it is a web address. Anything else (javascript:, data:,
// file:, a typo) is shown as text: pages, the Atom feed, exports and the API all ask here, so a
// link that slipped past the database constraint still never becomes a live href.

/** The address itself when it is http(s), else null. */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const text = url.trim();
  // Browsers strip control characters and whitespace inside a scheme ("java\tscript:"): judge what
  // a browser would run, not what the string looks like.
  if (/[\u0000-\u0020\u007f]/.test(text)) return null;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? text : null;
}

/** The PostgreSQL pattern of the same rule, for the CHECK constraint (see the link-safety migration). */
export const WEB_URL_PATTERN = "^https?://[^[:space:][:cntrl:]]+$";
