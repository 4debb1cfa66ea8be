import "server-only";
// The timeline of a view too large to draw entry by entry: how many entries each sector has in each
// month (or, for views spanning more than DENSITY_MONTH_YEARS years, each year). A cell counts the
// entries whose period overlaps it, which is exactly what browse lists for that sector and those
// dates, so every cell links there. Whatever the source, the entries come back grouped by first and
// last period and sector set (a few thousand rows at most) and are spread over cells here:
// - views the rollup answers read it (exact);
// - other views are grouped on their matching entries (exact), which also gives their dated and
//   undated numbers in the same pass;
// - a view with more than sampleFrom() matches (a broad search) is grouped on a sample of the table's
//   blocks and scaled up, and says it is an estimate (broadViewSample in lib/entries/counts.ts).
import { Prisma } from "../db/generated/client";
import { broadRead } from "../db/broad-read";
import { prisma } from "../db/client";
import { broadViewSample, glimpsedMatches, viewRows } from "./counts";
import { rollupPlan, yearPlan } from "./rollup";
import { SECTORS, type EntryListQuery, type Sector } from "./schemas";
import type { PreparedFilters } from "./search";

/** Up to this many years, cells are months; past it, years (the page stays small either way). */
export const DENSITY_MONTH_YEARS = 5;
export type DensityCell = { period: number; sector: Sector; count: number };
export type Density = {
  grain: "month" | "year";
  /** Periods from first to last: year*12 + month - 1 for months, the year for years. */
  periods: number[];
  sectors: Sector[];
  cells: DensityCell[];
  /** Set when the counts are estimated from a sample: the share of the record's blocks read, in percent. */
  sampledPercent?: number;
};

/** Matching entries with the same first and last period and sector set; undated ones have first = null. */
type Group = { first: number | null; last: number | null; sectors: Sector[]; n: number };

const monthOf = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** The first and last day of a period, clamped to the view's own dates: the browse window of a cell. */
export function periodWindow(period: number, grain: Density["grain"], query: Pick<EntryListQuery, "from" | "to">): { from: string; to: string } {
  const [y1, m1, y2, m2] = grain === "year" ? [period, 0, period, 11] : [Math.floor(period / 12), period % 12, Math.floor(period / 12), period % 12];
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  let from = iso(new Date(Date.UTC(y1, m1, 1)));
  let to = iso(new Date(Date.UTC(y2, m2 + 1, 0)));
  if (query.from && query.from > from) from = query.from;
  if (query.to && query.to < to) to = query.to;
  return { from, to };
}

type Frame = { grain: Density["grain"]; div: number; lower: number; upper: number; sectors: Sector[] };

/** The grain and bounds of the cells: the view's dates, else the record's span. */
async function densityFrame(query: PreparedFilters["query"]): Promise<Frame> {
  const sectors = query.sector?.length ? SECTORS.filter((s) => query.sector!.includes(s)) : [...SECTORS];
  const [{ first, last }] = await prisma.$queryRaw<{ first: number | null; last: number | null }[]>`
    SELECT min(r."startPeriod") AS first, max(r."endPeriod") AS last FROM "EntryRollup" r WHERE r."grain" = 2 AND r."entries" > 0`;
  const lo = Math.max(first ?? 0, query.from ? monthOf(query.from) : -Infinity);
  const hi = Math.min(last ?? 0, query.to ? monthOf(query.to) : Infinity);
  const grain: Density["grain"] = hi - lo < DENSITY_MONTH_YEARS * 12 ? "month" : "year";
  const div = grain === "year" ? 12 : 1;
  return { grain, div, lower: Math.floor(lo / div), upper: Math.floor(hi / div), sectors };
}

/** Groups spread over the frame's cells, each count scaled up when the groups come from a sample. */
function spread(groups: Group[], frame: Frame, scale: (n: number) => number): Density {
  const counts = new Map<string, DensityCell>();
  for (const g of groups) {
    if (g.first === null) continue;
    const [from, to] = [Math.max(g.first, frame.lower), Math.min(g.last ?? g.first, frame.upper)];
    for (const sector of new Set(g.sectors)) {
      if (!frame.sectors.includes(sector)) continue;
      for (let period = from; period <= to; period++) {
        const key = `${period}|${sector}`;
        const cell = counts.get(key) ?? { period, sector, count: 0 };
        cell.count += g.n;
        counts.set(key, cell);
      }
    }
  }
  const cells = [...counts.values()].map((c) => ({ ...c, count: scale(c.count) }));
  const used = cells.map((c) => c.period);
  const periods: number[] = [];
  if (used.length) for (let p = Math.min(...used); p <= Math.max(...used); p++) periods.push(p);
  return { grain: frame.grain, periods, sectors: frame.sectors, cells };
}

