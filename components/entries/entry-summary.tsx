import { formatDateRange } from "@/lib/dates/partial-date";
import type { Entry } from "@/lib/entries/schemas";

const KIND_LABEL = { event: "Event", agreement: "Agreement", statement: "Statement" } as const;

function dateOf(entry: Entry): Date | null {
  return entry.date.start ? new Date(`${entry.date.start.padEnd(7, "-01").padEnd(10, "-01")}T00:00:00Z`) : null;
}

/** One line of the record: date as precise as known, kind, title, sectors. */
export function EntrySummary({ entry }: { entry: Entry }) {
  const end = entry.date.end ? new Date(`${entry.date.end.padEnd(7, "-01").padEnd(10, "-01")}T00:00:00Z`) : null;
  return (
    <article className="py-4" data-testid="entry">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <time data-testid="entry-date" dateTime={entry.date.start ?? undefined} className="font-medium tabular-nums">
          {formatDateRange(dateOf(entry), end, entry.date.precision)}
        </time>
        <span data-testid="entry-kind">{KIND_LABEL[entry.kind]}</span>
      </div>
      <h2 className="mt-1 text-lg font-semibold leading-snug">{entry.title}</h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{entry.summary}</p>
      <ul aria-label="Sectors" className="mt-2 flex flex-wrap gap-2">
        {entry.sectors.map((sector) => (
          <li
            key={sector}
            className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200"
          >
            {sector}
          </li>
        ))}
      </ul>
    </article>
  );
}
