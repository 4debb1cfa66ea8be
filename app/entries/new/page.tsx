import type { Metadata } from "next";
import { EntryForm } from "@/components/editor/entry-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Log a new entry" };
export const dynamic = "force-dynamic";

export default async function NewEntryPage() {
  await requireUser("/entries/new");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Log a new entry</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        An event, agreement or statement, from an article or an official text. It is saved as your draft; submit it for review when it is ready.
      </p>
      <p className="mt-1">
        <a className="underline" href="/entries/new/from-article">
          Log entries from a news article
        </a>{" "}
        instead: paste it, and review the entries it proposes.
      </p>
      <EntryForm />
    </>
  );
}
