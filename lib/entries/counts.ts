import "server-only";
// How many entries a view holds, and its facet counts, in bounded time however large the record:
// - views the rollups can answer (kind, sector, status, whole months of dates; one actor or one place
//   narrowed by kind, sector or status) read them: exact, a few hundred rows;
// - other views (a search, an actor, a grading, a date inside a month) count their matches exactly up
//   to COUNT_CAP; past it the number is estimated from a sample of the table and says so
//   (`totalIsEstimate`), so a broad search never reads its 100,000 matches to print a number.
import { Prisma } from "../db/generated/client";
import { broadRead } from "../db/broad-read";
import { prisma } from "../db/client";
import type { Facets } from "./facets";
import { countRows, countRowsJson, cutWindow, parseCountRows, type CountRowsJson, innerRollupRows, linkRollupRows, rollupPlan, rollupRows, visibleEntries, type CountRow, type CutWindow } from "./rollup";
import { AGREEMENT_STATUSES, ENTRY_KINDS, SECTORS, type EntryKind, type Sector } from "./schemas";
import { entryPeriodSql, whereClause, type PreparedFilters } from "./search";

/** Matches counted one by one before a view's total becomes an estimate. */
export function countCap(): number {
  const fromEnv = Number(process.env.RECORD_COUNT_CAP);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 10_000;
}
/** About this many rows are read for an estimate: a share of the table's blocks (TABLESAMPLE SYSTEM). */
const SAMPLE_ROWS = 10_000;
/**
 * About this many rows are glimpsed first, once per request (the page and the count share it). A
 * broad search ("gas pipeline": 13% of the record) would otherwise read 10,000 matches only to
 * learn that it has more; and the relevance page picks its strategy by how many entries match.
 */
const GLIMPSE_ROWS = 3_000;
/** Standard deviations below the glimpse's estimate that must still be past the cap to skip counting. */
const CONFIDENCE = 3;

export type Count = { total: number; totalIsEstimate: boolean };
export type ViewCounts = Count & { facets: Facets };

/** Estimates keep two significant figures: "about 130,000", not a precision a sample does not have. */
export function roundEstimate(n: number): number {
  if (n < 100) return Math.round(n);
  const scale = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / scale) * scale;
}

/** The same filters without kind, sector and status: those three are grouped on and applied in summarize(). */
function withoutDimensions(prepared: PreparedFilters): PreparedFilters {
  return { ...prepared, query: { ...prepared.query, kind: undefined, sector: undefined, status: undefined } };
}

function hasDimensions({ query }: PreparedFilters): boolean {
  return !!(query.kind || query.sector?.length || query.status?.length);
}

/**
 * Total and facets from rows counted by kind, status and sector set, applying the kind, sector and
 * status filters as whereClause() does; each facet leaves its own dimension's filter out.
 */
export function summarize(rows: CountRow[], { query }: Pick<PreparedFilters, "query">): { total: number; facets: Facets } {
  const kindOk = (r: CountRow) => !query.kind || r.kind === query.kind;
  const sectorOk = (r: CountRow) => !query.sector?.length || r.sectors.some((s) => query.sector!.includes(s));
  const statusOk = (r: CountRow) => !query.status?.length || (r.status !== null && query.status.includes(r.status));
  const facets: Facets = {
    sector: Object.fromEntries(SECTORS.map((s) => [s, 0])) as Facets["sector"],
    kind: Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Facets["kind"],
    status: Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Facets["status"],
  };
  let total = 0;
  for (const r of rows) {
    const [k, s, st] = [kindOk(r), sectorOk(r), statusOk(r)];
    if (k && s && st) total += r.n;
    if (k && st) for (const sector of new Set(r.sectors)) if (sector in facets.sector) facets.sector[sector as Sector] += r.n;
    if (s && st && r.kind in facets.kind) facets.kind[r.kind as EntryKind] += r.n;
    if (k && s && r.status) facets.status[r.status] += r.n;
  }
  return { total, facets };
}


/**
 * Counting up to the cap runs in one backend, with room for its bitmap (broadRead): it reads at most
 * cap + 1 matches, but may test many more entries to find them, and the view's sample or page runs
 * alongside it. In parallel, technology since 3 March 2024 at a million entries was counted in
 * 400 ms, against 180 ms in one backend on this two-core machine.
 */