// date_part, not extract: extract answers in numeric, whose arithmetic on each of the rows grouped
// cost the timeline of "gas pipeline" at a million entries about 10 ms of its 110 (8,700 rows).
const period = (column: string, div: number) =>
  Prisma.sql`((date_part('year', ${Prisma.raw(column)})::int * 12 + date_part('month', ${Prisma.raw(column)})::int - 1) / ${div})`;

/**
 * Matching entries grouped by first and last period and sector set, from the view's rows (its
 * matches, or a sample of them: viewRows). Grouped on the sectors themselves and cast after: casting every row's sectors to
 * text first made the grouping half again as slow.
 */
async function groupedEntries(frame: Frame, { from, where }: { from: Prisma.Sql; where: Prisma.Sql }): Promise<Group[]> {
  const rows = await broadRead<Omit<Group, "n"> & { n: bigint }>(Prisma.sql`
    SELECT ${period('e."dateStart"', frame.div)} AS first, ${period('e."periodEnd"', frame.div)} AS last,
           e."sectors"::text[] AS sectors, count(*) AS n
    FROM ${from} WHERE ${where}
    GROUP BY 1, 2, e."sectors"`);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/**
 * The rollup's rows for the view, grouped the same way and summed in SQL: cells by year read the year
 * rows when the view's dates, if any, are whole years (yearPlan), else the month rows (104,375 at a
 * million entries, 140 ms to sum for the whole record's timeline, against 20 ms for its year rows).
 */
async function groupedRollup(prepared: PreparedFilters, plan: NonNullable<ReturnType<typeof rollupPlan>>, frame: Frame): Promise<Group[]> {
  const { query } = prepared;
  const years = frame.grain === "year" ? (plan.grain === 0 ? { from: null, to: null } : yearPlan(plan)) : null;
  const { grain, div, from, to } = years ? { grain: 1, div: 1, ...years } : { grain: 2, div: frame.div, from: plan.from, to: plan.to };
  const conditions = [Prisma.sql`r."grain" = ${grain}`, Prisma.sql`r."startPeriod" IS NOT NULL`, Prisma.sql`r."entries" > 0`];
  if (from !== null) conditions.push(Prisma.sql`r."endPeriod" >= ${from}`);
  if (to !== null) conditions.push(Prisma.sql`r."startPeriod" <= ${to}`);
  if (query.kind) conditions.push(Prisma.sql`r."kind" = ${query.kind}::"EntryKind"`);
  if (query.status?.length) conditions.push(Prisma.sql`r."status" = ANY(${query.status}::"AgreementStatus"[])`);
  if (query.sector?.length) conditions.push(Prisma.sql`r."sectors" && ${query.sector}::"Sector"[]`);
  const rows = await prisma.$queryRaw<(Omit<Group, "n"> & { n: bigint })[]>(Prisma.sql`
    SELECT r."startPeriod" / ${div} AS first, r."endPeriod" / ${div} AS last, r."sectors"::text[] AS sectors, sum(r."entries")::bigint AS n
    FROM "EntryRollup" r WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1, 2, r."sectors"`);
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** The density of a view known to hold more dated entries than the timeline draws: exact. */
export async function timelineDensity(prepared: PreparedFilters): Promise<Density> {
  const frame = await densityFrame(prepared.query);
  const plan = rollupPlan(prepared.query);
  const groups = plan ? await groupedRollup(prepared, plan, frame) : await groupedEntries(frame, viewRows(prepared, null));
  return spread(groups, frame, Number);
}

/**
 * The timeline of a view the rollup cannot answer that the glimpse shows holds more than `limit`
 * entries: its numbers and density in one grouping of its matches, or, past sampleFrom(), of a
 * sample of the table's blocks (scaled up, and marked estimated). REPEATABLE keeps the picture the same from one visit to the next. Null when the view
 * is the rollup's, when the glimpse cannot tell it is large, or when it has too few dated entries.
 */
export async function largeTimeline(
  prepared: PreparedFilters,
  limit: number,
): Promise<{ density: Density; dated: number; undated: number; estimated: boolean } | null> {
  if (rollupPlan(prepared.query)) return null;
  if ((await glimpsedMatches(prepared)).atLeast <= limit) return null;
  const [frame, sample] = await Promise.all([densityFrame(prepared.query), broadViewSample(prepared)]);
  const rows = viewRows(prepared, sample);
  const groups = await groupedEntries(frame, rows);
  const undated = groups.filter((g) => g.first === null).reduce((n, g) => n + g.n, 0);
  const dated = groups.reduce((n, g) => n + g.n, 0) - undated;
  if (sample === null && dated <= limit) return null;
  const density = spread(groups, frame, rows.scale);
  if (sample === null) return { density, dated, undated, estimated: false };
  return { density: { ...density, sampledPercent: sample }, dated: rows.scale(dated), undated: rows.scale(undated), estimated: true };
}
