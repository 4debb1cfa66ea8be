// Kinds of text whose undated news is of the day they are dated: an official readout or transcript
// titled by its occasion ("Telephone conversation with President of Iran …", "Spokeswoman's answer
// to a media question at a news briefing, Moscow, September 10, 2025"), published the day it took
// place, and a live blog's time-stamped entries ("17:50"), written the day the blog is dated.
// Elsewhere a dated report's undated news is only known to that month.
import { findDates, type DateHit, type ReferenceDate } from "./dates";
import type { Sentence } from "./sentences";

/** A title that names an occasion rather than telling news: no verb, an occasion noun first. */
const OCCASION_TITLE =
  /^(?:[\p{Lu}][\p{L}.’' -]{0,100}?[’']s\s+)?(?:joint\s+)?(?:(?:tele)?phone (?:conversation|call)s?|meeting|talks|(?:news|press) conference|(?:news )?briefing|interview|press statements?|statements? for the press|remarks|opening remarks|speech|address|answers?|comments?)\s+(?:with|between|by|of|at|to|on|following|after|for|in)\b/iu;
const CLOCK = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|MSK|IRST|UTC|local time))?$/i;

export type SameDay = { paragraphs: Set<number>; rule: string };

/** The paragraphs whose undated news is of the text's own day, and why; null for ordinary reports. */
export function sameDayParagraphs(sentences: Sentence[]): SameDay | null {
  const title = sentences[0];
  if (title?.heading && OCCASION_TITLE.test(title.text)) {
    return { paragraphs: new Set(sentences.map((s) => s.paragraph)), rule: `a record titled by its occasion (“${title.text.slice(0, 60)}”) is of the day it is dated` };
  }
  const clocks = sentences.filter((s) => s.heading && CLOCK.test(s.text.trim()));
  if (clocks.length < 2) return null;
  // A live blog: paragraphs under a time stamp, up to the next heading that is not one; background notes are not the day's news.
  const paragraphs = new Set<number>();
  let stamped = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.heading) stamped = CLOCK.test(s.text.trim());
    else if (s.paragraph !== paragraph && stamped && !/^(?:Background|Context|Recap|Earlier|Previously)\b/i.test(s.text)) paragraphs.add(s.paragraph);
    paragraph = s.paragraph;
  }
  return { paragraphs, rule: "a live blog's time-stamped entry is of the day the blog is dated" };
}

/** "Update, 13 June: …": the day of an update note written after the report, or null. */
export function updateNoteDay(sentence: string, ref: ReferenceDate | null): string | null {
  const update = /^(?:Update|UPDATE|Updated)\b[^:]{0,40}:/.exec(sentence);
  const noted = update ? findDates(update[0], ref).find((h) => h.precision === "day") : undefined;
  return noted && ref && noted.start! > ref.day ? noted.start! : null;
}

/** From an update note on, its own weekday ("returned to Tehran on Friday") is the update's day, not the same weekday a week before. */
export function onUpdateDay(hits: DateHit[], updateDay: string): DateHit[] {
  const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();
  return hits.map((h) =>
    h.precision === "day" && h.cue.includes("that weekday") && h.start! < updateDay && weekday(h.start!) === weekday(updateDay) && Date.parse(updateDay) - Date.parse(h.start!) === 7 * 864e5
      ? { ...h, start: updateDay, cue: `${h.cue.split(":")[0]}: the day of the update note it follows, ${updateDay}` }
      : h,
  );
}
