// Numbers written as words ("twenty-year", "fifty five", "ninety percent", "двадцать", "بیست و پنج"),
// for the query side of search (plan.ts): the record writes numbers in digits ("20-year treaty",
// "55 bcm", "90 percent"), so a run of number words is also asked for as its digits. Pure: no
// database, unit-tested in numbers.test.ts.

/** Words for 0–19, in English, Russian (nominative) and Persian. */
const UNITS: Record<string, number> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
  одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16,
  семнадцать: 17, восемнадцать: 18, девятнадцать: 19,
  یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10,
  یازده: 11, دوازده: 12, سیزده: 13, چهارده: 14, پانزده: 15, شانزده: 16, هفده: 17, هجده: 18, نوزده: 19,
};
/** Words for the tens. */
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60, семьдесят: 70, восемьдесят: 80, девяносто: 90,
  بیست: 20, سی: 30, چهل: 40, پنجاه: 50, شصت: 60, هفتاد: 70, هشتاد: 80, نود: 90,
};
/** Words for a hundred. */
const HUNDRED = new Set(["hundred", "сто", "صد"]);
/** "one" counts only before "hundred": alone it is mostly a pronoun ("one of the countries"). */
const ONE = new Set(["one", "a"]);
/** What may stand between the parts of a number: "a hundred and fifty", "بیست و پنج". */
const AND = new Set(["and", "و"]);

export type NumberRun = { start: number; length: number; value: string };

/** The tens and units at `i` ("fifty five", "twenty", "بیست و پنج"): value and words read, or null. */
function belowHundred(words: (string | null)[], i: number): { value: number; length: number } | null {
  const w = words[i];
  if (w == null) return null;
  if (w in TENS) {
    const tens = TENS[w];
    const gap = words[i + 1] != null && AND.has(words[i + 1]!) ? 1 : 0;
    const next = words[i + 1 + gap];
    if (next != null && next in UNITS && UNITS[next] >= 1 && UNITS[next] <= 9) return { value: tens + UNITS[next], length: 2 + gap };
    return { value: tens, length: 1 };
  }
  if (w in UNITS) return { value: UNITS[w], length: 1 };
  return null;
}

/**
 * The runs of number words in a query's words (null where a clause is no plain word), each with
 * its value in digits. Reads units, teens and tens ("twenty", "fifty five"), and hundreds ("one
 * hundred and fifty", "two hundred"), in English, Russian and Persian.
 */
export function numberRuns(words: (string | null)[]): NumberRun[] {
  const runs: NumberRun[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    // "one hundred", "a hundred", "two hundred": a hundreds part, then maybe "and" and tens and units.
    const head = w != null && ONE.has(w) ? { value: 1, length: 1 } : belowHundred(words, i);
    const hundred = head && head.length === 1 && words[i + 1] != null && HUNDRED.has(words[i + 1]!);
    if (head && (hundred || !ONE.has(w!))) {
      let value = head.value;
      let length = head.length;
      if (hundred) {
        value *= 100;
        length = 2;
        const gap = words[i + length] != null && AND.has(words[i + length]!) ? 1 : 0;
        const rest = belowHundred(words, i + length + gap);
        if (rest) {
          value += rest.value;
          length += gap + rest.length;
        }
      }
      runs.push({ start: i, length, value: String(value) });
      i += length;
      continue;
    }
    if (w != null && HUNDRED.has(w)) {
      runs.push({ start: i, length: 1, value: "100" });
    }
    i++;
  }
  return runs;
}
