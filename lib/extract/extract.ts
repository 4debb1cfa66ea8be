// Article text in, proposed entries out: a pure function, the same for the page, the API and the
// evaluation. Each sentence is read clause by clause for an event, an agreement or a statement;
// facts an article tells several times ("The visit, which took place on …") are joined; every
// field carries the cue that produced it.
import type { EntryKind } from "../entries/schemas";
import { findActorMentions, type ActorMention, type ArticlePeople } from "./actors";
import { statusCues, stepDate } from "./agreements";
import { UNDATED, dateNear, outsideAsides, findDates, referenceDate, referenceMonth, type DateHit, type FactDate, type ReferenceDate } from "./dates";
import { FAMILY_OF_NOUN, PROJECT_NOUN, agreementTrigger, anaphora, eventTrigger, isCommentary, tenseAt, unquoted, type Tense } from "./kinds";
import { languageNotice } from "./language";
import type { ExtractResult, Proposal } from "./schemas";
import { onUpdateDay, sameDayParagraphs, updateNoteDay } from "./genre";
import { occasionOf, titleOccasion } from "./occasions";
import { anaphoricYears } from "./year-anaphora";
import { splitClauses, splitSentences, wordCount, type Sentence } from "./sentences";
import { mergeDrafts, toProposal, type Cue, type Draft } from "./drafts";
import { toldBefore } from "./told-before";
import { attributedFact, findStatement, quoted } from "./statements";

const MAX_SENTENCE = 1500;

/** "date 2025-01-17" at the head of a saved page is metadata, not part of the first sentence. */
/**
 * A wire dateline opening a paragraph ("DUBAI, Aug 6, 2024 (Gulf Wire) - ", "MOSCOW, March 14 (Reuters) — "):
 * where and when the report was filed, not when its news happened.
 */
const WIRE_DATELINE = /^[ \t]*[A-Z][A-Z .'\/-]{1,30}(?:,[ \t]*[A-Z][\p{L} .'-]{1,30})?,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?)[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-–—]+[ \t]*/gmu;

export function stripMetadata(text: string): string {
  return text.replace(/^\s*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\s*/i, "").replace(WIRE_DATELINE, "");
}

const surname = (name: string) => name.split(/\s+/).pop()!.toLowerCase();

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

/** The words that introduce an interview: "In an interview …", "We spoke to him at the embassy …". */
const INTERVIEW = /\b(?:interview(?:ed)?|(?:spoke|talked) (?:to|with)|sat down with)\b/i;

