import { transliterate } from "transliteration";

/** A place's permalink from its name, in any script: "Saint Petersburg" → saint-petersburg, "Бушер" → busher. */
export function placeSlug(name: string): string {
  const latin = transliterate(name.normalize("NFKC"));
  const slug = latin
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "place";
}
