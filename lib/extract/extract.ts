// Article text in, proposed entries out: a pure function, the same for the page, the API and the
// evaluation. Each sentence is read clause by clause for an event, an agreement or a statement;
// facts an article tells several times ("The visit, which took place on …") are joined; every
// field carries the cue that produced it.
import type { AgreementStatus, EntryKind, Sector } from "../entries/schemas";
import { findActorMentions, type ActorMention, type ArticlePeople } from "./actors";
import { durationYears, figures, furthest, statusCues, stepDate } from "./agreements";
import { UNDATED, dateNear, outsideAsides, findDates, referenceDate, referenceMonth, type DateHit, type FactDate, type ReferenceDate } from "./dates";
import { FAMILY_OF_NOUN, agreementTrigger, anaphora, eventTrigger, isCommentary, tenseAt, type Tense } from "./kinds";
import { languageNotice, quoteLanguage } from "./language";
import { findPlaces } from "./places";
import type { ExtractResult, Proposal } from "./schemas";
import { onUpdateDay, sameDayParagraphs, updateNoteDay } from "./genre";
import { occasionOf, pairOccasion, titleOccasion } from "./occasions";
import { anaphoricYears } from "./year-anaphora";
import { findSectors } from "./sectors";
import { splitClauses, splitSentences, wordCount, type Sentence } from "./sentences";
import { attributedFact, findStatement, quoted } from "./statements";

