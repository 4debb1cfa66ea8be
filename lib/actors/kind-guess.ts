// A first guess at a new actor's kind from its name, so that "Caspian Flotilla" or "Rosatom" is
// not logged as a person by default. Only a suggestion: the form shows it and the analyst can
// change it.
export type ActorKind = "person" | "organisation" | "state";

// Words that name a body rather than a person (English, with a few transliterated ones).
const ORGANISATION =
  /\b(navy|naval|flotilla|fleet|army|armed forces|air force|guards?|corps|ministry|ministries|ministers|council|parliament|majlis|duma|assembly|government|cabinet|office|agency|service|committee|commission|bureau|department|administration|embassy|consulate|court|bank|fund|company|companies|corporation|corp|inc|ltd|llc|plc|group|holding|organi[sz]ation|association|union|federation|institute|university|academy|authority|organisation|party|forces|command|rosatom|gazprom|rosneft|lukoil|novatek|rostec|aeoi|nioc|nigc|irgc|tass|irna|sco|brics|opec|eaeu|un)\b|^(oao|pao|ooo|ao|jsc|pjsc)\b/i;

const STATES = new Set(
  [
    "iran", "islamic republic of iran", "russia", "russian federation", "china", "india", "turkey", "türkiye", "azerbaijan", "armenia", "kazakhstan",
    "turkmenistan", "uzbekistan", "tajikistan", "kyrgyzstan", "belarus", "ukraine", "georgia", "syria", "iraq", "afghanistan", "pakistan",
    "saudi arabia", "united arab emirates", "uae", "qatar", "oman", "israel", "egypt", "venezuela", "north korea", "united states",
    "usa", "united kingdom", "uk", "france", "germany", "european union", "eu", "brazil", "south africa", "indonesia", "cuba", "serbia",
    "mongolia", "yemen", "lebanon", "bahrain", "kuwait", "jordan", "algeria", "libya", "sudan", "ethiopia", "japan", "south korea",
  ],
);

export function guessActorKind(name: string): ActorKind {
  const text = name.trim().toLowerCase().replace(/\s+/g, " ");
  if (!text) return "person";
  if (STATES.has(text) || STATES.has(text.replace(/^the /, ""))) return "state";
  if (ORGANISATION.test(text)) return "organisation";
  return "person";
}
