// Permalinks made from titles: "Tsivilyov visits Tehran" → "tsivilyov-visits-tehran".
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents off: "Tsivilëv" → "tsivilev"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  // A title in another script leaves no Latin letters: fall back to a word the URL can carry.
  return slug || "entry";
}

/** Lower case, accents and punctuation off, spaces collapsed: the key two titles are "the same" by. */
export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