type Cue = Proposal["cues"][number];
type Draft = {
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

const MAX_SENTENCE = 1500;
/** How far back a fact told again is looked for: an article's facts are tens, a long report's hundreds. */
const MERGE_WINDOW = 60;

/** "date 2025-01-17" at the head of a saved page is metadata, not part of the first sentence. */
export function stripMetadata(text: string): string {
  return text.replace(/^\s*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\s*/i, "");
}

/** The two states an article names most: what “both nations” means in it. */
function mainStates(sentences: string[]): ActorMention[] {
  const counts = new Map<string, { mention: ActorMention; n: number }>();
  const people: ArticlePeople = new Map();
  for (const m of sentences.flatMap((s) => findActorMentions(s, people))) {
    if (m.kind !== "state") continue;
    const c = counts.get(m.name) ?? { mention: m, n: 0 };
    c.n++;
    counts.set(m.name, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n).slice(0, 2).map((c) => c.mention);
}

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

/**
 * Whether a date in a statement's clause dates the saying: before the speech verb and outside the
 * quotation, or right after it ("said on Wednesday that …", "told reporters last month"), not in
 * what was said ("said two more satellites would be launched in 2026").
 */
function saidWhen(clause: string, verbIndex: number, hit: DateHit): boolean {
  if (quoted(clause, hit.index)) return false;
  if (hit.index < verbIndex) return true;
  const between = clause.slice(verbIndex, hit.index);
  return !/\bthat\b|[“”"]|\b(?:was|were|is|are|will|would|had|has|have|could|should|can|be)\b/i.test(between) && between.split(/\s+/).filter(Boolean).length <= 10;
}

/** "Djalali: …", "Lavrov: …" at the head of a paragraph: an interview's answer, or a live blog's attribution. */
const ANSWER = /^((?:[A-Z][\p{L}’'-]+\s+){0,2}[A-Z][\p{L}’'-]+):\s+(?=\S)/u;
const NOT_SPEAKERS = /^(?:Q|A|Question|Answer|Interviewer|Background|Summary|Note|Update|Editor's note|Context|Analysis|Assessment|Correction|Source|Sources|Photo|Video|Read more|See also)$/i;

/** When an interview was given ("In an interview at the embassy on Monday, he spoke about …"): a date in a sentence that names the interview. */
function interviewedOn(sentences: Sentence[], ref: ReferenceDate | null): { date: FactDate; cue: string } | null {
  for (const s of sentences.slice(0, 12)) {
    if (s.heading || !/\binterview(?:ed)?\b/i.test(s.text)) continue;
    const hit = dateNear(findDates(s.text, ref), s.text.search(/\binterview/i));
    if (hit) return { date: { start: hit.start, end: hit.end, precision: hit.precision }, cue: `${hit.cue}` };
  }
  return null;
}

/** A report's date dates what it tells as news: simple past, or for agreement steps a present perfect too. */
function fallbackDate(ref: ReferenceDate | null, tense: Tense, kind: EntryKind, sameDay: string | null = null): { date: FactDate; cue: string } | null {
  if (!ref) return null;
  // A readout or a live blog's entry tells the news of its own day (a day the text itself gives).
  if (sameDay && tense !== "future") return { date: { start: ref.day, end: null, precision: "day" }, cue: `${sameDay}: ${ref.day}` };
  const news = tense === "past" || (kind === "agreement" && (tense === "perfect" || tense === "progressive"));
  if (!news) return null;
  return { date: referenceMonth(ref), cue: `told as news (${tense} tense) in a report of ${ref.day}${ref.from === "article" ? " (the article's own latest date)" : ""}: that month, not a day` };
}

function dateCue(hit: { cue: string } | null, fallback: { cue: string } | null): string {
  return hit?.cue ?? fallback?.cue ?? "no date in the sentence: undated";
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

export type ExtractOptions = { publishedAt?: string | null };

export function extractProposals(text: string, options: ExtractOptions = {}): ExtractResult {
  const notices: string[] = [];
  const language = languageNotice(text);
  if (language) notices.push(language.message);
  const sentences = splitSentences(stripMetadata(text)).filter((s) => !language || language.english(s.text));
  const dyad = mainStates(sentences.filter((s) => s.text.length <= MAX_SENTENCE).map((s) => s.text));
  const ref = referenceDate(sentences.filter((s) => !s.heading && s.text.length <= MAX_SENTENCE).map((s) => s.text), options.publishedAt ?? null);
  const people: ArticlePeople = new Map();
  const drafts: Draft[] = [];
  let lastSpeaker: { mention: ActorMention; paragraph: number } | null = null;
  let lastPerson: { mention: ActorMention; paragraph: number } | null = null;

  let skipped = 0;
  let lastYear: number | null = null;
  let updateDay: string | null = null;
  let historyParagraph = -1;
  let historyYear: number | null = null;
  const interviewDate = interviewedOn(sentences, ref);
  // Undated news of a readout or a live blog is of the text's day, when the text gives that day (its date line, "today").
  const genre = ref?.from === "publication" ? sameDayParagraphs(sentences) : null;
  const givesDay = genre && sentences.some((s) => s.text.length <= MAX_SENTENCE && findDates(s.text, ref).some((h) => h.precision === "day" && h.start === ref!.day));
  // The occasion a fact is tied to ("after the meeting", or a release's title "Press release on consultations …"), and its day if the article told it.
  const released = sentences[0]?.heading ? titleOccasion(sentences[0].text) : null;
  const occasionDay = (clause: string): { date: FactDate; cue: string } | null => {
    const occasion = occasionOf(clause) ?? pairOccasion(clause) ?? released;
    if (!occasion) return null;
    // The nearest fact of the occasion's own family first ("after the talks": the talks, not the arrival the day before);
    // its date as the text gave it ("At that meeting" in December 2024: that month), none when the text gave none.
    const recent = drafts.slice(-MERGE_WINDOW).reverse().filter((o) => o.kind !== "statement" && o.explicitDate && o.date.start);
    const told = occasion.families.map((f) => recent.find((o) => f === "*" || o.family === f)).find((o) => o !== undefined);
    if (!told) return null;
    // A meeting over two days: its closing session is the last, its opening the first; otherwise the whole span.
    const date = told.date.end && /clos|final/.test(occasion.word) ? { ...told.date, start: told.date.end, end: null } : told.date.end && /open/.test(occasion.word) ? { ...told.date, end: null } : told.date;
    return { date, cue: `at the ${occasion.word}${occasion === released ? " the release is about" : ""} told before (“${told.clauses[0].slice(0, 60)}…”): its date` };
  };
  const sameDay = (paragraph: number) => (givesDay && genre!.paragraphs.has(paragraph) ? genre!.rule : null);
  let answer: { paragraph: number; draft: Draft } | null = null;
  // Questions labelled as such make a transcript, whose answers may run over several paragraphs.
  const transcript = sentences.some((s) => /^(?:Q|Question)\s*(?:\(\w+\))?:/.test(s.text));
  for (const original of sentences) {
    let sentence = original;
    // A "sentence" of thousands of characters is a table, a list or a run-on paste, not prose.
    if (sentence.text.length > MAX_SENTENCE) {
      skipped++;
      continue;
    }
    if (sentence.heading) {
      // Headlines name people too ("Minister Tsivilyov visits …"): learn the names, propose nothing.
      findActorMentions(sentence.text, people);
      continue;
    }
    // An interview's answer ("Djalali: We did not want a military alliance."): the whole answer is the speaker's statement.
    let prefix = ANSWER.exec(sentence.text);
    // A label of a first and a last name ("Maria Zakharova: We welcome …") names the speaker even untitled.
    let speakerOfAnswer = prefix && !NOT_SPEAKERS.test(prefix[1]) ? findActorMentions(prefix[1], people).find((m) => m.kind === "person" && (!m.weak || /\s/.test(prefix![1])) && m.index === 0) : undefined;
    // A transcript's answer runs on over paragraphs until the next question or label: each paragraph is the speaker's.
    const firstOfParagraph = sentences[sentences.indexOf(original) - 1]?.paragraph !== sentence.paragraph;
    if (!prefix && transcript && answer && firstOfParagraph && !/^[\p{Lu}][\p{L} .'’-]{0,40}:\s/u.test(sentence.text) && sentence.paragraph === answer.paragraph + 1 && answer.draft.speaker) {
      prefix = Object.assign([""], { index: 0, input: sentence.text }) as unknown as RegExpExecArray;
      prefix[1] = answer.draft.speaker.name;
      speakerOfAnswer = answer.draft.speaker;
    }
    if (prefix && speakerOfAnswer) {
      sentence = { ...sentence, text: sentence.text.slice(prefix[0].length) };
      const fb = fallbackDate(ref, "past", "statement", sameDay(sentence.paragraph));
      const cue = interviewDate ? { date: interviewDate.date, rule: `an answer in an interview given ${interviewDate.cue}` } : fb ? { date: fb.date, rule: `an answer in an interview published ${ref!.day}: ${fb.date.precision === "day" ? fb.cue : "that month, not a day"}` } : { date: UNDATED, rule: "an answer in an undated interview: undated" };
      const draft: Draft = {
        kind: "statement",
        family: `speaker:${speakerOfAnswer.name}`,
        sentences: [original],
        clauses: [sentence.text],
        mentions: [{ ...speakerOfAnswer, index: 0 }],
        speaker: speakerOfAnswer,
        quote: sentence.text,
        verbatim: true,
        date: cue.date,
        explicitDate: !!interviewDate || cue.date.precision === "day",
        steps: [],
        cues: [
          { field: "kind", rule: `“${prefix[1]}:” opens an answer in an interview` },
          { field: "speaker", rule: `${speakerOfAnswer.name}: ${speakerOfAnswer.cue}` },
          { field: "quote", rule: "an interview answer: the interviewee's own words, verbatim" },
          { field: "date", rule: cue.rule },
        ],
      };
      drafts.push(draft);
      answer = { paragraph: sentence.paragraph, draft };
      lastSpeaker = { mention: speakerOfAnswer, paragraph: sentence.paragraph };
    } else if (answer && answer.paragraph === sentence.paragraph && answer.draft.sentences.length < 6) {
      answer.draft.sentences.push(original);
      answer.draft.quote = `${answer.draft.quote} ${sentence.text}`;
    }
    const all = findActorMentions(sentence.text, people);
    const named = all.filter((m) => m.kind === "person" && !m.weak && !quoted(sentence.text, m.index)).pop();
    const previousPerson = lastPerson;
    if (named) lastPerson = { mention: named, paragraph: sentence.paragraph };
    // What an answer is about: the actors it names.
    if (answer && answer.paragraph === sentence.paragraph) for (const m of all) if (!answer.draft.mentions.some((x) => x.name === m.name)) answer.draft.mentions.push(m);
    // In an answer the first person is the interviewee's ("Our parliament approved the treaty in May"), not the author's.
    const inAnswer = answer !== null && answer.paragraph === sentence.paragraph;
    if (isCommentary(inAnswer ? sentence.text.replace(/\b(?:we|our|us|I)\b/gi, "they") : sentence.text)) continue;
    updateDay = updateNoteDay(sentence.text, ref) ?? updateDay;
    const hits: DateHit[] = updateDay ? onUpdateDay(findDates(sentence.text, ref, lastYear), updateDay) : findDates(sentence.text, ref, lastYear);
    // The year a long read last gave, for "the following year" in the sentences after it.
    // (A year that names a thing, "the 2015 nuclear deal", tells no time.)
    const yearly = (h: DateHit) => h.start !== null && /\b(?:1[3-9]|20)\d{2}\b|year/.test(h.text) && !h.cue.includes("situates the fact rather than dating it");
    const stated = hits.filter(yearly).pop();
    if (sentence.paragraph !== historyParagraph) [historyParagraph, historyYear] = [sentence.paragraph, null];
    const storyYear = historyYear;
    if (stated) lastYear = historyYear = Number(stated.start!.slice(0, 4));
    // A paragraph that tells of years past ("In September 2010 … Tehran filed a claim"): its undated facts are of that past, not the report's month.
    const history = (at: number) => {
      const before = hits.filter((h) => h.index < at && yearly(h)).pop();
      const year = before ? Number(before.start!.slice(0, 4)) : storyYear;
      return ref !== null && year !== null && year < Number(ref.day.slice(0, 4)) - 1;
    };
    let offset = 0;
    for (const clause of splitClauses(sentence.text)) {
      const at = sentence.text.indexOf(clause, offset);
      offset = at + clause.length;
      const mentions = all.filter((m) => m.index >= at && m.index < at + clause.length).map((m) => ({ ...m, index: m.index - at }));
      const both = /\b(?:(?:both|the two)\s+(?:nations|countries|sides|governments|capitals|states|partners|parties)|the (?:parties|sides))\b/i.exec(clause);
      if (both && dyad.length === 2)
        for (const state of dyad) if (!mentions.some((m) => m.name === state.name)) mentions.push({ ...state, text: both[0], index: both.index, cue: `“${both[0]}”: the article's two main states` });
      const clauseHits = hits.filter((h) => h.index >= at && h.index < at + clause.length).map((h) => ({ ...h, index: h.index - at }));
      // "He" in a paragraph is its last speaker, or else the last person it named ("President Putin sent a greeting. He wrote …").
      const continuing = lastSpeaker && lastSpeaker.paragraph === sentence.paragraph ? lastSpeaker.mention : previousPerson && previousPerson.paragraph === sentence.paragraph ? previousPerson.mention : null;
      const made = (kind: EntryKind, family: string, trigger: number, cues: Cue[], extra: Partial<Draft> = {}, own: { clause: DateHit[]; sentence: DateHit[] } = { clause: clauseHits, sentence: hits }): Draft => {
        const hit = dateNear(outsideAsides(clause, own.clause, trigger), trigger) ?? dateNear(own.sentence, at + trigger);
        // "The two ministers met in Tehran": an event of the occasion just told takes its day.
        const occasioned = !hit && kind === "event" && tenseAt(clause, trigger) === "past" ? occasionDay(clause) : null;
        // ("Two years earlier", with no year before it to count from: no date at all, not the report's month.)
        const fb = hit || occasioned || history(at + trigger) || anaphoricYears(clause).length ? null : fallbackDate(ref, tenseAt(clause, trigger), kind, sameDay(sentence.paragraph));
        const d: Draft = {
          kind,
          family,
          sentences: [sentence],
          clauses: [clause],
          mentions,
          speaker: null,
          quote: null,
          verbatim: false,
          date: hit ? { start: hit.start, end: hit.end, precision: hit.precision } : occasioned?.date ?? fb?.date ?? UNDATED,
          explicitDate: !!hit || !!occasioned,
          steps: [],
          cues: [...cues, { field: "date", rule: occasioned?.cue ?? dateCue(hit, fb) }],
          ...extra,
        };
        return d;
      };
      const found = findStatement(clause, mentions, continuing);
      const steps = statusCues(clause);
      const referred = anaphora(clause);
      // "The document was signed on Tuesday": a step of the instrument told before.
      const agreement = agreementTrigger(clause, steps.length > 0) ?? (referred && FAMILY_OF_NOUN[referred] === "instrument" && steps.length ? { word: referred, index: Math.max(0, clause.toLowerCase().indexOf(referred)), family: "instrument", rule: `“the ${referred}” refers to an instrument` } : null);
      // "According to Eslami, a new batch of fuel was delivered last month": an attributed event or agreement step is that fact, with its source named.
      const attributed = attributedFact(found, clause, agreement !== null && steps.length > 0 ? agreement.index : null) ? found : null;
      const statement = attributed ? null : found;
      const before = drafts.length;
      const back = anaphora(clause);
      if (statement) {
        lastSpeaker = { mention: statement.speaker, paragraph: sentence.paragraph };
        // A statement is dated by when it was said ("said on Wednesday that …"), not by dates in what was said ("… launched in 2026").
        const own = statement.rule.startsWith("speech verb")
          ? { clause: clauseHits.filter((h) => saidWhen(clause, statement.verbIndex, h)), sentence: hits.filter((h) => h.index < at && !quoted(sentence.text, h.index)) }
          : statement.rule.startsWith("attribution “…,")
            ? { clause: clauseHits.filter((h) => h.index > statement.speaker.index), sentence: [] }
            : undefined;
        const d = made("statement", `speaker:${statement.speaker.name}`, statement.verbIndex, [
          { field: "kind", rule: statement.rule },
          { field: "speaker", rule: `${statement.speaker.name}: ${statement.speaker.cue}` },
          { field: "quote", rule: statement.verbatim ? "words in quotation marks: verbatim" : "no quotation marks: reported speech" },
        ], {}, own);
        // A statement's date is its own: only a past-tense remark in a dated report takes the report's month.
        if (!d.explicitDate && statement.tense !== "past" && !(sameDay(sentence.paragraph) && statement.tense !== "future")) {
          d.date = UNDATED;
          d.cues = d.cues.filter((c) => c.field !== "date").concat({ field: "date", rule: `said (${statement.tense} tense) at an unstated time: undated` });
        }
        // "told reporters after the meeting": the day of the meeting told before; a remark that follows in the paragraph was made there too.
        const told = !d.explicitDate && statement.tense !== "future" ? occasionDay(clause) : null;
        const previous = drafts.findLast((o) => o.kind === "statement");
        const sameOccasion = !occasionOf(clause) && previous !== undefined && previous.sentences[0].paragraph === sentence.paragraph && sentence.index - previous.sentences[previous.sentences.length - 1].index === 1 && previous.cues.some((c) => c.rule.startsWith("at the "));
        if (told || (d.date.precision !== "day" && sameOccasion && !hits.some((h) => !quoted(sentence.text, h.index)))) {
          d.date = told ? told.date : previous!.date;
          d.explicitDate = true;
          d.cues = d.cues.filter((c) => c.field !== "date").concat({ field: "date", rule: told ? told.cue : "at the same occasion as the remark before it in the paragraph: its day" });
        }
        d.speaker = statement.speaker;
        d.quote = statement.quote;
        d.verbatim = statement.verbatim;
        drafts.push(d);
      }
      const backToAgreement = back !== null && FAMILY_OF_NOUN[back] !== undefined && FAMILY_OF_NOUN[back] !== "visit" && !["meeting", "supply", "military"].includes(FAMILY_OF_NOUN[back]);
      const inQuote = statement && agreement && agreement.index > statement.verbIndex && !backToAgreement;
      if (agreement && !inQuote && (steps.length || backToAgreement || /\bagreed|signed|treaty|tariff/i.test(clause))) {
        const family = agreement.family;
        const d = made("agreement", family, agreement.index, [{ field: "kind", rule: agreement.rule }]);
        // "The financing protocol is still under negotiation": an instrument that names no party is, in a report on two states, theirs.
        if (!mentions.some((m) => !m.weak) && dyad.length === 2) d.mentions = [...mentions, ...dyad.map((state) => ({ ...state, text: agreement.word, index: agreement.index, cue: `no party named: the article's two main states, ${dyad.map((x) => x.name).join(" and ")}` }))];
        d.steps = steps.map((s) => {
          const hit = stepDate(clauseHits, steps, s);
          // "a proposed pipeline": an adjective dates nothing; a verb in a dated report gives its month.
          const adjective = s.status === "proposed" && /^propos/i.test(s.word) && /^\s+[a-z]/.test(clause.slice(s.index + s.word.length)) && !/\b(?:was|were|has|have|had)\s+$/i.test(clause.slice(0, s.index));
          const fb = hit || adjective ? null : fallbackDate(ref, tenseAt(clause, s.index), "agreement", sameDay(sentence.paragraph));
          d.cues.push({ field: "status", rule: `“${s.word}” → ${s.status.replace("_", " ")}${hit ? `, dated by ${hit.cue}` : fb ? `, ${fb.cue}` : ", undated"}` });
          return { status: s.status, date: hit?.start ?? fb?.date.start ?? null, note: `“${s.word}”`, stated: !!hit, aside: s.aside };
        });
        // "Following the consultations, the parties signed a protocol": the day of the consultations told before.
        const told = d.explicitDate ? null : occasionDay(clause);
        if (told) {
          d.date = told.date;
          d.explicitDate = true;
          d.cues = d.cues.filter((c) => c.field !== "date").concat({ field: "date", rule: told.cue });
          for (const step of d.steps) if (!step.stated && step.status !== "proposed" && step.status !== "negotiating") Object.assign(step, { date: told.date.start, stated: true });
        }
        if (!d.steps.length) d.cues.push({ field: "status", rule: "no lifecycle word: status left to the analyst (signed assumed)" });
        // Only a reference back ("the strategic partnership …") with nothing earlier to join: not a fact of its own.
        d.onlyBack = !d.steps.length && backToAgreement && !/\bagreed|signed/i.test(clause);
        drafts.push(d);
      }
      // "Following the consultations, …", "During the visit, …": the occasion is a fact told before, not a new event.
      const occasionHere = occasionOf(clause);
      const event = eventTrigger(occasionHere ? clause.slice(0, occasionHere.index) + " ".repeat(occasionHere.text.length) + clause.slice(occasionHere.index + occasionHere.text.length) : clause);
      // An event word in a statement's content ("said the visit …") is what was said, not a new fact.
      const negotiatingWord = event && /^(?:talks|discussions|consultations|negotiations?)$/i.test(event.word);
      if (event && !(statement && event.index > statement.verbIndex) && !(agreement && (negotiatingWord || (event.family !== "visit" && event.family !== "meeting")))) {
        // "He also visited the research centre": the paragraph's last speaker or person did.
        if (continuing && /^(?:He|She)\b/.test(clause) && !mentions.some((m) => m.name === continuing.name)) mentions.push({ ...continuing, text: clause.split(" ")[0], index: 0, cue: `“${clause.split(" ")[0]}” is ${continuing.name}, named before in the paragraph` });
        const actorsInClause = mentions.filter((m) => !m.weak || m.kind === "person");
        if (actorsInClause.length || back) drafts.push(made("event", event.family, event.index, [{ field: "kind", rule: event.rule }]));
      }
      if (attributed) for (const d of drafts.slice(before)) d.cues.push({ field: "kind", rule: `told on the word of ${attributed.speaker.name} (“according to …”): attributed, not confirmed` });
      // "…, and it entered into force on 2 October": a step of the agreement just named.
      const last = drafts[drafts.length - 1];
      if (!agreement && steps.length && /^(?:it|which|this|that)\b/i.test(clause) && last?.kind === "agreement" && last.sentences[0].paragraph === sentence.paragraph) {
        const d = made("agreement", last.family, 0, [{ field: "merge", rule: `“${clause.split(" ")[0]}” refers to the agreement just named` }]);
        d.steps = steps.map((s) => {
          const hit = stepDate(clauseHits, steps, s);
          const fb = hit ? null : fallbackDate(ref, tenseAt(clause, s.index), "agreement", sameDay(sentence.paragraph));
          d.cues.push({ field: "status", rule: `“${s.word}” → ${s.status.replace("_", " ")}${hit ? `, dated by ${hit.cue}` : fb ? `, ${fb.cue}` : ", undated"}` });
          return { status: s.status, date: hit?.start ?? fb?.date.start ?? null, note: `“${s.word}”`, stated: !!hit };
        });
        d.explicitDate = false;
        d.date = UNDATED;
        d.clauses = [`the agreement: ${clause}`];
        drafts.push(d);
        continue;
      }
      if (!statement && !agreement && !event && back && drafts.length) {
        drafts.push(made(drafts[drafts.length - 1].kind, FAMILY_OF_NOUN[back] ?? back, 0, [{ field: "merge", rule: `“the ${back}” refers back` }]));
      }
    }
  }

  if (skipped) notices.push(`${skipped} passage${skipped === 1 ? "" : "s"} of more than ${MAX_SENTENCE.toLocaleString("en")} characters without a sentence end ${skipped === 1 ? "was" : "were"} skipped.`);
  const merged = mergeDrafts(drafts).filter((d) => !d.onlyBack);
  const proposals = merged.map((d, i) => toProposal(d, i, ref)).filter((p): p is Proposal => p !== null);
  if (!proposals.length && !language?.blocking) notices.push("No event, agreement or statement was recognised: log the entries by hand, or check that the text is the article itself.");
  return { proposals, referenceDate: ref, notices, words: wordCount(text) };
}

/** Whether two dates can be the same time: one within the other ("2025-03" and "2025-03-18"). */
function sameTime(a: FactDate, b: FactDate): boolean {
  if (!a.start || !b.start) return true;
  return a.start.startsWith(b.start) || b.start.startsWith(a.start);
}

/** Joins what an article tells more than once: a back-reference, the same visit, the same speaker in consecutive sentences, the same instrument. */
function mergeDrafts(drafts: Draft[]): Draft[] {
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

function toProposal(d: Draft, i: number, ref: ReferenceDate | null): Proposal | null {
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
    else if (!d.explicitDate) date = made ? asDate(made) : UNDATED;
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
