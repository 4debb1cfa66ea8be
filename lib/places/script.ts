// Which script a spelling is written in, from its letters: a place keeps its Latin, Cyrillic and
// Persian spellings apart so that pages can mark them (lang/dir) and editors can see what is missing.
export const PLACE_SCRIPTS = ["latin", "cyrillic", "persian"] as const;
export type PlaceScript = (typeof PLACE_SCRIPTS)[number];

export function scriptOf(name: string): PlaceScript {
  if (/\p{Script=Cyrillic}/u.test(name)) return "cyrillic";
  if (/\p{Script=Arabic}/u.test(name)) return "persian";
  return "latin";
}

/** The lang and dir attributes a spelling is shown with. */
export function scriptAttributes(script: PlaceScript): { lang: string; dir?: "rtl" } {
  if (script === "cyrillic") return { lang: "ru" };
  if (script === "persian") return { lang: "fa", dir: "rtl" };
  return { lang: "en" };
}