const capped = <T,>(sql: Prisma.Sql) => broadRead<T>(sql, { serial: true });

/**
 * Matches counted up to cap + 1, grouped by kind, status and sector set. Every grouping here is on the
 * columns themselves, cast to text after: grouped on the text, every row's sectors were cast, and an
 * array of enums is cast one element at a time ("Tsiviliov"'s 9,600 matches at a million entries:
 * 105–126 ms, against 51–56 ms grouped first).
 */
async function cappedRows(prepared: PreparedFilters, cap: number): Promise<CountRow[]> {
  return countRows(
    Prisma.sql`
    SELECT m."kind"::text AS kind, m."status"::text AS status, m."sectors"::text[] AS sectors, count(*) AS n
    FROM (SELECT e."kind", e."status", e."sectors" FROM "Entry" e WHERE ${whereClause(prepared)} LIMIT ${cap + 1}) m
    GROUP BY m."kind", m."status", m."sectors"`,
    { read: capped },
  );
}

async function cappedCount(prepared: PreparedFilters, cap: number): Promise<number> {
  const [{ n }] = await capped<{ n: bigint }>(Prisma.sql`
    SELECT count(*) AS n FROM (SELECT 1 FROM "Entry" e WHERE ${whereClause(prepared)} LIMIT ${cap + 1}) m`);
  return Number(n);
}

/**
 * Matches in a sample of the table's blocks, scaled up: an honest estimate whose error shrinks with
 * the share of entries that match (for a view of 100,000 entries in a million, a 30,000-row sample is
 * within a few percent). REPEATABLE keeps it stable between pages. The scale is the record's visible
 * entries (exact, from the rollup) over the visible entries the sample read: how many rows the
 * sampled blocks hold varies, and scaling by the share of blocks alone carried that into the
 * estimate (a view of exactly 24,000 entries, nearly the whole record, was put "surely" past a
 * cap of 24,000). A token's ?state= view, whose entries the rollup does not count, scales by the
 * share of blocks.
 */
async function sampledRows(prepared: PreparedFilters, size = SAMPLE_ROWS): Promise<Sample> {
  // The share is a constant of the statement, not worked out inside it: PostgreSQL plans a sample of
  // unknown share as a tenth of the table, and then joined a place's 200,000 links in a hash (37 ms
  // against 9 for the glimpse of Tehran at a million entries).
  const percent = await samplePercent(size);
  const { from } = entriesOrSample(percent);
  if (prepared.scope) {
    const rows = await countRows(Prisma.sql`
      SELECT e."kind"::text AS kind, e."status"::text AS status, e."sectors"::text[] AS sectors, count(*) AS n
      FROM ${from} WHERE ${whereClause(prepared)}
      GROUP BY e."kind", e."status", e."sectors"`);
    const scale = 100 / percent;
    return { rows: rows.map((r) => ({ ...r, n: r.n * scale })), scale, seen: null };
  }
  // One pass over the sampled blocks gives the view's matches and the visible entries the blocks
  // hold (the scale): a second pass to count those cost a broad search 20 ms more of the database.
  const [[{ rows, seen }], visible] = await Promise.all([
    prisma.$queryRaw<{ rows: CountRowsJson; seen: bigint }[]>(Prisma.sql`
      SELECT ${countRowsJson} AS rows, coalesce(sum(g."seen"), 0)::bigint AS seen FROM (
        SELECT e."kind"::text AS kind, e."status"::text AS status, e."sectors"::text[] AS sectors,
               count(*) FILTER (WHERE ${whereClause(prepared)}) AS n, count(*) AS seen
        FROM ${from} WHERE e."state" = 'published' AND e."deletedAt" IS NULL
        GROUP BY e."kind", e."status", e."sectors") g`),
    visibleEntries(),
  ]);
  const scale = Number(seen) > 0 ? visible / Number(seen) : 100 / percent;
  return { rows: parseCountRows(rows).map((r) => ({ ...r, n: r.n * scale })), scale, seen: Number(seen) || null };
}

