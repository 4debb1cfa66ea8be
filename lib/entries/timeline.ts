import "server-only";
// The timeline: matching dated entries placed on a time axis by the period they may cover, so a
// month-precise entry spans its month and is never drawn on an invented day.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import type { DatePrecision } from "../dates/partial-date";
import type { EntryKind, EntryListQuery, Sector } from "./schemas";
import { prepareFilters, whereClause } from "./search";

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

export type Timeline = { items: TimelineItem[]; dated: number; undated: number; limit: number };

export const TIMELINE_LIMIT = 500;

export async function timelineEntries(query: Omit<EntryListQuery, "page" | "pageSize" | "sort">): Promise<Timeline> {
  const where = whereClause(await prepareFilters(query));
  // Oldest first along "Entry_browse_oldest_idx"; the limit keeps a very broad view drawable.
  const [rows, [counts]] = await Promise.all([
    prisma.$queryRaw<(Omit<TimelineItem, "start" | "end"> & { start: Date; end: Date | null })[]>(Prisma.sql`
      SELECT e."slug", e."title", e."kind"::text AS kind, e."sectors"::text[] AS sectors, e."dateStart" AS start,
             e."periodEnd" AS end, e."datePrecision"::text AS precision
      FROM "Entry" e
      WHERE ${where} AND e."dateStart" IS NOT NULL AND e."datePrecision" <> 'unknown'
      ORDER BY e."dateStart" ASC NULLS LAST, e."id"
      LIMIT ${TIMELINE_LIMIT}`),
    prisma.$queryRaw<{ dated: bigint; undated: bigint }[]>(Prisma.sql`
      SELECT count(*) FILTER (WHERE e."dateStart" IS NOT NULL) AS dated, count(*) FILTER (WHERE e."dateStart" IS NULL) AS undated
      FROM "Entry" e WHERE ${where}`),
  ]);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    items: rows.map((r) => ({ ...r, start: day(r.start), end: day(r.end ?? r.start) })),
    dated: Number(counts.dated),
    undated: Number(counts.undated),
    limit: TIMELINE_LIMIT,
  };
}
