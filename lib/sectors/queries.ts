import "server-only";
// Activity of the record over time, by sector, and agreements by status: the overview and the
// sector pages. Dated entries count in the year their date starts; undated ones are counted apart.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { toPartialString } from "../dates/partial-date";
import { AGREEMENT_STATUSES, type AgreementStatus, type Sector } from "../entries/schemas";

export type YearCount = { sector: Sector; year: number; count: number };

const visible = Prisma.sql`e."state" = 'published' AND e."deletedAt" IS NULL`;

/** Entries per sector per year (an entry with two sectors counts in both), and how many are undated. */
export async function activityBySectorYear(sector?: Sector): Promise<{ rows: YearCount[]; undated: number }> {
  const only = sector ? Prisma.sql`AND e."sectors" && ARRAY[${sector}]::"Sector"[]` : Prisma.empty;
  // Index-only over "Entry_browse_newest_idx", which includes sectors.
  const [rows, [{ undated }]] = await Promise.all([
    prisma.$queryRaw<{ sector: Sector; year: number; count: bigint }[]>`
      SELECT s::text AS sector, extract(year FROM e."dateStart")::int AS year, count(*) AS count
      FROM "Entry" e CROSS JOIN LATERAL unnest(e."sectors") AS s
      WHERE ${visible} AND e."dateStart" IS NOT NULL ${only}
      GROUP BY 1, 2 ORDER BY 2, 1`,
    prisma.$queryRaw<{ undated: bigint }[]>`
      SELECT count(*) AS undated FROM "Entry" e WHERE ${visible} AND e."dateStart" IS NULL ${only}`,
  ]);
  return {
    rows: rows.filter((r) => !sector || r.sector === sector).map((r) => ({ ...r, count: Number(r.count) })),
    undated: Number(undated),
  };
}

/** How many agreements are at each step of their lifecycle, optionally within one sector. */
export async function agreementsByStatus(sector?: Sector): Promise<Record<AgreementStatus, number>> {
  const only = sector ? Prisma.sql`AND e."sectors" && ARRAY[${sector}]::"Sector"[]` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ status: AgreementStatus; count: bigint }[]>`
    SELECT e."status"::text AS status, count(*) AS count FROM "Entry" e
    WHERE ${visible} AND e."kind" = 'agreement' AND e."status" IS NOT NULL ${only}
    GROUP BY 1`;
  const out = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Record<AgreementStatus, number>;
  for (const r of rows) out[r.status] = Number(r.count);
  return out;
}

export type AgreementLine = { slug: string; title: string; status: AgreementStatus | null; date: string | null; durationYears: number | null };

/** A sector's agreements, newest first, with their current status. */
export async function agreementsInSector(sector: Sector, limit = 50): Promise<AgreementLine[]> {
  const rows = await prisma.entry.findMany({
    where: { state: "published", deletedAt: null, kind: "agreement", sectors: { has: sector } },
    orderBy: [{ dateStart: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: { slug: true, title: true, status: true, dateStart: true, datePrecision: true, durationYears: true },
  });
  return rows.map((r) => ({ slug: r.slug, title: r.title, status: r.status, date: toPartialString(r.dateStart, r.datePrecision), durationYears: r.durationYears }));
}
