// The extractor reads English. Text in Russian or Persian gets a notice (and the English sentences
// of a mixed text are still read) rather than nonsense proposals or a crash.

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

export function scriptShares(text: string) {
  const latin = count(text, /[A-Za-z]/g);
  const cyrillic = count(text, /[\u0400-\u04FF]/g);
  const arabic = count(text, /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g);
  const total = latin + cyrillic + arabic || 1;
  return { latin: latin / total, cyrillic: cyrillic / total, arabic: arabic / total };
}

export function languageNotice(text: string): { message: string; blocking: boolean; english: (sentence: string) => boolean } | null {
  const shares = scriptShares(text);
  if (shares.latin >= 0.8) return null;
  const other = shares.cyrillic >= shares.arabic ? "Russian (Cyrillic)" : "Persian or Arabic";
  const blocking = shares.latin < 0.2;
  return {
    blocking,
    message: blocking
      ? `The text is in ${other} script. The extractor reads English articles only: paste an English version, or log the entries by hand with the new-entry form.`
      : `Part of the text is in ${other} script: only its English sentences were read.`,
    // The report's own frame decides, not what it quotes: «…», — сказал Путин ("…," Putin said) is an English sentence quoting Russian.
    english: (sentence) => scriptShares(sentence.replace(/«[^»]*»/g, " ")).latin >= 0.5,
  };
}

/** A verbatim quote in Cyrillic or Persian script keeps its language: the record holds the original beside a translation. */
export function quoteLanguage(quote: string, verbatim: boolean): string {
  if (!verbatim) return "en";
  const shares = scriptShares(quote);
  return shares.cyrillic > 0.5 ? "ru" : shares.arabic > 0.5 ? "fa" : "en";
}
