// When a statement was made, from the occasion the text ties it to: "told reporters after the
// meeting", "said at the signing ceremony", "After the talks, Peskov said", "wrote on X shortly
// after the launch", "told a joint news conference". The occasion is a fact the article told before;
// its day is the statement's.
import { unquoted } from "./kinds";

/** Occasion nouns, and the families of the facts they refer back to. */
const FAMILIES: [RegExp, string[]][] = [
  [/^(?:signing|ceremony|signing ceremony)$/, ["instrument", "meeting", "visit"]],
  [/^launch$/, ["build"]],
  [/^visit$/, ["visit", "meeting"]],
  [/^(?:debate|hearing|sitting|vote)$/, ["decision"]],
  [/^(?:meeting|talks|session|closing session|opening session|closing ceremony|plenary|press conference|news conference|conference|call|conversation|forum|summit|briefing|consultations)$/, ["meeting", "visit"]],
];
const OCCASION = /\b(?:at|after|during|following|on the sidelines of|on the margins of|at the (?:start|end|opening|close) of|(?:shortly|right|immediately|just) after|(?:told|addressed) a(?=\s+joint))\s+(?:the|their|this|that|joint)\s+((?:(?:joint|bilateral|official|final|closing|opening)\s+)?(?:signing ceremony|signing|ceremony|launch|visit|meeting|talks|closing session|opening session|closing ceremony|session|plenary|press conference|news conference|conference|call|conversation|forum|summit|briefing|consultations|debate|hearing|sitting|vote))\b/i;

export type Occasion = { word: string; families: string[]; text: string; index: number };

/** The occasion a clause ties a saying to, outside what was said; null when it names none. */
export function occasionOf(clause: string): Occasion | null {
  const m = OCCASION.exec(unquoted(clause));
  if (!m) return null;
  const word = m[1].toLowerCase();
  const noun = word.replace(/^(?:joint|bilateral|official|final|closing|opening)\s+(?=\w)/, "");
  const families = FAMILIES.find(([re]) => re.test(noun) || re.test(word))?.[1] ?? [];
  return families.length ? { word, families, text: m[0], index: m.index } : null;
}

/** "Press release on consultations between …", "Readout of the meeting with …": a release about one occasion reports what was said and done there. */
const RELEASE_TITLE = /^(?:press release|readout|statement|information|communiqu[eé]|joint statement|news release)\s+(?:on|about|of|following|after|regarding)\s+(?:the\s+)?(?:results of (?:the\s+)?)?(consultations|talks|meeting|visit|negotiations|(?:telephone |phone )?(?:conversation|call)|session|summit)\b/i;

export function titleOccasion(title: string): Occasion | null {
  const m = RELEASE_TITLE.exec(title);
  if (!m) return null;
  const word = m[1].toLowerCase().replace(/^(?:tele)?phone /, "");
  const families = FAMILIES.find(([re]) => re.test(word))?.[1] ?? (word === "negotiations" ? ["meeting"] : []);
  return families.length ? { word, families, text: m[0], index: -1 } : null;
}

/** "The two ministers met in Tehran", "The two ministers signed a plan": the pair just told of, at the occasion just told. */
const PAIR = /\b(?:the two|both)\s+(?:ministers|foreign ministers|leaders|presidents|prime ministers|delegations|heads of state|co-chairs)\b/i;

export function pairOccasion(clause: string): Occasion | null {
  const m = PAIR.exec(unquoted(clause));
  return m ? { word: `occasion of ${m[0].toLowerCase()}`, families: ["meeting", "visit", "instrument", "*"], text: m[0], index: m.index } : null;
}
