import "server-only";
// Activity of the record over time, by sector, and agreements by status: the overview and the
// sector pages. Dated entries count in the year their date starts; undated ones are counted apart.
import { prisma } from "../db/client";
import { toPartialString } from "../dates/partial-date";
import { rollupByYear, rollupRows } from "../entries/rollup";
import { pageOfIds } from "../entries/page";
import { prepareFilters } from "../entries/search";
import { AGREEMENT_STATUSES, entryListQuery, type AgreementStatus, type Sector } from "../entries/schemas";

export type YearCount = { sector: Sector; year: number; count: number };

/**
 * Entries per sector per year (an entry with two sectors counts in both), and how many are undated,
 * from the rollup's year grain (lib/entries/rollup.ts): a few thousand rows at most, however many entries.
 */
export async function activityBySectorYear(sector?: Sector): Promise<{ rows: YearCount[]; undated: number }> {
  const counts = new Map<string, YearCount>();
  let undated = 0;
  for (const r of await rollupByYear()) {
    if (sector && !r.sectors.includes(sector)) continue;
    if (r.year === null) {
      undated += r.n;
      continue;
    }
    for (const s of new Set(r.sectors)) {
      if (sector && s !== sector) continue;
      const key = `${s}|${r.year}`;
      const found = counts.get(key) ?? { sector: s, year: r.year, count: 0 };
      found.count += r.n;
      counts.set(key, found);
    }
  }
  const rows = [...counts.values()].sort((a, b) => a.year - b.year || a.sector.localeCompare(b.sector));
  return { rows, undated };
}

/** How many agreements are at each step of their lifecycle, optionally within one sector (from the rollup). */
export async function agreementsByStatus(sector?: Sector): Promise<Record<AgreementStatus, number>> {
  const out = Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, 0])) as Record<AgreementStatus, number>;
  for (const r of await rollupRows({ grain: 0, from: null, to: null })) {
    if (r.kind !== "agreement" || !r.status || (sector && !r.sectors.includes(sector))) continue;
    out[r.status] += r.n;
  }
  return out;
}

export type AgreementLine = { slug: string; title: string; status: AgreementStatus | null; date: string | null; durationYears: number | null };

/**
 * A sector's agreements, newest first, with their current status: the browse view
 * ?kind=agreement&sector=… read through the one query path, so the page walks the newest-first index
 * and stops after `limit` entries however many agreements the sector holds.
 */
export async function agreementsInSector(sector: Sector, limit = 50): Promise<AgreementLine[]> {
  const query = entryListQuery.parse({ kind: "agreement", sector: [sector], sort: "newest", pageSize: String(limit) });
  const { ids } = await pageOfIds(query, await prepareFilters(query));
  const rows = await prisma.entry.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true, status: true, dateStart: true, datePrecision: true, durationYears: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ slug: r.slug, title: r.title, status: r.status, date: toPartialString(r.dateStart, r.datePrecision), durationYears: r.durationYears }] : [];
  });
}
