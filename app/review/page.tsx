import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { EntryList } from "@/components/editor/entry-list";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { allDrafts, draftsOf, reviewQueue } from "@/lib/entries/editor-queries";
import { formatCount } from "@/lib/site/numbers";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const caller = await requireUser("/review");
  const editor = hasRole(caller.role, "editor");
  const [queue, mine, drafts] = await Promise.all([reviewQueue(), draftsOf(caller.userId), editor ? allDrafts() : Promise.resolve(null)]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Review</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        Entries wait here until an editor publishes them or returns them to their author with a comment. Readers see only published entries.
      </p>
      <nav aria-label="Editing" className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link className="underline" href="/entries/new">
          Log a new entry
        </Link>
        {editor && (
          <Link className="underline" href="/entries/deleted">
            Deleted entries
          </Link>
        )}
      </nav>
      <section aria-labelledby="queue-heading" className="mt-6">
        <h2 id="queue-heading" className="text-lg font-semibold">
          Waiting for review ({formatCount(queue.total)})
        </h2>
        <EntryList {...queue} order="waiting longest" label="Waiting for review" empty="Nothing is waiting for review." />
      </section>
      <section aria-labelledby="mine-heading" className="mt-8">
        <h2 id="mine-heading" className="text-lg font-semibold">
          Your drafts and submissions ({formatCount(mine.total)})
        </h2>
        <EntryList {...mine} order="most recently changed" label="Your drafts and submissions" empty="You have no drafts." />
      </section>
      {drafts && (
        <section aria-labelledby="drafts-heading" className="mt-8">
          <h2 id="drafts-heading" className="text-lg font-semibold">
            All drafts ({formatCount(drafts.total)})
          </h2>
          <EntryList {...drafts} order="most recently changed" label="All drafts" empty="No drafts." />
        </section>
      )}
    </>
  );
}
