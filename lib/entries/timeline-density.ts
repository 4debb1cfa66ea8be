import "server-only";
// The timeline of a view too large to draw entry by entry: how many entries each sector has in each
// month (or, for views spanning more than DENSITY_MONTH_YEARS years, each year). A cell counts the
// entries whose period overlaps it, which is exactly what browse lists for that sector and those
// dates, so every cell links there. Views the rollup answers read it; others are counted on the
// entries (at most one row per period and sector comes back either way).
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { rollupPlan } from "./rollup";
import { SECTORS, type EntryListQuery, type Sector } from "./schemas";
import { whereClause, type PreparedFilters } from "./search";

/** Up to this many years, cells are months; past it, years (the page stays small either way). */
export const DENSITY_MONTH_YEARS = 5;

export type DensityCell = { period: number; sector: Sector; count: number };
export type Density = {
  grain: "month" | "year";
  /** Periods from first to last: year*12 + month - 1 for months, the year for years. */
  periods: number[];
  sectors: Sector[];
  cells: DensityCell[];
};

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

export async function timelineDensity(prepared: PreparedFilters): Promise<Density> {
  const { query } = prepared;
  const sectors = query.sector?.length ? SECTORS.filter((s) => query.sector!.includes(s)) : [...SECTORS];
  // The span decides the grain: the view's dates, else the record's.
  const [{ first, last }] = await prisma.$queryRaw<{ first: number | null; last: number | null }[]>`
    SELECT min(r."startPeriod") AS first, max(r."endPeriod") AS last FROM "EntryRollup" r WHERE r."grain" = 2 AND r."entries" > 0`;
  const lo = Math.max(first ?? 0, query.from ? monthOf(query.from) : -Infinity);
  const hi = Math.min(last ?? 0, query.to ? monthOf(query.to) : Infinity);
  const grain: Density["grain"] = hi - lo < DENSITY_MONTH_YEARS * 12 ? "month" : "year";
  const div = grain === "year" ? 12 : 1;
  const [lower, upper] = [Math.floor(lo / div), Math.floor(hi / div)];

  let rows: { period: number; sector: Sector; count: bigint }[];
  const plan = rollupPlan(query);
  if (plan) {
    const conditions = [Prisma.sql`r."grain" = 2`, Prisma.sql`r."startPeriod" IS NOT NULL`, Prisma.sql`r."entries" > 0`];
    if (plan.from !== null) conditions.push(Prisma.sql`r."endPeriod" >= ${plan.from}`);
    if (plan.to !== null) conditions.push(Prisma.sql`r."startPeriod" <= ${plan.to}`);
    if (query.kind) conditions.push(Prisma.sql`r."kind" = ${query.kind}::"EntryKind"`);
    if (query.status?.length) conditions.push(Prisma.sql`r."status" = ANY(${query.status}::"AgreementStatus"[])`);
    // The month rows (about 100,000 at a million entries) are summed to their first and last period
    // and sector set first (a few thousand), and only those are spread over periods and sectors.
    rows = await prisma.$queryRaw(Prisma.sql`
      WITH g AS (
        SELECT r."startPeriod" / ${div} AS first, r."endPeriod" / ${div} AS last, r."sectors", sum(r."entries") AS n
        FROM "EntryRollup" r WHERE ${Prisma.join(conditions, " AND ")}
        GROUP BY 1, 2, 3
      )
      SELECT p AS period, s::text AS sector, sum(g.n) AS count
      FROM g CROSS JOIN LATERAL unnest(g."sectors") AS s
        CROSS JOIN LATERAL generate_series(greatest(g.first, ${lower}), least(g.last, ${upper})) AS p
      WHERE s = ANY(${sectors}::"Sector"[])
      GROUP BY 1, 2`);
  } else {
    const month = (column: Prisma.Sql) => Prisma.sql`(extract(year FROM ${column}) * 12 + extract(month FROM ${column}) - 1)::int`;
    rows = await prisma.$queryRaw(Prisma.sql`
      SELECT p AS period, s::text AS sector, count(*) AS count
      FROM "Entry" e CROSS JOIN LATERAL unnest(e."sectors") AS s
        CROSS JOIN LATERAL generate_series(greatest(${month(Prisma.sql`e."dateStart"`)} / ${div}, ${lower}),
                                           least(${month(Prisma.sql`e."periodEnd"`)} / ${div}, ${upper})) AS p
      WHERE ${whereClause(prepared)} AND e."dateStart" IS NOT NULL AND s = ANY(${sectors}::"Sector"[])
      GROUP BY 1, 2`);
  }
  const cells = rows.map((r) => ({ period: Number(r.period), sector: r.sector, count: Number(r.count) }));
  const used = cells.map((c) => c.period);
  const periods: number[] = [];
  if (used.length) for (let p = Math.min(...used); p <= Math.max(...used); p++) periods.push(p);
  return { grain, periods, sectors, cells };
}