/** `seen`: the visible entries the sample read (null for a token's ?state= view). */
type Sample = { rows: CountRow[]; scale: number; seen: number | null };

/** What a sample says of a view: its estimated matches, and that estimate CONFIDENCE deviations down. */
function estimate(sample: Sample, prepared: Pick<PreparedFilters, "query">) {
  const matches = summarize(sample.rows, prepared).total;
  // A sample of the whole table (a small record) is a count.
  if (sample.scale <= 1) return { matches, atLeast: matches };
  const hits = matches / sample.scale;
  // The deviation of a count of rare events, √hits, even for a view of nearly every entry: entries
  // are stored in the order they were written, so a sample's blocks hold runs of alike entries and
  // its matches vary by more than a draw of independent rows would.
  return { matches, atLeast: Math.max(0, hits - CONFIDENCE * Math.sqrt(hits)) * sample.scale };
}

/** What rows counted exactly say of a view, in estimate()'s terms. */
function exactly(rows: CountRow[], prepared: Pick<PreparedFilters, "query">) {
  const matches = summarize(rows, prepared).total;
  return { matches, atLeast: matches };
}

const glimpses = new WeakMap<PreparedFilters, Promise<Sample>>();

/**
 * A glimpse of about GLIMPSE_ROWS rows of the table, with the view's filters but kind, sector and
 * status (grouped on, so it answers for the base view and the full one). One per request: the
 * count and the relevance page (lib/entries/page.ts) of the same prepared filters share it.
 */
function glimpse(prepared: PreparedFilters): Promise<Sample> {
  let found = glimpses.get(prepared);
  if (!found) {
    found = sampledRows(withoutDimensions(prepared), GLIMPSE_ROWS);
    glimpses.set(prepared, found);
  }
  return found;
}

/**
 * About how many entries the view holds (from the glimpse), and at least how many (CONFIDENCE
 * deviations down), and how many the record shows (the rollup, exact).
 */
export async function glimpsedMatches(prepared: PreparedFilters): Promise<{ matches: number; atLeast: number; visible: number }> {
  // An actor's or a place's rollup knows exactly, for less than a glimpse costs.
  const visible = visibleEntries();
  visible.catch(() => undefined); // awaited below; a failure surfaces there
  const linked = await linkRollupRows(prepared);
  if (linked) return { ...exactly(linked, prepared), visible: await visible };
  const [sample, count] = await Promise.all([glimpse(prepared), visible]);
  return { ...estimate(sample, prepared), visible: count };
}

/**
 * Past this many matches (by the glimpse, CONFIDENCE deviations down), a view the rollups cannot
 * answer has its map and timeline drawn from a sample of the table's blocks: counting 130,000
 * matches reads most of the table, while a sample holding SAMPLE_MATCHES of them reads a few percent.
 * Below it, counting costs less than such a sample.
 */
export function sampleFrom(): number {
  const fromEnv = Number(process.env.RECORD_VIEW_SAMPLE_FROM);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 40_000;
}
/** About this many matches are sampled: a number holding 1% of them (80) is within about ±35%. */
export const SAMPLE_MATCHES = 8_000;

/**
 * The share of the table's blocks (percent) a broad view's map or timeline samples; null when it is
 * counted. What counting costs is the matches of the filters other than kind, sector and status:
 * those three are tested on each entry the others find ("gas pipeline" in energy visits all 130,000
 * matches of "gas pipeline" to keep 23,000: 350 ms for its timeline, 600 ms for its map at a
 * million entries). So a view is sampled when those matches are past sampleFrom(), and the sample
 * holds about `matches` of them (fewer of the view's own when kind, sector or status narrow it).
 */
