import "server-only";
// Reads the rollups that triggers keep in step with every write (prisma/migrations/*_rollup):
// - "EntryRollup", visible entries by kind, status, sector set and period: a view whose filters are
//   only kind, sector, status and whole months of dates is answered from a few hundred rows, however
//   many entries it holds;
// - "ActorRollup" and "PlaceRollup", the same by actor and by place: a view of one actor or one
//   place, narrowed by kind, sector or status at most, reads that actor's or place's rows.
// A date that cuts a month is answered from the month rows for the entries surely inside it, and
// the entries of its edge months counted (cutWindow). Anything else (a search, a grading, an actor
// with dates) is counted on the entries themselves (lib/entries/counts.ts).
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import type { AgreementStatus, EntryKind, Sector } from "./schemas";
import type { EntryFilterInput, PreparedFilters } from "./search";

/** Entries of one kind, status and sector set: what totals and facets are summed from. */
export type CountRow = { kind: EntryKind; status: AgreementStatus | null; sectors: Sector[]; n: number };

/** Filters the rollup answers; every other filter with a value sends the view to counting. */
const ROLLUP_FILTERS = new Set(["kind", "sector", "status", "from", "to"]);
/** Not filters: the order and the page do not change what a view counts. */
const NOT_FILTERS = new Set(["sort", "page", "pageSize", "cursor"]);

const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/** A date filter as a whole month, when it is one: from the 1st, to the last day. */
function wholeMonth(day: string, edge: "from" | "to"): number | null {
  const [y, m, d] = day.split("-").map(Number);
  if (edge === "from") return d === 1 ? monthIndex(y, m) : null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === last ? monthIndex(y, m) : null;
}

/** Whether every filter set is one the rollup keeps (kind, sector, status, dates). */
function rollupFiltersOnly(query: EntryFilterInput): boolean {
  for (const [key, value] of Object.entries(query)) {
    if (NOT_FILTERS.has(key) || ROLLUP_FILTERS.has(key)) continue;
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    return false;
  }
  return true;
}

/** The rollup's grain and period bounds for these filters, or null when the rollup cannot answer exactly. */
export function rollupPlan(query: EntryFilterInput): { grain: 0 | 2; from: number | null; to: number | null } | null {
  if (!rollupFiltersOnly(query)) return null;
  if (!query.from && !query.to) return { grain: 0, from: null, to: null };
  // An entry matches a date window when periodEnd >= from and dateStart <= to (lib/entries/search.ts);
  // at month grain that is endPeriod >= month(from) and startPeriod <= month(to) exactly when the
  // window starts on a 1st and ends on a month's last day.
  const from = query.from ? wholeMonth(query.from, "from") : null;
  const to = query.to ? wholeMonth(query.to, "to") : null;
  if ((query.from && from === null) || (query.to && to === null)) return null;
  return { grain: 2, from, to };
}

/**
 * Runs a query of (kind, status, sectors, n) groups and returns them as CountRows (through `read`,
 * when the statement needs settings of its own). The groups come back as one JSON value rather than a row each: a view's few hundred
 * groups then cost one JSON.parse instead of the driver's and Prisma's work per value. That cut what
 * a browse call allocates by a quarter to a third at a million entries (1.97 to 1.38 MB for a status
 * view, 4.79 to 3.54 MB for a broad search), which is fewer garbage collections in the server.
 */
export async function countRows(groups: Prisma.Sql, { read = (sql: Prisma.Sql): Promise<unknown[]> => prisma.$queryRaw<unknown[]>(sql) } = {}): Promise<CountRow[]> {
  const [{ rows }] = (await read(Prisma.sql`
    SELECT ${countRowsJson} AS rows FROM (${groups}) g`)) as { rows: CountRowsJson }[];
  return parseCountRows(rows);
}

/** Groups g (kind, status, sectors, n) as one JSON value: what countRows reads, for statements of their own. */
export const countRowsJson = Prisma.sql`coalesce(json_agg(json_build_array(g."kind", g."status", g."sectors", g."n")) FILTER (WHERE g."n" > 0), '[]'::json)`;
export type CountRowsJson = [EntryKind, AgreementStatus | null, Sector[], number][] | string;

export function parseCountRows(rows: CountRowsJson): CountRow[] {
  const parsed = typeof rows === "string" ? (JSON.parse(rows) as Exclude<CountRowsJson, string>) : rows;
  return parsed.map(([kind, status, sectors, n]) => ({ kind, status, sectors, n: Number(n) }));
}

