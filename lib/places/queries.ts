import "server-only";
// Reading places: the map's counts (from the place rollup, or through the browse filters' one WHERE
// clause when the view has a search, dates or other filters the rollup cannot answer), a place's page,
// and the spellings the place field offers. Every value reaches SQL as a bound parameter.
import { Prisma } from "../db/generated/client";
import { broadRead } from "../db/broad-read";
import { prisma } from "../db/client";
import { pageOfEntries } from "../entries/queries";
import { broadViewSample, countTotal, entriesOrSample, glimpsedMatches, SAMPLE_MATCHES, viewRows } from "../entries/counts";
import { rollupPlan } from "../entries/rollup";
import { entryListQuery, SECTORS, type Entry, type EntryListQuery, type Sector } from "../entries/schemas";
import { prepareFilters } from "../entries/search";
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

/**
 * The map's SQL for a set of filters (exported for the benchmark's EXPLAIN): one pass over the
 * matching entries' place links, grouped by place, with a filtered count per sector. Unnesting each
 * entry's sectors into rows, or counting sectors in a second pass, cost more than the join itself.
 * With `lookups`, each matching entry's links are looked up by its id (LATERAL, kept apart by
 * OFFSET 0): left to choose, PostgreSQL read all 1.2 million links in a hash join to match 9,000
 * sampled entries (181 ms for Tehran's map at a million entries, 86 ms by lookups). Without, the
 * links are joined as a table, which costs less once the matches are many (linkLookups).
 */
export function mapSql(where: Prisma.Sql, entries: Prisma.Sql = entriesOrSample(null).from, { lookups = true } = {}): Prisma.Sql {
  const perSector = SECTORS.map((s) => Prisma.sql`count(*) FILTER (WHERE e."sectors" @> ARRAY[${s}]::"Sector"[]) AS ${Prisma.raw(`"sector_${s}"`)}`);
  const links = lookups
    ? Prisma.sql`CROSS JOIN LATERAL (SELECT ep."placeId" FROM "EntryPlace" ep WHERE ep."entryId" = e."id" OFFSET 0) ep`
    : Prisma.sql`JOIN "EntryPlace" ep ON ep."entryId" = e."id"`;
  return Prisma.sql`
    SELECT p."slug", p."name", p."kind"::text AS kind, p."country", p."latitude", p."longitude", t.n AS entries, ${Prisma.join(
      SECTORS.map((s) => Prisma.raw(`t."sector_${s}"`)),
      ", ",
    )}
    FROM (
      SELECT ep."placeId", count(*) AS n, ${Prisma.join(perSector, ", ")}
      FROM ${entries} ${links}
      WHERE ${where}
      GROUP BY ep."placeId"
    ) t JOIN "Place" p ON p."id" = t."placeId"
    ORDER BY t.n DESC, p."name"`;
}

/**
 * Whether a view's place links are best looked up entry by entry rather than joined as a table (one
 * scan of every link): below one match in LOOKUPS_BELOW of the record's visible entries. Measured
 * (p50, lookups against the join in one backend): at 100,000 entries "gas pipeline"'s 13,000 matches
 * 121 against 67 ms, 20,600 since 2020 67 against 54 ms, 1,700 in a half-year 34 against 38 ms; at a
 * million, 17,000 in a half-year 189 against 265 ms, "Tsiviliov"'s 9,600 71 against 110 ms, and a
 * sample holding 8,000 of the matches since 2020 55 against 110 ms.
 */
const LOOKUPS_BELOW = 20;
function linkLookups(rows: number, visible: number): boolean {
  return rows * LOOKUPS_BELOW < visible;
}

/**
 * The same numbers from "PlaceRollup" (kept by triggers), for views whose only filters are kind,
 * sector and status: a few thousand rollup rows instead of every matching entry's links.
 */