/** When an interview was given ("In an interview at the embassy on Monday, he spoke about …"): a date in a sentence that names the interview. */
function interviewedOn(sentences: Sentence[], ref: ReferenceDate | null): { date: FactDate; cue: string } | null {
  for (const s of sentences.slice(0, 12)) {
    if (s.heading || !INTERVIEW.test(s.text)) continue;
    const hit = dateNear(findDates(s.text, ref), s.text.search(INTERVIEW));
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
  // Who was interviewed: the person the sentence introducing the interview names first ("Russia's ambassador, Alexey Dedov, spoke to …").
  const introduction = sentences.slice(0, 12).find((s) => !s.heading && INTERVIEW.test(s.text));
  const interviewee = introduction ? findActorMentions(introduction.text, new Map(people)).find((m) => m.kind === "person") ?? null : null;
  // Undated news of a readout or a live blog is of the text's day, when the text gives that day (its date line, "today").
  const genre = ref?.from === "publication" ? sameDayParagraphs(sentences) : null;
  const givesDay = genre && sentences.some((s) => s.text.length <= MAX_SENTENCE && findDates(s.text, ref).some((h) => h.precision === "day" && h.start === ref!.day));
  // The occasion a fact is tied to ("after the meeting", or a release's title "Press release on consultations …"), and its day if the article told it.
  const released = sentences[0]?.heading ? titleOccasion(sentences[0].text) : null;
  const { occasionDay, relativeDay, participantOccasion } = toldBefore(drafts, released);
  const sameDay = (paragraph: number) => (givesDay && genre!.paragraphs.has(paragraph) ? genre!.rule : null);
  let answer: { paragraph: number; draft: Draft } | null = null;
  // Questions labelled as such make a transcript, whose answers may run over several paragraphs.
  const QUESTION = /^(?:Q|Question)\s*(?:\(\w+\))?:/;
  const transcript = sentences.some((s) => QUESTION.test(s.text));
  const questions = new Set<number>();
  let headline: { date: FactDate; family: string; people: string[]; cue: string } | null = null;
  const issuers: string[] = [];
  for (const original of sentences) {
    let sentence = original;
    // A "sentence" of thousands of characters is a table, a list or a run-on paste, not prose.
    if (sentence.text.length > MAX_SENTENCE) {
      skipped++;
      continue;
    }
    if (QUESTION.test(sentence.text)) questions.add(sentence.paragraph);
    if (sentence.heading) {
      // Headlines name people too ("Minister Tsivilyov visits …"): learn the names, propose nothing.
      const named = findActorMentions(sentence.text, people);
      // "Ministry of Economic Development — Press release": the bodies whose release the text is.
      if (/\b(?:press|news) (?:release|service)\b/i.test(sentence.text)) issuers.push(...named.filter((m) => m.kind !== "person").map((m) => m.name));
      // The headline's day for the news it leads with ("Shoigu holds talks … in Tehran on Monday").
      if (sentence === sentences[0] && ref) {
        const day = findDates(sentence.text, ref).find((h) => h.precision === "day" && !h.end);
        const event = day ? eventTrigger(sentence.text) : null;
        if (day && event) headline = { date: { start: day.start, end: null, precision: "day" }, family: event.family, people: named.filter((m) => m.kind === "person").map((m) => m.name), cue: day.cue };
      }
      continue;
    }
    // An interview's answer ("Djalali: We did not want a military alliance."): the whole answer is the speaker's statement.
    let prefix = ANSWER.exec(sentence.text) ?? (interviewee ? /^(A|Answer):\s+(?=\S)/.exec(sentence.text) : null);
    // A label of a first and a last name ("Maria Zakharova: We welcome …") names the speaker even untitled.
    let speakerOfAnswer = prefix && !NOT_SPEAKERS.test(prefix[1]) ? findActorMentions(prefix[1], people).find((m) => m.kind === "person" && (!m.weak || /\s/.test(prefix![1])) && m.index === 0) : undefined;
    // "A: …" in an interview: the interviewee's answer.
    if (prefix && /^(?:A|Answer)$/i.test(prefix[1]) && interviewee) speakerOfAnswer = interviewee;
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
    // An answer's "last month" counts from the day the interview was given, not from its publication.
    const said = inAnswer && interviewDate?.date.precision === "day" && ref ? { ...ref, day: interviewDate.date.start! } : ref;
    const found = findDates(sentence.text, said, lastYear).map((h) => (said !== ref && h.cue.match(/yesterday|today|last|this|next|ago|earlier|weekday/i) ? { ...h, cue: `${h.cue}, counted from the day the interview was given` } : h));
    const hits: DateHit[] = updateDay ? onUpdateDay(found, updateDay) : found;
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
        const occasioned = !hit ? relativeDay(clause) ?? (kind === "event" && tenseAt(clause, trigger) === "past" ? occasionDay(clause) : null) : null;
        // ("Two years earlier", with no year before it to count from: no date at all, not the report's month.)
        let fb = hit || occasioned || history(at + trigger) || anaphoricYears(clause).length ? null : fallbackDate(ref, tenseAt(clause, trigger), kind, sameDay(sentence.paragraph));
        // The report's first event, undated in the text, is the news its headline dates, when both tell one kind of thing of one person.
        const headlined = fb && fb.date.precision !== "day" && kind === "event" && headline && headline.family === family && !drafts.some((o) => o.kind === "event") && mentions.some((m) => headline!.people.some((name) => surname(name) === surname(m.name)));
        if (headlined) fb = { date: headline!.date, cue: `the news the headline dates (“${headline!.cue.split("”")[0].replace(/^“/, "")}”): ${headline!.date.start}` };
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
          explicitDate: !!hit || !!occasioned || !!headlined,
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
        // A body's present view in its own release ("The Ministry expects trade to reach …") is of the release's day.
        const ownView = !d.explicitDate && statement.tense === "present" && ref?.from === "publication" && issuers.some((name) => name === statement.speaker.name);
        if (ownView) {
          d.date = { start: ref!.day, end: null, precision: "day" };
          d.explicitDate = true;
          d.cues = d.cues.filter((c) => c.field !== "date").concat({ field: "date", rule: `${statement.speaker.name}'s own view in its release of ${ref!.day}: that day` });
        }
        // A statement's date is its own: only a past-tense remark in a dated report takes the report's month.
        if (!d.explicitDate && statement.tense !== "past" && !(sameDay(sentence.paragraph) && statement.tense !== "future")) {
          d.date = UNDATED;
          d.cues = d.cues.filter((c) => c.field !== "date").concat({ field: "date", rule: `said (${statement.tense} tense) at an unstated time: undated` });
        }
        // "told reporters after the meeting": the day of the meeting told before; a remark that follows in the paragraph was made there too.
        const told = !d.explicitDate && statement.tense !== "future" ? occasionDay(clause, statement.speaker) : null;
        const previous = drafts.findLast((o) => o.kind === "statement");
        // "Reshetnikov said on the same occasion": the remark told before was made there too.
        const onSame = /\b(?:on|at) (?:the same|that) (?:occasion|event|meeting|ceremony|(?:news |press )?conference|briefing)\b/i.test(unquoted(clause)) && !!previous?.explicitDate && !!previous.date.start;
        const sameOccasion = onSame || (!occasionOf(clause) && previous !== undefined && previous.sentences[0].paragraph === sentence.paragraph && sentence.index - previous.sentences[previous.sentences.length - 1].index === 1 && previous.cues.some((c) => c.rule.startsWith("at the ")));
        const undatedHere = !hits.some((h) => !quoted(sentence.text, h.index));
        // "Shoigu said Moscow was ready …" after "Shoigu met Pezeshkian in Tehran on Monday": a remark
        // of someone at the meeting just told, with no time of its own, was made there.
        const present = !told && !d.explicitDate && statement.tense === "past" && undatedHere ? participantOccasion(statement.speaker, mentions) : null;
        if (told || present || (d.date.precision !== "day" && sameOccasion && undatedHere)) {
          d.date = told ? told.date : present ? present.date : previous!.date;
          d.explicitDate = true;
          d.cues = d.cues.filter((c) => c.field !== "date").concat({ field: "date", rule: told ? told.cue : present ? present.cue : "at the same occasion as the remark before it in the paragraph: its day" });
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
          // ("Iran proposed the conclusion of …" is a verb: a determiner follows it.)
          const adjective = s.status === "proposed" && /^propos/i.test(s.word) && /^\s+(?!(?:the|a|an|to|that|its|their|his|her|this|these)\b)[a-z]/.test(clause.slice(s.index + s.word.length)) && !/\b(?:was|were|has|have|had)\s+$/i.test(clause.slice(0, s.index));
          const fb = hit || adjective ? null : fallbackDate(ref, tenseAt(clause, s.index), "agreement", sameDay(sentence.paragraph));
          d.cues.push({ field: "status", rule: `“${s.word}” → ${s.status.replace("_", " ")}${hit ? `, dated by ${hit.cue}` : fb ? `, ${fb.cue}` : ", undated"}` });
          return { status: s.status, date: hit?.start ?? fb?.date.start ?? null, note: `“${s.word}”`, stated: !!hit, aside: s.aside };
        });
        // "Following the consultations, the parties signed a protocol": the day of the consultations told before;
        // "The following documents were also signed": the day of the signing just told.
        const alsoSigned = !d.explicitDate && /\balso\s+(?:been\s+)?signed\b/i.test(clause) ? drafts.findLast((o) => o.kind === "agreement" && o.explicitDate && o.date.precision === "day") : undefined;
        const told = d.explicitDate ? null : alsoSigned ? { date: alsoSigned.date, cue: `signed with the instrument told before (“${alsoSigned.clauses[0].slice(0, 60)}…”): its day` } : occasionDay(clause);
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
        // "Construction of unit 2 formally began in 2019": a project's step that names no one, in a report on two states, is theirs.
        const project = !actorsInClause.length && !back && event.family === "build" && dyad.length === 2 && (PROJECT_NOUN.test(clause) || /\bunits? \d/.test(clause));
        if (actorsInClause.length || back || project) {
          const d = made("event", event.family, event.index, [{ field: "kind", rule: event.rule }]);
          if (project) d.mentions = [...mentions, ...dyad.map((state) => ({ ...state, text: event.word, index: event.index, cue: `no one named: the article's two main states, ${dyad.map((x) => x.name).join(" and ")}` }))];
          drafts.push(d);
        }
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
  // An interviewer's question tells facts only in passing ("Q: … Pezeshkian visited Kazan last
  // October. Is another visit planned?", "Question: The embassy said on Tuesday that …"): a dated one
  // is kept, an undated premise is not ("Q: Western governments accuse Iran of …").
  const asked = (d: Draft) => questions.has(d.sentences[0].paragraph) && !d.explicitDate;
  const merged = mergeDrafts(drafts.filter((d) => !asked(d))).filter((d) => !d.onlyBack);
  const proposals = merged.map((d, i) => toProposal(d, i, ref)).filter((p): p is Proposal => p !== null);
  if (!proposals.length && !language?.blocking) notices.push("No event, agreement or statement was recognised: log the entries by hand, or check that the text is the article itself.");
  return { proposals, referenceDate: ref, notices, words: wordCount(text) };
}
