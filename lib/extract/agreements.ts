// An agreement's lifecycle from the wording: each step word (proposed, talks, signed, ratified,
// entered into force, suspended, terminated, expired) becomes a step with its own date, and the
// furthest step is the status. Durations ("20-year") and figures ("55 billion cubic meters of gas
// annually") are read when the text gives them.
import type { AgreementStatus } from "../entries/schemas";
import { dateNear, type DateHit } from "./dates";

/** `aside`: told in passing between commas ("The treaty, signed in January, entered into force …"): background, not the news. */
export type StatusCue = { status: AgreementStatus; word: string; index: number; aside?: boolean };

/** ", signed in Moscow in January,", ", which was ratified in 2021,": a step told in passing about the instrument just named. */
const ASIDE = /,\s+(?:(?:which|that)\s+(?:was|were|had been)\s+|first\s+|originally\s+|already\s+)?([a-z]+ed)\b[^,;]{0,80},\s/g;

export const LIFECYCLE: AgreementStatus[] = ["proposed", "negotiating", "signed", "ratified", "in_force", "suspended", "expired", "terminated"];

const CUES: { status: AgreementStatus; re: RegExp }[] = [
  { status: "proposed", re: /\b(?:propos(?:ed|al|es|ing)|plans? for|planned|envisag\w+|considering|offered to)\b/gi },
  { status: "negotiating", re: /\b(?:talks|negotiat\w+|discuss(?:ed|ing|ions?)|working on|consultations)\b/gi },
  { status: "signed", re: /\b(?:sign(?:ed|ing|s)?|inked|concluded|agreed (?:on|to|upon)|reached an? (?:agreement|deal)|struck an? deal)\b/gi },
  { status: "ratified", re: /\b(?:ratif\w+|approved by (?:the )?(?:parliament|duma|majlis|state duma)|(?:parliament|duma|majlis|guardian council|federation council|assembly|legislature|lawmakers|deputies|MPs|senate)\s+(?:\w+\s+)?(?:approved|endorsed|confirmed|passed))\b/gi },
  // ("the entry into force on 2 October of the Treaty"; not one still awaited.)
  { status: "in_force", re: /\b(?:entered into force|enters into force|(?<!(?:pending|awaiting|await|before|until|after|ahead of|for|on) (?:its |the |their )?)entry into force|came into (?:force|effect)|took effect|into effect|in force|implemented|reduc(?:ing|ed|es) tariffs|tariff reductions?)\b/gi },
  { status: "suspended", re: /\bsuspend(?:ed|s|ing)?\b/gi },
  { status: "terminated", re: /\b(?:terminat\w+|withdr[ae]w from|pulled out of|scrapped|annulled|cancell?ed)\b/gi },
  { status: "expired", re: /\bexpir(?:ed|es|y)\b/gi },
];

export function statusCues(text: string): StatusCue[] {
  const cues: StatusCue[] = [];
  for (const { status, re } of CUES)
    for (const m of text.matchAll(re)) {
      // "if implemented", "once ratified": a condition, not a step taken.
      if (/\b(?:if|once|when|unless|would|could|will|until)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "has not been signed yet", "has not yet entered into force", "yet to be ratified": a step not taken.
      if (/\b(?:not|never|yet to|yet to be|no longer)\s+(?:yet\s+|been\s+|be\s+|formally\s+|officially\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      cues.push({ status, word: m[0], index: m.index });
    }
  for (const a of text.matchAll(ASIDE)) {
    const word = a.index + a[0].indexOf(a[1]);
    for (const c of cues) if (c.index === word) c.aside = true;
  }
  return cues.sort((a, b) => a.index - b.index);
}

/**
 * The date of one step: a date right after its word, before the next step's ("signed in January,
 * entered into force on 2 October"), as English puts a verb's date; else the nearest date.
 */
export function stepDate(hits: DateHit[], steps: StatusCue[], step: StatusCue): DateHit | null {
  const next = steps.find((s) => s.index > step.index && s.status !== step.status)?.index ?? Infinity;
  const after = hits.filter((h) => h.index > step.index && h.index < next && h.index - step.index <= 60);
  return dateNear(after, step.index) ?? dateNear(hits, step.index);
}

export function furthest(statuses: AgreementStatus[]): AgreementStatus {
  return statuses.reduce((a, b) => (LIFECYCLE.indexOf(b) > LIFECYCLE.indexOf(a) ? b : a), statuses[0]);
}

export function durationYears(text: string): number | null {
  const m = /\b(\d{1,3})[- ](?:year|yr)s?\b(?!\s+(?:ago|old))/i.exec(text);
  return m ? Number(m[1]) : null;
}

export type Figure = { label: string; value: number; unit: string };

export function figures(text: string): Figure[] {
  const out: Figure[] = [];
  const gas = /\b(?:up to |about |around |some )?([\d.,]+)\s*(?:billion cubic met(?:er|re)s|bcm)\b([^.]{0,40}?\b(?:annually|a year|per year|per annum|each year))?/i.exec(text);
  if (gas) out.push({ label: gas[2] ? "annual gas volume" : "gas volume", value: Number(gas[1].replace(/,/g, "")), unit: gas[2] ? "bcm/year" : "bcm" });
  const share = /\b(?:about |around |some )?(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)\s+of\s+([a-z]+)/i.exec(text);
  if (share) out.push({ label: `share of ${share[2]}`, value: Number(share[1]), unit: "percent" });
  const money = /\$\s?([\d.,]+)\s*(billion|million|bn)\b/i.exec(text);
  if (money) out.push({ label: "value", value: Number(money[1].replace(/,/g, "")), unit: `USD ${money[2].toLowerCase() === "bn" ? "billion" : money[2].toLowerCase()}` });
  return out;
}