export async function broadViewSample(prepared: PreparedFilters, matches = SAMPLE_MATCHES): Promise<number | null> {
  // One actor's or place's view (no filter but kind, sector and status) is counted exactly by its
  // rollup: a glimpse of the table tested each sampled entry against the place's 200,000 links
  // (Tehran's map at a million entries: 135 ms, against 1 ms for the rollup).
  const [linked, visible] = await Promise.all([linkRollupRows(prepared), visibleEntries()]);
  const sample = linked ? null : await glimpse(prepared);
  const base = linked ? exactly(linked, withoutDimensions(prepared)) : estimate(sample!, withoutDimensions(prepared));
  const view = linked ? exactly(linked, prepared) : estimate(sample!, prepared);
  // A view of one place samples that place's links (viewRows): a share of the links table, not of
  // the entries, so it pays from a quarter of the threshold (Tehran's page at 100,000 entries, its
  // 19,000 entries counted: 190 ms; sampled: 50 ms).
  const from = prepared.placeIds?.length === 1 ? sampleFrom() / 4 : sampleFrom();
  // A glimpse of the whole table is a count, and an empty view has nothing to sample.
  if (base.atLeast < from || view.matches === 0) return null;
  const percent = (100 * matches) / Math.min(base.matches, visible);
  // A sample of every block would be a count: then the view is counted.
  return percent < 100 ? percent : null;
}

/**
 * What a view's rows are read from: the entries, or a sample of `percent` of the table's blocks
 * (REPEATABLE, so the picture stays the same from one visit to the next), and the factor that scales
 * a count of the sample back up, rounded as estimates are.
 */
export function entriesOrSample(percent: number | null): { from: Prisma.Sql; scale: (n: number | bigint) => number } {
  if (percent === null) return { from: Prisma.sql`"Entry" e`, scale: Number };
  return { from: Prisma.sql`"Entry" e TABLESAMPLE SYSTEM (${percent}) REPEATABLE (42)`, scale: (n) => roundEstimate((Number(n) * 100) / percent) };
}

/**
 * The rows a view's map, timeline or place page groups, with the view's filter: its matches, or a
 * sample of `percent` (entriesOrSample), and the factor that scales a count back up. A view of one
 * place samples that place's links instead of the table's blocks: about `percent`% of its entries
 * either way, but a sample of the table held five times as many rows, each tested against the
 * place's 200,000 links (Tehran at a million entries: 140 ms for the rows, against 25 ms through
 * the links). The place's own filter is then the sample itself.
 */
export function viewRows(prepared: PreparedFilters, percent: number | null): { from: Prisma.Sql; where: Prisma.Sql; scale: (n: number | bigint) => number } {
  const { from, scale } = entriesOrSample(percent);
  const placeId = prepared.placeIds?.length === 1 ? prepared.placeIds[0] : null;
  if (percent === null || placeId === null) return { from, where: whereClause(prepared), scale };
  return {
    from: Prisma.sql`(SELECT e.* FROM "EntryPlace" ep TABLESAMPLE SYSTEM (${percent}) REPEATABLE (42) JOIN "Entry" e ON e."id" = ep."entryId"
                      WHERE ep."placeId" = ${placeId}) e`,
    where: whereClause({ ...prepared, placeIds: null }),
    scale,
  };
}

/** The share of the table's blocks (percent, for TABLESAMPLE SYSTEM) that holds about `rows` rows. */
export async function samplePercent(rows: number): Promise<number> {
  const [{ total }] = await prisma.$queryRaw<{ total: number }[]>`SELECT greatest(reltuples, 1)::float8 AS total FROM pg_class WHERE oid = '"Entry"'::regclass`;
  return Math.min(100, (100 * rows) / total);
}

const roundFacets = (facets: Facets): Facets => {
  const round = <K extends string>(f: Record<K, number>) =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k, roundEstimate(v as number)])) as Record<K, number>;
  return { sector: round(facets.sector), kind: round(facets.kind), status: round(facets.status), approximate: true };
};

const sum = (rows: CountRow[]) => rows.reduce((total, r) => total + r.n, 0);

/**
 * Near the cap, a sample decides before any counting. When the glimpse's estimate is past the cap
 * but not CONFIDENCE deviations past it, its 3,000 rows cannot tell ("gas pipeline" at 100,000
 * entries: about 11,600, at least 9,700, truly 13,000); the sample of SAMPLE_ROWS that an estimate
 * needs anyway can, in 15 ms where counting to the cap took 34. The view is counted only when that
 * sample is not sure either. Null when the view is not near the cap, or when the sample would most
 * likely not be sure either (samplePays).
 */
