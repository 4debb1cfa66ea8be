import Form from "next/form";
import Link from "@/components/ui/link";
import { SectorYears } from "@/components/charts/sector-years";
import { StatusBars } from "@/components/charts/status-bars";
import { LatestEntries } from "@/components/entries/latest-entries";
import { listEntries } from "@/lib/entries/queries";
import { entryListQuery } from "@/lib/entries/schemas";
import { activityBySectorYear, agreementsByStatus } from "@/lib/sectors/queries";
import { SECTORS } from "@/lib/sectors/sectors";
import { formatCount } from "@/lib/site/numbers";

// The record changes as analysts work: always render from the database.
export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const [latest, activity, statuses] = await Promise.all([
    listEntries(entryListQuery.parse({ pageSize: "6" })),
    activityBySectorYear(),
    agreementsByStatus(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight md:text-3xl">Iran and Russia: the record of their cooperation</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        {formatCount(latest.total)} sourced entries: events, agreements and statements, with their actors, sectors and dates as precise as
        the sources allow.
      </p>

      <Form action="/entries" className="mt-5 flex max-w-2xl gap-2" role="search" aria-label="Search the record">
        <label htmlFor="home-q" className="sr-only">
          Search the record
        </label>
        <input id="home-q" name="q" type="search" placeholder="Search: gas pipeline, Tsivilyov, Bushehr…" className="field min-w-0 flex-1" />
        <button type="submit" className="button-primary">
          Search
        </button>
      </Form>
      <p className="mt-2 text-sm">
        <Link href="/entries" className="link">
          Browse and filter everything
        </Link>{" "}
        ·{" "}
        <Link href="/timeline" className="link">
          Timeline
        </Link>
      </p>

      <div className="mt-8 grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="activity">
          <h2 id="activity" className="text-lg font-semibold">
            Activity by sector and year
          </h2>
          <div className="mt-3">
            <SectorYears rows={activity.rows} undated={activity.undated} sectors={SECTORS} />
          </div>
        </section>
        <section aria-labelledby="agreements">
          <h2 id="agreements" className="text-lg font-semibold">
            Agreements by status
          </h2>
          <div className="mt-3">
            <StatusBars counts={statuses} />
          </div>
        </section>
      </div>

      <LatestEntries id="latest" className="mt-10" entries={latest.data}>
        <p className="mt-2">
          <Link href="/entries" className="link">
            All {formatCount(latest.total)} entries →
          </Link>
        </p>
      </LatestEntries>
    </>
  );
}
