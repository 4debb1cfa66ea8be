// Who an article names: states and organisations from the lexicon in states.ts (demonyms and
// capitals included), and people from capitalised names with a title before them ("Energy
// Minister Sergey Tsivilyov", "energy analyst Igor Yushkov") or a speech verb after them ("Jalali
// said"). A surname alone is the person the article named in full before. Matching these names
// to the record's actors happens later, through the record's name matcher (lib/extract/resolve.ts).
import { NOT_NAMES, ORGANISATIONS, STATES, type KnownActor } from "./states";

export type ActorKind = "person" | "organisation" | "state";
export type ActorMention = {
  /** The fullest form of the name the article gives ("Sergey Tsivilyov" for "Minister Tsivilyov"). */
  name: string;
  /** The words in the sentence. */
  text: string;
  kind: ActorKind;
  country: string | null;
  title: string | null;
  /** Position in the sentence. */
  index: number;
  /** A capitalised name with no title or speech verb: proposed only when the record knows it. */
  weak: boolean;
  cue: string;
};

/** What the article has named so far: surnames and short forms to full names. */
export type ArticlePeople = Map<string, { name: string; title: string | null; country: string | null }>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type LexiconWord = { word: string; actor: KnownActor };
const LEXICON: LexiconWord[] = [...STATES, ...ORGANISATIONS]
  .flatMap((actor) => actor.words.map((word) => ({ word, actor })))
  .sort((a, b) => b.word.length - a.word.length);
