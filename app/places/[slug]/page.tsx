import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { EntrySummary } from "@/components/entries/entry-summary";
import { NamesRefreshNote } from "@/components/entries/names-refresh-note";
import { currentUser } from "@/lib/auth/current-user";
import { getPlace } from "@/lib/places/queries";
import { scriptAttributes } from "@/lib/places/script";
import { formatCount } from "@/lib/site/numbers";
import { countryName } from "@/lib/site/countries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };
const slugParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(200);
const loadPlace = cache(getPlace);

async function load(params: Props["params"]) {
  const parsed = slugParam.safeParse((await params).slug);
  const place = parsed.success ? await loadPlace(parsed.data) : null;
  if (!place) notFound();
  return place;
}

const KIND = { city: "City", site: "Site", region: "Region", sea: "Sea", country: "Country" } as const;
const SCRIPT = { latin: "Latin", cyrillic: "Cyrillic (Russian)", persian: "Persian" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = await load(params);
  const description = `${place.name}: ${place.totalIsEstimate ? "about " : ""}${place.entryTotal.toLocaleString("en")} entries of the Iran–Russia cooperation record happened here or concern it.`;
  return { title: place.name, description, openGraph: { title: place.name, description } };
}

const degrees = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;

export default async function PlacePage({ params }: Props) {
  const [place, user] = await Promise.all([load(params), currentUser()]);
  const maxYear = Math.max(1, ...place.years.map((y) => y.count));
  // A place of very many entries has its years and actors counted on a sample (lib/places/queries.ts).
  const estimated = place.sampledPercent !== null;
  const count = (n: number) => (estimated ? `≈${formatCount(n)}` : formatCount(n));
  const byYear = new Map<string, typeof place.entries>();
  for (const entry of place.entries) {
    const year = entry.date.start?.slice(0, 4) ?? "Undated";
    byYear.set(year, [...(byYear.get(year) ?? []), entry]);
  }
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/map" className="link">
          Map
        </Link>
        <span aria-hidden> / </span>
        <span>Places</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{place.name}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm" data-testid="place-facts">
        <dt className="font-semibold">Kind</dt>
        <dd>{KIND[place.kind]}</dd>
        {place.country && (
          <>
            <dt className="font-semibold">Country</dt>
            <dd>{countryName(place.country)}</dd>
          </>
        )}
        <dt className="font-semibold">Coordinates</dt>
        <dd data-testid="place-coordinates">
          {place.latitude !== null && place.longitude !== null
            ? `${degrees(place.latitude, "N", "S")}, ${degrees(place.longitude, "E", "W")} (${place.coordinateSource === "gazetteer" ? `GeoNames gazetteer${place.geonameId ? `, id ${place.geonameId}` : ""}` : "entered by hand"})`
            : "Not yet located: an editor can add them."}
        </dd>
      </dl>
      {user && (user.role === "editor" || user.role === "admin") && (
        <p className="mt-2 text-sm">
          <Link href={`/places/manage/${place.slug}`} className="link">
            Correct this place
          </Link>
        </p>
      )}

      <section aria-labelledby="spellings-heading" className="mt-6">
        <h2 id="spellings-heading" className="text-lg font-semibold">
          Spellings
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" data-testid="place-spellings">
          {place.spellings.map((s) => (
            <li key={s.name} className="rounded border border-slate-200 px-2 py-0.5 dark:border-slate-700">
              <span {...scriptAttributes(s.script)}>{s.name}</span>
              <span className="text-slate-600 dark:text-slate-400"> · {SCRIPT[s.script]}</span>
            </li>
          ))}
        </ul>
        <NamesRefreshNote target={{ placeId: place.id }} />
      </section>

      <div className="mt-8 grid gap-8 md:grid-cols-[1fr_16rem]">
        <section aria-labelledby="place-entries">
          <h2 id="place-entries" className="text-lg font-semibold">
            Entries by year
          </h2>
          {place.years.length === 0 ? (
            <p className="mt-2 text-sm">No published entry names this place yet.</p>
          ) : (
            <table className="mt-2 text-sm" data-testid="place-years">
              <caption className="sr-only">Published entries at {place.name} per year</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-3 text-left">Year</th>
                  <th scope="col" className="pr-3 text-right">Entries</th>
                  <th scope="col" className="sr-only">Bar</th>
                </tr>
              </thead>
              <tbody>
                {place.years.map((y) => (
                  <tr key={y.year ?? "undated"}>
                    <th scope="row" className="pr-3 text-left font-normal tabular-nums">{y.year ?? "Undated"}</th>
                    <td className="pr-3 text-right tabular-nums">{count(y.count)}</td>
                    <td className="w-40">
                      <span aria-hidden className="block h-2 rounded bg-slate-500 dark:bg-slate-400" style={{ width: `${(y.count / maxYear) * 100}%` }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {estimated && (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="place-estimate">
              Counts per year and per actor are estimated from a sample of {place.sampledPercent! < 1 ? "under 1" : Math.round(place.sampledPercent!)}% of the
              record; the list below and browse have every entry.
            </p>
          )}
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
            {place.totalIsEstimate ? `About ${formatCount(place.entryTotal)}` : formatCount(place.entryTotal)} {place.entryTotal === 1 && !place.totalIsEstimate ? "entry" : "entries"}
            {place.entryTotal > place.entries.length && `, the latest ${place.entries.length} shown`}.{" "}
            <Link className="link" href={`/entries?place=${encodeURIComponent(place.slug)}`}>
              Browse and filter them
            </Link>
          </p>
          <ol className="mt-3 border-l-2 border-slate-200 dark:border-slate-800" data-testid="place-entries">
            {[...byYear].map(([year, entries]) => (
              <li key={year} className="ml-4">
                <h3 className="mt-4 text-base font-bold">{year}</h3>
                <div className="divide-y divide-slate-200 dark:divide-slate-800">
                  {entries.map((entry) => (
                    <EntrySummary key={entry.id} entry={entry} headingLevel={4} />
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </section>
        <aside aria-labelledby="actors-met">
          <h2 id="actors-met" className="text-lg font-semibold">
            Actors met here
          </h2>
          {place.actors.length === 0 ? (
            <p className="mt-2 text-sm">No actors yet.</p>
          ) : (
            <ol className="mt-2 space-y-1 text-sm" data-testid="place-actors">
              {place.actors.map((a) => (
                <li key={a.slug} className="flex justify-between gap-2">
                  <Link href={`/actors/${a.slug}`} className="link">
                    {a.name}
                  </Link>
                  <span className="tabular-nums text-slate-600 dark:text-slate-400">
                    {count(a.count)}
                    <span className="sr-only"> {a.count === 1 && !estimated ? "entry" : "entries"}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </>
  );
}
