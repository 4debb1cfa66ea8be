import "server-only";
// The timeline: matching dated entries placed on a time axis by the period they may cover, so a
// month-precise entry spans its month and is never drawn on an invented day.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import type { DatePrecision } from "../dates/partial-date";
import type { EntryKind, EntryListQuery, Sector } from "./schemas";
import { countTotal, summarize } from "./counts";
import { rollupPlan, undatedRollupRows } from "./rollup";
import { prepareFilters, whereClause, type PreparedFilters } from "./search";
import { largeTimeline, timelineDensity, type Density } from "./timeline-density";

export type TimelineItem = {
  slug: string;
  title: string;
  kind: EntryKind;
  sectors: Sector[];
  /** First and last day the entry may cover, as YYYY-MM-DD. */
  start: string;
  end: string;
  precision: Exclude<DatePrecision, "unknown">;
};

/**
 * A view's timeline: each entry while it holds up to TIMELINE_LIMIT dated ones, else their density.
 * `estimated`: the numbers of a broad search, scaled up from a sample (lib/entries/timeline-density.ts).
 */
export type Timeline = { items: TimelineItem[]; density: Density | null; dated: number; undated: number; limit: number; estimated: boolean };

export const TIMELINE_LIMIT = 300;

/** Dated and undated matches: from the rollup when it answers the view, else counted (up to just past the limit for dated ones). */
async function timelineCounts(prepared: PreparedFilters): Promise<{ dated: number; undated: number }> {
  const where = whereClause(prepared);
  if (rollupPlan(prepared.query) && !prepared.scope) {
    // A date window leaves undated entries out; without one, the rollup's year rows without a year count them.
    const dates = prepared.query.from || prepared.query.to;
    const [{ total }, undated] = await Promise.all([
      countTotal(prepared),
      dates ? 0 : undatedRollupRows().then((rows) => summarize(rows, prepared).total),
    ]);
    return { dated: total - undated, undated };
  }
  const [[{ dated }], undated] = await Promise.all([
    prisma.$queryRaw<{ dated: bigint }[]>(Prisma.sql`
      SELECT count(*) AS dated FROM (SELECT 1 FROM "Entry" e WHERE ${where} AND e."dateStart" IS NOT NULL LIMIT ${TIMELINE_LIMIT + 1}) m`),
    countUndated(where),
  ]);
  return { dated: Number(dated), undated };
}

async function countUndated(where: Prisma.Sql): Promise<number> {
  // Undated entries sit together at the end of "Entry_browse_newest_idx" (NULLS LAST).
  const [{ n }] = await prisma.$queryRaw<{ n: bigint }[]>(Prisma.sql`SELECT count(*) AS n FROM "Entry" e WHERE ${where} AND e."dateStart" IS NULL`);
  return Number(n);
}

export async function timelineEntries(query: Omit<EntryListQuery, "page" | "pageSize" | "sort">): Promise<Timeline> {
  const prepared = await prepareFilters(query);
  const where = whereClause(prepared);
  const large = await largeTimeline(prepared, TIMELINE_LIMIT);
  if (large) return { items: [], ...large, limit: TIMELINE_LIMIT };
  const { dated, undated } = await timelineCounts(prepared);
  if (dated > TIMELINE_LIMIT) {
    return { items: [], density: await timelineDensity(prepared), dated, undated, limit: TIMELINE_LIMIT, estimated: false };
  }
  // Oldest first along "Entry_browse_oldest_idx".
  const [rows] = await Promise.all([
    prisma.$queryRaw<(Omit<TimelineItem, "start" | "end"> & { start: Date; end: Date | null })[]>(Prisma.sql`
      SELECT e."slug", e."title", e."kind"::text AS kind, e."sectors"::text[] AS sectors, e."dateStart" AS start,
             e."periodEnd" AS end, e."datePrecision"::text AS precision
      FROM "Entry" e
      WHERE ${where} AND e."dateStart" IS NOT NULL AND e."datePrecision" <> 'unknown'
      ORDER BY e."dateStart" ASC NULLS LAST, e."id"
      LIMIT ${TIMELINE_LIMIT}`),
  ]);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    items: rows.map((r) => ({ ...r, start: day(r.start), end: day(r.end ?? r.start) })),
    density: null,
    dated,
    undated,
    limit: TIMELINE_LIMIT,
    estimated: false,
  };
}
