import "server-only";
// Reading places: the map's counts (through the browse filters' one WHERE clause), a place's page,
// and the spellings the place field offers. Every value reaches SQL as a bound parameter.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { entriesByIds } from "../entries/queries";
import type { Entry, EntryListQuery, Sector } from "../entries/schemas";
import { prepareFilters, whereClause } from "../entries/search";
import type { PlaceScript } from "./script";
import { dominantSectorOf } from "./sector";

export type PlaceKind = "city" | "site" | "region" | "sea" | "country";

export type MapPlace = {
  slug: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Matching entries that name the place. */
  entries: number;
  /** Of those, how many are in each sector (an entry may count in several). */
  sectors: Partial<Record<Sector, number>>;
  /** The sector the mark is coloured by: the most frequent (among the chosen sectors, if any). */
  sector: Sector;
};

/** The map's SQL for a set of filters (exported for the benchmark's EXPLAIN). */
export function mapSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH hits AS MATERIALIZED (
      SELECT ep."placeId", e."sectors" FROM "Entry" e JOIN "EntryPlace" ep ON ep."entryId" = e."id" WHERE ${where}
    ), per_sector AS (
      SELECT h."placeId", s.sector::text AS sector, count(*) AS n FROM hits h CROSS JOIN LATERAL unnest(h."sectors") AS s(sector) GROUP BY 1, 2
    ), sector_counts AS (
      SELECT ps."placeId", jsonb_object_agg(ps.sector, ps.n) AS sectors FROM per_sector ps GROUP BY 1
    ), totals AS (
      SELECT h."placeId", count(*) AS n FROM hits h GROUP BY 1
    )
    -- Grouped once and joined: a subquery per place would scan every hit once per place.
    SELECT p."slug", p."name", p."kind"::text AS kind, p."country", p."latitude", p."longitude", t.n AS entries, sc.sectors
    FROM totals t JOIN "Place" p ON p."id" = t."placeId" LEFT JOIN sector_counts sc ON sc."placeId" = t."placeId"
    ORDER BY t.n DESC, p."name"`;
}

/** Every place that matching entries name, with their numbers; one query after the filters are prepared. */
export async function mapPlaces(query: Omit<EntryListQuery, "page" | "pageSize" | "sort">): Promise<MapPlace[]> {
  const where = whereClause(await prepareFilters(query));
  const rows = await prisma.$queryRaw<(Omit<MapPlace, "entries" | "sector" | "sectors"> & { entries: bigint; sectors: Record<string, number> | null })[]>(
    mapSql(where),
  );
  const preferred = query.sector ?? [];
  return rows.map((r) => {
    const sectors = Object.fromEntries(Object.entries(r.sectors ?? {}).map(([s, n]) => [s, Number(n)])) as Partial<Record<Sector, number>>;
    return { ...r, entries: Number(r.entries), sectors, sector: dominantSectorOf(sectors, preferred) };
  });
}

export type PlaceProfile = {
  id: string;
  slug: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinateSource: "gazetteer" | "hand" | null;
  geonameId: number | null;
  version: number;
  spellings: { name: string; script: PlaceScript }[];
  /** Published entries per year, newest year first; undated ones under null. */
  years: { year: number | null; count: number }[];
  /** The latest entries (the full list is the browse page filtered to the place). */
  entries: Entry[];
  entryTotal: number;
  /** Actors of the place's entries, the most frequent first. */
  actors: { slug: string; name: string; count: number }[];
};

const ENTRY_LIMIT = 50;
const visible = Prisma.sql`e."state" = 'published' AND e."deletedAt" IS NULL`;

export async function getPlace(slug: string): Promise<PlaceProfile | null> {
  const place = await prisma.place.findUnique({ where: { slug }, include: { names: { orderBy: [{ script: "asc" }, { name: "asc" }] } } });
  if (!place) return null;
  const [years, latest, actors] = await Promise.all([
    prisma.$queryRaw<{ year: number | null; count: bigint }[]>`
      SELECT extract(year FROM e."dateStart")::int AS year, count(*) AS count
      FROM "EntryPlace" ep JOIN "Entry" e ON e."id" = ep."entryId"
      WHERE ep."placeId" = ${place.id} AND ${visible}
      GROUP BY 1 ORDER BY 1 DESC NULLS LAST`,
    prisma.$queryRaw<{ id: string }[]>`
      SELECT e."id" FROM "EntryPlace" ep JOIN "Entry" e ON e."id" = ep."entryId"
      WHERE ep."placeId" = ${place.id} AND ${visible}
      ORDER BY e."dateStart" DESC NULLS LAST, e."id" LIMIT ${ENTRY_LIMIT}`,
    prisma.$queryRaw<{ slug: string; name: string; count: bigint }[]>`
      WITH here AS (
        SELECT e."id", e."speakerId" FROM "EntryPlace" ep JOIN "Entry" e ON e."id" = ep."entryId"
        WHERE ep."placeId" = ${place.id} AND ${visible}
      ), met AS (
        SELECT ea."entryId", ea."actorId" FROM here h JOIN "EntryActor" ea ON ea."entryId" = h."id"
        UNION
        SELECT h."id", h."speakerId" FROM here h WHERE h."speakerId" IS NOT NULL
      )
      SELECT a."slug", a."name", count(DISTINCT m."entryId") AS count
      FROM met m JOIN "Actor" a ON a."id" = m."actorId" AND a."deletedAt" IS NULL
      GROUP BY a."id", a."slug", a."name" ORDER BY count DESC, a."name" LIMIT 30`,
  ]);
  return {
    id: place.id,
    slug: place.slug,
    name: place.name,
    kind: place.kind,
    country: place.country,
    latitude: place.latitude,
    longitude: place.longitude,
    coordinateSource: place.coordinateSource,
    geonameId: place.geonameId,
    version: place.version,
    spellings: place.names.map((n) => ({ name: n.name, script: n.script })),
    years: years.map((y) => ({ year: y.year, count: Number(y.count) })),
    entries: await entriesByIds(latest.map((r) => r.id)),
    entryTotal: years.reduce((sum, y) => sum + Number(y.count), 0),
    actors: actors.map((a) => ({ slug: a.slug, name: a.name, count: Number(a.count) })),
  };
}

/** Every spelling of every place, for the place field's suggestions (rendered on the server). */
export async function allPlaceNames(limit = 1000): Promise<string[]> {
  const rows = await prisma.placeName.findMany({ take: limit, orderBy: { name: "asc" }, select: { name: true } });
  return [...new Set(rows.map((r) => r.name))];
}
