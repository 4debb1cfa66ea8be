import "server-only";
// Editors add the places the gazetteer lacks and correct the ones it got wrong. Every change is
// role-checked here (the token API may call these directly), audited in the same transaction, and
// refused when it did not start from the place's current version.
import { prisma } from "../db/client";
import { NotFoundError } from "../api/errors";
import type { Caller } from "../auth/caller";
import { ConflictError, InvalidRequestError } from "../auth/errors";
import { requireRole } from "../auth/permissions";
import { recordAudit } from "../audit/audit";
import { refreshNamesOf } from "../entries/search-names-refresh";
import { gazetteerCity } from "./gazetteer";
import { placeCreateInput, placeUpdateInput, type PlaceFields } from "./input";
import { scriptOf } from "./script";
import { placeSlug } from "./slug";

const TX = { maxWait: 20_000, timeout: 20_000 } as const;

/** The row's location columns: a gazetteer city's coordinates, or the hand-typed ones, or none. */
function location(f: PlaceFields) {
  if (f.geonameId) {
    const city = gazetteerCity(f.geonameId);
    if (!city) throw new InvalidRequestError(`The gazetteer has no city with GeoNames id ${f.geonameId}: pick one of the suggestions or type the coordinates.`);
    return { latitude: city.latitude, longitude: city.longitude, coordinateSource: "gazetteer" as const, geonameId: city.geonameId, country: f.country ?? city.country };
  }
  if (f.latitude !== null && f.longitude !== null) return { latitude: f.latitude, longitude: f.longitude, coordinateSource: "hand" as const, geonameId: null, country: f.country };
  return { latitude: null, longitude: null, coordinateSource: null, geonameId: null, country: f.country };
}

/** Another place already spelled so would make a name mean two places. */
async function assertSpellingsFree(tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0], names: string[], placeId: string | null) {
  const taken = await tx.$queryRaw<{ name: string; place: string }[]>`
    SELECT pn."name", p."name" AS place FROM "PlaceName" pn JOIN "Place" p ON p."id" = pn."placeId"
    WHERE lower(public.record_unaccent(pn."name")) = ANY(SELECT lower(public.record_unaccent(n)) FROM unnest(${names}::text[]) AS n)
      AND (${placeId}::text IS NULL OR pn."placeId" <> ${placeId}::text)`;
  if (taken.length) {
    throw new InvalidRequestError(`${taken.map((t) => `“${t.name}” already names ${t.place}`).join("; ")}: correct that place instead, or choose another spelling.`);
  }
}

export async function createPlace(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const f = placeCreateInput.parse(input);
  const names = [...new Set([f.name, ...f.spellings])];
  return prisma.$transaction(async (tx) => {
    await assertSpellingsFree(tx, names, null);
    const base = placeSlug(f.name);
    let slug = base;
    for (let n = 2; await tx.place.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
    const place = await tx.place.create({
      data: { slug, name: f.name, kind: f.kind, ...location(f), names: { create: names.map((name) => ({ name, script: scriptOf(name) })) } },
    });
    await recordAudit(tx, caller, { action: "place.create", outcome: "ok", targetType: "place", targetId: place.id, details: { name: f.name, slug } });
    return place;
  }, TX);
}

/** Corrects a place: its name, kind, country, coordinates and spellings (the old canonical name stays a spelling, so old revisions still find it). */
export async function updatePlace(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, version, reason, ...f } = placeUpdateInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.place.findUnique({ where: { id }, include: { names: true } });
    if (!before) throw new NotFoundError("There is no such place.");
    const claimed = await tx.place.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
    if (claimed.count === 0) {
      throw new ConflictError(`Someone corrected this place while you were editing (you started from version ${version}, it is now at version ${before.version}). Reload the page and make your change again.`, {
        current: before,
      });
    }
    const names = [...new Set([f.name, before.name, ...f.spellings])];
    await assertSpellingsFree(tx, names, id);
    const place = await tx.place.update({ where: { id }, data: { name: f.name, kind: f.kind, ...location(f) } });
    await tx.placeName.deleteMany({ where: { placeId: id, name: { notIn: names } } });
    await tx.placeName.createMany({ data: names.map((name) => ({ placeId: id, name, script: scriptOf(name) })), skipDuplicates: true });
    await refreshNamesOf(tx, [{ placeId: id }]);
    await recordAudit(tx, caller, {
      action: "place.update",
      outcome: "ok",
      targetType: "place",
      targetId: id,
      details: {
        reason,
        before: { name: before.name, kind: before.kind, country: before.country, latitude: before.latitude, longitude: before.longitude, coordinateSource: before.coordinateSource, spellings: before.names.map((n) => n.name) },
        after: { name: place.name, kind: place.kind, country: place.country, latitude: place.latitude, longitude: place.longitude, coordinateSource: place.coordinateSource, spellings: names },
      },
    });
    return place;
  }, TX);
}
