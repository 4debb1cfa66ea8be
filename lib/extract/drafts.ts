// A draft fact as the reading of an article builds it (lib/extract/extract.ts), how drafts that tell
// the same fact are joined, and how a draft becomes the proposal the review page shows.
import type { AgreementStatus, EntryKind, Sector } from "../entries/schemas";
import type { ActorMention } from "./actors";
import { durationYears, figures, furthest } from "./agreements";
import { UNDATED, type FactDate, type ReferenceDate } from "./dates";
import { FAMILY_OF_NOUN, anaphora, eventTrigger } from "./kinds";
import { quoteLanguage } from "./language";
import { findPlaces } from "./places";
import type { Proposal } from "./schemas";
import { findSectors } from "./sectors";
import type { Sentence } from "./sentences";

export type Cue = Proposal["cues"][number];
export type Draft = {
  kind: EntryKind;
  family: string;
  sentences: Sentence[];
  clauses: string[];
  mentions: ActorMention[];
  speaker: ActorMention | null;
  quote: string | null;
  verbatim: boolean;
  date: FactDate;
  /** The date came from the text itself, not from the report's date. */
  explicitDate: boolean;
  /** `stated`: the step's date is the text's own, not the report's month. */
  steps: { status: AgreementStatus; date: string | null; note: string | null; stated?: boolean; aside?: boolean }[];
  cues: Cue[];
  onlyBack?: boolean;
};

/** How far back a fact told again is looked for: an article's facts are tens, a long report's hundreds. */
export const MERGE_WINDOW = 60;

