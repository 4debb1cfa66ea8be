// What kind of fact a clause states. An event needs a word for something that happened (a visit,
// a delivery, a strike); an agreement needs a word for an instrument (treaty, deal, memorandum) or
// a project with a step of its lifecycle ("a proposed pipeline"); statements are found by
// statements.ts. Hedged or hypothetical clauses ("could involve joint exercises") state no fact.

export type Trigger = { word: string; index: number; family: string; rule: string };

const EVENT_CUES: { family: string; re: RegExp }[] = [
  { family: "visit", re: /\b(?:visit(?:s|ed|ing)?|trip|dispatched|travel(?:l)?ed (?:to|from)|arrived(?: in| at)?|toured|official visit)\b/i },
  // "reached Bandar Abbas": an arrival at a named place ("reached an agreement" is not one; hence no i flag).
  { family: "visit", re: /\breached(?= [A-Z])/ },
  // "Putin received Araghchi in the Kremlin": a host receives a visitor; "Iran received the first batch" is a delivery.
  { family: "meeting", re: /\b(?:handed (?:[\w-]+ ){0,4}(?:a|an|the) (?:[\w-]+ ){0,2}(?:message|letter)|(?:delivered|conveyed|passed on) (?:a|an|the) (?:[\w-]+ ){0,2}(?:message|letter)|received (?=(?:the visiting |visiting )?(?:[A-Z][A-Za-z-]+ ){0,4}(?:Minister|President|Prime|Foreign|Deputy|Secretary|Speaker|Ambassador|delegation|[A-Z][a-z]+ [A-Z][a-z]+\b))|(?:tele)?phone (?:conversation|call|talks)|spoke by (?:tele)?phone|(?:video|phone) call|videoconference|met|meetings?|talks|discussions|consultations|summit|forum|press conference|attend(?:ed|ing|s)?|hosted|held talks|took part in|taken part in|participated in|voted (?:for|against)|abstained)\b/i },
  { family: "supply", re: /\b(?:suppl(?:ied|ies|ier|iers|ying|y of)|deliver(?:ed|y|ies|ing)|shipments?|shipped|transferr?(?:ed|ing)|transfer of|sold|sale of|purchased?|bought|acquired|arrival of|unloaded|sailed (?:from|to)|received(?! (?:the visiting |visiting )?(?:[A-Z][A-Za-z-]+ ){0,4}(?:Minister|President|Prime|Foreign|Deputy|Secretary|Speaker|Ambassador|delegation|[A-Z][a-z]+ [A-Z][a-z]+\b))|provided military|provided (?:\w+ )?(?:drones|missiles|weapons|equipment|assistance))\b/i },
  { family: "military", re: /\b(?:exercises|(?:joint|naval|military|air|search-and-rescue|live-fire|tactical|command-staff)\s+(?:[\w-]+\s+)?exercise|drills?|manoeuvres|maneuvers|parade|port calls?|docked|strikes|struck|attack(?:ed|s)?|fired|deployed|deployment|invasion|invaded|seized|resumed|used (?:[\w-]+ ){0,3}against)\b/i },
  { family: "build", re: /\b(?:went live|came online|came on stream|entered (?:commercial )?service|began operating|started operating|built|construction|constructing|completion of|became operational|declared (?:[\w-]+ ){0,4}operational|commissioned|inaugurated|launched|completed|established|opened|(?:carried|put|placed) (?:\S+ ){0,4}into orbit)\b/i },
  // Decisions of a government: a ban lifted or imposed, a decree, a sanctions designation.
  { family: "decision", re: /\b(?:(?:adopted|approved|passed|endorsed) (?:the|a) (?:[\w-]+ ){0,3}(?:law|bill)|voted (?:\d+|unanimously|overwhelmingly)|lifted (?:the|a|its) (?:[\w-]+ )?(?:ban|embargo|sanctions)|imposed (?:a |an |new )?(?:[\w-]+ )?(?:ban|embargo|sanctions)|signed a decree|by decree|designated|blacklisted)\b/i },
  // Courts: a claim filed, a lawsuit withdrawn.
  { family: "legal", re: /\b(?:filed (?:a |an )?(?:[\w-]+ ){0,3}(?:claim|lawsuit|suit|complaint|case)|withdr[ae]w (?:its|the|a|their) (?:[\w-]+ )?(?:lawsuit|claim|suit|complaint|case)|sued)\b/i },
  { family: "join", re: /\b(?:joined|inclusion in|admitted|accession|became a member|membership)\b/i },
  { family: "integration", re: /\b(?:integrat(?:ing|ed|ion of)|linked|connected|connecting)\b/i },
];

