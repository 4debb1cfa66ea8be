import Link from "@/components/ui/link";
import { HighlightedText } from "@/components/ui/highlighted-text";
import { EntryDate } from "@/components/ui/entry-date";
import { SectorChip } from "@/components/ui/sector-chip";
import type { Highlighted } from "@/lib/entries/highlight";
import type { Entry } from "@/lib/entries/schemas";
import { KIND_LABEL, STATUS_LABEL } from "@/lib/sectors/sectors";

/** One line of the record: date as precise as known, kind, title (a link to the entry), summary, sectors. */
export function EntrySummary({
  entry,
  highlight,
  headingLevel = 2,
  extra,
}: {
  entry: Entry;
  highlight?: { title: Highlighted; summary: Highlighted };
  headingLevel?: 2 | 3 | 4;
  extra?: React.ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="py-4" data-testid="entry">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <EntryDate date={entry.date} className="font-medium tabular-nums" />
        <span data-testid="entry-kind">{KIND_LABEL[entry.kind]}</span>
        {entry.kind === "agreement" && entry.status && (
          <span data-testid="entry-status" className="rounded bg-sky-50 px-1.5 text-sky-900 dark:bg-sky-950 dark:text-sky-200">
            {STATUS_LABEL[entry.status]}
          </span>
        )}
        {extra}
      </div>
      <Heading className="mt-1 text-lg font-semibold leading-snug">
        <Link href={`/entries/${entry.slug}`} className="hover:underline">
          <HighlightedText text={entry.title} parts={highlight?.title} />
        </Link>
      </Heading>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        <HighlightedText text={entry.summary} parts={highlight?.summary} />
      </p>
      <ul aria-label="Sectors" className="mt-2 flex flex-wrap gap-2">
        {entry.sectors.map((sector) => (
          <li key={sector}>
            <SectorChip sector={sector} link={false} />
          </li>
        ))}
      </ul>
    </article>
  );
}