/** Filters an actor's or a place's rollup answers, besides the actor or the place. */
const LINK_ROLLUP_FILTERS = new Set(["kind", "sector", "status"]);

/**
 * The rollup rows of a view of one actor or one place with no filter but kind, sector and status
 * (a few dozen rows: an actor of 10,000 entries in a million is counted in 1 ms, not 50), or null
 * when the view must be counted. A name that means several actors or places is counted: an entry
 * of two of them would be summed twice. The rollups count the published record only.
 */
export function linkRollupRows(prepared: PreparedFilters): Promise<CountRow[] | null> {
  // Once per request: the page's strategy and the count of the same prepared filters both ask.
  let found = linkRows.get(prepared);
  if (!found) {
    found = readLinkRollup(prepared);
    linkRows.set(prepared, found);
  }
  return found;
}

const linkRows = new WeakMap<PreparedFilters, Promise<CountRow[] | null>>();

async function readLinkRollup({ query, actorIds, placeIds, scope }: PreparedFilters): Promise<CountRow[] | null> {
  if (scope) return null;
  const link = query.actor !== undefined ? "actor" : query.place !== undefined ? "place" : null;
  if (!link) return null;
  for (const [key, value] of Object.entries(query)) {
    if (key === link || NOT_FILTERS.has(key) || LINK_ROLLUP_FILTERS.has(key)) continue;
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    return null;
  }
  const ids = link === "actor" ? actorIds : placeIds;
  if (!ids || ids.length > 1) return null;
  // A name that means no one: the view is empty (whereClause matches nothing).
  if (ids.length === 0) return [];
  const rows = link === "actor"
    ? Prisma.sql`SELECT r."kind"::text AS kind, r."status"::text AS status, r."sectors"::text[] AS sectors, r."entries" AS n FROM "ActorRollup" r WHERE r."actorId" = ${ids[0]} AND r."entries" > 0`
    : Prisma.sql`SELECT r."kind"::text AS kind, r."status"::text AS status, r."sectors"::text[] AS sectors, r."entries" AS n FROM "PlaceRollup" r WHERE r."placeId" = ${ids[0]} AND r."entries" > 0`;
  return countRows(rows);
}

/**
 * A month plan's dates as whole years (from a 1 January, to a 31 December), or null. The year rows
 * then answer it, as the month rows do any whole months: an entry's period ends on or after 1 January
 * of a year exactly when it ends in that year or later. There are a tenth as many year rows (10,077
 * against 104,375 at a million entries, where summing the month rows of 2010–2024 took 80 ms).
 */
export function yearPlan(plan: NonNullable<ReturnType<typeof rollupPlan>>): { from: number | null; to: number | null } | null {
  if (plan.grain !== 2 || (plan.from !== null && plan.from % 12 !== 0) || (plan.to !== null && plan.to % 12 !== 11)) return null;
  return { from: plan.from === null ? null : plan.from / 12, to: plan.to === null ? null : (plan.to - 11) / 12 };
}

/** The rollup rows of a plan, summed over periods: at most one per kind, status and sector set. */
export async function rollupRows(plan: NonNullable<ReturnType<typeof rollupPlan>>): Promise<CountRow[]> {
  const years = yearPlan(plan);
  const { grain, from, to } = years ? { grain: 1, ...years } : plan;
  const conditions = [Prisma.sql`r."grain" = ${grain}`];
  if (from !== null) conditions.push(Prisma.sql`r."endPeriod" >= ${from}`);
  if (to !== null) conditions.push(Prisma.sql`r."startPeriod" <= ${to}`);
  return countRows(Prisma.sql`
    SELECT r."kind"::text AS kind, r."status"::text AS status, r."sectors"::text[] AS sectors, sum(r."entries")::bigint AS n
    FROM "EntryRollup" r WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY r."kind", r."status", r."sectors" HAVING sum(r."entries") > 0`);
}

/**
 * A date window that cuts a month, on a view the rollup otherwise answers (kind, sector and status
 * at most): its months and days, or null. An entry matches when periodEnd >= from and dateStart <= to,
 * so one whose period ends after from's month and starts before to's month surely does (the rollup
 * counts those: innerRollupRows), and only the entries ending in from's month or starting in to's
 * month need their days compared (lib/entries/counts.ts counts those). A date that does not cut its
 * month (from on a 1st, to on a last day) is whole: its month's entries are the rollup's too, and only
 * the other month is an edge (energy from 1 January to 15 June 2024 then counts June's entries alone).
 */
