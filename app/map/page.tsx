import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { BrowseFilters } from "@/components/entries/browse-filters";
import { IgnoredParams } from "@/components/entries/ignored-params";
import { MapLegend, PlaceMap, type PlacedMark } from "@/components/places/place-map";
import { listedActorNames } from "@/lib/actors/queries";
import { roundEstimate } from "@/lib/entries/counts";
import { parseView, viewSearch } from "@/lib/entries/url-state";
import { mapGeometry } from "@/lib/places/map-geometry";
import { allPlaceNames, mapPlaces } from "@/lib/places/queries";
import { SECTOR_INFO, SECTORS } from "@/lib/sectors/sectors";
import { formatCount } from "@/lib/site/numbers";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Map",
  description: "Where Iran–Russia cooperation happens: the places the record names, sized by their number of entries and marked by sector.",
};

const KIND_WORD = { city: "city", site: "site", region: "region", sea: "sea", country: "country" } as const;

export default async function MapPage({ searchParams }: Props) {
  const { query, errors, ignored } = parseView(await searchParams);
  const [{ places, sampledPercent }, actorNames, placeNames] = await Promise.all([mapPlaces(query), listedActorNames(), allPlaceNames()]);
  const estimated = sampledPercent !== null;
  // An estimated number reads "about 1,200" (and "≈1,200" in the table).
  const about = (n: number) => (estimated ? `about ${formatCount(n)}` : formatCount(n));
  const geometry = mapGeometry();
  const marks: PlacedMark[] = [];
  const offMap: typeof places = [];
  for (const p of places) {
    const point = p.latitude !== null && p.longitude !== null ? geometry.project(p.longitude, p.latitude) : null;
    if (point) marks.push({ ...p, x: point[0], y: point[1] });
    else offMap.push(p);
  }
  // A mark opens its place's page; the browse view of the same filters narrowed to it is a link there.
  const view = viewSearch({ ...query, page: 1, place: undefined }, { keepPage: false });
  const placeHref = (slug: string) => `/places/${slug}`;
  const entriesHref = (slug: string) => `/entries${viewSearch({ ...query, page: 1, place: slug }, { keepPage: false })}`;
  const counted = places.reduce((sum, p) => sum + p.entries, 0);
  // A sum of estimates keeps the two significant figures each had.
  const total = estimated ? roundEstimate(counted) : counted;
  const drawn = new Set(marks.map((m) => m.slug));
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Map</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" role="status" data-testid="map-count">
        {places.length === 0
          ? "No matching entry names a place."
          : `${places.length} ${places.length === 1 ? "place" : "places"} named ${about(total)} ${total === 1 && !estimated ? "time" : "times"} by matching entries`}
        {estimated &&
          ` · estimated from a sample of ${sampledPercent < 1 ? "under 1" : Math.round(sampledPercent)}% of the record, so places few of these entries name may be missing; the list of these entries has every one`}
        {offMap.length > 0 && ` · ${offMap.length} not drawn (outside the map or not yet located), listed in the table`}
      </p>
      <IgnoredParams ignored={ignored} />
      <div className="mt-4 grid gap-6 md:grid-cols-[16rem_1fr]">
        <div>
          <BrowseFilters action="/map" query={query} errors={errors} actorNames={actorNames} placeNames={placeNames} showSort={false} skipTo={{ id: "map-view", label: "Skip the filters to the map" }} />
        </div>
        <div id="map-view" tabIndex={-1} className="min-w-0 space-y-3 focus:outline-none">
          <MapLegend sectors={[...SECTORS]} />
          <PlaceMap geometry={geometry} marks={marks} placeHref={placeHref} estimated={estimated} />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Outlines: Natural Earth (1:110m). City coordinates: GeoNames; sites, seas and countries placed by hand.{" "}
            <Link href={`/entries${view}`} className="link">
              These entries as a list
            </Link>
          </p>

          <section aria-labelledby="map-table-heading">
            <h2 id="map-table-heading" className="text-lg font-semibold">
              Places in numbers
            </h2>
            {places.length === 0 ? (
              <p data-testid="empty-state" className="mt-2 rounded border border-dashed border-slate-300 p-4 dark:border-slate-700">
                No matching entry names a place.{" "}
                <Link href="/map" className="link">
                  Remove the filters
                </Link>
              </p>
            ) : (
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-left text-sm" data-testid="map-table">
                  <caption className="sr-only">Matching entries per place, with their main sector and sectors</caption>
                  <thead>
                    <tr className="border-b border-slate-300 dark:border-slate-700">
                      <th scope="col" className="py-1 pr-3">Place</th>
                      <th scope="col" className="py-1 pr-3 text-right">Entries</th>
                      <th scope="col" className="py-1 pr-3">Main sector</th>
                      <th scope="col" className="py-1">All sectors</th>
                    </tr>
                  </thead>
                  <tbody>
                    {places.map((p) => (
                      <tr key={p.slug} className="map-row" data-testid="map-row">
                        <th scope="row" className="py-1 pr-3 font-normal">
                          <Link href={placeHref(p.slug)} className="link">
                            {p.name}
                          </Link>
                          <span className="text-slate-600 dark:text-slate-400">
                            {" "}
                            · {KIND_WORD[p.kind]}
                            {p.latitude === null ? " · not yet located" : !drawn.has(p.slug) ? " · outside the map" : ""}
                          </span>
                        </th>
                        <td className="py-1 pr-3 text-right tabular-nums">
                          <Link
                            href={entriesHref(p.slug)}
                            className="link"
                            aria-label={`${about(p.entries)} ${p.entries === 1 && !estimated ? "entry" : "entries"} at ${p.name}`}
                          >
                            {estimated ? `≈${formatCount(p.entries)}` : formatCount(p.entries)}
                          </Link>
                        </td>
                        <td className="py-1 pr-3">{SECTOR_INFO[p.sector].label}</td>
                        <td className="py-1 text-slate-700 dark:text-slate-300">
                          {SECTORS.filter((s) => p.sectors[s])
                            .map((s) => `${SECTOR_INFO[s].label} ${estimated ? "≈" : ""}${p.sectors[s]!.toLocaleString("en")}`)
                            .join(", ")}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
