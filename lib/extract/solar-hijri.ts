// Dates in the Iranian (Solar Hijri) calendar, as Iranian outlets write them in English: "14 Mehr
// 1404", "Tir 1402", "1404/07/22", "the Iranian year 1403". A day converts to a Gregorian day; a
// month straddles two Gregorian months, so it says only the year (or the two years it spans); a
// year runs from Nowruz in March to March, so it spans two Gregorian years. No day is invented.
import type { FactDate } from "./dates";

const MONTHS = ["farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey", "bahman", "esfand"];
const SPELLINGS: Record<string, number> = { ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])), amordad: 5, shahrivar: 6, dei: 10, esfand: 12, espand: 12, isfand: 12, ordibehesht: 2, ordibehest: 2 };
const MONTH = "(Farvardin|Ordibehesh?t|Khordad|Tir|Amordad|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Dei|Bahman|Esfand|Espand|Isfand)";
// Day and year are required around a month name: "Azar" or "Mehr" alone are also given names.
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+((?:13|14)\\d{2}))?\\b`, "g");
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+((?:13|14)\\d{2})\\b`, "g");
const NUMERIC = /(?<![\d/])((?:13|14)\d{2})\/(\d{1,2})\/(\d{1,2})(?![\d/])/g;
const YEAR = /\b(?:(?:Iranian|Persian|solar|Solar Hijri)(?:\s+calendar)?\s+year\s+((?:13|14)\d{2})|((?:13|14)\d{2})\s+(?:SH|AP|HS)\b)/g;

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - Math.trunc(a / b) * b;
// The leap-year breaks of the Iranian calendar (Borkowski's algorithm, as in jalaali-js).
const BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

/** The Gregorian day of Nowruz (1 Farvardin) of a Solar Hijri year. */
export function nowruz(jy: number): Date {
  let leapJ = -14;
  let jp = BREAKS[0];
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i];
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  const n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const gy = jy + 621;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  return new Date(Date.UTC(gy, 2, 20 + leapJ - leapG));
}

/** A Solar Hijri day as a Gregorian date: months 1–6 have 31 days, 7–11 have 30. */
export function toGregorian(jy: number, jm: number, jd: number): Date {
  const d = nowruz(jy);
  d.setUTCDate(d.getUTCDate() + (jm <= 7 ? (jm - 1) * 31 : 6 * 31 + (jm - 7) * 30) + jd - 1);
  return d;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const years = (a: Date, b: Date): FactDate => ({ start: String(a.getUTCFullYear()), end: b.getUTCFullYear() > a.getUTCFullYear() ? String(b.getUTCFullYear()) : null, precision: "year" });
const lastDay = (jy: number, jm: number) => {
  const next = jm === 12 ? toGregorian(jy + 1, 1, 1) : toGregorian(jy, jm + 1, 1);
  next.setUTCDate(next.getUTCDate() - 1);
  return next;
};

export type SolarHit = { index: number; text: string; date: FactDate; cue: string };

/** Every Solar Hijri date in a sentence. A day and month without a year take the latest such day up to the reference day. */
export function solarHijriDates(sentence: string, ref: { day: string } | null): SolarHit[] {
  const hits: SolarHit[] = [];
  const taken = (i: number) => hits.some((h) => i >= h.index && i < h.index + h.text.length);
  for (const m of sentence.matchAll(NUMERIC)) {
    const [jy, jm, jd] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (jm < 1 || jm > 12 || jd < 1 || jd > 31) continue;
    const day = iso(toGregorian(jy, jm, jd));
    hits.push({ index: m.index, text: m[0], date: { start: day, end: null, precision: "day" }, cue: `“${m[0]}”: a Solar Hijri day, ${day}` });
  }
  for (const m of sentence.matchAll(DAY_MONTH_YEAR)) {
    const jm = SPELLINGS[m[2].toLowerCase()];
    const jd = Number(m[1]);
    if (!jm || jd < 1 || jd > 31 || taken(m.index)) continue;
    let jy = m[3] ? Number(m[3]) : null;
    if (!jy && ref) {
      // The Solar Hijri year the reference day falls in, or the one before when that day would be later.
      const refYear = Number(ref.day.slice(0, 4)) - 621;
      jy = [refYear, refYear - 1].find((y) => iso(toGregorian(y, jm, jd)) <= ref.day) ?? null;
    }
    if (!jy) continue;
    const day = iso(toGregorian(jy, jm, jd));
    hits.push({ index: m.index, text: m[0], date: { start: day, end: null, precision: "day" }, cue: `“${m[0]}”: a Solar Hijri day, ${day}${m[3] ? "" : ", its year from the reference date"}` });
  }
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    if (taken(m.index)) continue;
    const jm = SPELLINGS[m[1].toLowerCase()];
    const jy = Number(m[2]);
    const date = years(toGregorian(jy, jm, 1), lastDay(jy, jm));
    hits.push({ index: m.index, text: m[0], date, cue: `“${m[0]}”: a Solar Hijri month straddles two Gregorian months, so only its year` });
  }
  for (const m of sentence.matchAll(YEAR)) {
    if (taken(m.index)) continue;
    const jy = Number(m[1] ?? m[2]);
    hits.push({ index: m.index, text: m[0], date: years(toGregorian(jy, 1, 1), lastDay(jy, 12)), cue: `“${m[0]}”: a Solar Hijri year runs from March to March` });
  }
  return hits.sort((a, b) => a.index - b.index);
}
