import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CorrectionsLog } from "@/components/entries/corrections-log";
import { EntryActions } from "@/components/editor/entry-actions";
import { StateBadge } from "@/components/editor/state-badge";
import { TextDiff } from "@/components/editor/text-diff";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { entryHeader } from "@/lib/entries/editor-queries";
import { entryHistory } from "@/lib/revisions/queries";
import { safeRouteParam } from "@/lib/validation/text";

export const metadata: Metadata = { title: "Entry history" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const ACTION = { create: "created", update: "edited", submit: "submitted for review", publish: "published", return: "returned to the author", revert: "reverted", delete: "deleted", restore: "restored", withdraw: "withdrawn by its author" } as const;

export default async function HistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = safeRouteParam((await params).slug) ?? notFound();
  const caller = await requireUser(`/entries/${slug}/history`);
  const entry = await entryHeader(slug);
  if (!entry) notFound();
  const history = await entryHistory(entry.id);
  const editor = hasRole(caller.role, "editor");
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">History</h1>
        <StateBadge state={entry.state} deleted={!!entry.deletedAt} />
      </div>
      <p className="mt-1 text-lg">{entry.title}</p>
      <nav aria-label="This entry" className="mt-2 text-sm">
        <Link className="underline" href={`/entries/${slug}/edit`}>
          Edit
        </Link>
      </nav>
      {history.length === 0 && <p className="mt-6">No changes since the initial record was loaded.</p>}
      <ol className="mt-6 flex flex-col gap-6" aria-label="Revisions, newest first">
        {history.map((h) => (
          <li key={h.version} className="border-t border-slate-200 pt-4 dark:border-slate-800" data-testid="revision">
            <h2 className="font-semibold">
              Version {h.version}: {ACTION[h.action as keyof typeof ACTION] ?? h.action}
              {h.author ? ` by ${h.author}` : ""}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <time dateTime={h.createdAt.toISOString()}>{when.format(h.createdAt)} UTC</time> — “{h.reason}”
            </p>
            {h.changes.length > 0 && (
              <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
                {h.changes.map((c) => (
                  <div key={c.field} className="contents">
                    <dt className="font-medium">{c.label}</dt>
                    <dd>{c.before ? <TextDiff before={c.before} after={c.after} /> : <span className="whitespace-pre-line">{c.after}</span>}</dd>
                  </div>
                ))}
              </dl>
            )}
            {editor && h.version !== entry.version && !entry.deletedAt && (
              <EntryActions
                id={entry.id}
                version={entry.version}
                formId={`revert-${h.version}`}
                decisions={[{ action: "entry.revert", label: `Revert to version ${h.version}`, reasonLabel: "Why revert?", extra: { toVersion: h.version } }]}
              />
            )}
          </li>
        ))}
      </ol>
      <CorrectionsLog entryId={entry.id} />
    </>
  );
}
