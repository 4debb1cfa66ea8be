// An entry's reading page: every field, its actors, sources with quoted passages, an agreement's
// dated lifecycle, linked entries both ways, its corrections log and "Cite this entry". Rendered
// on the server; app/entries/[slug]/page.tsx only loads the entry and hands it here.
import Link from "@/components/ui/link";
import { CorrectionsLog } from "@/components/entries/corrections-log";
import { EntryDate, formatEntryDate } from "@/components/ui/entry-date";
import type { EntryDetail } from "@/lib/entries/detail";
import { KIND_LABEL, STATUS_LABEL } from "@/lib/sectors/sectors";
import { AgreementLifecycle } from "./agreement-lifecycle";
import { CiteEntry } from "./cite-entry";
import { EntryActors } from "./entry-actors";
import { EntryFacts } from "./entry-facts";
import { EntrySources } from "./entry-sources";
import { LinkedEntries } from "./linked-entries";
import { StatementQuote } from "./statement-quote";

const STATE_BANNER = {
  draft: "This is a draft: only you and the editors can see it here. Readers get “No such entry” until it is published.",
  in_review: "This entry is waiting for review: only you and the editors can see it here. Readers get “No such entry” until it is published.",
  published: null,
} as const;

/** `editLink`: for editors, and the author, the way to the entry's editing page. */
export function EntryDetailView({ entry, permalink, editLink = null }: { entry: EntryDetail; permalink: string; editLink?: string | null }) {
  const banner = entry.editorial.deleted
    ? "This entry is deleted: it is off the record and only editors and its author can see it here. An editor can restore it."
    : STATE_BANNER[entry.editorial.state];
  const citeText = `Iran–Russia cooperation record, “${entry.title}” (${formatEntryDate(entry.date)}).`;
  return (
    <article className="max-w-3xl" data-testid="entry-page">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/entries" className="link">
          The record
        </Link>
        <span aria-hidden> / </span>
        <span>{KIND_LABEL[entry.kind]}</span>
        {editLink && (
          <>
            <span aria-hidden> · </span>
            <Link href={editLink} className="link font-medium">
              Edit
            </Link>
          </>
        )}
      </nav>
      {banner && (
        <p role="note" data-testid="entry-state-banner" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {banner}
        </p>
      )}
      <div className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <EntryDate date={entry.date} className="font-medium tabular-nums" />
        <span data-testid="entry-kind">{KIND_LABEL[entry.kind]}</span>
        {entry.agreement?.status && (
          <span data-testid="entry-status" className="rounded bg-sky-50 px-1.5 text-sky-900 dark:bg-sky-950 dark:text-sky-200">
            {STATUS_LABEL[entry.agreement.status]}
          </span>
        )}
      </div>
      <h1 className="mt-1 text-2xl font-bold leading-tight tracking-tight md:text-3xl">{entry.title}</h1>
      {entry.statement && <StatementQuote statement={entry.statement} />}
      <p className="mt-5 text-lg leading-relaxed text-slate-800 dark:text-slate-200">{entry.summary}</p>
      <EntryFacts entry={entry} />
      {entry.agreement && <AgreementLifecycle agreement={entry.agreement} />}
      <EntryActors actors={entry.actors} />
      <EntrySources sources={entry.sources} />
      <LinkedEntries links={entry.links} />
      <CorrectionsLog entryId={entry.id} />
      <CiteEntry citeText={citeText} permalink={permalink} slug={entry.slug} updatedAt={entry.updatedAt} />
    </article>
  );
}
