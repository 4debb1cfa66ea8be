import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EntryActions } from "@/components/editor/entry-actions";
import { EntryForm } from "@/components/editor/entry-form";
import { EntryVersion } from "@/components/editor/entry-version";
import { StateBadge } from "@/components/editor/state-badge";
import { mergedFieldLabels } from "@/lib/entries/three-way-merge";
import { requireUser } from "@/lib/auth/current-user";
import { canEditEntry, decisionsFor } from "@/lib/entries/decisions";
import { getEntryForEdit } from "@/lib/entries/editor-queries";
import { safeRouteParam } from "@/lib/validation/text";

export const metadata: Metadata = { title: "Edit entry" };
export const dynamic = "force-dynamic";

export default async function EditEntryPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string; merged?: string }> }) {
  const slug = safeRouteParam((await params).slug) ?? notFound();
  const caller = await requireUser(`/entries/${slug}/edit`);
  const found = await getEntryForEdit(slug);
  if (!found) notFound();
  const { snapshot, createdById, author, names } = found;
  const entry = { state: snapshot.state, deleted: snapshot.deleted, createdById };
  const editable = canEditEntry(entry, caller);
  const { saved, merged } = await searchParams;
  const mergedLabels = mergedFieldLabels(merged);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Edit entry</h1>
        <StateBadge state={snapshot.state} deleted={snapshot.deleted} />
        <span className="text-sm text-slate-600 dark:text-slate-400">
          <EntryVersion entryId={snapshot.id} initial={snapshot.version} />
          {author ? `, logged by ${author}` : ""}
        </span>
      </div>
      <nav aria-label="This entry" className="mt-2 flex gap-4 text-sm">
        <Link className="underline" href={`/entries/${slug}/history`}>
          History
        </Link>
        <Link className="underline" href={`/entries/${slug}`}>
          {snapshot.state === "published" && !snapshot.deleted ? "Reader's page" : "Reader's page (only you and the editors see it)"}
        </Link>
        {snapshot.state === "published" && !snapshot.deleted && (
          <Link className="underline" href={`/api/v1/entries/${slug}`}>
            Published version
          </Link>
        )}
      </nav>
      {saved && (
        <p role="status" className="mt-3 rounded border border-emerald-300 bg-emerald-50 p-2 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          {saved === "draft" ? "Saved as a draft. Submit it for review when it is ready." : `Saved as version ${saved.replace(/\D/g, "")}${mergedLabels.length ? `, merged with the changes saved meanwhile: ${mergedLabels.join(", ")}` : ""}.`}
        </p>
      )}
      {snapshot.reviewNote && snapshot.state === "draft" && (
        <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          Returned by an editor: {snapshot.reviewNote}
        </p>
      )}
      <EntryActions id={snapshot.id} version={snapshot.version} decisions={decisionsFor(entry, caller)} />
      {!editable && (
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          {snapshot.deleted
            ? "This entry is deleted. An editor can restore it."
            : snapshot.state === "in_review" && createdById === caller.userId
              ? "This entry is waiting for review, so the form is read-only. To change it, use “Withdraw to edit” above: it becomes your draft again (submit it again when it is ready)."
              : "You can read this entry here, but only an editor (or its author, while it is a draft) can change it."}
        </p>
      )}
      <EntryForm key={snapshot.version} initial={snapshot} names={names} canEdit={editable} />
    </>
  );
}
