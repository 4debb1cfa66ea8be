// When a fact the text does not date itself happened, from the facts told before it: the occasion it
// is tied to ("told reporters after the talks with Lavrov"), a day counted from one ("the following
// day", "on the eve of the visit"), or the meeting its speaker took part in. Each answer is a date the
// text gives, or counts from one, with the fact it came from.
import type { ActorMention } from "./actors";
import type { FactDate } from "./dates";
import { MERGE_WINDOW, type Draft } from "./drafts";
import { FAMILY_OF_NOUN, unquoted } from "./kinds";
import { occasionOf, pairOccasion, type Occasion } from "./occasions";

export type ToldDate = { date: FactDate; cue: string };

/** The dating rules over `drafts`, the facts told so far (read as they grow); `released`: the occasion a release's title names. */
export function toldBefore(drafts: Draft[], released: Occasion | null) {
  const tookPart = (o: Draft, m: ActorMention) => m.kind === "person" && o.mentions.some((x) => x.name === m.name);
  const occasionDay = (clause: string, speaker?: ActorMention): ToldDate | null => {
    const occasion = occasionOf(clause) ?? pairOccasion(clause) ?? released;
    if (!occasion) return null;
    // The nearest fact of the occasion's own family first ("after the talks": the talks, not the arrival the day before);
    // its date as the text gave it ("At that meeting" in December 2024: that month), none when the text gave none.
    const recent = drafts.slice(-MERGE_WINDOW).reverse().filter((o) => o.kind !== "statement" && o.explicitDate && o.date.start);
    // "after the talks with Lavrov": the talks Lavrov took part in, not the meeting with his deputy the
    // day before; failing a name, the occasion the speaker took part in.
    const withWhom = occasion.index >= 0 ? /^\s+with\s+(?:his |her |their |the )?(?:[\p{Ll}-]+\s+){0,3}?([\p{Lu}][\p{L}-]+)/u.exec(clause.slice(occasion.index + occasion.text.length)) : null;
    const pick = (ok: (o: Draft) => boolean) => occasion.families.map((f) => recent.find((o) => (f === "*" || o.family === f) && ok(o))).find((o) => o !== undefined);
    // ("Slutsky, chairman of the Duma Committee, said during the debate": the State Duma's vote, not the Federation Council's.)
    const named = new Set(unquoted(clause).match(/\b[A-Z][a-z]{3,}\b/g) ?? []);
    const sameBody = (o: Draft) => o.mentions.some((m) => m.kind === "organisation" && m.name.split(/\s+/).some((w) => named.has(w) && w !== "State"));
    const told =
      (withWhom ? pick((o) => o.mentions.some((m) => m.name.split(/\s+/).includes(withWhom[1]))) : speaker ? pick((o) => tookPart(o, speaker)) : undefined) ?? pick(sameBody) ?? pick(() => true);
    if (!told) return null;
    // A meeting over two days: its closing session is the last, its opening the first; otherwise the whole span.
    const date = told.date.end && /clos|final/.test(occasion.word) ? { ...told.date, start: told.date.end, end: null } : told.date.end && /open/.test(occasion.word) ? { ...told.date, end: null } : told.date;
    return { date, cue: `at the ${occasion.word}${occasion === released ? " the release is about" : ""} told before (“${told.clauses[0].slice(0, 60)}…”): its date` };
  };
  /**
   * "On the eve of the visit", "The following day", "two days later": a day counted from the fact
   * told last on a day the text gives (for "the eve of the visit", the visit).
   */
  const relativeDay = (clause: string): ToldDate | null => {
    // (Not "three days after the call": that counts from another fact, named there.)
    const m = /\b(?:on )?(?:(the eve of the (\w+))|the (?:following|next) day|the day (?:after|before)(?=\s*[,.;])|(a|one|two|three|four|five) days? (later|earlier)\b)/i.exec(unquoted(clause));
    if (!m) return null;
    const days = drafts.slice(-MERGE_WINDOW).filter((o) => o.explicitDate && o.date.precision === "day" && !o.date.end);
    const noun = m[2]?.toLowerCase();
    // (From a fact, not from a remark about it: "On the eve of the visit, Peskov said …. The following day" is the day after the visit.)
    const base = noun ? days.findLast((o) => o.family === FAMILY_OF_NOUN[noun] || o.clauses.some((c) => c.toLowerCase().includes(noun))) : days.findLast((o) => o.kind !== "statement");
    if (!base) return null;
    const n = m[3] ? (["a", "one", "two", "three", "four", "five"].indexOf(m[3].toLowerCase()) || 1) : 1;
    const back = m[1] || /before|earlier/i.test(m[0]);
    const day = new Date(`${base.date.start}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + (back ? -n : n));
    return { date: { start: day.toISOString().slice(0, 10), end: null, precision: "day" }, cue: `“${m[0].trim()}”: counted from the day told before (“${base.clauses[0].slice(0, 60)}…”)` };
  };
  /**
   * The meeting or visit on a day the text gives that the speaker (or whom they spoke to) took part
   * in, when no fact told since is of a later day: after a visit's arrival on Monday and a signing on
   * Tuesday, an undated remark could be of either (a fact of days before is background).
   */
  const participantOccasion = (speaker: ActorMention, mentions: ActorMention[]): ToldDate | null => {
    const days = drafts.slice(-MERGE_WINDOW).filter((o) => o.kind !== "statement" && o.explicitDate && o.date.precision === "day");
    const at = days.findLastIndex((o) => (o.family === "meeting" || o.family === "visit") && [speaker, ...mentions].some((m) => tookPart(o, m)));
    // (A meeting over days keeps its span: "on 9–10 August"; what was done within it is part of it.)
    if (at < 0 || days.slice(at + 1).some((o) => o.date.start! > (days[at].date.end ?? days[at].date.start!))) return null;
    const occasion = days[at];
    return { date: occasion.date, cue: `said by someone at the ${occasion.family} told before (“${occasion.clauses[0].slice(0, 60)}…”), with no time of its own: its day` };
  };
  return { occasionDay, relativeDay, participantOccasion };
}
