// Honest dates from article text, resolved against the publication date. chrono-node parses the
// expressions and says which parts it knows; we keep only those, so "in March" is a month, "in
// 2013" a year, "last week" at most a month, and no day is ever invented. Relative expressions
// ("earlier this month", "on Tuesday") need a reference date: without one they stay undated.
import * as chrono from "chrono-node";
import { solarHijriDates } from "./solar-hijri";
import { anaphoricYears } from "./year-anaphora";

export type Precision = "day" | "month" | "year" | "unknown";
export type FactDate = { start: string | null; end: string | null; precision: Precision };
export type DateHit = FactDate & { text: string; index: number; cue: string };
/** What relative expressions are resolved against: the publication date, or the article's own latest full date. */
export type ReferenceDate = { day: string; from: "publication" | "article" };

export const UNDATED: FactDate = { start: null, end: null, precision: "unknown" };

const pad = (n: number) => String(n).padStart(2, "0");
const dayString = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const monthString = (y: number, m: number) => `${y}-${pad(m)}`;

function refParts(ref: ReferenceDate) {
  const [y, m, d] = ref.day.split("-").map(Number);
  return { y, m, d, date: new Date(Date.UTC(y, m - 1, d)) };
}

/** Words that make an undated or month-only mention point forward ("the planned visit in March"). */
const FUTURE = /\b(will|shall|to be held|anticipated|expect(?:s|ed)?|hopes?|once|planned|plans?|upcoming|scheduled|next|is to|are to|would)\b/i;
const RELATIVE = /\b(this|last|next|past|coming|ago|yesterday|today|tomorrow|tonight|earlier|later|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** Dates that situate something else rather than date the fact itself. */
const NOT_THE_FACT = /\b(since|after|following|before|until|till|prior to|ahead of|by|as of|for)\s*$/i;
/**
 * A length of time, not a time: "in the next three years", "over the past two months", "within
 * eighteen months"; and how often, "for the second time in two weeks".
 */
const DURATION = /\b(?:(?:next|past|last|coming|previous|first|following)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|few|several|many)\s+(?:years|months|weeks|days|decades)|(?:within|times?\s+in)\s+(?:a|an|one|\d+|two|three|four|five|six|\w+teen|twenty|a few)\s+(?:years?|months?|weeks?|days?))\b/i;
/** A year that names a thing rather than dates the fact: "the 2015 nuclear deal", "Russia's 2024 treaty with North Korea". */
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|this|that)|[\p{L}]+[’']s)\s+$/iu;
const ATTRIBUTIVE_AFTER = /^\s+(?!and\b|or\b|to\b|until\b|through\b|when\b|as\b|at\b|in\b|on\b|for\b|and\b|was\b|is\b|were\b)[\p{L}]/u;
export const SITUATES = "(situates the fact rather than dating it)";

type Known = { year?: number; month?: number; day?: number; weekday?: number };

function knownOf(component: chrono.ParsedComponents): Known {
  const k: Known = {};
  for (const key of ["year", "month", "day", "weekday"] as const) if (component.isCertain(key)) k[key] = component.get(key) ?? undefined;
  return k;
}

/** The year a month (and maybe a day) without one belongs to: the nearest such date before the reference, or after it for plans. */
function yearFor(month: number, day: number | undefined, ref: ReferenceDate, forward: boolean): number {
  const { y, m, d } = refParts(ref);
  const after = month > m || (month === m && (day ?? 1) > d);
  if (forward) return month < m ? y + 1 : y;
  // A day a few days after the report (an update note, "Update, 13 June:") is that week's, not nearly a year before.
  if (day !== undefined && after && Date.UTC(y, month - 1, day) - Date.UTC(y, m - 1, d) <= 7 * 864e5) return y;
  return after ? y - 1 : y;
}

function weekRange(ref: ReferenceDate, offsetWeeks: number): FactDate {
  const { date } = refParts(ref);
  const monday = new Date(date);
  monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + 7 * offsetWeeks);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  const a = monthString(monday.getUTCFullYear(), monday.getUTCMonth() + 1);
  const b = monthString(sunday.getUTCFullYear(), sunday.getUTCMonth() + 1);
  // A week is not a day: keep the month, or the two months it straddles.
  return a === b ? { start: a, end: null, precision: "month" } : { start: a, end: b, precision: "month" };
}

