// Matching the names an article gives to actors by any spelling. The server matches against the
// database (resolve.ts); this in-memory matcher serves the evaluation, which runs without one, and
// shares the spelling key with it so both treat "Tsivilyov" and "Tsivilev" alike.
import { transliterate } from "transliteration";

export type RecordActor = { id: string; slug: string; name: string; names: string[] };
export type ActorMatch = { id: string; slug: string; name: string; matched: string };

/** Lower case, no accents, Latin letters only (Cyrillic and Persian transliterated). */
export function plainName(name: string): string {
  return transliterate(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A looser key for transliteration variants: Tsivilyov / Tsivilev / Tsiviliov, Kazem / Kazim, Sergey / Sergei. */
export function spellingKey(name: string): string {
  return plainName(name)
    .replace(/\s+/g, "")
    .replace(/yo|yё|io|ye|ie/g, "e")
    .replace(/kh/g, "h")
    .replace(/zh/g, "j")
    .replace(/dj/g, "j")
    .replace(/ou/g, "u")
    .replace(/ee/g, "i")
    .replace(/[yi]/g, "i")
    .replace(/[ei]/g, "i")
    .replace(/(.)\1+/g, "$1");
}

export function memoryMatcher(actors: RecordActor[]) {
  const exact = new Map<string, ActorMatch>();
  const loose = new Map<string, ActorMatch>();
  for (const a of actors) {
    for (const n of [a.name, ...a.names]) {
      const m = { id: a.id, slug: a.slug, name: a.name, matched: n };
      if (!exact.has(plainName(n))) exact.set(plainName(n), m);
      if (!loose.has(spellingKey(n))) loose.set(spellingKey(n), m);
    }
  }
  return (names: string[]): Map<string, ActorMatch> => {
    const out = new Map<string, ActorMatch>();
    for (const n of names) {
      const hit = exact.get(plainName(n)) ?? loose.get(spellingKey(n));
      if (hit) out.set(n, hit);
    }
    return out;
  };
}