const LEXICON_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEXICON.map((w) => escape(w.word)).join("|")})(?:[’']s)?(?![\\p{L}\\p{N}])`, "gu");
const BY_WORD = new Map(LEXICON.map((w) => [w.word, w.actor]));

/** Title words inside a capitalised run ("Deputy Foreign Minister"), stripped off the name. */
const TITLE_TOKENS = new Set(
  (
    "President Vice Prime Minister Ministers Deputy Foreign Energy Oil Defense Defence Economy Finance Trade Interior Agriculture Transport Roads Industry Petroleum Nuclear Atomic Economic Affairs Ambassador Secretary Chief General Gen. Admiral Adm. Commander Ayatollah Supreme Leader Speaker Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Director Chairman Governor Senator Sen. King Crown Prince Sheikh Emir Head CEO Spokesman Spokeswoman Envoy Special Former Acting State Colonel Col. Lieutenant Major Captain Professor Prof. Pentagon Sir Lord Deputy-Foreign Parliament Parliamentary Executive Officer Managing Rear Navy Commander-in-Chief Representative Spokesperson" +
      // Portfolios in a title ("Minister of Economic Development Maxim Reshetnikov", "Minister of Roads and Urban Development").
      " Development Urban Justice Health Education Culture Labour Labor Communications Digital Emergency Situations Natural Resources Science Tourism Construction Housing Welfare Investment Innovation Telecommunications Environment Infrastructure"
  ).split(" "),
);
/** Lower-case title words before a name ("Pentagon chief Lloyd Austin", "energy analyst Igor Yushkov"). */
const TITLE_BEFORE = /\b(?:chief|counterpart|analyst|expert|spokes(?:man|woman|person)|envoy|official|adviser|advisor|minister|ambassador|president|director|head|chairman|commander|economist|researcher|scholar|lawmaker|diplomat|negotiator|leader|premier|secretary)(?:\s+(?:to|of|for)\s+(?:the\s+)?[A-Z][\p{L}.’']+(?:\s+[A-Z][\p{L}]+)?)?,?\s*$/u;
const ORG_SUFFIX = /\b(?:Ministry|Center|Centre|Holding|Railways|Lines|Company|Bank|Council|Agency|Organi[sz]ation|Corps|Party|Union|Group|Corporation|Committee|Forces|Navy|Army|Institute|University|Fund|Guard|Parliament|Assembly|Office|Department|Commission|Authority|News|Times|Post|Service|Exchange|Association|Federation)$/;
export const SPEECH_VERB = /^(?:[’']s\s+\w+\s+)?,?\s*(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+|reportedly\s+)?(?:said|says|say|stated|told|tells|added|adds|noted|notes|warned|warns|stressed|emphasi[sz]ed|underlined|underscored|announced|declared|claimed|described|describes|called|termed|observed|argued|insisted|urged|accused|threatened|vowed|pledged|promised|denied|confirmed|echoed|remarked|explained|reaffirmed|reiterated|thanked|condemned|welcomed|critici[sz]ed|acknowledged|admitted|spoke|speaking|wrote|tweeted|expressed (?:his |her |their |its )?(?:gratitude|thanks|concern|hope|support|satisfaction|confidence|readiness|appreciation|condolences))\b/;

/** Capitalised words that start sentences or headings but are no names. */
const STARTERS = new Set(
  "The A An In On At As By For From Of To With Without This That These Those It Its Their His Her He She They We You I Our Your But And Or Yet So Both Under Beyond More Most Earlier Later Recent Recently Furthermore Moreover However Meanwhile Overall Also During Despite Although While When Where Which Who Whose After Before Since Until Through Many Several Some Such Each Every Other Another Once Now Today Yesterday Tomorrow Last Next New Former Current Observers Analysts Officials Sources Reports According Table Hey Let Think So Predicting One Two Three First Second Third Within Amid Among Across Against Towards Toward Beside Besides Between Than Then There Here If Whether Because Though Even Only Just Not No Yes Over Above Below Around About Tensions Economic Military Strategic Regional Global Growing Increased Trade Energy Defense Defence Nuclear High-Level Joint Transport Broader Middle Western Eastern Northern Southern Iranian Russian In summary".split(
    " ",
  ),
);
const MONTHS_DAYS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const NAME_RUN = /(?:[A-Z][\p{L}’'\-]*\.?|al-[A-Z][\p{L}]+)(?:\s+(?:[A-Z][\p{L}’'\-]*\.?|al-[A-Z][\p{L}]+|(?:bin|ibn|de|van|von|da)(?=\s+[A-Z])))*/gu;
/** "Western-dominated", "Mi-": hyphenated words are names only when every part is capitalised. */
const badToken = (t: string) => /-$/.test(t) || /-[a-z]/.test(t) || /\d/.test(t);

function knownMention(actor: KnownActor, text: string, index: number, sentence: string): ActorMention | null {
  // "Pentagon chief", "Kremlin spokesman": a title, not the actor.
  if (/^\s+(chief|spokes\w+|official)/.test(sentence.slice(index + text.length)) && actor.kind === "organisation") return null;
  const demonym = /(ian|ese|ish|ean|an|i)s?$/.test(text) && !actor.words.slice(0, 1).includes(text) && text !== actor.name;
  return {
    name: actor.name,
    text,
    kind: actor.kind,
    country: actor.country,
    title: null,
    index,
    weak: false,
    cue: demonym ? `“${text}” names ${actor.name}` : actor.capital && text === actor.capital ? `the capital “${text}” stands for ${actor.name}` : `“${text}” is ${actor.name} in the lexicon`,
  };
}

export function findActorMentions(sentence: string, people: ArticlePeople): ActorMention[] {
  const mentions: ActorMention[] = [];
  // Lexicon words are masked out before looking for names, built in one pass (long texts have thousands).
  const parts: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(LEXICON_RE)) {
    const word = m[0].replace(/[’']s$/, "");
    const actor = BY_WORD.get(word);
    if (!actor) continue;
    const mention = knownMention(actor, word, m.index, sentence);
    if (mention) mentions.push(mention);
    parts.push(sentence.slice(from, m.index), "x".repeat(m[0].length));
    from = m.index + m[0].length;
  }
  parts.push(sentence.slice(from));
  const masked = parts.join("");
  for (const m of masked.matchAll(NAME_RUN)) {
    let tokens = m[0].split(/\s+/).map((t) => t.replace(/[’']s$/, ""));
    const cut = tokens.findIndex(badToken);
    if (cut >= 0) tokens = tokens.slice(0, cut);
    let offset = m.index;
    const titleTokens: string[] = [];
    // Drop a sentence-opening word, then title words ("Foreign Minister"), from the front.
    while (tokens.length && (STARTERS.has(tokens[0]) || TITLE_TOKENS.has(tokens[0]) || MONTHS_DAYS.test(tokens[0]))) {
      if (TITLE_TOKENS.has(tokens[0])) titleTokens.push(tokens[0]);
      offset += tokens[0].length + 1;
      tokens = tokens.slice(1);
    }
    // "Navy Commander Rear Admiral Shahram Irani", "Gazprom Chief Executive Alexei Miller": the name follows the last title word.
    const lastTitle = tokens.slice(0, -1).reduce((at, t, i) => (TITLE_TOKENS.has(t) ? i : at), -1);
    if (lastTitle >= 0) {
      for (const t of tokens.slice(0, lastTitle + 1)) {
        if (TITLE_TOKENS.has(t)) titleTokens.push(t);
        offset += t.length + 1;
      }
      tokens = tokens.slice(lastTitle + 1);
    }
    if (!tokens.length) continue;
    // A name ends before a trailing possessive or a stray initial.
    const name = tokens.join(" ").replace(/[’']s$/, "").replace(/\.$/, "");
    if (name.length < 2 || NOT_NAMES.has(name.toLowerCase()) || MONTHS_DAYS.test(name) || /^[A-Z]{2,}$/.test(name) && name.length < 3) continue;
    if (tokens.some((t) => NOT_NAMES.has(t.toLowerCase()) || MONTHS_DAYS.test(t))) continue;
    const before = sentence.slice(Math.max(0, offset - 60), offset);
    const after = sentence.slice(offset + name.length);
    const lowerTitle = TITLE_BEFORE.exec(before)?.[0]?.trim() ?? null;
    const title = [lowerTitle && !titleTokens.length ? lowerTitle.replace(/,$/, "") : null, titleTokens.join(" ") || null].filter(Boolean).join(" ") || null;
    const speaks = SPEECH_VERB.test(after);
    if (ORG_SUFFIX.test(name)) {
      const org = organisationName(sentence, offset, offset + name.length);
      // "State Atomic Energy Corporation Rosatom": a description of the known organisation named right after it.
      if (mentions.some((x) => x.kind === "organisation" && x.index > org.start && x.index <= org.end + 1 && BY_WORD.has(x.text))) continue;
      // The states inside its name ("… Organization of Iran") are part of the name, not actors of their own.
      for (let i = mentions.length - 1; i >= 0; i--) if ((mentions[i].kind === "state" || mentions[i].weak) && mentions[i].index >= org.start && mentions[i].index < org.end) mentions.splice(i, 1);
      mentions.push({ name: org.name, text: org.name, kind: "organisation", country: null, title: null, index: org.start, weak: false, cue: `“${org.name}” ends like an organisation's name` });
      continue;
    }
    // "NIGC", "IRISL": an acronym is an organisation; in brackets after a name it is that name's short form.
    if (/^[A-Z]{3,6}$/.test(name)) {
      if (/\(\s*$/.test(sentence.slice(0, offset)) && mentions.some((x) => x.kind === "organisation" && x.index < offset)) continue;
      mentions.push({ name, text: name, kind: "organisation", country: null, title: null, index: offset, weak: true, cue: `“${name}”, an acronym` });
      continue;
    }
    // "the Duma Committee on International Affairs": the rest of a body's name, not a person.
    if (!title && /\b(?:Committee|Commission|Council|Ministry|Department|Institute|Centre|Center|Agency|Office|Directorate)\s+(?:on|of|for)\s+(?:the\s+)?$/.test(before)) continue;
    // "the Caspian states", "the Bushehr plant": a word after "the" names a thing or a place, not a person.
    if (!title && /\bthe\s+$/i.test(before) && !people.has(name)) continue;
    const single = tokens.length === 1;
    const known = people.get(single ? name : tokens[tokens.length - 1]) ?? people.get(name);
    if (single) {
      if (known) {
        mentions.push({ name: known.name, text: name, kind: "person", country: known.country, title: known.title, index: offset, weak: false, cue: `“${name}” is ${known.name}, named earlier in the article` });
      } else if (title || speaks) {
        people.set(name, { name, title, country: null });
        mentions.push({ name, text: name, kind: "person", country: null, title, index: offset, weak: false, cue: title ? `a title (“${title}”) before “${name}”` : `“${name}” is followed by a speech verb` });
      } else {
        mentions.push({ name, text: name, kind: "person", country: null, title: null, index: offset, weak: true, cue: `a capitalised name, “${name}”` });
      }
      continue;
    }
    if (tokens.length > 4) continue;
    const strong = !!title || speaks;
    const country = countryOfTitle(before);
    const full = known && known.name.split(" ").length > tokens.length ? known.name : name;
    if (strong || !people.has(tokens[tokens.length - 1])) {
      people.set(tokens[tokens.length - 1], { name: full, title, country });
      people.set(full, { name: full, title, country });
    }
    mentions.push({
      name: full,
      text: name,
      kind: "person",
      country,
      title,
      index: offset,
      weak: !strong,
      cue: title ? `a title (“${title}”) before “${name}”` : speaks ? `“${name}” is followed by a speech verb` : `a capitalised name, “${name}”`,
    });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/** Words that may open an organisation's name though they open sentences too ("Iranian Space Agency", "National Iranian Gas Company"). */
const ORG_OPENERS = /^(?:Iranian|Russian|Islamic|National|State|Federal|Central|International|Joint|Atomic|Energy|Trade|Economic|Nuclear|Military|Strategic|Transport|Defence|Defense|Foreign|Interior|Agriculture|Petroleum|Oil|Roads|Industry|Navy|Supreme|High)$/;

/**
 * An organisation's whole name around the words a name run found: capitalised words before it
 * (including a demonym, "Iranian Space Agency") and an "of …" after it ("Atomic Energy
 * Organization of Iran", "Ministry of Agriculture").
 */
function organisationName(sentence: string, start: number, end: number): { name: string; start: number; end: number } {
  let from = start;
  for (;;) {
    const prev = /([A-Z][\p{L}’'-]*)\s+$/u.exec(sentence.slice(Math.max(0, from - 40), from));
    if (!prev || /[’']s$/.test(prev[1]) || (STARTERS.has(prev[1]) && !ORG_OPENERS.test(prev[1])) || (!ORG_OPENERS.test(prev[1]) && !TITLE_TOKENS.has(prev[1]) && !BY_WORD.has(prev[1]) && !/^[A-Z][a-z]+$/.test(prev[1]))) break;
    const at = from - prev[0].length;
    // A sentence's first word is a name's only when it could open one.
    if ((at === 0 || /[.!?:]\s*$/.test(sentence.slice(0, at))) && !ORG_OPENERS.test(prev[1])) break;
    from = at;
  }
  const of = /^\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}’'-]*)(?:\s+(?:and\s+)?[A-Z][\p{L}’'-]*){0,3}/u.exec(sentence.slice(end));
  const to = end + (of ? of[0].length : 0);
  return { name: sentence.slice(from, to).replace(/^the\s+/i, "").trim(), start: from, end: to };
}

/** "Iranian Foreign Minister": the country a person's title names. */
function countryOfTitle(before: string): string | null {
  const tail = before.slice(-40);
  for (const state of STATES) if (state.words.some((w) => new RegExp(`(?<![\\p{L}])${escape(w)}(?:[’']s)?\\s+[\\p{L} ]*$`, "u").test(tail))) return state.country;
  return null;
}

/** A guess at the kind of an actor the record lacks, from how the article names it. */
export function guessKind(mention: Pick<ActorMention, "kind">): ActorKind {
  return mention.kind;
}