const GENERIC = new Set(["meeting", "parties", "party", "sides", "side", "ministers", "also", "said", "during", "visit", "strategic", "comprehensive", "cooperation", "intergovernmental", "bilateral", "first", "binding", "final", "treaty", "agreement", "agreements", "accord", "memorandum", "understanding", "deal", "contract", "pact", "protocol", "the", "and", "new", "with", "between", "that", "this", "has", "have", "signed", "will", "russia", "iran", "two", "countries", "nations"]);
/** The words that name an agreement, for telling two agreements of one article apart. */
function agreementWords(text: string): Set<string> {
  const m = text.match(/(?:[\p{L}\d-]+\s+){0,4}(?:treaty|agreements?|accord|memorandum|MoU|deal|contract|pact|protocol|partnership|pipeline|corridor)/giu) ?? [];
  return new Set(m.join(" ").toLowerCase().replace(/[“”"]/g, "").split(/\s+/).filter((w) => w.length > 2 && !GENERIC.has(w)));
}
function sharesName(a: string, b: string): boolean {
  const x = agreementWords(a);
  for (const w of agreementWords(b)) if (x.has(w)) return true;
  return false;
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []);
function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.max(1, Math.min(x.size, y.size));
}

const roleFor = (kind: EntryKind, family: string, m: ActorMention, trigger: number, clause: string, speaker: ActorMention | null): string => {
  if (speaker && m.name === speaker.name) return "speaker";
  if (kind === "statement") return "subject";
  if (kind === "agreement") return m.kind === "person" ? "participant" : "party";
  const before = m.index < trigger;
  if (family === "visit") return /\b(?:to|in|hosted by|with|including|and)\s+(?:the\s+|senior\s+|\w+\s+Minister\s+)?$/.test(clause.slice(Math.max(0, m.index - 30), m.index)) && !before ? "host" : "visitor";
  if (family === "supply") {
    if (/^\s*(?:to|for)\b/.test(clause.slice(0, m.index).slice(-4)) || /\bto\s+$/.test(clause.slice(Math.max(0, m.index - 4), m.index))) return "recipient";
    return before ? "supplier" : "recipient";
  }
  if (family === "military" && /strike|attack|struck|fired/i.test(clause)) return before ? "attacker" : "target";
  if (family === "meeting" && /\bhosted by\s+$/.test(clause.slice(Math.max(0, m.index - 10), m.index))) return "host";
  return "participant";
};

function titleFrom(d: Draft): string {
  const trim = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, s.lastIndexOf(" ", n)).replace(/[,;:]$/, "")}…`);
  if (d.kind === "statement" && d.speaker && d.quote) {
    const q = d.quote.replace(/\.$/, "");
    return trim(d.verbatim ? `${d.speaker.name}: “${q}”` : `${d.speaker.name}: ${q}`, 160);
  }
  const clause = d.clauses[0]
    .replace(/^(?:[A-Z][\w ]{0,25},\s+|In (?:a|an) [\w -]{0,40},\s+)/, "")
    .replace(/^(?:and|but|with)\s+/i, "")
    .replace(/\s*[.;:]$/, "");
  return trim(clause[0].toUpperCase() + clause.slice(1), 160);
}

/** Whether two dates can be the same time: one within the other ("2025-03" and "2025-03-18"). */
function sameTime(a: FactDate, b: FactDate): boolean {
  if (!a.start || !b.start) return true;
  return a.start.startsWith(b.start) || b.start.startsWith(a.start);
}

/** Joins what an article tells more than once: a back-reference, the same visit, the same speaker in consecutive sentences, the same instrument. */
export function mergeDrafts(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const back = anaphora(d.clauses[0]);
    const backFamily = back ? FAMILY_OF_NOUN[back] ?? back : null;
    const people = new Set(d.mentions.filter((m) => m.kind === "person" && !m.weak).map((m) => m.name));
    const target = out.slice(-MERGE_WINDOW).reverse().find((o) => {
      if (o.kind !== d.kind) return false;
      // The same sentence told twice (articles repeat themselves across sections).
      if (o.clauses.slice(0, 8).some((c) => overlap(c, d.clauses[0]) >= 0.7)) return true;
      // Facts the text dates differently are different facts ("the drill began on Tuesday" … "last year's drill took place in March 2024").
      // (An agreement's steps each have their own date: "talks began in 2022 … the treaty was signed in 2025" is one treaty.)
      if (d.kind !== "agreement" && o.explicitDate && d.explicitDate && !sameTime(o.date, d.date)) return false;
      // Two signings on different dates are two instruments ("signed an agreement in 1992, and the contract … was concluded in November 2014").
      if (d.kind === "agreement" && d.steps.some((s) => s.stated && o.steps.some((t) => t.stated && t.status === s.status && t.date && s.date && !t.date.startsWith(s.date) && !s.date.startsWith(t.date)))) return false;
      if (d.kind === "statement" && o.quote && d.quote && o.speaker?.name === d.speaker?.name && overlap(o.quote, d.quote) >= 0.6) return true;
      if (d.kind === "statement") {
        const gap = d.sentences[0].index - o.sentences[o.sentences.length - 1].index;
        return o.speaker?.name === d.speaker?.name && gap <= 1 && gap >= 0;
      }
      // "The memorandum was signed by …" refers to a memorandum, not to any instrument told before.
      const named = back && /^(?:memorandum|contract|protocol)$/.test(back) ? new RegExp(`\\b${back}`, "i") : null;
      if (named && !o.clauses.some((c) => named.test(c))) return false;
      if (backFamily && (o.family === backFamily || (backFamily === "meeting" && o.family === "visit") || (backFamily === "instrument" && o.family === "instrument"))) return true;
      // Two agreements are one when named alike ("a 20-year strategic partnership" … "the strategic partnership treaty").
      if (d.kind === "agreement") return o.family === d.family && d.family !== "trade measure" && sharesName(o.clauses.join(" "), d.clauses[0]);
      const shared = o.mentions.some((m) => m.kind === "person" && !m.weak && people.has(m.name));
      return shared && (o.family === d.family || (o.family === "visit" && d.family === "meeting"));
    });
    if (!target) {
      // "Last year's drill took place in March 2024": another drill than the one told before, by the same parties.
      const kin = backFamily && !d.mentions.some((m) => !m.weak) ? out.slice(-MERGE_WINDOW).reverse().find((o) => o.kind === d.kind && o.family === backFamily) : undefined;
      if (kin) d.mentions.push(...kin.mentions.filter((m) => !m.weak && m.kind !== "person").map((m) => ({ ...m, cue: `${m.cue}, as in the earlier ${back} it refers to` })));
      out.push(d);
      continue;
    }
    if (target.onlyBack && !d.onlyBack) target.onlyBack = false;
    // A fact told many times keeps its first few passages: enough to cite, not the whole article.
    if (target.sentences.length < 6) for (const s of d.sentences) if (!target.sentences.includes(s)) target.sentences.push(s);
    if (target.clauses.length < 12) target.clauses.push(...d.clauses);
    target.mentions.push(...d.mentions.filter((m) => !target.mentions.some((t) => t.name === m.name)));
    if (!target.explicitDate && d.explicitDate) {
      target.date = d.date;
      target.explicitDate = true;
      target.cues = target.cues.filter((c) => c.field !== "date");
      target.cues.push(...d.cues.filter((c) => c.field === "date"));
    }
    for (const s of d.steps) if (!target.steps.some((t) => t.status === s.status)) target.steps.push(s);
    else {
      const same = target.steps.find((t) => t.status === s.status)!;
      // A date the text gives ("The document was signed on Tuesday") beats the report's month.
      if ((!same.date && s.date) || (s.stated && !same.stated)) Object.assign(same, { date: s.date, stated: s.stated });
    }
    if (target.cues.filter((c) => c.field === "merge").length < 10) target.cues.push({ field: "merge", rule: `sentence ${d.sentences[0].index + 1} tells the same ${d.kind}${back ? ` (“the ${back}”)` : ""}` });
    if (target.cues.length < 60) target.cues.push(...d.cues.filter((c) => c.field === "status"));
  }
  return out;
}

export function toProposal(d: Draft, i: number, ref: ReferenceDate | null): Proposal | null {
  const passage = d.sentences
    .sort((a, b) => a.index - b.index)
    .map((s) => s.text)
    .join(" ");
  const strong = d.mentions.filter((m) => !m.weak || m.kind === "person");
  if (d.kind !== "statement" && !strong.length) return null;
  const actors = new Map<string, Proposal["actors"][number]>();
  const firstClause = d.clauses[0];
  for (const m of strong) {
    if (actors.has(m.name)) continue;
    actors.set(m.name, { name: m.name, role: roleFor(d.kind, d.family, m, 0, firstClause, d.speaker), kind: m.kind, country: m.country, title: m.title, weak: m.weak, match: null });
  }
  // Roles need positions in the first clause: recompute against it where the actor appears there.
  for (const m of d.mentions) {
    const trig = d.kind === "event" ? (eventTrigger(firstClause)?.index ?? 0) : 0;
    if (firstClause.includes(m.text) && actors.has(m.name)) actors.get(m.name)!.role = roleFor(d.kind, d.family, { ...m, index: firstClause.indexOf(m.text) }, trig, firstClause, d.speaker);
  }
  const sectorText = d.kind === "statement" ? passage : d.clauses.join(" ");
  const sectors = findSectors(sectorText).map((h) => h.sector) as Sector[];
  if (d.kind === "statement" && !sectors.includes("diplomacy") && d.speaker?.kind !== "person") sectors.push("diplomacy");
  const places = findPlaces(d.clauses.join(" ")).map((p) => p.name);
  const cues: Proposal["cues"] = [
    ...d.cues,
    ...[...actors.values()].map((a) => ({ field: "actors" as const, rule: `${a.name}: ${d.mentions.find((m) => m.name === a.name)?.cue ?? ""}` })),
    ...findSectors(sectorText).map((h) => ({ field: "sectors" as const, rule: `${h.sector}: ${h.words.map((w) => `“${w}”`).join(", ")}` })),
    ...findPlaces(d.clauses.join(" ")).map((p) => ({ field: "places" as const, rule: p.cue })),
  ];
  let agreement: Proposal["agreement"] = null;
  let date = d.date;
  if (d.kind === "agreement") {
    const status = d.steps.length ? furthest(d.steps.map((s) => s.status)) : "signed";
    // An agreement is dated by the step that made it one (signed, ratified, in force), not by talk of it.
    const made_ = d.steps.filter((s) => ["signed", "ratified", "in_force"].includes(s.status) && s.date);
    // A step told in passing ("The treaty, signed in January, entered into force on 2 October") is background to the news.
    const making = made_.some((s) => !s.aside) ? made_.filter((s) => !s.aside) : made_;
    const made = making.map((s) => s.date!).sort()[0];
    // A date the text gives for signing beats a date of talk about it ("talks began in 2022 … signed on 17 January 2025").
    const stated = making.filter((s) => s.stated).map((s) => s.date!).sort()[0];
    const asDate = (x: string): FactDate => ({ start: x, end: null, precision: x.length === 10 ? "day" : x.length === 7 ? "month" : "year" });
    if (stated && (!d.explicitDate || (date.start !== stated && !making.some((s) => s.date === date.start)) || making.length < made_.length)) date = asDate(stated);
    // Failing a step that made it, an instrument proposed ("Iran proposed the conclusion of an agreement") is dated by the proposal.
    else if (!d.explicitDate) {
      const proposed = d.steps.find((s) => s.status === "proposed" && s.date)?.date;
      date = made ? asDate(made) : proposed ? asDate(proposed) : UNDATED;
    }
    agreement = { status, durationYears: durationYears(passage), figures: figures(passage), steps: d.steps.map(({ stated: _, aside: __, ...step }) => step) };
  }
  const statement = d.kind === "statement" && d.speaker && d.quote ? { speaker: d.speaker.name, quote: d.quote, verbatim: d.verbatim, language: quoteLanguage(d.quote, d.verbatim) } : null;
  if (d.kind === "statement" && !statement) return null;
  const summary = passage.length > 1200 ? `${passage.slice(0, passage.lastIndexOf(" ", 1200))}…` : passage;
  void ref;
  return {
    id: `p${i + 1}`,
    kind: d.kind,
    title: titleFrom(d),
    summary,
    date,
    sectors: sectors.length ? sectors : ["diplomacy"],
    places,
    actors: [...actors.values()],
    agreement,
    statement,
    passage,
    sentences: d.sentences.map((s) => s.index),
    cues,
  };
}
