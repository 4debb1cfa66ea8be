import type { Metadata } from "next";
import { ThesaurusEditor } from "@/components/thesaurus/thesaurus-editor";
import { requireUser } from "@/lib/auth/current-user";
import { listSynonymSets } from "@/lib/thesaurus/queries";

export const metadata: Metadata = { title: "Search thesaurus" };
export const dynamic = "force-dynamic";

/** Editors keep the synonym sets that widen searches (lib/search/thesaurus.ts). */
export default async function ThesaurusPage() {
  await requireUser("/thesaurus", "editor");
  const sets = await listSynonymSets();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Search thesaurus</h1>
      <p className="mt-1 max-w-2xl text-slate-600 dark:text-slate-400">
        Words and phrases that mean the same thing to a search. A reader who searches for any term of a set also finds
        entries that use the others (&ldquo;LNG&rdquo; finds &ldquo;liquefied natural gas&rdquo;), and the results say so.
        Write one term per line; plural and singular need no separate terms.
      </p>
      <ThesaurusEditor sets={sets} />
    </>
  );
}
