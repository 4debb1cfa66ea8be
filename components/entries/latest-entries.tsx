import type { Entry } from "@/lib/entries/schemas";
import { EntrySummary } from "./entry-summary";

/**
 * The "Latest entries" section of the home and sector pages. Each page passes its own heading id
 * (ids must stay unique on the page); `children` follows the list, e.g. the home page's link to all.
 */
export function LatestEntries({ id, className, entries, children }: { id: string; className: string; entries: Entry[]; children?: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold">
        Latest entries
      </h2>
      <div className="divide-y divide-slate-200 dark:divide-slate-800">
        {entries.map((entry) => (
          <EntrySummary key={entry.id} entry={entry} headingLevel={3} />
        ))}
      </div>
      {children}
    </section>
  );
}
