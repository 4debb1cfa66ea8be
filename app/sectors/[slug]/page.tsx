import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { YearBars } from "@/components/charts/year-bars";
import { StatusBars } from "@/components/charts/status-bars";
import { yearSpan } from "@/components/charts/sector-years";
import { LatestEntries } from "@/components/entries/latest-entries";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { listEntries } from "@/lib/entries/queries";
import { entryListQuery } from "@/lib/entries/schemas";
import { activityBySectorYear, agreementsByStatus, agreementsInSector } from "@/lib/sectors/queries";
import { SECTOR_INFO, STATUS_LABEL, isSector, sectorColour, type Sector } from "@/lib/sectors/sectors";
import { formatCount } from "@/lib/site/numbers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function sectorOf(params: Props["params"]): Promise<Sector> {
  const { slug } = await params;
  if (!isSector(slug)) notFound();
  return slug;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sector = await sectorOf(params);
  const { label, about } = SECTOR_INFO[sector];
  return { title: `${label} cooperation`, description: `Iran–Russia cooperation in ${label.toLowerCase()}: ${about}. Activity per year, agreements and their status, latest entries.` };
}

export default async function SectorPage({ params }: Props) {
  const sector = await sectorOf(params);
  const info = SECTOR_INFO[sector];
  const [activity, statuses, agreements, latest] = await Promise.all([
    activityBySectorYear(sector),
    agreementsByStatus(sector),
    agreementsInSector(sector),
    listEntries(entryListQuery.parse({ sector, pageSize: "10" })),
  ]);
  const years = yearSpan(activity.rows);
  const perYear = years.map((year) => ({ year, count: activity.rows.find((r) => r.year === year)?.count ?? 0 }));
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="link">
          Overview
        </Link>
        <span aria-hidden> / </span>
        <span>Sectors</span>
      </nav>
      <h1 className="mt-2 flex items-center gap-3 text-2xl font-bold tracking-tight">
        <span aria-hidden className="inline-block size-4 rounded-full" style={{ backgroundColor: sectorColour(sector) }} />
        {info.label}
      </h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Cooperation in {info.about}: {formatCount(latest.total)} {latest.total === 1 ? "entry" : "entries"}.{" "}
        <Link href={`/entries?sector=${sector}`} className="link">
          Browse them
        </Link>{" "}
        ·{" "}
        <Link href={`/timeline?sector=${sector}`} className="link">
          on the timeline
        </Link>
      </p>

      <section aria-labelledby="per-year" className="mt-6">
        <h2 id="per-year" className="text-lg font-semibold">
          Activity per year
        </h2>
        <div className="mt-2">
          <YearBars counts={perYear} colour={sectorColour(sector)} label={`${info.label}: dated entries per year, ${perYear.map((p) => `${p.year}: ${formatCount(p.count)}`).join(", ")}`} />
        </div>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          By the year each entry&apos;s date starts.
          {activity.undated > 0 && ` ${activity.undated} undated ${activity.undated === 1 ? "entry is" : "entries are"} not shown.`}
        </p>
      </section>

      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="sector-agreements">
          <h2 id="sector-agreements" className="text-lg font-semibold">
            Agreements
          </h2>
          {agreements.length === 0 ? (
            <p className="mt-2 text-sm">No agreements in this sector yet.</p>
          ) : (
            <ul className="mt-2 space-y-2 text-sm" data-testid="sector-agreements">
              {agreements.map((a) => (
                <li key={a.slug}>
                  <Link href={`/entries/${a.slug}`} className="link font-medium">
                    {a.title}
                  </Link>
                  <span className="block text-slate-600 dark:text-slate-400">
                    {a.status ? STATUS_LABEL[a.status] : "status unknown"}
                    {" · "}
                    {a.date ? formatPartialDate(parsePartialDate(a.date)!.start, parsePartialDate(a.date)!.precision) : "undated"}
                    {a.durationYears ? ` · ${a.durationYears} years` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="sector-status">
          <h2 id="sector-status" className="text-lg font-semibold">
            Agreements by status
          </h2>
          <div className="mt-2">
            <StatusBars counts={statuses} linkQuery={`&sector=${sector}`} />
          </div>
        </section>
      </div>

      <LatestEntries id="sector-latest" className="mt-8" entries={latest.data} />
    </>
  );
}