export type CutWindow = { from: WindowEdge | null; to: WindowEdge | null };
export type WindowEdge = { month: number; first: string; last: string; cut: boolean };

export function cutWindow(query: EntryFilterInput): CutWindow | null {
  if (!rollupFiltersOnly(query) || (!query.from && !query.to) || rollupPlan(query)) return null;
  const edge = (day: string, side: "from" | "to"): WindowEdge => {
    const [y, m] = day.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const mm = String(m).padStart(2, "0");
    return { month: monthIndex(y, m), first: `${y}-${mm}-01`, last: `${y}-${mm}-${String(last).padStart(2, "0")}`, cut: wholeMonth(day, side) === null };
  };
  return { from: query.from ? edge(query.from, "from") : null, to: query.to ? edge(query.to, "to") : null };
}

/** The rollup rows of the entries surely inside a cut window (cutWindow), summed over periods. */
export async function innerRollupRows(window: CutWindow): Promise<CountRow[]> {
  const conditions = [Prisma.sql`r."grain" = 2`];
  if (window.from) conditions.push(window.from.cut ? Prisma.sql`r."endPeriod" > ${window.from.month}` : Prisma.sql`r."endPeriod" >= ${window.from.month}`);
  if (window.to) conditions.push(window.to.cut ? Prisma.sql`r."startPeriod" < ${window.to.month}` : Prisma.sql`r."startPeriod" <= ${window.to.month}`);
  return countRows(Prisma.sql`
    SELECT r."kind"::text AS kind, r."status"::text AS status, r."sectors"::text[] AS sectors, sum(r."entries")::bigint AS n
    FROM "EntryRollup" r WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY r."kind", r."status", r."sectors" HAVING sum(r."entries") > 0`);
}

/** Visible undated entries by kind, status and sector set: the year rows without a year. */
export function undatedRollupRows(): Promise<CountRow[]> {
  return countRows(Prisma.sql`
    SELECT r."kind"::text AS kind, r."status"::text AS status, r."sectors"::text[] AS sectors, r."entries" AS n
    FROM "EntryRollup" r WHERE r."grain" = 1 AND r."startPeriod" IS NULL AND r."entries" > 0`);
}

/** How many entries the record shows (published, not deleted): one row of the rollup's sum. */
export async function visibleEntries(): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT coalesce(sum(r."entries"), 0)::bigint AS n FROM "EntryRollup" r WHERE r."grain" = 0`;
  return Number(n);
}

export type YearRow = { year: number | null; sectors: Sector[]; n: number };

/**
 * Visible entries by year of their date (null: undated) and sector set: the overview and sector
 * pages. Summed over kind and status in the database (about a thousand rows, not ten thousand).
 */
export async function rollupByYear(): Promise<YearRow[]> {
  const rows = await prisma.$queryRaw<(Omit<YearRow, "n"> & { n: bigint })[]>`
    SELECT r."startPeriod" AS year, r."sectors"::text[] AS sectors, sum(r."entries")::bigint AS n
    FROM "EntryRollup" r WHERE r."grain" = 1 AND r."entries" > 0
    GROUP BY r."startPeriod", r."sectors"`;
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export type MonthRow = { month: number; sectors: Sector[]; kind: EntryKind; status: AgreementStatus | null; n: number };

/** Dated visible entries by month their date starts in (year*12 + month - 1), for the timeline's density. */
export async function rollupByMonth(plan: NonNullable<ReturnType<typeof rollupPlan>>): Promise<MonthRow[]> {
  const conditions = [Prisma.sql`r."grain" = 2`, Prisma.sql`r."startPeriod" IS NOT NULL`, Prisma.sql`r."entries" > 0`];
  if (plan.from !== null) conditions.push(Prisma.sql`r."endPeriod" >= ${plan.from}`);
  if (plan.to !== null) conditions.push(Prisma.sql`r."startPeriod" <= ${plan.to}`);
  const rows = await prisma.$queryRaw<(Omit<MonthRow, "n"> & { n: bigint })[]>(Prisma.sql`
    SELECT r."startPeriod" AS month, r."kind"::text AS kind, r."status"::text AS status, r."sectors"::text[] AS sectors, r."entries" AS n
    FROM "EntryRollup" r WHERE ${Prisma.join(conditions, " AND ")}`);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