async function sampleNearCap(glimpsed: Sample, view: PreparedFilters, cap: number): Promise<{ sample: Sample; surelyPast: boolean } | null> {
  const { matches } = estimate(glimpsed, view);
  if (matches <= cap || !samplePays(glimpsed, matches, cap)) return null;
  const sample = await sampledRows(withoutDimensions(view));
  return { sample, surelyPast: estimate(sample, view).atLeast > cap };
}

/**
 * Whether the sample would put a view of about `matches` entries (the glimpse's estimate) surely past
 * the cap: its deviation, at its own size, is below the estimate's distance from the cap. A view just
 * past the cap by the glimpse is counted straight away: "gas pipeline" since 15 January 2024 at a
 * million entries (glimpsed at 10,027, truly 9,937) waited 7–19 ms for a 1% sample that could only
 * say "about 10,000", and was then counted all the same.
 */
export function samplePays(glimpsed: Pick<Sample, "scale">, matches: number, cap: number): boolean {
  // The sample's scale: it reads SAMPLE_ROWS rows where the glimpse read GLIMPSE_ROWS.
  const scale = (glimpsed.scale * GLIMPSE_ROWS) / SAMPLE_ROWS;
  if (scale <= 1) return true; // the sample reads the whole table: it counts
  const hits = matches / scale;
  return (hits - CONFIDENCE * Math.sqrt(hits)) * scale > cap;
}

/**
 * A date window that cuts a month (cutWindow), on a view the rollup otherwise answers: the rollup's
 * rows for the entries surely inside, and the entries that end in from's month or start in to's
 * month counted with the window's own test. Those two months' entries are found through the period
 * index ("Entry_visible_period_idx"). Energy from 1 January to 15 June 2024 at a million entries
 * tested 17,000 entries in the window to keep 3,200 (100 ms); now two edge months.
 */
async function cutWindowRows(prepared: PreparedFilters, window: CutWindow): Promise<CountRow[]> {
  // A window within one month or two adjacent ones is all edge: its entries are counted through the
  // period index alone, with no rollup rows and no second index scan for the edge months (15 January
  // to 10 February 2024 at a million entries: one statement of about 28 ms in psql, where the rollup's
  // rows and the edge months took 35 ms and 7–11 ms alongside).
  if (window.from && window.to && window.to.month - window.from.month <= 1) {
    return countRows(
      Prisma.sql`
      SELECT e."kind"::text AS kind, e."status"::text AS status, e."sectors"::text[] AS sectors, count(*) AS n
      FROM "Entry" e WHERE ${whereClause(withoutDimensions(prepared))}
      GROUP BY e."kind", e."status", e."sectors"`,
      { read: capped },
    );
  }
  const month = (edge: { first: string; last: string }) => Prisma.sql`daterange(${edge.first}::date, ${edge.last}::date, '[]')`;
  const edges: Prisma.Sql[] = [];
  const near: Prisma.Sql[] = [];
  if (window.from?.cut) {
    edges.push(Prisma.sql`e."periodEnd" BETWEEN ${window.from.first}::date AND ${window.from.last}::date`);
    near.push(Prisma.sql`${entryPeriodSql} && ${month(window.from)}`);
  }
  if (window.to?.cut) {
    edges.push(Prisma.sql`e."dateStart" BETWEEN ${window.to.first}::date AND ${window.to.last}::date`);
    near.push(Prisma.sql`${entryPeriodSql} && ${month(window.to)}`);
  }
  const [inner, edge] = await Promise.all([
    innerRollupRows(window),
    countRows(
      Prisma.sql`
      SELECT e."kind"::text AS kind, e."status"::text AS status, e."sectors"::text[] AS sectors, count(*) AS n
      FROM "Entry" e
      WHERE ${whereClause(withoutDimensions(prepared))} AND (${Prisma.join(edges, " OR ")}) AND (${Prisma.join(near, " OR ")})
      GROUP BY e."kind", e."status", e."sectors"`,
      { read: capped },
    ),
  ]);
  return [...inner, ...edge];
}

/** The rows a view is counted from without visiting its entries, or null when it must be counted. */
function rolledUpRows(prepared: PreparedFilters): Promise<CountRow[] | null> {
  // The rollups count the published record only: a token's ?state= view is counted from its rows.
  if (prepared.scope) return Promise.resolve(null);
  const plan = rollupPlan(prepared.query);
  if (plan) return rollupRows(plan);
  const window = cutWindow(prepared.query);
  if (window) return cutWindowRows(prepared, window);
  return linkRollupRows(prepared);
}

