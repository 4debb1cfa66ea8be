/** A permalink from a title: lowercase ASCII words joined by hyphens, at most 80 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  // Editor pages live at /entries/new and /entries/deleted: an entry may not take those names.
  if (RESERVED.has(slug)) return `${slug}-entry`;
  return slug || "entry";
}

const RESERVED = new Set(["new", "deleted", "edit", "history"]);
