import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { urlText } from "@/lib/validation/text";
import { EntrySummary } from "@/components/entries/entry-summary";
import { NamesRefreshNote } from "@/components/entries/names-refresh-note";
import { getActor } from "@/lib/actors/queries";
import { countryName } from "@/lib/site/countries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };
const slugParam = urlText().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(200);
const loadActor = cache(getActor);

async function load(params: Props["params"]) {
  const parsed = slugParam.safeParse((await params).slug);
  const actor = parsed.success ? await loadActor(parsed.data) : null;
  if (!actor) notFound();
  return actor;
}

const KIND = { person: "Person", organisation: "Organisation", state: "State" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await load(params);
  const description = `${actor.name}${actor.titles.length ? `, ${actor.titles[0]}` : ""}: ${actor.totalIsEstimate ? "about " : ""}${actor.entryTotal.toLocaleString("en")} entries in the Iran–Russia cooperation record.`;
  return { title: actor.name, description, openGraph: { title: actor.name, description } };
}

export default async function ActorPage({ params }: Props) {
  const actor = await load(params);
  const years = new Map<string, typeof actor.entries>();
  for (const entry of actor.entries) {
    const year = entry.date.start?.slice(0, 4) ?? "Undated";
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/entries" className="link">
          The record
        </Link>
        <span aria-hidden> / </span>
        <span>Actors</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">{actor.name}</h1>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm" data-testid="actor-facts">
        <dt className="font-semibold">Kind</dt>
        <dd>{KIND[actor.kind]}</dd>
        {actor.country && (
          <>
            <dt className="font-semibold">Country</dt>
            <dd>{countryName(actor.country)}</dd>
          </>
        )}
        {actor.titles.length > 0 && (
          <>
            <dt className="font-semibold">Titles</dt>
            <dd>{actor.titles.join("; ")}</dd>
          </>
        )}
        {actor.spellings.length > 0 && (
          <>
            <dt className="font-semibold">Also spelled</dt>
            <dd data-testid="spellings">
              {/* Each spelling isolated, so a Persian one does not pull the commas into its right-to-left run. */}
              {actor.spellings.map((s, i) => (
                <span key={s}>
                  {i > 0 && ", "}
                  <bdi>{s}</bdi>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <NamesRefreshNote target={{ actorId: actor.id }} />

      <div className="mt-8 grid gap-8 md:grid-cols-[1fr_16rem]">
        <section aria-labelledby="actor-timeline">
          <h2 id="actor-timeline" className="text-lg font-semibold">
            Entries, newest first
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {actor.totalIsEstimate ? `About ${actor.entryTotal.toLocaleString("en")}` : actor.entryTotal.toLocaleString("en")}{" "}
            {actor.entryTotal === 1 && !actor.totalIsEstimate ? "entry" : "entries"}
            {actor.entryTotal > actor.entries.length && (
              <>
                , the latest {actor.entries.length} shown.{" "}
                <Link className="link" href={`/entries?actor=${encodeURIComponent(actor.slug)}`}>
                  Browse them all
                </Link>
              </>
            )}
          </p>
          <ol className="mt-3 border-l-2 border-slate-200 dark:border-slate-800" data-testid="actor-entries">
            {[...years].map(([year, entries]) => (
              <li key={year} className="ml-4">
                <h3 className="mt-4 text-base font-bold">{year}</h3>
                <div className="divide-y divide-slate-200 dark:divide-slate-800">
                  {entries.map((entry) => (
                    <EntrySummary
                      key={entry.id}
                      entry={entry}
                      headingLevel={4}
                      extra={<span data-testid="actor-role">as {entry.roles.join(", ")}</span>}
                    />
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </section>
        <aside aria-labelledby="companions">
          <h2 id="companions" className="text-lg font-semibold">
            Appears most with
          </h2>
          {actor.companions.length === 0 ? (
            <p className="mt-2 text-sm">No other actors yet.</p>
          ) : (
            <ol className="mt-2 space-y-1 text-sm" data-testid="companions">
              {actor.companions.map((c) => (
                <li key={c.slug} className="flex justify-between gap-2">
                  <Link href={`/actors/${c.slug}`} className="link">
                    {c.name}
                  </Link>
                  <span className="tabular-nums text-slate-600 dark:text-slate-400">
                    {actor.companionsSampled && (
                      <>
                        <span aria-hidden="true">≈</span>
                        <span className="sr-only">about </span>
                      </>
                    )}
                    {c.count.toLocaleString("en")}
                    <span className="sr-only"> shared {c.count === 1 && !actor.companionsSampled ? "entry" : "entries"}</span>
                  </span>
                </li>
              ))}
            </ol>
          )}
          {actor.companionsSampled && (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid="companions-estimate">
              Estimated from a sample of this actor&rsquo;s entries.
            </p>
          )}
        </aside>
      </div>
    </>
  );
}
