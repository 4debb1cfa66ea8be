import "server-only";
// Entries name their places by any spelling or slug, at every door (the form, the write API, the
// import, a revert). Saving links the entry to those places; a name no place has yet becomes a
// new place: a city found in the gazetteer comes with its coordinates, anything else waits
// without coordinates on /places/manage for an editor to locate it.
import type { Prisma } from "../db/generated/client";
import { findCities } from "./gazetteer";
import { placesNamedExactly } from "./lookup";
import { scriptOf } from "./script";
import { placeSlug } from "./slug";

type Tx = Prisma.TransactionClient;

/** The place ids the names mean, creating the places that do not exist yet; same order as `names`. */
export async function ensurePlaces(tx: Tx, names: string[]): Promise<string[]> {
  const wanted = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  const found = await placesNamedExactly(tx, wanted);
  for (const name of wanted) {
    if (found.has(name)) continue;
    // Two spellings of one new place in the same save ("Rasht", "rasht") make one place.
    const same = [...found.entries()].find(([other]) => other.toLowerCase() === name.toLowerCase());
    found.set(name, same ? same[1] : await createPlaceNamed(tx, name));
  }
  return wanted.map((n) => found.get(n)!);
}

async function createPlaceNamed(tx: Tx, name: string): Promise<string> {
  const city = scriptOf(name) === "latin" ? findCities(name, { limit: 1 })[0] : undefined;
  const base = placeSlug(name);
  let slug = base;
  for (let n = 2; await tx.place.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  const place = await tx.place.create({
    data: {
      slug,
      name,
      kind: "city",
      country: city?.country ?? null,
      latitude: city?.latitude ?? null,
      longitude: city?.longitude ?? null,
      coordinateSource: city ? "gazetteer" : null,
      geonameId: city?.geonameId ?? null,
      names: { create: [{ name, script: scriptOf(name) }] },
    },
    select: { id: true },
  });
  return place.id;
}

/** Replaces an entry's places with the named ones, in the order given. */
export async function linkPlaces(tx: Tx, entryId: string, names: string[]): Promise<void> {
  await linkPlacesOfMany(tx, [{ entryId, names }]);
}

/** The same for many entries at once, in a fixed number of statements per new place. */
export async function linkPlacesOfMany(tx: Tx, entries: { entryId: string; names: string[] }[]): Promise<void> {
  if (entries.length === 0) return;
  const placeIds = await placeIdsOfMany(tx, entries.map((e) => e.names));
  await tx.entryPlace.deleteMany({ where: { entryId: { in: entries.map((e) => e.entryId) } } });
  await addPlaceLinks(tx, entries.map((e, i) => ({ entryId: e.entryId, placeIds: placeIds[i] })));
}

/** Each list of names as place ids (distinct, in order), creating the places that do not exist yet. */
export async function placeIdsOfMany(tx: Tx, lists: string[][]): Promise<string[][]> {
  const ids = await ensurePlaces(tx, lists.flat());
  const idOf = new Map<string, string>();
  const all = [...new Set(lists.flatMap((names) => names.map((n) => n.trim()).filter(Boolean)))];
  all.forEach((n, i) => idOf.set(n, ids[i]));
  return lists.map((names) => [...new Set(names.map((n) => idOf.get(n.trim())).filter((id): id is string => !!id))]);
}

/** Links entries that have no places yet (new ones) to places by id, in the order given. */
export async function addPlaceLinks(tx: Tx, entries: { entryId: string; placeIds: string[] }[]): Promise<void> {
  const rows = entries.flatMap((e) => e.placeIds.map((placeId, position) => ({ entryId: e.entryId, placeId, position })));
  if (rows.length) await tx.entryPlace.createMany({ data: rows });
}
