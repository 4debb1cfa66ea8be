// Part of an entry's reading page (components/entries/detail/entry-detail.tsx).
import Link from "@/components/ui/link";
import { formatEntryDate } from "@/components/ui/entry-date";
import { SectorChip } from "@/components/ui/sector-chip";
import type { EntryDetail } from "@/lib/entries/detail";

/** Date (with its precision), sectors, places, and an agreement's duration and figures. */
export function EntryFacts({ entry }: { entry: EntryDetail }) {
  return (
      <dl className="mt-6 grid grid-cols-[minmax(0,9rem)_1fr] gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        <dt className="font-semibold">Date</dt>
        <dd>
          {formatEntryDate(entry.date)}
          {entry.date.precision !== "day" && entry.date.precision !== "unknown" && (
            <span className="text-slate-600 dark:text-slate-400"> (known to the {entry.date.precision})</span>
          )}
        </dd>
        <dt className="font-semibold">Sectors</dt>
        <dd>
          <ul aria-label="Sectors" className="flex flex-wrap gap-2">
            {entry.sectors.map((s) => (
              <li key={s}>
                <SectorChip sector={s} />
              </li>
            ))}
          </ul>
        </dd>
        {entry.places.length > 0 && (
          <>
            <dt className="font-semibold">Places</dt>
            <dd>
              {entry.placeLinks.map((p, i) => (
                <span key={p.slug}>
                  {i > 0 && ", "}
                  <Link href={`/places/${p.slug}`} className="link">
                    {p.name}
                  </Link>
                </span>
              ))}
            </dd>
          </>
        )}
        {entry.agreement?.durationYears && (
          <>
            <dt className="font-semibold">Duration</dt>
            <dd>{entry.agreement.durationYears} years</dd>
          </>
        )}
        {entry.agreement?.figures.map((f) => (
          <FigureRow key={f.label} label={f.label} value={`${f.value.toLocaleString("en-GB")} ${f.unit}`} />
        ))}
      </dl>
  );
}

function FigureRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="font-semibold first-letter:uppercase">{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
