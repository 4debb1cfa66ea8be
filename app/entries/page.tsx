import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { totalText } from "@/lib/entries/total-text";
import { BrowseFilters } from "@/components/entries/browse-filters";
import { IgnoredParams } from "@/components/entries/ignored-params";
import { EntrySummary } from "@/components/entries/entry-summary";
import { Pagination } from "@/components/entries/pagination";
import { SearchNotice } from "@/components/entries/search-notice";
import { listedActorNames } from "@/lib/actors/queries";
import { browseEntries } from "@/lib/entries/browse";
import { allPlaceNames } from "@/lib/places/queries";
import { activeFilters, filterChips, parseView, viewSearch, withoutFilter } from "@/lib/entries/url-state";

// The record changes as analysts work: always render from the database.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseView(await searchParams);
  const feedQuery = viewSearch(query, { keepPage: false }).slice(1);
  return {
    title: query.q ? `“${query.q}” in the record` : "Browse and search the record",
    description: "Search and filter the Iran–Russia cooperation record by sector, kind, actor, date and agreement status.",
    // Feed readers find this view's Atom feed from the page's address alone.
    alternates: { types: { "application/atom+xml": [{ url: `/feeds/entries.atom${feedQuery ? `?${feedQuery}` : ""}`, title: "New and corrected entries in this view" }] } },
  };
}

export default async function BrowsePage({ searchParams }: Props) {
  const { query, errors, ignored } = parseView(await searchParams);

  const [result, actorNames, placeNames] = await Promise.all([browseEntries(query), listedActorNames(), allPlaceNames()]);
  const { data, total, totalIsEstimate, facets, sort, highlights, search, fullMatches } = result;
  const filters = activeFilters(query);
  const first = (query.page - 1) * query.pageSize + 1;
  const exportQuery = viewSearch(query, { keepPage: false }).slice(1);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Browse and search the record</h1>
      <div className="mt-4 grid gap-6 md:grid-cols-[16rem_1fr]">
        <div>
          <BrowseFilters query={query} errors={errors} facets={facets} actorNames={actorNames} placeNames={placeNames} skipTo={{ id: "results", label: "Skip the filters to the results" }} />
        </div>
        <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="focus:outline-none">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <p role="status" data-testid="result-count" className="text-sm text-slate-700 dark:text-slate-300">
            {totalText(total, totalIsEstimate, first, data.length)}
            {total > 0 && (sort === "relevance" ? " · best match first" : sort === "oldest" ? " · oldest first" : " · newest first")}
          </p>
          <IgnoredParams ignored={ignored} />

          <SearchNotice search={search} fullMatches={fullMatches} query={query} />

          {filterChips(query).length > 0 && (
            <ul aria-label="Filters in force" className="mt-2 flex flex-wrap gap-2 text-sm" data-testid="filter-chips">
              {filterChips(query).map((chip) => (
                <li key={chip.key}>
                  <Link
                    href={`/entries${viewSearch(withoutFilter(query, chip.key))}`}
                    className="inline-flex items-center gap-1 rounded-full border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                  >
                    {chip.text}
                    <span aria-hidden>✕</span>
                    <span className="sr-only">(remove)</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}

          {total === 0 && (
            <div data-testid="empty-state" className="mt-4 rounded border border-dashed border-slate-300 p-4 dark:border-slate-700">
              <p className="font-semibold">No entries match{filters.length ? " all of these filters" : ""}.</p>
              {filters.length > 0 ? (
                <ul className="mt-2 list-inside list-disc text-sm">
                  {filters.map((f) => (
                    <li key={f.key}>
                      <Link className="link" href={`/entries${viewSearch(withoutFilter(query, f.key))}`}>
                        Remove {f.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm">The record has no published entries yet.</p>
              )}
            </div>
          )}
          {total > 0 && data.length === 0 && (
            <p className="mt-4">
              This page is past the end of the results.{" "}
              <Link className="link" href={`/entries${viewSearch({ ...query, page: 1 })}`}>
                Go to the first page
              </Link>
            </p>
          )}

          <div className="divide-y divide-slate-200 dark:divide-slate-800">
            {data.map((entry) => (
              <EntrySummary key={entry.id} entry={entry} highlight={highlights[entry.id]} />
            ))}
          </div>
          <Pagination path="/entries" query={query} total={total} estimated={totalIsEstimate} shown={data.length} />

          {/* Downloads and feed of this same view. The export and feed routes are served by the
              export work (/api/v1/entries/export, /feeds/entries.atom); they take the same query. */}
          <aside aria-label="Download and follow" data-testid="view-downloads" className="mt-8 flex flex-wrap gap-x-4 gap-y-2 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
            <span className="font-semibold">This view:</span>
            <a className="link" href={`/api/v1/entries/export?format=csv${exportQuery ? `&${exportQuery}` : ""}`}>
              Download CSV
            </a>
            <a className="link" href={`/api/v1/entries/export?format=json${exportQuery ? `&${exportQuery}` : ""}`}>
              Download JSON
            </a>
            <a className="link" href={`/feeds/entries.atom${exportQuery ? `?${exportQuery}` : ""}`}>
              Atom feed
            </a>
            <Link className="link" href={`/timeline${viewSearch({ ...query, sort: undefined }, { keepPage: false })}`}>
              See on the timeline
            </Link>
            <Link className="link" href={`/map${viewSearch({ ...query, sort: undefined }, { keepPage: false })}`}>
              See on the map
            </Link>
          </aside>
        </section>
      </div>
    </>
  );
}
