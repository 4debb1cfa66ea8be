// Which way a quote reads: Persian (or other Arabic-script) text right to left, with its language,
// so browsers and screen readers render and pronounce it right.
import { scriptOf } from "./transliterate";

const RTL_LANGUAGES = new Set(["fa", "ar", "ur", "ps", "he"]);

/** dir and lang attributes for a quoted text; `language` is the recorded ISO 639-1 code, if any. */
export function textDirection(text: string, language?: string | null): { dir?: "rtl" | "ltr"; lang?: string } {
  const persianScript = scriptOf(text) === "persian";
  const code = language?.toLowerCase() ?? null;
  if (persianScript || (code && RTL_LANGUAGES.has(code) && !/^[\p{Script=Latin}\p{N}\s\p{P}\p{S}]*$/u.test(text))) {
    return { dir: "rtl", lang: code && RTL_LANGUAGES.has(code) ? code : "fa" };
  }
  if (scriptOf(text) === "cyrillic") return { lang: code ?? "ru" };
  return code ? { lang: code } : {};
}
