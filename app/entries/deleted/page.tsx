import type { Metadata } from "next";
import { EntryList } from "@/components/editor/entry-list";
import { requireUser } from "@/lib/auth/current-user";
import { deletedEntries } from "@/lib/entries/editor-queries";

export const metadata: Metadata = { title: "Deleted entries" };
export const dynamic = "force-dynamic";

export default async function DeletedEntriesPage() {
  await requireUser("/entries/deleted", "editor");
  const deleted = await deletedEntries();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Deleted entries</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">Off the record but not erased: open one to restore it with its history.</p>
      <EntryList {...deleted} order="most recently deleted" label="Deleted entries" empty="No entry has been deleted." />
    </>
  );
}