/** One chrono result as an honest date, or null when what it knows is not enough to say anything true. */
function fromChrono(r: chrono.ParsedResult, sentence: string, ref: ReferenceDate | null): { date: FactDate; cue: string } | null {
  const text = r.text.trim();
  const k = knownOf(r.start);
  const relative = RELATIVE.test(text) && !/\b(19|20)\d{2}\b/.test(text);
  if (relative && !ref) return null;
  // Plans in a quotation ("a roadmap for the next twenty years") are the speaker's, not the report's.
  // A plan's words in the date's own clause before it ("the visit, planned for March"), or right
  // after a date that opens the sentence ("In March, the ministers will meet"); "The treaty, signed
  // on 17 January, … will be extended" is past.
  const plain = sentence.replace(/[“"][^”"]*[”"]/g, (q) => " ".repeat(q.length));
  const before = plain.slice(0, r.index);
  const clauseBefore = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  const forward = FUTURE.test(clauseBefore) || (before.trim().split(/\s+/).filter(Boolean).length <= 2 && FUTURE.test(plain.slice(r.index, r.index + r.text.length + 80)));
  // "last weekend", "this past weekend", "over the weekend": the Saturday and Sunday before the
  // report (its month, or the two it straddles), not the whole week before.
  if (/\bweekend\b/i.test(text) && ref && !/\bnext|coming\b/i.test(text)) {
    const { date } = refParts(ref);
    const sunday = new Date(date);
    sunday.setUTCDate(date.getUTCDate() - (date.getUTCDay() || 7));
    const saturday = new Date(sunday);
    saturday.setUTCDate(sunday.getUTCDate() - 1);
    const [a, b] = [saturday, sunday].map((d) => monthString(d.getUTCFullYear(), d.getUTCMonth() + 1));
    return { date: a === b ? { start: a, end: null, precision: "month" } : { start: a, end: b, precision: "month" }, cue: `“${text}”: the month of that weekend (two days, not one)` };
  }
  if (/\bweek(end)?\b/i.test(text) && ref) {
    const offset = /\blast|past|previous\b/i.test(text) ? -1 : /\bnext|coming\b/i.test(text) ? 1 : 0;
    return { date: weekRange(ref, offset), cue: `“${text}”: the month of that week (a week is not a day)` };
  }
  if (/\b(yesterday|today|tonight|tomorrow)\b/i.test(text) && ref?.from !== "publication") return null;
  // "at the end of last year", "before the end of the month": a time within that year or month, no day.
  const end = /\bend of (?:the |this |last |next )?(month|year)\b/i.exec(text);
  if (end && ref) {
    const year = k.year ?? (end[1].toLowerCase() === "year" ? Number(ref.day.slice(0, 4)) + (/\blast\b/i.test(text) ? -1 : /\bnext\b/i.test(text) ? 1 : 0) : undefined);
    if (end[1].toLowerCase() === "year" && year !== undefined) return { date: { start: String(year), end: null, precision: "year" }, cue: `“${text}”: the end of a year, so only the year` };
    if (k.month !== undefined) {
      const y = k.year ?? Number(ref.day.slice(0, 4));
      return { date: { start: monthString(y, k.month), end: null, precision: "month" }, cue: `“${text}”: the end of a month, so only the month` };
    }
  }
  // "From now on", "now": the present, not a date of anything.
  if (/^(?:right )?now$/i.test(text)) return null;
  if (k.day !== undefined && k.month !== undefined) {
    const year = k.year ?? (ref ? yearFor(k.month, k.day, ref, forward) : undefined);
    if (year === undefined) return null;
    return { date: { start: dayString(year, k.month, k.day), end: null, precision: "day" }, cue: `“${text}”: a day${k.year ? "" : ", its year from the reference date"}` };
  }
  if (k.weekday !== undefined && k.day === undefined) {
    if (!ref) return null;
    // News: "on Tuesday" is the last Tuesday up to the reference day (the next one when planned:
    // "next Tuesday", "the delegation would travel to Bushehr on Wednesday").
    const { date } = refParts(ref);
    const planned = /\bnext|coming\b/i.test(text) || PLANNED.test(sentence.slice(Math.max(0, r.index - 60), r.index).replace(/[“"][^”"]*[”"]/g, " "));
    const diff = planned ? (k.weekday - date.getUTCDay() + 7) % 7 || 7 : -((date.getUTCDay() - k.weekday + 7) % 7);
    const day = new Date(date);
    day.setUTCDate(date.getUTCDate() + diff);
    return {
      date: { start: dayString(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()), end: null, precision: "day" },
      cue: `“${text}”: that weekday, ${diff === 0 ? "the reference day itself" : forward ? "after" : "before"} the reference date`,
    };
  }
  if (k.month !== undefined) {
    const year = k.year ?? (ref ? yearFor(k.month, undefined, ref, forward) : undefined);
    if (year === undefined) return null;
    return { date: { start: monthString(year, k.month), end: null, precision: "month" }, cue: `“${text}”: a month${k.year ? "" : forward ? ", the next one after the reference date" : ", the last one up to the reference date"}` };
  }
  if (k.year !== undefined) return { date: { start: String(k.year), end: null, precision: "year" }, cue: `“${text}”: a year` };
  return null;
}

// ("the fall of Assad", "the Arab Spring" are no seasons.)
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const TWO_DAYS = /\b(\d{1,2})(?:st|nd|rd|th)? (?:and|&) (\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)(?:,? ((?:19|20)\d{2}))?\b/g;
/** A plan's words just before a day: "will meet on Tuesday", "is due to arrive on the 20th". */
const PLANNED = /\b(?:will|would|shall|is to|are to|is due to|are due to|plans? to|expected to|scheduled to|set to)\s+(?:\S+\s+){0,6}$/i;
/** "on the 5th", with no month after it (a month after it is chrono's: "on the 5th of June"), and no noun ("on the 5th floor"). */
const DAY_OF_MONTH = /\b[Oo]n the (\d{1,2})(?:st|nd|rd|th)\b(?: of (this|the|last) month\b)?(?=\s*[,.;:)]|\s*$|\s+(?:the|a|an|and|when|it|he|she|they|we|its|their|at|in|on|to|for|with|from|by|as|after|before|[A-Z][a-z]*)\b)(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)/g;
const SEASON = /\b(?<!Arab\s)(?:(last|this|the)\s+)?(?:(?:early|late|mid-)\s*)?(spring|summer|autumn|fall(?!\s+of\s+(?!(?:19|20)\d{2})))\b(?:\s+of\s+((?:19|20)\d{2})|\s+((?:19|20)\d{2}))?/gi;
const YEAR_RANGE = /\b(?:(?:from|between)\s+)?((?:1[89]|20)\d{2})\s*(?:–|—|-|to|until|and|through)\s*((?:1[89]|20)\d{2})\b/g;
const DECADE = /\bthe\s+((?:1[89]|20)\d)0s\b/g;
const YEAR = /(?<![\d,.$€£-])(?<!\b(?:Resolution|resolution|Article|No\.?|Number|number|Decree|decree|Order|Law|Flight|Model|Unit|Block)\s)\b((?:1[89]|20)\d{2})\b(?![\d%]|[.,]\d|\s*(?:percent|per cent|bcm|km|kilomet|miles|tonnes|tons|barrels|troops|people|units|MW|GW|billion|million|bn|m\b))/g;

/** Words that make a parsed phrase a date: chrono reads "for five S-300" as a day. */
const DATE_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|weekend|month|year|spring|summer|autumn|fall|winter|ago|now)/i;

/** Every date mentioned in a sentence, in order. `lastYear`: the year the text gave last before it, for "the following year". */
export function findDates(sentence: string, ref: ReferenceDate | null, lastYear: number | null = null): DateHit[] {
  const hits: DateHit[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const add = (index: number, text: string, date: FactDate, cue: string) => {
    if (!free(index, index + text.length)) return;
    if (NOT_THE_FACT.test(sentence.slice(Math.max(0, index - 12), index))) cue += ` ${SITUATES}`;
    else if (/^[’']s\b/.test(sentence.slice(index + text.length)) || /[’']s$/.test(text)) cue += ` (a possessive, “${text}’s …”, names a thing: ${SITUATES.slice(1, -1)})`;
    else if (date.precision === "year" && ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, index - 30), index)) && ATTRIBUTIVE_AFTER.test(sentence.slice(index + text.length))) cue += ` (names a thing, “${sentence.slice(Math.max(0, index - 4), index + text.length + 12).trim()}…”: ${SITUATES.slice(1, -1)})`;
    hits.push({ ...date, text, index, cue });
    taken.push([index, index + text.length]);
  };
  // Iranian outlets' own calendar first: "14 Mehr 1404" would otherwise leave a bare "14" to misread.
  for (const h of solarHijriDates(sentence, ref)) add(h.index, h.text, h.date, h.cue);
  // "the following year" is another year than the report's: its span is kept from chrono, resolved at the end.
  const anaphoric = anaphoricYears(sentence).filter((h) => free(h.index, h.index + h.text.length));
  for (const h of anaphoric) taken.push([h.index, h.index + h.text.length]);
  // "in the spring", "last summer": a season is three months; without its year, the latest one begun by the report. Only the year is said (winter straddles two).
  for (const m of sentence.matchAll(SEASON)) {
    const start = { spring: 3, summer: 6, autumn: 9, fall: 9 }[m[2].toLowerCase() as "spring"];
    const stated = m[3] ?? m[4];
    const year = stated ? Number(stated) : ref ? Number(ref.day.slice(0, 4)) - (start > Number(ref.day.slice(5, 7)) || /^last/i.test(m[1] ?? "") ? 1 : 0) : null;
    if (year !== null) add(m.index, m[0], { start: String(year), end: null, precision: "year" }, `“${m[0]}”: a season, so only its year`);
  }
  // "On 5 and 6 May": two days of one month, a range.
  for (const m of sentence.matchAll(TWO_DAYS)) {
    const month = MONTH_NAMES.indexOf(m[3].slice(0, 3).toLowerCase()) + 1;
    const year = m[4] ? Number(m[4]) : ref ? yearFor(month, Number(m[2]), ref, false) : null;
    if (year === null || Number(m[2]) <= Number(m[1])) continue;
    add(m.index, m[0], { start: dayString(year, month, Number(m[1])), end: dayString(year, month, Number(m[2])), precision: "day" }, `“${m[0]}”: two days of one month, a range`);
  }
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    if (Number(m[2]) > Number(m[1])) add(m.index, m[0], { start: m[1], end: m[2], precision: "year" }, `“${m[0]}”: a range of years`);
  }
  for (const m of sentence.matchAll(DECADE)) add(m.index, m[0], { start: `${m[1]}0`, end: `${m[1]}9`, precision: "year" }, `“${m[0]}”: a decade, as a range of years`);
  // "On the 5th the Iranian side notified us": a day of the month alone is the latest such day up to the report.
  if (ref) {
    for (const m of sentence.matchAll(DAY_OF_MONTH)) {
      const { y, m: month, d } = refParts(ref);
      const day = Number(m[1]);
      // A plan ("will meet on the 20th") is the next such day.
      const planned = PLANNED.test(sentence.slice(Math.max(0, m.index - 60), m.index).replace(/[“"][^”"]*[”"]/g, " "));
      const previous = (): [number, number] => (month === 1 ? [y - 1, 12] : [y, month - 1]);
      // "of this month", "of last month" say which month.
      const [year, inMonth] = m[2] === "last" ? previous() : m[2] ? [y, month]
        : planned ? day > d ? [y, month] : month === 12 ? [y + 1, 1] : [y, month + 1]
        : day <= d ? [y, month] : previous();
      if (day >= 1 && day <= new Date(Date.UTC(year, inMonth, 0)).getUTCDate()) add(m.index + m[0].indexOf("the"), m[0].slice(m[0].indexOf("the")), { start: dayString(year, inMonth, day), end: null, precision: "day" }, `“${m[0].trim()}”: a day of the month alone, ${planned ? "the next one after" : "the latest one up to"} the reference date`);
    }
  }
  const instant = ref ? new Date(`${ref.day}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(sentence, { instant, timezone: 0 });
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (!free(r.index, r.index + r.text.length)) continue;
    // "in the next three years": how long, not when; "three months after the resolution": counted from another fact, not from the report.
    if (DURATION.test(sentence.slice(Math.max(0, r.index - 12), r.index + r.text.length + 12)) || /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|on)\b/i.test(sentence.slice(r.index, r.index + r.text.length + 10))) {
      taken.push([r.index, r.index + r.text.length]);
      continue;
    }
    if (!DATE_WORD.test(r.text)) continue;
    // "valid for five years": a length of time, not a time.
    if (/^(?:for|over|during)?\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a few|several)\s+(?:days?|weeks?|months?|years?|decades?)$/i.test(r.text.trim())) continue;
    const resolved = fromChrono(r, sentence, ref);
    if (!resolved) continue;
    let { date, cue } = resolved;
    // "between March and May 2024", "from 3 to 5 June": two results joined by a range word.
    const next = results[i + 1];
    const joiner = next ? sentence.slice(r.index + r.text.length, next.index) : "";
    if (next && /^\s*(and|to|until|till|through|–|—|-)\s*$/i.test(joiner) && /\b(between|from)\s*$/i.test(sentence.slice(0, r.index))) {
      const second = fromChrono(next, sentence, ref);
      if (second) {
        let start = date.start!;
        let end = second.date.start!;
        const precision = second.date.precision === "day" && date.precision === "day" ? "day" : date.precision === "year" || second.date.precision === "year" ? "year" : "month";
        // The first end borrows the year the second one states ("between March and May 2024").
        if (!/\b(19|20)\d{2}\b/.test(r.text) && /\b(19|20)\d{2}\b/.test(next.text)) start = end.slice(0, 4) + start.slice(4);
        const cut = (s: string) => (precision === "day" ? s.slice(0, 10) : precision === "month" ? s.slice(0, 7) : s.slice(0, 4));
        start = cut(start);
        end = cut(end);
        if (end > start) {
          add(r.index, sentence.slice(r.index, next.index + next.text.length), { start, end, precision }, `“${sentence.slice(r.index, next.index + next.text.length)}”: a range`);
          i++;
          continue;
        }
      }
    }
    if (r.end) {
      const end = fromChrono({ ...r, start: r.end } as chrono.ParsedResult, sentence, ref);
      if (end && end.date.precision === date.precision && end.date.start! > date.start!) {
        date = { ...date, end: end.date.start };
        cue = `“${r.text}”: a range`;
      }
    }
    add(r.index, r.text, date, cue);
  }
  for (const m of sentence.matchAll(YEAR)) add(m.index, m[1], { start: m[1], end: null, precision: "year" }, `“${m[1]}”: a year alone stays a year`);
  for (const a of anaphoric) {
    const before = hits.filter((h) => h.index < a.index && /\b(?:1[89]|20)\d{2}\b/.test(h.text) && h.start).pop();
    const year = before ? Number(before.start!.slice(0, 4)) : lastYear;
    if (year === null) continue;
    const { date, cue } = a.resolve(year);
    taken.splice(taken.findIndex(([x]) => x === a.index), 1);
    add(a.index, a.text, date, cue);
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Dates in a relative clause set off by commas (", who became minister in May 2024,") date that clause, not the fact at `position` outside it. */
export function outsideAsides(clause: string, hits: DateHit[], position: number): DateHit[] {
  const asides = [...clause.matchAll(/,\s+(?:who|which|whose)\b[^,]{0,120},/g)].map((m) => [m.index, m.index + m[0].length]);
  return hits.filter((h) => !asides.some(([a, b]) => h.index > a && h.index < b && !(position > a && position < b)));
}

/** The date of a fact in a sentence: the date nearest its cue word, skipping dates that only situate it ("since 1991"). */
export function dateNear(hits: DateHit[], position: number): DateHit | null {
  const usable = hits.filter((h) => !h.cue.includes(SITUATES.slice(1, -1)));
  if (!usable.length) return null;
  return usable.reduce((best, h) => (Math.abs(h.index - position) < Math.abs(best.index - position) ? h : best));
}

/** The reference for relative dates: the publication date, else the latest full date the article gives. */
export function referenceDate(sentences: string[], publishedAt: string | null): ReferenceDate | null {
  if (publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) return { day: publishedAt, from: "publication" };
  let latest: string | null = null;
  for (const s of sentences) {
    for (const r of chrono.parse(s, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })) {
      const k = knownOf(r.start);
      if (k.year !== undefined && k.month !== undefined && k.day !== undefined && /\b(?:19|20)\d{2}\b/.test(r.text)) {
        const day = dayString(k.year, k.month, k.day);
        if (!latest || day > latest) latest = day;
      }
    }
  }
  return latest ? { day: latest, from: "article" } : null;
}

/** The month of the reference date, for facts a dated report tells as news without a date of their own. */
export function referenceMonth(ref: ReferenceDate): FactDate {
  return { start: ref.day.slice(0, 7), end: null, precision: "month" };
}