export function mapRollupSql(query: Pick<EntryListQuery, "kind" | "sector" | "status">): Prisma.Sql {
  const conditions = [Prisma.sql`r."entries" <> 0`];
  if (query.kind) conditions.push(Prisma.sql`r."kind" = ${query.kind}::"EntryKind"`);
  if (query.sector?.length) conditions.push(Prisma.sql`r."sectors" && ${query.sector}::"Sector"[]`);
  if (query.status?.length) conditions.push(Prisma.sql`r."status" = ANY(${query.status}::"AgreementStatus"[])`);
  const perSector = SECTORS.map((s) => Prisma.sql`sum(r."entries") FILTER (WHERE r."sectors" @> ARRAY[${s}]::"Sector"[])::bigint AS ${Prisma.raw(`"sector_${s}"`)}`);
  return Prisma.sql`
    SELECT p."slug", p."name", p."kind"::text AS kind, p."country", p."latitude", p."longitude", t.n AS entries, ${Prisma.join(
      SECTORS.map((s) => Prisma.raw(`coalesce(t."sector_${s}", 0) AS "sector_${s}"`)),
      ", ",
    )}
    FROM (
      SELECT r."placeId", sum(r."entries")::bigint AS n, ${Prisma.join(perSector, ", ")}
      FROM "PlaceRollup" r WHERE ${Prisma.join(conditions, " AND ")}
      GROUP BY r."placeId" HAVING sum(r."entries") > 0
    ) t JOIN "Place" p ON p."id" = t."placeId"
    ORDER BY t.n DESC, p."name"`;
}

type MapRow = Omit<MapPlace, "entries" | "sector" | "sectors"> & { entries: bigint } & Record<`sector_${Sector}`, bigint>;

/**
 * The map of a view: every place its entries name, with their numbers. `sampledPercent` is set when
 * the view is a broad search or actor (more than sampleFrom() matches) and the numbers are scaled up
 * from a sample of that share of the record's blocks; a place few of its entries name may then be
 * missing.
 */
export type MapView = { places: MapPlace[]; sampledPercent: number | null };

/** The map of a view: from the place rollup, or one grouping of the matches (or of a sample of them, past sampleFrom()). */
export async function mapPlaces(query: Omit<EntryListQuery, "page" | "pageSize" | "sort">): Promise<MapView> {
  const plan = rollupPlan(query);
  let sql: Prisma.Sql;
  let sampledPercent: number | null = null;
  let lookups = true;
  if (plan && plan.grain === 0) sql = mapRollupSql(query);
  else {
    const prepared = await prepareFilters(query);
    // A date window the rollup counts still has its places read from the entries: sampled when broad
    // (everything since 2020 at a million entries: 206,000 entries, 690 ms counted).
    sampledPercent = await broadViewSample(prepared);
    const { from, where } = viewRows(prepared, sampledPercent);
    // A sample holds about SAMPLE_MATCHES matches (lib/entries/counts.ts); the glimpse is already taken.
    const { matches, visible } = await glimpsedMatches(prepared);
    lookups = linkLookups(sampledPercent === null ? matches : Math.min(matches, SAMPLE_MATCHES), visible);
    sql = mapSql(where, from, { lookups });
  }
  const rows = await broadRead<MapRow>(sql, { serial: !lookups });
  const scaled = entriesOrSample(sampledPercent).scale;
  const preferred = query.sector ?? [];
  const places = rows.map((r) => {
    const sectors: Partial<Record<Sector, number>> = {};
    for (const s of SECTORS) if (Number(r[`sector_${s}`]) > 0) sectors[s] = scaled(r[`sector_${s}`]);
    return {
      slug: r.slug,
      name: r.name,
      kind: r.kind,
      country: r.country,
      latitude: r.latitude,
      longitude: r.longitude,
      entries: scaled(r.entries),
      sectors,
      sector: dominantSectorOf(sectors, preferred),
    };
  });
  return { places, sampledPercent };
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
  /** The total is estimated (past the count cap), as browse says it. */
  totalIsEstimate: boolean;
  /** Actors of the place's entries, the most frequent first. */
  actors: { slug: string; name: string; count: number }[];
  /** Set when years and actors are scaled up from a sample of this share of the record's blocks (a place of very many entries). */
  sampledPercent: number | null;
};

