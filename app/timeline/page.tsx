import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DensityTable } from "@/components/timeline/density-table";
import { BrowseFilters } from "@/components/entries/browse-filters";
import { IgnoredParams } from "@/components/entries/ignored-params";
import { YearMonthTimeline, itemColour, itemDate } from "@/components/timeline/year-month-timeline";
import { listedActorNames } from "@/lib/actors/queries";
import { timelineEntries, type TimelineItem } from "@/lib/entries/timeline";
import { allPlaceNames } from "@/lib/places/queries";
import { layoutTimeline } from "@/lib/entries/timeline-layout";
import { parseView, viewSearch } from "@/lib/entries/url-state";
import { KIND_LABEL, SECTOR_INFO, SECTORS, sectorColour, sectorWords } from "@/lib/sectors/sectors";
import { formatCount } from "@/lib/site/numbers";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Timeline",
  description: "Iran–Russia cooperation on a time axis by year and month, coloured by sector, with dates only as precise as the sources.",
};

const PRECISION_NOTE = { day: "", month: " (month known, not the day)", year: " (year known only)" } as const;

export default async function TimelinePage({ searchParams }: Props) {
  const { query, errors, ignored } = parseView(await searchParams);
  const [timeline, actorNames, placeNames] = await Promise.all([timelineEntries(query), listedActorNames(), allPlaceNames()]);
  const rows = layoutTimeline(timeline.items);
  const preferred = query.sector ?? [];
  // The list under the chart: by year, then month; year-precise entries under the year itself.
  const groups = new Map<string, TimelineItem[]>();
  for (const item of timeline.items) {
    const key = item.precision === "year" ? item.start.slice(0, 4) : item.start.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const browse = viewSearch({ ...query, page: 1 }, { keepPage: false });
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Timeline</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" role="status" data-testid="timeline-count">
        {timeline.estimated ? `about ${formatCount(timeline.dated)}` : formatCount(timeline.dated)} dated {timeline.dated === 1 && !timeline.estimated ? "entry" : "entries"}
        {timeline.density &&
          `: more than ${timeline.limit} to draw one by one, so ${timeline.estimated ? "estimated" : "counted"} per ${timeline.density.grain} and sector${timeline.estimated ? " from a sample" : ""}; narrow the filters to see each entry`}
        {timeline.undated > 0 && (
          <>
            {" "}
            ·{" "}
            <Link className="link" href={`/entries${browse}`}>
              {timeline.estimated ? `about ${formatCount(timeline.undated)}` : formatCount(timeline.undated)} undated{" "}
              {timeline.undated === 1 && !timeline.estimated ? "entry" : "entries"} cannot be placed
            </Link>
          </>
        )}
      </p>
      <IgnoredParams ignored={ignored} />
      <div className="mt-4 grid gap-6 md:grid-cols-[16rem_1fr]">
        <div>
          <BrowseFilters action="/timeline" query={query} errors={errors} actorNames={actorNames} placeNames={placeNames} showSort={false} skipTo={{ id: "timeline-view", label: "Skip the filters to the timeline" }} />
        </div>
        <div id="timeline-view" tabIndex={-1} className="min-w-0 focus:outline-none">
          <ul aria-label="Sector colours" className="mb-3 flex flex-wrap gap-x-3 gap-y-1 text-xs">
            {SECTORS.map((s) => (
              <li key={s} className="flex items-center gap-1">
                <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ backgroundColor: sectorColour(s) }} />
                {SECTOR_INFO[s].label}
              </li>
            ))}
            <li className="text-slate-600 dark:text-slate-400">● a day · ▭ a month or year, when the day is not known</li>
          </ul>
          {timeline.density ? (
            <DensityTable density={timeline.density} query={query} />
          ) : rows.length === 0 ? (
            <p data-testid="empty-state" className="rounded border border-dashed border-slate-300 p-4 dark:border-slate-700">
              No dated entries match.{" "}
              <Link href="/timeline" className="link">
                Remove the filters
              </Link>
            </p>
          ) : (
            <YearMonthTimeline rows={rows} preferred={preferred} />
          )}

          {groups.size > 0 && (
            <section aria-labelledby="timeline-list" className="mt-8">
              <h2 id="timeline-list" className="text-lg font-semibold">
                In order
              </h2>
              <ol className="mt-2 space-y-3" data-testid="timeline-list">
                {[...groups].map(([key, items]) => (
                  <li key={key}>
                    <h3 className="text-sm font-bold">{itemDate({ ...items[0], precision: key.length === 4 ? "year" : "month" })}</h3>
                    <ul className="mt-1 space-y-1">
                      {items.map((item) => (
                        <li key={item.slug} className="flex items-baseline gap-2 text-sm" data-testid="timeline-item">
                          <span aria-hidden className="inline-block size-2.5 shrink-0 rounded-full" style={{ backgroundColor: itemColour(item, preferred) }} />
                          <span>
                            <span className="tabular-nums text-slate-600 dark:text-slate-400">{itemDate(item)}</span>{" "}
                            <Link href={`/entries/${item.slug}`} className="link">
                              {item.title}
                            </Link>
                            <span className="text-slate-600 dark:text-slate-400">
                              {" "}
                              · {KIND_LABEL[item.kind]}, {sectorWords(item.sectors)}
                              {PRECISION_NOTE[item.precision]}
                            </span>
                          </span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
      </div>
    </>
  );
}