/** A view's exact total when the rollups answer it (a few hundred rows), else null. */
export async function rolledUpTotal(prepared: PreparedFilters): Promise<number | null> {
  const rows = await rolledUpRows(prepared);
  return rows ? summarize(rows, prepared).total : null;
}

/** A view's total and facets: from the rollup, or counted up to the cap, or estimated past it. */
export async function countView(prepared: PreparedFilters): Promise<ViewCounts> {
  const rolledUp = await rolledUpRows(prepared);
  if (rolledUp) return { ...summarize(rolledUp, prepared), totalIsEstimate: false };
  const cap = countCap();
  const base = withoutDimensions(prepared);
  const glimpsed = await glimpse(prepared);
  // Past the cap, the facets are estimated; the total too unless the full filters stay under it.
  const counted = hasDimensions(prepared) && estimate(glimpsed, prepared).atLeast <= cap;
  let sampled: Sample | null = null;
  let narrowed: Promise<number> | null = null;
  // Counting is skipped when the glimpse, or near the cap the sample, puts the view past the cap
  // even CONFIDENCE deviations down.
  if (estimate(glimpsed, base).atLeast <= cap) {
    // Near the cap the base count will most likely pass it: the count with every filter starts
    // alongside the sample ("gas pipeline" in energy at 100,000 entries: 26 ms more after it).
    if (counted && estimate(glimpsed, base).matches > cap) {
      narrowed = cappedCount(prepared, cap);
      narrowed.catch(() => undefined); // awaited past the cap; a failure then surfaces there
    }
    const near = await sampleNearCap(glimpsed, base, cap);
    sampled = near?.sample ?? null;
    if (!near?.surelyPast) {
      const rows = await cappedRows(base, cap);
      if (sum(rows) <= cap) return { ...summarize(rows, prepared), totalIsEstimate: false };
    }
  }
  // A view the glimpse puts past the cap, but not surely, is counted only when the sample (needed for
  // the facets anyway, and three times the glimpse) is not sure either: "gas pipeline" in energy at a
  // million entries (24,000 matches, glimpsed at least 9,000) was counted to the cap through 129,000
  // matches of "gas pipeline", 340–420 ms beside a sample of 50 ms.
  if (counted && !narrowed && !sampled && estimate(glimpsed, prepared).matches > cap) sampled = await sampledRows(base);
  const surelyPast = sampled !== null && !narrowed && estimate(sampled, prepared).atLeast > cap;
  const [sample, exact] = await Promise.all([
    sampled ?? sampledRows(base),
    narrowed ?? (counted && !surelyPast ? cappedCount(prepared, cap) : Promise.resolve(cap + 1)),
  ]);
  const estimated = summarize(sample.rows, prepared);
  const facets = roundFacets(estimated.facets);
  if (exact <= cap) return { total: exact, totalIsEstimate: false, facets };
  return { total: Math.max(cap + 1, roundEstimate(estimated.total)), totalIsEstimate: true, facets };
}

/** A view's total alone (the read API): from the rollup, or counted up to the cap, or estimated past it. */
export async function countTotal(prepared: PreparedFilters): Promise<Count> {
  const rolledUp = await rolledUpRows(prepared);
  if (rolledUp) return { total: summarize(rolledUp, prepared).total, totalIsEstimate: false };
  const cap = countCap();
  const glimpsed = await glimpse(prepared);
  let sampled: Sample | null = null;
  if (estimate(glimpsed, prepared).atLeast <= cap) {
    const near = await sampleNearCap(glimpsed, prepared, cap);
    sampled = near?.sample ?? null;
    if (!near?.surelyPast) {
      const exact = await cappedCount(prepared, cap);
      if (exact <= cap) return { total: exact, totalIsEstimate: false };
    }
  }
  const sample = sampled ?? (await sampledRows(withoutDimensions(prepared)));
  return { total: Math.max(cap + 1, roundEstimate(summarize(sample.rows, prepared).total)), totalIsEstimate: true };
}
