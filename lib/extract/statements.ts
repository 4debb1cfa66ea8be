// Who said what: a speaker (an actor the article names) with a speech verb, and what they said,
// verbatim when the article puts it in quotation marks, reported speech otherwise.
import type { ActorMention } from "./actors";
import { anaphora, eventTrigger, tenseAt, unquoted, type Tense } from "./kinds";

export type StatementFind = { speaker: ActorMention; quote: string; verbatim: boolean; verbIndex: number; tense: Tense; rule: string };

const VERB =
  /\b(?:(?:was|were) quoted as saying|declined to comment|refused to comment|wrote|posted|said|says|stated|states|expects|believes|expressed (?:his |her |their |its )?(?:gratitude|thanks|concern|hope|support|satisfaction|confidence|readiness|appreciation|condolences)|told|tells|telling|added|noted|noting|warned|warning|warns|stressed|emphasi[sz]ed|underlined|underscored|declared|claimed|described|describes|termed|observed|argued|insisted|urged|accused|threatened|vowed|pledged|promised|denied|confirmed|echoed|remarked|explained|announced|reaffirmed|reiterated|thanked|condemned|welcomed|critici[sz]ed|acknowledged|admitted|called|sent a (?:threat|warning|message)|statements? (?:from|by)|remarks (?:from|by))\b/g;
