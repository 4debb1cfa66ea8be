import "server-only";
// The editors' list of places (/places/manage): those waiting for coordinates first.
import { prisma } from "../db/client";
import { findCities, gazetteerCity } from "./gazetteer";

export async function listPlaces() {
  return prisma.place.findMany({
    orderBy: [{ name: "asc" }],
    select: { id: true, slug: true, name: true, kind: true, country: true, latitude: true, longitude: true, coordinateSource: true, _count: { select: { entries: true, names: true } } },
  });
}

/** Places named by entries but not yet located (the migration's and new names the gazetteer lacked). */
export async function unlocatedPlaces() {
  return prisma.place.findMany({
    where: { OR: [{ latitude: null }, { longitude: null }] },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, kind: true, _count: { select: { entries: true } } },
  });
}

export async function placeForEditing(slug: string) {
  const place = await prisma.place.findUnique({ where: { slug }, include: { names: { orderBy: { name: "asc" } } } });
  if (!place) return null;
  const candidates = findCities(place.name, { limit: 8 });
  if (place.geonameId && !candidates.some((c) => c.geonameId === place.geonameId)) {
    const current = gazetteerCity(place.geonameId);
    if (current) candidates.unshift(current);
  }
  return {
    place: { ...place, spellings: place.names.map((n) => n.name) },
    candidates: candidates.map((c) => ({
      geonameId: c.geonameId,
      label: `${c.name}, ${c.country} (${c.latitude.toFixed(2)}° N, ${c.longitude.toFixed(2)}° E, population ${c.population.toLocaleString("en")})`,
    })),
  };
}