export const AGREEMENT_NOUN = /\b(?:treaty|agreements?|accord|memorandum|MoU|deal|contract|pact|protocol|convention|road ?map|(?:comprehensive |strategic )partnership|free trade|tariffs?)\b/i;
export const PROJECT_NOUN = /\b(?:pipeline|corridor|railway|power (?:plant|units?)|reactors?|project|swap|factory|plant|terminal|joint venture)\b/i;
// ("may" in lower case only: "in May 2024" is a month, not a hedge.)
const HEDGE = /\b(?:could|would|might|potential(?:ly)?|possibl[ey]|likely|unlikely|if|whether|bound to|expected to|is set to|are set to|hypothetical|imagine|aims? to|seeks? to|in order to|such as|to (?:hold|host|convene))\b/i;

/** Blog talk and commentary: first or second person, questions, exclamations. */
export function isCommentary(text: string): boolean {
  // Words inside quotation marks are the speaker's: “We will continue …,” Lavrov said.
  // "Our correspondent reports …", "our sources": a newsroom's voice, not the author's opinion.
  const sentence = text.replace(/[“"][^”"]*[”"]|«[^»]*»/g, "“…”").replace(/\b[Oo]ur (?:correspondent|reporter|sources?|team|newsroom)\b/g, "the $1");
  return /\b(?:we|we're|we've|you|you're|your|our|let's|guys)\b/i.test(sentence) || /\b(?:us|I|I'm)\b/.test(sentence)
    || /^(?:This|These|Such|That|It)\s+(?:is|are|was|were|has|have|partnership|alliance|cooperation|move|development|relationship|strategic|growing|collaboration|exchange)\b/.test(sentence)
    // A correction's account of what an earlier version said is about the article, not the world.
    || /\b(?:earlier|previous|original) version of this (?:article|story|report)\b/i.test(sentence)
    || /^(?:Observers|Analysts|Experts|Critics|Commentators|Some|Many)\b[^,]{0,30}\b(?:note|say|said|argue|believe|suggest|emphasi[sz]e|warn)/.test(sentence) || /[?!]\s*$/.test(sentence) || /^(?:Think about it|So,|Ultimately|In short|Overall)/.test(sentence);
}

/** A clause with its quotations blanked out, positions kept: what a speaker says happened is a statement, not an event. */
export const unquoted = (clause: string) => clause.replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, (q) => " ".repeat(q.length));

export function eventTrigger(clause: string): Trigger | null {
  let best: Trigger | null = null;
  const plain = unquoted(clause);
  for (const { family, re } of EVENT_CUES) {
    // "ahead of the meeting of the IAEA Board": an occasion that situates the fact, not one that happened.
    // "denied any deliveries", "no evidence of deliveries": a fact said not to have happened.
    const m = [...plain.matchAll(new RegExp(re.source, `${re.flags}g`))].find((x) => !/\b(?:ahead of|prior to|in preparation for|in the run-up to|(?:protocol|minutes|results|outcome|communiqu[eé]|sidelines|margins|eve) of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i.test(plain.slice(Math.max(0, x.index - 40), x.index)) && !/\b(?:next|upcoming|forthcoming|planned|future)\s+(?:[\w-]+\s+)?$/i.test(plain.slice(Math.max(0, x.index - 30), x.index)) && !/\b(?:denied|denies|deny|no|never|not|without)\s+(?:[\w-]+\s+){0,3}$/i.test(plain.slice(Math.max(0, x.index - 40), x.index)));
    if (m && (!best || m.index < best.index)) best = { word: m[0], index: m.index, family, rule: `event word “${m[0]}” (${family})` };
  }
  // Failing any other word, something begun: "Banks began exchanging messages through the link",
  // "The first phase … began in November".
  const begun = best ? null : /\b(?:began|begun|started|commenced)\s+(?:[a-z]+ing\b|(?=(?:in|on|last|earlier|this)\s))/i.exec(plain);
  if (begun) best = { word: begun[0], index: begun.index, family: "start", rule: `event word “${begun[0]}” (start)` };
  if (!best) return null;
  // "The visit … has been postponed", "A planned meeting was cancelled", "… was not held today": what did not take place is no event.
  if (/\b(?:postponed|cancell?ed|called off|put off|rescheduled)\b|\b(?:did not|didn't|never|has not|have not|had not) (?:take|taken|took) place\b|\b(?:was|were|has not been|had not been) not held\b|\bwas never held\b/i.test(plain)) return null;
  // A hedge before the cue word makes it a possibility, not a fact ("could involve joint exercises").
  if (HEDGE.test(clause.slice(0, best.index)) || /\bmay\b/.test(clause.slice(0, best.index))) return null;
  return best;
}

/** A document signed or adopted: "signed a plan of consultations", "adopted a joint declaration". */
const SIGNED_DOCUMENT = /\b(?:signed|inked|adopted|approved)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(plan|programme|program|declaration|joint statement|communiqu[eé]|charter|framework)\b/iu;

export function agreementTrigger(clause: string, statusCue: boolean): Trigger | null {
  const signed = SIGNED_DOCUMENT.exec(clause);
  if (signed) return { word: signed[1], index: signed.index + signed[0].length - signed[1].length, family: "instrument", rule: `a signed document (“${signed[0]}”)` };
  // "eleven days after the framework agreement": an agreement that situates the fact, not the fact.
  // ("since the free trade agreement entered into force …" opens a clause about the agreement itself.)
  const noun = [...clause.matchAll(new RegExp(AGREEMENT_NOUN.source, "gi"))].find(
    (x) => !/\b(?:after|before|since|following|ahead of|prior to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$/i.test(clause.slice(Math.max(0, x.index - 40), x.index)) || /^[^,;]{0,80}?\b(?:entered|came into|took effect|was|were|is|are|has|have)\b/i.test(clause.slice(x.index + x[0].length)),
  );
  if (noun) return { word: noun[0], index: noun.index, family: /tariff|free trade/i.test(noun[0]) ? "trade measure" : "instrument", rule: `agreement word “${noun[0]}”` };
  const project = PROJECT_NOUN.exec(clause);
  if (project && statusCue) return { word: project[0], index: project.index, family: `project:${project[0].toLowerCase()}`, rule: `project “${project[0]}” with a lifecycle word` };
  return null;
}

/** A clause that refers back to a fact told before: "The visit, which took place on …", "Under the treaty, …". */
const ANAPHORA = /^(?:[A-Z][\w ]{0,20},\s+)?(?:under |during |in |by )?(?:the|this|that|these|its|their|his|her|(?:last|this|next) (?:year|month|week)[’']s|[A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)?[’']s)\s+(?:[\p{L}-]+\s+){0,3}?(visit|trip|talks|meetings?|discussions|call|conversation|agreement|treaty|deal|accord|pact|summit|delivery|arrival|exercises?|drills?|launch|pipeline|project|partnership|memorandum|contract|document|protocol)\b/iu;

export function anaphora(clause: string): string | null {
  const m = ANAPHORA.exec(clause);
  // "The next meeting will be held in 2026": a plan, not the meeting told before.
  if (!m || /\b(?:next|upcoming|forthcoming|planned|future)\b/i.test(m[0])) return null;
  return m[1].toLowerCase();
}

export const FAMILY_OF_NOUN: Record<string, string> = {
  visit: "visit", trip: "visit", talks: "meeting", call: "meeting", conversation: "meeting", meeting: "meeting", meetings: "meeting", discussions: "meeting", summit: "meeting",
  delivery: "supply", arrival: "supply", exercise: "military", exercises: "military", drill: "military", drills: "military", launch: "build",
  agreement: "instrument", treaty: "instrument", memorandum: "instrument", contract: "instrument", document: "instrument", protocol: "instrument", deal: "instrument", accord: "instrument", pact: "instrument", partnership: "instrument",
  pipeline: "project:pipeline", project: "project:project",
};

export type Tense = "past" | "perfect" | "progressive" | "present" | "future";

/** The tense of a clause's verb phrase around a position: what decides whether a dated report dates the fact. */
export function tenseAt(clause: string, index: number): Tense {
  // A quotation's verbs are the speaker's, not the report's ("“We will continue,” Lavrov said").
  const plain = clause.replace(/[“"][^”"]*[”"]/g, (q) => " ".repeat(q.length));
  const window = plain.slice(Math.max(0, index - 80), index + 30);
  if (/\b(?:will|shall|is to|are to|plans? to|expected to)\b/i.test(window)) return "future";
  if (/\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ne|un|ld|ot|id|ht|de)\b/i.test(window) || /\b(?:has|have)\s+(?:\w+\s+)?(?:said|made|sent|met|built|signed|agreed|moved)\b/i.test(window)) return "perfect";
  if (/\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:being\s+)?\w+ing\b|\bare being\b|\bis being\b/i.test(window)) return "progressive";
  if (/\b(?:was|were|did|had)\b|\b\w+ed\b|\b(?:said|met|took|made|held|sent|went|came|began|told|built|sold|bought|struck|termed|wrote|spoke|gave|declined)\b/i.test(window)) return "past";
  return "present";
}
