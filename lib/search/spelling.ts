// Spellings of one word that the English stemmer keeps apart, for the query side of search (plan.ts,
// widen.ts). Pure: no database, unit-tested in spelling.test.ts.
//
// - British and American spellings: "defence" and "defense" stem to 'defenc' and 'defens',
//   "destabilise" and "destabilize" to 'destabilis' and 'destabil', and the record's own texts mix
//   them (one summary says "air defence", its quote "air defense"). Each form of a word is asked for
//   only when some entry holds it, so a rule that makes a non-word costs nothing.
// - Latin transliterations in the French and German manner ("Bouchehr", "Iouchkov", "Rjabkow",
//   "Laridschani"): written the English way ("Bushehr", "Yushkov", "Ryabkov", "Larijani"), so that the
//   vocabulary's trigram and consonant-key lookups compare like with like.

/** Word endings that differ between British and American spelling, both ways. */
const ENDINGS: [RegExp, string][] = [
  // -isation / -ization, -ise / -ize and their inflections (organisation, destabilising, recognised)
  [/isation(s?)$/, "ization$1"],
  [/ization(s?)$/, "isation$1"],
  [/(?<=..[^aeiouws])is(e|es|ed|ing|er|ers)$/, "iz$1"],
  [/(?<=..[^aeiouws])iz(e|es|ed|ing|er|ers)$/, "is$1"],
  // -yse / -yze (analyse, paralysed)
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/yz(e|es|ed|ing)$/, "ys$1"],
  // -ence / -ense (defence, offence, licence, pretence)
  [/(?<=(?:def|off|lic|pret))enc(e|es)$/, "ens$1"],
  [/(?<=(?:def|off|lic|pret))ens(e|es)$/, "enc$1"],
  // -tre / -ter (metre, centre, litre, theatre, fibre, calibre, spectre)
  [/(?<=(?:me|cen|li|thea|fib|calib|spec|sombre))tre(s?)$/, "ter$1"],
  [/(?<=(?:me|cen|li|thea|fib|calib|spec))ter(s?)$/, "tre$1"],
  [/(?<=kilo|milli|centi)metre(s?)$/, "meter$1"],
  [/(?<=kilo|milli|centi)meter(s?)$/, "metre$1"],
  // -ogue / -og (dialogue, catalogue, analogue)
  [/(?<=(?:dial|catal|anal|prol|epil))ogue(s?)$/, "og$1"],
  [/(?<=(?:dial|catal|anal|prol|epil))og(s?)$/, "ogue$1"],
  // doubled l before a suffix (travelled, cancelled, fuelled, labelled, modelling)
  [/(?<=[aeiou])ll(ed|ing|er|ers)$/, "l$1"],
  [/(?<=[^l][aeiou])l(ed|ing)$/, "ll$1"],
  // programme, manoeuvre
  [/^programme(s?)$/, "program$1"],
  [/^program(s?)$/, "programme$1"],
];

/** Stems that take -our in British spelling and -or in American (labour, harbour, neighbour). */
const OUR_STEMS = /^(labo|harbo|favo|hono|neighbo|colo|behavio|vapo|rumo|endeavo|armo|humo|valo|savio|odo|parlo|flavo|rigo|vigo|tumo|cando|ardo|splendo)(u?)r(s|ed|ing|able|ably|ite|ites|ful|less|ers?|hood)?$/;

const OTHER_PAIRS: [RegExp, (m: RegExpMatchArray) => string][] = [
  // manoeuvre(s), manoeuvred, manoeuvring ↔ maneuver(s), maneuvered, maneuvering
  [/^manoeuvr(e|es|ed|ing)$/, (m) => `maneuver${{ e: "", es: "s", ed: "ed", ing: "ing" }[m[1]]}`],
  [/^maneuver(s|ed|ing)?$/, (m) => `manoeuvr${{ "": "e", s: "es", ed: "ed", ing: "ing" }[m[1] ?? ""]}`],
  [/^grey$/, () => "gray"],
  [/^gray$/, () => "grey"],
  [/^aluminium$/, () => "aluminum"],
  [/^aluminum$/, () => "aluminium"],
];

/**
 * The other spellings (British ↔ American) of a lowercase Latin word, not including the word
 * itself; empty when it has none. Some are not words at all ("rise" gives "rize"): the caller asks
 * for a spelling only when some entry holds it.
 */
export function spellingVariants(word: string): string[] {
  // An acronym's plural typed in lowercase ("bcms", "npps"): the English stemmer keeps the s of a
  // word without vowels, so the acronym is asked for too (in capitals, the parser reads it so).
  if (/^[b-df-hj-np-tv-xz]{2,}s$/.test(word)) return [word.slice(0, -1)];
  if (!/^[a-z]{4,}$/.test(word)) return [];
  const out = new Set<string>();
  for (const [pattern, replacement] of ENDINGS) if (pattern.test(word)) out.add(word.replace(pattern, replacement));
  const our = word.match(OUR_STEMS);
  if (our) out.add(`${our[1]}${our[2] ? "" : "u"}r${our[3] ?? ""}`);
  for (const [pattern, replace] of OTHER_PAIRS) {
    const m = word.match(pattern);
    if (m) out.add(replace(m));
  }
  out.delete(word);
  return [...out];
}

/**
 * A Latin word as an English-language wire would spell it when it was written in the French or
 * German manner: ou → u, (t)ch → sh/ch, sch → sh, dsch/dj → j, j → y (German), w → v, and an
 * initial i before a vowel → y. Returns the word unchanged when no rule applies. Only for
 * comparing spellings: "Bouchehr" → "bushehr", "Iouchkov" → "yushkov", "Rjabkow" → "ryabkov".
 */
export function englishStyleLatin(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  let w = word;
  // German first: its digraphs contain letters the French rules read otherwise.
  w = w.replace(/dsch/g, "\u0001").replace(/tsch/g, "\u0002").replace(/sch/g, "sh");
  // French: dj is j, tch is ch, and the remaining ch is sh.
  w = w.replace(/dj/g, "\u0001").replace(/tch/g, "\u0002");
  w = w.replace(/(?<![sck])ch/g, "sh");
  // German j (a y sound) once the j of dj and dsch is set aside; French and German w as v.
  w = w.replace(/j/g, "y").replace(/w/g, "v");
  w = w.replace(/\u0001/g, "j").replace(/\u0002/g, "ch");
  // French ou is u; an initial i before a vowel is y (Iouchkov, Iakovlev).
  w = w.replace(/ou/g, "u").replace(/^i(?=[aeiou])/, "y");
  return w;
}
