// Latin letters for names and words typed in Cyrillic or Persian script, so that "Цивилёв" meets
// "Tsivilyov" and "پزشکیان" meets "Pezeshkian". The `transliteration` package does the general case
// (any script); Russian and Persian get their own tables because the package writes ц as "c" and
// leaves Persian as bare consonant clusters, far from how TASS, IRNA or a wire spells them. The
// same tables are in SQL (public.record_latin, migration *_search_vocabulary), which keeps the
// vocabulary's Latin forms; transliterate.test.ts checks both agree.
import { transliterate } from "transliteration";

export type Script = "latin" | "cyrillic" | "persian" | "other";

const CYRILLIC = /[\u0400-\u052F]/u;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** The script a word is written in (its first non-Latin letter decides). */
export function scriptOf(text: string): Script {
  if (CYRILLIC.test(text)) return "cyrillic";
  if (ARABIC.test(text)) return "persian";
  return /^[\p{Script=Latin}\p{N}\s\p{P}\p{S}]*$/u.test(text) ? "latin" : "other";
}

// Russian, BGN/PCGN-like: the spelling English-language wires use (Tsivilyov, Ryabkov, Yushkov).
const RUSSIAN_MULTI: [string, string][] = [
  ["щ", "shch"], ["ж", "zh"], ["х", "kh"], ["ц", "ts"], ["ч", "ch"], ["ш", "sh"], ["ю", "yu"], ["я", "ya"], ["ё", "yo"],
];
const RUSSIAN_SINGLE: Record<string, string> = Object.fromEntries(
  [..."абвгдезийклмнопрстуфыэі"].map((c, i) => [c, "abvgdeziyklmnoprstufyei"[i]]),
);
// Persian: consonants as written, و as u and ی as i (mostly vowels inside names), ع and ء dropped.
const PERSIAN_MULTI: [string, string][] = [["ش", "sh"], ["چ", "ch"], ["خ", "kh"], ["ژ", "zh"], ["غ", "gh"], ["ای", "i"], ["آ", "a"]];
const PERSIAN_SINGLE: Record<string, string> = Object.fromEntries(
  [..."ابپتثجحدذرزسصضطظفقکگلمنوهیئؤ"].map((c, i) => [c, "abptsjhdzrzssztzfqkglmnuhiyu"[i]]),
);
const DROPPED = new Set(["ع", "ء", "ъ", "ь"]);

/** Lowercase, accents off, Arabic letter forms as Persian ones: the JavaScript twin of public.record_fold. */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[يكۀةىأإٱ]/g, (c) => "یکههیااا"["يكۀةىأإٱ".indexOf(c)])
    .toLowerCase()
    .replace(/ё/g, "е")
    .normalize("NFD")
    .replace(/(?<=[\p{Script=Latin}])\p{M}+/gu, "")
    .normalize("NFC");
}

/** The table-driven Latin form of folded Cyrillic or Persian text (public.record_latin). */
export function tableLatin(folded: string): string {
  let out = folded;
  for (const [from, to] of [...RUSSIAN_MULTI, ...PERSIAN_MULTI]) out = out.split(from).join(to);
  return [...out].map((c) => (DROPPED.has(c) ? "" : RUSSIAN_SINGLE[c] ?? PERSIAN_SINGLE[c] ?? c)).join("");
}

/**
 * Latin spellings to try for a word or name in any script: the table's for Russian and Persian,
 * and the `transliteration` package's for every script (its reading differs for some letters,
 * and it covers scripts the tables do not). Latin input comes back folded, alone.
 */
export function latinForms(text: string): string[] {
  const folded = fold(text);
  if (scriptOf(folded) === "latin") return [folded];
  const forms = new Set<string>();
  if (scriptOf(folded) !== "other") forms.add(tableLatin(folded));
  forms.add(fold(transliterate(folded)));
  return [...forms].filter((f) => /\p{L}/u.test(f));
}