const ENTRY_LIMIT = 50;
/**
 * A place of very many entries has its years and actors counted on a sample holding about this many
 * of them: enough for the busy years and the frequent actors the page lists (a year of 5% of the
 * place's entries within about ±15%), at half what a map's sample costs (Tehran at a million
 * entries: 200,000 entries; years and actors in one statement, 45 ms instead of 110).
 */
const PLACE_SAMPLE_MATCHES = 4_000;

/**
 * A place's page, through the browse filters' one path (`place=` its slug): its latest entries are
 * the browse page, its total browse's count, and its years and actors are grouped on the same
 * matches, or, for a place with more than sampleFrom() entries, on a labelled sample of them.
 */
export async function getPlace(slug: string): Promise<PlaceProfile | null> {
  const place = await prisma.place.findUnique({ where: { slug }, include: { names: { orderBy: [{ script: "asc" }, { name: "asc" }] } } });
  if (!place) return null;
  const query = entryListQuery.parse({ place: place.slug, pageSize: String(ENTRY_LIMIT), sort: "newest" });
  const prepared = await prepareFilters(query);
  const sampledPercent = await broadViewSample(prepared, PLACE_SAMPLE_MATCHES);
  const { from: entries, where, scale: scaled } = viewRows(prepared, sampledPercent);
  const [[{ years, actors }], page, total] = await Promise.all([
    // Years and actors from one reading of the place's entries (or of the sample).
    broadRead<{ years: { year: number | null; count: number }[] | null; actors: { slug: string; name: string; count: number }[] | null }>(Prisma.sql`
      WITH here AS MATERIALIZED (SELECT e."id", e."speakerId", e."dateStart" FROM ${entries} WHERE ${where}),
      years AS (SELECT date_part('year', h."dateStart")::int AS year, count(*) AS count FROM here h GROUP BY 1),
      met AS (
        SELECT h."id", ea."actorId" FROM here h CROSS JOIN LATERAL (SELECT ea."actorId" FROM "EntryActor" ea WHERE ea."entryId" = h."id" OFFSET 0) ea
        UNION
        SELECT h."id", h."speakerId" FROM here h WHERE h."speakerId" IS NOT NULL
      ),
      -- UNION leaves each (entry, actor) once, so an actor's rows are its distinct entries.
      actors AS (
        SELECT a."slug", a."name", m.count FROM (SELECT "actorId", count(*) AS count FROM met GROUP BY 1) m
        JOIN "Actor" a ON a."id" = m."actorId" AND a."deletedAt" IS NULL
        ORDER BY m.count DESC, a."name" LIMIT 30
      )
      SELECT (SELECT json_agg(json_build_object('year', y.year, 'count', y.count) ORDER BY y.year DESC NULLS LAST) FROM years y) AS years,
             (SELECT json_agg(json_build_object('slug', a."slug", 'name', a."name", 'count', a.count) ORDER BY a.count DESC, a."name") FROM actors a) AS actors`),
    pageOfEntries(query, prepared),
    countTotal(prepared),
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
    years: (years ?? []).map((y) => ({ year: y.year, count: scaled(y.count) })),
    entries: page.data,
    entryTotal: total.total,
    totalIsEstimate: total.totalIsEstimate,
    actors: (actors ?? []).map((a) => ({ slug: a.slug, name: a.name, count: scaled(a.count) })),
    sampledPercent,
  };
}

/**
 * Every spelling of every place, for the list the place field offers without JavaScript (with it,
 * the field asks /api/v1/places as the reader types), or none when there are more than `limit`: as
 * with actors' names (listedActorNames), the first spellings in alphabetical order would suggest
 * nothing, and the list weighs on every browse, timeline and map page (279 spellings: 11 KB of HTML
 * and the same again in the page's data).
 */
export async function allPlaceNames(limit = 300): Promise<string[]> {
  const rows = await prisma.placeName.findMany({ take: limit + 1, orderBy: { name: "asc" }, select: { name: true } });
  return rows.length > limit ? [] : [...new Set(rows.map((r) => r.name))];
}
