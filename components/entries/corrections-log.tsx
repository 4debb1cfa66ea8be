import { correctionsLog } from "@/lib/revisions/queries";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** The public log of corrections on an entry: when, what and why it changed after publication. */
export async function CorrectionsLog({ entryId }: { entryId: string }) {
  const corrections = await correctionsLog(entryId);
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-heading" className="mt-8">
      <h2 id="corrections-heading" className="text-lg font-semibold">
        Corrections
      </h2>
      <ul className="mt-2 text-sm" data-testid="corrections">
        {corrections.map((c) => (
          <li key={c.version} className="mt-1">
            <time dateTime={c.date.toISOString()} className="font-medium tabular-nums">
              {day.format(c.date)}
            </time>
            : {c.reason} <span className="text-slate-600 dark:text-slate-400">({c.fields.join(", ").toLowerCase()})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