const AS_SAID = /,?\s+as\s+(.{2,90}?)\s+(?:said|stated|observed|noted|put it|argued|explained|told \w+|wrote|warned|pointed out|has said|has noted)\s*[.!]?$/i;
const QUOTED = /[“"«]([^”"»]{2,400})[”"»]/g;

function cleanQuote(text: string): string {
  let q = text.trim().replace(/^(?:that|,|:)\s*/i, "").replace(/[,;:\s]+$/, "");
  if (!q) return q;
  q = q[0].toUpperCase() + q.slice(1);
  return /[.!?]$/.test(q) ? q : `${q}.`;
}

function verbatimOf(text: string): string | null {
  const spans = [...text.matchAll(QUOTED)].map((m) => m[1].trim().replace(/[,;:]$/, "")).filter((s) => s.split(/\s+/).length >= 1 && s.length >= 3);
  return spans.length ? spans.join(" … ") : null;
}

/** Whether a position in a clause falls inside quotation marks: a name there is what was said, not who said it. */
export function quoted(text: string, index: number): boolean {
  // The last quotation mark before the position opens a quotation: “, or " at the start or after a space or bracket.
  const marks = [...text.slice(0, index).matchAll(/[“”"«»]/g)];
  const last = marks[marks.length - 1];
  if (!last) return false;
  return last[0] === "“" || last[0] === "«" || (last[0] === '"' && (last.index === 0 || /[\s(\[—–-]/.test(text[last.index - 1])));
}

/** Prefer a person right before the verb, then any actor before it in the clause (never one named inside the quotation). */
function speakerBefore(mentions: ActorMention[], verbIndex: number, clause: string): ActorMention | null {
  const before = mentions.filter((m) => m.index < verbIndex && !m.weak && !quoted(clause, m.index));
  // "Araghchi conveyed greetings from President Pezeshkian and said …": a second verb of the clause's subject.
  // (A capitalised name opening the clause is its subject, even one the article has not titled.)
  const subject = mentions.find((m) => m.index < verbIndex && !quoted(clause, m.index));
  if (/\band\s+(?:also\s+)?$/.test(clause.slice(Math.max(0, verbIndex - 10), verbIndex)) && subject?.kind === "person" && (!subject.weak || subject.index === 0) && subject.index < 40) return subject;
  // "Leonid Slutsky, chairman of the Duma Committee on International Affairs, said": the name before the apposition.
  const apposed = mentions.find((m) => m.kind === "person" && m.index < verbIndex && !quoted(clause, m.index) && /^,\s+(?:the\s+)?[a-z][\p{L}\s’'-]{0,90}?,\s*(?:also\s+|later\s+)?$/u.test(clause.slice(m.index + m.text.length, verbIndex)));
  if (apposed) return apposed;
  const close = before.filter((m) => verbIndex - (m.index + m.text.length) <= 90);
  return close.filter((m) => m.kind === "person").pop() ?? close.filter((m) => !/^(?:Moscow|Tehran|Washington)$/.test(m.text) || true).pop() ?? null;
}

/**
 * A statement in a clause, or null. `lastSpeaker` lets "He described …" continue the previous
 * speaker's statement.
 */
export function findStatement(clause: string, mentions: ActorMention[], lastSpeaker: ActorMention | null): StatementFind | null {
  const as = AS_SAID.exec(clause);
  if (as) {
    const start = clause.length - as[0].length;
    const speaker = mentions.filter((m) => m.index >= start && !m.weak).sort((a, b) => (a.kind === "person" ? -1 : 1) - (b.kind === "person" ? -1 : 1))[0];
    if (speaker) {
      const said = clause.slice(0, start);
      const verbatim = verbatimOf(said);
      return { speaker, quote: verbatim ?? cleanQuote(said), verbatim: !!verbatim, verbIndex: start, tense: tenseAt(as[0], as[0].length - 8), rule: `attribution “…, as ${as[1]} …”` };
    }
  }
  // "Tsivilyov said …, according to a transcript released by the Energy Ministry": the person speaking, not the report's source.
  const spoken = bySpeechVerb(clause, mentions, lastSpeaker);
  if (spoken && spoken.speaker.kind === "person") return spoken;
  const according = /\baccording to\s+/i.exec(clause);
  if (according) {
    const speaker = mentions.find((m) => m.index >= according.index && m.index < according.index + according[0].length + 40 && !m.weak);
    if (speaker) {
      const rest = clause.replace(/,?\s*(?:at least\s+)?according to\s+[^,.]+[,.]?/i, "").trim();
      const verbatim = verbatimOf(rest);
      return { speaker, quote: verbatim ?? cleanQuote(rest), verbatim: !!verbatim, verbIndex: according.index, tense: tenseAt(clause, according.index), rule: "attribution “according to …”" };
    }
  }
  return spoken;
}

function bySpeechVerb(clause: string, mentions: ActorMention[], lastSpeaker: ActorMention | null): StatementFind | null {
  for (const m of clause.matchAll(VERB)) {
    const verbIndex = m.index;
    // "the EAEU member states", "the five Caspian states": a noun, not a speech verb.
    if (m[0] === "states" && /\b(?:member|the|these|those|five|two|three|four|Caspian|Gulf|Arab|Baltic|neighbou?ring|littoral|nuclear|sovereign|other|both|all|partner|coastal|Muslim|Western|Asian|African|European|BRICS|EAEU|SCO|CSTO)\s+$/i.test(clause.slice(Math.max(0, verbIndex - 20), verbIndex))) continue;
    const after = clause.slice(verbIndex + m[0].length);
    // "confirmed the arrival of …", "spoke about the visit": the fact is the event, not a statement.
    if (/^\s+(?:the|a|an)\s+(?:\w+\s+)?(?:arrival|delivery|visit|signing|launch|deal|agreement|start)\b/i.test(after) && !/[“"]/.test(after)) return null;
    // "The Parties noted the entry into force of the Treaty", "welcomed the signing of the Memorandum":
    // a joint statement's way of recording a fact, which is that fact (an agreement's step, an event).
    if (/^(?:noted|welcomed|hailed|praised)$/i.test(m[0]) && /^\s+(?:with (?:satisfaction|appreciation)\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:entry into force|signing|completion|launch|opening|start|conclusion|ratification|holding|results?)\b/i.test(after)) return null;
    // "declared the system operational": a thing put into service, not words said.
    if (/^declared$/i.test(m[0]) && /^\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}(?:operational|open|closed|complete|ready)\b/i.test(after)) return null;
    let speaker: ActorMention | null;
    let content: string;
    if (/^statements?|^remarks/i.test(m[0])) {
      speaker = mentions.find((x) => x.index > verbIndex && x.index < verbIndex + m[0].length + 40 && !x.weak) ?? null;
      const that = /\b(?:indicate|indicated|show|showed|suggest|suggested|say|said)\s+that\s+/i.exec(after);
      content = that ? after.slice(that.index + that[0].length) : after;
    } else {
      // “…,” he told state television: the pronoun right before the verb is the last speaker.
      const pronoun = /\b(?:he|she)\s+(?:also\s+|later\s+|then\s+)?$/i.test(clause.slice(Math.max(0, verbIndex - 12), verbIndex));
      speaker = pronoun && lastSpeaker ? lastSpeaker : speakerBefore(mentions, verbIndex, clause);
      // "…jets to Iran, two regional security sources said": the subject right before the verb is unnamed, not the last actor before it.
      const comma = clause.lastIndexOf(",", verbIndex);
      const subject = comma >= 0 ? clause.slice(comma + 1, verbIndex) : "";
      if (speaker && !pronoun && speaker.index < comma && !/[”"]\s*$/.test(clause.slice(0, comma + 1)) && /\b(?:sources?|officials?|diplomats?|people|analysts?|experts?|observers?|insiders?|residents?|witnesses?)\s+(?:\w+\s+)?$/i.test(subject) && !mentions.some((x) => x.index > comma && x.index < verbIndex)) speaker = null;
      if (!speaker && /^(?:He|She)\b/.test(clause.trim()) && lastSpeaker) speaker = lastSpeaker;
      if (!speaker) {
        // "…,” said Sergei Lavrov: a name right after the verb that follows a quotation is the speaker, titled or not.
        if (/[”"],?\s*$/.test(clause.slice(0, verbIndex))) speaker = mentions.find((x) => x.index > verbIndex && x.index < verbIndex + m[0].length + 30 && x.kind === "person") ?? null;
      }
      const that = /^(?:[^.]{0,60}?)\bthat\s+/i.exec(after);
      content = that ? after.slice(that[0].length) : after;
    }
    if (!speaker) continue;
    // “…,” Lavrov said: the quotation may come before the speaker as well as after.
    const verbatim = verbatimOf(clause.slice(verbIndex)) ?? (/[”"],?\s*(?:\S+\s+){0,5}$/.test(clause.slice(0, verbIndex)) ? verbatimOf(clause.slice(0, verbIndex)) : null);
    // "Paknejad will travel to Moscow next week, Russia's Energy Ministry said on Friday": the words come before the one who said them.
    const cut = clause.lastIndexOf(",", speaker.index);
    // (After the verb only when it was said and an aside may follow: "said on Thursday, a week after …".)
    const saidAfter = after.split(",")[0];
    const trailing = !verbatim && (content.trim().split(/\s+/).length < 4 || (saidAfter.trim().split(/\s+/).length < 5 && !/\bthat\b|[:“"]/.test(saidAfter) && after.includes(","))) && cut > 0 && clause.slice(cut + 1, speaker.index).trim().split(/\s+/).filter(Boolean).length <= 7 && clause.slice(0, cut).split(/\s+/).length >= 6;
    if (trailing) content = clause.slice(0, cut);
    if (!verbatim && content.trim().split(/\s+/).length < 4) continue;
    const quote = verbatim ?? cleanQuote(content);
    return { speaker, quote, verbatim: !!verbatim, verbIndex, tense: tenseAt(clause, verbIndex), rule: trailing ? `attribution “…, ${speaker.name} ${m[0]}”` : `speech verb “${m[0]}” after ${speaker.name}` };
  }
  return null;
}

/**
 * Whether a statement found is a fact told on its speaker's word rather than a saying: "According to
 * X, fuel was delivered last month", "Gazprom and NIGC signed a memorandum on Thursday, the company
 * said" (an event, or an agreement step at `agreementAt`, that took place). A plan or a postponement
 * told that way ("Paknejad will travel to Moscow next week, the ministry said") stays a statement.
 */
export function attributedFact(found: StatementFind | null, clause: string, agreementAt: number | null): boolean {
  if (!found) return false;
  if (found.rule.startsWith("attribution “according to")) return eventTrigger(clause) !== null || agreementAt !== null;
  if (!found.rule.startsWith("attribution “…,")) return false;
  const said = clause.slice(0, clause.lastIndexOf(",", found.speaker.index));
  if (/\b(?:will|shall|is to|are to|plans? to|expected to|would|next|postponed|cancell?ed|called off|put off|rescheduled)\b/i.test(unquoted(said))) return false;
  return eventTrigger(said) !== null || (agreementAt !== null && agreementAt < said.length) || anaphora(said) !== null;
}
